// The generated _headers, read as each host reads it: one frame-ancestors policy per response, `*`
// on the embed in every language, `'none'` everywhere else, and HSTS on every response.
import { describe, expect, it } from 'vitest';
import { HSTS, headersFile } from '../../src/lib/headers.ts';
import { LANGUAGES, localize } from '../../src/lib/languages.ts';
import { corridorPath } from '../../src/lib/routes.ts';

interface Rule {
  path: string;
  /** Header lines in order: a value to set, or a name to detach (`! Name`). */
  lines: Array<{ name: string; value?: string }>;
}

/** Parse a _headers file: an unindented path line opens a rule, indented lines follow, `#` comments. */
function parse(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) rules.push({ path: line, lines: [] });
    else if (line.startsWith('!')) rules.at(-1)!.lines.push({ name: line.slice(1).trim() });
    else {
      const at = line.indexOf(':');
      rules.at(-1)!.lines.push({ name: line.slice(0, at).trim(), value: line.slice(at + 1).trim() });
    }
  }
  return rules;
}

/** Whether a rule's path matches a request path (`*` matches anything, including nothing). */
const matches = (rule: Rule, path: string) =>
  new RegExp(`^${rule.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

type Headers = Map<string, string>;

/**
 * Cloudflare Pages: "An incoming request which matches multiple rules' URL patterns will inherit all
 * rules' headers", a header set by several rules is joined with a comma, and `! Name` detaches a
 * header set before (https://developers.cloudflare.com/pages/configuration/headers/). Its asset server
 * applies the matching rules in order, each first deleting its detached names, then setting (first
 * time) or appending (cloudflare/workers-sdk, packages/pages-shared/asset-server/handler.ts).
 */
function cloudflare(rules: Rule[], path: string): Headers {
  const out: Headers = new Map();
  const seen = new Set<string>();
  for (const rule of rules.filter((r) => matches(r, path))) {
    for (const l of rule.lines) if (l.value === undefined) out.delete(l.name.toLowerCase());
    for (const l of rule.lines) {
      if (l.value === undefined) continue;
      const key = l.name.toLowerCase();
      const before = out.get(key);
      out.set(key, seen.has(key) && before !== undefined ? `${before}, ${l.value}` : l.value);
      seen.add(key);
    }
  }
  return out;
}

/**
 * Netlify (https://docs.netlify.com/manage/routing/headers/): its _headers parser skips a header line
 * without a colon, so `! Name` is ignored, and joins a header repeated within one rule with a comma
 * (netlify/build, packages/headers-parser/src/line_parser.ts); when several rules match a path, a header
 * set again by a later rule overrides the earlier one, it does not concatenate (packages/headers-parser/
 * src/merge.ts; the CLI's headersForPath merges the matching rules with Object.assign, in order).
 */
function netlify(rules: Rule[], path: string): Headers {
  const out: Headers = new Map();
  for (const rule of rules.filter((r) => matches(r, path))) {
    const own: Headers = new Map();
    for (const l of rule.lines) {
      if (l.value === undefined) continue;
      const key = l.name.toLowerCase();
      own.set(key, own.has(key) ? `${own.get(key)}, ${l.value}` : l.value);
    }
    for (const [key, value] of own) out.set(key, value);
  }
  return out;
}

/** Every frame-ancestors directive of a CSP header value (policies separated by commas). */
const frameAncestors = (csp: string | undefined) =>
  (csp ?? '')
    .split(',')
    .flatMap((policy) => policy.split(';'))
    .map((d) => d.trim())
    .filter((d) => d.startsWith('frame-ancestors'))
    .map((d) => d.slice('frame-ancestors'.length).trim());

const HOSTS = { 'Cloudflare Pages': cloudflare, Netlify: netlify };

describe('_headers', () => {
  const rules = parse(headersFile('/'));
  const embeds = LANGUAGES.map((l) => `/${localize(l.code, 'embed/')}`);
  const others = LANGUAGES.flatMap((l) =>
    ['', corridorPath('tamaulipas'), 'sources/', '404.html'].map((p) => `/${localize(l.code, p)}`),
  );

  for (const [host, effective] of Object.entries(HOSTS)) {
    it(`on ${host}, lets any site frame the embed in every language, with one policy`, () => {
      expect(embeds).toContain('/es/embed/');
      for (const path of embeds)
        expect(frameAncestors(effective(rules, path).get('content-security-policy')), path).toEqual(['*']);
    });

    it(`on ${host}, lets no site frame any other page, with one policy, and sends HSTS everywhere`, () => {
      for (const path of others) {
        expect(frameAncestors(effective(rules, path).get('content-security-policy')), path).toEqual(["'none'"]);
        expect(effective(rules, path).get('strict-transport-security'), path).toBe(HSTS);
      }
      for (const path of embeds) expect(effective(rules, path).get('strict-transport-security'), path).toBe(HSTS);
    });
  }

  it('the former layout (a second policy for /embed/*) gave Cloudflare Pages two frame-ancestors, so the embed could not be framed', () => {
    const former = parse(
      "/*\n  Content-Security-Policy: frame-ancestors 'none'\n/embed/*\n  Content-Security-Policy: frame-ancestors *\n",
    );
    expect(frameAncestors(cloudflare(former, '/embed/').get('content-security-policy'))).toEqual(["'none'", '*']);
  });

  it('follows the language list and the base path: a new language’s embed is framable without editing the file', () => {
    const withFrench = [
      ...LANGUAGES,
      { code: 'fr', name: 'Français', english: 'French', locale: 'fr-FR', ogLocale: 'fr_FR' },
    ];
    const atlas = parse(headersFile('/atlas/', withFrench));
    for (const [host, effective] of Object.entries(HOSTS)) {
      expect(frameAncestors(effective(atlas, '/atlas/fr/embed/').get('content-security-policy')), host).toEqual(['*']);
      expect(frameAncestors(effective(atlas, '/atlas/fr/').get('content-security-policy')), host).toEqual(["'none'"]);
      expect(frameAncestors(effective(atlas, '/atlas/').get('content-security-policy')), host).toEqual(["'none'"]);
    }
  });
});
