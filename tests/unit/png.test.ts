import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { indexedPng } from '../../src/lib/png.ts';

/** The chunks of a PNG, checking the signature and each CRC. */
function chunks(png: Buffer): Array<{ type: string; data: Buffer }> {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const found = [];
  for (let o = 8; o < png.length;) {
    const length = png.readUInt32BE(o);
    const type = png.toString('latin1', o + 4, o + 8);
    const data = png.subarray(o + 8, o + 8 + length);
    found.push({ type, data });
    o += 12 + length;
  }
  return found;
}

/** Decodes an 8-bit indexed PNG written without filters back to RGBA. */
function decode(png: Buffer): { width: number; height: number; rgba: number[] } {
  const all = chunks(png);
  const header = all.find((c) => c.type === 'IHDR')!.data;
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  expect([...header.subarray(8)]).toEqual([8, 3, 0, 0, 0]);
  const palette = all.find((c) => c.type === 'PLTE')!.data;
  const rows = inflateSync(Buffer.concat(all.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const rgba: number[] = [];
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const i = rows[y * (width + 1) + 1 + x]!;
      rgba.push(palette[i * 3]!, palette[i * 3 + 1]!, palette[i * 3 + 2]!, 255);
    }
  }
  expect(all.at(-1)!.type).toBe('IEND');
  return { width, height, rgba };
}

describe('indexedPng', () => {
  it('writes the exact pixels with a palette of their colours', () => {
    const rgba = [255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 0, 0, 255, 18, 52, 86, 255, 0, 255, 0, 255];
    const png = indexedPng(Uint8Array.from(rgba), 3, 2)!;
    expect(decode(png)).toEqual({ width: 3, height: 2, rgba });
    expect(chunks(png).find((c) => c.type === 'PLTE')!.data.length).toBe(4 * 3);
  });

  it('writes runs of one colour, and pixels read from a buffer at any offset', () => {
    const rgba = [1, 2, 3, 255, 1, 2, 3, 255, 1, 2, 3, 255, 9, 9, 9, 255, 9, 9, 9, 255, 1, 2, 3, 255];
    expect(decode(indexedPng(Uint8Array.from(rgba), 6, 1)!).rgba).toEqual(rgba);
    const shifted = new Uint8Array(rgba.length + 1);
    shifted.set(rgba, 1);
    expect(decode(indexedPng(shifted.subarray(1), 3, 2)!)).toEqual({ width: 3, height: 2, rgba });
    // The same colour, once opaque and once not: the second pixel is not taken for the first.
    expect(indexedPng(Uint8Array.from([1, 2, 3, 255, 1, 2, 3, 254]), 2, 1)).toBeUndefined();
  });

  it('leaves an image with transparency, or with more than 256 colours, to another encoder', () => {
    expect(indexedPng(Uint8Array.from([0, 0, 0, 128]), 1, 1)).toBeUndefined();
    const many = Uint8Array.from({ length: 257 * 4 }, (_, i) => (i % 4 === 3 ? 255 : i % 4 === 0 ? Math.floor(i / 4) % 256 : Math.floor(i / 4 / 256)));
    expect(indexedPng(many, 257, 1)).toBeUndefined();
    expect(indexedPng(many.subarray(0, 256 * 4), 256, 1)).toBeInstanceOf(Buffer);
  });

  it('refuses pixels that do not fill the size given', () => {
    expect(() => indexedPng(new Uint8Array(12), 2, 2)).toThrow('12 bytes is not 2 × 2 RGBA pixels');
  });
});
