/**
 * One shard of the long tail: `unit` of scale 1 worth of people, agencies, places, weapons and policies, the
 * statements they make (Zipf-distributed: a few talk a lot, most say a thing or two, 1 to 3 topics each, 40% of
 * topics from the core), the policies they authorize and reverse, their affiliations, and the articles that
 * report it all. Scale s is the core plus s/unit shards; each shard has its own random stream.
 */
import { parseDateSpec } from '../../src/facts/dates.ts';
import { assembleArticles } from './articles.ts';
import { randomDay, randomFactDate } from './dates.ts';
import { relate, say } from './fact-makers.ts';
import { PartBuilder, type EntityNode, type IdRegistry, type Props } from './part-builder.ts';
import type { Prng } from './prng.ts';
import type { CoreLandmarks } from './core.ts';
import { AGENCY_CATEGORY, CONDITIONS, TITLES, type Namer } from './vocabulary.ts';

/** Sizes at scale 1 (the core adds about 600 entities and 12,000 statements). */
export const SCALE_1 = {
  persons: 70_000,
  agencies: 10_000,
  policies: 12_000,
  weapons: 3_000,
  places: 5_000,
  statements: 300_000,
};
/** About 40 people share the rare surname at scale 1. */
const RARE_NAME_SHARE = 0.0006;
/** Two moderately active people of the shard: the benchmark asks for the paths between them. */
const PATH_PEOPLE = [50, 80];

export interface ShardResult {
  part: PartBuilder;
  /** Two people of this shard who both spoke about the home country, so a path of 4 hops joins them. */
  pathPeople: [EntityNode, EntityNode];
}

export function buildShard(index: number, unit: number, rng: Prng, namer: Namer, registry: IdRegistry, core: CoreLandmarks): ShardResult {
  const part = new PartBuilder(`s${index}`, registry);
  const count = (n: number) => Math.max(1, Math.round(n * unit));
  const both = <T>(mine: T[], coreOnes: T[], coreShare: number) => (rng.chance(coreShare) ? coreOnes : mine);

  const places = Array.from({ length: count(SCALE_1.places) }, () =>
    part.entity('Place', namer.place(rng), { category: rng.pick(['country', 'region', 'city', 'province']) }),
  );
  const agencies = Array.from({ length: count(SCALE_1.agencies) }, () => {
    const place = rng.chance(0.8) ? rng.pick(places) : rng.pick(core.places);
    const made = namer.agency(rng, place.name);
    return part.entity('Agency', made.name, { category: AGENCY_CATEGORY[made.kind] });
  });
  const weapons = Array.from({ length: count(SCALE_1.weapons) }, () => {
    const w = namer.weapon(rng);
    return part.entity('WeaponSystem', w.name, { category: w.category });
  });
  const persons = Array.from({ length: count(SCALE_1.persons) }, () => {
    const name = namer.person(rng, rng.chance(RARE_NAME_SHARE));
    const title = rng.chance(0.4) ? rng.pick(TITLES) : undefined;
    const surname = name.split(' ').pop()!;
    const aliases = title && /^[A-Z]/.test(title) ? [`${title} ${surname}`] : [];
    return part.entity('Person', name, { title, aliases });
  });

  // Policies: each concerns a weapon, applies to a place (sometimes an agency too), is authorized once or twice.
  const policies: Array<{ node: EntityNode; year: number }> = [];
  for (let i = 0; i < count(SCALE_1.policies); i++) {
    const weapon = rng.pick(both(weapons, core.weapons, 0.3));
    const place = rng.pick(both(places, core.places, 0.3));
    const p = namer.policy(rng, weapon.name, place.name);
    const node = part.entity('Policy', p.name, { effect: p.effect, conditions: rng.chance(0.2) ? [rng.pick(CONDITIONS)] : [] });
    policies.push({ node, year: p.year });
    const year = parseDateSpec(`${p.year}`);
    relate(part, rng, 'CONCERNS', node, weapon, year);
    relate(part, rng, 'APPLIES_TO', node, place, year, 'territory');
    if (rng.chance(0.3)) relate(part, rng, 'APPLIES_TO', node, rng.pick(agencies), year, rng.pick(['recipient', 'executor']));
    const authorizers = rng.int(1, 2);
    for (let a = 0; a < authorizers; a++) {
      const actor = rng.chance(0.5) ? persons[rng.zipf(persons.length)]! : rng.chance(0.9) ? agencies[rng.zipf(agencies.length)]! : rng.pick(core.agencies);
      relate(part, rng, 'AUTHORIZED', actor, node, parseDateSpec(randomDay(rng, p.year, p.year)));
    }
  }
  // A fifth of them are later reversed, by someone or by a newer policy.
  for (const policy of policies) {
    if (!rng.chance(0.2) || policy.year >= 2025) continue;
    const day = parseDateSpec(randomDay(rng, policy.year + 1, 2025));
    const by = rng.chance(0.7) ? (rng.chance(0.5) ? persons[rng.zipf(persons.length)]! : agencies[rng.zipf(agencies.length)]!) : rng.pick(policies).node;
    if (by !== policy.node) relate(part, rng, 'REVERSED', by, policy.node, day);
  }

  // Affiliations.
  for (const person of persons) {
    if (rng.chance(0.6)) relate(part, rng, 'MEMBER_OF', person, agencies[rng.zipf(agencies.length)]!, randomFactDate(rng, 2015, 2025));
    if (rng.chance(0.15)) relate(part, rng, 'SPEAKS_FOR', person, agencies[rng.zipf(agencies.length)]!, randomFactDate(rng, 2015, 2025));
  }

  // Statements: the topic pool mixes the shard's own entities with the core's.
  const ownTopics: Array<readonly [EntityNode[], number]> = [
    [places, 25],
    [weapons, 20],
    [policies.map((p) => p.node), 30],
    [agencies, 15],
    [persons, 10],
  ];
  const topicFor = (speaker: EntityNode): EntityNode => {
    if (rng.chance(0.4)) return core.topics[rng.zipf(core.topics.length)]!;
    const pool = rng.weighted(ownTopics);
    const t = pool[rng.zipf(pool.length)]!;
    return t === speaker ? core.homeCountry : t;
  };
  const pickTopics = (speaker: EntityNode) =>
    Array.from({ length: rng.weighted([[1, 45], [2, 35], [3, 20]] as const) }, () => topicFor(speaker));
  const pathPeople = PATH_PEOPLE.map((i) => persons[Math.min(i, persons.length - 1)]!) as [EntityNode, EntityNode];
  const said: Array<{ speaker: EntityNode; statement: Props }> = [];
  // The path people's link to the most talked-about topic comes first, whatever the draws.
  for (const person of pathPeople) {
    const anchor = say(part, rng, person, [core.homeCountry], [2019, 2024]);
    if (anchor) said.push({ speaker: person, statement: anchor });
  }
  const total = count(SCALE_1.statements);
  while (said.length < total) {
    const speaker = rng.chance(0.85) ? persons[rng.zipf(persons.length)]! : agencies[rng.zipf(agencies.length)]!;
    const statement = say(part, rng, speaker, pickTopics(speaker), [2015, 2025]);
    if (statement) said.push({ speaker, statement });
  }
  // Some speakers go back on their own words later.
  for (let i = 0; i < said.length; i += 1) {
    if (!rng.chance(0.005)) continue;
    const { speaker, statement } = said[i]!;
    const year = Number((statement.dateTo as string).slice(0, 4));
    if (year >= 2025) continue;
    relate(part, rng, 'REVERSED', speaker, { id: statement.id as string, name: speaker.name, type: 'Statement', quote: statement.quote as string }, parseDateSpec(randomDay(rng, year + 1, 2025)));
  }

  assembleArticles(part, rng, core.outlets);
  return { part, pathPeople };
}
