/**
 * <atlas-presenter>: steps through the server-rendered steps with the keys presentation clickers
 * send, keeps the step in the URL, and moves the one map instance to each step's camera.
 */
import { stepIndex } from '../lib/presenter.ts';

interface PresentableMap extends HTMLElement {
  presentStep(step: { camera: string; corridor: string | null; national: boolean }): void;
}

class AtlasPresenter extends HTMLElement {
  private index = 0;
  private steps: HTMLElement[] = [];

  connectedCallback(): void {
    this.steps = [...this.querySelectorAll<HTMLElement>('[data-step]')];
    const ids = this.steps.map((s) => s.dataset['step']!);
    for (const [selector, delta] of [
      ['[data-prev]', -1],
      ['[data-next]', 1],
    ] as const) {
      const button = this.querySelector<HTMLButtonElement>(selector);
      if (!button) continue;
      button.hidden = false;
      button.addEventListener('click', () => this.go(this.index + delta));
    }
    this.querySelectorAll<HTMLAnchorElement>('[data-goto]').forEach((a) =>
      a.addEventListener('click', (e) => {
        e.preventDefault();
        this.go(Number(a.dataset['goto']), true);
      }),
    );
    document.addEventListener('keydown', (e) => this.key(e));
    // The step in the query, or the anchor a reader reached without the script.
    const hash = location.hash.startsWith('#step-') ? location.hash.slice('#step-'.length) : null;
    this.go(stepIndex(new URLSearchParams(location.search).get('step') ?? hash, ids), false);
  }

  private key(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as Element | null;
    // The map canvas uses the arrow keys to pan; form controls keep their keys.
    if (target?.closest('.maplibregl-canvas-container, input, textarea, select')) return;
    const next = ['ArrowRight', 'ArrowDown', 'PageDown', ' '];
    const prev = ['ArrowLeft', 'ArrowUp', 'PageUp'];
    if (next.includes(e.key)) this.go(this.index + 1);
    else if (prev.includes(e.key)) this.go(this.index - 1);
    else if (e.key === 'Home') this.go(0);
    else if (e.key === 'End') this.go(this.steps.length - 1);
    else if (e.key === 'f' || e.key === 'F') void this.fullscreen();
    else if (e.key === 'n' || e.key === 'N') this.toggleNotes();
    else if (e.key === 'Escape') {
      if (document.fullscreenElement) return; // the browser leaves full screen itself
      location.href = this.dataset['exit'] ?? '/';
    } else return;
    e.preventDefault();
  }

  private async fullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen();
    } catch {
      // Full screen can be refused (iframes, some browsers); the presentation works without it.
    }
  }

  private toggleNotes(): void {
    const show = !this.classList.contains('show-notes');
    this.classList.toggle('show-notes', show);
    this.querySelectorAll<HTMLElement>('[data-notes]').forEach((n) => (n.hidden = !show));
  }

  go(i: number, focus = true): void {
    const index = Math.max(0, Math.min(this.steps.length - 1, i));
    this.index = index;
    this.steps.forEach((s, j) => (s.hidden = j !== index));
    const step = this.steps[index]!;
    this.querySelector('[data-counter]')!.textContent = step.dataset['label'] ?? '';
    this.querySelectorAll('[data-goto]').forEach((a, j) => {
      if (j === index) a.setAttribute('aria-current', 'step');
      else a.removeAttribute('aria-current');
    });
    const url = new URL(location.href);
    url.searchParams.set('step', step.dataset['step']!);
    history.replaceState(history.state, '', url);
    // The language switch keeps the step.
    this.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]').forEach((a) => {
      const target = new URL(a.href);
      target.search = url.search;
      a.href = target.href;
    });
    this.dataset['current'] = step.dataset['step'];
    const map = this.querySelector<PresentableMap>('atlas-map');
    map?.presentStep?.({
      camera: step.dataset['camera']!,
      corridor: step.dataset['corridor'] || null,
      national: step.dataset['national'] === 'true',
    });
    if (focus) step.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }
}

if (!customElements.get('atlas-presenter')) customElements.define('atlas-presenter', AtlasPresenter);
