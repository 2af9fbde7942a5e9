// Map symbols drawn on a canvas when the style first asks for them (no sprite server), from the
// map description: place shapes by role, the per-place actor ring (one segment per actor, the
// count inside), single actors with their letter, and the flows' arrowhead (SDF, so the style
// colours it per scheme). The static map and the legend draw the same shapes from the same paths.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { ACTOR_MARKS, color, PLACE_SHAPES, ringSegments, shapePath, type Scheme } from '../lib/cartography.ts';
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

const marks = ACTOR_MARKS as Record<string, (typeof ACTOR_MARKS)[keyof typeof ACTOR_MARKS]>;

/** The image for a style image id (`place-<role>`, `actors-<scheme>-<types>`, `actor-<scheme>-<type>`, `flow-head`). */
function image(id: string): { data: ImageData; sdf?: boolean } | null {
  const place = /^place-(.+)$/.exec(id);
  if (place) {
    const shape = PLACE_SHAPES[place[1] as keyof typeof PLACE_SHAPES];
    if (!shape) return null;
    return {
      data: draw(20, (ctx) => {
        const path = new Path2D(shapePath(shape));
        ctx.fillStyle = color('place-fill');
        ctx.strokeStyle = color('place-line');
        ctx.lineWidth = 2;
        ctx.fill(path);
        ctx.stroke(path);
      }),
    };
  }
  const ring = /^actors-(light|dark)-(.+)$/.exec(id);
  if (ring) {
    const scheme = ring[1] as Scheme;
    const types = ring[2]!.split('.');
    return {
      data: draw(24, (ctx) => {
        ctx.beginPath();
        ctx.arc(12, 12, 10.5, 0, Math.PI * 2);
        ctx.fillStyle = color('halo', scheme);
        ctx.fill();
        ctx.lineWidth = 4;
        for (const s of ringSegments(types)) {
          ctx.beginPath();
          ctx.arc(12, 12, 8.5, s.start - Math.PI / 2, s.end - Math.PI / 2);
          ctx.strokeStyle = marks[s.type]?.color[scheme] ?? color('text', scheme);
          ctx.stroke();
        }
        ctx.fillStyle = color('text', scheme);
        ctx.font = `bold 10px "${FONT}", sans-serif`;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillText(String(types.length), 12, 12.5);
      }),
    };
  }
  const actor = /^actor-(light|dark)-(.+)$/.exec(id);
  if (actor) {
    const m = marks[actor[2]!];
    if (!m) return null;
    return {
      data: draw(16, (ctx) => {
        ctx.beginPath();
        ctx.arc(8, 8, 7, 0, Math.PI * 2);
        ctx.fillStyle = m.color[actor[1] as Scheme];
        ctx.fill();
        ctx.lineWidth = 1.5;
        ctx.strokeStyle = '#ffffff';
        ctx.stroke();
        ctx.fillStyle = actor[1] === 'dark' ? '#101418' : '#ffffff';
        ctx.font = `bold 9px "${FONT}", sans-serif`;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillText(m.letter, 8, 8.5);
      }),
    };
  }
  if (id === 'city-dot')
    return {
      data: draw(6, (ctx) => {
        ctx.beginPath();
        ctx.arc(3, 3, 2.2, 0, Math.PI * 2);
        ctx.fillStyle = color('text-muted');
        ctx.fill();
        ctx.lineWidth = 0.8;
        ctx.strokeStyle = '#ffffff';
        ctx.stroke();
      }),
    };
  if (id === 'flow-head')
    return {
      sdf: true,
      data: draw(14, (ctx) => {
        ctx.beginPath();
        ctx.moveTo(7, 1);
        ctx.lineTo(12.5, 12);
        ctx.lineTo(7, 9.5);
        ctx.lineTo(1.5, 12);
        ctx.closePath();
        ctx.fillStyle = '#000000';
        ctx.fill();
      }),
    };
  return null;
}

/** Draw a symbol the style asks for, once. */
export function addSymbol(map: MapLibreMap, id: string): void {
  if (map.hasImage(id)) return;
  const made = image(id);
  if (made) map.addImage(id, made.data, { pixelRatio: RATIO, sdf: made.sdf ?? false });
}
