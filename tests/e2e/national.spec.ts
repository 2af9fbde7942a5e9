import { expect, test } from './fixtures.ts';

// Instant scrolling, so each jump to a table row can be checked at once.
test.use({ reducedMotion: 'reduce' });

test('the choropleth draws all 32 states, and each state with cases opens its count by keyboard', async ({ page }) => {
  await page.goto('national/');
  const svg = page.locator('svg.choropleth-svg');
  await expect(svg).toBeVisible();
  await expect(svg.locator('[data-state]')).toHaveCount(32); // a link for each state with cases, a bare shape otherwise
  const links = svg.locator('a.state-link');
  await expect(links).toHaveCount(16);
  for (const iso of await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-state')!))) {
    const link = svg.locator(`a.state-link[data-state="${iso}"]`);
    await link.focus();
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#state-${iso}$`));
    const row = page.locator(`#state-${iso}`);
    await expect(row).toBeInViewport();
    // Focus follows the reader to the row, so the next Tab continues from there, not from the top.
    await expect(row).toBeFocused();
    const label = (await link.getAttribute('aria-label'))!;
    const count = await row.locator('td.num').first().textContent();
    expect(label).toContain(`: ${count} case`);
  }
});

test("the comparison opens a cell's rationale and sources from the keyboard", async ({ page }) => {
  await page.goto('compare/');
  const cell = page.locator('#cell-tamaulipas-cartel-control');
  const summary = cell.locator('summary');
  await summary.focus();
  await expect(cell.locator('details p')).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(cell.locator('details p')).toBeVisible();
  await expect(cell.locator('.cites a').first()).toHaveAttribute('href', /sources\/#ic-\d+$/);
  await expect(page.locator('table.compare tbody tr')).toHaveCount(6);
});
