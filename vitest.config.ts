import { defineConfig } from 'vitest/config';

// Unit tests, in tests/unit/ and beside the modules they test in src/: build checks have their own
// config, browser tests run under Playwright.
export default defineConfig({
  // Test files share workers (isolate: false): each would otherwise load zod, the data and the basemap again.
  test: { include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'], environment: 'node', isolate: false },
});
