/**
 * A real Neo4j Community server on this machine, without Docker: its jars come from Maven Central through
 * `neo4j/pom.xml`, and it runs on a Java 21+ JVM found here. Used by `npm start` when no NEO4J_URI is given,
 * and by the test run with a throw-away folder and a free port.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../paths.ts';

export const NEO4J_VERSION = '2026.08.1';
const POM = join(PROJECT_ROOT, 'neo4j', 'pom.xml');
const MIN_JAVA = 21;

export class LocalNeo4jError extends Error {}

export interface LocalNeo4jOptions {
  /** Home of this server: conf/, data/, logs/ and the password file live here. */
  home: string;
  port: number;
  /** Heap and page cache, e.g. '512m'. */
  heap?: string;
  pageCache?: string;
  /** Password to set on first start; later starts read it from the home folder. */
  password?: string;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  pid: number;
  stop(): Promise<void>;
}

/** The major version of the JVM at `javaHome`, or null if it does not run. */
function javaMajor(javaBin: string): number | null {
  const out = spawnSync(javaBin, ['-version'], { encoding: 'utf8' });
  if (out.error || out.status !== 0) return null;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(out.stderr + out.stdout);
  if (!m) return null;
  const major = Number(m[1]);
  return major === 1 ? Number(m[2]) : major;
}

/** Finds a Java 21+ runtime: JAVA_HOME first, then the usual JVM folders, then `java` on the PATH. */
export function findJava(env: NodeJS.ProcessEnv = process.env): { bin: string; major: number } {
  const candidates: string[] = [];
  if (env.JAVA_HOME) candidates.push(join(env.JAVA_HOME, 'bin', 'java'));
  for (const root of ['/usr/lib/jvm', '/usr/java', '/opt/java', '/Library/Java/JavaVirtualMachines']) {
    if (!existsSync(root)) continue;
    for (const dir of readdirSync(root).sort().reverse()) {
      candidates.push(join(root, dir, 'bin', 'java'), join(root, dir, 'Contents', 'Home', 'bin', 'java'));
    }
  }
  for (const dir of (env.PATH ?? '').split(delimiter)) if (dir) candidates.push(join(dir, 'java'));
  const seen: string[] = [];
  let best: { bin: string; major: number } | null = null;
  for (const bin of candidates) {
    if (!existsSync(bin)) continue;
    const major = javaMajor(bin);
    if (major === null) continue;
    seen.push(`${bin} (${major})`);
    if (major >= MIN_JAVA && (!best || major > best.major)) best = { bin, major };
  }
  if (!best) {
    throw new LocalNeo4jError(
      `Neo4j ${NEO4J_VERSION} needs Java ${MIN_JAVA} or newer, and none was found` +
        (seen.length ? ` (found: ${seen.join(', ')})` : '') +
        '. Install a JDK 21+ and set JAVA_HOME, or point NEO4J_URI at an existing Neo4j.',
    );
  }
  return best;
}

export function jarCacheDir(): string {
  return join(PROJECT_ROOT, '.cache', `neo4j-${NEO4J_VERSION}`, 'lib');
}

/** Fetches Neo4j's jars with Maven on first use; later calls find them in the cache. */
export function ensureJars(log: (line: string) => void = console.error): string {
  const dir = jarCacheDir();
  const marker = join(dir, '..', 'complete');
  if (existsSync(marker)) return dir;
  const mvn = spawnSync('mvn', ['--version'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new LocalNeo4jError(
      'Maven (mvn) is needed once to fetch the Neo4j jars from Maven Central, and it was not found. ' +
        'Install Maven, or point NEO4J_URI at an existing Neo4j.',
    );
  }
  log(`Fetching Neo4j ${NEO4J_VERSION} jars from Maven Central into ${dir} (once, about 150 MB)...`);
  const started = Date.now();
  const run = spawnSync('mvn', ['-B', '-q', '-f', POM, 'package', `-Djars.dir=${dir}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (run.status !== 0) throw new LocalNeo4jError(`Fetching the Neo4j jars failed (mvn exit ${run.status}).`);
  const count = readdirSync(dir).filter((f) => f.endsWith('.jar')).length;
  writeFileSync(marker, `${count} jars\n`);
  log(`Fetched ${count} jars in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return dir;
}

/** Resolves when nothing listens on host:port, rejects with a clear message when something does. */
export function assertPortFree(port: number, host = '127.0.0.1'): Promise<void> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', () =>
      fail(new LocalNeo4jError(`Port ${port} on ${host} is taken; choose another with STANCEGRAPH_NEO4J_PORT.`)),
    );
    server.listen(port, host, () => server.close(() => ok()));
  });
}

/** A port the OS says is free now. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

function writeConfig(home: string, port: number, heap: string, pageCache: string): void {
  mkdirSync(join(home, 'conf'), { recursive: true });
  const lines = [
    '# Written by Stancegraph on every start; edit src/db/local-neo4j.ts instead.',
    `server.default_listen_address=127.0.0.1`,
    `server.bolt.listen_address=127.0.0.1:${port}`,
    `server.bolt.advertised_address=127.0.0.1:${port}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.usage_report.enabled=false',
    `server.memory.pagecache.size=${pageCache}`,
    `server.directories.data=${join(home, 'data')}`,
    `server.directories.logs=${join(home, 'logs')}`,
    `server.directories.import=${join(home, 'import')}`,
    // A runaway query fails fast instead of taking the server with it.
    'db.transaction.timeout=60s',
    'db.memory.transaction.total.max=1g',
    'db.memory.transaction.max=512m',
    'dbms.security.auth_enabled=true',
  ];
  writeFileSync(join(home, 'conf', 'neo4j.conf'), lines.join('\n') + '\n');
}

async function tryConnect(uri: string, user: string, password: string): Promise<'ok' | 'auth' | 'down'> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    connectionTimeout: 1000,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.verifyConnectivity();
    return 'ok';
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code.includes('Unauthorized') || code.includes('CredentialsExpired') || code.includes('AuthenticationRateLimit')) return 'auth';
    return 'down';
  } finally {
    await driver.close();
  }
}

/** On a new database the user neo4j/neo4j must set a password before anything else. */
async function setInitialPassword(uri: string, password: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'), { logging: { level: 'error', logger: () => {} } });
  const session = driver.session({ database: 'system' });
  try {
    await session.run('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', { old: 'neo4j', new: password });
  } finally {
    await session.close();
    await driver.close();
  }
}

function tail(file: string, lines = 25): string {
  try {
    return readFileSync(file, 'utf8').split('\n').filter((l) => !l.startsWith('WARNING:')).slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Starts Neo4j, waits until Bolt answers with the project's password, and returns how to reach and stop it. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? ((line: string) => console.error(line));
  const home = resolve(options.home);
  const java = findJava();
  const lib = ensureJars(log);
  await assertPortFree(options.port);
  mkdirSync(join(home, 'logs'), { recursive: true });
  writeConfig(home, options.port, options.heap ?? '512m', options.pageCache ?? '256m');

  const passwordFile = join(home, 'password');
  const firstStart = !existsSync(passwordFile);
  const password = firstStart
    ? (options.password ?? randomBytes(18).toString('base64url'))
    : readFileSync(passwordFile, 'utf8').trim();

  const heap = options.heap ?? '512m';
  const jvmArgs = [`-Xms${heap}`, `-Xmx${heap}`, '-XX:+UseG1GC', '-XX:+ExitOnOutOfMemoryError'];
  if (java.major >= 22) jvmArgs.push('--enable-native-access=ALL-UNNAMED');
  if (java.major >= 24) jvmArgs.push('--sun-misc-unsafe-memory-access=allow');
  const consoleLog = join(home, 'logs', 'console.log');
  const out = createWriteStream(consoleLog, { flags: 'a' });
  const child: ChildProcess = spawn(
    java.bin,
    [
      ...jvmArgs,
      '-cp',
      `${lib}/*`,
      'org.neo4j.server.Neo4jCommunity',
      `--home-dir=${home}`,
      `--config-dir=${join(home, 'conf')}`,
    ],
    { cwd: home, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  let exited: number | null = null;
  child.once('exit', (code) => {
    exited = code ?? -1;
  });

  const uri = `bolt://127.0.0.1:${options.port}`;
  const stop = () => stopProcess(child);
  const deadline = Date.now() + 120_000;
  log(`Starting Neo4j ${NEO4J_VERSION} (Java ${java.major}) on ${uri}, data in ${home}...`);
  for (;;) {
    if (exited !== null) {
      throw new LocalNeo4jError(`Neo4j exited with code ${exited} while starting. Its log (${consoleLog}):\n${tail(consoleLog)}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new LocalNeo4jError(`Neo4j did not answer on ${uri} within 120 s. Its log:\n${tail(consoleLog)}`);
    }
    const state = await tryConnect(uri, 'neo4j', password);
    if (state === 'ok') break;
    if (state === 'auth' && firstStart) {
      await setInitialPassword(uri, password);
      writeFileSync(passwordFile, password + '\n', { mode: 0o600 });
      continue;
    }
    if (state === 'auth') {
      await stop();
      throw new LocalNeo4jError(`The password in ${passwordFile} is not accepted by the database in ${home}.`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (firstStart && !existsSync(passwordFile)) writeFileSync(passwordFile, password + '\n', { mode: 0o600 });
  log(`Neo4j is up on ${uri}.`);
  return { uri, user: 'neo4j', password, pid: child.pid ?? -1, stop };
}

/** SIGTERM, then SIGKILL after a bounded wait, so a stuck JVM never blocks shutdown. */
function stopProcess(child: ChildProcess, graceMs = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      ok();
    });
    child.kill('SIGTERM');
  });
}
