// Every page: no request leaves localhost, and axe finds no WCAG 2.2 AA violation, in the light
// and the dark colour scheme (the page follows the system's).
import { AXE_COLOUR_RULES, expect, expectNoAxeViolations, test } from './fixtures.ts';

import { routesWhere } from '../routes.ts';

// Every page in every language; the presenter has its own test (present.spec.ts).
const ROUTES = routesWhere((p) => p.id !== 'present');

for (const route of ROUTES) {
  test(`/${route} loads only from localhost and passes axe, light and dark`, async ({ page, offsite }) => {
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(err.message));
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(route, { waitUntil: 'load' });
    await expect(page.locator('h1')).toBeVisible();
    await expectNoAxeViolations(page);
    // The same page, switched to dark: its background turns dark, and its colours still pass
    // (the other rules do not depend on the colour scheme).
    await page.emulateMedia({ colorScheme: 'dark' });
    const background = await page.evaluate(() =>
      [document.body, document.documentElement]
        .map((el) => getComputedStyle(el).backgroundColor)
        .find((c) => c !== 'rgba(0, 0, 0, 0)'),
    );
    const [r, g, b] = (background?.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    expect(0.2126 * r! + 0.7152 * g! + 0.0722 * b!, `${route} background in dark: ${background}`).toBeLessThan(64);
    await expectNoAxeViolations(page, AXE_COLOUR_RULES);
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
  });
}
