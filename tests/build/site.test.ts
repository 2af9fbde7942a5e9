// Checks of the built site in dist/: every page exists, carries its title and language, every
// internal link and footnote resolves, and every corridor page carries everything its data holds.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  comparisonStatements,
  corridorStatements,
  reportStatements,
  tableStatements,
  type Atlas,
} from '../../src/lib/evidence.ts';
import { loadAtlas } from '../../src/lib/read-data.ts';
import { LANGUAGES } from '../../src/lib/languages.ts';
import { CORRIDOR_IDS, PANEL_FRAGMENTS, ROUTES } from '../routes.ts';
import { BASE, DIST, SITE, htmlFiles, isFragment, page } from './dist.ts';

/** The built documents: every page, without the panel fragments. */
const documents = () => htmlFiles(DIST).filter((file) => !isFragment(file));
/** The built file a site path points to, or null if it lies outside the site. */
function fileFor(pathname: string): string | null {
  if (!pathname.startsWith(BASE)) return null;
  const rest = decodeURIComponent(pathname.slice(BASE.length));
  const candidate = path.join(DIST, rest);
  if (rest === '' || rest.endsWith('/')) return path.join(candidate, 'index.html');
  return candidate;
}

const idCache = new Map<string, Set<string>>();
/** The element ids of a built file, parsed once. */
function idsOf(file: string): Set<string> {
  if (!idCache.has(file))
    idCache.set(
      file,
      new Set(
        parse(readFileSync(file, 'utf8'))
          .querySelectorAll('[id]')
          .map((el) => el.id),
      ),
    );
  return idCache.get(file)!;
}

let atlas: Atlas;
beforeAll(async () => {
  expect(existsSync(DIST), 'dist/ exists: run `npm run build` first').toBe(true);
  atlas = await loadAtlas(process.cwd());
});

describe('every page', () => {
  it('exists for every route', () => {
    for (const route of [...ROUTES, ...PANEL_FRAGMENTS])
      expect(existsSync(path.join(DIST, route, 'index.html')), route).toBe(true);
  });

  it('has a language, a title, a description and one h1', () => {
    for (const file of documents()) {
      const doc = parse(readFileSync(file, 'utf8'));
      const rel = path.relative(DIST, file);
      expect(['en', 'es'], rel).toContain(doc.querySelector('html')?.getAttribute('lang'));
      expect(doc.querySelector('title')?.text.trim(), rel).toBeTruthy();
      expect(doc.querySelector('meta[name=description]')?.getAttribute('content')?.trim(), rel).toBeTruthy();
      expect(doc.querySelectorAll('h1'), rel).toHaveLength(1);
    }
  });

  it('has no broken internal link or anchor, and loads nothing from another host', () => {
    const broken: string[] = [];
    for (const file of htmlFiles(DIST)) {
      const doc = parse(readFileSync(file, 'utf8'));
      const rel = path.relative(DIST, file);
      // Anything the browser fetches (alternate and canonical links are not fetched) stays on this host.
      for (const el of doc.querySelectorAll(
        'script[src], link[href], img[src], iframe[src], source[src], video[src], audio[src]',
      )) {
        if (el.tagName === 'LINK' && /^(canonical|alternate)$/.test(el.getAttribute('rel') ?? '')) continue;
        const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        if (/^(https?:)?\/\//.test(url)) broken.push(`${rel}: external resource ${url}`);
      }
      if (
        /@import|url\(\s*['"]?(https?:)?\/\//.test(
          doc
            .querySelectorAll('style')
            .map((s) => s.text)
            .join(''),
        )
      )
        broken.push(`${rel}: external resource in inline style`);
      for (const a of doc.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:)/.test(href)) {
          if (a.getAttribute('rel') !== 'noreferrer noopener')
            broken.push(`${rel}: external link without rel=noreferrer noopener: ${href}`);
          continue;
        }
        const dir = path.relative(DIST, path.dirname(file)).split(path.sep).join('/');
        const pageUrl = new URL(`http://site${BASE}${dir ? `${dir}/` : ''}`);
        const url = new URL(href, pageUrl);
        const target = fileFor(url.pathname);
        if (!target || !existsSync(target)) {
          broken.push(`${rel}: ${href} (no page)`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && !idsOf(target).has(id)) broken.push(`${rel}: ${href} (no element with id "${id}")`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('has a social preview image that exists, in its own language', () => {
    // Open Graph images must be absolute URLs: without SITE_URL the pages name none, and the images
    // they would name (the atlas's and each corridor's, per language) must still be built.
    if (!SITE) {
      for (const l of LANGUAGES)
        for (const name of ['atlas', ...CORRIDOR_IDS])
          expect(existsSync(path.join(DIST, 'og', l.code, `${name}.png`)), `og/${l.code}/${name}.png`).toBe(true);
      for (const file of documents())
        expect(parse(readFileSync(file, 'utf8')).querySelector('meta[property="og:image"]')).toBeNull();
      return;
    }
    for (const file of documents()) {
      const doc = parse(readFileSync(file, 'utf8'));
      const rel = path.relative(DIST, file);
      const image = doc.querySelector('meta[property="og:image"]')?.getAttribute('content');
      expect(image, rel).toBeTruthy();
      const target = fileFor(new URL(image!).pathname);
      expect(target && existsSync(target), `${rel}: ${image}`).toBe(true);
      expect(new URL(image!).pathname, rel).toContain(`/og/${doc.querySelector('html')!.getAttribute('lang')}/`);
    }
  });

  it('has unique element ids', () => {
    for (const file of htmlFiles(DIST)) {
      const ids = parse(readFileSync(file, 'utf8'))
        .querySelectorAll('[id]')
        .map((el) => el.id);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        path.relative(DIST, file),
      ).toEqual([]);
    }
  });
});

describe('corridor pages', () => {
  it('carry every place, actor, figure and flow of their corridor, and every statement is footnoted', () => {
    for (const c of atlas.corridors) {
      const doc = page(`corridors/${c.id}/`);
      expect(doc.querySelector('h1')?.text).toBe(c.name.en);
      for (const p of c.places)
        expect(doc.getElementById(`place-${p.id}`)?.querySelector('h3')?.text, p.id).toBe(p.name.en);
      for (const a of c.actors) {
        const el = doc.getElementById(`actor-${a.id}`);
        expect(el?.querySelector('h3')?.text, a.id).toBe(a.name.en);
        expect(el?.getAttribute('data-role')).toBe(a.role);
      }
      for (const f of c.figures)
        expect(doc.getElementById(`figure-${f.id}`)?.querySelector('dt')?.text, f.id).toBe(f.value.en);
      for (const f of c.flows) expect(doc.getElementById(`flow-${f.id}`), f.id).not.toBeNull();
      // Every statement: list items of .statements lists, figure captions and entity paragraphs.
      const statements = [
        ...doc.querySelectorAll('li').filter((li) => li.parentNode?.classList?.contains('statements')),
        ...doc.querySelectorAll('.figure dd'),
        ...doc.querySelectorAll('p').filter((p) => p.parentNode?.classList?.contains('entity')),
      ];
      expect(statements.length).toBeGreaterThan(20);
      for (const el of statements)
        expect(el.querySelector('.cites a'), `${c.id}: "${el.text.slice(0, 60)}"`).not.toBeNull();
    }
  });

  it('link each footnote marker to its entry in the register', () => {
    const register = page('sources/');
    for (const c of atlas.corridors) {
      const cites = page(`corridors/${c.id}/`).querySelectorAll('.cites a');
      expect(cites.length).toBeGreaterThan(10);
      for (const a of cites) {
        const id = a.getAttribute('data-cite')!;
        expect(a.getAttribute('href')).toBe(`${BASE}sources/#${id}`);
        expect(register.getElementById(id), id).not.toBeNull();
      }
    }
  });
});

describe('the register', () => {
  it('lists the 54 footnotes in order, each linking back to what cites it', () => {
    const doc = page('sources/');
    const entries = doc.querySelectorAll(
      '#insight-crime-footnotes ~ ol > li, section:has(#insight-crime-footnotes) li[data-source]',
    );
    const ids = [
      ...new Set(entries.map((li) => li.getAttribute('data-source')).filter((id) => id && /^ic-\d+$/.test(id))),
    ];
    expect(ids).toEqual(Array.from({ length: 54 }, (_, i) => `ic-${i + 1}`));
    for (const id of ids)
      expect(doc.getElementById(id!)!.querySelectorAll('.backlinks a').length, id).toBeGreaterThan(0);
    expect(doc.getElementById('ic-4')!.text).toMatch(/3/);
  });
});

describe('how firm each claim is', () => {
  const LABELS = {
    en: ['Report states', 'Paper states', 'Sources said', 'Alleged', 'Possibly', 'Not verified'],
    es: ['Lo afirma el informe', 'Lo afirma el artículo', 'Según fuentes', 'Presunto', 'Posiblemente', 'No verificado'],
  };
  const statementsOf = (doc: HTMLElement) => [
    ...doc.querySelectorAll('li').filter((li) => li.parentNode?.classList?.contains('statements')),
    ...doc.querySelectorAll('.figure dd'),
    ...doc.querySelectorAll('p').filter((p) => p.parentNode?.classList?.contains('entity')),
  ];

  it('labels every statement and every actor role on corridor pages, in both languages, as its data says', () => {
    for (const lang of ['en', 'es'] as const)
      for (const c of atlas.corridors) {
        const doc = page(`${lang === 'es' ? 'es/' : ''}corridors/${c.id}/`);
        const els = statementsOf(doc);
        for (const el of els) {
          const label = el.querySelector('.certainty');
          expect(label, `${lang} ${c.id}: "${el.text.slice(0, 60)}" has no certainty label`).not.toBeNull();
          // The visible label is in the page's language.
          const visible = label!.childNodes[0]!.text.trim();
          expect(LABELS[lang === 'en' ? 'es' : 'en'], `${lang} ${c.id}: label "${visible}"`).not.toContain(visible);
        }
        // The page shows as many labels of each certainty as the data has statements of it (roles included).
        const want = new Map<string, number>();
        const count = (k: string) => want.set(k, (want.get(k) ?? 0) + 1);
        for (const { statement } of corridorStatements(c, '')) count(statement.certainty);
        for (const a of c.actors) count(a.role_certainty);
        const main = doc.querySelector('main')!;
        for (const [certainty, n] of want)
          expect(
            main.querySelectorAll(`.certainty[data-certainty="${certainty}"]`).length,
            `${lang} ${c.id}: ${certainty}`,
          ).toBeGreaterThanOrEqual(n);
        for (const a of c.actors)
          expect(
            doc.getElementById(`actor-${a.id}`)!.querySelector('dd .certainty')?.getAttribute('data-certainty'),
            `${c.id} ${a.id} role`,
          ).toBe(a.role_certainty);
      }
  });

  it('names the section and paragraph of the report in every footnote link', () => {
    for (const lang of ['en', 'es'] as const)
      for (const c of atlas.corridors) {
        const doc = page(`${lang === 'es' ? 'es/' : ''}corridors/${c.id}/`);
        // Claims' footnotes; the page's closing list of every source cited is not a claim.
        const links = doc.querySelectorAll('.cites a').filter((a) => !a.closest('ol.register'));
        expect(links.length).toBeGreaterThan(20);
        for (const a of links)
          expect(a.getAttribute('aria-label'), `${lang} ${c.id} ${a.getAttribute('data-cite')}`).toMatch(
            lang === 'en'
              ? /\((?:[^()]*, (?:paragraph|figure) \d+;? ?)+\)$/
              : /\((?:[^()]*, (?:párrafo|figura) \d+;? ?)+\)$/,
          );
      }
  });

  it('counts in the register the claims resting on each footnote, and marks those resting on a single interview', () => {
    for (const lang of ['en', 'es'] as const) {
      const doc = page(`${lang === 'es' ? 'es/' : ''}sources/`);
      for (const s of atlas.sources.filter((x) => x.number !== undefined)) {
        const el = doc.getElementById(s.id)!;
        const claims = s.citedBy.reduce((n, r) => n + r.claims, 0);
        expect(el.querySelector('[data-claims]')?.getAttribute('data-claims'), s.id).toBe(String(claims));
        expect(el.querySelectorAll('[data-single-interview]').length, s.id).toBe(
          s.citedBy.filter((r) => r.singleInterview > 0).length,
        );
        if (s.document === 'insight-crime-2023')
          expect(el.querySelector('.in-report')?.text, s.id).toMatch(lang === 'en' ? /paragraph \d+/ : /párrafo \d+/);
      }
      expect(doc.querySelectorAll('[data-single-interview]').length).toBeGreaterThan(5);
      // Where the text and the footnote disagree, the register says so (footnote 50: a pastor's quote on an official's interview).
      expect(doc.getElementById('ic-50')!.querySelector('.source-note')?.text).toMatch(
        lang === 'en' ? /pastor/ : /pastor/,
      );
      expect(doc.querySelectorAll('.source-note').length).toBe(atlas.sources.filter((x) => x.note).length);
    }
  });

  it('explains the labels on /about/ in both languages', () => {
    for (const lang of ['en', 'es'] as const) {
      const doc = page(`${lang === 'es' ? 'es/' : ''}about/`);
      const key = doc.querySelector('#certainty ~ dl.certainty-key')!;
      expect(key.querySelectorAll('.certainty').map((l) => l.getAttribute('data-certainty'))).toEqual([
        'stated',
        'reported',
        'alleged',
        'possible',
        'unverified',
      ]);
    }
  });
});

describe('the comparison', () => {
  it("opens on the grid, and shows every cell's certainty without opening it, in both languages", () => {
    for (const lang of ['en', 'es'] as const) {
      const doc = page(`${lang === 'es' ? 'es/' : ''}compare/`);
      const h2s = doc.querySelectorAll('main h2').map((h) => h.id);
      expect(h2s[0], lang).toBe('matrix');
      expect(h2s.indexOf('findings'), lang).toBeGreaterThan(h2s.indexOf('opportunities'));
      for (const cell of atlas.comparison.cells) {
        const td = doc.getElementById(`cell-${cell.corridor}-${cell.dimension}`)!;
        const label = td.querySelector('summary .certainty');
        expect(label?.getAttribute('data-certainty'), `${lang} ${cell.corridor} ${cell.dimension}`).toBe(
          cell.rationale.certainty,
        );
        expect(td.querySelector('details p')?.text.trim().length).toBeGreaterThan(20);
      }
    }
  });

  it("marks the corridors under each opportunity as the atlas's reading, with its basis", () => {
    for (const lang of ['en', 'es'] as const) {
      const doc = page(`${lang === 'es' ? 'es/' : ''}compare/`);
      for (const o of atlas.report.opportunities) {
        const card = doc.getElementById(`opportunity-${o.number}`)!;
        expect(card.text, `${lang} ${o.number}`).toMatch(lang === 'en' ? /The atlas’s reading/ : /Lectura del atlas/);
        expect(card.querySelector('.reading .certainty')?.getAttribute('data-certainty')).toBe(o.reading.certainty);
        expect(card.querySelectorAll('.reading .cites a').length).toBeGreaterThan(0);
      }
    }
  });

  it('draws the unclear level hatched, never as the light end of the scale', () => {
    const doc = page('compare/');
    const unclear = atlas.comparison.cells.filter(
      (c) =>
        atlas.comparison.dimensions.find((d) => d.id === c.dimension)!.levels.find((l) => l.code === c.code)!.unclear,
    );
    expect(unclear.length).toBeGreaterThan(0);
    for (const c of atlas.comparison.cells) {
      const fill = doc
        .getElementById(`cell-${c.corridor}-${c.dimension}`)!
        .querySelector('.level-swatch rect')
        ?.getAttribute('fill');
      if (unclear.includes(c)) expect(fill, `${c.corridor} ${c.dimension}`).toBe('url(#unclear-hatch)');
      else expect(fill ?? '', `${c.corridor} ${c.dimension}`).not.toBe('url(#unclear-hatch)');
    }
  });
});

describe('the national picture', () => {
  it('says who first, then where, then how the study was done, its limits and terms, then the tables', () => {
    for (const lang of ['en', 'es'] as const) {
      const doc = page(`${lang === 'es' ? 'es/' : ''}national/`);
      const h2s = doc.querySelectorAll('main h2').map((h) => h.id);
      expect(h2s.slice(0, 5), lang).toEqual(['perpetrators', 'table-3', 'method', 'limits', 'definitions']);
      for (const part of ['perpetrators', 'method', 'limits', 'definitions'] as const) {
        const items = doc.querySelectorAll(`[id^="national-${part}-"]`);
        expect(items.length, `${lang} ${part}`).toBe(atlas.report.national[part].length);
        for (const li of items) expect(li.querySelector('.certainty'), `${lang} ${li.id}`).not.toBeNull();
      }
    }
  });

  it("says in the legend what the shading counts, and keeps the tables' quirks beside them", () => {
    const en = page('national/');
    expect(en.querySelector('figcaption')!.text).toMatch(/No interviewee was trafficked here/);
    expect(en.querySelector('figcaption')!.text).toMatch(/not all victims/);
    expect(en.querySelector('#table-4 caption')!.text).toMatch(/Time since escaping/);
    expect(en.text).toMatch(/exactly 15 months in none of them/);
    expect(en.text).toMatch(/48\.0% for the cartels' 37 of 77 cases/);
    const es = page('es/national/');
    expect(es.querySelector('figcaption')!.text).toMatch(/Ninguna entrevistada fue explotada aquí/);
  });
});

describe('the statements download', () => {
  it('has one row per claim on the site, with its certainty, basis and footnotes', () => {
    const csv = readFileSync(path.join(DIST, 'data/statements.csv'), 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('corridor,section,anchor,certainty,attribution,attributed_to,basis,cites,text_en,text_es');
    const all = [
      ...atlas.corridors.flatMap((c) => corridorStatements(c, '')),
      ...reportStatements(atlas.report, ''),
      ...comparisonStatements(atlas.comparison, ''),
      ...tableStatements(atlas.tables, ''),
    ];
    // Texts may hold line breaks inside quotes; count records by their anchor column instead.
    const rows = lines.filter((l) =>
      /^(?:[a-z-]*),(?:[a-z_]+),[a-z0-9-]+,(?:stated|reported|alleged|possible|unverified),/.test(l),
    );
    expect(rows.length).toBe(all.length);
    expect(csv).toContain('cell-ciudad-juarez-cartel-control');
    expect(rows.some((r) => r.includes(',unverified,'))).toBe(true);
  });
});
