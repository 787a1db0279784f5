import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { SIZES, encodePng, render } from '../../tools/make-icons';

const ICONS = resolve(import.meta.dirname, '../../../entrypoints/public/icon');

/** Size and RGBA pixels of a PNG written by encodePng (8-bit RGBA, filter 0 on every row). */
function decode(png: Buffer): { size: number; pixels: Uint8Array } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const size = png.readUInt32BE(16);
  expect(png.readUInt32BE(20)).toBe(size);
  expect([...png.subarray(24, 29)]).toEqual([8, 6, 0, 0, 0]);
  const idat = png.indexOf('IDAT');
  const rows = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
  const stride = size * 4 + 1;
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    expect(rows[y * stride]).toBe(0);
    pixels.set(rows.subarray(y * stride + 1, (y + 1) * stride), y * size * 4);
  }
  return { size, pixels };
}

const pixel = (pixels: Uint8Array, size: number, x: number, y: number) => [
  ...pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4),
];

describe('icons', () => {
  test.each(SIZES)('the committed %i px icon is what the script draws', (size) => {
    const committed = decode(readFileSync(join(ICONS, `${size}.png`)));
    expect(committed.size).toBe(size);
    expect(Buffer.from(committed.pixels).equals(Buffer.from(render(size)))).toBe(true);
  });

  test('the mark: clear corners, a yellow glass, a white rim, a navy tile', () => {
    const size = 128;
    const { pixels } = decode(encodePng(size, render(size)));
    expect(pixel(pixels, size, 0, 0)[3]).toBe(0);
    expect(pixel(pixels, size, 54, 54)).toEqual([255, 212, 59, 255]);
    expect(pixel(pixels, size, 54, 54 - 31)).toEqual([255, 255, 255, 255]);
    expect(pixel(pixels, size, 110, 20)).toEqual([30, 58, 95, 255]);
  });
});
