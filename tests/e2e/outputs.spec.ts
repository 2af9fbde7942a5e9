// For editors who take the atlas elsewhere: an embed that stands alone at any width and in the host
// page's colour scheme, a PNG whose legend and source line lie inside the image, a handout that
// prints on one page per corridor, and presenter steps that fit their column.
import { CORRIDORS, LANG_PREFIXES } from '../routes.ts';
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

test.describe('the PNG export', () => {
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ])
    test(`at ${viewport.width} px, holds the title, every legend entry, the source, date and URL inside a 2× image`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto(`corridors/${CORRIDORS.at(-1)!.id}/?layers=corridors,places,actors,flows,states,border,national`);
      const map = await mapReady(page);
      const url = page.url();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download PNG' }).click(),
      ]);
      const { default: sharp } = await import('sharp');
      const image = sharp(await download.path());
      const meta = await image.metadata();
      const layout = JSON.parse((await map.getAttribute('data-png-layout'))!) as {
        width: number;
        height: number;
        ratio: number;
        mapBottom: number;
        right: number;
        bottom: number;
        legend: string[];
        foot: string;
      };
      // 2× the map's width, and as tall as the layout it was drawn from.
      const canvas = (await page.locator('[data-map-canvas] canvas').boundingBox())!;
      expect(layout.ratio).toBe(2);
      expect(meta.width).toBe(Math.round(canvas.width) * 2);
      expect(meta.height).toBe(layout.height * 2);
      expect(layout.right).toBeLessThanOrEqual(layout.width);
      expect(layout.bottom).toBeLessThanOrEqual(layout.height);
      // Every entry the legend lists beside a symbol, the national classes included when shown.
      const listed = await page.locator('[data-legend] li:has(svg)').evaluateAll((items) =>
        items.map((li) => {
          const words = li.cloneNode(true) as HTMLElement;
          words.querySelectorAll('svg').forEach((s) => s.remove());
          return words.textContent.replace(/\s+/g, ' ').trim();
        }),
      );
      expect(layout.legend).toEqual(listed);
      expect(layout.foot.replace(/\s/g, '')).toContain(url.replace(/\s/g, ''));
      expect(layout.foot).toContain(new Date().toISOString().slice(0, 10));

      // Nothing is drawn into the right and bottom margins below the map: no text runs off the image.
      const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
      const at = (x: number, y: number) => data.readUInt32BE((y * info.width + x) * info.channels) >>> 8;
      const paper = at(info.width - 1, info.height - 1);
      const margin = 12 * 2;
      const below = layout.mapBottom * 2;
      let stray = 0;
      for (let y = below; y < info.height; y++)
        for (let x = info.width - margin; x < info.width; x++) if (at(x, y) !== paper) stray++;
      for (let y = info.height - margin; y < info.height; y++)
        for (let x = 0; x < info.width; x++) if (at(x, y) !== paper) stray++;
      expect(stray).toBe(0);
      // And the foot has ink: the source line is there.
      let ink = 0;
      for (let y = info.height - 60 * 2; y < info.height - margin; y++)
        for (let x = 0; x < info.width - margin; x++) if (at(x, y) !== paper) ink++;
      expect(ink).toBeGreaterThan(200);
    });
});

test.describe('the printed handout', () => {
  for (const prefix of LANG_PREFIXES)
    for (const corridor of CORRIDORS)
      test(`/${prefix}corridors/${corridor.id}/ prints on one page on Letter and on A4, with its title, map, key and summary`, async ({
        page,
      }) => {
        await page.goto(`${prefix}corridors/${corridor.id}/`);
        await page.emulateMedia({ media: 'print' });
        for (const part of ['h1', '.static-map', '[data-legend] .legend-list', '#summary', '#sources'])
          await expect(page.locator(part).first(), part).toBeVisible();
        for (const format of ['Letter', 'A4'] as const) {
          const pdf = (await page.pdf({ format })).toString('latin1');
          // Page objects, not the /Pages tree that holds them.
          expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length, format).toBe(1);
        }
      });

  test('the atlas with a corridor open prints its panel and the key beside the map', async ({ page }) => {
    await page.goto(`?corridor=${first!.id}`);
    await mapReady(page);
    await expect(page.locator('[data-panel]')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-panel] [data-panel-body]')).toBeVisible();
    await expect(page.locator('[data-legend] .legend-list').first()).toBeVisible();
    await expect(page.locator('.static-map').first()).toBeVisible();
  });
});
