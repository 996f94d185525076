/**
 * The evaluation's matching rules (tests/fixtures/ANNOTATION.md): normalized names, anonymous speakers, quote
 * overlap, evidence overlap, one-to-one matching, and date equality by meaning.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maximumMatching, normalizeForm, quotesOverlap, sameDate, sameEntity } from '../../src/eval/match.ts';
import { prf, scoreDocument, type ScoredDocument } from '../../src/eval/score.ts';

test('names are compared lower case, without punctuation and a leading "the"', () => {
  assert.equal(normalizeForm('The Washington Post'), 'washington post');
  assert.equal(normalizeForm('U.S.'), 'us');
  assert.ok(sameEntity({ type: 'Agency', name: 'Washington Post' }, { type: 'Agency', name: 'the outlet', aliases: ['The Washington Post'] }));
  assert.ok(!sameEntity({ type: 'Place', name: 'Washington' }, { type: 'Agency', name: 'Washington' }));
  assert.ok(sameEntity({ type: 'Person', name: 'one official', anonymous: true }, { type: 'Agency', name: 'U.S. officials', anonymous: true }));
});

test('quotes match by containment or by half of their words', () => {
  assert.ok(quotesOverlap('reckless', 'another reckless act'));
  assert.ok(quotesOverlap('The plan will fail, and everyone knows it', 'The plan will fail and everyone knows'));
  assert.ok(!quotesOverlap('The plan will fail', 'Prices will rise next year in every region'));
});

test('dates compare by the span they mean', () => {
  assert.ok(sameDate('2022-06', '2022-06'));
  assert.ok(!sameDate('2022-06', '2022'));
});

test('matching is one to one', () => {
  assert.equal(maximumMatching(2, 1, () => true).length, 1);
  assert.equal(maximumMatching(2, 2, (g, p) => g === 0 || p === 1).length, 2);
});

test('a document score counts entities, statements and decisions with their dates', () => {
  const text = 'Mayor Ann Lee banned fireworks on Monday. "It is done," Lee said.';
  const gold: ScoredDocument = {
    text,
    entities: [
      { id: 'person:ann-lee', type: 'Person', name: 'Ann Lee', aliases: ['Lee'] },
      { id: 'policy:fireworks-ban', type: 'Policy', name: 'fireworks ban' },
    ],
    statements: [{ speaker: 'person:ann-lee', quote: 'It is done', date: '2024-11-18', evidence: { sentence: '"It is done," Lee said.' } }],
    facts: [{ type: 'AUTHORIZED', from: 'person:ann-lee', to: 'policy:fireworks-ban', date: '2024-11-18', evidence: { sentence: 'Mayor Ann Lee banned fireworks on Monday.' } }],
  };
  const predicted: ScoredDocument = {
    text,
    entities: [
      { id: 'person:lee', type: 'Person', name: 'Lee' },
      { id: 'place:monday', type: 'Place', name: 'Monday' },
      { id: 'policy:ban', type: 'Policy', name: 'ban on fireworks' },
    ],
    statements: [{ speaker: 'person:lee', quote: 'It is done', date: '2024-11-20', evidence: { sentence: '"It is done," Lee said.', start: 42, end: 65 } }],
    facts: [{ type: 'AUTHORIZED', from: 'person:lee', to: 'policy:ban', date: '2024-11-18', evidence: { sentence: 'Mayor Ann Lee banned fireworks on Monday.', start: 0, end: 41 } }],
  };
  const score = scoreDocument(gold, predicted);
  assert.deepEqual(score.counts['entities.Person'], { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(score.counts['entities.Place'], { tp: 0, fp: 1, fn: 0 });
  assert.equal(prf(score.counts.statements).f1, 1);
  assert.equal(prf(score.counts.authorizations).f1, 1);
  assert.deepEqual({ correct: score.dates.correct, total: score.dates.total }, { correct: 1, total: 2 });
});
