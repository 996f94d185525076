/**
 * The extraction is a facts document: it validates against the schema when wrapped with its article, every id
 * it refers to is one of its entities, ids follow ID_PATTERN, relations join the node types they may join, and
 * every statement and fact carries evidence offsets, a confidence and a valid date.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { factsDocumentSchema, ID_PATTERN, RELATION_ENDS } from '../../src/facts/document.ts';
import { isDateSpec } from '../../src/facts/dates.ts';
import { run } from './helpers.ts';

const root = resolve(import.meta.dirname, '../..');
const dev = join(root, 'tests/fixtures/dev');
const articles: Array<{ name: string; text: string; publishedAt: string }> = [
  { name: 'founding article', text: readFileSync(join(root, 'seed/landmines-ukraine-2024-11.txt'), 'utf8'), publishedAt: '2024-11' },
  ...readdirSync(dev).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: readFileSync(join(dev, f), 'utf8'), publishedAt: '2024-06-18' })),
  { name: 'one line', text: 'The ministry approved it.', publishedAt: '2024-06-18' },
  { name: 'no sentences', text: '—', publishedAt: '2024' },
  { name: 'unbalanced quotes', text: 'He said "this never ends.\nThen "another one," she said, "and more', publishedAt: '2024-02' },
];

for (const article of articles) {
  test(`the extraction of ${article.name} is a valid facts document`, () => {
    const result = run(article.text, article.publishedAt);
    const parsed = factsDocumentSchema.safeParse({ article: { publishedAt: article.publishedAt, text: article.text }, ...result });
    assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 5), null, 2));

    const types = new Map(result.entities.map((e) => [e.id, e.type]));
    assert.equal(types.size, result.entities.length, 'entity ids are unique');
    for (const e of result.entities) {
      assert.match(e.id, ID_PATTERN);
      assert.ok(e.confidence >= 0 && e.confidence <= 1);
      for (const m of e.mentions) assert.equal(article.text.slice(m.start, m.end), m.text);
    }
    for (const s of result.statements) {
      assert.ok(types.has(s.speaker), `speaker ${s.speaker} is an entity`);
      for (const a of s.about) assert.ok(types.has(a), `about ${a} is an entity`);
      assert.ok(isDateSpec(s.date), `statement date ${s.date}`);
      assert.ok(s.confidence !== undefined && s.confidence >= 0 && s.confidence <= 1);
      assert.ok(s.evidence.start !== undefined && s.evidence.end !== undefined);
      assert.equal(article.text.slice(s.evidence.start, s.evidence.end), s.evidence.sentence);
    }
    for (const f of result.facts) {
      const from = types.get(f.from);
      const to = types.get(f.to);
      assert.ok(from && to, `fact ends ${f.from} → ${f.to} are entities`);
      assert.ok(RELATION_ENDS[f.type].from.includes(from), `${f.type} may start at ${from}`);
      assert.ok(RELATION_ENDS[f.type].to.includes(to), `${f.type} may end at ${to}`);
      assert.ok(isDateSpec(f.date), `fact date ${f.date}`);
      assert.ok(f.confidence !== undefined && f.confidence >= 0 && f.confidence <= 1);
      assert.equal(article.text.slice(f.evidence.start!, f.evidence.end!), f.evidence.sentence);
    }
    for (const p of result.entities.filter((e) => e.type === 'Policy')) {
      assert.ok(p.effect, `policy ${p.name} has an effect`);
    }
  });
}

test('the extraction is deterministic', () => {
  const text = articles[0]!.text;
  assert.deepEqual(run(text, '2024-11'), run(text, '2024-11'));
});
