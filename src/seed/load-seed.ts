/**
 * Loads the curated seed files of `seed/` through the same validation and write path as any article.
 * Merging is idempotent: loading twice leaves the same nodes, edges and sources.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Database } from '../db/database.ts';
import { readDocumentFile } from '../facts/read-document-file.ts';
import { writeDocument, type WriteSummary } from '../write/write-document.ts';
import { PROJECT_ROOT } from '../paths.ts';

export const SEED_DIR = resolve(PROJECT_ROOT, 'seed');

export function seedFiles(dir = SEED_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f));
}

export async function loadSeed(db: Database, dir = SEED_DIR): Promise<WriteSummary[]> {
  const summaries: WriteSummary[] = [];
  for (const file of seedFiles(dir)) summaries.push(await writeDocument(db, readDocumentFile(file), { remerge: true }));
  return summaries;
}

export async function graphIsEmpty(db: Database): Promise<boolean> {
  const rows = await db.read('MATCH (n) WHERE n:Entity OR n:Article RETURN count(n) > 0 AS any');
  return !rows[0]?.get('any');
}
