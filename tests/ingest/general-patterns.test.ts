/**
 * Wordings of unseen news text: bodies named by a common noun, datelines of several words, names with plural
 * possessives, reported clauses with irregular verbs and after quoted fragments, passive and reduced passive
 * decisions, possessive reversals, members acting as their body, replacements, and dates that follow the text's
 * own time.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ref, run, speakerOf, statementsQuoting } from './helpers.ts';

const names = (r: ReturnType<typeof run>, type: string) => r.entities.filter((e) => e.type === type).map((e) => e.name);
const facts = (r: ReturnType<typeof run>, type: 'AUTHORIZED' | 'REVERSED') =>
  r.facts.filter((f) => f.type === type).map((f) => ({ from: ref(r, f.from).name, to: ref(r, f.to).name, date: f.date, sentence: f.evidence.sentence }));

test('legislatures and governments named by a common noun are agencies', () => {
  const r = run('Headline\nThe minister told parliament in March that the plan was sound. Ostravia\'s government has backed down. The upper house will vote next week.');
  const agencies = names(r, 'Agency');
  assert.ok(agencies.includes('parliament'), agencies.join(', '));
  assert.ok(agencies.includes('upper house'), agencies.join(', '));
  const government = r.entities.find((e) => e.type === 'Agency' && (e.name === "Ostravia's government" || e.aliases.includes("Ostravia's government")));
  assert.ok(government, agencies.join(', '));
});

test('"X, whose parliament ..." names the parliament of X', () => {
  const r = run('Headline\nThe move follows a similar step by its neighbour, Ostland, whose parliament gave the green light in April for the sale.');
  const parliament = r.entities.find((e) => e.type === 'Agency' && /parliament/.test(e.name));
  assert.ok(parliament && (parliament.name === "Ostland's parliament" || parliament.aliases.includes("Ostland's parliament")), names(r, 'Agency').join(', '));
  assert.ok(facts(r, 'AUTHORIZED').some((f) => f.from === parliament.name), JSON.stringify(facts(r, 'AUTHORIZED')));
});

test('a dateline of several words is one place', () => {
  const r = run('Headline\nSAN LEANDRO, California — The company dropped its rule on Tuesday.');
  assert.ok(names(r, 'Place').includes('San Leandro'), names(r, 'Place').join(', '));
  assert.ok(!names(r, 'Agency').includes('SAN'));
});

test('a plural possessive inside an organization\'s name', () => {
  const r = run('Headline\nThe Orlena Journalists\' Union backed the authority, and the Ostravian Steelworkers\' Union called it a surrender.');
  const agencies = names(r, 'Agency');
  assert.ok(agencies.includes("Orlena Journalists' Union"), agencies.join(', '));
  assert.ok(agencies.includes("Ostravian Steelworkers' Union"), agencies.join(', '));
});

test('a reported clause whose verb has no -ed ending', () => {
  const r = run('Headline\nStromby\'s sporting director, Jonas Ekberg, said the ruling sent the wrong message. Labour analysts said the move fit a wider pattern.');
  assert.equal(speakerOf(r, 'sent the wrong message').name, 'Jonas Ekberg');
  assert.ok(speakerOf(r, 'fit a wider pattern').anonymous);
});

test('the clause after a quoted fragment is said too', () => {
  const r = run('Headline\nAnders Moen led the federation. In November he told reporters that the punishment was "proportionate and necessary" and that he would not intervene.');
  const [clause] = statementsQuoting(r, 'would not intervene');
  assert.ok(clause, r.statements.map((s) => s.quote).join(' | '));
  assert.equal(clause.kind, 'PARAPHRASE');
  assert.equal(clause.speakerEntity.name, 'Anders Moen');
  assert.equal(clause.date, '2024-11');
});

test('a named apposition after a role speaks, not an unnamed owner', () => {
  const r = run('Headline\nCanal Nove\'s owner, the Mercator Media Group, said in a statement that it would challenge the ruling in court.');
  assert.equal(speakerOf(r, 'challenge the ruling').name, 'Mercator Media Group');
});

test('a source whose affiliation runs long is one unnamed speaker', () => {
  const r = run('Headline\nA person familiar with the appeals board\'s deliberations said two of its five members had wanted to uphold the suspension.');
  const speaker = speakerOf(r, 'two of its five members');
  assert.ok(speaker.anonymous);
  assert.equal(speaker.type, 'Person');
});

test('passive and reduced passive decisions take their "by" agent', () => {
  const r = run('Headline\nThe Ministry of Transport lifted the night ban on May 29. The night ban, introduced by the regional government in 1998, had stood for decades. Under a revised order signed on Tuesday by Transport Minister Karl Jansen, planes may land at night. The cap was approved by the Water Board last June at the urging of geologists. The embargo was ordered by his predecessor, Tomas Aalto, days after the attack.');
  const authorized = facts(r, 'AUTHORIZED');
  for (const [actor, words] of [['regional government', 'introduced by'], ['Karl Jansen', 'revised order'], ['Water Board', 'cap was approved'], ['Tomas Aalto', 'embargo was ordered']]) {
    assert.ok(authorized.some((f) => f.from === actor && f.sentence.includes(words!)), `${actor}: ${JSON.stringify(authorized)}`);
  }
  const cap = authorized.find((f) => f.from === 'Water Board');
  assert.equal(cap?.to, 'cap');
});

test('a request voted on is no decision', () => {
  const r = run('Headline\nThe Ministry of Transport lifted the ban in May. The regional council voted on Wednesday to urge the ministry to reinstate the ban.');
  assert.ok(!facts(r, 'AUTHORIZED').some((f) => f.from === 'regional council'), JSON.stringify(facts(r, 'AUTHORIZED')));
});

test('a sentence-opening "it" continues the body that opened the sentence before', () => {
  const r = run('Headline\nThe appeals board of the Norlund Football Federation lifted the suspension on Tuesday after finding that the Disciplinary Commission had erred. The appeals board did not clear the club entirely. It ordered the club to play three matches without spectators.');
  const order = facts(r, 'AUTHORIZED').find((f) => f.sentence.startsWith('It ordered'));
  assert.ok(order && /appeals board/i.test(order.from), JSON.stringify(facts(r, 'AUTHORIZED')));
});

test('a possessive reversal names who turned; an indefinite "for an executive" does not', () => {
  const r = run('Headline\nCorvel Systems has abandoned its five-day office mandate. Daniel Osei announced the mandate in December. Osei\'s reversal is a notable retreat for an executive who told investors in February that remote work had run its course.');
  const reversals = facts(r, 'REVERSED').filter((f) => f.sentence.startsWith("Osei's reversal"));
  assert.ok(reversals.some((f) => f.from === 'Daniel Osei'), JSON.stringify(reversals));
  assert.ok(!reversals.some((f) => /executive/.test(f.from)), JSON.stringify(reversals));
});

test('members approving act as their body, and "In its place" replaces the policy just reversed', () => {
  const r = run('Headline\nThe Calandra Water Board on Wednesday rescinded a cap on groundwater pumping. In its place, members approved a voluntary program that pays growers to leave fields fallow.', '2025-04-10');
  const program = facts(r, 'AUTHORIZED').find((f) => f.sentence.startsWith('In its place'));
  assert.equal(program?.from, 'Calandra Water Board');
  assert.equal(program?.date, '2025-04-09');
  const replaced = facts(r, 'REVERSED').find((f) => f.sentence.startsWith('In its place'));
  assert.ok(replaced && /voluntary program/.test(replaced.from) && /cap/.test(replaced.to), JSON.stringify(facts(r, 'REVERSED')));
});

test('the antecedent of "that X approved" is the policy', () => {
  const r = run('Headline\nThe program will draw on a state drought fund that Governor Elena Ruiz approved in January.', '2025-04-10');
  const fund = facts(r, 'AUTHORIZED').find((f) => f.from === 'Elena Ruiz');
  assert.equal(fund?.to, 'state drought fund');
  assert.equal(fund?.date, '2025-01');
});

test('a statement leaves its speaker\'s earlier date once the text moves to another day', () => {
  const r = run('Headline\nAnders Moen, the federation\'s president, had defended the ban. In November he told reporters that the punishment was fair.\nOn Wednesday he struck a different tone. Speaking at a news conference, Moen said the federation would review its panel.', '2025-02-06');
  const [review] = statementsQuoting(r, 'review its panel');
  assert.equal(review?.date, '2025-02-05');
});

test('a date inside the reversed policy dates that policy, not the reversal', () => {
  const r = run('Headline\nThe Norlund Football Federation has lifted the suspension it placed on Halden Rovers in October. Its appeals board overturned the sanction on Tuesday.', '2025-02-06');
  const lifted = facts(r, 'REVERSED').find((f) => f.from === 'Norlund Football Federation' && f.sentence.includes('has lifted'));
  assert.ok(lifted, JSON.stringify(facts(r, 'REVERSED')));
  assert.notEqual(lifted.date, '2024-10');
});

test('suspending a restriction reverses it; a policy noun before "which X signed" is what was signed', () => {
  const r = run('Headline\nOn February 10, Vesland\'s Ministry of Economy imposed counter-tariffs on wine. Vesland\'s Ministry of Economy suspended its own duties on Tuesday. The original order, which Governor Alan Rourke signed in July 2023, barred camping on state land.', '2025-02-20');
  const reversed = facts(r, 'REVERSED').find((f) => f.sentence.includes('suspended its own duties'));
  assert.equal(reversed?.from, 'Ministry of Economy');
  assert.ok(!facts(r, 'AUTHORIZED').some((f) => f.sentence.includes('suspended its own duties')), 'no new ban');
  const signed = facts(r, 'AUTHORIZED').find((f) => f.from === 'Alan Rourke');
  assert.equal(signed?.date, '2023-07');
});
