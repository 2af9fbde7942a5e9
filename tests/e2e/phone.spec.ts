// The map on a phone: nothing of the map's own furniture covers what it shows.
import { expect, mapReady, test } from './fixtures.ts';

test.use({ viewport: { width: 390, height: 844 } });

test('the attribution starts collapsed to its button and opens on demand', async ({ page }) => {
  await page.goto('');
  await page.locator('[data-map-canvas]').scrollIntoViewIfNeeded();
  const map = await mapReady(page);
  const attribution = map.locator('.maplibregl-ctrl-attrib');
  const inner = attribution.locator('.maplibregl-ctrl-attrib-inner');
  await expect(inner).toBeHidden();
  const canvas = (await map.locator('[data-map-canvas]').boundingBox())!;
  const box = (await attribution.boundingBox())!;
  expect((box.width * box.height) / (canvas.width * canvas.height)).toBeLessThan(0.02);
  await attribution.locator('summary').click();
  await expect(inner).toBeVisible();
  await expect(inner).toContainText('GeoNames');
});
