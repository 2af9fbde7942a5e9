/**
 * "Cite this view": a plain-text citation, BibTeX and CSL-JSON for a view of the atlas, with the
 * view's URL, the data version and the access date.
 */
import { language } from './languages.ts';

/** The words of a citation in the view's language, from its interface table (`citeView.*`). */
export interface CitationWords {
  /** The site's name. */
  site: string;
  /** The sentence naming the two documents the atlas is based on. */
  based: string;
  /** "data version {version}" */
  version: string;
  /** "accessed {date}" */
  accessed: string;
}

export interface ViewCitation {
  title: string;
  url: string;
  version: string;
  /** Access date, YYYY-MM-DD. */
  accessed: string;
  /** The view's language code. */
  lang: string;
  words: CitationWords;
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/**
 * The citation as one paragraph of text.
 * @example citationText(view).startsWith('Border Corridors Atlas') // => true
 */
export function citationText(c: ViewCitation): string {
  const version = fill(c.words.version, { version: c.version });
  const accessed = fill(c.words.accessed, { date: c.accessed });
  return `${c.words.site}. “${c.title}”. ${version}, ${accessed}. ${c.url}. ${c.words.based}`;
}

const bibEscape = (s: string) => s.replace(/[\\{}]/g, (m) => `\\${m}`).replace(/[%&$#_]/g, (m) => `\\${m}`);

/** A BibTeX @misc entry for the view. */
export function citationBibtex(c: ViewCitation): string {
  const key = `bordercorridors${c.accessed.replace(/-/g, '')}`;
  return [
    `@misc{${key},`,
    `  title = {${bibEscape(`${c.words.site}: ${c.title}`)}},`,
    `  howpublished = {\\url{${c.url}}},`,
    `  version = {${bibEscape(c.version)}},`,
    `  urldate = {${c.accessed}},`,
    `  note = {${bibEscape(c.words.based)}},`,
    `  language = {${language(c.lang).english.toLowerCase()}}`,
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
        'container-title': c.words.site,
        URL: c.url,
        version: c.version,
        accessed: { 'date-parts': [[y, m, d]] },
        note: c.words.based,
        language: c.lang,
      },
    ],
    null,
    2,
  );
}
