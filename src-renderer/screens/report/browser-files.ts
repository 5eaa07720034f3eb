// The browser's side of keeping report text and sending pictures: its local
// storage, and a chosen file read as base64. Apart from the rules that use
// them, which are tested in plain Node.

import type { BackupStorage } from './draft-backup';

/** The browser's storage, or null where the profile refuses it. */
export function browserStorage(): BackupStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The file's bytes as base64, without the `data:` prefix the contract does not take. */
export function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}
