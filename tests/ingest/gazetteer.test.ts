/**
 * Resolution against the gazetteer: canonical name, alias, surname with a fitting title, title alone; two
 * people with the same surname are reported as ambiguous, not guessed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GazetteerEntry } from '../../src/ingest/extract/index.ts';
import { run } from './helpers.ts';

const gazetteer: GazetteerEntry[] = [
  { id: 'person:olaf-scholz', type: 'Person', name: 'Olaf Scholz', aliases: ['Scholz'], title: 'Chancellor of Germany' },
  { id: 'agency:pentagon', type: 'Agency', name: 'Pentagon', aliases: ['U.S. Department of Defense', 'Department of Defense'] },
  { id: 'person:joe-biden', type: 'Person', name: 'Joe Biden', aliases: ['Biden'], title: 'President of the United States' },
  { id: 'person:hunter-biden', type: 'Person', name: 'Hunter Biden', aliases: [], title: 'businessman' },
  { id: 'person:unnamed-official', type: 'Person', name: 'unnamed official', aliases: ['an official'], anonymous: true },
];

const find = (r: ReturnType<typeof run>, name: RegExp) => r.entities.find((e) => name.test(e.name) || e.aliases.some((a) => name.test(a)));

test('a canonical name matches and takes the gazetteer id', () => {
  const r = run('Olaf Scholz met the press.', '2024-11-20', gazetteer);
  const e = find(r, /Scholz/)!;
  assert.equal(e.id, 'person:olaf-scholz');
  assert.deepEqual(e.match, { id: 'person:olaf-scholz', confidence: 0.95, by: 'name' });
});

test('an alias matches', () => {
  const r = run('The Department of Defense confirmed the shipment.', '2024-11-20', gazetteer);
  const e = find(r, /Department of Defense/)!;
  assert.equal(e.id, 'agency:pentagon');
  assert.equal(e.match?.by, 'alias');
  assert.equal(e.name, 'Pentagon');
});

test('a surname with a fitting title matches: "Chancellor Scholz", "Mr. Scholz"', () => {
  for (const text of ['Chancellor Scholz said the talks went well.', 'Mr. Scholz said the talks went well.']) {
    const r = run(text, '2024-11-20', gazetteer.filter((g) => g.id !== 'person:olaf-scholz').concat([{ ...gazetteer[0]!, aliases: [] }]));
    const e = find(r, /Scholz/)!;
    assert.equal(e.id, 'person:olaf-scholz', text);
    assert.equal(e.match?.by, 'surname-title');
    assert.ok(e.match!.confidence < 0.95);
  }
});

test('a title alone matches when one gazetteer person holds it: "the chancellor said"', () => {
  const r = run('"The talks went well," the chancellor said.', '2024-11-20', gazetteer);
  const speaker = r.entities.find((e) => e.id === r.statements[0]?.speaker);
  assert.equal(speaker?.id, 'person:olaf-scholz');
  assert.equal(speaker?.match?.by, 'surname-title');
});

test('two people with the surname: reported as ambiguous, a new id, no match', () => {
  const r = run('Mr. Biden declined to comment.', '2024-11-20', gazetteer.map((g) => ({ ...g, aliases: g.aliases.filter((a) => a !== 'Biden') })));
  const e = find(r, /Biden/)!;
  assert.equal(e.match, undefined);
  assert.deepEqual(e.ambiguous?.map((a) => a.id).sort(), ['person:hunter-biden', 'person:joe-biden']);
  assert.ok(!e.id.startsWith('person:joe-biden') || e.id !== 'person:joe-biden');
});

test('a full name that differs from the entry is no match; anonymous sources are never matched by name', () => {
  const r = run('Jane Scholz opened the exhibition. "It is finished," an official said.', '2024-11-20', gazetteer);
  assert.equal(find(r, /Jane Scholz/)?.match, undefined);
  const official = r.entities.find((e) => e.anonymous);
  assert.ok(official);
  assert.equal(official.match, undefined);
});

test('without a gazetteer every entity gets a new id with its type prefix', () => {
  const r = run('Olaf Scholz visited the Pentagon.');
  assert.ok(r.entities.every((e) => e.match === undefined));
  assert.ok(r.entities.some((e) => e.id === 'person:olaf-scholz'));
  assert.ok(r.entities.some((e) => e.id === 'agency:pentagon'));
});
