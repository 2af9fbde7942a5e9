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
      expect(source.text).toMatch(/InSight Crime 2023 \/ Izcara-Palacios 2023/);
      expect(source.querySelector('a')!.getAttribute('href')).toBe(`${BASE}${route.replace(/embed\/$/, '')}sources/`);
      expect(doc.querySelector('[data-full-view]')).not.toBeNull();
    });
  }
});
