// Reading the built site in dist/: shared by every build test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = path.resolve('dist');
/** The deployment base path the site was built for, with a trailing slash. */
export const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
/** The public origin the site was built for (SITE_URL), if any: without it pages carry no absolute URLs. */
export const SITE = process.env.SITE_URL || undefined;

/** Every built HTML file under a folder (the whole site by default). */
export function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** Whether a built file is a panel fragment (panels/<lang>/<id>/) rather than a whole page. */
export const isFragment = (file: string) => path.relative(DIST, file).startsWith(`panels${path.sep}`);

/** The route (site path, no base) of every built page, fragments excluded. */
export const builtRoutes = (): string[] =>
  htmlFiles()
    .filter((f) => !isFragment(f) && f.endsWith(`${path.sep}index.html`))
    .map((f) => path.relative(DIST, path.dirname(f)).split(path.sep).join('/'))
    .map((r) => (r ? `${r}/` : ''));

/** The HTML of a built route, as text. */
export const html = (route: string): string => readFileSync(path.join(DIST, route, 'index.html'), 'utf8');

const parsed = new Map<string, HTMLElement>();
/** The parsed document of a built route (parsed once per test file). */
export function page(route: string): HTMLElement {
  if (!parsed.has(route)) parsed.set(route, parse(html(route)));
  return parsed.get(route)!;
}
