/**
 * Draws the toolbar and store icons (entrypoints/public/icon/<size>.png) from shapes, so
 * the mark can be changed in one place and re-rendered at every size WXT and the stores
 * ask for. Run: `npx tsx test/tools/make-icons.ts`. The PNGs are committed.
 *
 * The mark: a magnifying lens whose glass is highlighter yellow, on a navy tile. Shapes are
 * distance fields sampled 8×8 per pixel, so edges stay crisp at 16 px without a rasteriser
 * dependency.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

export const SIZES = [16, 32, 48, 96, 128] as const;
const OUT_DIR = resolve(import.meta.dirname, '../../entrypoints/public/icon');

type Rgba = readonly [number, number, number, number];
const TILE: Rgba = [30, 58, 95, 255];
const GLASS: Rgba = [255, 212, 59, 255];
const RIM: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Signed distance to a rounded square covering the unit tile (negative inside). */
function tile(x: number, y: number): number {
  const r = 0.2;
  const qx = Math.abs(x - 0.5) - (0.5 - r);
  const qy = Math.abs(y - 0.5) - (0.5 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Signed distance to a capsule from (ax, ay) to (bx, by) of half-width w. */
function capsule(x: number, y: number, ax: number, ay: number, bx: number, by: number, w: number) {
  const [dx, dy, px, py] = [bx - ax, by - ay, x - ax, y - ay];
  const t = Math.min(1, Math.max(0, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy) - w;
}

const LENS = { cx: 0.42, cy: 0.42, r: 0.24, rim: 0.085 };

/** The colour of the mark at a point of the unit square, painter's order. */
function colourAt(x: number, y: number): Rgba {
  if (tile(x, y) > 0) return CLEAR;
  const d = Math.hypot(x - LENS.cx, y - LENS.cy);
  if (d < LENS.r - LENS.rim / 2) return GLASS;
  if (d < LENS.r + LENS.rim / 2) return RIM;
  const from = LENS.cx + (LENS.r + LENS.rim / 4) * Math.SQRT1_2;
  if (capsule(x, y, from, from, 0.78, 0.78, 0.06) < 0) return RIM;
  return TILE;
}

/** RGBA pixels, premultiplied while averaging so transparent samples do not darken edges. */
export function render(size: number, samples = 8): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt(
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size,
          );
          const a = c[3] / 255;
          sum[0]! += c[0] * a;
          sum[1]! += c[1] * a;
          sum[2]! += c[2] * a;
          sum[3]! += a;
        }
      }
      const alpha = sum[3]!;
      const at = (py * size + px) * 4;
      for (let i = 0; i < 3; i++) pixels[at + i] = alpha ? Math.round(sum[i]! / alpha) : 0;
      pixels[at + 3] = Math.round((alpha / samples ** 2) * 255);
    }
  }
  return pixels;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** A minimal PNG: 8-bit RGBA, no interlace, filter 0 on every row. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const size of SIZES) {
    writeFileSync(join(OUT_DIR, `${size}.png`), encodePng(size, render(size)));
  }
  console.log(`Wrote ${SIZES.map((s) => `${s}.png`).join(', ')} to ${OUT_DIR}`);
}
