/**
 * `npm start`: builds the service into dist/ (one esbuild pass, well under a second) and runs it with plain
 * Node, so the running service carries no TypeScript loader: about 40 MB less memory and a faster start.
 * Packages stay in node_modules; only the project's own code is bundled.
 *   --build-only   build, then stop
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';

const root = join(import.meta.dirname, '..');
const outdir = join(root, 'dist');

rmSync(outdir, { recursive: true, force: true });
buildSync({
  absWorkingDir: root,
  entryPoints: ['src/cli/start.ts'],
  outdir,
  bundle: true,
  // Separate chunks keep lazily imported parts (the text extractor) out of memory until first used.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});

if (!process.argv.includes('--build-only')) {
  // Stack traces point at src/, not at the bundle.
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(join(outdir, 'start.js')).href);
}
