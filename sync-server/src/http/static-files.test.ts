import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheControlFor, resolveStaticPath } from './static-files';

const ROOT = '/srv/concord/dist';

describe('resolveStaticPath', () => {
  it.each([
    ['/', ROOT],
    ['/index.html', join(ROOT, 'index.html')],
    ['/assets/index-B3xk9_Qa.js', join(ROOT, 'assets/index-B3xk9_Qa.js')],
    ['/a%20b.txt', join(ROOT, 'a b.txt')],
    ['/x/../y.js', join(ROOT, 'y.js')],
  ])('maps %s inside the root', (url, file) => {
    expect(resolveStaticPath(ROOT, url)).toBe(file);
  });

  it.each(['/%2e%2e/etc/passwd', '/..%2f..%2fetc/passwd', '/a/%2e%2e/%2e%2e/%2e%2e/x'])(
    'keeps %s inside the root',
    (url) => {
      const file = resolveStaticPath(ROOT, url);
      expect(file === null || file === ROOT || file.startsWith(`${ROOT}/`)).toBe(true);
    },
  );

  it.each(['/..%5c..%5cx', '/%00', '/%E0%A4%A', '/a\\b'])('refuses %s', (url) => {
    expect(resolveStaticPath(ROOT, url)).toBeNull();
  });

  it('does not treat a sibling folder with the same prefix as inside', () => {
    expect(resolveStaticPath(ROOT, '/../dist-old/secret')).not.toBe('/srv/concord/dist-old/secret');
  });
});

describe('cacheControlFor', () => {
  it.each(['/index.html', '/sw.js', '/manifest.webmanifest', '/registerSW.js', '/icon.svg'])('revalidates %s', (p) => {
    expect(cacheControlFor(p)).toBe('no-cache');
  });

  it.each(['/assets/index-B3xk9_Qa.js', '/assets/logo.svg', '/workbox-5ffe50d4.js'])('caches %s for a year', (p) => {
    expect(cacheControlFor(p)).toBe('public, max-age=31536000, immutable');
  });
});
