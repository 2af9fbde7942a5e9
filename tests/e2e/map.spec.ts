// The interactive map in real Chromium with software WebGL: it reaches idle, draws the corridors and
// the Mexican states, answers the keyboard, and asks nothing of any other host.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, mapReady } from './fixtures.ts';

import { CORRIDOR_IDS as CORRIDORS } from '../routes.ts';

const rendered = (page: Page, layer: string) =>
  page
    .locator('atlas-map')
    .evaluate((el, l) => (el as unknown as { renderedFeatureIds(x: string): string[] }).renderedFeatureIds(l), layer);

test.describe('the atlas map', () => {
  test.use({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });

  test('reaches idle with the four corridors and the Mexican states drawn', async ({ page, offsite }) => {
    await page.goto('');
    await mapReady(page);
    expect((await rendered(page, 'corridor-fill')).sort()).toEqual([...CORRIDORS].sort());
    const states = await rendered(page, 'mx-state-fill');
    expect(states).toEqual(expect.arrayContaining(['MX-BCN', 'MX-SON', 'MX-CHH', 'MX-COA', 'MX-NLE', 'MX-TAM']));
    expect(await rendered(page, 'border-line')).not.toEqual([]);
    expect(offsite).toEqual([]);
  });

  test('selecting each corridor by keyboard opens its panel and moves the camera; Escape closes it', async ({
    page,
  }) => {
    await page.goto('');
    await mapReady(page);
    const map = page.locator('atlas-map');
    for (const id of CORRIDORS) {
      const before = await map.getAttribute('data-camera');
      const link = page.locator(`[data-select-corridor="${id}"]`);
      await link.focus();
      await page.keyboard.press('Enter');
      const panel = page.locator('[data-panel]');
      await expect(panel).toBeVisible();
      await expect(page.locator('[data-panel-title]')).toBeFocused();
      const name = (await link.textContent())!.replace(/^\s*\d\.\s*/, '').trim();
      await expect(page.locator('[data-panel-title]')).toHaveText(name);
      await expect(panel.locator('[id^="panel-actor-"]').first()).toBeVisible();
      await expect(map).not.toHaveAttribute('data-camera', before!);
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(link).toBeFocused();
    }
  });

  test('layers can be switched off and the legend explains them in words', async ({ page }) => {
    await page.goto('');
    await mapReady(page);
    await page.getByRole('checkbox', { name: /Corridors/ }).uncheck();
    await expect.poll(() => rendered(page, 'corridor-fill')).toEqual([]);
    await page.getByRole('checkbox', { name: /Corridors/ }).check();
    await expect.poll(async () => (await rendered(page, 'corridor-fill')).length).toBe(4);
    const legend = page.locator('.atlas-legend');
    for (const word of ['Border city', 'Cartel', 'Recruitment', 'approximate'])
      await expect(legend).toContainText(word);
  });

  test('axe finds no violation with the panel open', async ({ page }) => {
    await page.goto('');
    await mapReady(page);
    await page.locator('[data-select-corridor="ciudad-juarez"]').click();
    await expect(page.locator('[data-panel]')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the corridor page shows the same map focused on its corridor', async ({ page }) => {
    await page.goto('corridors/sonoran-desert/');
    await mapReady(page);
    expect(await rendered(page, 'corridor-fill')).toContain('sonoran-desert');
    const [lon] = (await page.locator('atlas-map').getAttribute('data-camera'))!.split(',').map(Number);
    expect(lon).toBeGreaterThan(-113.5);
    expect(lon).toBeLessThan(-110);
    // Places on the page get a "Show on map" button once the map is ready.
    await expect(page.locator('[data-place] .show-on-map').first()).toBeVisible();
  });
});

test.describe('the map in dark mode, its symbols and scale', () => {
  test.use({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const sea = (page: Page) =>
    page
      .locator('atlas-map')
      .evaluate((el) =>
        (el as unknown as { map: { getPaintProperty(l: string, p: string): string } }).map.getPaintProperty(
          'sea',
          'background-color',
        ),
      );

  test('follows the system colour scheme live, and the page’s explicit choice over it', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('');
    await mapReady(page);
    const dark = await sea(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => sea(page)).not.toBe(dark);
    const light = await sea(page);
    await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
    await expect.poll(() => sea(page)).toBe(dark);
    // The corridors stay drawn and selectable after the switch.
    await expect.poll(async () => (await rendered(page, 'corridor-fill')).length).toBe(CORRIDORS.length);
    expect(light).not.toBe(dark);
  });

  test('groups actors into one marker per place, expanded to single actors when zoomed in, with a km and mi scale', async ({
    page,
  }) => {
    await page.goto('corridors/tamaulipas/');
    await mapReady(page);
    await expect.poll(async () => (await rendered(page, 'actor-group')).length).toBeGreaterThan(0);
    expect(await rendered(page, 'actor-symbol')).toEqual([]);
    await expect(page.locator('.maplibregl-ctrl-scale')).toHaveCount(2);
    await expect(page.locator('.maplibregl-ctrl-scale').first()).toHaveText(/km|m$/);
    await expect(page.locator('.maplibregl-ctrl-scale').last()).toHaveText(/mi|ft/);
    await page.locator('[data-place] .show-on-map').first().click();
    await expect.poll(async () => (await rendered(page, 'actor-symbol')).length).toBeGreaterThan(0);
  });
});

test.describe('the map without JavaScript', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark', viewport: { width: 1280, height: 900 } });

  test('draws the build-time map in dark colours, with bearings, flows and a scale bar', async ({ page }) => {
    await page.goto('');
    const svg = page.locator('[data-static-map]');
    const fill = (sel: string) =>
      svg
        .locator(sel)
        .first()
        .evaluate((el) => getComputedStyle(el).fill);
    const seaFill = await fill('[data-layer="sea"] rect');
    const [r, g, b] = seaFill.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!, seaFill).toBeLessThan(200);
    for (const layer of ['river-line', 'label-city', 'flow-line', 'flow-head', 'actor-group', 'scale-bar'])
      await expect(svg.locator(`[data-layer="${layer}"]`), layer).toHaveCount(1);
    await expect(svg.locator('[data-layer="label-city"] text', { hasText: 'Hermosillo' })).toHaveCount(1);
    await expect(svg.locator('[data-layer="scale-bar"]')).toContainText('km');
    await expect(svg.locator('[data-layer="scale-bar"]')).toContainText('mi');
  });
});

test.describe('map screenshots at fixed cameras', () => {
  test.use({ viewport: { width: 1000, height: 760 }, reducedMotion: 'reduce' });

  test('overview of the border', async ({ page }) => {
    await page.goto('');
    await mapReady(page);
    await expect(page.locator('[data-map-canvas]')).toHaveScreenshot('overview.png', { maxDiffPixelRatio: 0.03 });
  });

  test('one corridor: Ciudad Juárez', async ({ page }) => {
    await page.goto('corridors/ciudad-juarez/');
    await mapReady(page);
    await expect(page.locator('[data-map-canvas]')).toHaveScreenshot('ciudad-juarez.png', { maxDiffPixelRatio: 0.03 });
  });
});
