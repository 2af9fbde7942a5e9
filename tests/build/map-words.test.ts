// The build-time map in words: wherever it is drawn (atlas, corridor pages, embed, presenter), its
// description names every corridor, place, actor and flow it shows, in the page's language.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MapData } from '../../src/lib/map-data.ts';
import { LANGUAGES } from '../../src/lib/languages.ts';
import { routesWhere } from '../routes.ts';
import { DIST, page } from './dist.ts';

const data = JSON.parse(readFileSync(path.join(DIST, 'map', 'atlas.json'), 'utf8')) as MapData;
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

describe('the static map described', () => {
  for (const route of routesWhere((p) => p.map)) {
    it(route || '/', () => {
      const lang = LANGUAGES.find((l, i) =>
        i === 0 ? !route.match(/^[a-z]{2}\//) : route.startsWith(`${l.code}/`),
      )!.code;
      const svg = page(route).querySelector('svg[data-static-map]')!;
      const desc = svg.querySelector(`[id="${svg.getAttribute('aria-describedby')}"]`);
      expect(desc?.tagName.toLowerCase(), 'aria-describedby points to the <desc>').toBe('desc');
      const text = decode(desc!.textContent);
      const focus = route.match(/corridors\/([^/]+)\//)?.[1];
      const inFocus = (p: { id: string; corridor?: string }) => !focus || (p.corridor ?? p.id) === focus;
      const name = `name_${lang}` as const;
      for (const fc of [data.corridors, data.places, data.actors])
        for (const f of fc.features.filter((f) => inFocus(f.properties))) expect(text).toContain(f.properties[name]);
      for (const f of data.flows.features.filter((f) => inFocus(f.properties))) {
        expect(text).toContain(f.properties[`from_${lang}`]);
        expect(text).toContain(f.properties[`to_${lang}`]);
      }
    });
  }
});
