import { describe, expect, it } from 'vitest';
import {
  backupKey,
  readBackup,
  removeBackup,
  writeBackup,
  type BackupStorage,
} from '../../../src-renderer/screens/report/draft-backup';
import { EMPTY_SECTIONS } from '../../../src-renderer/screens/report/sections';

/** The browser's storage as far as the editor uses it, kept in memory. */
function memoryStorage(refuseWrites = false): BackupStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (refuseWrites) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
  };
}

const typed = {
  sections: { ...EMPTY_SECTIONS, diagnosis: 'Carcinoma simple, grado II.  ' },
  typedAt: '2026-12-04T13:42:00.000Z',
};

describe('text typed and not yet saved survives a crash', () => {
  it('comes back exactly as typed, trailing spaces included', () => {
    const storage = memoryStorage();
    const key = backupKey('user-1', 'protocol-1', 1);
    expect(writeBackup(storage, key, typed)).toBe(true);
    expect(readBackup(storage, key)).toEqual(typed);
  });

  it('is kept apart per pathologist, protocol and report version', () => {
    const keys = [
      backupKey('user-1', 'protocol-1', 1),
      backupKey('user-2', 'protocol-1', 1),
      backupKey('user-1', 'protocol-2', 1),
      backupKey('user-1', 'protocol-1', 2),
    ];
    expect(new Set(keys).size).toBe(4);
    const storage = memoryStorage();
    writeBackup(storage, keys[0]!, typed);
    expect(readBackup(storage, keys[3]!)).toBeNull();
  });

  it('is gone once removed, as when the services confirmed the save', () => {
    const storage = memoryStorage();
    const key = backupKey('user-1', 'protocol-1', 1);
    writeBackup(storage, key, typed);
    removeBackup(storage, key);
    expect(readBackup(storage, key)).toBeNull();
  });

  it('a full or forbidden storage is reported, and a damaged entry reads as none', () => {
    expect(writeBackup(memoryStorage(true), 'k', typed)).toBe(false);
    expect(writeBackup(null, 'k', typed)).toBe(false);
    const storage = memoryStorage();
    storage.items.set('k', '{"sections":');
    expect(readBackup(storage, 'k')).toBeNull();
    storage.items.set('k', JSON.stringify({ sections: { diagnosis: 1 }, typedAt: 'x' }));
    expect(readBackup(storage, 'k')).toBeNull();
  });
});
