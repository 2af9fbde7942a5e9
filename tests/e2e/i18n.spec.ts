import { expect, test } from './fixtures.ts';

test('the language switch keeps the reader on the same corridor and section', async ({ page }) => {
  await page.goto('corridors/ciudad-juarez/#actors');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL(/\/es\/corridors\/ciudad-juarez\/#actors$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('#actors')).toHaveText('Actores criminales');
  await expect(page.locator('#actors')).toBeInViewport();

  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/corridors\/ciudad-juarez\/#actors$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
