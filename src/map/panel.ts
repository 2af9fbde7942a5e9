// The atlas's corridor panel (`[data-panel]`): shows a corridor's fragment, rendered at build by
// the same component as its page (/panels/<lang>/<id>/, ids already prefixed `panel-`).

export class CorridorPanel {
  private request = 0;

  constructor(
    private readonly el: HTMLElement,
    /** Where the fragments are (`…/panels/<lang>/`) and the corridor pages (`…/corridors/`). */
    private readonly fragments: string,
    private readonly pages: string,
    /** Runs when the reader presses the panel's close button. */
    onClose: () => void,
  ) {
    el.querySelector('[data-panel-close]')?.addEventListener('click', onClose);
  }

  get open(): boolean {
    return !this.el.hidden;
  }

  /**
   * Fetch and show a corridor; `decorate` enhances the fragment before it is shown. If the fragment
   * cannot be fetched (offline, say), the panel, titled `name`, says so above its link to the page.
   */
  async show(id: string, decorate: (fragment: DocumentFragment) => void, name = id): Promise<void> {
    const request = ++this.request;
    let html = '';
    try {
      const response = await fetch(`${this.fragments}${id}/`);
      if (response.ok) html = await response.text();
    } catch {
      // Offline or refused: the panel's message (data-panel-failed) stands in for the fragment.
    }
    // A later choice wins over a slower earlier one.
    if (request !== this.request) return;
    const template = document.createElement('template');
    template.innerHTML = html;
    const root = template.content.querySelector<HTMLElement>('[data-panel-fragment]');
    const title = this.el.querySelector<HTMLElement>('[data-panel-title]')!;
    title.textContent = root?.dataset['title'] ?? name;
    if (root) decorate(template.content);
    this.el.querySelector('[data-panel-body]')!.replaceChildren(template.content);
    this.el.querySelector<HTMLElement>('[data-panel-failed]')!.hidden = !!root;
    this.el.querySelector<HTMLAnchorElement>('[data-panel-link]')!.href = `${this.pages}${id}/`;
    this.el.hidden = false;
    this.el.scrollTop = 0;
    title.focus();
  }

  hide(): void {
    this.el.hidden = true;
  }
}
