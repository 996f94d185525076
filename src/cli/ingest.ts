/**
 * `npm run ingest -- <file|folder|-> [...]`: reads articles (plain text, Markdown with front matter, saved HTML
 * pages, JSON Lines), extracts who said, authorized and reversed what, and writes the articles in batches of
 * 25 per transaction, each article whole or not at all. A bad article is reported and skipped; the rest go in.
 *   --dry-run             show what would be written; write nothing
 *   --json                print the summary (and, with --dry-run, the facts) as JSON
 *   --published-at DATE   publication day for articles that do not say (default: today)
 *   --publisher NAME      outlet for articles that do not say
 * Exit status: 0 when every article went in (or was a known duplicate), 3 when some failed, 1 on a fatal error.
 */
import { readFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config.ts';
import { applySchema } from '../db/apply-schema.ts';
import { Gazetteer } from '../ingest/gazetteer.ts';
import { prepareArticle, type IngestOutcome } from '../ingest/ingest-article.ts';
import { writePreparedTogether, type WriteSummary } from '../write/write-document.ts';
import { articleFiles, readArticleFile, readArticles, type ArticleRecord } from '../ingest/read-articles.ts';
import { AppError } from '../errors.ts';
import { createEventBus } from '../events/bus.ts';
import { connect } from './connect.ts';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const valued = new Set(['--published-at', '--publisher']);
const paths = argv.filter((a, i) => (!a.startsWith('--') || a === '-') && !valued.has(argv[i - 1] ?? ''));
const dryRun = flag('--dry-run');
const json = flag('--json');
/** Articles written per transaction. */
const WRITE_BATCH = 25;

if (paths.length === 0) {
  console.error('usage: npm run ingest -- <file|folder|-> [...] [--dry-run] [--json] [--published-at YYYY-MM-DD] [--publisher NAME]');
  process.exit(2);
}

const records: ArticleRecord[] = [];
for (const path of paths) {
  if (path === '-') records.push(...readArticles(readFileSync(0, 'utf8'), 'stdin', ''));
  else {
    try {
      for (const file of articleFiles(path)) records.push(...readArticleFile(file));
    } catch (e) {
      records.push({ source: path, error: (e as Error).message });
    }
  }
}

const summary = { articles: 0, written: 0, duplicates: 0, newEntities: 0, matchedEntities: 0, statements: 0, facts: 0, corroborated: 0, failures: [] as Array<{ source: string; reason: string }> };
const previews: unknown[] = [];
const config = loadConfig();
let db;
let events;
try {
  db = connect(config);
  if (!dryRun) await applySchema(db);
  events = createEventBus(config.redisUrl);
  const gazetteer = new Gazetteer(db);
  const bar =
    records.length > 1
      ? new cliProgress.SingleBar(
          { format: 'ingest [{bar}] {value}/{total} articles | {rate}/s | ETA {eta_formatted} | {source}', stream: process.stderr, noTTYOutput: true, notTTYSchedule: 2000, etaBuffer: 20 },
          cliProgress.Presets.shades_classic,
        )
      : null;
  bar?.start(records.length, 0, { rate: '0.0', source: '' });
  const started = Date.now();
  // Articles are extracted one by one and written in batches, one transaction each (a batch that fails is
  // written again article by article, so one bad article cannot keep the others out).
  let pending: Array<{ source: string; title: string | null; outcome: IngestOutcome }> = [];
  const account = (title: string | null, outcome: IngestOutcome, s: WriteSummary) => {
    if (s.duplicate) summary.duplicates++;
    else {
      summary.written += dryRun ? 0 : 1;
      summary.newEntities += outcome.created.length;
      summary.matchedEntities += outcome.matched.length;
      summary.statements += s.statements;
      summary.facts += s.relations;
      summary.corroborated += s.corroborated;
      if (!dryRun) events!.publish('articleIngested', { articleId: s.articleId, title, statements: s.statements, relations: s.relations, entityIds: s.entityIds, at: new Date().toISOString() });
    }
  };
  const reasonOf = (e: unknown) => (e instanceof AppError ? `${e.code}: ${e.message}` : (e as Error).message);
  const flush = async () => {
    const batch = pending;
    pending = [];
    if (!batch.length) return;
    const written = await writePreparedTogether(db!, batch.map((b) => b.outcome.prepared));
    batch.forEach((b, k) => {
      const w = written[k]!;
      if (w instanceof Error) summary.failures.push({ source: b.source, reason: reasonOf(w) });
      else account(b.title, b.outcome, w);
    });
  };
  for (const [i, record] of records.entries()) {
    summary.articles++;
    if ('error' in record) summary.failures.push({ source: record.source, reason: record.error });
    else {
      const article = {
        ...record.article,
        publishedAt: record.article.publishedAt ?? option('--published-at'),
        publisher: record.article.publisher ?? option('--publisher'),
      };
      try {
        const outcome: IngestOutcome = await prepareArticle(db, gazetteer, article, { dryRun });
        if (dryRun) {
          account(article.title ?? null, outcome, outcome.summary);
          previews.push(preview(record.source, outcome));
        } else {
          // Later articles of the batch may name what this one introduces.
          gazetteer.remember(outcome.document.entities);
          pending.push({ source: record.source, title: article.title ?? null, outcome });
          if (pending.length >= WRITE_BATCH) await flush();
        }
      } catch (e) {
        summary.failures.push({ source: record.source, reason: reasonOf(e) });
      }
    }
    const seconds = (Date.now() - started) / 1000;
    bar?.update(i + 1, { rate: ((i + 1) / Math.max(seconds, 0.001)).toFixed(1), source: record.source.slice(-40) });
  }
  await flush();
  bar?.stop();
} catch (error) {
  console.error(`Ingest failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await events?.close();
  await db?.close();
}

function preview(source: string, o: IngestOutcome) {
  const names = new Map(o.extraction.entities.map((e) => [e.id, e.name]));
  const name = (id: string) => names.get(id) ?? id;
  return {
    source,
    duplicate: o.summary.duplicate,
    entities: o.extraction.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, known: o.matched.includes(e), ambiguous: e.ambiguous?.map((a) => a.id) })),
    statements: o.prepared.statements.map((s) => ({ speaker: name(s.speakerId), quote: s.props.quote, date: s.dateText, status: s.status })),
    facts: o.prepared.relations.map((r) => ({ type: r.type, from: name(r.fromId), to: name(r.toId), date: r.dateText, status: r.status })),
  };
}

if (process.exitCode !== 1) {
  if (json) console.log(JSON.stringify(dryRun ? { dryRun, summary, articles: previews } : { summary }, null, 2));
  else {
    if (dryRun) {
      for (const p of previews as ReturnType<typeof preview>[]) {
        console.log(`\n${p.source}${p.duplicate ? ' (already in the graph)' : ''}`);
        console.log(`  entities: ${p.entities.map((e) => `${e.name} [${e.type}${e.known ? ', known' : ', new'}]`).join('; ')}`);
        for (const s of p.statements) console.log(`  SAID       ${s.speaker}: "${s.quote.slice(0, 90)}" (${s.date}${s.status === 'CONFIRMED' ? '' : ', unconfirmed'})`);
        for (const f of p.facts) console.log(`  ${f.type.padEnd(11)}${f.from} -> ${f.to} (${f.date}${f.status === 'CONFIRMED' ? '' : ', unconfirmed'})`);
      }
      console.log('\nDry run: nothing was written.');
    }
    console.log(
      `\n${summary.articles} articles: ${dryRun ? 'would write' : 'wrote'} ${dryRun ? summary.articles - summary.duplicates - summary.failures.length : summary.written}, ` +
        `${summary.duplicates} skipped as duplicates, ${summary.failures.length} failed\n` +
        `entities: ${summary.newEntities} new, ${summary.matchedEntities} matched; facts: ${summary.statements} statements, ${summary.facts} other facts, ${summary.corroborated} corroborated`,
    );
    for (const f of summary.failures) console.log(`  failed: ${f.source}: ${f.reason}`);
  }
  if (summary.failures.length) process.exitCode = 3;
}
