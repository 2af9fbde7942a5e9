// Shared browser-test helpers: a request log that fails the test if anything leaves localhost.
import { test as base, expect } from '@playwright/test';

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
