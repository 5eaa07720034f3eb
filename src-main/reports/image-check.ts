// A picture someone uploads (a photomicrograph, a signature, the lab's logo) is read by
// its bytes, not by the type the browser declared, and read whole: a renamed PDF, a web
// page behind a JPEG's first bytes or a PNG whose data is noise must never reach a signed
// report. Its size in pixels is weighed before anything is unpacked, so a small file that
// claims a huge picture is refused at once, with the size found and the size allowed.

import { createHash } from 'node:crypto';
import { AppError } from '../../src-shared/errors';
import { REPORT_LIMITS, type IMAGE_TYPES } from '../../src-shared/report-contract';
import { readJpeg } from './jpeg-file';
import { inflatePng, PNG_SIGNATURE, readPng, type PngFile } from './png-file';

export type ImageType = (typeof IMAGE_TYPES)[number];

export type ImageFormat = 'PNG' | 'JPEG';

/** How big a picture may be: its file, either side, and its pixels in all by format. */
export interface ImageLimits {
  bytes: number;
  side: number;
  pixels: Record<ImageFormat, number>;
}

export const FIGURE_LIMITS: ImageLimits = {
  bytes: REPORT_LIMITS.imageBytes,
  side: REPORT_LIMITS.imageSide,
  pixels: { JPEG: REPORT_LIMITS.imagePixels, PNG: REPORT_LIMITS.imagePngPixels },
};

/** A signature image or the lab's logo: printed small, so never a photograph's size. */
export const SIGNATURE_LIMITS: ImageLimits = {
  bytes: REPORT_LIMITS.signatureBytes,
  side: REPORT_LIMITS.signatureSide,
  pixels: { JPEG: REPORT_LIMITS.signaturePixels, PNG: REPORT_LIMITS.signaturePixels },
};

/** Whether a picture of this size and format fits within `limits`. */
export function fitsLimits(
  { width, height }: { width: number; height: number },
  format: ImageFormat,
  limits: ImageLimits,
): boolean {
  return width <= limits.side && height <= limits.side && width * height <= limits.pixels[format];
}

const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

export function imageTypeOf(bytes: Buffer): ImageType | null {
  if (bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) return 'image/png';
  if (bytes.subarray(0, JPEG.length).equals(JPEG)) return 'image/jpeg';
  return null;
}

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** `1,3 MB`, `180 KB`: sizes as a person reads them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

const count = new Intl.NumberFormat('es-AR');
const megapixels = new Intl.NumberFormat('es-AR', { maximumFractionDigits: 1 });

/** A message's parameters on a picture's size in pixels, written as a person reads them. */
export function pixelParams(
  width: number,
  height: number,
  format: ImageFormat,
  limits: ImageLimits,
) {
  return {
    width: count.format(width),
    height: count.format(height),
    megapixels: megapixels.format((width * height) / 1e6),
    format,
    side: count.format(limits.side),
    maxMegapixels: megapixels.format(limits.pixels[format] / 1e6),
  };
}

/**
 * The file's bytes, refused unless they are the PNG or JPEG declared, whole, and within
 * `limits`. `what` names the picture in the message ("la imagen", "el logo").
 */
export function checkImage(
  base64: string,
  declared: ImageType,
  limits: ImageLimits,
  what: string,
): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > limits.bytes) {
    throw new AppError('VALIDATION', 'error.reportImageTooBig', {
      what,
      size: formatBytes(bytes.length),
      max: formatBytes(limits.bytes),
    });
  }
  if (imageTypeOf(bytes) !== declared) {
    throw new AppError('VALIDATION', 'error.reportImageType', { what });
  }

  const format = declared === 'image/png' ? 'PNG' : 'JPEG';
  const damaged = () => new AppError('VALIDATION', 'error.reportImageDamaged', { what, format });
  let png: PngFile | null = null;
  let size: { width: number; height: number };
  try {
    if (format === 'PNG') size = png = readPng(bytes);
    else size = readJpeg(bytes);
  } catch {
    throw damaged();
  }

  if (!fitsLimits(size, format, limits)) {
    throw new AppError('VALIDATION', 'error.reportImageTooLarge', {
      what,
      ...pixelParams(size.width, size.height, format, limits),
    });
  }
  // Only now, with its size known to be sane, is a PNG's data unpacked, to see it whole.
  if (png) {
    try {
      inflatePng(png);
    } catch {
      throw damaged();
    }
  }
  return bytes;
}
