/**
 * Decision wording per tests/fixtures/ANNOTATION.md: reversals are REVERSED facts and authorize nothing unless the
 * text also uses authorization wording; easing, resuming, reinstating, pausing and "a decision X had criticized".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entity, run } from './helpers.ts';

const factsOf = (r: ReturnType<typeof run>, type: string) =>
  r.facts.filter((f) => f.type === type).map((f) => ({ ...f, fromEntity: entity(r, f.from), toEntity: entity(r, f.to) }));

test('lifted, scrapped, ended, overturned: REVERSED only', () => {
  for (const text of [
    'The Commerce Department on Tuesday lifted the tariffs on steel imports.',
    'The city council scrapped its parking plan on Monday.',
    'The ministry quietly ended those trials in December.',
    'The Ossary District Court struck down the ban last week.',
  ]) {
    const r = run(text);
    assert.ok(factsOf(r, 'REVERSED').some((f) => f.fromEntity.type !== 'Policy'), text);
    assert.equal(factsOf(r, 'AUTHORIZED').length, 0, text);
    assert.ok(!factsOf(r, 'REVERSED').some((f) => f.fromEntity.type === 'Policy'), `no invented replacement: ${text}`);
  }
});

test('both when the text says both: approved ..., ending a freeze', () => {
  const r = run("Sundmark's Ministry of Energy on Tuesday approved a wind farm off the coast, ending a three-year freeze on new offshore projects.", '2024-08-09');
  assert.equal(factsOf(r, 'AUTHORIZED').length, 1);
  assert.ok(factsOf(r, 'REVERSED').some((f) => /freeze/.test(f.toEntity.name)));
});

test('a replacement the text names later keeps its reversal ("The rule change also ends ...")', () => {
  const r = run('The health commissioner Omar Haddad lifted the mask mandate on Monday. The rule change also ends a separate requirement for drivers.', '2024-11-20');
  assert.ok(factsOf(r, 'REVERSED').some((f) => f.fromEntity.type === 'Policy' && /requirement/.test(f.toEntity.name)));
});

test('eased restrictions and resumed licences are reversals; "allowing" after them authorizes', () => {
  const r = run("Carsova's defence ministry on Thursday eased restrictions on the use of the missiles, allowing the army to strike targets inside Dravonia.", '2024-05-17');
  assert.ok(factsOf(r, 'REVERSED').some((f) => /restrictions/.test(f.toEntity.name)));
  assert.ok(factsOf(r, 'AUTHORIZED').length >= 1);
  const resumed = run('The Defence Export Council also resumed licences for spare parts, which had been suspended since June.');
  assert.ok(factsOf(resumed, 'REVERSED').some((f) => f.fromEntity.name === 'Defence Export Council'));
});

test('reinstated a ban and paused a review are authorizations', () => {
  const r = run("Kelmar's Supreme Court on Monday reinstated a ban on the pesticide Halvex.", '2025-02-05');
  const [auth] = factsOf(r, 'AUTHORIZED');
  assert.equal(auth?.toEntity.effect, 'PROHIBIT');
  assert.equal(auth?.date, '2025-02-03');
  const paused = run('The Transport Safety Authority also paused its review of the licence application.');
  assert.equal(factsOf(paused, 'AUTHORIZED')[0]?.toEntity.effect, 'PROHIBIT');
});

test('"voted to extend" authorizes; "a law that X passed" names its actor', () => {
  const r = run("Last week, Valdoria's parliament voted to extend the arms embargo on Tesk.", '2025-03-14');
  const [auth] = factsOf(r, 'AUTHORIZED');
  assert.ok(auth);
  assert.equal(auth.date, '2025-03-03/2025-03-09');
});

test('"a decision <Name> had criticized" is a reversal by that person', () => {
  const r = run('Energy Minister Lotte Bram approved the wind farm. Opposition lawmakers noted that the approval was a decision Bram had criticized for years.');
  assert.ok(factsOf(r, 'REVERSED').some((f) => f.fromEntity.name === 'Lotte Bram'));
});
