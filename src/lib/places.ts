/** Where a claim's basis sits in its document, read from the sentence ids themselves. */
import { parseBasis } from './basis.ts';

/** A paragraph (or lost figure) of a document section, e.g. Corridor 4, paragraph 5. */
export interface BasisPlace {
  section: string;
  kind: 'p' | 'f';
  n: number;
}

/**
 * The distinct paragraphs a basis rests on, in order.
 * @example basisPlaces(['c4.p5.s2', 'c4.p5.s3:49', 'c4.p6.s1']) // => [{ section: 'c4', kind: 'p', n: 5 }, { section: 'c4', kind: 'p', n: 6 }]
 */
export function basisPlaces(basis: readonly string[]): BasisPlace[] {
  const out: BasisPlace[] = [];
  for (const entry of basis) {
    const [section, para] = parseBasis(entry).id.split('.') as [string, string];
    const place: BasisPlace = { section, kind: para[0] as 'p' | 'f', n: Number(para.slice(1)) };
    if (!out.some((p) => p.section === place.section && p.kind === place.kind && p.n === place.n)) out.push(place);
  }
  return out;
}

/**
 * The i18n key and value for a document section id: report sections by name, the paper's by number.
 * @example sectionKey('c4') // => { key: 'docSection.corridor', values: { n: 4 } }
 * @example sectionKey('ipt3') // => { key: 'docSection.table', values: { n: 3 } }
 */
export function sectionKey(section: string): { key: string; values: Record<string, number> } {
  const corridor = /^c(\d+)$/.exec(section);
  if (corridor) return { key: 'docSection.corridor', values: { n: Number(corridor[1]) } };
  const table = /^ipt(\d+)$/.exec(section);
  if (table) return { key: 'docSection.table', values: { n: Number(table[1]) } };
  const paper = /^ip(\d+)$/.exec(section);
  if (paper) return { key: 'docSection.paper', values: { n: Number(paper[1]) } };
  return { key: `docSection.${section}`, values: {} };
}
