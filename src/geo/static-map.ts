/**
 * The map as SVG markup, drawn at build time: the first paint of every map, the fallback without
 * WebGL or JavaScript, the printed map, and the social preview images. Same Web Mercator view as
 * the interactive camera's bounds.
 */
import { bboxPolygon, booleanIntersects, bbox as bboxOf } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { fitMercator } from '../lib/choropleth.ts';
import type { Atlas } from '../lib/evidence.ts';
import { BASE_COLORS } from '../lib/palette.ts';
import type { CorridorId, Lang } from '../lib/schema.ts';
import { buildBasemap } from './basemap.ts';
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

/** The inner SVG elements (no <svg> wrapper) for a view of the atlas. */
export function staticMapBody(atlas: Pick<Atlas, 'corridors' | 'locations' | 'tables'>, o: StaticMapOptions): string {
  const base = buildBasemap('static');
  const data = buildMapData(atlas);
  const [w, s, e, n] = data.bounds[o.focus ?? 'border']!;
  const padX = (e - w) * 0.08;
  const padY = (n - s) * 0.12;
  const { path, project } = fitMercator([w - padX, s - padY, e + padX, n + padY], o.width, o.height);
  const viewPoly = bboxPolygon([w - padX - 2, s - padY - 2, e + padX + 2, n + padY + 2]);
  const vb = viewPoly.bbox!;
  const inView = (f: Feature<Polygon | MultiPolygon>) => {
    const [a, b, c, d] = bboxOf(f);
    return !(c < vb[0] || a > vb[2] || d < vb[1] || b > vb[3]) && booleanIntersects(f, viewPoly);
  };
  const font = escapeXml(o.font ?? "system-ui, 'DejaVu Sans', sans-serif");
  const label = (x: number, y: number, text: string, size: number, weight = 400, anchor = 'start') =>
    `<text x="${x}" y="${y}" text-anchor="${anchor}" font-family="${font}" font-size="${size}" font-weight="${weight}" fill="#1b1f24" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(text)}</text>`;
  const parts: string[] = [`<rect width="${o.width}" height="${o.height}" fill="${BASE_COLORS.sea}"/>`];
  for (const f of base.countries.features.filter(inView)) {
    const fill = ['484', '840'].includes(String(f.properties?.['id'])) ? BASE_COLORS.land : BASE_COLORS.otherLand;
    parts.push(`<path d="${path(f.geometry)}" fill="${fill}" stroke="${BASE_COLORS.countryLine}" stroke-width="0.8"/>`);
  }
  for (const f of [...base.mxStates.features, ...base.usStates.features].filter(inView))
    parts.push(`<path d="${path(f.geometry)}" fill="none" stroke="${BASE_COLORS.stateLine}" stroke-width="0.6"/>`);
  parts.push(
    `<path d="${path(base.border.geometry)}" fill="none" stroke="${BASE_COLORS.border}" stroke-width="2.2" stroke-linejoin="round"/>`,
  );
  for (const f of data.corridors.features.filter((f) => !o.focus || inView(f))) {
    const color = f.properties.color;
    parts.push(
      `<path d="${path(f.geometry)}" fill="${color}" fill-opacity="0.28" stroke="${color}" stroke-width="1.8"/>`,
    );
  }
  const places = data.places.features.filter((f) => !o.focus || f.properties.corridor === o.focus);
  for (const f of places) {
    const [x, y] = project(f.geometry.coordinates);
    parts.push(`<circle cx="${x}" cy="${y}" r="4" fill="#ffffff" stroke="#1b1f24" stroke-width="1.6"/>`);
  }
  if (o.placeLabels)
    for (const f of places) {
      const [x, y] = project(f.geometry.coordinates);
      parts.push(label(x + 7, y + 4, String(f.properties[`name_${o.lang}`]), 12));
    }
  for (const f of data.labels.features.filter((f) => !o.focus || f.properties.id === o.focus)) {
    const [x, y] = project(f.geometry.coordinates);
    parts.push(label(x, Math.max(18, y - 6), String(f.properties[`name_${o.lang}`]), 15, 600, 'middle'));
  }
  return parts.join('');
}
