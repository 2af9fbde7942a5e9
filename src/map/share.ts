// Share tools for a map view: copy its URL, embed code with a live preview, citations, and a PNG
// with title, legend, attribution and sources drawn into the image.
import { localize, type Lang } from '../lib/languages.ts';
import { citationBibtex, citationCsl, citationText } from '../lib/cite-view.ts';
import type { ModeRules } from './modes.ts';

interface ShareHost extends HTMLElement {
  map: import('maplibre-gl').Map | undefined;
  language: Lang;
  rules: ModeRules;
  /** A site path under the base path. */
  base(path: string): string;
}

const today = () => new Date().toISOString().slice(0, 10);

function embedUrl(host: ShareHost): string {
  const params = new URLSearchParams(location.search);
  // A corridor page's view is its corridor, which the embed names in its query.
  if (host.rules.pageIsCorridor && host.dataset['focus']) params.set('corridor', host.dataset['focus']);
  const query = params.toString().replace(/%2C/g, ',');
  const path = host.base(localize(host.language, 'embed/'));
  return `${location.origin}${path}${query ? `?${query}` : ''}`;
}

function viewTitle(): string {
  return document.querySelector('h1')?.textContent?.trim() ?? document.title;
}

async function copy(text: string, host: ShareHost): Promise<void> {
  const status = host.querySelector<HTMLElement>('[data-share-status]');
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Clipboard permission can be refused (or absent in an iframe); the text stays selectable.
  }
  if (status) status.textContent = host.dataset['tCopied'] ?? '';
}

function iframeCode(host: ShareHost): string {
  const src = embedUrl(host);
  const title = document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? viewTitle();
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const script = new URL(host.base('embed.js'), location.origin).href;
  return (
    `<iframe src="${esc(src)}" title="${esc(title)}" width="100%" height="560" loading="lazy" ` +
    `sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" ` +
    `allow="fullscreen; clipboard-write" referrerpolicy="no-referrer" style="border:0;width:100%"></iframe>\n` +
    `<script src="${esc(script)}" async></script>`
  );
}

/** Draw the map canvas with a title band, a legend of the corridors and the sources line. */
export async function viewPng(host: ShareHost): Promise<Blob> {
  const map = host.map!;
  await new Promise<void>((resolve) => {
    map.once('render', () => resolve());
    map.triggerRepaint();
  });
  const source = map.getCanvas();
  const ratio = source.width / source.clientWidth || 1;
  const width = source.width;
  const band = Math.round(56 * ratio);
  const foot = Math.round(64 * ratio);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = source.height + band + foot;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#14324a';
  ctx.fillRect(0, 0, width, band);
  ctx.fillStyle = '#ffffff';
  ctx.font = `700 ${Math.round(20 * ratio)}px "Noto Sans", sans-serif`;
  ctx.fillText(`${host.dataset['tPngTitle'] ?? ''}: ${viewTitle()}`, 16 * ratio, 36 * ratio);
  ctx.drawImage(source, 0, band);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, band + source.height, width, foot);
  ctx.font = `${Math.round(12 * ratio)}px "Noto Sans", sans-serif`;
  let x = 16 * ratio;
  // Corridor colours as the page drew them: `id:#rrggbb` pairs on the map element.
  const colors = new Map(
    (host.dataset['corridorColors'] ?? '').split(' ').map((pair) => pair.split(':') as [string, string]),
  );
  const y = band + source.height + 22 * ratio;
  for (const link of host.querySelectorAll<HTMLElement>('[data-select-corridor]').length
    ? host.querySelectorAll<HTMLElement>('[data-select-corridor]')
    : document.querySelectorAll<HTMLElement>('.nav-list a[href*="/corridors/"]')) {
    const id =
      link.dataset['selectCorridor'] ?? link.getAttribute('href')!.split('/corridors/')[1]!.replace(/\/.*/, '');
    const color = colors.get(id);
    if (!color) continue;
    ctx.fillStyle = color;
    ctx.fillRect(x, y - 10 * ratio, 12 * ratio, 12 * ratio);
    ctx.fillStyle = '#1b1f24';
    const label = link.textContent.trim();
    ctx.fillText(label, x + 16 * ratio, y);
    x += ctx.measureText(label).width + 34 * ratio;
  }
  ctx.fillStyle = '#4a525c';
  ctx.fillText(`${host.dataset['tPngSources'] ?? ''} ${location.href}`, 16 * ratio, y + 24 * ratio);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}

export function attachShare(host: ShareHost): void {
  const dialogs = (name: string) => host.querySelector<HTMLDialogElement>(`dialog[data-dialog="${name}"]`);
  host.querySelector('[data-share-link]')?.addEventListener('click', () => void copy(location.href, host));
  host.querySelectorAll<HTMLButtonElement>('[data-copy-from]').forEach((b) =>
    b.addEventListener('click', () => {
      const area = document.getElementById(b.dataset['copyFrom']!) as HTMLTextAreaElement | null;
      if (!area) return;
      area.select();
      void copy(area.value, host);
    }),
  );
  host.querySelectorAll<HTMLButtonElement>('[data-share-open]').forEach((b) =>
    b.addEventListener('click', () => {
      const name = b.dataset['shareOpen']!;
      const dialog = dialogs(name);
      if (!dialog) return;
      if (name === 'embed') {
        const code = iframeCode(host);
        dialog.querySelector<HTMLTextAreaElement>('[data-embed-code]')!.value = code;
        const preview = dialog.querySelector<HTMLElement>('[data-embed-preview]')!;
        const frame = document.createElement('iframe');
        frame.src = embedUrl(host);
        frame.title = viewTitle();
        frame.loading = 'lazy';
        frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
        frame.referrerPolicy = 'no-referrer';
        preview.replaceChildren(frame);
        // Escape inside the preview closes the dialog too: the key never reaches this document.
        frame.addEventListener('load', () =>
          frame.contentWindow?.addEventListener('keydown', (e) => {
            if (e.key === 'Escape') dialog.close();
          }),
        );
      } else {
        const citation = {
          title: viewTitle(),
          url: location.href,
          version: host.dataset['version'] ?? '',
          accessed: today(),
          lang: host.language,
          words: {
            site: host.dataset['tCiteSite'] ?? '',
            based: host.dataset['tCiteBased'] ?? '',
            version: host.dataset['tCiteVersion'] ?? '',
            accessed: host.dataset['tCiteAccessed'] ?? '',
          },
        };
        const out = (k: string) => dialog.querySelector<HTMLTextAreaElement>(`[data-cite-out="${k}"]`)!;
        out('text').value = citationText(citation);
        out('bibtex').value = citationBibtex(citation);
        out('csl').value = citationCsl(citation);
      }
      dialog.showModal();
    }),
  );
  host.querySelector('[data-share-png]')?.addEventListener('click', () => {
    if (!host.map) return;
    void viewPng(host).then((blob) => {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `border-corridors-atlas-${host.dataset['focus'] || new URLSearchParams(location.search).get('corridor') || 'overview'}.png`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    });
  });
}
