// Buttons to pan without dragging (the canvas's arrow keys need focus on the map), as a maplibre
// control.
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import { reducedMotion } from '../motion.ts';

const MOVES: ReadonlyArray<[key: string, arrow: string, offset: [number, number]]> = [
  ['PanNorth', '↑', [0, -120]],
  ['PanWest', '←', [-120, 0]],
  ['PanEast', '→', [120, 0]],
  ['PanSouth', '↓', [0, 120]],
];

export class PanControl implements IControl {
  private readonly el = document.createElement('div');

  /** `text` looks up each button's label by key (PanNorth, PanWest, PanEast, PanSouth). */
  constructor(private readonly text: (key: string) => string) {}

  onAdd(map: MapLibreMap): HTMLElement {
    this.el.className = 'maplibregl-ctrl maplibregl-ctrl-group atlas-pan';
    for (const [key, arrow, offset] of MOVES) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = arrow;
      b.setAttribute('aria-label', this.text(key));
      b.title = this.text(key);
      b.dataset['pan'] = key;
      b.addEventListener('click', () => map.panBy(offset, { duration: reducedMotion() ? 0 : 300 }));
      this.el.append(b);
    }
    return this.el;
  }

  onRemove(): void {
    this.el.remove();
  }
}
