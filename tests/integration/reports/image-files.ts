// Pictures made byte by byte for the image tests: PNGs of every colour type, depth and
// interlacing the format allows (pngjs writes only a few), and the broken, lying or huge
// files an upload must refuse.

import zlib from 'node:zlib';
import { micrograph } from './lab';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

export function pngChunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), body])));
  return Buffer.concat([head, body, crc]);
}

export interface PngShape {
  width: number;
  height: number;
  colorType?: 0 | 2 | 3 | 4 | 6;
  bitDepth?: 1 | 2 | 4 | 8 | 16;
  interlaced?: boolean;
  /** Chunks between the header and the image data: PLTE, tRNS. */
  before?: Buffer[];
  /** The IDAT's content as given, instead of the picture's rows compressed. */
  data?: Buffer;
}

function header(shape: PngShape): Buffer {
  const body = Buffer.alloc(13);
  body.writeUInt32BE(shape.width, 0);
  body.writeUInt32BE(shape.height, 4);
  body[8] = shape.bitDepth ?? 8;
  body[9] = shape.colorType ?? 2;
  body[12] = shape.interlaced ? 1 : 0;
  return pngChunk('IHDR', body);
}

/** The filtered rows of a picture with a gradient and a ring, so every sample varies. */
function rows(shape: PngShape): Buffer {
  const channels = CHANNELS[shape.colorType ?? 2]!;
  const depth = shape.bitDepth ?? 8;
  const top = 2 ** depth - 1;
  const sample = (x: number, y: number, c: number) => {
    const ring = Math.hypot(x - shape.width / 2, y - shape.height / 2) < shape.height / 3;
    return Math.round((((ring ? x + c * 40 : y + c * 90) % 256) / 255) * top);
  };
  // Filter 0 (none) on every row; samples packed from the high bit, as PNG packs them.
  const line = (xs: number[], y: number) => {
    const row = Buffer.alloc(1 + Math.ceil((xs.length * channels * depth) / 8));
    xs.forEach((x, i) => {
      for (let c = 0; c < channels; c++) {
        const value = sample(x, y, c);
        const bit = (i * channels + c) * depth;
        const at = 1 + (bit >> 3);
        if (depth === 16) row.writeUInt16BE(value, at);
        else row[at] = row[at]! | (value << (8 - depth - (bit & 7)));
      }
    });
    return row;
  };
  const range = (from: number, to: number, step: number) => {
    const out = [];
    for (let i = from; i < to; i += step) out.push(i);
    return out;
  };
  const passes = shape.interlaced ? ADAM7 : [[0, 0, 1, 1]];
  const lines: Buffer[] = [];
  for (const [x0, y0, dx, dy] of passes) {
    const xs = range(x0!, shape.width, dx!);
    if (xs.length === 0) continue;
    for (const y of range(y0!, shape.height, dy!)) lines.push(line(xs, y));
  }
  return Buffer.concat(lines);
}

export function makePng(shape: PngShape): Buffer {
  return Buffer.concat([
    SIGNATURE,
    header(shape),
    ...(shape.before ?? []),
    pngChunk('IDAT', shape.data ?? zlib.deflateSync(rows(shape))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A palette of `entries` colours, as a PLTE chunk. */
export function palette(entries: number): Buffer {
  const body = Buffer.alloc(entries * 3);
  for (let i = 0; i < body.length; i++) body[i] = (i * 53) % 256;
  return pngChunk('PLTE', body);
}

/**
 * A decompression bomb: a PNG of `width` × `height` whose data, all zeros, really unpacks to
 * that many pixels; 15000 × 15000 in colour with transparency is 900 MB in 875 KB.
 */
export async function zeroPng(width: number, height: number, colorType: 0 | 4 | 6 = 6) {
  const deflate = zlib.createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  // One band of zero rows, written again and again: the stream never holds the 900 MB.
  const band = 100;
  const stride = width * CHANNELS[colorType]! + 1;
  const zeros = Buffer.alloc(stride * band);
  for (let y = 0; y < height; y += band) {
    deflate.write(zeros.subarray(0, stride * Math.min(band, height - y)));
  }
  deflate.end();
  await done;
  return makePng({ width, height, colorType, data: Buffer.concat(parts) });
}

/** A real photomicrograph whose frame header has been made to claim another size. */
export function jpegClaiming(width: number, height: number): Buffer {
  const jpeg = Buffer.from(micrograph());
  let pos = 2;
  while (jpeg[pos + 1]! < 0xc0 || jpeg[pos + 1]! > 0xc2) {
    pos += 2 + jpeg.readUInt16BE(pos + 2);
  }
  jpeg.writeUInt16BE(height, pos + 5);
  jpeg.writeUInt16BE(width, pos + 7);
  return jpeg;
}
