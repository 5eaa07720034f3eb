// What a PNG must be before a report takes it or a PDF embeds it (RFC 2083): whole chunks
// in their order, a header that makes sense, and image data that inflates to exactly the
// rows the header announces, each led by a known filter. Reading the chunks unpacks
// nothing, so a caller can weigh the header's size against its limits first; the inflate
// then stops at the announced size, so a small file that would unpack into gigabytes
// costs no more than its header admits.
//
// Faults are plain errors in English, for the log; whoever asked says it to a person.

import zlib from 'node:zlib';

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG read chunk by chunk: its header, and its image data joined, still compressed. */
export interface PngFile {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlaced: boolean;
  palette: Buffer | null;
  /** The tRNS chunk: transparency given other than by an alpha channel. */
  transparency: Buffer | null;
  /** The IDAT chunks joined: one zlib stream of filtered rows. */
  data: Buffer;
}

// Samples in a pixel of each colour type, and the bit depths the type allows.
const COLOR_TYPES = new Map<number, { channels: number; depths: number[] }>([
  [0, { channels: 1, depths: [1, 2, 4, 8, 16] }],
  [2, { channels: 3, depths: [8, 16] }],
  [3, { channels: 1, depths: [1, 2, 4, 8] }],
  [4, { channels: 2, depths: [8, 16] }],
  [6, { channels: 4, depths: [8, 16] }],
]);

// Adam7: where each of the seven passes of an interlaced picture starts, and its steps.
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

const KNOWN_CRITICAL = ['IHDR', 'PLTE', 'IDAT', 'IEND'];
const MAX_DIMENSION = 2 ** 31 - 1;

function fault(reason: string): never {
  throw new Error(`PNG ${reason}`);
}

/** The chunks, checked for order and wholeness; nothing is inflated. */
export function readPng(bytes: Buffer): PngFile {
  if (!bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) fault('signature missing');
  let png: Omit<PngFile, 'data'> | null = null;
  const data: Buffer[] = [];
  let dataEnded = false;

  let pos = PNG_SIGNATURE.length;
  for (;;) {
    if (pos + 12 > bytes.length) fault('ends before its IEND chunk');
    const length = bytes.readUInt32BE(pos);
    const type = bytes.toString('latin1', pos + 4, pos + 8);
    const end = pos + 12 + length;
    if (!/^[A-Za-z]{4}$/.test(type) || end > bytes.length) fault(`chunk at byte ${pos} is cut`);
    const body = bytes.subarray(pos + 8, end - 4);

    // An uppercase first letter marks a chunk a reader may not skip (RFC 2083, 4.3).
    const critical = type[0] === type[0]!.toUpperCase();
    if (critical && !KNOWN_CRITICAL.includes(type)) fault(`chunk ${type} is not standard`);
    if (critical && zlib.crc32(bytes.subarray(pos + 4, end - 4)) !== bytes.readUInt32BE(end - 4)) {
      fault(`chunk ${type} at byte ${pos} fails its checksum`);
    }
    if (!png && type !== 'IHDR') fault('does not start with IHDR');
    if (data.length > 0 && type !== 'IDAT') dataEnded = true;

    if (type === 'IEND') break;
    if (type === 'IHDR') {
      if (png) fault('has two IHDR chunks');
      png = readHeader(body);
    } else if (type === 'PLTE') {
      if (png!.palette || data.length > 0) fault('PLTE is repeated or after the image data');
      if (length === 0 || length % 3 !== 0 || length > 256 * 3) fault('PLTE has a bad length');
      png!.palette = body;
    } else if (type === 'tRNS') {
      if (png!.transparency || data.length > 0) fault('tRNS is repeated or after the image data');
      png!.transparency = body;
    } else if (type === 'IDAT') {
      if (dataEnded) fault('IDAT chunks are not consecutive');
      data.push(body);
    }
    pos = end;
  }

  const header = png!;
  if (data.length === 0) fault('has no image data');
  checkColours(header);
  return { ...header, data: Buffer.concat(data) };
}

function readHeader(body: Buffer): Omit<PngFile, 'data'> {
  if (body.length !== 13) fault('IHDR has a bad length');
  const width = body.readUInt32BE(0);
  const height = body.readUInt32BE(4);
  const [bitDepth, colorType, compression, filter, interlace] = body.subarray(8);
  if (width === 0 || height === 0 || width > MAX_DIMENSION || height > MAX_DIMENSION) {
    fault(`size ${width} x ${height} is not valid`);
  }
  if (!COLOR_TYPES.get(colorType!)?.depths.includes(bitDepth!)) {
    fault(`colour type ${colorType} with ${bitDepth} bits is not valid`);
  }
  if (compression !== 0 || filter !== 0 || (interlace !== 0 && interlace !== 1)) {
    fault('IHDR names an unknown method');
  }
  return {
    width,
    height,
    bitDepth: bitDepth!,
    colorType: colorType!,
    interlaced: interlace === 1,
    palette: null,
    transparency: null,
  };
}

function checkColours(png: Omit<PngFile, 'data'>): void {
  const { colorType, palette, transparency } = png;
  if (colorType === 3 && !palette) fault('is indexed but has no PLTE');
  if ((colorType === 0 || colorType === 4) && palette) fault('is grey but has a PLTE');
  if (!transparency) return;
  const length = transparency.length;
  const fits =
    colorType === 0
      ? length === 2
      : colorType === 2
        ? length === 6
        : colorType === 3 && length <= palette!.length / 3;
  if (!fits) fault('tRNS does not fit its colour type');
}

/** Rows of each pass (one pass unless interlaced), each row's bytes with its filter byte. */
function rowLayout(png: PngFile): { rows: number; stride: number }[] {
  const bitsPerPixel = COLOR_TYPES.get(png.colorType)!.channels * png.bitDepth;
  const passes = png.interlaced ? ADAM7 : ([[0, 0, 1, 1]] as const);
  const layout = [];
  for (const [x0, y0, dx, dy] of passes) {
    const columns = Math.ceil((png.width - x0) / dx);
    const rows = Math.ceil((png.height - y0) / dy);
    if (columns > 0 && rows > 0) {
      layout.push({ rows, stride: 1 + Math.ceil((columns * bitsPerPixel) / 8) });
    }
  }
  return layout;
}

/** Bytes the image data must inflate to: every row of every pass, filter bytes included. */
export function inflatedLength(png: PngFile): number {
  return rowLayout(png).reduce((sum, pass) => sum + pass.rows * pass.stride, 0);
}

/**
 * The filtered rows, inflated no further than the header announces and checked to be all
 * of them, each with a filter PNG defines. The caller weighs the header's size first.
 */
export function inflatePng(png: PngFile): Buffer {
  const expected = inflatedLength(png);
  let rows: Buffer;
  try {
    rows = zlib.inflateSync(png.data, { maxOutputLength: expected });
  } catch (cause) {
    throw new Error(`PNG image data does not inflate to ${expected} bytes`, { cause });
  }
  if (rows.length !== expected) {
    fault(`image data inflates to ${rows.length} bytes, not ${expected}`);
  }

  let pos = 0;
  for (const { rows: count, stride } of rowLayout(png)) {
    for (let row = 0; row < count; row++, pos += stride) {
      if (rows[pos]! > 4) fault(`row filter ${rows[pos]} is not valid`);
    }
  }
  return rows;
}
