/**
 * Runs the extractor over annotated articles and scores each against its gold file.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDocumentFile } from '../facts/read-document-file.ts';
import type { FactsDocument } from '../facts/document.ts';
import { extract, type Extraction, type GazetteerEntry } from '../ingest/extract/index.ts';
import { combine, scoreDocument, type DocumentScore, type ScoredDocument } from './score.ts';

export interface ArticleResult {
  file: string;
  score: DocumentScore;
}

export interface SplitResult {
  name: string;
  articles: ArticleResult[];
  total: DocumentScore;
}

export function goldDocument(doc: FactsDocument): ScoredDocument {
  return { text: doc.article.text, entities: doc.entities, statements: doc.statements, facts: doc.facts };
}

export function predictedDocument(text: string, extraction: Extraction): ScoredDocument {
  return { text, entities: extraction.entities, statements: extraction.statements, facts: extraction.facts };
}

export function scoreGoldFile(path: string, gazetteer: GazetteerEntry[] = []): DocumentScore {
  const gold = readDocumentFile(path);
  const extraction = extract(gold.article.text, { publishedAt: gold.article.publishedAt, gazetteer });
  return scoreDocument(goldDocument(gold), predictedDocument(gold.article.text, extraction));
}

/** The `*.gold.yaml` files of a split folder, in name order; none when the folder does not exist. */
export function goldFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((f) => f.endsWith('.gold.yaml')).sort().map((f) => join(folder, f));
}

export function scoreSplit(name: string, files: string[]): SplitResult {
  const articles = files.map((file) => ({ file, score: scoreGoldFile(file) }));
  return { name, articles, total: combine(articles.map((a) => a.score)) };
}
