/**
 * The three targets as separate processes (each with its own event loop and memory, as deployed), started
 * from the project root with their output kept in a log file, all run by plain Node without a TypeScript
 * loader: the service through its own launcher (scripts/start.mjs, as `npm start`), a `.ts` entry bundled
 * first with esbuild the same way, so that memory figures compare like with like.
 * Each is stopped by its own pid: SIGTERM, then SIGKILL after a grace period.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

export interface ChildServer {
  name: string;
  url: string;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  name: string;
  /** Entry file, relative to the project root. */
  entry: string;
  port: number;
  env: Record<string, string>;
  logDir: string;
  /** Answers 200 once the server is ready. */
  readyPath: string;
  timeoutMs?: number;
}

function stopChild(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

/** Bundles a TypeScript entry (packages left in node_modules) and returns the file to run. */
function bundle(name: string, entry: string): string {
  const outdir = join(PROJECT_ROOT, 'bench', 'results', 'build', name);
  buildSync({ absWorkingDir: PROJECT_ROOT, entryPoints: [entry], outdir, bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning' });
  return join(outdir, basename(entry).replace(/\.ts$/, '.js'));
}

export async function spawnServer(options: SpawnOptions): Promise<ChildServer> {
  const logFile = join(options.logDir, `${options.name}.log`);
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, [options.entry.endsWith('.ts') ? bundle(options.name, options.entry) : options.entry], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...options.env, PORT: String(options.port), HOST: '127.0.0.1' },
    stdio: ['ignore', log, log],
  });
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (exited !== null) throw new Error(`${options.name} exited with code ${exited} while starting; see ${logFile}`);
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`${options.name} was not ready at ${url}${options.readyPath} in time; see ${logFile}`);
    }
    try {
      const res = await fetch(url + options.readyPath, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { name: options.name, url, pid: child.pid!, logFile, stop: () => stopChild(child) };
}
