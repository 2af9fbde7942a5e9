/** How sources are named on the page: short markers in the text, anchors in the register. */

const SECTION_MARKS: Record<string, string> = {
  summary: 'ES',
  findings: 'MF',
  background: 'BG',
  opportunities: 'OI',
};
/** `corridor-<n>` → `C<n>`, for however many corridors the report has. */
const sectionMark = (section: string) => SECTION_MARKS[section] ?? section.replace(/^corridor-(\d+)$/, 'C$1');

/**
 * The short marker shown in the text for a source id.
 * @example citeMarker('ic-12') // => '12'
 * @example citeMarker('ic-s-corridor-2') // => '§C2'
 * @example citeMarker('ip-table-3') // => 'IP T3'
 */
export function citeMarker(id: string): string {
  const footnote = /^ic-(\d+)$/.exec(id);
  if (footnote) return footnote[1]!;
  const section = /^ic-s-(.+)$/.exec(id);
  if (section) return `§${sectionMark(section[1]!)}`;
  const table = /^ip-table-(\d+)$/.exec(id);
  if (table) return `IP T${table[1]}`;
  if (id === 'ip-paper') return 'IP';
  return id;
}

/** The footnote number of a report footnote id, or null. @example footnoteNumber('ic-7') // => 7 */
export function footnoteNumber(id: string): number | null {
  const m = /^ic-(\d+)$/.exec(id);
  return m ? Number(m[1]) : null;
}

/**
 * Order cites as a reader expects: report footnotes by number, then report sections, then the paper.
 * @example sortCites(['ic-12', 'ip-paper', 'ic-9']) // => ['ic-9', 'ic-12', 'ip-paper']
 */
export function sortCites(ids: readonly string[]): string[] {
  const rank = (id: string) => {
    const n = footnoteNumber(id);
    if (n !== null) return n;
    return id.startsWith('ic-s-') ? 1000 : 2000;
  };
  return [...new Set(ids)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * Join a base path and a site path, keeping exactly one slash between them.
 * @example withBase('/atlas/', '/sources/#ic-9') // => '/atlas/sources/#ic-9'
 * @example withBase('/', 'about/') // => '/about/'
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

export { localize, splitLocale } from './languages.ts';
