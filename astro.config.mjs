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
  // Page CSS inline, so the first round trip carries what the first paint needs.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // English at the root, Spanish under /es/ with the same paths below.
  i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  devToolbar: { enabled: false },
  // No code blocks on this site; Shiki's inline styles would clash with the CSP.
  markdown: { syntaxHighlight: false },
  // No prefetching, no remote images: the site never talks to anyone but its own host.
  prefetch: false,
  image: { remotePatterns: [] },
  // A strict policy as a meta tag on every page: Astro adds hashes for what it bundles. No
  // unsafe-eval, no unsafe-inline; maplibre's worker and the font are self-hosted. Framing rules
  // cannot live in a meta tag: they are in public/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "connect-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "worker-src 'self'",
        "child-src 'self'",
        "frame-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "object-src 'none'",
      ],
    },
  },
});
