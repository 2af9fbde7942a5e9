// An unknown address: the host's 404 page, in the reader's language, with a way back to the atlas.
import { LANGUAGES, localize } from '../../src/lib/languages.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const [FIRST, ...OTHERS] = LANGUAGES;

test('an unknown address shows the 404 page, which leads back to the atlas and passes axe', async ({
  page,
  consoleErrors,
}) => {
  // `astro preview`, like Netlify and Cloudflare Pages, serves 404.html for a path with no page.
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  // Chromium logs the document's own 404 status as an error: expected here, and only that one.
  const status = consoleErrors.indexOf(
    'Failed to load resource: the server responded with a status of 404 (Not Found)',
  );
  expect(status).toBeGreaterThanOrEqual(0);
  consoleErrors.splice(status, 1);
  await expect(page.locator('html')).toHaveAttribute('lang', FIRST.code);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: /^The atlas/ }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('h1')).toBeVisible();
});

for (const l of OTHERS)
  test(`the ${l.english} 404 page is in ${l.english}, passes axe and links to the same message in the others`, async ({
    page,
  }) => {
    // The preview server only serves the root 404.html for unknown paths, so open this one directly.
    await page.goto(localize(l.code, '404.html'));
    await expect(page.locator('html')).toHaveAttribute('lang', l.code);
    await expect(page.locator('main a[href$="/sources/"]')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.locator(`main a[hreflang="${FIRST.code}"]`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', FIRST.code);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });
