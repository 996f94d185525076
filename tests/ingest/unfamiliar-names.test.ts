/**
 * Names the lexicons do not know: invented countries, cities, companies and weapon systems, typed from context.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { run } from './helpers.ts';

const named = (r: ReturnType<typeof run>, type: string) => r.entities.filter((e) => e.type === type).map((e) => e.name);

test('a weapon system named by an unknown word before a weapon head', () => {
  const r = run('The army said Marenia would receive 24 Kestrel-7 drones and two batteries of the Halberd air-defence system. The Tarvik howitzers will follow.');
  const weapons = named(r, 'WeaponSystem');
  for (const w of ['Kestrel-7', 'Halberd', 'Tarvik']) assert.ok(weapons.some((n) => n.startsWith(w)), `${w} in ${weapons.join(', ')}`);
});

test('an invented system named alone later joins its first mention', () => {
  const r = run('The ministry cleared the use of Skylance missiles by the army. The Skylance, a long-range missile, has a range of 300 kilometres.');
  const skylance = r.entities.find((e) => e.type === 'WeaponSystem' && e.name === 'Skylance');
  assert.ok(skylance);
  assert.ok(skylance.mentions.some((m) => m.text === 'Skylance'), 'the name alone is a mention');
});

test('demonyms are no weapon names', () => {
  const r = run('The war went on. Brevanian drones struck a depot, the military said.');
  assert.ok(!named(r, 'WeaponSystem').some((n) => /Brevanian/.test(n) && !/drones/.test(n)));
});

test('an unknown country from its demonym, "the government of X" and "X\'s parliament"', () => {
  const r = run('Officials in Orvano said the Valdorian economy was strong. The government of Valdoria met on Monday. Later, Tesk\'s parliament voted against the deal, and Marenia objected.');
  const places = named(r, 'Place');
  assert.ok(places.includes('Valdoria'), places.join(', '));
  assert.ok(places.includes('Tesk'), places.join(', '));
  assert.ok(!places.includes('Valdorian'), 'the demonym is no place');
});

test('"the city of X" is a place even before "said"', () => {
  const r = run('Velo Group, a rival operator based in the northern city of Tarnholm, said it had paused its plans.');
  assert.ok(named(r, 'Place').includes('Tarnholm'));
  assert.ok(!named(r, 'Person').includes('Tarnholm'));
});

test('an unknown country owning an institution is a place; the institution stays an agency', () => {
  const r = run("Regulator bans scooters\nEstavia's Transport Safety Authority on Tuesday banned the scooters. Brevania's president welcomed it.");
  assert.ok(named(r, 'Place').includes('Estavia'), named(r, 'Place').join(', '));
  assert.ok(named(r, 'Place').includes('Brevania'), named(r, 'Place').join(', '));
  assert.ok(!named(r, 'Agency').includes('Brevania'));
});

test('companies: a company word in the name, a company noun before it, a place word inside it', () => {
  const r = run('Zuma Mobility said it would appeal. Grid operator Nordnet said it would build a substation. Greenwave Sundmark, which campaigns for wind power, welcomed the plan. The project is the largest in Sundmark, and Sundmark\'s government backs it.');
  const agencies = named(r, 'Agency');
  for (const a of ['Zuma Mobility', 'Nordnet', 'Greenwave Sundmark']) assert.ok(agencies.includes(a), `${a} in ${agencies.join(', ')}`);
  assert.equal(named(r, 'Person').length, 0, named(r, 'Person').join(', '));
});
