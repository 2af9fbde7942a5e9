// The share dialogs and the embed's legend, as a keyboard and screen-reader user meets them.
import { expect, expectNoAxeViolations, mapReady, test } from './fixtures.ts';

test.use({ reducedMotion: 'reduce' });

test('Escape closes the Embed dialog even with focus inside its preview, and focus returns to the button', async ({
  page,
}) => {
  await page.goto('corridors/tamaulipas/');
  await mapReady(page);
  const open = page.getByRole('button', { name: 'Embed', exact: true });
  await open.click();
  const dialog = page.locator('dialog[data-dialog="embed"]');
  await expect(dialog).toHaveAttribute('open', '');
  await expectNoAxeViolations(page);
  const preview = dialog.frameLocator('[data-embed-preview] iframe');
  await mapReady(preview);
  const inside = preview.getByRole('button', { name: 'Zoom in' });
  await inside.click();
  await expect(inside).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).not.toHaveAttribute('open', '');
  await expect(open).toBeFocused();
});

test('axe finds nothing in the Cite dialog', async ({ page }) => {
  await page.goto('es/');
  await page.locator('[data-share]').waitFor({ state: 'visible' });
  await page.getByRole('button', { name: 'Citar' }).click();
  await expect(page.locator('dialog[data-dialog="cite"]')).toHaveAttribute('open', '');
  await expectNoAxeViolations(page);
});
test('axe finds nothing in the embed with its legend open, in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('embed/?corridor=ciudad-juarez');
    await mapReady(page);
    const legend = page.locator('details[data-legend]');
    if ((await legend.getAttribute('open')) === null) await legend.locator('summary').click();
    await expect(legend).toHaveAttribute('open', '');
    await expectNoAxeViolations(page);
  }
});
