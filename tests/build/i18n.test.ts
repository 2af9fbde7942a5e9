// The built site in two languages: the same routes in each, the right lang and alternates, and no
// English interface text left on a Spanish page.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';

const DIST = path.resolve('dist');
const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

function routes(dir = DIST, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routes(full, `${prefix}${name}/`);
    return name === 'index.html' ? [prefix] : [];
  });
}
const read = (route: string) => parse(readFileSync(path.join(DIST, route, 'index.html'), 'utf8'));

describe('English and Spanish', () => {
  // The panel fragments (panels/<lang>/<id>/) are not pages: they carry their language in the path.
  const all = routes().filter((r) => !r.startsWith('panels/'));
  const spanish = all
    .filter((r) => r.startsWith('es/'))
    .map((r) => r.slice(3))
    .sort();
  const english = all.filter((r) => !r.startsWith('es/')).sort();

  it('have the same routes', () => {
    expect(english.length).toBeGreaterThanOrEqual(7);
    expect(spanish).toEqual(english);
  });

  it('declare their language and link to each other with hreflang and a language switch', () => {
    for (const route of english) {
      for (const [lang, prefix] of [
        ['en', ''],
        ['es', 'es/'],
      ] as const) {
        const doc = read(prefix + route);
        expect(doc.querySelector('html')!.getAttribute('lang'), prefix + route).toBe(lang);
        const alt = (l: string) => doc.querySelector(`link[rel=alternate][hreflang=${l}]`)?.getAttribute('href');
        expect(new URL(alt('en')!).pathname).toBe(`${BASE}${route}`);
        expect(new URL(alt('es')!).pathname).toBe(`${BASE}es/${route}`);
        expect(alt('x-default')).toBe(alt('en'));
        const other = lang === 'en' ? 'es' : 'en';
        // Embeds have no chrome at all; every other page has the switch.
        if (route.startsWith('embed/')) continue;
        expect(doc.querySelector('a[data-lang-switch]')?.getAttribute('href'), prefix + route).toBe(
          `${BASE}${other === 'es' ? 'es/' : ''}${route}`,
        );
      }
    }
  });

  it('Spanish pages carry no interface text from the English table', () => {
    const englishOnly = (Object.keys(en) as Array<keyof typeof en>)
      .filter((k) => en[k] !== es[k])
      .map((k) => en[k].replace(/\{\w+\}/g, '').trim())
      .filter((v) => v.length >= 4);
    const found: string[] = [];
    for (const route of spanish) {
      const doc = read(`es/${route}`);
      // Text outside elements marked as English (citations as printed, document titles).
      const texts: string[] = [];
      const walk = (node: Node) => {
        if ((node as HTMLElement).getAttribute?.('lang') === 'en') return;
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
        for (const value of englishOnly)
          if (text === value || (value.length > 24 && text.includes(value))) found.push(`es/${route}: "${value}"`);
    }
    expect([...new Set(found)]).toEqual([]);
  });
});
