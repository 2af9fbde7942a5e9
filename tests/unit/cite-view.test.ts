import { describe, expect, it } from 'vitest';
import { citationBibtex, citationCsl, citationText } from '../../src/lib/cite-view.ts';

const view = {
  title: 'Tamaulipas & the Gulf_Cartel',
  url: 'https://example.org/atlas/?corridor=tamaulipas',
  version: '0.1.0',
  accessed: '2026-11-24',
  lang: 'en' as const,
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
    expect(citationText({ ...view, lang: 'es' })).toContain('consultado el 2026-11-24');
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
