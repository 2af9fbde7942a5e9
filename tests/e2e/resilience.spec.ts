// The map without a mouse and after losing its WebGL context; every route without WebGL and
// without JavaScript still shows its content and the static map.
import { expect, launchChromium, test, mapReady } from './fixtures.ts';

import { FIRST_LANGUAGE, routesWhere } from '../routes.ts';

// Every map page but the presenter (its own test), in one language: the map code is the same in each.
const ROUTES = routesWhere((p) => p.map && p.id !== 'present', FIRST_LANGUAGE);

test.use({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });

test('the map pans with buttons, no dragging needed', async ({ page }) => {
  await page.goto('');
  const map = await mapReady(page);
  const before = (await map.getAttribute('data-camera'))!.split(',').map(Number);
  await page.getByRole('button', { name: 'Pan east' }).click();
  await expect
    .poll(async () => Number((await map.getAttribute('data-camera'))!.split(',')[0]))
    .toBeGreaterThan(before[0]!);
  await page.getByRole('button', { name: 'Pan north' }).click();
  await expect
    .poll(async () => Number((await map.getAttribute('data-camera'))!.split(',')[1]))
    .toBeGreaterThan(before[1]!);
});

test('the map recovers after its WebGL context is lost and restored', async ({ page }) => {
  await page.goto('corridors/ciudad-juarez/');
  const map = await mapReady(page);
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
    const ext = gl.getExtension('WEBGL_lose_context')!;
    (window as unknown as { loseExt: WEBGL_lose_context }).loseExt = ext;
    ext.loseContext();
  });
  await expect(map).toHaveAttribute('data-state', 'context-lost');
  await page.evaluate(() => (window as unknown as { loseExt: WEBGL_lose_context }).loseExt.restoreContext());
  await expect(map).toHaveAttribute('data-state', 'ready');
  await expect
    .poll(() =>
      map.evaluate((el) =>
        (el as unknown as { renderedFeatureIds(l: string): string[] }).renderedFeatureIds('corridor-fill'),
      ),
    )
    .toContain('ciudad-juarez');
});

for (const [label, options] of [
  ['without WebGL', { args: ['--disable-webgl'], js: true }],
  ['without JavaScript', { args: [], js: false }],
] as const) {
  test(`every map route ${label} shows its content and the static map`, async ({ baseURL }) => {
    const browser = await launchChromium([...options.args]);
    const context = await browser.newContext({ javaScriptEnabled: options.js });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const lang of ['', 'es/'])
      for (const route of ROUTES) {
        await page.goto(`${baseURL}${lang}${route}`);
        await expect(page.locator('svg[data-static-map]')).toBeVisible();
        await expect(page.locator('svg[data-static-map] title')).not.toBeEmpty();
        await expect(page.locator('h1')).toBeVisible();
        if (options.js) await expect(page.locator('[data-map-status]')).toBeVisible();
        else await expect(page.locator('[data-map-status]')).toBeHidden();
      }
    expect(errors).toEqual([]);
    await browser.close();
  });
}
