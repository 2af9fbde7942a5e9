// Every page: no request leaves localhost, and axe finds no WCAG 2.2 AA violation.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const EN = [
  '',
  'about/',
  'sources/',
  'compare/',
  'national/',
  'data/',
  'embed/',
  'corridors/tijuana-mexicali/',
  'corridors/sonoran-desert/',
  'corridors/ciudad-juarez/',
  'corridors/tamaulipas/',
];
const ROUTES = [...EN, ...EN.map((r) => `es/${r}`)];

for (const route of ROUTES) {
  test(`/${route} loads only from localhost and passes axe`, async ({ page, offsite }) => {
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(route, { waitUntil: 'load' });
    await expect(page.locator('h1')).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
    ).toEqual([]);
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
  });
}
