/**
 * "Cite this view": a plain-text citation, BibTeX and CSL-JSON for a view of the atlas, with the
 * view's URL, the data version and the access date.
 */
export interface ViewCitation {
  title: string;
  url: string;
  version: string;
  /** Access date, YYYY-MM-DD. */
  accessed: string;
  lang: 'en' | 'es';
}

const SITE = { en: 'Border Corridors Atlas', es: 'Atlas de los Corredores Fronterizos' };
const BASED = {
  en: "Based on InSight Crime (2023), The Geography of Human Trafficking on the US-Mexico Border, and S. P. Izcara-Palacios (2023), Sex Trafficking in Mexico: Perpetrators' Profile.",
  es: "Basado en InSight Crime (2023), The Geography of Human Trafficking on the US-Mexico Border, y S. P. Izcara-Palacios (2023), Sex Trafficking in Mexico: Perpetrators' Profile.",
};

/**
 * The citation as one paragraph of text.
 * @example citationText({ title: 'Tamaulipas', url: 'https://x/', version: '1.0.0', accessed: '2026-11-24', lang: 'en' }).startsWith('Border Corridors Atlas') // => true
 */
export function citationText(c: ViewCitation): string {
  const version = c.lang === 'es' ? `versión de datos ${c.version}` : `data version ${c.version}`;
  const accessed = c.lang === 'es' ? `consultado el ${c.accessed}` : `accessed ${c.accessed}`;
  return `${SITE[c.lang]}. “${c.title}”. ${version}, ${accessed}. ${c.url}. ${BASED[c.lang]}`;
}

const bibEscape = (s: string) => s.replace(/[\\{}]/g, (m) => `\\${m}`).replace(/[%&$#_]/g, (m) => `\\${m}`);

/** A BibTeX @misc entry for the view. */
export function citationBibtex(c: ViewCitation): string {
  const key = `bordercorridors${c.accessed.replace(/-/g, '')}`;
  return [
    `@misc{${key},`,
    `  title = {${bibEscape(`${SITE[c.lang]}: ${c.title}`)}},`,
    `  howpublished = {\\url{${c.url}}},`,
    `  version = {${bibEscape(c.version)}},`,
    `  urldate = {${c.accessed}},`,
    `  note = {${bibEscape(BASED[c.lang])}},`,
    `  language = {${c.lang === 'es' ? 'spanish' : 'english'}}`,
    `}`,
  ].join('\n');
}

/** A CSL-JSON item (as used by Zotero, Pandoc and citeproc). */
export function citationCsl(c: ViewCitation): string {
  const [y, m, d] = c.accessed.split('-').map(Number);
  return JSON.stringify(
    [
      {
        id: `border-corridors-atlas-${c.accessed}`,
        type: 'webpage',
        title: c.title,
        'container-title': SITE[c.lang],
        URL: c.url,
        version: c.version,
        accessed: { 'date-parts': [[y, m, d]] },
        note: BASED[c.lang],
        language: c.lang,
      },
    ],
    null,
    2,
  );
}
