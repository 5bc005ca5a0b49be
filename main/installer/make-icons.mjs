// Draws the app icon (a red-headed document on a red tile, 公文's 红头) as PNGs in
// main/installer/icons/<size>x<size>.png, the sizes the Linux desktops look up under
// /usr/share/icons/hicolor, plus main/installer/icon.png (512 px) from which electron-builder
// makes the Windows .ico. No image library: shapes are filled with 4x4 supersampling
// and written with node:zlib. Run `node main/installer/make-icons.mjs` after changing the drawing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const RED = [200, 22, 29];
const WHITE = [255, 255, 255];

/** Inside a rounded rectangle given in units of the icon's side (0..1). */
function inRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** The colour at a point, or null where the icon is transparent. */
function colourAt(x, y) {
  if (!inRoundedRect(x, y, 0.04, 0.04, 0.96, 0.96, 0.18)) return null;
  if (!inRoundedRect(x, y, 0.22, 0.14, 0.78, 0.86, 0.04)) return RED;
  if (y > 0.22 && y < 0.3 && x > 0.3 && x < 0.7) return RED; // the red head (红头)
  if (y > 0.34 && y < 0.355 && x > 0.28 && x < 0.72) return RED; // the red rule under it
  for (const top of [0.44, 0.54, 0.64, 0.74]) {
    const right = top === 0.74 ? 0.56 : 0.7;
    if (y > top && y < top + 0.045 && x > 0.3 && x < right) return [150, 150, 150];
  }
  return WHITE;
}

function pixels(size) {
  const samples = 4;
  const rows = [];
  for (let py = 0; py < size; py += 1) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px += 1) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = 1 + px * 4;
      if (a > 0) row.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / samples ** 2)], o);
    }
    rows.push(row);
  }
  return Buffer.concat(rows);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const buildDir = dirname(fileURLToPath(import.meta.url));
mkdirSync(join(buildDir, 'icons'), { recursive: true });
for (const size of SIZES) writeFileSync(join(buildDir, 'icons', `${size}x${size}.png`), png(size));
writeFileSync(join(buildDir, 'icon.png'), png(512));
