// A picture chosen for a report, a signature or the lab's logo, checked here
// before it is read and sent: the services refuse the wrong type or size too,
// but only after the whole file crossed the network, and with less to say.

import { IMAGE_TYPES } from '../../../src-shared/report-contract';
import type { MessageKey, MessageParams } from '../../../src-shared/i18n/translate';

export type ImageMime = (typeof IMAGE_TYPES)[number];

export interface ImageProblem {
  key: MessageKey;
  params: MessageParams;
}

/** "850 KB", "1,2 MB": sizes as the message shows them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

export function isImageMime(type: string): type is ImageMime {
  return (IMAGE_TYPES as readonly string[]).includes(type);
}

/**
 * `tooLarge` words the size refusal: a micrograph and a signature are made
 * smaller in different ways.
 */
export function imageProblem(
  file: { name: string; type: string; size: number },
  maxBytes: number,
  tooLarge: MessageKey = 'ui.reports.image.tooLarge',
): ImageProblem | null {
  if (!isImageMime(file.type)) {
    return { key: 'ui.reports.image.wrongType', params: { name: file.name } };
  }
  if (file.size === 0) return { key: 'ui.reports.image.empty', params: { name: file.name } };
  if (file.size > maxBytes) {
    return {
      key: tooLarge,
      params: { name: file.name, size: formatBytes(file.size), max: formatBytes(maxBytes) },
    };
  }
  return null;
}

export function dataUrl(mime: string, base64: string): string {
  return `data:${mime};base64,${base64}`;
}
