// Every view has a URL: set a view by interaction, reopen its URL, see the same view; switch
// language and keep it. Hostile URLs fall back to the default view without injecting anything.
import type { Page } from '@playwright/test';
import { expect, test, mapReady } from './fixtures.ts';

test.use({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });

const ready = mapReady;
const camera = async (page: Page) =>
  (await page.locator('atlas-map').getAttribute('data-camera'))!.split(',').map(Number);

test('a view set by interaction survives copying its URL into a new tab', async ({ page, context }) => {
  await page.goto('');
  await ready(page);
  await page.locator('[data-select-corridor="sonoran-desert"]').click();
  await expect(page.locator('[data-panel]')).toBeVisible();
  await page.getByRole('checkbox', { name: /Flows/ }).uncheck();
  await page.getByRole('checkbox', { name: /Cases per Mexican state/ }).check();
  await expect(page).toHaveURL(/corridor=sonoran-desert/);
  await expect(page).toHaveURL(/layers=corridors,places,actors,states,border,national/);
  const url = page.url();
  const before = await camera(page);

  const tab = await context.newPage();
  await tab.goto(url);
  await ready(tab);
  await expect(tab.locator('[data-panel]')).toBeVisible();
  await expect(tab.locator('[data-panel-title]')).toHaveText(/Sonora|Altar|Desert/);
  await expect(tab.getByRole('checkbox', { name: /Flows/ })).not.toBeChecked();
  await expect(tab.getByRole('checkbox', { name: /Cases per Mexican state/ })).toBeChecked();
  const after = await camera(tab);
  expect(Math.abs(after[0]! - before[0]!)).toBeLessThan(0.01);
  expect(Math.abs(after[2]! - before[2]!)).toBeLessThan(0.05);
  await expect(tab.locator('html')).toHaveAttribute('lang', 'en');
});

test('switching language with the map open keeps the corridor and the view', async ({ page }) => {
  await page.goto('?corridor=ciudad-juarez');
  await ready(page);
  await expect(page.locator('[data-panel]')).toBeVisible();
  const before = await camera(page);
  await page.getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL(/\/es\/\?corridor=ciudad-juarez/);
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('[data-panel]')).toBeVisible();
  await expect(page.locator('[data-panel-title]')).toHaveText('Ciudad Juárez');
  await expect(page.locator('[data-panel]')).toContainText('Actores criminales');
  const after = await camera(page);
  expect(Math.abs(after[0]! - before[0]!)).toBeLessThan(0.01);
  expect(Math.abs(after[1]! - before[1]!)).toBeLessThan(0.01);
});

test('hostile URL values land on the default view and inject nothing', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(
    '?corridor=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&layers=%3Cscript%3E&camera=NaN,1e999,-5&select=javascript:alert(1)',
  );
  await ready(page);
  await expect(page.locator('[data-panel]')).toBeHidden();
  await expect(page.locator('img[src="x"], script:not([src]):has-text("alert")')).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('');
  expect(errors).toEqual([]);
});
