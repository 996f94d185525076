/**
 * Decision wordings beyond the common verbs: numbered instruments, consequences of a decision, rejections, reported
 * decisions, agentless passives, overriding and putting on hold.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entity, run } from './helpers.ts';

const factsOf = (r: ReturnType<typeof run>, type: string) =>
  r.facts.filter((f) => f.type === type).map((f) => ({ ...f, fromEntity: entity(r, f.from), toEntity: entity(r, f.to) }));

test('a numbered instrument is a policy that its signer authorizes, never a person or agency', () => {
  const r = run('A few hours later Governor Alan Brock signed Executive Order 24-31, which bars camping near schools.');
  assert.ok(!r.entities.some((e) => (e.type === 'Person' || e.type === 'Agency') && /Order/.test(e.name)), r.entities.map((e) => e.name).join(', '));
  const auth = factsOf(r, 'AUTHORIZED');
  assert.ok(auth.some((f) => f.fromEntity.name === 'Alan Brock' && f.toEntity.name === 'Executive Order 24-31'), JSON.stringify(auth.map((f) => [f.fromEntity.name, f.toEntity.name])));
});

test('"authorized X, allowing ..." is one authorization said twice; after a lifting, "allowing" still grants', () => {
  const r = run("Dalmoria's Ministry of Mines on Monday authorized night-time blasting at the Kessel mine, allowing its operator to detonate explosives after 10 p.m.", '2025-10-22');
  assert.equal(factsOf(r, 'AUTHORIZED').length, 1, JSON.stringify(factsOf(r, 'AUTHORIZED').map((f) => f.toEntity.name)));
  const lifted = run("Carsova's defence ministry on Thursday lifted restrictions on the missiles, allowing the army to strike targets inside Dravonia.", '2024-05-17');
  assert.ok(factsOf(lifted, 'AUTHORIZED').length >= 1);
});

test('overriding a veto and putting a decision on hold are reversals; "the veto" names the veto already reversed', () => {
  const r = run("Calden's parliament on Wednesday overturned the veto. Lawmakers voted 212-88 to override the veto, well above the majority required.", '2025-05-29');
  const rev = factsOf(r, 'REVERSED').filter((f) => f.fromEntity.type === 'Agency');
  assert.equal(rev.length, 2, JSON.stringify(rev.map((f) => [f.fromEntity.name, f.toEntity.name])));
  assert.equal(rev[0]!.to, rev[1]!.to);
  assert.equal(rev[1]!.toEntity.name, 'veto');
  const held = run('In August the Vandrian Medicines Agency put on hold its approval of Nasovax for adults, pending a study.', '2025-11-06');
  assert.ok(factsOf(held, 'REVERSED').some((f) => f.fromEntity.name === 'Vandrian Medicines Agency' && /approval of Nasovax/.test(f.toEntity.name)));
  const curfew = run('Mayor Elise Whitcombe on Monday put the curfew on hold.', '2025-07-02');
  assert.ok(factsOf(curfew, 'REVERSED').some((f) => f.fromEntity.name === 'Elise Whitcombe' && f.toEntity.name === 'curfew'));
});

test("one speaker's account of another's change of course is no reversal; one's own is", () => {
  const other = run('Mayor Elise Whitcombe rescinded the curfew on Monday. Councillor Rhys Pennant said the mayor had backtracked under pressure.', '2025-07-02');
  const pennantSentence = other.facts.filter((f) => f.type === 'REVERSED' && /backtracked/.test(f.evidence?.sentence ?? ''));
  assert.equal(pennantSentence.length, 0, JSON.stringify(pennantSentence));
  const own = run('Mayor Victor Salazar told the council on Tuesday that he had changed his position on the bike lanes.', '2023-11-29');
  assert.ok(factsOf(own, 'REVERSED').some((f) => f.fromEntity.name === 'Victor Salazar'));
});

test('an agentless passive of a policy the text has tied to an actor: that actor made it, on its own date', () => {
  const r = run('The Tessalian Athletics Federation on Thursday lifted the four-year suspension of sprinter Katalin Varga. The suspension was handed down last October after a sample tested positive.', '2025-03-14');
  const auth = factsOf(r, 'AUTHORIZED');
  assert.ok(auth.some((f) => f.fromEntity.name === 'Tessalian Athletics Federation' && /suspension/.test(f.toEntity.name) && f.date === '2024-10'), JSON.stringify(auth.map((f) => [f.fromEntity.name, f.toEntity.name, f.date])));
  const eua = run('The Vandrian Medicines Agency on Wednesday revoked the emergency use authorization for Nasovax. About 1.2 million doses have been given since the authorization was granted in January 2024.', '2025-11-06');
  assert.ok(factsOf(eua, 'AUTHORIZED').some((f) => f.fromEntity.name === 'Vandrian Medicines Agency' && f.date === '2024-01'));
  // with no actor in the text for it, an agentless passive stays without one
  assert.equal(factsOf(run('The suspension was handed down last October.', '2025-03-14'), 'AUTHORIZED').length, 0);
});

test('"imposed the suspension last October" names the suspension, not the date', () => {
  const r = run('The Tessalian Athletics Federation imposed the suspension last October after a sample tested positive.', '2025-03-14');
  assert.deepEqual(factsOf(r, 'AUTHORIZED').map((f) => [f.toEntity.name, f.date]), [['suspension', '2024-10']]);
  const ban = run('The ministry imposed a ban on exports of grain last year.', '2025-03-14');
  assert.ok(factsOf(ban, 'AUTHORIZED').every((f) => !/\bon on\b/.test(f.toEntity.name)));
});

test('a pronoun in a fronted "after it ..." clause is the main clause\'s subject', () => {
  const r = run("Less than three weeks after it slapped a 30 percent tariff on steel from Vesland, Ostravia's government has backed down.", '2025-02-20');
  const auth = factsOf(r, 'AUTHORIZED');
  assert.ok(auth.some((f) => /Ostravia/.test(f.fromEntity.name) && f.toEntity.name === '30 percent tariff on steel from Vesland'), JSON.stringify(auth.map((f) => [f.fromEntity.name, f.toEntity.name])));
  assert.ok(factsOf(r, 'REVERSED').some((f) => /Ostravia/.test(f.fromEntity.name)));
});

test('"Dinescu\'s decree lifts ...": the decree reverses, its signer authorized the decree itself', () => {
  const r = run("On Monday, Prime Minister Aurel Dinescu signed a decree that scraps the levy on aluminium and suspends it on steel. Dinescu's decree lifts the aluminium duty with immediate effect.", '2025-02-20');
  const lift = factsOf(r, 'REVERSED').filter((f) => /aluminium duty/.test(f.toEntity.name));
  assert.ok(lift.length >= 1 && lift.every((f) => f.fromEntity.type === 'Policy' && f.fromEntity.name === 'decree'), JSON.stringify(lift.map((f) => [f.fromEntity.name, f.toEntity.name])));
  const signed = factsOf(r, 'AUTHORIZED').find((f) => f.fromEntity.name === 'Aurel Dinescu');
  assert.equal(signed?.toEntity.name, 'decree');
  assert.equal(signed?.toEntity.effect, 'PERMIT');
});

test('"until mid-May" is how long a decision lasts, not when it was taken', () => {
  const r = run('On Monday the Ministry of Economy froze the steel duty until mid-May.', '2025-02-20');
  const [rev] = factsOf(r, 'REVERSED').filter((f) => f.fromEntity.type === 'Agency');
  assert.equal(rev?.date, '2025-02-17');
});

test('"lifting a freeze it had imposed": the pronoun is the sentence\'s own deciding body, not the nearest name', () => {
  const r = run("Veridia's Digital Markets Commission on Tuesday cleared Lumora's takeover of the start-up Pathwise, lifting a freeze it had imposed on the deal in August.", '2025-01-16');
  const freeze = factsOf(r, 'AUTHORIZED').filter((f) => /freeze/.test(f.toEntity.name));
  assert.ok(freeze.length === 1 && freeze[0]!.fromEntity.name === 'Digital Markets Commission', JSON.stringify(freeze.map((f) => f.fromEntity.name)));
});

test('hyphenated policy nouns ("counter-tariffs") are imposed too; lay groups decide nothing', () => {
  const r = run("On February 10, Vesland's Ministry of Economy imposed counter-tariffs of 25 percent on Ostravian wine. Farmers blocked border crossings for two days.", '2025-02-20');
  const auth = factsOf(r, 'AUTHORIZED');
  assert.ok(auth.some((f) => f.fromEntity.name === 'Ministry of Economy' && f.date === '2025-02-10'), JSON.stringify(auth.map((f) => [f.fromEntity.name, f.toEntity.name])));
  assert.ok(!auth.some((f) => /farmers/i.test(f.fromEntity.name)));
});

test('"signed off on the licence, clearing X to deliver ...": one authorization', () => {
  const r = run('Defence Minister Ilse Varga signed off on the first export licence on Thursday, clearing the manufacturer Korrin Dynamics to deliver 40 launchers.', '2025-03-14');
  assert.equal(factsOf(r, 'AUTHORIZED').length, 1, JSON.stringify(factsOf(r, 'AUTHORIZED').map((f) => f.toEntity.name)));
});

test('"lifted its ban ..., ending a freeze imposed in March 2021": the actor made its own ban then', () => {
  const r = run("Norvane's Ministry of Defence on Thursday lifted its ban on exporting missiles to Talmar, ending a freeze imposed in March 2021 after soldiers fired on protesters.", '2025-03-14');
  const auth = factsOf(r, 'AUTHORIZED');
  assert.ok(auth.some((f) => f.fromEntity.name === 'Ministry of Defence' && /ban/.test(f.toEntity.name) && f.date === '2021-03'), JSON.stringify(auth.map((f) => [f.fromEntity.name, f.toEntity.name, f.date])));
  // someone else's ban: no authorization is implied
  const other = run("The court on Thursday lifted the ban on exporting missiles to Talmar, ending a freeze imposed in March 2021.", '2025-03-14');
  assert.equal(factsOf(other, 'AUTHORIZED').length, 0);
});

test('"signed a decree that scraps the levy": the signer reverses through the decree', () => {
  const r = run('On Monday, Prime Minister Aurel Dinescu signed a decree that scraps the levy on aluminium.', '2025-02-20');
  const rev = factsOf(r, 'REVERSED');
  assert.ok(rev.some((f) => f.fromEntity.name === 'Aurel Dinescu' && /levy/.test(f.toEntity.name) && f.date === '2025-02-17'), JSON.stringify(rev.map((f) => [f.fromEntity.name, f.toEntity.name])));
  assert.ok(rev.some((f) => f.fromEntity.name === 'decree'));
});

test('"Whitcombe\'s executive order ending the curfew takes effect": a new instrument reverses, on the day just dated', () => {
  const r = run("Mayor Elise Whitcombe on Monday rescinded the city's curfew for residents under 18. The curfew was imposed by the city council in May. It barred anyone under 18 from public streets at night. Whitcombe's executive order ending the curfew takes effect immediately.", '2025-07-02');
  const byOrder = factsOf(r, 'REVERSED').filter((f) => f.fromEntity.type === 'Policy');
  assert.ok(byOrder.some((f) => f.fromEntity.name === "Whitcombe's executive order" && /curfew for residents/.test(f.toEntity.name) && f.date === '2025-06-30'), JSON.stringify(byOrder.map((f) => [f.fromEntity.name, f.toEntity.name, f.date])));
  // "It barred ...": the curfew's content, no new decision of the council
  assert.deepEqual(factsOf(r, 'AUTHORIZED').map((f) => f.toEntity.name), ["city's curfew for residents under 18"]);
});

test('"rescinded a cap ..., less than a year after it imposed the limit": the same cap, dated where the text dates its making', () => {
  const r = run('The Calandra Water Resources Board on Wednesday rescinded a cap on groundwater pumping, less than a year after it imposed the limit to slow the sinking of farmland. The cap was approved by the board last June.', '2025-04-10');
  const auth = factsOf(r, 'AUTHORIZED');
  assert.ok(auth.length === 2 && auth.every((f) => f.toEntity.name === 'cap on groundwater pumping' && f.date === '2024-06'), JSON.stringify(auth.map((f) => [f.toEntity.name, f.date])));
  assert.ok(factsOf(r, 'REVERSED').some((f) => f.date === '2025-04-09'));
});

test('"..., nearly two years after it cleared the vaccine": "it" is the sentence\'s deciding body, not a company named in between', () => {
  const r = run('The Vandrian Medicines Agency on Wednesday revoked the emergency use authorization for Nasovax, a nasal flu vaccine made by Corrin Biologics, nearly two years after it cleared the vaccine for children.', '2025-11-06');
  const auth = factsOf(r, 'AUTHORIZED');
  assert.ok(auth.length >= 1 && auth.every((f) => f.fromEntity.name === 'Vandrian Medicines Agency'), JSON.stringify(auth.map((f) => f.fromEntity.name)));
});

test('company words (Biologics, Resources, Gas) make companies, and the first word of a company name alone is that company', () => {
  const r = run('Corrin Biologics said it disagreed. Kessel Resources welcomed the decision. Norvik Gas, the company behind the project, said it was disappointed. On Wednesday, Norvik said it would appeal.');
  for (const name of ['Corrin Biologics', 'Kessel Resources', 'Norvik Gas']) assert.ok(r.entities.some((e) => e.type === 'Agency' && e.name === name), name);
  assert.ok(!r.entities.some((e) => e.type === 'Person'), r.entities.filter((e) => e.type === 'Person').map((e) => e.name).join(', '));
});

test('beside a named system, a class of weapons that no decision concerns is description, not a system', () => {
  const r = run('The ministry lifted its ban on exporting Halberd air-defence missiles to Talmar. The Halberd, a medium-range system, can intercept cruise missiles and drones at distances of up to 60 kilometres.', '2025-03-14');
  const weapons = r.entities.filter((e) => e.type === 'WeaponSystem').map((e) => e.name);
  assert.equal(weapons.length, 1, weapons.join(', '));
  // with no named system, a class the text speaks of is kept
  const alone = run('The ministry said it was worried about cruise missiles and drones.');
  assert.ok(alone.entities.some((e) => e.type === 'WeaponSystem'));
});

test('"it" standing for the policy that is the subject: its content is no decision, its reversal is the policy\'s', () => {
  const r = run('The government of Valdoria on Thursday lifted a two-year ban on exports of armed drones. The ban was imposed by Prime Minister Ilse Varga in 2023, and it had barred manufacturers from selling armed aircraft abroad.', '2025-03-14');
  assert.deepEqual(factsOf(r, 'AUTHORIZED').map((f) => [f.fromEntity.name, f.toEntity.name]), [['Ilse Varga', 'two-year ban on exports of armed drones']]);
  const law = run("Calden's parliament on Wednesday overturned the veto of a law protecting journalists' sources. The law bars prosecutors from forcing reporters to name their sources, and it strikes down a 2019 decree.", '2025-05-29');
  const decree = factsOf(law, 'REVERSED').filter((f) => /decree/.test(f.toEntity.name));
  assert.ok(decree.length === 1 && decree[0]!.fromEntity.type === 'Policy' && decree[0]!.fromEntity.name === 'law', JSON.stringify(decree.map((f) => [f.fromEntity.name, f.toEntity.name])));
});

test('"cleared forest" is no clearance; "a drug it had approved with great fanfare" names the drug', () => {
  assert.equal(factsOf(run('Norvik Gas had already cleared forest along parts of the route.'), 'AUTHORIZED').length, 0);
  assert.equal(factsOf(run('The council cleared the sale of the land on Monday.'), 'AUTHORIZED').length, 1);
  const r = run('The Estrian Medicines Agency on Wednesday revoked the licence of Veltrazine, a migraine drug it had approved with great fanfare sixteen months earlier.', '2025-03-14');
  const auth = factsOf(r, 'AUTHORIZED');
  assert.ok(auth.length === 1 && auth[0]!.toEntity.name === 'migraine drug', JSON.stringify(auth.map((f) => f.toEntity.name)));
});

test('a title\'s full stop inside an attribution ends nothing: "the agency\'s director, Dr. Helena Kross, told reporters"', () => {
  const r = run('"We acted quickly," the agency\'s director, Dr. Helena Kross, told reporters. "Nasovax works," the company\'s chief medical officer, Dr. Samuel Obi, said in a statement.', '2025-11-06');
  const who = (words: string) => r.statements.filter((s) => s.quote.includes(words)).map((s) => entity(r, s.speaker).name);
  assert.deepEqual(who('acted quickly'), ['Helena Kross']);
  assert.deepEqual(who('Nasovax works'), ['Samuel Obi']);
});

test('", saying it would ..." without "that" reports what the main subject said', () => {
  const r = run('President Mihail Dorescu vetoed the press bill on May 9, saying it would let criminals hide behind the press.', '2025-05-29');
  const s = r.statements.find((x) => /criminals hide/.test(x.quote));
  assert.equal(s && entity(r, s.speaker).name, 'Mihail Dorescu');
  assert.equal(s?.kind, 'PARAPHRASE');
});

test('"The decision marks a shift for Voss": the decision the text leads with, dated as it is', () => {
  const r = run("Veridia's Digital Markets Commission on Tuesday cleared Lumora's takeover of the start-up Pathwise, lifting a freeze it had imposed on the deal in August. The decision marks a shift for Helena Voss, who in September called the acquisition a land grab.", '2025-01-16');
  const byDecision = factsOf(r, 'REVERSED').filter((f) => f.fromEntity.type === 'Policy' && /earlier stance/.test(f.toEntity.name));
  assert.ok(byDecision.length === 1 && /takeover/.test(byDecision[0]!.fromEntity.name), JSON.stringify(byDecision.map((f) => f.fromEntity.name)));
  const voss = factsOf(r, 'REVERSED').find((f) => f.fromEntity.name === 'Helena Voss');
  assert.equal(voss?.date, '2025-01-14');
});
