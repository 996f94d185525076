/**
 * `npm test`: type-checks, starts one real Neo4j for the whole run (a free port, a throw-away folder, never
 * the user's data), runs every `tests/**\/*.test.ts` file with Node's test runner one file at a time (each
 * file starts from a clean graph), then stops Neo4j and removes its folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { freePort, startLocalNeo4j } from '../src/db/local-neo4j.ts';

const root = resolve(import.meta.dirname, '..');
const filter = process.argv.slice(2).filter((a) => !a.startsWith('--'));

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' || name === 'output' ? [] : testFiles(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = testFiles(join(root, 'tests'))
  .map((f) => relative(root, f))
  .filter((f) => filter.length === 0 || filter.some((part) => f.includes(part)))
  .sort();

// Type errors fail the run; `npm test -- --no-typecheck <filter>` skips the check while iterating on one file.
const typecheck = !process.argv.includes('--no-typecheck');
const tsc = !typecheck ? { status: 0 } : (console.log('Type-checking...'), spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', root], { stdio: 'inherit' }));
if (tsc.status !== 0) {
  console.error('Type errors: fix them first.');
  process.exit(1);
}

const home = mkdtempSync(join(tmpdir(), 'stancegraph-test-neo4j-'));
const neo4j = await startLocalNeo4j({ home, port: await freePort(), password: 'test-password-1', heap: '1g', pageCache: '512m' });
let code = 1;
try {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        NODE_ENV: 'test',
        TEST_NEO4J_URI: neo4j.uri,
        TEST_NEO4J_USER: neo4j.user,
        TEST_NEO4J_PASSWORD: neo4j.password,
      },
    },
  );
  code = await new Promise<number>((ok) => child.once('exit', (c) => ok(c ?? 1)));
} finally {
  await neo4j.stop();
  rmSync(home, { recursive: true, force: true });
}
process.exit(code);
