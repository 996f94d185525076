/**
 * Validates an untrusted facts document (from GraphQL or a file), naming the first bad field.
 */
import { factsDocumentSchema, type FactsDocument } from '../facts/document.ts';
import { badInput } from '../errors.ts';

export function parseDocument(input: unknown): FactsDocument {
  const parsed = factsDocumentSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const first = issues[0]!;
  throw badInput(`${first.path || 'document'}: ${first.message}`, { field: first.path, issues });
}
