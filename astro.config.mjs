// @ts-check
import { existsSync, readdirSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { mapCss } from './src/lib/cartography.ts';

/**
 * The 404 page of each language (src/pages/[...lang]/404.astro) comes out as 404/index.html and
 * <code>/404/index.html. Hosts (Netlify, Cloudflare Pages, `astro preview`) serve the nearest
 * 404.html up the tree for an unknown path, so each becomes 404.html in its folder.
 * @type {import('astro').AstroIntegration}
 */
const notFoundPages = {
  name: 'not-found-pages',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const out = fileURLToPath(dir).replace(/\/$/, '');
      const folders = [
        '',
        ...readdirSync(out, { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => `/${e.name}`),
      ];
      for (const folder of folders) {
        const built = `${out}${folder}/404`;
        if (!existsSync(`${built}/index.html`)) continue;
        renameSync(`${built}/index.html`, `${out}${folder}/404.html`);
        rmdirSync(built);
      }
    },
  },
};

/**
 * The map's colours as CSS (`--map-*` for light and dark, and the classes the build-time SVG map
 * uses), generated from the map description and imported by StaticMap.astro: Astro bundles it
 * into the page's styles, hashed for the CSP like any other.
 * @type {import('vite').Plugin}
 */
const mapColors = {
  name: 'map-colors',
  resolveId: (id) => (id === 'virtual:map-colors.css' ? '\0virtual:map-colors.css' : undefined),
  load: (id) => (id === '\0virtual:map-colors.css' ? mapCss() : undefined),
};

// BASE_PATH deploys the site under a sub-path (e.g. BASE_PATH=/atlas/ for https://example.org/atlas/);
// SITE_URL is the public origin for canonical, hreflang and Open Graph URLs; without it the pages
// carry none of them (never a local address). Both are read at build time.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base,
  output: 'static',
  integrations: [notFoundPages],
  vite: { plugins: [mapColors] },
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
  // cannot live in a meta tag: they are in _headers (src/lib/headers.ts).
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
