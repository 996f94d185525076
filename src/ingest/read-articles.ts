/**
 * Reads articles from files as editors have them: plain text, Markdown with front matter, a saved HTML page
 * (boilerplate stripped with Mozilla's Readability), or JSON Lines of many articles. A file or line that cannot
 * be read becomes a failure with its reason; the others go on.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { ArticleSubmission } from './ingest-article.ts';

export type ArticleRecord = { source: string; article: ArticleSubmission } | { source: string; error: string };

const EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.jsonl', '.ndjson']);

/** A date from front matter or metadata, cut to the day (YAML may hand over a Date). */
function dayOf(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const m = /^(\d{4}-\d{2}(?:-\d{2})?)/.exec(value.trim());
  if (m) return m[1];
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10);
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export function fromPlainText(text: string): ArticleSubmission {
  return { text: text.trim() };
}

/** Markdown: front matter (title, url, publisher, date) and a body with its markup taken off. */
export function fromMarkdown(source: string): ArticleSubmission {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  const meta = (m ? (parseYaml(m[1]!) as Record<string, unknown>) : {}) ?? {};
  const body = (m ? m[2]! : source)
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(^|\W)[*_]([^*_\n]+)[*_](?=\W|$)/g, '$1$2')
    .replace(/^>\s?/gm, '')
    .trim();
  return {
    text: body,
    title: str(meta.title),
    url: str(meta.url),
    publisher: str(meta.publisher),
    publishedAt: dayOf(meta.date ?? meta.publishedAt ?? meta.published),
  };
}

/** A saved article page: Readability keeps the story and drops menus, ads and footers. */
export function fromHtml(html: string): ArticleSubmission {
  const { document } = parseHTML(html);
  const meta = (name: string) =>
    document.querySelector(`meta[property="${name}"]`)?.getAttribute('content') ??
    document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ??
    undefined;
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url');
  const published = meta('article:published_time') ?? meta('date') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const publisher = meta('og:site_name');
  const article = new Readability(document as unknown as Document).parse();
  const paragraphs = article?.content
    ? [...parseHTML(`<body>${article.content}</body>`).document.querySelectorAll('p, h2, h3, li, blockquote')].map((p) => p.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    : [];
  const text = paragraphs.filter(Boolean).join('\n') || (article?.textContent ?? '').trim();
  return {
    text,
    title: str(article?.title) ?? str(meta('og:title')),
    url: str(url),
    publisher: str(publisher),
    publishedAt: dayOf(published),
  };
}

/** One JSON object a line: {text, url?, title?, publisher?, publishedAt? | date?}. */
export function fromJsonLines(content: string, source: string): ArticleRecord[] {
  return content
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), at: `${source}:${i + 1}` }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, at }) => {
      try {
        const o = JSON.parse(line) as Record<string, unknown>;
        if (typeof o !== 'object' || o === null || typeof o.text !== 'string') return { source: at, error: 'no "text" string' };
        return {
          source: at,
          article: { text: o.text, title: str(o.title), url: str(o.url), publisher: str(o.publisher), publishedAt: dayOf(o.publishedAt ?? o.date) },
        };
      } catch (e) {
        return { source: at, error: `not JSON: ${(e as Error).message}` };
      }
    });
}

/** Reads one file or stdin's content, by extension or, without one, by a look at the content. */
export function readArticles(content: string, source: string, extension = extname(source).toLowerCase()): ArticleRecord[] {
  const kind = extension || (content.trimStart().startsWith('{') ? '.jsonl' : /^\s*</.test(content) ? '.html' : content.startsWith('---') ? '.md' : '.txt');
  try {
    if (kind === '.jsonl' || kind === '.ndjson') return fromJsonLines(content, source);
    const article = kind === '.html' || kind === '.htm' ? fromHtml(content) : kind === '.md' || kind === '.markdown' ? fromMarkdown(content) : fromPlainText(content);
    if (!article.text) return [{ source, error: 'no article text found' }];
    return [{ source, article }];
  } catch (e) {
    return [{ source, error: `unreadable: ${(e as Error).message}` }];
  }
}

/** Every article file under the given paths (folders recursively, in name order). */
export function articleFiles(path: string): string[] {
  const stat = statSync(path);
  if (!stat.isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      const full = join(path, name);
      if (statSync(full).isDirectory()) return articleFiles(full);
      return EXTENSIONS.has(extname(name).toLowerCase()) ? [full] : [];
    });
}

export function readArticleFile(path: string): ArticleRecord[] {
  try {
    return readArticles(readFileSync(path, 'utf8'), path);
  } catch (e) {
    return [{ source: path, error: (e as Error).message }];
  }
}
