/**
 * `npm run ingest` as an editor uses it: a folder of mixed formats (plain text, Markdown with front matter, a
 * saved HTML page, JSON Lines) with one malformed article, a dry run, a summary, and idempotent re-runs.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ok, startTestService, type TestService } from '../helpers/service.ts';

let svc: TestService;
const dir = mkdtempSync(join(tmpdir(), 'stancegraph-ingest-'));
before(async () => {
  svc = await startTestService();
  mkdirSync(join(dir, 'batch'));
  writeFileSync(
    join(dir, 'batch', 'a-plain.txt'),
    'President Joe Biden on Friday approved a new aid package for Ukraine. "We stand with Ukraine," Biden said in a statement.\n',
  );
  writeFileSync(
    join(dir, 'batch', 'b-notes.md'),
    '---\ntitle: Scholz holds firm\nurl: https://news.example/scholz\npublisher: Example Times\ndate: 2024-03-05\n---\n# Scholz holds firm\n\nGerman Chancellor Olaf Scholz on Monday again refused to send Taurus cruise missiles to Ukraine. "We will not do that," Scholz said.\n',
  );
  writeFileSync(
    join(dir, 'batch', 'c-page.html'),
    `<!doctype html><html><head><title>Watson speaks | Example Post</title><meta property="og:site_name" content="Example Post">
     <meta property="article:published_time" content="2024-06-10T09:00:00Z"><link rel="canonical" href="https://post.example/watson"></head>
     <body><nav>Home | World | Sports | Subscribe now</nav><article><h1>Watson speaks</h1>
     <p>White House spokeswoman Adrienne Watson said on Monday that the administration would keep its landmine policy under review.</p>
     <p>"Nothing has changed today," Watson told reporters. The statement came after weeks of questions about the policy and its future in Congress.</p>
     <p>Officials in the State Department declined to comment further on the matter, citing ongoing consultations with allies.</p></article>
     <footer>Copyright Example Post. All rights reserved. Cookie settings.</footer></body></html>`,
  );
  writeFileSync(
    join(dir, 'batch', 'd-wire.jsonl'),
    [
      JSON.stringify({ text: 'Mayor Lin Park approved the new bike lanes on Tuesday, city officials said.', title: 'Bike lanes', publishedAt: '2025-03-05' }),
      '{"text": broken json',
      JSON.stringify({ title: 'no text here' }),
    ].join('\n') + '\n',
  );
});
after(async () => {
  await svc.close();
  rmSync(dir, { recursive: true, force: true });
});

function ingest(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: process.env.TEST_NEO4J_URI, NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD, LOG_LEVEL: 'silent' },
  });
}

it('dry-runs a mixed batch: prints what would be written, writes nothing', async () => {
  const before1 = await svc.counts();
  const run = ingest(join(dir, 'batch'), '--dry-run', '--published-at', '2024-11-29');
  console.log(run.stdout.split('\n').slice(-6).join('\n'));
  assert.equal(run.status, 3, run.stderr);
  assert.match(run.stdout, /Dry run: nothing was written/);
  assert.match(run.stdout, /SAID\s+Joe Biden: "We stand with Ukraine"/);
  assert.match(run.stdout, /6 articles: would write 4, 0 skipped as duplicates, 2 failed/);
  assert.deepEqual(await svc.counts(), before1);
});

it('ingests the batch, skipping and reporting the malformed articles, with a progress bar and a summary', async () => {
  const before1 = ok(await svc.gql('{ stats { articles } }')).stats.articles;
  const run = ingest(join(dir, 'batch'), '--published-at', '2024-11-29');
  console.log(run.stdout.trim().split('\n').slice(-5).join('\n'));
  assert.equal(run.status, 3, run.stderr);
  assert.match(run.stderr, /ingest \[.*\] 6\/6 articles \| [\d.]+\/s \| ETA/, 'a progress bar with rate and ETA');
  assert.match(run.stdout, /6 articles: wrote 4, 0 skipped as duplicates, 2 failed/);
  assert.match(run.stdout, /entities: \d+ new, \d+ matched; facts: \d+ statements/);
  assert.match(run.stdout, /failed: .*d-wire\.jsonl:2: not JSON/);
  assert.match(run.stdout, /failed: .*d-wire\.jsonl:3: no "text" string/);
  assert.equal(ok(await svc.gql('{ stats { articles } }')).stats.articles, before1 + 4);

  const html = ok(await svc.gql('{ articles(first: 20) { nodes { title url publishedAt { text } publisher { name } text } } }')).articles.nodes.find((a: any) => a.url === 'https://post.example/watson');
  assert.ok(html, 'the HTML page went in with its canonical url');
  assert.equal(html.publishedAt.text, '2024-06-10');
  assert.equal(html.publisher.name, 'Example Post');
  assert.doesNotMatch(html.text, /Subscribe now|Cookie settings/, 'boilerplate stripped');
  const md = ok(await svc.gql('{ articles(first: 20) { nodes { title url publishedAt { text } } } }')).articles.nodes.find((a: any) => a.url === 'https://news.example/scholz');
  assert.deepEqual(md, { title: 'Scholz holds firm', url: 'https://news.example/scholz', publishedAt: { text: '2024-03-05' } });
  const biden = ok(await svc.gql('{ statements(speaker: "person:joe-biden", from: "2024-11-29") { nodes { quote } } }')).statements.nodes;
  assert.ok(biden.some((s: any) => s.quote.includes('We stand with Ukraine')), 'linked to the existing Joe Biden');
});

it('changes nothing when the same batch comes again', async () => {
  const before1 = await svc.counts();
  const run = ingest(join(dir, 'batch'), '--published-at', '2024-11-29');
  assert.match(run.stdout, /6 articles: wrote 0, 4 skipped as duplicates, 2 failed/);
  assert.deepEqual(await svc.counts(), before1);
});

it('reads an article from standard input', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', '-', '--dry-run', '--json'], {
    encoding: 'utf8',
    input: 'Foreign Minister Ana Petrova said on Monday that talks would resume. "We are ready," Petrova said.',
    env: { ...process.env, NEO4J_URI: process.env.TEST_NEO4J_URI, NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD },
  });
  assert.equal(run.status, 0, run.stderr);
  const out = JSON.parse(run.stdout);
  assert.equal(out.summary.articles, 1);
  assert.ok(out.articles[0].statements.some((s: any) => s.speaker === 'Ana Petrova' && s.quote === 'We are ready'));
});
