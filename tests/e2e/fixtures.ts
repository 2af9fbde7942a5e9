// Shared browser-test helpers: a request log that fails the test if anything leaves localhost.
import AxeBuilder from '@axe-core/playwright';
import {
  test as base,
  chromium,
  expect,
  type Browser,
  type FrameLocator,
  type Locator,
  type Page,
} from '@playwright/test';

/** The axe rule sets the atlas is held to (WCAG 2.2 AA and best practice). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The axe rules whose outcome depends on the colour scheme: checked again in dark. */
export const AXE_COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Assert axe finds nothing on the page as it is now (only these rules, if given). */
export async function expectNoAxeViolations(page: Page, rules?: string[]): Promise<void> {
  const axe = new AxeBuilder({ page });
  const results = await (rules ? axe.withRules(rules) : axe.withTags(AXE_TAGS)).analyze();
  expect(
    results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
  ).toEqual([]);
}

/** The interactive map in a page or frame, once it says it is ready (maplibre can take a while on a shared machine). */
export async function mapReady(scope: Page | FrameLocator): Promise<Locator> {
  const map = scope.locator('atlas-map');
  await expect(map).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  return map;
}

/** A separate Chromium with extra flags (for example --disable-webgl), for tests of degraded browsers. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', ...extraArgs],
  });
}

export const test = base.extend<{ offsite: string[]; consoleErrors: string[] }>({
  // Every browser test fails on an uncaught error, a console error or a CSP violation.
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await use(errors);
      expect(errors, 'console errors and CSP violations').toEqual([]);
    },
    { auto: true },
  ],
  offsite: [
    async ({ context }, use) => {
      const offsite: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        const local =
          ['127.0.0.1', 'localhost'].includes(url.hostname) || ['data:', 'blob:', 'about:'].includes(url.protocol);
        if (!local) offsite.push(request.url());
      });
      await use(offsite);
      expect(offsite, 'requests that left localhost').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
