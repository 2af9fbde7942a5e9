// What hosts serve besides the pages: a 404 page per language, the generated _headers, and no
// absolute URL pointing at a local server.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/headers.ts';
import { LANGUAGES, localize } from '../../src/lib/languages.ts';
import { BASE, DIST, SITE, htmlFiles } from './dist.ts';

describe('the 404 page', () => {
  for (const l of LANGUAGES) {
    const file = localize(l.code, '404.html');
    it(`${file} is in ${l.english}, kept out of search, and links to the atlas and the other languages' 404 pages`, () => {
      expect(existsSync(path.join(DIST, file)), file).toBe(true);
      const doc = parse(readFileSync(path.join(DIST, file), 'utf8'));
      expect(doc.querySelector('html')!.getAttribute('lang')).toBe(l.code);
      expect(doc.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
      expect(
        doc.querySelector('link[rel=canonical], link[rel=alternate][hreflang], meta[property="og:url"]'),
      ).toBeNull();
      const links = doc.querySelectorAll('main a').map((a) => a.getAttribute('href'));
      expect(links).toContain(BASE + localize(l.code, ''));
      expect(links).toContain(BASE + localize(l.code, 'sources/'));
      for (const other of LANGUAGES.filter((o) => o.code !== l.code))
        expect(links).toContain(BASE + localize(other.code, '404.html'));
    });
  }
});

describe('absolute URLs', () => {
  it('canonical, og:url and hreflang name the public origin, or are absent when SITE_URL is not set', () => {
    const found: string[] = [];
    for (const file of htmlFiles()) {
      const doc = parse(readFileSync(file, 'utf8'));
      for (const el of doc.querySelectorAll(
        'link[rel=canonical], link[rel=alternate][hreflang], meta[property="og:url"], meta[property="og:image"]',
      )) {
        const url = el.getAttribute('href') ?? el.getAttribute('content') ?? '';
        if (
          !SITE ||
          /\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(url) ||
          new URL(url).origin !== new URL(SITE).origin
        )
          found.push(`${path.relative(DIST, file)}: ${url}`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe('_headers', () => {
  it('is generated from the page and language lists', () => {
    expect(readFileSync(path.join(DIST, '_headers'), 'utf8')).toBe(headersFile(BASE));
  });
});
