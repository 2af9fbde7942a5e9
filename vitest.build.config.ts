import { defineConfig } from 'vitest/config';

// Checks of the built site in dist/: run after `astro build`.
export default defineConfig({
  test: { include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
});
