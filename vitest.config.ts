import { defineConfig } from 'vitest/config';

// Unit tests, in tests/unit/ and beside the modules they test in src/: build checks have their own
// config, browser tests run under Playwright.
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'], environment: 'node' },
});
