// Embed pages: the map and legend with no site furniture, and always the source line.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';

const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

describe('embed pages', () => {
  for (const route of ['embed/', 'es/embed/']) {
    it(`${route} has no site header, footer or navigation, and carries the source line`, () => {
      const doc = parse(readFileSync(path.join('dist', route, 'index.html'), 'utf8'));
      expect(doc.querySelector('header')).toBeNull();
      expect(doc.querySelector('footer')).toBeNull();
      expect(doc.querySelector('nav')).toBeNull();
      expect(doc.querySelector('.site-header, .site-footer, .skip-link')).toBeNull();
      expect(doc.querySelector('atlas-map')?.getAttribute('data-mode')).toBe('embed');
      expect(doc.querySelector('[data-legend]')).not.toBeNull();
      const source = doc.querySelector('[data-embed-source]')!;
      expect(source.text).toMatch(/InSight Crime 2023 \/ Izcara-Palacios 2023/);
      expect(source.querySelector('a')!.getAttribute('href')).toBe(
        `${BASE}${route.startsWith('es/') ? 'es/' : ''}sources/`,
      );
      expect(doc.querySelector('[data-full-view]')).not.toBeNull();
    });
  }
});
