// Report text typed and not yet confirmed by the services, kept in the
// browser's own storage on every keystroke, so a crash, a closed window or a
// power cut loses nothing. One entry per pathologist, protocol and report
// version; it is removed only once the services confirm that very text.

import { z } from 'zod';
import type { ReportSections } from '../../../src-shared/report-contract';

export interface DraftBackup {
  sections: ReportSections;
  /** When it was typed (ISO instant). */
  typedAt: string;
}

/** The browser storage's few calls used here, so the rule can be tested without a browser. */
export interface BackupStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

// Read back as stored: no trimming, so the text returns exactly as typed.
const stored = z.object({
  sections: z.object({
    macroscopic: z.string(),
    microscopic: z.string(),
    microscopicItems: z.array(z.object({ code: z.string(), text: z.string() })),
    diagnosis: z.string(),
    comments: z.string(),
  }),
  typedAt: z.string(),
});

export function backupKey(userId: string, protocolId: string, version: number): string {
  return `patolab.reportDraft.${userId}.${protocolId}.v${version}`;
}

export function readBackup(storage: BackupStorage | null, key: string): DraftBackup | null {
  try {
    const text = storage?.getItem(key);
    if (!text) return null;
    const parsed = stored.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** False when the storage refused the copy (full, or forbidden): the editor says so. */
export function writeBackup(
  storage: BackupStorage | null,
  key: string,
  backup: DraftBackup,
): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify(backup));
    return true;
  } catch {
    return false;
  }
}

export function removeBackup(storage: BackupStorage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // A storage that refuses removal refused the copy too; nothing is left to remove.
  }
}
