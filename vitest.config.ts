import { defineConfig } from 'vitest/config';

// Unit tests only: build checks have their own config, browser tests run under Playwright.
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts'], environment: 'node' },
});
