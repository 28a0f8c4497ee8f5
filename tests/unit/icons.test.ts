import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICONS, iconSvg } from '../../scripts/icon-art';

/** Width, height and colour type from a PNG's header. */
function header(path: string): { width: number; height: number; colourType: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colourType: bytes[25] ?? -1 };
}

describe('the icons', () => {
  it.each(Object.keys(ICONS))('public/icon/%s.png is drawn at its own size, with transparency', (size) => {
    // 6: truecolour with alpha, so the rounded tile's corners are see-through.
    expect(header(`public/icon/${size}.png`)).toEqual({ width: Number(size), height: Number(size), colourType: 6 });
  });

  it('keeps every shape inside the canvas at every size', () => {
    for (const [size, geometry] of Object.entries(ICONS)) {
      const edge = Number(size) - geometry.inset;
      expect(geometry.lens.x + geometry.lens.r + geometry.lens.width / 2, size).toBeLessThanOrEqual(edge);
      expect(geometry.handle.to + geometry.handle.width / 2, size).toBeLessThanOrEqual(edge);
      expect(iconSvg(Number(size), geometry)).toContain(`viewBox="0 0 ${size} ${size}"`);
    }
  });
});
