// The atlas's panel is the corridor page's own body (CorridorBody), built as a fragment per
// language and corridor: the same statements as the page, and ids that cannot clash with the page
// the panel opens on, every reference resolving inside the fragment.
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Atlas } from '../../src/lib/evidence.ts';
import { loadAtlas } from '../../src/lib/read-data.ts';
import { LANGS, localize } from '../../src/lib/languages.ts';
import { corridorPath } from '../../src/lib/routes.ts';

import { html as read } from './dist.ts';

/** The text of every statement under `root`: the elements holding both a certainty and footnotes. */
function statements(root: HTMLElement): string[] {
  return root
    .querySelectorAll('sup.cites')
    .map((sup) => sup.parentNode as HTMLElement)
    .filter((el) => el.childNodes.some((n) => (n as HTMLElement).classList?.contains('certainty')))
    .map((el) => el.text.replace(/\s+/g, ' ').trim());
}

let atlas: Atlas;
beforeAll(async () => {
  atlas = await loadAtlas(process.cwd());
});

describe('the panel fragment of each corridor', () => {
  it('is a fragment: no document, no page furniture, sections one level below the panel title', () => {
    for (const lang of LANGS)
      for (const c of atlas.corridors) {
        const html = read(`panels/${lang}/${c.id}/`);
        const route = `panels/${lang}/${c.id}/`;
        expect(html, route).not.toMatch(/<(!doctype|html|head|body|script|style)\b/i);
        const root = parse(html).querySelector('[data-panel-fragment]')!;
        expect(root.getAttribute('data-panel-fragment'), route).toBe(c.id);
        expect(root.getAttribute('data-title'), route).toBe(c.name[lang]);
        expect(root.querySelectorAll('h1, h2, nav, .pager, [data-map-section], atlas-map'), route).toEqual([]);
        expect(root.querySelectorAll('section > h3').length, route).toBeGreaterThan(5);
      }
  });

  it('carries the same statements as the corridor page, in the same order', () => {
    for (const lang of LANGS)
      for (const c of atlas.corridors) {
        const page = parse(read(localize(lang, corridorPath(c.id)))).querySelector('article.corridor')!;
        const panel = parse(read(`panels/${lang}/${c.id}/`));
        const expected = statements(page);
        expect(expected.length, c.id).toBeGreaterThan(10);
        expect(statements(panel), `${lang} ${c.id}`).toEqual(expected);
      }
  });

  it('prefixes every id, and every aria reference and in-page link resolves inside the fragment', () => {
    for (const lang of LANGS)
      for (const c of atlas.corridors) {
        const route = `panels/${lang}/${c.id}/`;
        const doc = parse(read(route));
        const ids = new Set(doc.querySelectorAll('[id]').map((el) => el.id));
        expect(
          [...ids].filter((id) => !id.startsWith('panel-')),
          route,
        ).toEqual([]);
        const refs = doc
          .querySelectorAll('[aria-labelledby], [aria-describedby], [aria-controls]')
          .flatMap((el) =>
            ['aria-labelledby', 'aria-describedby', 'aria-controls'].flatMap((a) =>
              (el.getAttribute(a) ?? '').split(/\s+/).filter(Boolean),
            ),
          );
        const hrefs = doc
          .querySelectorAll('a[href^="#"]')
          .map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1)));
        expect(refs.length, route).toBeGreaterThan(5);
        // Actors link to their places in the same text.
        if (c.actors.some((a) => a.places.length > 0)) expect(hrefs.length, route).toBeGreaterThan(0);
        expect(
          [...refs, ...hrefs].filter((id) => !ids.has(id)),
          route,
        ).toEqual([]);
      }
  });
});
