// The map description and its renderers: what the legend shows, every rendering draws, in the
// description's order and colours; the build-time SVG follows dark mode through classes.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBasemap } from '../../src/geo/basemap.ts';
import { buildMapData, type MapData } from '../../src/geo/layers.ts';
import { placeLabels, staticMapBody } from '../../src/geo/static-map.ts';
import {
  ACTOR_MARKS,
  COLORS,
  drawsLayer,
  FLOW_DASHES,
  legendLayers,
  MAP_LAYERS,
  mapCss,
  NATIONAL_PAINT,
  PLACE_SHAPES,
  ringSegments,
  SCHEMES,
  UNCERTAIN_FLOW,
} from '../../src/lib/cartography.ts';
import { NATIONAL_COLORS, NO_CASE_COLOR } from '../../src/lib/choropleth.ts';
import type { Atlas } from '../../src/lib/evidence.ts';
import { DEFAULT_LANG } from '../../src/lib/languages.ts';
import { loadAtlas } from '../../src/lib/read-data.ts';
import { DEFAULT_LAYERS, LAYER_IDS } from '../../src/lib/url-state.ts';
import { atlasStyle, layerOf } from '../../src/map/style.ts';

let atlas: Atlas;
let data: MapData;
let overview: string;
const basemap = buildBasemap();
const groupsOf = (svg: string) => [...svg.matchAll(/data-layer="([^"]+)"/g)].map((m) => m[1]!);
const symbolsOf = (svg: string) =>
  new Set([...svg.matchAll(/data-symbol="([^"]+)"/g)].flatMap((m) => m[1]!.split(' ')));

beforeAll(async () => {
  atlas = await loadAtlas(process.cwd());
  data = buildMapData(atlas);
  overview = staticMapBody(atlas, { lang: DEFAULT_LANG, width: 800, height: 600 });
}, 60_000);

const style = (scheme: (typeof SCHEMES)[number]) =>
  atlasStyle({
    basemap: {
      countries: basemap.countries,
      usStates: basemap.usStates,
      mxStates: basemap.mxStates,
      border: basemap.border,
    },
    atlas: data,
    lang: DEFAULT_LANG,
    visible: [...LAYER_IDS],
    scheme,
  });

describe('the map description', () => {
  it('gives every layer a known group and every legend entry a layer', () => {
    for (const l of MAP_LAYERS) if (l.group) expect(LAYER_IDS).toContain(l.group);
    for (const l of legendLayers()) expect(MAP_LAYERS.map((m) => m.id)).toContain(l.id);
    // Every toggleable group is described by some layer.
    for (const g of LAYER_IDS) expect(MAP_LAYERS.some((l) => l.group === g)).toBe(true);
  });

  it('has every colour in light and dark', () => {
    for (const [name, paint] of Object.entries(COLORS))
      for (const scheme of SCHEMES) expect(paint[scheme], `${name} ${scheme}`).toMatch(/^#[0-9a-f]{6}$/i);
    for (const m of Object.values(ACTOR_MARKS)) expect(m.color.dark).not.toBe(m.color.light);
    expect(NATIONAL_PAINT.dark).toHaveLength(NATIONAL_PAINT.light.length);
  });

  it('orders actor ring segments by type and leaves a gap between them', () => {
    const segs = ringSegments(['gang', 'cartel', 'gang']);
    expect(segs.map((s) => s.type)).toEqual(['cartel', 'gang', 'gang']);
    for (const [a, b] of segs.slice(1).map((s, i) => [segs[i]!, s] as const)) expect(b.start).toBeGreaterThan(a.end);
  });
});

describe('every renderer draws what the legend shows', () => {
  it('the maplibre style has a style layer for every legend entry, in both schemes, in the description order', () => {
    for (const scheme of SCHEMES) {
      const ids = style(scheme).layers.map((l) => l.id);
      for (const l of legendLayers())
        expect(
          ids.some((id) => drawsLayer(id, l.id)),
          `${scheme}: ${l.id}`,
        ).toBe(true);
      // Drawing order follows the description.
      const order = ids.map((id) => MAP_LAYERS.findIndex((l) => l === layerOf(id)));
      expect(order).not.toContain(-1);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('the style colours follow the scheme', () => {
    const sea = (s: (typeof SCHEMES)[number]) =>
      (style(s).layers.find((l) => l.id === 'sea') as unknown as { paint: Record<string, string> }).paint[
        'background-color'
      ];
    expect(sea('light')).toBe(COLORS.sea.light);
    expect(sea('dark')).toBe(COLORS.sea.dark);
  });

  it('the build-time SVG has a group for every legend entry shown by default, in the description order', () => {
    const groups = groupsOf(overview);
    for (const l of legendLayers().filter((l) => !l.group || DEFAULT_LAYERS.includes(l.group)))
      expect(groups, l.id).toContain(l.id);
    const order = groups.map((g) => MAP_LAYERS.findIndex((l) => l.id === g)).filter((i) => i >= 0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('the build-time SVG draws every place role, actor type, flow kind and the faded flows the data has', () => {
    const symbols = symbolsOf(overview);
    const roles = new Set(data.places.features.map((f) => f.properties.role));
    for (const role of Object.keys(PLACE_SHAPES)) if (roles.has(role)) expect(symbols, role).toContain(`role:${role}`);
    const types = new Set(data.actors.features.map((f) => f.properties.type));
    for (const type of Object.keys(ACTOR_MARKS)) if (types.has(type)) expect(symbols, type).toContain(`actor:${type}`);
    const kinds = new Set(data.flows.features.map((f) => f.properties.kind));
    for (const kind of Object.keys(FLOW_DASHES)) if (kinds.has(kind)) expect(symbols, kind).toContain(`flow:${kind}`);
    if (data.flows.features.some((f) => UNCERTAIN_FLOW.includes(f.properties.certainty)))
      expect(symbols).toContain('flow:uncertain');
  });

  it('the SVG draws one actor marker per place, not one per actor', () => {
    const places = new Set(data.actors.features.map((f) => f.properties.place));
    expect(data.actorGroups.features).toHaveLength(places.size);
    const counts = data.actorGroups.features.reduce((n, f) => n + f.properties.n, 0);
    expect(counts).toBe(data.actors.features.length);
  });

  it('every flow of a corridor view stays in the frame, with a named end where it leaves', () => {
    let drawn = 0;
    for (const c of atlas.corridors) {
      const svg = staticMapBody(atlas, { lang: DEFAULT_LANG, focus: c.id, width: 820, height: 420 });
      const paths = [...svg.matchAll(/data-symbol="flow:[^"]*" d="([^"]+)"/g)].map((m) => m[1]!);
      drawn += paths.length;
      for (const d of paths)
        for (const [x, y] of [...d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map(
          (m) => [Number(m[1]), Number(m[2])] as const,
        ))
          expect(x >= 0 && x <= 820 && y >= 0 && y <= 420, `${c.id}: ${x},${y}`).toBe(true);
      // Origins far beyond the frame are named at the edge where their flow enters.
      const origins = data.flows.features
        .filter((f) => f.properties.corridor === c.id)
        .map((f) => f.properties.from_en);
      for (const far of origins.filter((o) => ['Puebla', 'Chiapas', 'Colombia'].includes(o)))
        expect(svg, `${c.id}: ${far}`).toMatch(new RegExp(`>[^<]*\\b${far}\\b[^<]*</text>`));
    }
    expect(drawn).toBeGreaterThan(5);
  });

  it('the national choropleth takes its colours from the description', () => {
    expect(NATIONAL_COLORS).toEqual(NATIONAL_PAINT.light);
    expect(NO_CASE_COLOR).toBe(COLORS['no-case'].light);
    for (const k of Object.values(data.national)) expect(NATIONAL_PAINT.light[k]).toBeDefined();
  });
});

describe('dark mode without JavaScript', () => {
  it('gives every colour class the SVG and legend use a rule and a light and a dark custom property', () => {
    const css = mapCss();
    const classes = new Set([...overview.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1]!.split(' ')));
    expect(classes.size).toBeGreaterThan(5);
    for (const cls of classes) {
      const [, prop, name] = /^m([fs])-(.+)$/.exec(cls)!;
      expect(css, cls).toContain(`.${cls}{${prop === 'f' ? 'fill' : 'stroke'}:var(--map-${name})}`);
      // One declaration holding the light and the dark value, resolved by the page's colour scheme.
      const [, light, dark] = new RegExp(`--map-${name}:light-dark\\(([^,]+),([^)]+)\\)`).exec(css) ?? [];
      expect(light, name).toBeTruthy();
      expect(dark, name).toBeTruthy();
    }
    expect(css.match(/--map-land:/g)).toHaveLength(1);
  });

  it('keeps literal light colours on the SVG for standalone use (social images, PNG)', () => {
    expect(overview).toContain(`fill="${COLORS.sea.light}"`);
    expect(overview).not.toContain('var(--');
  });
});

describe('labels', () => {
  it('never collide: a label that would overlap one of higher priority is moved or dropped', () => {
    const placed = placeLabels(
      [
        { layer: 'label-city', kind: 'city', text: 'San Diego', at: [100, 100], tries: [[0, 0, 'start']] },
        {
          layer: 'corridor-label',
          kind: 'corridor',
          text: 'Tijuana-Mexicali',
          at: [100, 100],
          tries: [[0, 0, 'start']],
        },
        {
          layer: 'place-symbol',
          kind: 'place',
          text: 'Tijuana',
          at: [100, 100],
          tries: [
            [0, 0, 'start'],
            [0, 30, 'start'],
          ],
        },
      ],
      [],
      400,
      300,
    );
    expect(placed.map((l) => [l.text, l.y])).toEqual([
      ['Tijuana-Mexicali', 100],
      ['Tijuana', 130],
    ]);
  });

  it('place no two labels of the overview on top of each other', () => {
    const boxes = [
      ...overview.matchAll(/<text x="([\d.]+)" y="([\d.]+)" text-anchor="(\w+)"[^>]*font-size="(\d+)"[^>]*>([^<]+)</g),
    ]
      .filter((m) => !/^\d+$/.test(m[5]!) && !/ (km|mi)$/.test(m[5]!))
      .map((m) => {
        const [x, y, size] = [Number(m[1]), Number(m[2]), Number(m[4])];
        const w = m[5]!.length * size * 0.56;
        const x0 = m[3] === 'start' ? x : m[3] === 'middle' ? x - w / 2 : x - w;
        return [x0, y - size * 0.8, x0 + w, y + size * 0.25] as const;
      });
    expect(boxes.length).toBeGreaterThan(10);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3], `${i} ${j}`).toBe(false);
      }
  });
});
