// The built site in two languages: the same routes in each, the right lang and alternates, and no
// English interface text left on a Spanish page.
import { NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/index.ts';
import { LANGUAGES, localize, splitLocale } from '../../src/lib/languages.ts';
import { BASE, SITE, builtRoutes, page as read } from './dist.ts';

const [FIRST, ...OTHERS] = LANGUAGES;

describe('every language', () => {
  const all = builtRoutes();
  // The language-neutral paths built in each language.
  const pathsIn = (code: string) =>
    all
      .map((r) => splitLocale(r))
      .filter((r) => r.lang === code)
      .map((r) => r.path)
      .sort();
  const first = pathsIn(FIRST.code);

  it('has the same routes', () => {
    expect(first.length).toBeGreaterThanOrEqual(7);
    for (const l of OTHERS) expect(pathsIn(l.code), l.code).toEqual(first);
  });

  it('declares its language and links to the others with hreflang and a language switch', () => {
    for (const route of first)
      for (const l of LANGUAGES) {
        const here = localize(l.code, route);
        const doc = read(here);
        expect(doc.querySelector('html')!.getAttribute('lang'), here).toBe(l.code);
        const alt = (code: string) => doc.querySelector(`link[rel=alternate][hreflang=${code}]`)?.getAttribute('href');
        // hreflang must be absolute, so it is there only when the build knows the public origin.
        if (SITE) {
          for (const other of LANGUAGES) {
            expect(new URL(alt(other.code)!).origin, here).toBe(new URL(SITE).origin);
            expect(new URL(alt(other.code)!).pathname).toBe(BASE + localize(other.code, route));
          }
          expect(alt('x-default')).toBe(alt(FIRST.code));
        } else expect(doc.querySelectorAll('link[rel=alternate][hreflang]'), here).toHaveLength(0);
        // Embeds have no chrome at all; every other page has the switch, one link per other language.
        if (route.startsWith('embed/')) continue;
        expect(
          doc.querySelectorAll('a[data-lang-switch]').map((a) => a.getAttribute('href')),
          here,
        ).toEqual(LANGUAGES.filter((o) => o.code !== l.code).map((o) => BASE + localize(o.code, route)));
      }
  });

  it('pages in other languages carry no interface text from the first language’s table', () => {
    const found: string[] = [];
    for (const l of OTHERS)
      for (const route of pathsIn(l.code)) {
        const here = localize(l.code, route);
        const firstOnly = (Object.keys(ui[FIRST.code]) as Array<keyof (typeof ui)['en']>)
          .filter((k) => ui[FIRST.code][k] !== ui[l.code][k])
          .map((k) => ui[FIRST.code][k].replace(/\{\w+\}/g, '').trim())
          .filter((v) => v.length >= 4);
        const doc = read(here);
        // Text outside elements marked as English (citations as printed, document titles).
        const texts: string[] = [];
        const walk = (node: Node) => {
          if ((node as HTMLElement).getAttribute?.('lang') === FIRST.code) return;
          if (node.nodeType === NodeType.TEXT_NODE) texts.push(node.text.trim());
          node.childNodes.forEach(walk);
        };
        walk(doc.querySelector('body')!);
        texts.push(
          doc.querySelector('title')!.text,
          doc.querySelector('meta[name=description]')!.getAttribute('content')!,
        );
        for (const attr of doc.querySelectorAll('[aria-label], [title]'))
          texts.push(attr.getAttribute('aria-label') ?? '', attr.getAttribute('title') ?? '');
        for (const text of texts)
          for (const value of firstOnly)
            if (text === value || (value.length > 24 && text.includes(value))) found.push(`${here}: "${value}"`);
      }
    expect([...new Set(found)]).toEqual([]);
  });
});
