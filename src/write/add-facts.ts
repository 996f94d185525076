/**
 * Adds statements and facts sourced from an article already in the graph: the same validation and write path
 * as a whole article, with the article's own text to find the evidence sentences in.
 */
import type { Database, RoundTripCounter } from '../db/database.ts';
import type { FactsDocument } from '../facts/document.ts';
import { notFound } from '../errors.ts';
import { labelOfId } from '../read/root-queries.ts';
import { writeDocument, type WriteSummary } from './write-document.ts';
import { parseDocument } from './parse-document.ts';

export async function addFactsToArticle(
  db: Database,
  articleId: string,
  facts: Pick<FactsDocument, 'statements' | 'facts'> | Record<string, unknown>,
  counter?: RoundTripCounter,
): Promise<WriteSummary> {
  labelOfId(articleId, 'articleId');
  const rows = await db.read(
    'MATCH (a:Article {id: $id}) RETURN a.text AS text, a.publishedText AS publishedAt',
    { id: articleId },
    { counter },
  );
  const row = rows[0];
  if (!row) throw notFound(`no article has the id "${articleId}"`, { argument: 'articleId' });
  const doc = parseDocument({
    article: { id: articleId, text: row.get('text'), publishedAt: row.get('publishedAt') },
    ...facts,
  });
  return writeDocument(db, doc, { remerge: true, counter });
}

