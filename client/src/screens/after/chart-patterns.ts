import { RAG_KEYS, type RagKey } from '@concord/shared';

/** Fill colours, the same as the CSS RAG swatches. */
export const RAG_CHART_COLOURS: Record<RagKey, string> = {
  red: '#c62828',
  amber: '#e08a00',
  green: '#2e7d32',
  blue: '#1565c0',
  none: '#8a949e',
};

type Marks = (ctx: CanvasRenderingContext2D, size: number) => void;

const line = (ctx: CanvasRenderingContext2D, x1: number, y1: number, x2: number, y2: number) => {
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.stroke();
};

/** Each rating gets its own texture as well as its colour, so the bars read in greyscale and to colour-blind eyes. */
const MARKS: Record<RagKey, Marks> = {
  red: (ctx, s) => {
    line(ctx, 0, s, s, 0);
    line(ctx, -s / 2, s / 2, s / 2, -s / 2);
    line(ctx, s / 2, s * 1.5, s * 1.5, s / 2);
  },
  amber: (ctx, s) => {
    ctx.beginPath();
    ctx.arc(s / 2, s / 2, s / 6, 0, Math.PI * 2);
    ctx.fill();
  },
  green: (ctx, s) => line(ctx, 0, s / 2, s, s / 2),
  blue: (ctx, s) => {
    line(ctx, s / 2, 0, s / 2, s);
    line(ctx, 0, s / 2, s, s / 2);
  },
  none: () => {},
};

/** A colour-plus-texture fill per rating; plain colours when the canvas cannot make patterns. */
export function ragFills(size = 10): Record<RagKey, CanvasPattern | string> {
  const out = { ...RAG_CHART_COLOURS } as Record<RagKey, CanvasPattern | string>;
  for (const key of RAG_KEYS) {
    const tile = document.createElement('canvas');
    tile.width = tile.height = size;
    const ctx = tile.getContext('2d');
    if (!ctx) continue;
    ctx.fillStyle = RAG_CHART_COLOURS[key];
    ctx.fillRect(0, 0, size, size);
    ctx.strokeStyle = ctx.fillStyle = 'rgba(255, 255, 255, 0.8)';
    ctx.lineWidth = 2;
    MARKS[key](ctx, size);
    out[key] = ctx.createPattern(tile, 'repeat') ?? RAG_CHART_COLOURS[key];
  }
  return out;
}
