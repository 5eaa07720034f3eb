// Pictures for the report's PDF: the lab's logo, the pathologist's signature and the
// figures. A JPEG goes to pdfkit as it is, which embeds it without decoding. A PNG is
// prepared here once per content and kept: pdfkit's own PNG path copies the pixel data
// byte by byte and, for a picture with transparency (a logo, a scanned signature),
// inflates, splits and deflates it again in every document, which costs more than the
// whole rest of the report. The logo and the signature are the same in every report,
// and a report is rendered again for each copy, so the prepared form is worth keeping.
//
// Every picture is read whole here again, whatever was checked when it was uploaded: it
// may have come by sync from a desk that checked less. Its size in pixels is weighed
// before anything is unpacked, and a PNG's data unpacks no further than its header says,
// so no file, however it lies, can take the memory or the seconds of a whole server.

import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import { FIGURE_LIMITS, fitsLimits, type ImageFormat } from './image-check';
import { readJpeg } from './jpeg-file';
import { inflatePng, PNG_SIGNATURE, readPng } from './png-file';

type Doc = PDFKit.PDFDocument;

/** What pdfkit needs of an opened picture to place it on any page of one document. */
export interface OpenedImage {
  width: number;
  height: number;
  /** A JPEG's camera orientation, which pdfkit honours by turning the picture. */
  orientation?: number;
}

/** A PNG as the PDF image object will hold it, free of any one document. */
interface PreparedPng {
  width: number;
  height: number;
  bitsPerComponent: number;
  colorSpace: 'DeviceGray' | 'DeviceRGB' | { palette: Buffer };
  /** PNG rows, still filtered: the PDF reader undoes the filters (predictor 15). */
  predictorColors: number | null;
  data: Buffer;
  alpha: Buffer | null;
  bytes: number;
}

// Enough for a few labs' logos, every pathologist's signature and the figures of the
// reports being worked on; the oldest prepared picture goes first.
const CACHE_LIMIT_BYTES = 64 * 1024 * 1024;
const cache = new Map<string, PreparedPng>();
let cachedBytes = 0;

/** A picture larger than any a report takes, refused before it is unpacked. */
export class OversizedImage extends Error {
  constructor(
    readonly width: number,
    readonly height: number,
    readonly format: ImageFormat,
  ) {
    super(`a ${format} of ${width} x ${height} pixels is larger than a report takes`);
  }
}

// A figure's limits, the largest of any picture: a logo or a signature within them, if
// larger than its own, costs no more than a figure does.
function withinLimits(size: { width: number; height: number }, format: ImageFormat): void {
  if (!fitsLimits(size, format, FIGURE_LIMITS)) {
    throw new OversizedImage(size.width, size.height, format);
  }
}

/**
 * Opens a PNG or JPEG for drawing in `doc`; `label` names it inside the document and must
 * be unique there. Throws OversizedImage for a picture too large, and an error for a file
 * that is not a whole PNG or JPEG.
 */
export function openReportImage(doc: Doc, data: Buffer, label: string): OpenedImage {
  if (data.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) {
    const prepared = preparedPng(data);
    if (prepared) return new PreparedImage(prepared, label);
  } else {
    withinLimits(readJpeg(data), 'JPEG');
  }
  return (doc as unknown as { openImage(src: Buffer): OpenedImage }).openImage(data);
}

function preparedPng(data: Buffer): PreparedPng | null {
  const key = createHash('sha256').update(data).digest('hex');
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }

  const prepared = preparePng(data);
  if (!prepared || prepared.bytes > CACHE_LIMIT_BYTES) return prepared;
  cache.set(key, prepared);
  cachedBytes += prepared.bytes;
  for (const [oldKey, old] of cache) {
    if (cachedBytes <= CACHE_LIMIT_BYTES) break;
    cache.delete(oldKey);
    cachedBytes -= old.bytes;
  }
  return prepared;
}

/**
 * Any PNG is read whole first, so pdfkit is never handed one whose data would fail it
 * later, outside any caller's reach. The common ones are prepared here: 8 bits or fewer
 * per sample, not interlaced, transparency only as an alpha channel of 8 bits. Anything
 * rarer answers null and goes to pdfkit's own path.
 */
function preparePng(data: Buffer): PreparedPng | null {
  const png = readPng(data);
  withinLimits(png, 'PNG');
  const rows = inflatePng(png);
  const { width, height, bitDepth, colorType, palette } = png;
  if (png.interlaced || png.transparency || bitDepth > 8) return null;

  if (colorType === 0 || colorType === 2 || colorType === 3) {
    const colorSpace = palette && colorType === 3 ? { palette } : grayOrRgb(colorType);
    return {
      width,
      height,
      bitsPerComponent: bitDepth,
      colorSpace,
      predictorColors: colorType === 2 ? 3 : 1,
      data: png.data,
      alpha: null,
      bytes: png.data.length + (palette?.length ?? 0),
    };
  }

  // Grey or colour with an alpha channel: the alpha goes to a mask of its own.
  const channels = colorType === 6 ? 4 : 2;
  const pixels = unfilter(rows, width, height, channels);
  const { color, alpha } = splitAlpha(pixels, channels);
  const compressed = zlib.deflateSync(color);
  const mask = zlib.deflateSync(alpha);
  return {
    width,
    height,
    bitsPerComponent: 8,
    colorSpace: grayOrRgb(colorType),
    predictorColors: null,
    data: compressed,
    alpha: mask,
    bytes: compressed.length + mask.length,
  };
}

function grayOrRgb(colorType: number): 'DeviceGray' | 'DeviceRGB' {
  return colorType === 0 || colorType === 4 ? 'DeviceGray' : 'DeviceRGB';
}

/** Undoes PNG's per-row filters (RFC 2083, section 6) for 8-bit samples, all rows there. */
function unfilter(raw: Buffer, width: number, height: number, channels: number): Buffer {
  const stride = width * channels;
  const out = Buffer.alloc(stride * height);
  let pos = 0;
  for (let y = 0; y < height; y++) {
    const filter = raw[pos++];
    const row = y * stride;
    const above = row - stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? out[row + x - channels]! : 0;
      const up = y > 0 ? out[above + x]! : 0;
      const upLeft = y > 0 && x >= channels ? out[above + x - channels]! : 0;
      let predicted: number;
      if (filter === 0) predicted = 0;
      else if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) predicted = paeth(left, up, upLeft);
      else throw new Error(`PNG row filter ${filter} is not valid`);
      out[row + x] = (raw[pos++]! + predicted) & 0xff;
    }
  }
  return out;
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

function splitAlpha(pixels: Buffer, channels: number): { color: Buffer; alpha: Buffer } {
  const count = pixels.length / channels;
  const colors = channels - 1;
  const color = Buffer.alloc(count * colors);
  const alpha = Buffer.alloc(count);
  for (let i = 0, p = 0, c = 0; i < count; i++) {
    for (let k = 0; k < colors; k++) color[c++] = pixels[p++]!;
    alpha[i] = pixels[p++]!;
  }
  return { color, alpha };
}

// pdfkit draws any object with a width, a height and an `embed(doc)` that sets `obj`,
// the way it draws the images it opens itself; `label` names it in the page resources.
class PreparedImage implements OpenedImage {
  readonly width: number;
  readonly height: number;
  obj: PDFKit.PDFKitReference | null = null;

  constructor(
    private readonly png: PreparedPng,
    readonly label: string,
  ) {
    this.width = png.width;
    this.height = png.height;
  }

  embed(doc: Doc): void {
    if (this.obj) return;
    const { png } = this;
    const dictionary: Record<string, unknown> = {
      Type: 'XObject',
      Subtype: 'Image',
      Width: png.width,
      Height: png.height,
      BitsPerComponent: png.bitsPerComponent,
      Filter: 'FlateDecode',
    };
    if (png.predictorColors !== null) {
      dictionary.DecodeParms = {
        Predictor: 15,
        Colors: png.predictorColors,
        BitsPerComponent: png.bitsPerComponent,
        Columns: png.width,
      };
    }
    if (typeof png.colorSpace === 'string') {
      dictionary.ColorSpace = png.colorSpace;
    } else {
      const palette = doc.ref({});
      palette.end(png.colorSpace.palette);
      const highest = png.colorSpace.palette.length / 3 - 1;
      dictionary.ColorSpace = ['Indexed', 'DeviceRGB', highest, palette];
    }
    if (png.alpha) {
      const mask = doc.ref({
        Type: 'XObject',
        Subtype: 'Image',
        Width: png.width,
        Height: png.height,
        BitsPerComponent: 8,
        Filter: 'FlateDecode',
        ColorSpace: 'DeviceGray',
        Decode: [0, 1],
      });
      mask.end(png.alpha);
      dictionary.SMask = mask;
    }
    this.obj = doc.ref(dictionary);
    this.obj.end(png.data);
  }
}
