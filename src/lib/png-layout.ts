/**
 * The layout of the PNG export (src/map/share.ts draws it): title, a line naming the view, the map
 * with a scale bar, every legend entry in rows that wrap, and the source, date and URL lines, all
 * inside the image. Pure: text widths come from a `measure` function (the canvas's in the browser),
 * so the layout is unit-tested and a browser test can check the boxes the image was drawn from.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LegendGroupInput {
  heading: string;
  labels: readonly string[];
  /** Each symbol's width for a height of 18 px (lines are wider than dots); 18 when absent. */
  iconWidths?: readonly number[];
}

export type FontRole = 'title' | 'view' | 'heading' | 'label' | 'small';

/** Font sizes (CSS px) and line heights of each kind of text. */
export const PNG_FONTS: Record<FontRole, { size: number; weight: number; line: number }> = {
  title: { size: 20, weight: 700, line: 26 },
  view: { size: 13, weight: 400, line: 18 },
  heading: { size: 12, weight: 700, line: 18 },
  label: { size: 12, weight: 400, line: 16 },
  small: { size: 11, weight: 400, line: 15 },
};

export interface PngLayoutInput {
  /** Image width in CSS px (the map's width). */
  width: number;
  mapHeight: number;
  title: string;
  view: string;
  legend: readonly LegendGroupInput[];
  /** Source, date and URL, each a paragraph that wraps. */
  foot: readonly string[];
  /** Scale bar length in CSS px and its label, or null. */
  scale: { px: number; label: string } | null;
  measure: (text: string, role: FontRole) => number;
}

export interface TextLine extends Box {
  text: string;
  role: FontRole;
}

export interface LegendEntryBox {
  label: string;
  icon: Box;
  lines: TextLine[];
}

export interface PngLayout {
  width: number;
  height: number;
  title: TextLine[];
  view: TextLine[];
  map: Box;
  scale: (Box & { label: TextLine }) | null;
  legend: { heading: TextLine; entries: LegendEntryBox[] }[];
  foot: TextLine[];
  /** The band behind the title (dark) from the top. */
  band: Box;
}

export const PNG_PAD = 16;
const ICON = 18;
const ICON_GAP = 6;
const ENTRY_GAP = 18;

/**
 * Break text into lines no wider than `max`: at spaces, and inside a word (a URL) only when the
 * word alone is too wide.
 * @example wrapText('a bb ccc', 4, (s) => s.length) // => ['a bb', 'ccc']
 */
export function wrapText(text: string, max: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= max) {
      line = candidate;
      return;
    }
    if (line) lines.push(line);
    line = '';
    // A word wider than a line is cut into pieces that fit.
    let rest = word;
    while (measure(rest) > max && rest.length > 1) {
      let n = rest.length - 1;
      while (n > 1 && measure(rest.slice(0, n)) > max) n--;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    line = rest;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) push(word);
  if (line) lines.push(line);
  return lines;
}

/**
 * A scale bar of a round length (1, 2 or 5 × 10ⁿ km) no longer than `maxPx`.
 * @example scaleBar(1000, 120) // => { km: 100, px: 100 }
 */
export function scaleBar(metersPerPixel: number, maxPx: number): { km: number; px: number } | null {
  if (!(metersPerPixel > 0) || !(maxPx > 0)) return null;
  const maxKm = (metersPerPixel * maxPx) / 1000;
  const pow = 10 ** Math.floor(Math.log10(maxKm));
  const km = [5, 2, 1].map((m) => m * pow).find((k) => k <= maxKm) ?? pow;
  return { km, px: Math.round((km * 1000) / metersPerPixel) };
}

/**
 * Lay out the export. Every box lies within `width` × `height`.
 * @example pngLayout({ width: 400, mapHeight: 300, title: 'T', view: 'V', legend: [], foot: ['S'], scale: null, measure: (s) => s.length * 7 }).height // => 415
 */
export function pngLayout(input: PngLayoutInput): PngLayout {
  const { width, measure } = input;
  const inner = width - 2 * PNG_PAD;
  let y = PNG_PAD;
  const paragraph = (text: string, role: FontRole, x = PNG_PAD, max = inner): TextLine[] =>
    wrapText(text, max, (s) => measure(s, role)).map((line) => {
      const box = { text: line, role, x, y, width: measure(line, role), height: PNG_FONTS[role].line };
      y += PNG_FONTS[role].line;
      return box;
    });

  const title = paragraph(input.title, 'title');
  const view = paragraph(input.view, 'view');
  y += PNG_PAD / 2;
  const band: Box = { x: 0, y: 0, width, height: y };
  const map: Box = { x: 0, y, width, height: input.mapHeight };
  y += input.mapHeight;

  let scale: PngLayout['scale'] = null;
  if (input.scale) {
    const labelWidth = measure(input.scale.label, 'small');
    const bar = { x: PNG_PAD, y: map.y + map.height - PNG_PAD - 22, width: Math.min(input.scale.px, inner / 2) };
    scale = {
      x: bar.x - 6,
      y: bar.y - 4,
      width: Math.max(bar.width, labelWidth) + 12,
      height: 26,
      label: { text: input.scale.label, role: 'small', x: bar.x, y: bar.y + 6, width: labelWidth, height: 15 },
    };
  }

  y += PNG_PAD / 2;
  const legend = input.legend.map((group) => {
    y += 4;
    const [heading] = paragraph(group.heading, 'heading');
    let x = PNG_PAD;
    let rowHeight = 0;
    const entries = group.labels.map((label, i) => {
      const iconWidth = Math.min(Math.max(group.iconWidths?.[i] ?? ICON, ICON), 2 * ICON);
      const textMax = inner - iconWidth - ICON_GAP;
      const wrapped = wrapText(label, textMax, (s) => measure(s, 'label'));
      const textWidth = Math.max(...wrapped.map((l) => measure(l, 'label')));
      const entryWidth = iconWidth + ICON_GAP + textWidth;
      if (x > PNG_PAD && x + entryWidth > PNG_PAD + inner) {
        x = PNG_PAD;
        y += rowHeight + 4;
        rowHeight = 0;
      }
      const height = Math.max(ICON, wrapped.length * PNG_FONTS.label.line);
      const entry: LegendEntryBox = {
        label,
        icon: { x, y: y + (PNG_FONTS.label.line - ICON) / 2 + 1, width: iconWidth, height: ICON },
        lines: wrapped.map((text, i) => ({
          text,
          role: 'label',
          x: x + iconWidth + ICON_GAP,
          y: y + i * PNG_FONTS.label.line,
          width: measure(text, 'label'),
          height: PNG_FONTS.label.line,
        })),
      };
      x += entryWidth + ENTRY_GAP;
      rowHeight = Math.max(rowHeight, height);
      return entry;
    });
    y += rowHeight;
    return { heading: heading ?? { text: '', role: 'heading' as const, x: PNG_PAD, y, width: 0, height: 0 }, entries };
  });

  y += PNG_PAD / 2;
  const foot = input.foot.flatMap((text) => paragraph(text, 'small'));
  y += PNG_PAD;
  return { width, height: Math.ceil(y), title, view, map, scale, legend, foot, band };
}

/** Every box of a layout, for checking that all lie inside the image. */
export function layoutBoxes(layout: PngLayout): Box[] {
  return [
    ...layout.title,
    ...layout.view,
    layout.map,
    ...(layout.scale ? [layout.scale, layout.scale.label] : []),
    ...layout.legend.flatMap((g) => [g.heading, ...g.entries.flatMap((e) => [e.icon, ...e.lines])]),
    ...layout.foot,
  ];
}
