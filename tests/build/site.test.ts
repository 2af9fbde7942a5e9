// Checks of the built site in dist/: every page exists, carries its title and language, every
// internal link and footnote resolves, and every corridor page carries everything its data holds.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Atlas } from '../../src/lib/evidence.ts';
import { loadAtlas } from '../../src/lib/read-data.ts';

const DIST = path.resolve('dist');
const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const CORRIDORS = ['tijuana-mexicali', 'sonoran-desert', 'ciudad-juarez', 'tamaulipas'];
const EN_ROUTES = [
  '',
  'about/',
  'sources/',
  'compare/',
  'national/',
  'data/',
  'present/',
  'embed/',
  ...CORRIDORS.map((id) => `corridors/${id}/`),
];
const ROUTES = [...EN_ROUTES, ...EN_ROUTES.map((r) => `es/${r}`)];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

const pages = new Map<string, HTMLElement>();
function page(route: string): HTMLElement {
  const file = path.join(DIST, route, 'index.html');
  if (!pages.has(file)) pages.set(file, parse(readFileSync(file, 'utf8')));
  return pages.get(file)!;
}
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
    for (const route of ROUTES) expect(existsSync(path.join(DIST, route, 'index.html')), route).toBe(true);
  });

  it('has a language, a title, a description and one h1', () => {
    for (const file of htmlFiles(DIST)) {
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
    for (const file of htmlFiles(DIST)) {
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
      expect(doc.getElementById(id!)!.querySelectorAll('.backlinks a').length, id!).toBeGreaterThan(0);
    expect(doc.getElementById('ic-4')!.text).toMatch(/3/);
  });
});
