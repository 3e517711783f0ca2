import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, extname, join, normalize, sep } from 'node:path';
import { CompressedFiles, isCompressible, preferredEncoding } from './compressed-files';
import { mimeTypeOf } from './mime-types';

/** Files the browser must re-validate on every load, or a new deploy would never reach installed PWAs. */
const ALWAYS_REVALIDATE = new Set(['index.html', 'sw.js', 'registerSW.js', 'manifest.webmanifest', 'manifest.json']);
/** Vite writes content-hashed names like `index-B3xk9_Qa.js`; a changed file gets a new name, so cache forever. */
const HASHED_NAME = /[.-][A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/** The Cache-Control header for a file served from the client build. */
export function cacheControlFor(urlPath: string): string {
  const name = basename(urlPath);
  if (ALWAYS_REVALIDATE.has(name)) return 'no-cache';
  if (urlPath.startsWith('/assets/') || HASHED_NAME.test(name)) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/**
 * The file under `root` that `urlPath` names, or null when the path is malformed or would leave `root`
 * (`..`, encoded `%2e%2e`, backslashes, NUL bytes).
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = normalize(decoded).replace(/^[/\\]+/, '');
  if (relative.split(sep).includes('..')) return null;
  const full = join(root, relative);
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves the built client from `root`: the named file, `index.html` for unknown paths without an extension (the
 * app's own routes), 404 for unknown files, 400 for paths that try to leave `root`. GET and HEAD only.
 */
export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const urlPath = new URL(req.url ?? '/', 'http://relay.invalid').pathname;
  const target = resolveStaticPath(root, urlPath);
  if (target === null) return sendText(res, 400, 'bad path');
  let file = urlPath.endsWith('/') ? join(target, 'index.html') : target;
  let servedAs = urlPath.endsWith('/') ? '/index.html' : urlPath;
  if (!(await isFile(file))) {
    if (extname(urlPath) !== '') return sendText(res, 404, 'not found');
    file = join(root, 'index.html');
    servedAs = '/index.html';
    if (!(await isFile(file))) return sendText(res, 404, 'client not built');
  }
  const { size, mtimeMs } = await stat(file);
  const headers = { 'Content-Type': mimeTypeOf(file), 'Cache-Control': cacheControlFor(servedAs), 'X-Content-Type-Options': 'nosniff' };
  if (isCompressible(file, size)) {
    // Over a slow mobile link the app's scripts are most of the first load; compressed they are a third of it.
    const encoding = preferredEncoding(req.headers['accept-encoding']);
    const vary = { ...headers, Vary: 'Accept-Encoding' };
    if (encoding) {
      const body = await compressed.get(file, mtimeMs, encoding);
      res.writeHead(200, { ...vary, 'Content-Encoding': encoding, 'Content-Length': body.length });
      return void res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(200, { ...vary, 'Content-Length': size });
  } else res.writeHead(200, { ...headers, 'Content-Length': size });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

const compressed = new CompressedFiles();

/** A short plain-text answer (errors, health). */
export function sendText(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
  res.end(body);
}
