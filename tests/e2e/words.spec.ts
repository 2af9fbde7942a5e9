// The interactive map in words: a screen-reader user gets what a sighted reader sees, and hears
// when it changes (issue 19: the map was a region called "Map", its changes silent).
import { expect, mapReady, test } from './fixtures.ts';

test.use({ reducedMotion: 'reduce' });

test('the interactive map is described by what is in view, and a move is announced politely', async ({ page }) => {
  await page.goto('corridors/tamaulipas/');
  const map = await mapReady(page);
  const canvas = map.locator('[data-map-canvas]');
  const describedBy = await canvas.getAttribute('aria-describedby');
  expect(describedBy).toBeTruthy();
  const description = page.locator(`[id="${describedBy}"]`);
  await expect(description).toContainText('Places:');
  for (const name of ['Nuevo Laredo', 'Reynosa', 'Matamoros']) await expect(description).toContainText(name);
  await expect(description).toContainText('Criminal actors:');
  await expect(description).toContainText('Northeast Cartel');

  const live = map.locator('[data-map-announce]');
  await expect(live).toHaveAttribute('role', 'status');
  await map.getByRole('button', { name: 'Zoom out' }).click();
  await expect(live).toHaveText(/^Map view, zoom \d+: .*\d+ places?/);
  // Further out, more of the border is in view, and the description follows.
  await map.getByRole('button', { name: 'Zoom out' }).click();
  await map.getByRole('button', { name: 'Zoom out' }).click();
  await expect(description).toContainText('Corridors in view:');
  await expect(description).toContainText('Ciudad Juárez');
});

test('in Spanish, the description and the announcement of a chosen corridor are in Spanish', async ({ page }) => {
  await page.goto('es/');
  const map = await mapReady(page);
  await expect(map.locator('[data-map-description]')).toContainText('Corredores a la vista:');
  await page.locator('[data-select-corridor="ciudad-juarez"]').click();
  await expect(map.locator('[data-map-announce]')).toHaveText(
    /^En el mapa: (3\. )?Ciudad Juárez\. Vista del mapa, zoom \d+: .*lugares/,
  );
});

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
])
  test(`"Show on map" keeps focus where it was and says what it showed (${viewport.width} px)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('corridors/ciudad-juarez/');
    const map = await mapReady(page);
    const buttons = page.locator('button.show-on-map');
    expect(await buttons.count()).toBeGreaterThan(3);
    // The last one, far down the page from the map.
    const button = buttons.last();
    await button.focus();
    const name = (await button.getAttribute('aria-label'))!.split(': ').slice(1).join(': ');
    const before = await map.getAttribute('data-camera');
    await page.keyboard.press('Enter');
    await expect(map).not.toHaveAttribute('data-camera', before!);
    await expect(button).toBeFocused();
    await expect(button).toBeInViewport();
    await expect(map.locator('[data-map-announce]')).toHaveText(
      new RegExp(`^On the map: ${name.replace(/[()]/g, '.')}\\. Map view`),
    );
  });
