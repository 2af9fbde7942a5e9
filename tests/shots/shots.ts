/**
 * npm run shots: every view a reader meets (atlas, a corridor, compare, national, the embed, a
 * presenter step, the PNG export and the printed handout) at a phone, a laptop and a desktop size,
 * in light and dark, into shots/ (ignored by git), with one contact sheet (shots/index.html and
 * shots/contact.png) so anyone can look at every view in a minute. Builds first if dist/ is missing;
 * serves dist/ on a free local port; needs no network.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchMeasuringChromium } from '../chromium.ts';
import { CORRIDORS } from '../routes.ts';

const OUT = 'shots';
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'desktop', width: 1920, height: 1080 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const corridor = CORRIDORS[0]!.id;

interface Shot {
  view: string;
  size: string;
  scheme: string;
  file: string;
}

/** A port nobody listens on now. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const run = (cmd: string, args: string[]) =>
  new Promise<void>((resolve, reject) =>
    spawn(cmd, args, { stdio: 'inherit' }).once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`)),
    ),
  );

/** Wait until the page's map (if any) is drawn or has given up, and the fonts are in. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  const maps = page.locator('atlas-map');
  if (await maps.count())
    await page
      .waitForFunction(
        () =>
          // A map below the fold starts only when scrolled to; the shot shows the first screen.
          [...document.querySelectorAll<HTMLElement>('atlas-map')]
            .filter((m) => m.getBoundingClientRect().top < innerHeight)
            .every((m) => ['ready', 'failed', 'context-lost'].includes(m.dataset['state'] ?? '')),
        undefined,
        { timeout: 60_000 },
      )
      .catch(() => console.warn(`  map not ready on ${page.url()}; shot taken as it is`));
  await page.evaluate(() => document.fonts.ready);
}

async function views(context: BrowserContext, origin: string, tag: string): Promise<Array<[string, string]>> {
  const page = await context.newPage();
  const done: Array<[string, string]> = [];
  const shoot = async (view: string, url: string, fullPage = false) => {
    await page.goto(origin + url);
    await settle(page);
    const file = `${view}-${tag}.png`;
    await page.screenshot({ path: path.join(OUT, file), fullPage });
    done.push([view, file]);
  };
  await shoot('atlas', '/');
  await shoot('corridor', `/corridors/${corridor}/`);
  await shoot('compare', '/compare/');
  await shoot('national', '/national/');
  await shoot('embed', `/embed/?corridor=${corridor}`);
  await shoot('present', `/present/?step=${corridor}`);

  // The PNG export as a reader downloads it from the corridor page.
  await page.goto(origin + `/corridors/${corridor}/`);
  await settle(page);
  const button = page.locator('[data-share-png]');
  if (await button.isVisible()) {
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const file = `png-${tag}.png`;
    await download.saveAs(path.join(OUT, file));
    done.push(['png', file]);
  } else console.warn(`  no PNG button (${tag})`);

  // The handout: the PDF a reader prints, and the same page as print media on a Letter-wide page
  // (8.5 in at 96 px/in), whole, so its length shows how many sheets it takes.
  await page.setViewportSize({ width: 816, height: 1056 });
  await page.goto(origin + `/corridors/${corridor}/`);
  await settle(page);
  await page.emulateMedia({ media: 'print' });
  for (const format of ['Letter', 'A4'] as const)
    await page.pdf({ path: path.join(OUT, `handout-${format}-${tag}.pdf`), format, printBackground: true });
  const file = `handout-${tag}.png`;
  await page.screenshot({ path: path.join(OUT, file), fullPage: true });
  done.push(['handout', file]);
  await page.close();
  return done;
}

function contactSheet(shots: Shot[]): string {
  const viewNames = [...new Set(shots.map((s) => s.view))];
  const columns = SIZES.flatMap((size) => SCHEMES.map((scheme) => ({ size: size.name, scheme })));
  const cell = (view: string, size: string, scheme: string) => {
    const s = shots.find((x) => x.view === view && x.size === size && x.scheme === scheme);
    return s ? `<td><a href="${s.file}"><img src="${s.file}" alt="${view} ${size} ${scheme}"></a></td>` : '<td>–</td>';
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shots · ${new Date().toISOString()}</title>
<style>body{font:14px system-ui,sans-serif;margin:12px;background:#fff;color:#111}table{border-collapse:collapse}
th,td{border:1px solid #ccc;padding:4px;vertical-align:top}th{background:#eee}
img{display:block;width:220px;max-height:420px;object-fit:contain;object-position:top}</style></head><body>
<h1>Border Corridors Atlas: every view (${corridor} for corridor views)</h1><table><thead><tr><th></th>${columns
    .map((c) => `<th>${c.size} ${c.scheme}</th>`)
    .join('')}</tr></thead><tbody>${viewNames
    .map((v) => `<tr><th>${v}</th>${columns.map((c) => cell(v, c.size, c.scheme)).join('')}</tr>`)
    .join('')}</tbody></table><p>PDFs of the handout (Letter and A4) are beside these images.</p></body></html>`;
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) await run('npm', ['run', 'build']);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  const browser = await launchMeasuringChromium();
  try {
    for (let i = 0; i < 150; i++) {
      if (
        await fetch(origin + '/')
          .then((r) => r.ok)
          .catch(() => false)
      )
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const shots: Shot[] = [];
    for (const size of SIZES)
      for (const scheme of SCHEMES) {
        const tag = `${size.name}-${scheme}`;
        console.log(`shots: ${tag}`);
        const context = await browser.newContext({
          viewport: { width: size.width, height: size.height },
          colorScheme: scheme,
          acceptDownloads: true,
        });
        // Nothing may leave this machine: any other host is refused.
        await context.route(
          (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol),
          (route) => route.abort(),
        );
        for (const [view, file] of await views(context, origin, tag))
          shots.push({ view, size: size.name, scheme, file });
        await context.close();
      }
    writeFileSync(path.join(OUT, 'index.html'), contactSheet(shots));
    const page = await browser.newPage({ viewport: { width: 1460, height: 900 } });
    await page.goto(`file://${path.resolve(OUT, 'index.html')}`);
    await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode().catch(() => undefined))));
    await page.screenshot({ path: path.join(OUT, 'contact.png'), fullPage: true });
    console.log(`shots: ${shots.length} images; contact sheet ${OUT}/index.html and ${OUT}/contact.png`);
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
