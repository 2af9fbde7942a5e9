// The layout a reader meets first: a header that fits, the map in the first screen, a menu that
// works without JavaScript, the panel as a bottom sheet on phones, no sideways scrolling.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { LANGUAGES, localize } from '../../src/lib/languages.ts';
import { corridorPath } from '../../src/lib/routes.ts';
import { CORRIDOR_IDS, FRAMED_ROUTES, routesWhere } from '../routes.ts';

const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
// The atlas and a corridor page, in every language.
const MAP_FIRST = LANGUAGES.flatMap((l) => ['', corridorPath(CORRIDOR_IDS[0]!)].map((p) => localize(l.code, p)));

/** Whether Chromium's accessibility tree reports the element as expanded (what a screen reader announces). */
async function expanded(page: Page, selector: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  await cdp.detach();
  return nodes[0]?.properties?.find((p) => p.name === 'expanded')?.value.value ?? false;
}

for (const [name, viewport] of Object.entries({ laptop: LAPTOP, phone: PHONE })) {
  // In the upper half of the first screen, not just somewhere in it: the map is what the page opens on.
  test(`on a ${name} (${viewport.width}×${viewport.height}) the map starts in the first screen`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const route of MAP_FIRST) {
      await page.goto(route);
      const top = await page.locator('[data-map-canvas]').evaluate((el) => el.getBoundingClientRect().top);
      expect(top, `/${route}`).toBeLessThan(viewport.height / 2);
    }
  });
}

test('on a laptop the header is one row: site name, every navigation entry and the language switch', async ({
  page,
}) => {
  await page.setViewportSize(LAPTOP);
  for (const route of FRAMED_ROUTES) {
    await page.goto(route);
    const header = page.locator('.site-header');
    await expect(header.getByRole('navigation')).toBeVisible();
    await expect(header.locator('.menu-button')).toBeHidden();
    const row = await header.evaluate((h) => {
      const items = [...h.querySelectorAll<HTMLElement>('.brand, .nav-list > li, .lang-switch a')];
      const mids = items.map((el) => {
        const r = el.getBoundingClientRect();
        return r.top + r.height / 2;
      });
      return { height: h.getBoundingClientRect().height, spread: Math.max(...mids) - Math.min(...mids) };
    });
    expect(row.height, `/${route}`).toBeLessThanOrEqual(64);
    expect(row.spread, `/${route}`).toBeLessThan(8);
  }
});

test('on a phone the navigation is behind a menu button that opens, announces its state and closes on Escape', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto(corridorPath(CORRIDOR_IDS[1]!));
  const header = page.locator('.site-header');
  expect(await header.evaluate((h) => h.getBoundingClientRect().height)).toBeLessThanOrEqual(72);
  const nav = header.getByRole('navigation');
  await expect(nav).toBeHidden();
  const button = header.locator('.menu-button');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(nav).toBeVisible();
  expect(await expanded(page, '.menu-button')).toBe(true);
  // The corridors are grouped; the current one is marked once the group is open.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(nav.locator('[aria-current="page"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(nav.locator('[aria-current="page"]')).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(button).toBeFocused();
  expect(await expanded(page, '.menu-button')).toBe(false);
});

test('without JavaScript the phone menu still opens and leads to every page', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('');
  const nav = page.locator('.site-header').getByRole('navigation');
  await expect(nav).toBeHidden();
  await page.locator('.menu-button').click();
  await expect(nav).toBeVisible();
  await nav.getByText(/^(Corridors|Corredores)$/).click();
  await nav.getByRole('link', { name: 'Ciudad Juárez' }).click();
  await expect(page).toHaveURL(/corridors\/ciudad-juarez\/$/);
  await context.close();
});

test('on a phone a corridor chosen on the atlas opens as a bottom sheet over the map', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(`?corridor=${CORRIDOR_IDS[3]!}`);
  const panel = page.locator('[data-panel]');
  await expect(panel).toBeVisible();
  await expect(panel.locator('[data-panel-body] [data-panel-fragment]')).toBeAttached();
  const box = (await panel.boundingBox())!;
  expect(box.y + box.height).toBeCloseTo(PHONE.height, 0);
  expect(box.height).toBeLessThan(PHONE.height * 0.7);
  expect(box.width).toBe(PHONE.width);
  await panel.locator('[data-panel-close]').click();
  await expect(panel).toBeHidden();
});

test('at 320 px no page scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const route of routesWhere(() => true)) {
    await page.goto(route);
    const { scroll, inner } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    expect(scroll, `/${route}`).toBeLessThanOrEqual(inner);
  }
});
