// Degraded browsers: without JavaScript or WebGL no control stays on screen doing nothing, and the
// presenter still walks through every step; a URL camera far from everything falls back to a view
// with content; a deep link on a phone applies at once; offline clicks and a lost WebGL context
// leave a message and the static map, never a blank.
import { test as plainTest, type Page } from '@playwright/test';
import { expect, launchChromium, mapReady, test } from './fixtures.ts';

const MAP_PAGES = ['', 'corridors/tamaulipas/', 'embed/'];

/** The names of the form controls a reader can see on the page. */
const visibleControls = (page: Page) =>
  page
    .locator('button, input, select, textarea')
    .evaluateAll((els) =>
      els
        .filter((el) => (el as HTMLElement).checkVisibility())
        .map((el) => ((el as HTMLInputElement).labels?.[0] ?? el).textContent?.trim() || el.outerHTML),
    );

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('no map page shows a button or box that needs the script', async ({ page }) => {
    for (const path of MAP_PAGES) {
      await page.goto(path);
      await expect(page.locator('svg[data-static-map]')).toBeVisible();
      expect(await visibleControls(page), path).toEqual([]);
    }
  });

  test('the presenter reaches every step by following Next from the first', async ({ page }) => {
    await page.goto('present/');
    const steps = page.locator('[data-step]');
    const titles = await steps.locator('h2').allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(9);
    for (const [i, title] of titles.entries()) {
      const current = steps.nth(i);
      await expect(current.getByRole('heading', { level: 2 })).toHaveText(title);
      await expect(current.getByRole('heading', { level: 2 })).toBeVisible();
      // One step at a time: the others are out of sight.
      await expect(steps.filter({ visible: true })).toHaveCount(1);
      if (i === titles.length - 1) break;
      const next = current.getByRole('link', { name: 'Next' });
      await expect(next).toBeVisible();
      await next.click();
    }
    await steps.last().getByRole('link', { name: 'Previous' }).click();
    await expect(steps.nth(titles.length - 2).getByRole('heading', { level: 2 })).toBeVisible();
    expect(await visibleControls(page)).toEqual([]);
    // A step reached by its anchor stays readable: no :target highlight under the white text.
    await expect(steps.nth(titles.length - 2)).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  });
});

test('without WebGL the share tools that work stay, and PNG and the layer boxes are gone', async ({ baseURL }) => {
  const browser = await launchChromium(['--disable-webgl']);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const path of MAP_PAGES) {
    await page.goto(`${baseURL}${path}`);
    await expect(page.locator('atlas-map')).toHaveAttribute('data-state', 'failed');
    const expected = path === 'embed/' ? [] : ['Copy link', 'Embed', 'Cite'];
    expect(await visibleControls(page), path).toEqual(expected);
    if (!expected.length) continue;
    // What is left works: Cite opens its dialog with the citation.
    await page.getByRole('button', { name: 'Cite' }).click();
    await expect(page.locator('dialog[data-dialog="cite"] [data-cite-out="text"]')).toHaveValue(/\S/);
    await page.keyboard.press('Escape');
  }
  expect(errors).toEqual([]);
  await browser.close();
});

for (const [label, query, focus] of [
  ['the whole border', '', 'border'],
  ['its corridor', 'corridor=tamaulipas&', 'tamaulipas'],
] as const)
  test(`a camera clamped to a corner of nothing falls back to ${label}`, async ({ page, baseURL }) => {
    const { bounds } = (await (await page.request.get(`${baseURL}map/atlas.json`)).json()) as {
      bounds: Record<string, [number, number, number, number]>;
    };
    const [west, south, east, north] = bounds[focus]!;
    await page.goto(`?${query}camera=-60,50,12`);
    const map = await mapReady(page);
    const [lon, lat] = (await map.getAttribute('data-camera'))!.split(',').map(Number);
    expect(lon).toBeGreaterThan(west);
    expect(lon).toBeLessThan(east);
    expect(lat).toBeGreaterThan(south);
    expect(lat).toBeLessThan(north);
    await expect(page).not.toHaveURL(/camera=-60/);
    await expect
      .poll(() =>
        map.evaluate((el) =>
          (el as unknown as { renderedFeatureIds(l: string): string[] }).renderedFeatureIds('corridor-fill'),
        ),
      )
      .toContain(focus === 'border' ? 'tamaulipas' : focus);
  });

test('a deep link on a phone opens its corridor and selection without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('?corridor=tamaulipas&select=place-nuevo-laredo');
  const panel = page.locator('[data-panel]');
  await expect(panel).toBeVisible();
  await expect(page.locator('[data-panel-title]')).toHaveText(/Tamaulipas/);
  const heading = panel.locator('[id="panel-place-nuevo-laredo"]').locator('h3, h4').first();
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page).toHaveURL(/corridor=tamaulipas&select=place-nuevo-laredo/);
});

test('without WebGL, a deep link still opens its corridor and its selection', async ({ baseURL }) => {
  const browser = await launchChromium(['--disable-webgl']);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${baseURL}?corridor=tamaulipas&select=actor-northeast-cartel`);
  await expect(page.locator('atlas-map')).toHaveAttribute('data-state', 'failed');
  const heading = page.locator('[data-panel] [id="panel-actor-northeast-cartel"]').locator('h3, h4').first();
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await browser.close();
});

test('a lost WebGL context that never comes back shows the static map and says why', async ({ page }) => {
  await page.goto('corridors/ciudad-juarez/');
  const map = await mapReady(page);
  await expect(page.locator('svg[data-static-map]')).toBeHidden();
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
    gl.getExtension('WEBGL_lose_context')!.loseContext();
  });
  await expect(map).toHaveAttribute('data-state', 'context-lost');
  await expect(page.locator('svg[data-static-map]')).toBeVisible();
  await expect(page.locator('[data-map-status]')).toBeVisible();
  await expect(page.locator('[data-map-status]')).toContainText('static map');
  await expect(page.getByRole('button', { name: 'Download PNG' })).toBeHidden();
});

// The failed panel request logs a network error to the console, which this test expects; it checks
// page errors (an unhandled rejection is one) itself.
plainTest('a corridor chosen while offline says so and links to its page', async ({ page, context }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('');
  await mapReady(page);
  await context.setOffline(true);
  await page.locator('[data-select-corridor="tamaulipas"]').click();
  const message = page.locator('[data-panel] [data-panel-failed]');
  await expect(message).toBeVisible();
  await expect(page.locator('[data-panel-title]')).toHaveText(/Tamaulipas/);
  await expect(page.locator('[data-panel-link]')).toHaveAttribute('href', /corridors\/tamaulipas\/$/);
  await expect(page.locator('[data-panel-link]')).toBeVisible();
  await context.setOffline(false);
  expect(errors).toEqual([]);
});
