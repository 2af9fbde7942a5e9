import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/index.ts';
import { citationBibtex, citationCsl, citationText, type ViewCitation } from '../../src/lib/cite-view.ts';

// The words come from each language's interface table, as the map element passes them.
const words = (lang: 'en' | 'es') => ({
  site: ui[lang]['site.title'],
  based: ui[lang]['citeView.based'],
  version: ui[lang]['citeView.version'],
  accessed: ui[lang]['citeView.accessed'],
});
const view: ViewCitation = {
  title: 'Tamaulipas & the Gulf_Cartel',
  url: 'https://example.org/atlas/?corridor=tamaulipas',
  version: '0.1.0',
  accessed: '2026-11-24',
  lang: 'en',
  words: words('en'),
};

describe('cite this view', () => {
  it('names the site, the view, the version, the date, the URL and both documents', () => {
    const text = citationText(view);
    for (const part of [
      'Border Corridors Atlas',
      'Tamaulipas',
      '0.1.0',
      '2026-11-24',
      view.url,
      'InSight Crime (2023)',
      'Izcara-Palacios (2023)',
    ])
      expect(text).toContain(part);
    const es = citationText({ ...view, lang: 'es', words: words('es') });
    expect(es).toContain('versión de datos 0.1.0, consultado el 2026-11-24');
    expect(es).toMatch(/^Atlas de los Corredores Fronterizos\./);
    expect(citationBibtex({ ...view, lang: 'es', words: words('es') })).toContain('language = {spanish}');
  });
  it('escapes BibTeX specials and keeps the URL intact', () => {
    const bib = citationBibtex(view);
    expect(bib).toMatch(/^@misc\{bordercorridors20261124,/);
    expect(bib).toContain('Tamaulipas \\& the Gulf\\_Cartel');
    expect(bib).toContain(`\\url{${view.url}}`);
  });
  it('gives valid CSL-JSON', () => {
    const [item] = JSON.parse(citationCsl(view)) as unknown[];
    expect(item).toMatchObject({ type: 'webpage', URL: view.url, accessed: { 'date-parts': [[2026, 11, 24]] } });
  });
});
