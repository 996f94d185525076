/**
 * `npm run eval`: extraction quality per split (tests/fixtures/dev, tests/fixtures/heldout when present) and on
 * the founding article, as precision / recall / F1 per fact type and date accuracy.
 *   --json            print the figures as JSON
 *   --split <name>    score only that split (dev, heldout or seed)
 *   --details         list what was missed or wrongly found, per article
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { goldFiles, scoreSplit, type SplitResult } from '../eval/run.ts';
import { CATEGORIES, dateAccuracy, prf, type Category, type DocumentScore } from '../eval/score.ts';
import { PROJECT_ROOT } from '../paths.ts';

const root = PROJECT_ROOT;
const args = process.argv.slice(2);
const json = args.includes('--json');
const details = args.includes('--details');
const only = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;

const splits: SplitResult[] = [];
for (const name of ['dev', 'heldout']) {
  if (only && only !== name) continue;
  const files = goldFiles(resolve(root, 'tests/fixtures', name));
  if (files.length) splits.push(scoreSplit(name, files));
}
const seedFile = resolve(root, 'seed/landmines-ukraine-2024-11.yaml');
if ((!only || only === 'seed') && existsSync(seedFile)) splits.push(scoreSplit('founding article', [seedFile]));

const LABELS: Record<Category, string> = {
  'entities.Person': 'entities: Person',
  'entities.Agency': 'entities: Agency',
  'entities.WeaponSystem': 'entities: WeaponSystem',
  'entities.Place': 'entities: Place',
  entities: 'entities: all',
  statements: 'statements (+speaker)',
  authorizations: 'authorizations',
  reversals: 'reversals',
};

function figures(score: DocumentScore) {
  return {
    ...Object.fromEntries(CATEGORIES.map((c) => [c, prf(score.counts[c])])),
    dateAccuracy: { accuracy: dateAccuracy(score), correct: score.dates.correct, total: score.dates.total },
  };
}

if (json) {
  const out = splits.map((s) => ({
    split: s.name,
    articles: s.articles.length,
    total: figures(s.total),
    perArticle: Object.fromEntries(s.articles.map((a) => [basename(a.file), figures(a.score)])),
  }));
  console.log(JSON.stringify(out, null, 2));
} else {
  const f = (n: number) => n.toFixed(2);
  for (const split of splits) {
    console.log(`\n${split.name} (${split.articles.length} article${split.articles.length === 1 ? '' : 's'})`);
    console.log(`  ${'type'.padEnd(24)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}   tp/fp/fn`);
    for (const c of CATEGORIES) {
      const p = prf(split.total.counts[c]);
      console.log(`  ${LABELS[c].padEnd(24)} ${f(p.precision).padStart(5)} ${f(p.recall).padStart(5)} ${f(p.f1).padStart(5)}   ${p.tp}/${p.fp}/${p.fn}`);
    }
    const d = split.total.dates;
    console.log(`  ${'date accuracy'.padEnd(24)} ${f(dateAccuracy(split.total)).padStart(5)}                 ${d.correct}/${d.total}`);
    if (split.name === 'founding article') {
      const recall = (c: Category) => f(prf(split.total.counts[c]).recall);
      console.log(`  recall of the curated facts: statements+speaker ${recall('statements')}, authorizations ${recall('authorizations')}, reversals ${recall('reversals')}`);
    }
    if (details) {
      for (const a of split.articles) {
        if (!a.score.misses.length && !a.score.dates.wrong.length) continue;
        console.log(`\n  ${basename(a.file)}`);
        for (const m of a.score.misses) console.log(`    ${m.side === 'gold' ? 'missed' : 'extra '} ${m.category}: ${m.what}`);
        for (const w of a.score.dates.wrong) console.log(`    date   ${w}`);
      }
    }
  }
}
process.exitCode = 0;
