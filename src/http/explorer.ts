/**
 * The visual explorer at /explore: a static page, its scripts and styles, and cytoscape.js from node_modules.
 * Every response carries a Content-Security-Policy that lets the page load only its own files and talk only
 * to this origin (its /graphql endpoint, including the server-sent events of subscriptions).
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { PROJECT_ROOT } from '../paths.ts';

const gzip = promisify(gzipCallback);

const PAGE_DIR = resolve(PROJECT_ROOT, 'src', 'explore', 'page');
const CYTOSCAPE_FILE = createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js');

export const EXPLORER_PATH = '/explore';

export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const SECURITY_HEADERS = {
  'content-security-policy': EXPLORER_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Page files are plain names (no folders, no dots but the extension), so a URL can never leave PAGE_DIR. */
const PAGE_ASSET = /^\/explore\/([a-z][a-z0-9-]*\.(?:js|css|svg))$/;

/** The file a URL path names, or null when the explorer has no such file. */
function fileFor(path: string): string | null {
  if (path === EXPLORER_PATH || path === `${EXPLORER_PATH}/`) return join(PAGE_DIR, 'index.html');
  if (path === `${EXPLORER_PATH}/vendor/cytoscape.min.js`) return CYTOSCAPE_FILE;
  const asset = PAGE_ASSET.exec(path);
  return asset ? join(PAGE_DIR, asset[1]!) : null;
}

interface LoadedFile {
  mtimeMs: number;
  body: Buffer;
  gzipped: Buffer;
  etag: string;
}

/** Files are read once and kept until they change on disk (cytoscape is 430 kB; gzip makes it 130 kB). */
const loaded = new Map<string, LoadedFile>();

async function load(file: string): Promise<LoadedFile | null> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  const cached = loaded.get(file);
  if (cached && cached.mtimeMs === info.mtimeMs) return cached;
  const body = await readFile(file);
  const entry = {
    mtimeMs: info.mtimeMs,
    body,
    gzipped: await gzip(body),
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
  };
  loaded.set(file, entry);
  return entry;
}

function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra });
  res.end(text);
}

async function serve(req: IncomingMessage, res: ServerResponse, file: string | null): Promise<void> {
  const entry = file ? await load(file) : null;
  if (!file || !entry) return sendText(res, 404, 'Not found\n');
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    // Revalidate every time: a changed page must never run against stale scripts.
    'cache-control': 'no-cache',
    etag: entry.etag,
    vary: 'accept-encoding',
  };
  if (req.headers['if-none-match'] === entry.etag) {
    res.writeHead(304, headers);
    return void res.end();
  }
  const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = acceptsGzip ? entry.gzipped : entry.body;
  if (acceptsGzip) headers['content-encoding'] = 'gzip';
  headers['content-length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The route for the server's `routes` list: handles /explore and /explore/…, and returns false for anything else. */
export function createExplorerRoute(): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path !== EXPLORER_PATH && !path.startsWith(`${EXPLORER_PATH}/`)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed\n', { allow: 'GET, HEAD' });
      return true;
    }
    serve(req, res, fileFor(path)).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'The explorer could not be served\n');
      else res.destroy();
    });
    return true;
  };
}
