// Map symbols drawn on a canvas at start-up (no sprite server): place shapes by role, actor
// markers by type with their letter. The legend draws the same shapes from the same paths.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { ACTOR_MARKS, PLACE_SHAPES, shapePath } from '../lib/palette.ts';
import { FONT } from './style.ts';

const RATIO = 2;

function draw(size: number, paint: (ctx: CanvasRenderingContext2D) => void): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size * RATIO;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(RATIO, RATIO);
  paint(ctx);
  return ctx.getImageData(0, 0, size * RATIO, size * RATIO);
}

export function addSymbols(map: MapLibreMap): void {
  for (const [role, shape] of Object.entries(PLACE_SHAPES)) {
    const image = draw(20, (ctx) => {
      const path = new Path2D(shapePath(shape));
      ctx.fillStyle = '#ffffff';
      ctx.strokeStyle = '#1b1f24';
      ctx.lineWidth = 2;
      ctx.fill(path);
      ctx.stroke(path);
    });
    map.addImage(`place-${role}`, image, { pixelRatio: RATIO });
  }
  for (const [type, { color, letter }] of Object.entries(ACTOR_MARKS)) {
    const image = draw(16, (ctx) => {
      ctx.beginPath();
      ctx.arc(8, 8, 7, 0, Math.PI * 2);
      ctx.fillStyle = color;
      ctx.fill();
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke();
      ctx.fillStyle = '#ffffff';
      ctx.font = `bold 9px "${FONT}", sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(letter, 8, 8.5);
    });
    map.addImage(`actor-${type}`, image, { pixelRatio: RATIO });
  }
}
