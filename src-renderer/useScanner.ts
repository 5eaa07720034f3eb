// Scanning anywhere: a code scanned while no text field has the focus is read
// here and opened. Screens with a scan field of their own (the desk, the bench)
// claim the scans they can handle in place; the rest open where they belong.
// Typing in a field is never watched, and slow typing is never a scan.

import { useEffect, useRef } from 'react';
import { parseWorkCode, type ScannedWorkCode } from '../src-shared/processing';
import { createBurstReader } from './scan-burst';

const SCAN_EVENT = 'patolab:scan';

interface ScanDetail {
  text: string;
  scanned: Exclude<ScannedWorkCode, { type: 'unknown' }>;
}

type ScanHandler = (scanned: ScanDetail['scanned'], text: string) => boolean;

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
    target.type,
  );
}

/** A modal dialog is a task half done: a scan must not carry the user away from it. */
function dialogOpen(): boolean {
  return document.querySelector('[aria-modal="true"]') !== null;
}

/** Listens for scans outside text fields; `open` gets those no screen claimed. */
export function useScanAnywhere(open: (scanned: ScanDetail['scanned']) => void): void {
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  });

  useEffect(() => {
    const reader = createBurstReader();

    // Capture phase, before a focused button or checkbox acts on the keys: a
    // scan's spaces must not tick a box, nor its Enter press a button.
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTextField(event.target) || event.ctrlKey || event.altKey || event.metaKey) {
        reader.reset();
        return;
      }
      if (event.key.length === 1) {
        if (reader.char(event.key, event.timeStamp) && event.key === ' ') event.preventDefault();
        return;
      }
      if (event.key !== 'Enter') {
        // Shift comes with every capital letter a scanner types; anything else ends a burst.
        if (event.key !== 'Shift') reader.reset();
        return;
      }

      const text = reader.enter(event.timeStamp);
      if (text === null || dialogOpen()) return;
      const scanned = parseWorkCode(text);
      if (scanned.type === 'unknown') return;
      event.preventDefault();
      event.stopPropagation();

      const detail: ScanDetail = { text, scanned };
      const unclaimed = window.dispatchEvent(
        new CustomEvent(SCAN_EVENT, { detail, cancelable: true }),
      );
      if (unclaimed) openRef.current(scanned);
    };

    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}

/** Lets a screen take a scan made anywhere on it; `handle` returns whether it did. */
export function useScanClaim(handle: ScanHandler): void {
  const handleRef = useRef(handle);
  useEffect(() => {
    handleRef.current = handle;
  });

  useEffect(() => {
    const onScan = (event: Event) => {
      const { scanned, text } = (event as CustomEvent<ScanDetail>).detail;
      if (handleRef.current(scanned, text)) event.preventDefault();
    };
    window.addEventListener(SCAN_EVENT, onScan);
    return () => window.removeEventListener(SCAN_EVENT, onScan);
  }, []);
}
