/**
 * The map as SVG markup, drawn at build time from the map description (src/lib/cartography.ts):
 * the first paint of every map, the fallback without WebGL or JavaScript, the printed map, and the
 * social preview images. Same Web Mercator view as the interactive camera's bounds.
 *
 * Each description layer is one `<g data-layer="<id>">`, drawn in the description's order. Every
 * element carries its literal light colours (standalone SVGs, PNGs) and class names (`mf-*`,
 * `ms-*`) that the page's `--map-*` custom properties override, so the inline map follows dark
 * mode without JavaScript. Labels are placed by one greedy pass in priority order and never collide.
 */
import { bboxPolygon, booleanIntersects, bbox as bboxOf } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import {
  ACTOR_MARKS,
  AREA,
  color,
  corridorColor,
  FLOW_DASHES,
  FLOW_OPACITY,
  LABELS,
  MAP_LAYERS,
  paintClass,
  PLACE_SHAPES,
  ringSegments,
  shapePath,
  UNCERTAIN_FLOW,
  WIDTHS,
  type ColorName,
  type LabelKind,
  type MapLayerId,
} from '../lib/cartography.ts';
import { fitMercator } from '../lib/choropleth.ts';
import type { Atlas } from '../lib/evidence.ts';
import { DEFAULT_LAYERS } from '../lib/url-state.ts';
import type { CorridorId, Lang } from '../lib/schema.ts';
import { buildBasemap } from './basemap.ts';
import { buildBearings } from './bearings.ts';
import { buildMapData } from './layers.ts';

/** Escape text for SVG/HTML. @example escapeXml('a<b & "c"') // => 'a&lt;b &amp; &quot;c&quot;' */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface StaticMapOptions {
  lang: Lang;
  focus?: CorridorId | undefined;
  width: number;
  height: number;
  /** Label every place (corridor views) or only the corridors (overview). */
  placeLabels?: boolean;
  /** Font family for labels (system fonts in the browser; DejaVu when rasterised at build). */
  font?: string;
}

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const r1 = (x: number) => Math.round(x * 10) / 10;

/** A label candidate: where its anchor point is, and the offsets to try, in order. */
interface Candidate {
  layer: MapLayerId;
  kind: LabelKind;
  text: string;
  at: [number, number];
  /** Offsets [dx, dy, text-anchor] tried in turn; the first that collides with nothing wins. */
  tries: Array<[number, number, 'start' | 'middle' | 'end']>;
  /** Drawn only with its label (a reference city's dot). */
  dot?: boolean;
}

/**
 * Place labels greedily in priority order: each takes the first of its positions that overlaps no
 * label already placed, no symbol, and stays inside the frame; labels that fit nowhere are dropped.
 * @example placeLabels([], [], 100, 100).length // => 0
 */
export function placeLabels(
  candidates: readonly Candidate[],
  obstacles: readonly Box[],
  width: number,
  height: number,
): Array<Candidate & { x: number; y: number; anchor: 'start' | 'middle' | 'end' }> {
  const taken: Box[] = [...obstacles];
  const placed: Array<Candidate & { x: number; y: number; anchor: 'start' | 'middle' | 'end' }> = [];
  const order = [...candidates].sort((a, b) => LABELS[a.kind].priority - LABELS[b.kind].priority);
  for (const c of order) {
    const size = LABELS[c.kind].size;
    const w = c.text.length * size * 0.56;
    for (const [dx, dy, anchor] of c.tries) {
      const x = c.at[0] + dx;
      const y = c.at[1] + dy;
      const x0 = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
      const box: Box = [x0 - 2, y - size * 0.8, x0 + w + 2, y + size * 0.25];
      if (box[0] < 2 || box[2] > width - 2 || box[1] < 2 || box[3] > height - 2) continue;
      if (taken.some((t) => overlaps(t, box))) continue;
      taken.push(box);
      placed.push({ ...c, x: r1(x), y: r1(y), anchor });
      break;
    }
  }
  return placed;
}

/** A nice round length near `target` (1, 2 or 5 times a power of ten). @example niceLength(230) // => 200 */
export function niceLength(target: number): number {
  const p = 10 ** Math.floor(Math.log10(target));
  return [5, 2, 1].map((k) => k * p).find((v) => v <= target) ?? p;
}

/** The inner SVG elements (no <svg> wrapper) for a view of the atlas. */
export function staticMapBody(atlas: Pick<Atlas, 'corridors' | 'locations' | 'tables'>, o: StaticMapOptions): string {
  const base = buildBasemap('static');
  const data = buildMapData(atlas);
  const bearings = buildBearings(atlas);
  const { width: W, height: H, lang } = o;
  const [w, s, e, n] = data.bounds[o.focus ?? 'border']!;
  const padX = (e - w) * 0.08;
  const padY = (n - s) * 0.12;
  const { path, project } = fitMercator([w - padX, s - padY, e + padX, n + padY], W, H);
  const viewPoly = bboxPolygon([w - padX - 2, s - padY - 2, e + padX + 2, n + padY + 2]);
  const vb = viewPoly.bbox!;
  const inView = (f: Feature<Polygon | MultiPolygon>) => {
    const [a, b, c, d] = bboxOf(f);
    return !(c < vb[0] || a > vb[2] || d < vb[1] || b > vb[3]) && booleanIntersects(f, viewPoly);
  };
  const inFrame = ([x, y]: [number, number], m = 0) => x >= m && x <= W - m && y >= m && y <= H - m;
  const font = escapeXml(o.font ?? "system-ui, 'DejaVu Sans', sans-serif");
  const name = (p: Record<string, unknown>) => String(p[`name_${lang}`]);
  const mine = (corridor: string) => !o.focus || corridor === o.focus;
  /** fill/stroke attributes with their literal light colour and the class that follows the scheme. */
  const paint = (fill?: { name: string; value: string }, stroke?: { name: string; value: string }) =>
    `class="${paintClass({ fill: fill?.name, stroke: stroke?.name })}" fill="${fill?.value ?? 'none'}"${stroke ? ` stroke="${stroke.value}"` : ''}`;
  const named = (c: ColorName) => ({ name: c, value: color(c) });
  const corridorPaint = (k: number) => ({ name: `corridor-${k}`, value: corridorColor(k) });

  // Symbols first, so labels can keep clear of them.
  const obstacles: Box[] = [];
  const candidates: Candidate[] = [];
  const places = data.places.features.filter((f) => mine(f.properties.corridor));
  const groups = data.actorGroups.features.filter((f) => mine(f.properties.corridor));
  const flows = data.flows.features.filter((f) => mine(f.properties.corridor));
  const placeXY = places.map((f) => project(f.geometry.coordinates));
  for (const [x, y] of placeXY) obstacles.push([x - 7, y - 7, x + 7, y + 7]);
  const RING = { dx: -9, dy: 9, r: 7 };
  for (const f of groups) {
    const [x, y] = project(f.geometry.coordinates);
    obstacles.push([x + RING.dx - 9, y + RING.dy - 9, x + RING.dx + 9, y + RING.dy + 9]);
  }

  // Flows: the arc in screen space, cut where it leaves the frame, with an arrowhead at its end and
  // a labelled stub where an end lies beyond the frame.
  const MARGIN = 14;
  const flowMarks: string[] = [];
  const heads: string[] = [];
  const stubs: Array<{ at: [number, number]; text: string }> = [];
  for (const f of flows) {
    const pts = f.geometry.coordinates.map((p) => project(p));
    const inside = pts.map((p) => inFrame(p, MARGIN));
    const first = inside.indexOf(true);
    const last = inside.lastIndexOf(true);
    if (first < 0) continue;
    const cut = (a: [number, number], b: [number, number]): [number, number] => {
      // The point on a→b (a inside, b outside) where it crosses the margin line.
      let lo = 0;
      let hi = 1;
      for (let i = 0; i < 16; i++) {
        const mid = (lo + hi) / 2;
        if (inFrame([a[0] + (b[0] - a[0]) * mid, a[1] + (b[1] - a[1]) * mid], MARGIN)) lo = mid;
        else hi = mid;
      }
      return [r1(a[0] + (b[0] - a[0]) * lo), r1(a[1] + (b[1] - a[1]) * lo)];
    };
    const line = pts.slice(first, last + 1);
    if (first > 0) line.unshift(cut(pts[first]!, pts[first - 1]!));
    if (last < pts.length - 1) line.push(cut(pts[last]!, pts[last + 1]!));
    const { kind, certainty } = f.properties;
    const faded = UNCERTAIN_FLOW.includes(certainty);
    const alpha = faded ? FLOW_OPACITY.uncertain : FLOW_OPACITY.firm;
    const dash = FLOW_DASHES[kind as keyof typeof FLOW_DASHES] ?? [1, 0];
    const dashAttr = dash[1] ? ` stroke-dasharray="${dash.map((d) => d * WIDTHS.flow).join(' ')}"` : '';
    flowMarks.push(
      `<path data-symbol="flow:${kind}${faded ? ' flow:uncertain' : ''}" d="M${line.map((p) => p.join(' ')).join('L')}" ${paint(undefined, named('flow'))} stroke-width="${WIDTHS.flow}" stroke-opacity="${alpha}" stroke-linecap="round"${dashAttr}/>`,
    );
    const [a, b] = [line[line.length - 2]!, line[line.length - 1]!];
    const angle = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
    heads.push(
      `<path d="M0 0L-8 -4L-6 0L-8 4Z" transform="translate(${b[0]} ${b[1]}) rotate(${Math.round(angle)})" ${paint(named('flow'))} fill-opacity="${alpha}"/>`,
    );
    // Each end beyond the frame is named at the edge, inside it, where the line leaves.
    const ends: Array<[number, string]> = [
      [0, String(f.properties[`from_${lang}`])],
      [line.length - 1, String(f.properties[`to_${lang}`])],
    ];
    for (const [i, text] of ends) {
      const cutEnd = i === 0 ? first > 0 : last < pts.length - 1;
      if (cutEnd) stubs.push({ at: line[i]!, text });
    }
  }
  // Stubs that leave the frame close together share one label naming every place beyond.
  const clusters: Array<{ at: [number, number]; names: string[] }> = [];
  for (const stub of stubs) {
    const near = clusters.find((c) => Math.hypot(c.at[0] - stub.at[0], c.at[1] - stub.at[1]) < 40);
    if (!near) clusters.push({ at: stub.at, names: [stub.text] });
    else if (!near.names.includes(stub.text)) near.names.push(stub.text);
  }
  for (const { at, names } of clusters) {
    const anchor = at[0] > W - 120 ? 'end' : at[0] < 120 ? 'start' : 'middle';
    const dy = at[1] > H - 40 ? -10 : 14;
    candidates.push({
      layer: 'flow-end',
      kind: 'flow-end',
      text: names.join(', '),
      at,
      tries: [
        [0, dy, anchor],
        [0, -dy, anchor],
        [0, 2 * dy, anchor],
      ],
    });
  }
  // Ends inside the frame that are not atlas places.
  for (const f of data.flowEnds.features) {
    const p = project(f.geometry.coordinates);
    if (!inFrame(p, MARGIN)) continue;
    if (
      !flows.some(
        (fl) =>
          fl.properties[`to_${lang}`] === name(f.properties) || fl.properties[`from_${lang}`] === name(f.properties),
      )
    )
      continue;
    candidates.push({
      layer: 'flow-end',
      kind: 'flow-end',
      text: name(f.properties),
      at: p,
      tries: [
        [0, 14, 'middle'],
        [0, -8, 'middle'],
      ],
    });
  }

  for (const f of data.labels.features.filter((f) => mine(f.properties.id))) {
    const [x, y] = project(f.geometry.coordinates);
    candidates.push({
      layer: 'corridor-label',
      kind: 'corridor',
      text: name(f.properties),
      at: [x, Math.max(20, y - 6)],
      tries: [
        [0, 0, 'middle'],
        [0, -14, 'middle'],
        [0, 18, 'middle'],
      ],
    });
  }
  places.forEach((f, i) =>
    candidates.push({
      layer: 'place-symbol',
      kind: 'place',
      text: name(f.properties),
      at: placeXY[i]!,
      tries:
        o.placeLabels || o.focus
          ? [
              [9, 4, 'start'],
              [-9, 4, 'end'],
              [0, -10, 'middle'],
              [0, 18, 'middle'],
            ]
          : [
              [9, 4, 'start'],
              [-9, 4, 'end'],
            ],
    }),
  );
  const bearingLabel = (
    layer: MapLayerId,
    kind: LabelKind,
    fc: { features: Array<{ geometry: { coordinates: Position }; properties: Record<string, unknown> }> },
    tries: Candidate['tries'],
    dot = false,
  ) => {
    for (const f of fc.features) {
      const p = project(f.geometry.coordinates);
      if (inFrame(p)) candidates.push({ layer, kind, text: name(f.properties), at: p, tries, dot });
    }
  };
  bearingLabel(
    'label-city',
    'city',
    bearings.cities,
    [
      [5, 4, 'start'],
      [-5, 4, 'end'],
      [0, -6, 'middle'],
      [0, 13, 'middle'],
    ],
    true,
  );
  bearingLabel('label-state', 'state', bearings.states, [
    [0, 0, 'middle'],
    [0, 12, 'middle'],
    [0, -12, 'middle'],
  ]);
  bearingLabel('label-country', 'country', bearings.countries, [
    [0, 0, 'middle'],
    [0, 16, 'middle'],
    [0, -16, 'middle'],
  ]);
  bearingLabel('label-water', 'water', bearings.water, [
    [0, 0, 'middle'],
    [0, 14, 'middle'],
    [0, -14, 'middle'],
  ]);
  const placed = placeLabels(candidates, obstacles, W, H);

  const text = (l: (typeof placed)[number]) => {
    const rule = LABELS[l.kind];
    const italic = rule.italic ? ' font-style="italic"' : '';
    return `<text x="${l.x}" y="${l.y}" text-anchor="${l.anchor}" font-family="${font}" font-size="${rule.size}" font-weight="${rule.weight}"${italic} ${paint(named(rule.color), named('halo'))} stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeXml(l.text)}</text>`;
  };
  const labelsOf = (layer: MapLayerId) =>
    placed
      .filter((l) => l.layer === layer)
      .map(text)
      .join('');

  const corridors = data.corridors.features.filter((f) => !o.focus || inView(f));
  const draw: Record<MapLayerId, () => string> = {
    sea: () => `<rect width="${W}" height="${H}" ${paint(named('sea'))}/>`,
    'country-fill': () =>
      base.countries.features
        .filter(inView)
        .map((f) => {
          const ours = ['484', '840'].includes(String(f.properties?.['id']));
          return `<path d="${path(f.geometry)}" ${paint(named(ours ? 'land' : 'other-land'))}/>`;
        })
        .join(''),
    'mx-state-fill': () => '',
    'national-fill': () => '',
    'country-line': () =>
      base.countries.features
        .filter(inView)
        .map(
          (f) =>
            `<path d="${path(f.geometry)}" ${paint(undefined, named('country-line'))} stroke-width="${WIDTHS.country}"/>`,
        )
        .join(''),
    'state-line': () =>
      [...base.mxStates.features, ...base.usStates.features]
        .filter(inView)
        .map(
          (f) =>
            `<path d="${path(f.geometry)}" ${paint(undefined, named('state-line'))} stroke-width="${WIDTHS.state}"/>`,
        )
        .join(''),
    'river-line': () =>
      bearings.rivers.features
        .map(
          (f) =>
            `<path d="${path(f.geometry)}" ${paint(undefined, named('river'))} stroke-width="${WIDTHS.river}" stroke-linejoin="round"/>`,
        )
        .join(''),
    'corridor-halo': () =>
      corridors
        .map(
          (f) =>
            `<path d="${path(f.geometry)}" ${paint(undefined, corridorPaint(f.properties.number))} stroke-width="${AREA.haloWidth * 2}" stroke-opacity="${AREA.halo}" stroke-linejoin="round"/>`,
        )
        .join(''),
    'corridor-fill': () =>
      corridors
        .map(
          (f) =>
            `<path d="${path(f.geometry)}" ${paint(corridorPaint(f.properties.number))} fill-opacity="${AREA.fill}"/>`,
        )
        .join(''),
    'corridor-line': () =>
      corridors
        .map(
          (f) =>
            `<path d="${path(f.geometry)}" ${paint(undefined, corridorPaint(f.properties.number))} stroke-width="${WIDTHS.corridor / 2}" stroke-opacity="0.8" stroke-linejoin="round"/>`,
        )
        .join(''),
    'border-line': () =>
      `<path d="${path(base.border.geometry)}" ${paint(undefined, named('border'))} stroke-width="${WIDTHS.border}" stroke-linejoin="round"/>`,
    'label-water': () => labelsOf('label-water'),
    'label-country': () => labelsOf('label-country'),
    'label-state': () => labelsOf('label-state'),
    'label-city': () =>
      placed
        .filter((l) => l.layer === 'label-city')
        .map((l) => `<circle cx="${r1(l.at[0])}" cy="${r1(l.at[1])}" r="2.2" ${paint(named('text-muted'))}/>${text(l)}`)
        .join(''),
    'flow-line': () => flowMarks.join(''),
    'flow-head': () => heads.join(''),
    'flow-end': () => labelsOf('flow-end'),
    'place-symbol': () =>
      places
        .map((f, i) => {
          const [x, y] = placeXY[i]!;
          const shape = PLACE_SHAPES[f.properties.role as keyof typeof PLACE_SHAPES] ?? 'circle';
          return `<path data-symbol="role:${f.properties.role}" d="${shapePath(shape)}" transform="translate(${r1(x - 7)} ${r1(y - 7)}) scale(0.7)" ${paint(named('place-fill'), named('place-line'))} stroke-width="2"/>`;
        })
        .join('') + labelsOf('place-symbol'),
    'actor-group': () =>
      groups
        .map((f) => {
          const [px, py] = project(f.geometry.coordinates);
          const [x, y] = [r1(px + RING.dx), r1(py + RING.dy)];
          const segs = ringSegments(f.properties.mix.split('.'))
            .map((sg) => {
              const at = (t: number) => [r1(x + RING.r * Math.sin(t)), r1(y - RING.r * Math.cos(t))].join(' ');
              const large = sg.end - sg.start > Math.PI ? 1 : 0;
              const d =
                sg.end - sg.start >= Math.PI * 2 - 0.01
                  ? `M${x} ${r1(y - RING.r)}a${RING.r} ${RING.r} 0 1 1 -0.01 0`
                  : `M${at(sg.start)}A${RING.r} ${RING.r} 0 ${large} 1 ${at(sg.end)}`;
              const mark = ACTOR_MARKS[sg.type as keyof typeof ACTOR_MARKS];
              return `<path data-symbol="actor:${sg.type}" d="${d}" ${paint(undefined, { name: `actor-${sg.type}`, value: mark?.color.light ?? color('text') })} stroke-width="3.2"/>`;
            })
            .join('');
          return (
            `<circle cx="${x}" cy="${y}" r="${RING.r + 2}" ${paint(named('halo'))}/>${segs}` +
            `<text x="${x}" y="${r1(y + 3.2)}" text-anchor="middle" font-family="${font}" font-size="9" font-weight="700" ${paint(named('text'))}>${f.properties.n}</text>`
          );
        })
        .join(''),
    'actor-symbol': () => '',
    'corridor-label': () => labelsOf('corridor-label'),
  };

  const visible = (group: string | null) => group === null || (DEFAULT_LAYERS as readonly string[]).includes(group);
  const parts = MAP_LAYERS.filter((l) => visible(l.group)).map((l) => {
    const body = draw[l.id]();
    return body ? `<g data-layer="${l.id}">${body}</g>` : '';
  });
  parts.push(
    scaleBar(project, [w, s, e, n], H, {
      font,
      ink: paint(named('text')),
      line: paint(undefined, named('text')),
      box: paint(named('halo')),
    }),
  );
  return parts.join('');
}

/** A scale bar in km and mi at the lower left, measured at the view's middle latitude. */
function scaleBar(
  project: (p: Position) => [number, number],
  [w, s, e, n]: [number, number, number, number],
  H: number,
  a: { font: string; ink: string; line: string; box: string },
): string {
  const lat = (s + n) / 2;
  const lon = (w + e) / 2;
  // One degree of longitude at this latitude, in km and in px.
  const kmPerDeg = 111.32 * Math.cos((lat * Math.PI) / 180);
  const pxPerKm = (project([lon + 1, lat])[0] - project([lon, lat])[0]) / kmPerDeg;
  const target = 110;
  const km = niceLength(target / pxPerKm);
  const mi = niceLength(target / (pxPerKm * 1.609344));
  const kmPx = r1(km * pxPerKm);
  const miPx = r1(mi * 1.609344 * pxPerKm);
  const [x, y] = [12, H - 26];
  const bar = (len: number, yy: number, label: string, up: boolean) =>
    `<path d="M${x} ${yy + (up ? -4 : 4)}V${yy}H${x + len}V${yy + (up ? -4 : 4)}" ${a.line} stroke-width="1.4"/>` +
    `<text x="${r1(x + len + 4)}" y="${yy + (up ? 0 : 8)}" font-family="${a.font}" font-size="10" ${a.ink}>${label}</text>`;
  return (
    `<g data-layer="scale-bar">` +
    `<rect x="${x - 4}" y="${y - 12}" width="${r1(Math.max(kmPx, miPx) + 52)}" height="28" rx="3" ${a.box} fill-opacity="0.75"/>` +
    bar(kmPx, y, `${km} km`, true) +
    bar(miPx, y + 3, `${mi} mi`, false) +
    `</g>`
  );
}
