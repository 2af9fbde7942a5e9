// 200+ generated hostile URL states: each page falls back to the default view, normalises its URL,
// raises no error and gains no injected element. WebGL is off so the map fails fast; the URL state
// is read and normalised before the map would start.
import { parseView, serializeView } from '../../src/lib/url-state.ts';
import { CORRIDOR_IDS, routesWhere } from '../routes.ts';
import { expect, launchChromium, test } from './fixtures.ts';

// No hostile value names a real place or actor, so the known selections can stay empty.
const KNOWN = Object.fromEntries(CORRIDOR_IDS.map((id) => [id, []]));
// Every page that reads a view from its URL (the presenter reads only its step), in every language.
const ROUTES = routesWhere((p) => p.map && p.id !== 'present');

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%3Csvg%20onload%3Dalert(1)%3E',
  'NaN',
  'Infinity',
  '-1e309',
  '1e999',
  '##',
  '#',
  '',
  ' ',
  '\u202e',
  '../../etc/passwd',
  'tamaulipas<',
  'TAMAULIPAS',
  'x'.repeat(5000),
  '{"a":1}',
  '__proto__',
  'constructor',
  '%00',
  '%E0%A4%A',
  'place-"><b>x</b>',
  '-999,999,99',
  '1,2,3,4',
  ',,',
];
const KEYS = ['corridor', 'select', 'layers', 'camera', 'step', 'lang', '__proto__'];

/** A small deterministic generator, so failures reproduce. */
function* states(n: number): Generator<string> {
  let seed = 20261124;
  const rand = (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % k;
  };
  for (let i = 0; i < n; i++) {
    const parts: string[] = [];
    for (let j = 0, m = 1 + rand(3); j < m; j++)
      parts.push(`${KEYS[rand(KEYS.length)]}=${encodeURIComponent(HOSTILE[rand(HOSTILE.length)]!)}`);
    const raw = parts.join('&');
    yield rand(5) === 0 ? `${raw}#${HOSTILE[rand(HOSTILE.length)]}` : raw;
  }
}

test('hostile URL states fall back to the default view without error or injection', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const browser = await launchChromium(['--disable-webgl']);
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  let count = 0;
  let kept = 0;
  for (const query of states(200)) {
    const route = ROUTES[count % ROUTES.length]!;
    await page.goto(`${baseURL}${route}?${query}`);
    await expect(page.locator('atlas-map')).toHaveAttribute('data-state', 'failed');
    const search = new URL(page.url()).search;
    // Whatever survived normalisation is a known value in canonical form.
    expect(search, query).toMatch(
      /^(\?(corridor=[a-z-]+|select=(place|actor)-[a-z0-9-]+|layers=[a-z,]*|camera=-?[\d.]+,-?[\d.]+,[\d.]+)(&|$))*$|^$/,
    );
    // Exactly the canonical form of what the URL held: hostile values dropped, numbers clamped.
    expect(search, query).toBe(serializeView(parseView(`?${query.split('#')[0]}`, KNOWN)));
    if (search) kept++;
    await expect(page.locator('[data-panel]:not([hidden])')).toHaveCount(0);
    const injected = await page.evaluate(
      () => document.querySelectorAll('img[src="x"], [onerror], [onload], svg[onload], b:not([class])').length,
    );
    expect(injected, query).toBe(0);
    count++;
  }
  // The generator reaches both outcomes: most states are emptied, some keep a valid (clamped) value.
  expect(kept).toBeGreaterThan(0);
  expect(count - kept).toBeGreaterThan(count / 2);
  expect(errors).toEqual([]);
  await browser.close();
});
