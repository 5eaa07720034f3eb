// Autosave of the report being written. What is typed goes to the browser's
// storage at once, and to the services a second after the typing stops, when
// a field is left and when the screen is left or closed; the stored copy goes
// only once the services confirm that very text.
//
// Each save names the draft it started from. The services refuse a save over a
// draft someone saved meanwhile (another window, another desk): then nothing
// more is sent, the text stays on screen and in storage, and the pathologist
// chooses between loading the other text and saving theirs over it.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftView, ReportSections } from '../../../src-shared/report-contract';
import { ApiError, call } from '../../api';
import { removeBackup, writeBackup, type BackupStorage } from './draft-backup';
import { sameSections, sectionsOf, withField, type FieldRef } from './sections';

const DEBOUNCE_MS = 1000;

export type SaveState =
  | { phase: 'idle' }
  | { phase: 'dirty' }
  | { phase: 'saving' }
  | { phase: 'saved'; at: string }
  | { phase: 'failed'; error: unknown }
  /** `draft` is what the other window or desk saved. */
  | { phase: 'conflict'; draft: DraftView };

interface Options {
  protocol: string;
  /** The open draft as the screen found it; null before the first save. */
  server: DraftView | null;
  storage: BackupStorage | null;
  storageKey: string;
  /** After each confirmed save, with the draft the services now hold. */
  onSaved(draft: DraftView): void;
}

export interface Autosave {
  sections: ReportSections;
  state: SaveState;
  /** False once the browser refused to keep a copy (storage full or forbidden). */
  backedUp: boolean;
  change(ref: FieldRef, value: string): void;
  replace(sections: ReportSections): void;
  /** Saves now and resolves true once what is on screen is saved; `create` makes an empty draft. */
  flush(create?: boolean): Promise<boolean>;
  takeTheirs(): void;
  keepMine(): void;
}

async function latestDraft(protocol: string): Promise<DraftView | null> {
  try {
    return (await call('reports.get', { protocol })).draft;
  } catch {
    return null;
  }
}

export function useDraftAutosave(options: Options): Autosave {
  const { protocol, server, storage, storageKey, onSaved } = options;
  const [sections, setSections] = useState<ReportSections>(() => sectionsOf(server));
  const [state, setState] = useState<SaveState>({ phase: 'idle' });
  const [backedUp, setBackedUp] = useState(true);

  const current = useRef<ReportSections>(sectionsOf(server));
  const confirmed = useRef<ReportSections>(sectionsOf(server));
  const base = useRef<string | null>(server?.updatedAt ?? null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const halted = useRef(false);
  const saved = useRef(onSaved);

  useEffect(() => {
    saved.current = onSaved;
  }, [onSaved]);

  // A reload that shows the text last confirmed under a newer time (an image
  // added, a field merged by sync) moves the starting point without a conflict.
  useEffect(() => {
    if (server && !inFlight.current && sameSections(sectionsOf(server), confirmed.current)) {
      base.current = server.updatedAt;
    }
  }, [server]);

  const clearTimer = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  const send = useCallback(
    async (sending: ReportSections): Promise<boolean> => {
      setState({ phase: 'saving' });
      try {
        // An editor that opened with no draft says so with an empty time, older
        // than any draft's: one made meanwhile elsewhere is then a conflict too,
        // where leaving the time out would let this save write over it unseen.
        const draft = await call('reports.saveDraft', {
          protocol,
          ...sending,
          knownUpdatedAt: base.current ?? '',
        });
        base.current = draft.updatedAt;
        confirmed.current = sending;
        if (sameSections(current.current, sending)) {
          removeBackup(storage, storageKey);
          setState({ phase: 'saved', at: draft.updatedAt });
        } else {
          setState({ phase: 'dirty' });
        }
        saved.current(draft);
        return true;
      } catch (error) {
        // A conflict is an edit made elsewhere only if the open draft did move on;
        // otherwise (the report signed meanwhile) the services' words say why.
        if (error instanceof ApiError && error.code === 'CONFLICT') {
          const draft = await latestDraft(protocol);
          if (draft && draft.updatedAt !== base.current) {
            halted.current = true;
            setState({ phase: 'conflict', draft });
            return false;
          }
        }
        setState({ phase: 'failed', error });
        return false;
      }
    },
    [protocol, storage, storageKey],
  );

  const flush = useCallback(
    async (create = false): Promise<boolean> => {
      clearTimer();
      for (;;) {
        if (inFlight.current) {
          await inFlight.current;
          continue;
        }
        if (halted.current) return false;
        const sending = current.current;
        if (sameSections(sending, confirmed.current) && (base.current !== null || !create)) {
          removeBackup(storage, storageKey);
          const at = base.current;
          setState((previous) =>
            at === null || previous.phase === 'idle' ? previous : { phase: 'saved', at },
          );
          return true;
        }
        const request = send(sending);
        inFlight.current = request;
        let ok = false;
        try {
          ok = await request;
        } finally {
          inFlight.current = null;
        }
        if (!ok) return false;
      }
    },
    [clearTimer, send, storage, storageKey],
  );

  const replace = useCallback(
    (next: ReportSections) => {
      current.current = next;
      setSections(next);
      setBackedUp(
        writeBackup(storage, storageKey, { sections: next, typedAt: new Date().toISOString() }),
      );
      if (halted.current) return;
      setState({ phase: 'dirty' });
      clearTimer();
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [storage, storageKey, clearTimer, flush],
  );

  const change = useCallback(
    (ref: FieldRef, value: string) => replace(withField(current.current, ref, value)),
    [replace],
  );

  const takeTheirs = useCallback(() => {
    if (state.phase !== 'conflict') return;
    const theirs = sectionsOf(state.draft);
    current.current = theirs;
    confirmed.current = theirs;
    base.current = state.draft.updatedAt;
    halted.current = false;
    removeBackup(storage, storageKey);
    setSections(theirs);
    setState({ phase: 'saved', at: state.draft.updatedAt });
  }, [state, storage, storageKey]);

  const keepMine = useCallback(() => {
    if (state.phase !== 'conflict') return;
    base.current = state.draft.updatedAt;
    halted.current = false;
    void flush();
  }, [state, flush]);

  // Leaving the screen or closing the window saves what is pending; should the
  // request not make it, the stored copy is offered back next time.
  useEffect(() => {
    const onLeave = () => {
      if (!sameSections(current.current, confirmed.current)) void flush();
    };
    window.addEventListener('beforeunload', onLeave);
    window.addEventListener('pagehide', onLeave);
    return () => {
      window.removeEventListener('beforeunload', onLeave);
      window.removeEventListener('pagehide', onLeave);
      clearTimer();
      onLeave();
    };
  }, [flush, clearTimer]);

  return { sections, state, backedUp, change, replace, flush, takeTheirs, keepMine };
}
