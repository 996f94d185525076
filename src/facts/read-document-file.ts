/**
 * Reads a facts document from a YAML or JSON file (seed files and annotated fixtures). `article.textFile`
 * names the article text beside it, so long texts stay readable as plain files.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';
import { factsDocumentSchema, type FactsDocument } from './document.ts';

export class DocumentFileError extends Error {}

export function readDocumentFile(path: string): FactsDocument {
  const raw = parse(readFileSync(path, 'utf8')) as Record<string, unknown> | null;
  if (!raw || typeof raw !== 'object') throw new DocumentFileError(`${path}: not a facts document`);
  const article = (raw.article ?? {}) as Record<string, unknown>;
  if (typeof article.textFile === 'string') {
    const { textFile, ...rest } = article;
    raw.article = { ...rest, text: readFileSync(resolve(dirname(path), textFile), 'utf8') };
  }
  const parsed = factsDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new DocumentFileError(`${path} is not a valid facts document:\n${issues}`);
  }
  return parsed.data;
}
