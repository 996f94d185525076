/**
 * Quotes and their speakers: each attribution pattern of news copy, quotes over sentences and paragraphs,
 * partial quotes, pronoun and role references, and quotation marks that are not speech.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { run, speakerOf, statementsQuoting } from './helpers.ts';

test('"...," X said', () => {
  const r = run('Mayor Ana Ruiz spoke to residents. "We will rebuild the bridge by spring," Ruiz said.');
  const s = statementsQuoting(r, 'rebuild the bridge')[0]!;
  assert.equal(s.speakerEntity.name, 'Ana Ruiz');
  assert.equal(s.kind, 'DIRECT');
  assert.equal(s.quote, 'We will rebuild the bridge by spring');
});

test('"...," said X, with an apposition', () => {
  const r = run('"The budget is balanced for the first time in a decade," said Tom Becker, the city treasurer.');
  const speaker = speakerOf(r, 'budget is balanced');
  assert.equal(speaker.name, 'Tom Becker');
  assert.match(speaker.title ?? '', /treasurer/);
});

test('X told the outlet, and "the outlet" is not the speaker', () => {
  const r = run('The Daily Courier reported the plan first. "Nobody consulted us," Maria Lopez told the outlet.');
  assert.equal(speakerOf(r, 'Nobody consulted us').name, 'Maria Lopez');
  assert.equal(statementsQuoting(r, 'Nobody consulted us')[0]!.context, 'told the outlet');
});

test('X said in a statement', () => {
  const r = run('"We are reviewing the findings carefully," the Health Ministry said in a statement.');
  const s = statementsQuoting(r, 'reviewing the findings')[0]!;
  assert.equal(s.speakerEntity.name, 'Health Ministry');
  assert.equal(s.context, 'in a statement');
});

test('X said: "..."', () => {
  const r = run('Governor Paul Ames told lawmakers: "This budget protects schools and it protects hospitals."');
  assert.equal(speakerOf(r, 'protects schools').name, 'Paul Ames');
});

test('according to X, as a paraphrase', () => {
  const r = run('According to the Finance Ministry, the deficit will shrink to 2 percent of output next year.');
  const s = statementsQuoting(r, 'deficit will shrink')[0]!;
  assert.equal(s.kind, 'PARAPHRASE');
  assert.equal(s.speakerEntity.name, 'Finance Ministry');
});

test('X said that ... and the trailing "..., X said." are paraphrases', () => {
  const r = run('Senator Lisa Grant said that the vote would be delayed until March. The committee will meet again on Friday, a spokesman for Grant said.');
  assert.equal(speakerOf(r, 'vote would be delayed').name, 'Lisa Grant');
  const trailing = statementsQuoting(r, 'committee will meet again')[0]!;
  assert.equal(trailing.kind, 'PARAPHRASE');
  assert.ok(trailing.speakerEntity.anonymous);
});

test('a quote that runs over two sentences stays one statement', () => {
  const r = run('"The river rose faster than anyone expected. We had two hours to move everyone out," fire chief Dan Moss said.');
  const [s, ...rest] = statementsQuoting(r, 'river rose');
  assert.equal(rest.length, 0);
  assert.match(s!.quote, /move everyone out$/);
  assert.equal(s!.speakerEntity.name, 'Dan Moss');
});

test('a quote over two paragraphs is one statement of the speaker named in the first', () => {
  const text = [
    'Coach Irene Vidal was blunt after the loss.',
    '“We made mistakes that a team at this level cannot make,” Vidal said. “I take responsibility for that.',
    '“Next week we start again, and we will be better.”',
  ].join('\n');
  const r = run(text);
  const s = statementsQuoting(r, 'take responsibility')[0]!;
  assert.match(s.quote, /we will be better/);
  assert.equal(s.speakerEntity.name, 'Irene Vidal');
});

test('partial quotes: called it "...", highlighted the "..."', () => {
  const r = run('Opposition leader Karl Weiss called the reform "a gift to landlords." Weiss also highlighted the "quiet cuts to social housing" in the plan.');
  const called = statementsQuoting(r, 'gift to landlords')[0]!;
  assert.equal(called.kind, 'PARTIAL');
  assert.equal(called.speakerEntity.name, 'Karl Weiss');
  assert.equal(speakerOf(r, 'quiet cuts').name, 'Karl Weiss');
});

test('pronouns resolve to the nearest fitting person: "he argued", "she said then"', () => {
  const text = 'Judge Carla Mendes rejected the motion in May. "The law is clear," she said then. Prosecutor Ben Ortiz disagreed. "It is anything but clear," he argued.';
  const r = run(text, '2024-08-02');
  assert.equal(speakerOf(r, 'law is clear').name, 'Carla Mendes');
  assert.equal(speakerOf(r, 'anything but clear').name, 'Ben Ortiz');
});

test('a role noun refers back: "the official added"', () => {
  const text = '"The talks are stuck," one official told reporters. "Nobody expects progress this week," the official added.';
  const r = run(text);
  const first = speakerOf(r, 'talks are stuck');
  assert.ok(first.anonymous);
  assert.equal(speakerOf(r, 'Nobody expects progress').id, first.id);
});

test('an age apposition does not break the attribution: "Biden, 81,"', () => {
  const r = run('Joe Biden spoke in Delaware. Biden, 81, said the country needed "steady hands" in a crisis.');
  assert.equal(speakerOf(r, 'steady hands').name, 'Joe Biden');
});

test('curly and straight quotes are both read', () => {
  const curly = run('“Prices will fall,” economist Rita Shah said.');
  const straight = run('"Prices will fall," economist Rita Shah said.');
  assert.equal(speakerOf(curly, 'Prices will fall').name, 'Rita Shah');
  assert.equal(speakerOf(straight, 'Prices will fall').name, 'Rita Shah');
});

test('single quotes are read in British-style copy, apostrophes are not quotes', () => {
  const r = run('‘The fishermen’s case is strong,’ Minister Ruth Allan told MPs. The union’s leaders were not convinced.');
  assert.equal(speakerOf(r, 'case is strong').name, 'Ruth Allan');
  assert.equal(r.statements.length, 1);
});

test('scare quotes, nicknames and titles in quotation marks are not statements', () => {
  const text = [
    'The company described its new "smart" meters as a breakthrough.',
    'Critics have dubbed the program "Operation Paper Trail."',
    'The report, titled "Water for Tomorrow," was published in April.',
    'The so-called "kill switch" was never used.',
  ].join(' ');
  const r = run(text);
  for (const words of ['smart', 'Paper Trail', 'Water for Tomorrow', 'kill switch']) {
    assert.equal(statementsQuoting(r, words).length, 0, `"${words}" is no statement`);
  }
});
