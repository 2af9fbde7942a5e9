// Without WebGL the interactive map cannot start: the build-time SVG map stays, with a one-line
// explanation, and the page carries all its content with no uncaught error.
import { expect, launchChromium, test } from './fixtures.ts';

test('without WebGL the static map and an explanation stand in for the interactive map', async ({ baseURL }) => {
  const browser = await launchChromium(['--disable-webgl']);
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${baseURL}corridors/tamaulipas/`);
  await expect(page.locator('atlas-map')).toHaveAttribute('data-state', 'failed');
  await expect(page.locator('[data-map-status]')).toBeVisible();
  await expect(page.locator('[data-map-status]')).toContainText('could not start');
  const svg = page.locator('svg[data-static-map]');
  await expect(svg).toBeVisible();
  await expect(svg.locator('title')).toContainText('Nuevo Laredo');
  await expect(page.locator('[data-actor]').first()).toBeVisible();
  expect(errors).toEqual([]);
  await browser.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every page still shows its content and the static map', async ({ page }) => {
    await page.goto('');
    await expect(page.locator('svg[data-static-map]')).toBeVisible();
    await expect(page.locator('[data-map-status]')).toBeHidden();
    await expect(page.locator('[data-select-corridor]')).toHaveCount(4);
    await page.locator('[data-select-corridor="ciudad-juarez"]').click();
    await expect(page).toHaveURL(/corridors\/ciudad-juarez\/$/);
    await expect(page.locator('svg[data-static-map]')).toBeVisible();
    await expect(page.locator('[data-actor]').first()).toBeVisible();
  });
});
