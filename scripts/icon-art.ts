// Draws the extension's icons: an orange tile with a white lens whose face is a clock ("see when it
// is due"). Each size is drawn on its own pixel grid, so 16 px stays a crisp lens rather than a blur
// of the 128 px drawing. scripts/icons.ts renders them into public/icon/<size>.png.

const ORANGE = '#c2410c';
const WHITE = '#ffffff';

interface Geometry {
  /** The tile: offset from the edge (Chrome asks for 16 px of air around a 128 px icon's art) and corner radius. */
  readonly inset: number;
  readonly radius: number;
  /** The lens: centre, ring radius and ring width. */
  readonly lens: { readonly x: number; readonly y: number; readonly r: number; readonly width: number };
  /** The handle, from the ring outward, and its width. */
  readonly handle: { readonly from: number; readonly to: number; readonly width: number };
  /** The clock's hands (up, right) and their width; none where they would only blur. */
  readonly hands?: { readonly up: number; readonly right: number; readonly width: number };
}

export const ICONS: Readonly<Record<16 | 32 | 48 | 128, Geometry>> = {
  16: { inset: 0, radius: 3.5, lens: { x: 6.5, y: 6.5, r: 4, width: 2 }, handle: { from: 9.8, to: 13.6, width: 2.6 } },
  32: {
    inset: 0,
    radius: 7,
    lens: { x: 13.5, y: 13.5, r: 8, width: 3 },
    handle: { from: 19.6, to: 27, width: 4.5 },
    hands: { up: 4.5, right: 3.5, width: 2 },
  },
  48: {
    inset: 1,
    radius: 10,
    lens: { x: 20.5, y: 20.5, r: 12, width: 4 },
    handle: { from: 29.5, to: 40, width: 6 },
    hands: { up: 7, right: 5, width: 3 },
  },
  128: {
    inset: 16,
    radius: 20,
    lens: { x: 57, y: 57, r: 23, width: 8 },
    handle: { from: 74, to: 95, width: 12 },
    hands: { up: 13, right: 10, width: 6 },
  },
};

export function iconSvg(size: number, geometry: Geometry): string {
  const { inset, radius, lens, handle, hands } = geometry;
  const tile = size - 2 * inset;
  const handsPath = hands
    ? `<path d="M${lens.x} ${lens.y - hands.up}V${lens.y}H${lens.x + hands.right}" fill="none" stroke="${WHITE}" stroke-width="${hands.width}" stroke-linecap="round" stroke-linejoin="round"/>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
<rect x="${inset}" y="${inset}" width="${tile}" height="${tile}" rx="${radius}" fill="${ORANGE}"/>
<circle cx="${lens.x}" cy="${lens.y}" r="${lens.r}" fill="none" stroke="${WHITE}" stroke-width="${lens.width}"/>
<path d="M${handle.from} ${handle.from}L${handle.to} ${handle.to}" stroke="${WHITE}" stroke-width="${handle.width}" stroke-linecap="round"/>
${handsPath}
</svg>`;
}
