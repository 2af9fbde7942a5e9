// The atlas's corridor list: server-rendered links to the corridor pages that, with the map
// running, select the corridor instead (a modified click still opens the page).
export class CorridorListControl {
  private readonly links: HTMLAnchorElement[];

  constructor(root: ParentNode, handlers: { select: (id: string, link: HTMLElement) => void; overview: () => void }) {
    this.links = [...root.querySelectorAll<HTMLAnchorElement>('[data-select-corridor]')];
    for (const link of this.links)
      link.addEventListener('click', (event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        handlers.select(link.dataset['selectCorridor']!, link);
      });
    root.querySelector('[data-select-overview]')?.addEventListener('click', (event) => {
      event.preventDefault();
      handlers.overview();
    });
  }

  /** The link that selects a corridor, or the first one. */
  link(id?: string): HTMLElement | null {
    return this.links.find((l) => id === undefined || l.dataset['selectCorridor'] === id) ?? null;
  }

  /** Mark the selected corridor's link as current (none when `id` is null). */
  mark(id: string | null): void {
    for (const l of this.links) l.setAttribute('aria-current', String(l.dataset['selectCorridor'] === id));
  }
}
