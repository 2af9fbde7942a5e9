// Embed pages: the map and legend with no site furniture, and always the source line.
import { describe, expect, it } from 'vitest';
import { routesWhere } from '../routes.ts';
import { BASE, page } from './dist.ts';

describe('embed pages', () => {
  for (const route of routesWhere((p) => p.id === 'embed')) {
    it(`${route} has no site header, footer or navigation, and carries the source line`, () => {
      const doc = page(route);
      expect(doc.querySelector('header')).toBeNull();
      expect(doc.querySelector('footer')).toBeNull();
      expect(doc.querySelector('nav')).toBeNull();
      expect(doc.querySelector('.site-header, .site-footer, .skip-link')).toBeNull();
      expect(doc.querySelector('atlas-map')?.getAttribute('data-mode')).toBe('embed');
      expect(doc.querySelector('[data-legend]')).not.toBeNull();
      const source = doc.querySelector('[data-embed-source]')!;
      // Spaced as a sentence, even where the script never runs.
      expect(source.text).toMatch(/^\S+: InSight Crime 2023; Izcara-Palacios 2023 · \S.* · \S/);
      expect(source.querySelector('[data-get-data]')?.getAttribute('href')).toBe(
        `${BASE}${route.replace(/embed\/$/, '')}data/`,
      );
      expect(doc.querySelector('h1')?.text.trim()).not.toBe('');
      expect(doc.querySelector('[data-embed-view]')?.text.trim()).not.toBe('');
      expect(source.querySelector('a')!.getAttribute('href')).toBe(`${BASE}${route.replace(/embed\/$/, '')}sources/`);
      expect(doc.querySelector('[data-full-view]')).not.toBeNull();
    });
  }
});
