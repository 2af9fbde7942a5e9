// The layer control: the server-rendered checkboxes (`input[data-layer]`) are the state of which
// layer groups show; the map follows them.
import type { LayerId } from '../../lib/url-state.ts';
import { DEFAULT_GROUPS, type LayerGroup } from '../style.ts';

export class LayersControl {
  private readonly boxes: HTMLInputElement[];

  /** `onChange` runs when the reader ticks or unticks a box. */
  constructor(root: ParentNode, onChange: (group: LayerGroup, on: boolean) => void) {
    this.boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-layer]')];
    for (const box of this.boxes)
      box.addEventListener('change', () => onChange(box.dataset['layer'] as LayerGroup, box.checked));
  }

  /** Tick exactly the layers a view names (the URL's layers apply before the map starts). */
  show(layers: readonly LayerId[]): void {
    for (const box of this.boxes) box.checked = layers.includes(box.dataset['layer'] as LayerId);
  }

  set(group: LayerGroup, on: boolean): void {
    const box = this.boxes.find((b) => b.dataset['layer'] === group);
    if (box) box.checked = on;
  }

  /** The groups shown: the ticked boxes, or the defaults where the frame has no control. */
  visible(): LayerGroup[] {
    if (!this.boxes.length) return DEFAULT_GROUPS;
    return this.boxes.filter((b) => b.checked).map((b) => b.dataset['layer'] as LayerGroup);
  }
}
