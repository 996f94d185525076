/**
 * Authorizations, prohibitions and reversals: the actor, the policy (named from the object, with an effect), what
 * it concerns and who it applies to.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entity, run } from './helpers.ts';

const factsOf = (r: ReturnType<typeof run>, type: string) =>
  r.facts.filter((f) => f.type === type).map((f) => ({ ...f, fromEntity: entity(r, f.from), toEntity: entity(r, f.to) }));

test('an authorization: actor, permitted policy, weapon concerned, recipient', () => {
  const r = run('Chancellor Olaf Scholz on Monday approved the delivery of Leopard 2 tanks to Ukraine.', '2024-11-20');
  const [auth] = factsOf(r, 'AUTHORIZED');
  assert.equal(auth?.fromEntity.name, 'Olaf Scholz');
  assert.equal(auth?.toEntity.type, 'Policy');
  assert.equal(auth?.toEntity.effect, 'PERMIT');
  assert.equal(auth?.date, '2024-11-18');
  assert.ok(r.facts.some((f) => f.type === 'CONCERNS' && f.from === auth!.to && entity(r, f.to).type === 'WeaponSystem'));
  assert.ok(r.facts.some((f) => f.type === 'APPLIES_TO' && f.from === auth!.to && entity(r, f.to).name === 'Ukraine'));
});

test('"gave the green light" names the executor as well', () => {
  const r = run('President Joe Biden has given the Pentagon green light to send antipersonnel land mines to Ukraine.', '2024-11');
  const [auth] = factsOf(r, 'AUTHORIZED');
  assert.equal(auth?.fromEntity.name, 'Joe Biden');
  assert.match(auth!.toEntity.name, /land mines for Ukraine/i);
  assert.ok(r.facts.some((f) => f.type === 'APPLIES_TO' && f.from === auth!.to && entity(r, f.to).name === 'Pentagon'));
});

test('a prohibition is a PROHIBIT policy', () => {
  const r = run('The city council banned gas leaf blowers in residential areas last year.', '2024-11-20');
  const [auth] = factsOf(r, 'AUTHORIZED');
  assert.equal(auth?.toEntity.effect, 'PROHIBIT');
  assert.equal(auth?.date, '2023');
});

test('modal, negated and conditional uses are no decisions', () => {
  for (const text of [
    'The ministry could approve the plan next year.',
    'The mayor refused to lift the curfew.',
    'Lawmakers did not approve the budget.',
    'If the court allows the merger, prices may rise.',
  ]) {
    const r = run(text);
    assert.equal(r.facts.filter((f) => f.type === 'AUTHORIZED' || f.type === 'REVERSED').length, 0, text);
  }
});

test('a reversal with an explicit object: the actor reverses it, and a bare reversal authorizes nothing', () => {
  const r = run('Governor Maria Lane on Friday lifted the ban on fracking in the state.', '2024-11-20');
  const reversed = factsOf(r, 'REVERSED');
  assert.ok(reversed.some((f) => f.fromEntity.name === 'Maria Lane' && f.toEntity.effect === 'PROHIBIT'));
  assert.equal(factsOf(r, 'AUTHORIZED').length, 0, 'lifting is no authorization wording (ANNOTATION.md)');
});

test('a U-turn, "changed his stance" and "a decision he previously criticized"', () => {
  const text = [
    'The decision is a sharp U-turn by Mayor Tom Reed.',
    'Mayor Tom Reed initially banned the festival but later changed his stance.',
    'Mayor Tom Reed approved the festival, a decision he previously criticized.',
  ];
  for (const t of text) {
    const r = run(t);
    assert.ok(factsOf(r, 'REVERSED').some((f) => f.fromEntity.name === 'Tom Reed'), t);
  }
});

test('"The law also lifts ...": the new policy reverses the old one', () => {
  const r = run('Governor Ana Pike signed a law on Tuesday that bans new coal plants. The law also lifts a moratorium on wind farms.', '2024-11-20');
  const reversed = factsOf(r, 'REVERSED').find((f) => f.fromEntity.type === 'Policy' && /moratorium/.test(f.toEntity.name));
  assert.ok(reversed);
  assert.equal(reversed.date, '2024-11-19');
});

test('a passive decision takes its "by" agent', () => {
  const r = run('The merger was blocked by the Competition Commission on Thursday.', '2024-11-22');
  assert.equal(factsOf(r, 'AUTHORIZED')[0]?.fromEntity.name, 'Competition Commission');
});
