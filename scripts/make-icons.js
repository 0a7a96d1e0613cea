#!/usr/bin/env node
// Writes the add-in's icons (assets/icon-16.png … icon-128.png): a green rounded square with a
// white check-sheet mark. Plain PNG encoding with zlib, so no image tool is needed. The release package
// (scripts/unified-manifest.js) draws the unified manifest's 192 px colour and 32 px outline icons with the same functions.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

function crc32(buf) {
  let c;
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x / size, y / size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const GREEN = [0x10, 0x7c, 0x41, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

function pixel(x, y) {
  // Rounded square.
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
  // Three rows of a sheet (lines) on the left, a check mark on the right.
  for (const ly of [0.3, 0.5, 0.7]) if (Math.abs(y - ly) < 0.045 && x > 0.18 && x < 0.5) return WHITE;
  const onSeg = (x1, y1, x2, y2, w) => {
    const dx = x2 - x1;
    const dy = y2 - y1;
    const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
    return (x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2 < w * w;
  };
  if (onSeg(0.56, 0.52, 0.66, 0.66, 0.055) || onSeg(0.66, 0.66, 0.84, 0.32, 0.055)) return WHITE;
  return GREEN;
}

/** The same mark in white on a transparent ground, inside a white frame: the unified manifest's outline icon (32 px). */
function outlinePixel(x, y) {
  if (pixel(x, y) === WHITE) return WHITE;
  const inner = (u, v) => pixel(u, v) !== CLEAR;
  const d = 0.07;
  return inner(x, y) && !(inner(x - d, y) && inner(x + d, y) && inner(x, y - d) && inner(x, y + d)) ? WHITE : CLEAR;
}

module.exports = { png, pixel, outlinePixel };

if (require.main === module) {
  const dir = path.resolve(__dirname, '..', 'assets');
  for (const size of [16, 32, 64, 80, 128]) fs.writeFileSync(path.join(dir, `icon-${size}.png`), png(size, pixel));
  console.log('icons written to assets/');
}
