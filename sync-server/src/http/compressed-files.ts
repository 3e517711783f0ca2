import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** A content encoding the relay can send the client build in. */
export type Encoding = 'br' | 'gzip';

/** Text files worth compressing (scripts, styles, pages, manifests, SVG); images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.json', '.webmanifest', '.svg', '.txt', '.map']);
/** Below this a compressed body saves less than its headers cost. */
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Whether a file of this name and size is sent compressed when the browser accepts it. */
export function isCompressible(file: string, size: number): boolean {
  return size >= MIN_BYTES && COMPRESSIBLE.has(extname(file).toLowerCase());
}

/**
 * The best encoding an Accept-Encoding header allows: br, then gzip; null for none. An encoding listed with q=0 is
 * refused, as the header's grammar says.
 */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q === undefined || Number(q.slice(2)) > 0) accepted.add(name.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

/**
 * Compressed copies of the client build's files, made once per file version and kept in memory (the build is about
 * 2 MB and changes only on deploy). Compression runs on libuv's thread pool, never on the event loop. Brotli at
 * quality 5 compresses the whole build in about 0.2 s and comes within 10 % of its best quality, which takes 40
 * times as long: the first visitor after a deploy would wait for that.
 */
export class CompressedFiles {
  /** Per encoding and file: the version compressed (its mtime) and its compressed bytes. */
  private readonly cache = new Map<string, { mtimeMs: number; body: Promise<Buffer> }>();

  /**
   * `file` (as it was at `mtimeMs`) in `encoding`. A redeploy that replaces the file replaces its entry; a failed
   * compression is not kept, so the next request tries again.
   */
  get(file: string, mtimeMs: number, encoding: Encoding): Promise<Buffer> {
    const key = `${encoding}:${file}`;
    const cached = this.cache.get(key);
    if (cached?.mtimeMs === mtimeMs) return cached.body;
    const body = compress(file, encoding);
    const entry = { mtimeMs, body };
    this.cache.set(key, entry);
    body.catch(() => this.cache.get(key) === entry && this.cache.delete(key));
    return body;
  }
}

async function compress(file: string, encoding: Encoding): Promise<Buffer> {
  const raw = await readFile(file);
  if (encoding === 'gzip') return gzipAsync(raw, { level: 6 });
  return brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
}
