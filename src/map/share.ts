// Share tools for a map view: copy its URL, embed code with a live preview, citations, and a PNG
// with title, view, complete legend, scale bar, sources, date and URL drawn into the image.
import { localize, type Lang } from '../lib/languages.ts';
import { citationBibtex, citationCsl, citationText } from '../lib/cite-view.ts';
import type { ModeRules } from './modes.ts';

export interface ShareHost extends HTMLElement {
  map: import('maplibre-gl').Map | undefined;
  language: Lang;
  rules: ModeRules;
  /** A site path under the base path. */
  base(path: string): string;
}

export const today = () => new Date().toISOString().slice(0, 10);

function embedUrl(host: ShareHost): string {
  const params = new URLSearchParams(location.search);
  // A corridor page's view is its corridor, which the embed names in its query.
  if (host.rules.pageIsCorridor && host.dataset['focus']) params.set('corridor', host.dataset['focus']);
  const query = params.toString().replace(/%2C/g, ',');
  const path = host.base(localize(host.language, 'embed/'));
  return `${location.origin}${path}${query ? `?${query}` : ''}`;
}

export function viewTitle(): string {
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
    // The export's code loads when asked for, not with every map page.
    void import('./png-export.ts')
      .then(({ viewPng }) => viewPng(host))
      .then((blob) => {
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
