import { expect, test } from './fixtures.ts';

test('a reader goes from a claim on a corridor page to its footnote and back', async ({ page, offsite }) => {
  await page.goto('corridors/tamaulipas/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Tamaulipas|Nuevo Laredo/);

  // The actor landscape is there, with each actor's role in the report's terms.
  const actor = page.locator('[data-actor]').filter({ hasText: 'Northeast Cartel' }).first();
  await expect(actor).toBeVisible();
  await expect(actor.getByText(/Role in trafficking/)).toBeVisible();

  // Follow the first footnote marker of that actor to the register.
  const marker = actor.locator('.cites a').first();
  const id = await marker.getAttribute('data-cite');
  expect(id).toMatch(/^ic-/);
  await marker.click();
  await expect(page).toHaveURL(new RegExp(`/sources/#${id}$`));
  const entry = page.locator(`[id="${id}"]`);
  await expect(entry).toBeInViewport();
  await expect(entry.locator('.citation')).not.toBeEmpty();

  // The entry links back to the statements that cite it, including the corridor we came from.
  const back = entry.locator('.backlinks a', { hasText: 'Nuevo Laredo' }).first();
  await expect(back).toBeVisible();
  await back.click();
  await expect(page).toHaveURL(/\/corridors\/tamaulipas\/#/);
  expect(offsite).toEqual([]);
});

test('an "Ibid." footnote shows the source it repeats', async ({ page }) => {
  await page.goto('sources/#ic-50');
  const entry = page.locator('#ic-50');
  await expect(entry).toContainText('Ibid.');
  await expect(entry.getByRole('link', { name: /49/ })).toHaveAttribute('href', /#ic-49$/);
  await expect(entry.locator('.items li').first()).not.toBeEmpty();
});
