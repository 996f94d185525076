/**
 * The core of every dataset, the same at every scale: the hubs of a news graph. A head of state with 7,500
 * statements (so a deep page 5,000-5,050 exists), hundreds of authorizations and reversals; his predecessor and
 * ministers; the countries, agencies, outlets, weapons and policies the news keeps coming back to. Keeping the
 * hubs fixed means the growth measurement compares the same entity page over 10x more surrounding data.
 */
import { parseDateSpec } from '../../src/facts/dates.ts';
import { assembleArticles } from './articles.ts';
import { randomDay, randomFactDate } from './dates.ts';
import { relate, say } from './fact-makers.ts';
import { PartBuilder, type EntityNode, type IdRegistry, type Props } from './part-builder.ts';
import type { Prng } from './prng.ts';
import { AGENCY_CATEGORY, CONDITIONS, OUTLETS, RARE_LAST_NAME, type Namer } from './vocabulary.ts';

export const HUB_STATEMENTS = 7_500;

/** The entities the benchmark's queries start from. */
export interface CoreLandmarks {
  hub: EntityNode;
  minister: EntityNode;
  homeCountry: EntityNode;
  outlets: EntityNode[];
  /** Topics the whole dataset talks about, most talked-about first. */
  topics: EntityNode[];
  places: EntityNode[];
  weapons: EntityNode[];
  agencies: EntityNode[];
}

const PEOPLE: Array<{ name: string; title: string; statements: number; aliases: string[] }> = [
  { name: 'Edda Quill', title: 'Former President', statements: 800, aliases: ['President Quill'] },
  { name: `Mira ${RARE_LAST_NAME}`, title: 'Minister of Defence', statements: 1_200, aliases: [`Minister ${RARE_LAST_NAME}`] },
  { name: 'Tobias Renn', title: 'Foreign Minister', statements: 600, aliases: ['Minister Renn'] },
  { name: 'Ilona Varga-Stein', title: 'Chief of Staff', statements: 350, aliases: [] },
  { name: 'Casimir Dray', title: 'President', statements: 500, aliases: ['President Dray'] },
  { name: 'Helene Morrow', title: 'Senator', statements: 400, aliases: ['Senator Morrow'] },
  { name: 'Oren Stahl', title: 'General', statements: 300, aliases: ['General Stahl'] },
  { name: 'Lucia Benn', title: 'spokesperson', statements: 450, aliases: [] },
  { name: 'Pim Aldous', title: 'Ambassador', statements: 200, aliases: ['Ambassador Aldous'] },
];

export function buildCore(rng: Prng, namer: Namer, registry: IdRegistry): { part: PartBuilder; landmarks: CoreLandmarks } {
  const part = new PartBuilder('core', registry);

  const homeCountry = part.entity('Place', namer.fixed('Place', 'Valdoria'), { category: 'country', aliases: ['Republic of Valdoria'] });
  const places = [homeCountry, ...Array.from({ length: 59 }, () => part.entity('Place', namer.place(rng), { category: rng.pick(['country', 'region', 'city']) }))];
  const outlets = OUTLETS.map((name) => part.entity('Agency', namer.fixed('Agency', name), { category: 'outlet' }));
  const agencies: EntityNode[] = [];
  for (const place of places.slice(0, 12)) {
    for (const kind of ['Government', 'Ministry of Defence', 'Armed Forces', 'Foreign Ministry']) {
      const made = namer.agency(rng, place.name, kind);
      agencies.push(part.entity('Agency', made.name, { category: AGENCY_CATEGORY[made.kind] }));
    }
  }
  for (const name of ['Council on Arms Transfers', 'Alliance Defence Council', 'Tribunal for Humanitarian Law']) {
    agencies.push(part.entity('Agency', namer.fixed('Agency', name), { category: 'council' }));
  }
  const weapons = Array.from({ length: 40 }, () => {
    const w = namer.weapon(rng);
    return part.entity('WeaponSystem', w.name, { category: w.category });
  });

  const hub = part.entity('Person', namer.fixed('Person', 'Alden Marsh'), {
    title: 'President',
    aliases: ['President Alden Marsh', 'President Marsh'],
    description: 'Head of state of Valdoria.',
  });
  const people = PEOPLE.map((p) => ({ ...p, node: part.entity('Person', namer.fixed('Person', p.name), { title: p.title, aliases: p.aliases }) }));
  const [predecessor, minister] = [people[0]!.node, people[1]!.node];
  const government = agencies[0]!;
  const ministry = agencies[1]!;

  // Policies about the core weapons and places; each concerns its weapon and applies to its place.
  const policies: Array<{ node: EntityNode; year: number }> = [];
  for (let i = 0; i < 400; i++) {
    const weapon = rng.pick(weapons);
    const place = places[rng.zipf(places.length)]!;
    const p = namer.policy(rng, weapon.name, place.name);
    const node = part.entity('Policy', p.name, {
      effect: p.effect,
      conditions: rng.chance(0.3) ? [rng.pick(CONDITIONS)] : [],
    });
    policies.push({ node, year: p.year });
    const day = parseDateSpec(`${p.year}`);
    relate(part, rng, 'CONCERNS', node, weapon, day);
    relate(part, rng, 'APPLIES_TO', node, place, day, rng.pick(['territory', 'recipient']));
  }
  const topics = [homeCountry, ...weapons.slice(0, 10), ...places.slice(1, 20), ...policies.slice(0, 60).map((p) => p.node), ...agencies, ...weapons.slice(10), ...places.slice(20), predecessor, minister];
  const pickTopics = (self: EntityNode) => {
    const n = rng.weighted([[1, 45], [2, 35], [3, 20]] as const);
    const chosen: EntityNode[] = [];
    while (chosen.length < n) {
      const t = topics[rng.zipf(topics.length)]!;
      if (t !== self && !chosen.includes(t)) chosen.push(t);
    }
    return chosen;
  };

  // Who said what.
  const hubStatements: Props[] = [];
  while (hubStatements.length < HUB_STATEMENTS) {
    const s = say(part, rng, hub, pickTopics(hub), [2017, 2025]);
    if (s) hubStatements.push(s);
  }
  for (const p of people) {
    const years: [number, number] = p.node === predecessor ? [2015, 2016] : [2015, 2025];
    for (let i = 0; i < p.statements; i++) say(part, rng, p.node, pickTopics(p.node), years);
  }

  // Who authorized and reversed what: the predecessor's policies before 2017, the hub's after.
  const authorize = (actor: EntityNode, policy: { node: EntityNode; year: number }, years: [number, number]) =>
    relate(part, rng, 'AUTHORIZED', actor, policy.node, parseDateSpec(randomDay(rng, ...years)));
  const predecessorPolicies = policies.slice(0, 80);
  const hubPolicies = policies.slice(80, 320);
  predecessorPolicies.forEach((p) => authorize(predecessor, p, [2015, 2016]));
  hubPolicies.forEach((p) => authorize(hub, p, [2017, 2025]));
  policies.slice(320, 360).forEach((p) => authorize(minister, p, [2018, 2025]));
  policies.slice(360).forEach((p) => authorize(rng.pick(agencies), p, [2015, 2025]));
  predecessorPolicies.slice(0, 60).forEach((p) => relate(part, rng, 'REVERSED', hub, p.node, parseDateSpec(randomDay(rng, 2017, 2019))));
  // U-turns on his own earlier words.
  for (let i = 0; i < 20; i++) {
    const earlier = hubStatements[rng.int(0, 1500)]!;
    relate(part, rng, 'REVERSED', hub, { id: earlier.id as string, name: hub.name, type: 'Statement', quote: earlier.quote as string }, parseDateSpec(randomDay(rng, 2022, 2025)));
  }
  for (let i = 0; i < 30; i++) {
    const [newer, older] = [rng.pick(hubPolicies), rng.pick(predecessorPolicies)];
    relate(part, rng, 'REVERSED', newer.node, older.node, parseDateSpec(`${Math.max(2017, newer.year)}`));
  }
  policies.slice(100, 110).forEach((p) => relate(part, rng, 'REVERSED', minister, p.node, parseDateSpec(randomDay(rng, 2023, 2025))));

  // Affiliations.
  relate(part, rng, 'MEMBER_OF', hub, government, parseDateSpec('2017-01/2025-12'));
  relate(part, rng, 'MEMBER_OF', predecessor, government, parseDateSpec('2013-01/2016-12'));
  relate(part, rng, 'MEMBER_OF', minister, ministry, parseDateSpec('2018-03/2025-12'));
  for (const p of people.slice(2)) {
    relate(part, rng, 'MEMBER_OF', p.node, rng.pick(agencies.slice(0, 24)), randomFactDate(rng, 2015, 2025));
    if (p.title === 'spokesperson') relate(part, rng, 'SPEAKS_FOR', p.node, government, randomFactDate(rng, 2017, 2025));
  }

  assembleArticles(part, rng, outlets);
  return { part, landmarks: { hub, minister, homeCountry, outlets, topics, places, weapons, agencies } };
}
