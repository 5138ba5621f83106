// Draws the Teams app icons (a big sparkle and a small one, "freshly cleaned") and writes them as PNGs.
// Run from the repository root: node manifest/make-icons.mjs
// The output is committed; rerun only when the design changes. Same Node version, same bytes.
import { writeFileSync } from "node:fs";
import { deflateSync, crc32 } from "node:zlib";

const BRAND = [0x0b, 0x7a, 0x75]; // accentColor in manifest.json
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 8; // supersampling per axis, for smooth edges

// A four-point sparkle: |dx|^p + |dy|^p <= r^p with p < 1 gives concave sides and sharp tips.
function inSparkle(x, y, s) {
  const p = 0.7;
  return Math.abs(x - s.cx) ** p + Math.abs(y - s.cy) ** p <= s.r ** p;
}

function coverage(px, py, sparkles) {
  let hits = 0;
  for (let i = 0; i < SAMPLES; i++) {
    for (let j = 0; j < SAMPLES; j++) {
      const x = px + (i + 0.5) / SAMPLES;
      const y = py + (j + 0.5) / SAMPLES;
      if (sparkles.some((s) => inSparkle(x, y, s))) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

// Returns RGBA rows: white sparkles over the background (or over transparency when background is null).
function draw(size, sparkles, background) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const a = coverage(x, y, sparkles);
      const o = (y * size + x) * 4;
      if (background) {
        for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(background[c] * (1 - a) + WHITE[c] * a);
        rgba[o + 3] = 255;
      } else {
        rgba.set(WHITE, o);
        rgba[o + 3] = Math.round(255 * a);
      }
    }
  }
  return rgba;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const dir = new URL(".", import.meta.url);
// Teams crops the colour icon to a rounded square: keep the symbol inside the middle 120 px.
writeFileSync(new URL("color.png", dir), png(192, draw(192, [
  { cx: 88, cy: 104, r: 58 },
  { cx: 136, cy: 60, r: 24 },
  { cx: 138, cy: 138, r: 12 },
], BRAND)));
writeFileSync(new URL("outline.png", dir), png(32, draw(32, [
  { cx: 13.5, cy: 18, r: 12.5 },
  { cx: 25, cy: 7, r: 6 },
], null)));
