// Every page: no request leaves localhost, and axe finds no WCAG 2.2 AA violation.
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

import { routesWhere } from '../routes.ts';

// Every page in every language; the presenter has its own test (present.spec.ts).
const ROUTES = routesWhere((p) => p.id !== 'present');

for (const route of ROUTES) {
  test(`/${route} loads only from localhost and passes axe`, async ({ page, offsite }) => {
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(route, { waitUntil: 'load' });
    await expect(page.locator('h1')).toBeVisible();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
  });
}
