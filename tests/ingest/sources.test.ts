/**
 * Unnamed sources are kept as anonymous entities, tied to the agency their description names and to nothing
 * the text does not name.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { run, speakerOf } from './helpers.ts';

test('"a senior Pentagon official" is anonymous and a member of the Pentagon', () => {
  const r = run('A senior Pentagon official said the shipments would start in January.');
  const official = speakerOf(r, 'shipments would start');
  assert.ok(official.anonymous);
  assert.equal(official.type, 'Person');
  const pentagon = r.entities.find((e) => e.name === 'Pentagon')!;
  assert.ok(r.facts.some((f) => f.type === 'MEMBER_OF' && f.from === official.id && f.to === pentagon.id));
});

test('"an official at the ministry" names its agency after the noun', () => {
  const r = run('The Ministry of Finance published its forecast. An official at the Ministry of Finance said growth would slow.');
  const official = speakerOf(r, 'growth would slow');
  assert.ok(official.anonymous);
  assert.ok(r.facts.some((f) => f.type === 'MEMBER_OF' && f.from === official.id));
});

test('plural sources are an anonymous group; a country is no agency to be a member of', () => {
  const r = run('According to U.S. officials, the deal was signed last week.');
  const group = speakerOf(r, 'deal was signed');
  assert.ok(group.anonymous);
  assert.equal(group.name, 'U.S. officials');
  assert.ok(!r.facts.some((f) => f.type === 'MEMBER_OF' && f.from === group.id));
});

test('"two diplomats ... one of them" is a member of the group, not a new source', () => {
  const r = run('Two diplomats said the talks had stalled. The summit could be postponed, one of them added.');
  const group = speakerOf(r, 'talks had stalled');
  const member = speakerOf(r, 'summit could be postponed');
  assert.ok(group.anonymous && member.anonymous);
  assert.notEqual(group.id, member.id);
});

test('nothing is invented: a quote with no speaker in sight yields no statement', () => {
  const r = run('The storm passed overnight. "Stay indoors" was the message on every screen.');
  assert.equal(r.statements.length, 0);
});
