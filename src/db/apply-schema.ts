/**
 * Creates the constraints and indexes in `schema/*.cypher`, in file order. Every statement is
 * `IF NOT EXISTS`, so applying at every start-up is safe; then waits until the indexes are online.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Database } from './database.ts';
import { PROJECT_ROOT } from '../paths.ts';

const SCHEMA_DIR = resolve(PROJECT_ROOT, 'schema');

export function schemaStatements(dir = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
    );
}

export async function applySchema(db: Database): Promise<number> {
  const statements = schemaStatements();
  // Schema commands cannot share a transaction with each other, so each runs alone.
  for (const statement of statements) await db.write((tx) => tx.run(statement));
  await db.write((tx) => tx.run('CALL db.awaitIndexes(120)'));
  return statements.length;
}

/** True when every constraint and index of `schema/` exists and is online (the readiness check). */
export async function schemaIsApplied(db: Database): Promise<boolean> {
  const expected = schemaStatements()
    .map((s) => /^CREATE (?:CONSTRAINT|(?:FULLTEXT )?INDEX) (\w+)/.exec(s)?.[1])
    .filter((n): n is string => Boolean(n));
  const rows = await db.read<{ name: string; state: string }>(
    `SHOW INDEXES YIELD name, state RETURN name, state`,
  );
  const online = new Set(rows.filter((r) => r.get('state') === 'ONLINE').map((r) => r.get('name')));
  // Uniqueness constraints are backed by indexes of the same name.
  return expected.every((name) => online.has(name));
}
