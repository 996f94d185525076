/**
 * Relative dates are read against the article's date with their precision, and each statement or decision is
 * dated by its own clause, by "at the time", or else by the article's date.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleDate, findDates } from '../../src/ingest/extract/dates.ts';
import { run, statementsQuoting } from './helpers.ts';

const specs = (text: string, publishedAt: string) => findDates(text, articleDate(publishedAt)).map((d) => [d.text, d.spec]);

test('weekdays resolve to the last such day on or before the article (2024-11-20 is a Wednesday)', () => {
  assert.deepEqual(specs('The vote was on Monday and the talks on Wednesday.', '2024-11-20'), [
    ['on Monday', '2024-11-18'],
    ['on Wednesday', '2024-11-20'],
  ]);
  assert.deepEqual(specs('It closed last Wednesday.', '2024-11-20'), [['last Wednesday', '2024-11-13']]);
  assert.deepEqual(specs('Fares rise starting Monday.', '2024-11-20'), [['starting Monday', '2024-11-25']]);
});

test('a month-precision article places a weekday only to its month', () => {
  assert.deepEqual(specs('He spoke on Monday.', '2024-11'), [['on Monday', '2024-11']]);
});

test('years, months and days keep their precision', () => {
  assert.deepEqual(specs('In June 2022 it changed; in 2020 it began; on March 3, 2021 it was signed.', '2024-11-20'), [
    ['June 2022', '2022-06'],
    ['2020', '2020'],
    ['March 3, 2021', '2021-03-03'],
  ]);
  assert.deepEqual(specs('the 2020 campaign trail', '2024-11-20'), [['2020', '2020']]);
});

test('relative spans: last year, earlier this month, last month, in June without a year, a day after', () => {
  assert.deepEqual(specs('last year', '2024-11-20'), [['last year', '2023']]);
  assert.deepEqual(specs('earlier this month', '2024-11-20'), [['earlier this month', '2024-11']]);
  assert.deepEqual(specs('last month', '2024-01-10'), [['last month', '2023-12']]);
  assert.deepEqual(specs('in June', '2024-11-20'), [['in June', '2024-06']]);
  assert.deepEqual(specs('in December', '2024-11-20'), [['in December', '2023-12']]);
  assert.deepEqual(specs('a day after', '2024-11-20'), [['a day after', '2024-11-19']]);
  assert.deepEqual(specs('last week', '2024-11-20'), [['last week', '2024-11-11/2024-11-17']]);
});

test('amounts are not years', () => {
  assert.deepEqual(specs('It cost $2,019 and 2020s technology; 2,050 troops left.', '2024-11-20'), []);
});

test('a statement takes the date of its own attribution, not of the words it quotes', () => {
  const r = run('"We will finish by 2026," Mayor Lena Hart said on Monday.', '2024-11-20');
  assert.equal(statementsQuoting(r, 'finish by 2026')[0]!.date, '2024-11-18');
});

test('"at the time" takes the date of the event just described', () => {
  const text = 'In June 2022, the council banned scooters downtown. "This is about safety," council president Ivan Petrov said at the time.';
  const r = run(text, '2024-11-20');
  assert.equal(statementsQuoting(r, 'about safety')[0]!.date, '2022-06');
});

test('without a date in the text, statements take the article date', () => {
  const r = run('"We are ready," said Coach Lisa Moreno.', '2024-11-20');
  assert.equal(statementsQuoting(r, 'We are ready')[0]!.date, '2024-11-20');
});

test('a decision is dated by its clause, not by a year that names the old policy', () => {
  const r = run('The Oakdale school board on Tuesday banned phones in classrooms, reversing a 2019 policy that let teachers decide.', '2024-11-20');
  const reversal = r.facts.find((f) => f.type === 'REVERSED' && r.entities.find((e) => e.id === f.from)?.type === 'Agency');
  assert.ok(reversal);
  assert.equal(reversal.date, '2024-11-19');
});
