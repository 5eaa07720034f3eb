// A picture someone uploads (a photomicrograph, a signature, the lab's logo) is
// read by its first bytes, not by the type the browser declared: a renamed PDF
// or a spreadsheet must never reach a signed report.

import { createHash } from 'node:crypto';
import { AppError } from '../../src-shared/errors';
import type { IMAGE_TYPES } from '../../src-shared/report-contract';

export type ImageType = (typeof IMAGE_TYPES)[number];

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

export function imageTypeOf(bytes: Buffer): ImageType | null {
  if (bytes.subarray(0, PNG.length).equals(PNG)) return 'image/png';
  if (bytes.subarray(0, JPEG.length).equals(JPEG)) return 'image/jpeg';
  return null;
}

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** `1,3 MB`, `180 KB`: sizes as a person reads them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

/**
 * The file's bytes, refused unless they are the PNG or JPEG declared and fit in
 * `maxBytes`. `what` names the picture in the message ("la imagen", "el logo").
 */
export function checkImage(
  base64: string,
  declared: ImageType,
  maxBytes: number,
  what: string,
): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > maxBytes) {
    throw new AppError('VALIDATION', 'error.reportImageTooBig', {
      what,
      size: formatBytes(bytes.length),
      max: formatBytes(maxBytes),
    });
  }
  if (imageTypeOf(bytes) !== declared) {
    throw new AppError('VALIDATION', 'error.reportImageType', { what });
  }
  return bytes;
}
