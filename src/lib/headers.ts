/**
 * The `_headers` file for static hosts that read one (Netlify, Cloudflare Pages), from the page and
 * language lists: every response gets the security headers below and `frame-ancestors 'none'`; the
 * framable pages (the embed, in every language) get `frame-ancestors *` instead, so a new language's
 * embed is framable without editing anything.
 *
 * Both hosts apply every rule whose path matches, in file order, but merge a header set by two rules
 * differently: Cloudflare Pages joins the values with a comma (two CSPs: the stricter, `'none'`, wins),
 * Netlify keeps the later rule's value. So each framable rule comes after the catch-all and first
 * detaches the inherited policy (`! Content-Security-Policy`, Cloudflare Pages' syntax; Netlify's
 * parser skips a line without a colon), which leaves exactly one policy on either host.
 */
import { LANGUAGES, localize, type LanguageList } from './languages.ts';
import { PAGES, type PageDef } from './routes.ts';

/** Directives a meta tag cannot carry (frame-ancestors) or that every response should have. */
const policy = (ancestors: string) => `frame-ancestors ${ancestors}; base-uri 'none'; object-src 'none'`;

/** Two years, subdomains included; no `preload` (a submission to browsers' lists is the owner's decision). */
export const HSTS = 'max-age=63072000; includeSubDomains';

const COMMON: ReadonlyArray<[string, string]> = [
  ['Strict-Transport-Security', HSTS],
  ['Content-Security-Policy', policy("'none'")],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  [
    'Permissions-Policy',
    'accelerometer=(), ambient-light-sensor=(), autoplay=(), battery=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), browsing-topics=()',
  ],
];

/**
 * The paths (from the site root, with the base path) of the framable pages in every language.
 * @example framablePaths('/').slice(0, 2) // => ['/embed/', '/es/embed/']
 */
export function framablePaths(
  base: string,
  languages: LanguageList = LANGUAGES,
  pages: readonly PageDef[] = PAGES,
): string[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  return pages
    .filter((p) => p.framable)
    .flatMap((p) => languages.map((l) => root + localize(l.code, p.path, languages)));
}

/**
 * The text of `_headers`.
 * @example headersFile('/').startsWith('# ') // => true
 */
export function headersFile(
  base: string,
  languages: LanguageList = LANGUAGES,
  pages: readonly PageDef[] = PAGES,
): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rule = (path: string, lines: string[]) => [path, ...lines.map((l) => `  ${l}`)].join('\n');
  return [
    '# Generated at build from src/lib/headers.ts (the page and language lists): edit that, not this file.',
    '# Security headers for static hosts that read a _headers file (Netlify, Cloudflare Pages). The CSP for',
    '# scripts and styles is a <meta> tag in every page; these add what a meta tag cannot carry.',
    rule(
      `${root}*`,
      COMMON.map(([name, value]) => `${name}: ${value}`),
    ),
    '# Embeds are meant to be framed by other sites (see the README): one policy each, on either host.',
    ...framablePaths(base, languages, pages).map((path) =>
      rule(`${path}*`, ['! Content-Security-Policy', `Content-Security-Policy: ${policy('*')}`]),
    ),
    '',
  ].join('\n');
}
