/**
 * Shared helpers for the extractor tests: run an extraction and look up what it found by readable names.
 */
import { extract, type Extraction, type ExtractedEntity, type GazetteerEntry } from '../../src/ingest/extract/index.ts';

export function run(text: string, publishedAt = '2024-11-20', gazetteer: GazetteerEntry[] = []): Extraction {
  return extract(text, { publishedAt, gazetteer });
}

export function entity(result: Extraction, id: string): ExtractedEntity {
  const found = result.entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id}; have ${result.entities.map((e) => e.id).join(', ')}`);
  return found;
}

/** The entity a statement or fact refers to. */
export function ref(result: Extraction, id: string): ExtractedEntity {
  return entity(result, id);
}

/** The statements whose quote contains `words`, with their speakers. */
export function statementsQuoting(result: Extraction, words: string) {
  return result.statements
    .filter((s) => s.quote.toLowerCase().includes(words.toLowerCase()))
    .map((s) => ({ ...s, speakerEntity: ref(result, s.speaker) }));
}

export function speakerOf(result: Extraction, words: string): ExtractedEntity {
  const [first, ...rest] = statementsQuoting(result, words);
  if (!first) throw new Error(`no statement quoting "${words}"; have ${result.statements.map((s) => `"${s.quote}"`).join(', ')}`);
  if (rest.length) throw new Error(`several statements quote "${words}"`);
  return first.speakerEntity;
}
