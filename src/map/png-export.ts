// The PNG export of a map view, loaded only when a reader asks for it (src/map/share.ts).
import { layoutBoxes, PNG_FONTS, pngLayout, scaleBar, type FontRole, type TextLine } from '../lib/png-layout.ts';
import { parseView } from '../lib/url-state.ts';
import { today, viewTitle, type ShareHost } from './share.ts';

/** The export's pixel ratio: 2× for print, whatever the screen. */
const PNG_RATIO = 2;

const PNG_COLORS = {
  light: {
    band: '#14324a',
    bandInk: '#ffffff',
    bandSoft: '#d6e2ec',
    paper: '#ffffff',
    ink: '#1b1f24',
    soft: '#4a525c',
  },
  dark: { band: '#0b1a26', bandInk: '#ffffff', bandSoft: '#b8c0c9', paper: '#12181e', ink: '#e7eaee', soft: '#b8c0c9' },
};

/** A symbol's width over its height, from its viewBox. */
const aspect = (svg: SVGSVGElement) => {
  const box = svg.viewBox.baseVal;
  return box && box.width > 0 && box.height > 0 ? box.width / box.height : 1;
};

/** An SVG legend symbol as an image the canvas can draw, 18 px tall at the export's pixel ratio. */
async function symbolImage(svg: SVGSVGElement): Promise<HTMLImageElement | null> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(18 * PNG_RATIO * Math.min(2, aspect(svg)))));
  copy.setAttribute('height', String(18 * PNG_RATIO));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  try {
    await image.decode();
    return image;
  } catch {
    return null;
  }
}

/** The legend as the page shows it: each heading with the entries that have a map symbol, leaving
 * out the groups of layers that are switched off. */
function legendGroups(host: ShareHost): { heading: string; entries: { label: string; svg: SVGSVGElement }[] }[] {
  const off = new Set(
    [...host.querySelectorAll<HTMLInputElement>('input[data-layer]')]
      .filter((box) => !box.checked)
      .map((box) => box.closest('label')?.textContent.trim() ?? ''),
  );
  const legend = host.querySelector('[data-legend]');
  if (!legend) return [];
  return [...legend.querySelectorAll('h3')]
    .filter((h) => !off.has(h.textContent.trim()))
    .map((h) => {
      let list = h.nextElementSibling;
      while (list && !list.matches('ul, h3')) list = list.nextElementSibling;
      const items = list?.matches('ul') ? [...list.querySelectorAll('li')] : [];
      return {
        heading: h.textContent.trim(),
        entries: items.flatMap((li) => {
          const svg = li.querySelector('svg');
          // The words beside the symbol, not the letters inside it.
          const words = li.cloneNode(true) as HTMLElement;
          words.querySelectorAll('svg').forEach((x) => x.remove());
          return svg ? [{ label: words.textContent.replace(/\s+/g, ' ').trim(), svg }] : [];
        }),
      };
    })
    .filter((g) => g.entries.length > 0);
}

/** The view in words: the selected corridor (on the atlas) and the layers shown. */
function viewLine(host: ShareHost): string {
  const corridor = new URLSearchParams(location.search).get('corridor');
  const named = corridor
    ? host.querySelector(`[data-select-corridor="${CSS.escape(corridor)}"]`)?.textContent.trim()
    : undefined;
  const layers = [...host.querySelectorAll<HTMLInputElement>('input[data-layer]')]
    .filter((box) => box.checked)
    .map((box) => box.closest('label')?.textContent.trim() ?? '');
  return [named, `${host.dataset['tPngLayers'] ?? ''}: ${layers.join(', ')}`].filter(Boolean).join(' · ');
}

/**
 * Draw the view: a title band, the map at 2× with a scale bar, the complete legend in rows that wrap,
 * then the source, date and URL (layout from src/lib/png-layout.ts). Light unless the view asks for
 * dark (`?theme=dark`). The layout's outline is left on the map element (`data-png-layout`), so a
 * reader or a test can check what the image holds.
 */
export async function viewPng(host: ShareHost): Promise<Blob> {
  const map = host.map!;
  const source = map.getCanvas();
  const width = source.clientWidth;
  const mapHeight = source.clientHeight;
  const colors = PNG_COLORS[parseView(location.search, {}).theme ?? 'light'];
  const family = getComputedStyle(document.body).fontFamily;
  const font = (role: FontRole) => `${PNG_FONTS[role].weight} ${PNG_FONTS[role].size}px ${family}`;
  const measurer = document.createElement('canvas').getContext('2d')!;
  const measure = (text: string, role: FontRole) => {
    measurer.font = font(role);
    return Math.ceil(measurer.measureText(text).width);
  };
  const groups = legendGroups(host);
  const centre = map.getCenter();
  // Web Mercator at maplibre's 512 px tiles: metres per CSS pixel at the centre's latitude.
  const metresPerPixel = (40_075_016.686 * Math.cos((centre.lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
  const bar = scaleBar(metresPerPixel, Math.min(140, width / 3));
  const layout = pngLayout({
    width,
    mapHeight,
    title: [...new Set([host.dataset['tPngTitle'] ?? '', viewTitle()])].filter(Boolean).join(': '),
    view: viewLine(host),
    legend: groups.map((g) => ({
      heading: g.heading,
      labels: g.entries.map((e) => e.label),
      iconWidths: g.entries.map((e) => 18 * aspect(e.svg)),
    })),
    foot: [
      host.dataset['tPngSources'] ?? '',
      (host.dataset['tPngExported'] ?? '{date} {url}').replace('{date}', today()).replace('{url}', location.href),
    ],
    scale: bar && { px: bar.px, label: `${bar.km.toLocaleString(host.language)} km` },
    measure,
  });

  // The map at the export's pixel ratio, then back to the screen's.
  const previous = map.getPixelRatio();
  if (previous !== PNG_RATIO) map.setPixelRatio(PNG_RATIO);
  await new Promise<void>((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
  const canvas = document.createElement('canvas');
  canvas.width = layout.width * PNG_RATIO;
  canvas.height = layout.height * PNG_RATIO;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(source, 0, layout.map.y * PNG_RATIO, width * PNG_RATIO, mapHeight * PNG_RATIO);
  if (previous !== PNG_RATIO) map.setPixelRatio(previous);
  ctx.scale(PNG_RATIO, PNG_RATIO);

  ctx.fillStyle = colors.paper;
  ctx.fillRect(0, layout.map.y + layout.map.height, layout.width, layout.height - layout.map.y - layout.map.height);
  ctx.fillStyle = colors.band;
  ctx.fillRect(layout.band.x, layout.band.y, layout.band.width, layout.band.height);
  ctx.textBaseline = 'middle';
  const text = (line: TextLine, color: string) => {
    ctx.font = font(line.role);
    ctx.fillStyle = color;
    ctx.fillText(line.text, line.x, line.y + line.height / 2);
  };
  layout.title.forEach((l) => text(l, colors.bandInk));
  layout.view.forEach((l) => text(l, colors.bandSoft));

  if (layout.scale && bar) {
    const s = layout.scale;
    ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
    ctx.fillRect(s.x, s.y, s.width, s.height);
    text(s.label, '#1b1f24');
    ctx.fillStyle = '#1b1f24';
    const barY = s.label.y + s.label.height + 2;
    ctx.fillRect(s.label.x, barY, Math.min(bar.px, s.width - 12), 2);
    ctx.fillRect(s.label.x, barY - 3, 1.5, 5);
    ctx.fillRect(s.label.x + Math.min(bar.px, s.width - 12) - 1.5, barY - 3, 1.5, 5);
  }

  const symbols = await Promise.all(groups.map((g) => Promise.all(g.entries.map((e) => symbolImage(e.svg)))));
  layout.legend.forEach((group, i) => {
    text(group.heading, colors.ink);
    group.entries.forEach((entry, j) => {
      const image = symbols[i]?.[j];
      if (image) {
        // Light symbols on a dark page need their light ground.
        if (colors === PNG_COLORS.dark) {
          ctx.fillStyle = '#ffffff';
          ctx.fillRect(entry.icon.x, entry.icon.y, entry.icon.width, entry.icon.height);
        }
        ctx.drawImage(image, entry.icon.x, entry.icon.y, entry.icon.width, entry.icon.height);
      }
      entry.lines.forEach((l) => text(l, colors.ink));
    });
  });
  layout.foot.forEach((l) => text(l, colors.soft));

  const boxes = layoutBoxes(layout);
  host.dataset['pngLayout'] = JSON.stringify({
    width: layout.width,
    height: layout.height,
    ratio: PNG_RATIO,
    mapBottom: layout.map.y + layout.map.height,
    right: Math.max(...boxes.map((b) => b.x + b.width)),
    bottom: Math.max(...boxes.map((b) => b.y + b.height)),
    legend: layout.legend.flatMap((g) => g.entries.map((e) => e.label)),
    foot: layout.foot.map((l) => l.text).join(' '),
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}
