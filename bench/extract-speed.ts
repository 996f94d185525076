/**
 * Extraction speed: articles per second and milliseconds per 1,000-word article, extraction alone (after warm-up).
 * Runs over the founding article and the annotated development articles. `npx tsx bench/extract-speed.ts`
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract } from '../src/ingest/extract/index.ts';

const root = resolve(import.meta.dirname, '..');
const devFolder = join(root, 'tests/fixtures/dev');
const texts = [
  readFileSync(join(root, 'seed/landmines-ukraine-2024-11.txt'), 'utf8'),
  ...readdirSync(devFolder).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(devFolder, f), 'utf8')),
];
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

// A 1,000-word article made of real article text, so the figure is not an extrapolation.
let long = '';
for (let i = 0; words(long) < 1000; i++) long += `${texts[i % texts.length]}\n`;
long = long.split(/(?<=\n)/).reduce((acc, line) => (words(acc) >= 1000 ? acc : acc + line), '');

const publishedAt = '2024-06-18';
/** Median over rounds, so that a busy machine's pauses do not decide the figure. */
const time = (fn: () => void, runs: number, rounds = 9) => {
  const results: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < runs; i++) fn();
    results.push((performance.now() - start) / runs);
  }
  return results.sort((a, b) => a - b)[rounds >> 1]!;
};

for (let i = 0; i < 20; i++) for (const t of texts) extract(t, { publishedAt }); // warm-up
const perSet = time(() => {
  for (const t of texts) extract(t, { publishedAt });
}, 3);
const perThousand = time(() => extract(long, { publishedAt }), 10);
const totalWords = texts.reduce((n, t) => n + words(t), 0);

console.log(`articles: ${texts.length} (${Math.round(totalWords / texts.length)} words on average)`);
console.log(`throughput: ${(texts.length / (perSet / 1000)).toFixed(1)} articles/second`);
console.log(`per article: ${(perSet / texts.length).toFixed(2)} ms`);
console.log(`1,000-word article (${words(long)} words): ${perThousand.toFixed(2)} ms`);
