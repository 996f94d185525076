/**
 * The explorer page in a real browser (Debian's chromium, driven by playwright-core) over the real service: an
 * analyst searches Biden, expands a node, reads an edge's evidence, follows the timeline and its stance changes,
 * finds a path to Ukraine and sees a newly ingested article arrive; then 1,000 nodes are drawn and timed.
 * Screenshots go to tests/output/ for a human to look at.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { EDITOR_KEY, ok, startTestService, type TestService } from '../helpers/service.ts';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const LAPTOP = { width: 1366, height: 768 };
const OUTPUT_DIR = resolve(import.meta.dirname, '..', 'output');
const ROOT = resolve(import.meta.dirname, '..', '..');
const FOUNDING_ARTICLE = {
  title: 'Biden approves antipersonnel land mines for Ukraine in a U-turn on his earlier stance',
  url: 'https://stancegraph.example/articles/landmines-ukraine-2024-11',
};
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
const FOUNDING_TEXT = normalize(readFileSync(join(ROOT, 'seed', 'landmines-ukraine-2024-11.txt'), 'utf8'));

// The page's hooks, as the tests see them.
declare global {
  interface Window {
    explorer: {
      cy: any;
      drawn: Promise<unknown>;
      drawCount: number;
      lastDraw: { id: string; nodes: number; edges: number; fetchMs: number; layoutAndPaintMs: number; totalMs: number } | null;
      rootId: string | null;
      selectedId: string | null;
      live: { status: string; received: number };
      busy: boolean;
      idle(): Promise<void>;
    };
    cspViolations: string[];
  }
}

let svc: TestService;
let browser: Browser;

before(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The browser tests need Chromium at ${CHROMIUM}; install it with: apt-get update && apt-get install -y chromium`);
  }
  mkdirSync(OUTPUT_DIR, { recursive: true });
  svc = await startTestService();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  // The browser first: its open event stream would otherwise hold the server's shutdown.
  await browser?.close();
  await svc?.close();
});

/** A fresh page at laptop size that records script errors and Content-Security-Policy violations. */
async function openPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: LAPTOP });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return { page, problems };
}

const idle = (page: Page) => page.evaluate(() => window.explorer.idle());

/** Where a node is on the screen: its rendered position plus the canvas's place on the page. */
async function nodeOnScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator('#graph').boundingBox();
  assert.ok(box, 'the graph container is on the page');
  const position = await page.evaluate((nodeId) => {
    const node = window.explorer.cy.getElementById(nodeId);
    return node.nonempty() ? node.renderedPosition() : null;
  }, id);
  assert.ok(position, `${id} is drawn`);
  return { x: box.x + position.x, y: box.y + position.y };
}

async function clickNode(page: Page, id: string) {
  const { x, y } = await nodeOnScreen(page, id);
  await page.mouse.click(x, y);
  await idle(page);
}

/**
 * An edge that a click at the midpoint of its ends will hit: the only edge between its two nodes (parallel
 * edges curve away from the midpoint), with the midpoint on screen and clear of every node.
 */
async function clickableEdge(page: Page, preferredType: string) {
  return page.evaluate((type) => {
    const cy = window.explorer.cy;
    const width = cy.width();
    const height = cy.height();
    const candidates = cy.edges().filter((edge: any) => {
      if (edge.parallelEdges().length !== 1) return false;
      const a = edge.source().renderedPosition();
      const b = edge.target().renderedPosition();
      const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      if (mid.x < 10 || mid.y < 10 || mid.x > width - 10 || mid.y > height - 10) return false;
      const clearOfNodes = cy.nodes().every((node: any) => {
        const box = node.renderedBoundingBox({ includeLabels: true });
        return mid.x < box.x1 - 4 || mid.x > box.x2 + 4 || mid.y < box.y1 - 4 || mid.y > box.y2 + 4;
      });
      // Another edge crossing at the midpoint could take the click instead.
      const clearOfEdges = cy.edges().every((other: any) => {
        if (other.same(edge)) return true;
        const p = other.source().renderedPosition();
        const q = other.target().renderedPosition();
        const length2 = (q.x - p.x) ** 2 + (q.y - p.y) ** 2 || 1;
        const t = Math.max(0, Math.min(1, ((mid.x - p.x) * (q.x - p.x) + (mid.y - p.y) * (q.y - p.y)) / length2));
        return Math.hypot(mid.x - (p.x + t * (q.x - p.x)), mid.y - (p.y + t * (q.y - p.y))) > 10;
      });
      return clearOfNodes && clearOfEdges;
    });
    const edge = candidates.filter((e: any) => e.data('type') === type)[0] ?? candidates[0];
    if (!edge) return null;
    const a = edge.source().renderedPosition();
    const b = edge.target().renderedPosition();
    return { id: edge.id() as string, type: edge.data('type') as string, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  }, preferredType);
}

/** Types into a search box and picks a suggestion with the keyboard, as a keyboard user would. */
async function pickSuggestion(page: Page, comboboxName: string, text: string, entityId: string) {
  const input = page.getByRole('combobox', { name: comboboxName, exact: true });
  await input.fill('');
  await input.pressSequentially(text, { delay: 40 });
  const listbox = page.locator(`#${await input.getAttribute('aria-controls')}`);
  assert.equal(await listbox.getAttribute('role'), 'listbox');
  const option = listbox.locator(`[role="option"][data-entity-id="${entityId}"]`);
  await option.waitFor({ state: 'visible', timeout: 10_000 });
  assert.equal(await input.getAttribute('aria-expanded'), 'true');
  const optionIds = await listbox.locator('[role="option"]').evaluateAll((options) => options.map((o) => o.id));
  const wanted = await option.getAttribute('id');
  const steps = optionIds.indexOf(wanted!) + 1;
  assert.ok(steps > 0, `${entityId} is among the suggestions`);
  for (let i = 0; i < steps; i++) await input.press('ArrowDown');
  assert.equal(await input.getAttribute('aria-activedescendant'), wanted, 'the arrow keys move the active suggestion');
  assert.equal(await option.getAttribute('aria-selected'), 'true');
  await input.press('Enter');
  assert.equal(await input.getAttribute('aria-expanded'), 'false', 'picking closes the list');
}

describe('the explorer page', () => {
  it('is served at /explore with its assets, a strict Content-Security-Policy, and nothing else', async () => {
    const expectations: Array<[string, RegExp]> = [
      ['/explore', /^text\/html/],
      ['/explore/explorer.js', /^text\/javascript/],
      ['/explore/explorer.css', /^text\/css/],
      ['/explore/vendor/cytoscape.min.js', /^text\/javascript/],
    ];
    for (const [path, contentType] of expectations) {
      const res = await fetch(`${svc.url}${path}`);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('content-type') ?? '', contentType, path);
      assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'.*script-src 'self'.*connect-src 'self'/, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      await res.arrayBuffer();
    }
    assert.match(await (await fetch(`${svc.url}/explore/vendor/cytoscape.min.js`)).text(), /cytoscape/);
    assert.equal((await fetch(`${svc.url}/explore/no-such-file.js`)).status, 404);
    assert.equal((await fetch(`${svc.url}/explore/%2e%2e/package.json`)).status, 404);
    assert.equal((await fetch(`${svc.url}/explore`, { method: 'POST' })).status, 405);
    // Anything outside /explore is left to the rest of the service.
    const health = await fetch(`${svc.url}/health`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok' });
    const graphql = ok(await svc.gql('{ __typename }'));
    assert.equal(graphql.__typename, 'Query');
  });

  it('lets an analyst search, expand, read evidence, follow a timeline, find a path and see live articles', { timeout: 120_000 }, async () => {
    const { page, problems } = await openPage();
    const response = await page.goto(`${svc.url}/explore`);
    assert.equal(response?.status(), 200);
    assert.match(response!.headers()['content-type'] ?? '', /^text\/html/);
    const csp = response!.headers()['content-security-policy'] ?? '';
    for (const directive of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'"]) assert.ok(csp.includes(directive), `CSP has ${directive}`);
    await page.waitForFunction(() => window.explorer !== undefined);

    // Search "Biden" and pick Joe Biden from the suggestions.
    await pickSuggestion(page, 'Find an entity', 'Biden', 'person:joe-biden');
    await page.waitForFunction(() => window.explorer.drawCount >= 1, null, { timeout: 20_000 });
    await idle(page);
    const drawn = await page.evaluate(() => ({ ids: window.explorer.cy.nodes().map((n: any) => n.id()) as string[], root: window.explorer.rootId }));
    assert.ok(drawn.ids.length > 5, `more than 5 nodes drawn (got ${drawn.ids.length})`);
    assert.ok(drawn.ids.includes('person:joe-biden'));
    assert.equal(drawn.root, 'person:joe-biden');
    assert.match(page.url(), /[?&]id=person%3Ajoe-biden\b/);
    await page.locator('#details-heading', { hasText: 'Joe Biden' }).waitFor();
    assert.equal(await page.locator('.legend li').count(), 7, 'the legend lists the seven node types');

    // Expand a policy by clicking it on the canvas: its own neighbourhood is merged in.
    const policy = 'policy:landmines-for-ukraine-2024';
    const before1 = drawn.ids.length;
    await clickNode(page, policy);
    const afterExpand = await page.evaluate(() => ({ nodes: window.explorer.cy.nodes().length, selected: window.explorer.selectedId }));
    assert.equal(afterExpand.selected, policy);
    assert.ok(afterExpand.nodes > before1, `expanding adds nodes (${before1} → ${afterExpand.nodes})`);
    assert.ok(await page.evaluate(() => window.explorer.cy.getElementById('place:ukraine').nonempty()), 'Ukraine arrives with the policy');
    await page.locator('#details-heading', { hasText: 'Antipersonnel land mines for Ukraine' }).waitFor();

    // Click an edge at the midpoint of its ends: the evidence panel shows its sentence and article.
    const edge = await clickableEdge(page, 'AUTHORIZED');
    assert.ok(edge, 'some edge can be clicked at its midpoint');
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + edge.x, box.y + edge.y);
    await idle(page);
    assert.equal(await page.evaluate(() => window.explorer.selectedId), edge.id);
    const evidence = page.locator('#evidence-panel');
    await evidence.waitFor({ state: 'visible' });
    assert.equal(await evidence.locator('.evidence-type').textContent(), edge.type);
    assert.ok(((await evidence.locator('.evidence-date').textContent()) ?? '').length > 0, 'the evidence shows a date');
    const sentences = (await evidence.locator('.source-sentence').allTextContents()).map(normalize);
    assert.ok(sentences.length > 0, 'at least one source sentence');
    for (const sentence of sentences) assert.ok(FOUNDING_TEXT.includes(sentence), `the sentence is from the article: ${sentence}`);
    const articleLink = evidence.locator('a.article-link').first();
    assert.equal(normalize((await articleLink.textContent()) ?? ''), FOUNDING_ARTICLE.title);
    assert.equal(await articleLink.getAttribute('href'), FOUNDING_ARTICLE.url);

    // Keyboard: focus the canvas, move to a node with the arrow keys, Enter selects it.
    // The keyboard starts from the selected node (the policy), so some arrow key leads elsewhere.
    await page.locator('#graph').focus();
    let focused: string | undefined;
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      focused = await page.evaluate(() => window.explorer.cy.nodes('.kbd-focus').map((n: any) => n.id())[0]);
      if (focused && focused !== 'policy:landmines-for-ukraine-2024') break;
    }
    assert.ok(focused && focused !== 'policy:landmines-for-ukraine-2024', `an arrow key moves the focus ring to another node (${focused})`);
    await page.keyboard.press('Enter');
    await idle(page);
    assert.equal(await page.evaluate(() => window.explorer.selectedId), focused);

    // Back to Biden on the canvas: his timeline lists events oldest first and marks his stance changes.
    await clickNode(page, 'person:joe-biden');
    await page.locator('#timeline-panel h2', { hasText: 'Timeline of Joe Biden' }).waitFor();
    const dates = await page.locator('#timeline-list > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-date-from') ?? ''));
    assert.ok(dates.length >= 5, `several timeline events (got ${dates.length})`);
    assert.deepEqual(dates, [...dates].sort(), 'events are in date order');
    const marked = page.locator('#timeline-list > li.stance-change[data-grade]');
    assert.ok((await marked.count()) > 0, 'a stance change is marked on the timeline');
    assert.match((await marked.first().locator('.stance-marker').textContent()) ?? '', /flip|flop/i);
    const changes = await page.locator('#stance-change-list > li').evaluateAll((items) => items.map((li) => ({ grade: li.getAttribute('data-grade'), text: li.textContent ?? '' })));
    assert.ok(changes.length > 0, 'stance changes are listed');
    for (const change of changes) assert.ok(['NO_FLIP', 'HALF_FLIP', 'FULL_FLOP'].includes(change.grade ?? ''), `graded: ${change.grade}`);
    const reasons = await page.locator('#stance-change-list > li .stance-reason').allTextContents();
    assert.equal(reasons.length, changes.length);
    for (const reason of reasons) assert.ok(reason.trim().length > 0, 'each change shows its reason');

    // The path finder: from the selection (Biden) to Ukraine, highlighted on the graph and listed.
    await page.getByRole('tab', { name: 'Path finder' }).click();
    assert.equal(await page.locator('#path-from').textContent(), 'Joe Biden');
    await pickSuggestion(page, 'To', 'Ukraine', 'place:ukraine');
    await page.getByRole('button', { name: 'Find paths' }).click();
    await idle(page);
    const paths = page.locator('#path-results > li.path');
    assert.ok((await paths.count()) >= 1, 'at least one path is listed');
    const firstPath = normalize((await paths.first().textContent()) ?? '');
    assert.match(firstPath, /Joe Biden.*Ukraine/);
    assert.equal(await paths.first().getByRole('button').getAttribute('aria-pressed'), 'true');
    const onPath = await page.evaluate(() => window.explorer.cy.nodes('.on-path').map((n: any) => n.id()) as string[]);
    assert.ok(onPath.includes('person:joe-biden') && onPath.includes('place:ukraine'), `the path is highlighted: ${onPath.join(', ')}`);
    await page.locator('#graph').focus();
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => window.explorer.cy.elements('.on-path').length), 0, 'Escape on the graph clears the highlight');
    await paths.first().getByRole('button').click();
    assert.ok((await page.evaluate(() => window.explorer.cy.elements('.on-path').length)) > 0, 'the listed path highlights it again');

    // Laptop width: graph and panels side by side, nothing scrolls sideways.
    const layout = await page.evaluate(() => {
      const graph = document.querySelector('.graph-area')!.getBoundingClientRect();
      const side = document.querySelector('#side-panel')!.getBoundingClientRect();
      return { graphRight: graph.right, sideLeft: side.left, sideRight: side.right, scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth };
    });
    assert.ok(layout.graphRight <= layout.sideLeft + 1, 'the graph and the side panel do not overlap');
    assert.ok(layout.sideRight <= LAPTOP.width + 1, 'the side panel fits the window');
    assert.ok(layout.scrollWidth <= layout.clientWidth, 'no horizontal scrolling');

    // Live: the page listens for new articles; one that mentions Biden shows a notice and refreshes the graph.
    await page.waitForFunction(() => window.explorer.live.status === 'connected', null, { timeout: 10_000 });
    const text = 'Joe Biden said on Monday that American support for Ukraine will continue through the winter.';
    ok(
      await svc.gql(
        `mutation($d: JSON!) { ingestFacts(document: $d) { duplicate } }`,
        {
          d: {
            article: { title: 'Biden vows winter support for Ukraine', publishedAt: '2024-12-02', text },
            statements: [{ speaker: 'person:joe-biden', quote: 'American support for Ukraine will continue through the winter', kind: 'PARAPHRASE', date: '2024-12-02', about: ['place:ukraine'], evidence: { sentence: text } }],
          },
        },
        { key: EDITOR_KEY },
      ),
    );
    await page.locator('.notice', { hasText: 'Biden vows winter support for Ukraine' }).waitFor({ timeout: 10_000 });
    await page.waitForFunction(
      () => window.explorer.cy.nodes('[type = "Statement"]').some((n: any) => String(n.data('label')).includes('support for Ukraine will continue')),
      null,
      { timeout: 10_000 },
    );
    await idle(page);

    await page.locator('#timeline-tab').click();
    await page.screenshot({ path: join(OUTPUT_DIR, 'explorer.png') });
    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'no Content-Security-Policy violations');
    assert.deepEqual(problems, [], 'no script errors');
    await page.close();
  });

  it('draws 1,000 nodes and stays responsive', { timeout: 180_000 }, async () => {
    const agency = { id: 'agency:thousand-delegates-council', type: 'Agency', name: 'Thousand Delegates Council' };
    const delegates = Array.from({ length: 1000 }, (_, i) => {
      const number = String(i + 1).padStart(4, '0');
      return { id: `person:delegate-${number}`, name: `Delegate ${number}`, line: `Delegate ${number} is a member of the Thousand Delegates Council.` };
    });
    const document = {
      article: { title: 'The Thousand Delegates Council', publishedAt: '2025-01-15', text: delegates.map((d) => d.line).join('\n') },
      entities: [agency, ...delegates.map((d) => ({ id: d.id, type: 'Person', name: d.name }))],
      facts: delegates.map((d) => ({ type: 'MEMBER_OF', from: d.id, to: agency.id, date: '2025-01', evidence: { sentence: d.line } })),
    };
    ok(await svc.gql(`mutation($d: JSON!) { ingestFacts(document: $d) { relations } }`, { d: document }, { key: EDITOR_KEY }));

    const { page, problems } = await openPage();
    const requestedAt = Date.now();
    await page.goto(`${svc.url}/explore?id=${encodeURIComponent(agency.id)}&limit=1000`);
    await page.waitForFunction(() => window.explorer?.drawCount >= 1, null, { timeout: 60_000, polling: 10 });
    const pageLoadToDrawnMs = Date.now() - requestedAt;
    const draw = (await page.evaluate(() => window.explorer.lastDraw))!;
    console.log(
      `1,000 nodes: ${draw.totalMs} ms from the neighbourhood request to drawn (fetch ${draw.fetchMs} ms, layout and paint ${draw.layoutAndPaintMs} ms); ` +
        `${pageLoadToDrawnMs} ms from opening the page`,
    );
    assert.equal(draw.nodes, 1001, 'the agency and all 1,000 members are drawn');
    assert.equal(await page.evaluate(() => window.explorer.cy.nodes().length), 1001);
    assert.equal(await page.evaluate(() => window.explorer.cy.edges().length), 1000);
    await idle(page);

    // A click on a member still answers: it becomes the selection and its details appear.
    const member = delegates[500]!;
    const clickedAt = Date.now();
    await clickNode(page, member.id);
    await page.locator('#details-heading', { hasText: member.name }).waitFor({ timeout: 10_000 });
    console.log(`1,000 nodes: a click answered in ${Date.now() - clickedAt} ms`);
    assert.equal(await page.evaluate(() => window.explorer.selectedId), member.id);

    await page.screenshot({ path: join(OUTPUT_DIR, 'explorer-1000.png') });
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
