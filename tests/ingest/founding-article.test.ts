/**
 * The founding article, extracted with an empty gazetteer, recovers at least 80% of its curated statements (with
 * the right speaker), authorizations and reversals, and finds its people, weapon systems and key places.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { scoreGoldFile } from '../../src/eval/run.ts';
import { prf } from '../../src/eval/score.ts';
import { readDocumentFile } from '../../src/facts/read-document-file.ts';
import { run, speakerOf } from './helpers.ts';

const seed = resolve(import.meta.dirname, '../../seed/landmines-ukraine-2024-11.yaml');

test('recall of statements, authorizations and reversals is at least 0.8', () => {
  const score = scoreGoldFile(seed);
  for (const category of ['statements', 'authorizations', 'reversals'] as const) {
    const { recall } = prf(score.counts[category]);
    assert.ok(recall >= 0.8, `${category} recall ${recall.toFixed(2)}`);
  }
});

test('the speakers of the founding article are the curated ones', () => {
  const doc = readDocumentFile(seed);
  const r = run(doc.article.text, doc.article.publishedAt);
  assert.equal(speakerOf(r, 'another reckless act').name, 'Joe Biden');
  assert.equal(speakerOf(r, 'unnecessary from a military perspective').name, 'Joe Biden');
  assert.equal(speakerOf(r, 'committed to continuing').name, 'Adrienne Watson');
  assert.equal(speakerOf(r, 'devastating impact').name, 'Adrienne Watson');
  const official = speakerOf(r, 'waves of troops');
  assert.ok(official.anonymous);
  assert.equal(speakerOf(r, 'made specifically to combat').id, official.id);
  assert.ok(speakerOf(r, 'aimed at countering').anonymous);
  const dated = r.statements.find((s) => s.quote.includes('committed to continuing'));
  assert.equal(dated?.date, '2022-06');
});

test('entities of the founding article are found and typed', () => {
  const doc = readDocumentFile(seed);
  const r = run(doc.article.text, doc.article.publishedAt);
  const byName = (name: string) => r.entities.find((e) => e.name === name || e.aliases.includes(name));
  assert.equal(byName('Joe Biden')?.type, 'Person');
  assert.equal(byName('Donald Trump')?.type, 'Person');
  assert.equal(byName('ATACMS')?.type, 'WeaponSystem');
  assert.equal(byName('antipersonnel land mines')?.type, 'WeaponSystem');
  assert.equal(byName('Pentagon')?.type, 'Agency');
  assert.equal(byName('Kursk region')?.type, 'Place');
  assert.equal(byName('Korean Peninsula')?.type, 'Place');
});
