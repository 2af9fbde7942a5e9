/**
 * npm run bench: per route, the gzipped bytes actually loaded (HTML, CSS, JS, data, fonts, other),
 * first contentful paint and the time until the map is ready, over several runs (median and
 * spread), beside a plain reference page that loads maplibre-gl and the same data the ordinary
 * way, measured in the same run. Writes a table to stdout and tests/bench/results.json.
 * Timings on a shared machine are noisy: read the ratios to the reference, not the milliseconds.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { launchMeasuringChromium } from '../chromium.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = 4391;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ROUTES = [
  '/',
  '/corridors/tamaulipas/',
  '/embed/',
  '/national/',
  '/compare/',
  '/sources/',
  '/about/',
  '/bench-reference/',
];
const require = createRequire(import.meta.url);

type Kind = 'html' | 'css' | 'js' | 'data' | 'font' | 'image' | 'other';
interface Sample {
  bytes: Record<Kind, number>;
  total: number;
  fcp: number | null;
  mapReady: number | null;
  firstChunkHasHeading: boolean;
}

/** A reference page done the ordinary way: maplibre in the head, its CSS blocking, data fetched after. */
function writeReference(): void {
  const dir = path.join('dist', 'bench-reference');
  mkdirSync(dir, { recursive: true });
  const mlDir = path.dirname(require.resolve('maplibre-gl/package.json'));
  for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl-shared.mjs', 'maplibre-gl.css'])
    copyFileSync(path.join(mlDir, 'dist', f), path.join(dir, f));
  copyFileSync(
    path.join(path.dirname(require.resolve('topojson-client/package.json')), 'dist', 'topojson-client.min.js'),
    path.join(dir, 'topojson-client.min.js'),
  );
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reference</title>
<link rel="stylesheet" href="maplibre-gl.css">
<script src="topojson-client.min.js"></script>
<script type="module">
import { Map, setWorkerUrl } from './maplibre-gl.mjs';
const { feature } = window.topojson;
setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);
const topo = await (await fetch('/map/basemap.json')).json();
const basemap = Object.fromEntries(Object.keys(topo.objects).map((k) => [k, feature(topo, topo.objects[k])]));
basemap.border = basemap.border.features[0];
const atlas = await (await fetch('/map/atlas.json')).json();
const map = new Map({ container: 'map', bounds: atlas.bounds.border, style: { version: 8, sources: {
  countries: { type: 'geojson', data: basemap.countries }, mx: { type: 'geojson', data: basemap.mxStates },
  us: { type: 'geojson', data: basemap.usStates }, border: { type: 'geojson', data: basemap.border },
  corridors: { type: 'geojson', data: atlas.corridors }, places: { type: 'geojson', data: atlas.places } },
  layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#dbe7ee' } },
    { id: 'c', type: 'fill', source: 'countries', paint: { 'fill-color': '#f6f3ec' } },
    { id: 'mx', type: 'line', source: 'mx', paint: { 'line-color': '#a39d90' } },
    { id: 'us', type: 'line', source: 'us', paint: { 'line-color': '#a39d90' } },
    { id: 'b', type: 'line', source: 'border', paint: { 'line-color': '#8b1a1a', 'line-width': 2 } },
    { id: 'k', type: 'fill', source: 'corridors', paint: { 'fill-color': '#0072B2', 'fill-opacity': 0.3 } },
    { id: 'p', type: 'circle', source: 'places', paint: { 'circle-radius': 4 } }] } });
map.once('idle', () => { document.body.dataset.readyAt = String(Math.round(performance.now())); });
</script></head><body><h1>Border Corridors Atlas (reference)</h1><p>The same map, loaded the ordinary way.</p>
<div id="map" style="width:100%;height:560px"></div></body></html>`,
  );
}

function kindOf(url: string, type: string): Kind {
  if (type.includes('html')) return 'html';
  if (type.includes('css')) return 'css';
  if (type.includes('javascript') || url.endsWith('.js') || url.endsWith('.mjs')) return 'js';
  if (type.includes('json')) return 'data';
  if (type.includes('font') || /\.woff2?$/.test(url)) return 'font';
  if (type.startsWith('image/')) return 'image';
  return 'other';
}

async function measure(page: Page, route: string): Promise<Sample> {
  const bytes: Record<Kind, number> = { html: 0, css: 0, js: 0, data: 0, font: 0, image: 0, other: 0 };
  let firstChunkHasHeading = false;
  const pending: Promise<void>[] = [];
  page.on('response', (response) =>
    pending.push(
      (async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const type = response.headers()['content-type'] ?? '';
        const kind = kindOf(response.url(), type);
        const size = ['font', 'image'].includes(kind) ? body.length : gzipSync(body).length;
        bytes[kind] += size;
        if (kind === 'html' && response.url() === ORIGIN + route) {
          // Does the first 14 KB (gzipped) of the HTML hold the CSS and the heading? Find the
          // largest prefix that compresses under 14 KB and look for <h1> and the stylesheet in it.
          let lo = 0;
          let hi = body.length;
          while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (gzipSync(body.subarray(0, mid)).length <= 14 * 1024) lo = mid;
            else hi = mid - 1;
          }
          const prefix = body.subarray(0, lo).toString();
          firstChunkHasHeading =
            /<h1[\s>][\s\S]*?<\/h1>/.test(prefix) &&
            (/<style/.test(prefix) || !/<link[^>]+stylesheet/.test(body.toString()));
        }
      })(),
    ),
  );
  await page.goto(ORIGIN + route, { waitUntil: 'load' });
  const hasMap = (await page.locator('atlas-map').count()) > 0 || route.includes('reference');
  let mapReady: number | null = null;
  if (hasMap) {
    const selector = route.includes('reference') ? 'body[data-ready-at]' : 'atlas-map[data-ready-at]';
    await page.waitForSelector(selector, { timeout: 60_000 });
    mapReady = Number(await page.locator(selector).first().getAttribute('data-ready-at'));
  }
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  const total = Object.values(bytes).reduce((a, b) => a + b, 0);
  return { bytes, total, fcp, mapReady, firstChunkHasHeading };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
const spread = (xs: number[]) => (xs.length ? Math.max(...xs) - Math.min(...xs) : NaN);
const kb = (n: number) => (n / 1024).toFixed(1);

async function main(): Promise<void> {
  writeReference();
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  try {
    for (let i = 0; i < 100; i++) {
      if (
        await fetch(ORIGIN + '/')
          .then((r) => r.ok)
          .catch(() => false)
      )
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const browser = await launchMeasuringChromium();
    const results: Record<string, Sample[]> = {};
    for (let run = 0; run < RUNS; run++)
      for (const route of ROUTES) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        (results[route] ??= []).push(await measure(page, route));
        await context.close();
      }
    await browser.close();

    const ref = results['/bench-reference/']!;
    const refReady = median(ref.map((s) => s.mapReady!));
    const refBytes = median(ref.map((s) => s.total));
    const rows = ROUTES.map((route) => {
      const s = results[route]!;
      const ready = s.every((x) => x.mapReady !== null) ? s.map((x) => x.mapReady!) : [];
      const m = (k: Kind) => median(s.map((x) => x.bytes[k]));
      return {
        route,
        html_kb: kb(m('html')),
        css_kb: kb(m('css')),
        js_kb: kb(m('js')),
        data_kb: kb(m('data')),
        font_kb: kb(m('font')),
        total_kb: kb(median(s.map((x) => x.total))),
        bytes_vs_reference: (median(s.map((x) => x.total)) / refBytes).toFixed(2),
        fcp_ms: Math.round(median(s.map((x) => x.fcp ?? NaN))),
        fcp_spread_ms: Math.round(spread(s.map((x) => x.fcp ?? NaN))),
        map_ready_ms: ready.length ? Math.round(median(ready)) : null,
        map_ready_spread_ms: ready.length ? Math.round(spread(ready)) : null,
        map_ready_vs_reference: ready.length ? (median(ready) / refReady).toFixed(2) : null,
        first_14kb_has_css_and_h1: s.every((x) => x.firstChunkHasHeading),
        loads_map_code: s.some((x) => x.bytes.js > 100 * 1024),
      };
    });
    console.table(rows);
    const out = {
      date: new Date().toISOString(),
      runs: RUNS,
      machine: `${process.platform} ${process.arch}, Chromium with software WebGL`,
      rows,
    };
    writeFileSync(path.join('tests', 'bench', 'results.json'), `${JSON.stringify(out, null, 2)}\n`);
    console.log('Written tests/bench/results.json');
  } finally {
    server.kill();
  }
}

await main();
