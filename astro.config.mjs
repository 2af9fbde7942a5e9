// @ts-check
import { defineConfig } from 'astro/config';

// BASE_PATH deploys the site under a sub-path (e.g. BASE_PATH=/atlas/ for https://example.org/atlas/);
// SITE_URL is the public origin used for canonical links. Both are read at build time.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // English at the root, Spanish under /es/ with the same paths below.
  i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  devToolbar: { enabled: false },
  // No prefetching, no remote images: the site never talks to anyone but its own host.
  prefetch: false,
  image: { remotePatterns: [] },
});
