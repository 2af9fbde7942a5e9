// For editors who take the atlas elsewhere: an embed that stands alone at any width and in the host
// page's colour scheme, a PNG whose legend and source line lie inside the image, a handout that
// prints on one page per corridor, and presenter steps that fit their column.
import { CORRIDORS } from '../routes.ts';
import { expect, mapReady, test } from './fixtures.ts';

const [first, second] = CORRIDORS;

test.describe('the embed', () => {
  for (const width of [320, 640, 1200])
    test(`at ${width} px wide it names its view, scrolls only down, and shows its legend and a spaced source line`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 560 });
      await page.goto(`embed/?corridor=${second!.id}`);
      await mapReady(page);
      await expect(page.locator('h1')).toContainText(second!.name['en']!);
      await expect(page.locator('[data-embed-view]')).toContainText(
        `Corridor ${second!.number} of ${CORRIDORS.length}`,
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      const source = page.locator('[data-embed-source]');
      await expect(source).toHaveText(
        'Source: InSight Crime 2023; Izcara-Palacios 2023 · Get the data · Open the full view',
      );
      await expect(source.getByRole('link', { name: 'Get the data' })).toHaveAttribute('href', /\/data\/$/);
      const summary = page.locator('[data-legend] summary');
      for (const part of [source, summary]) {
        await expect(part).toBeVisible();
        const box = (await part.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
      // Folded on narrow frames, open beside the map on wide ones; it opens and closes either way.
      const legend = page.locator('[data-legend]');
      await expect(legend).toHaveJSProperty('open', width >= 768);
      await summary.click();
      await expect(legend).toHaveJSProperty('open', width < 768);
    });

  test('speaks the view’s language and names a view with fewer layers', async ({ page }) => {
    await page.goto(`es/embed/?corridor=${first!.id}&layers=corridors,places`);
    await mapReady(page);
    await expect(page.locator('h1')).toContainText(first!.name['es']!);
    await expect(page.locator('[data-embed-view]')).toContainText('Capas: Corredores');
    await expect(page.locator('[data-embed-source]')).toContainText('Fuente: InSight Crime 2023');
    await expect(page.getByRole('link', { name: 'Descargar los datos' })).toHaveAttribute('href', /\/es\/data\/$/);
  });

  test('follows the system’s colour scheme unless the host page asks for one in the URL', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = (rgb: string) =>
      rgb
        .match(/\d+/g)!
        .slice(0, 3)
        .reduce((sum, c) => sum + Number(c), 0) <
      3 * 80;
    const { baseURL } = test.info().project.use;

    await page.goto(new URL('embed/', baseURL).href);
    expect(dark(await background())).toBe(true);
    await page.goto(new URL('embed/?theme=light', baseURL).href);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(dark(await background())).toBe(false);
    await page.goto(new URL('embed/?theme=sepia', baseURL).href);
    await expect(page.locator('[data-embed-title]')).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    expect(dark(await background())).toBe(true);
    await context.close();

    const light = await browser.newContext({ colorScheme: 'light' });
    const lightPage = await light.newPage();
    await lightPage.goto(new URL(`embed/?corridor=${first!.id}&theme=dark`, baseURL).href);
    await expect(lightPage.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(dark(await lightPage.evaluate(() => getComputedStyle(document.body).backgroundColor))).toBe(true);
    await mapReady(lightPage);
    // The map rewrites the query as the view changes; the host's choice stays in it.
    expect(new URL(lightPage.url()).searchParams.get('theme')).toBe('dark');
    await light.close();
  });
});
