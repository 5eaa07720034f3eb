// Keeps the form as a draft while the vet types: saved a couple of seconds after
// the last keystroke, one save at a time (so the first save's id is the one every
// later save updates), and once more on leaving the screen with changes unsaved.
// Before submitting, `settle` waits for a save in flight and holds further ones,
// so a late save cannot bring back the draft the submission deletes.

import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api';
import type { ProtocolForm } from './protocol-form';

export const AUTOSAVE_DELAY_MS = 2_000;

export type SaveState =
  | { phase: 'idle' }
  | { phase: 'saving' }
  | { phase: 'saved'; at: string }
  | { phase: 'failed'; error: unknown };

export interface DraftAutosave {
  draftId: string | null;
  state: SaveState;
  /** Waits for any save in flight and holds new ones; returns the draft's id. */
  settle(): Promise<string | null>;
  /** Lets saves run again (the submission was refused and the vet goes on typing). */
  resume(): void;
}

interface Options {
  form: ProtocolForm;
  initialDraftId: string | null;
  /** The form as loaded (a resumed draft, or the empty form): already saved as it stands. */
  initialForm: ProtocolForm;
  /** False when nothing worth keeping was typed. */
  enabled: boolean;
  onSaved(draftId: string): void;
}

export function useDraftAutosave(options: Options): DraftAutosave {
  const { form, initialDraftId, initialForm, enabled, onSaved } = options;
  const [draftId, setDraftId] = useState(initialDraftId);
  const [state, setState] = useState<SaveState>({ phase: 'idle' });
  const idRef = useRef(initialDraftId);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const held = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ form, enabled });
  const savedJson = useRef(JSON.stringify(initialForm));
  const onSavedRef = useRef(onSaved);
  const mounted = useRef(true);

  useEffect(() => {
    latest.current = { form, enabled };
    onSavedRef.current = onSaved;
  });

  const save = useCallback(async (toSave: ProtocolForm) => {
    const json = JSON.stringify(toSave);
    if (held.current || json === savedJson.current) return;
    setState({ phase: 'saving' });
    try {
      const draft = await call('drafts.save', {
        id: idRef.current ?? undefined,
        kind: toSave.kind,
        data: JSON.parse(json) as Record<string, unknown>,
      });
      savedJson.current = json;
      idRef.current = draft.id;
      setDraftId(draft.id);
      setState({ phase: 'saved', at: draft.updatedAt });
      // A save flushed on leaving must not pull the address back to the form.
      if (mounted.current) onSavedRef.current(draft.id);
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  }, []);

  const enqueue = useCallback(
    (toSave: ProtocolForm) => {
      chain.current = chain.current.then(() => save(toSave));
      return chain.current;
    },
    [save],
  );

  useEffect(() => {
    if (!enabled || held.current) return;
    if (JSON.stringify(form) === savedJson.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      void enqueue(form);
    }, AUTOSAVE_DELAY_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [form, enabled, enqueue]);

  // Leaving the screen within the delay still keeps what was typed.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      const { form: last, enabled: lastEnabled } = latest.current;
      if (lastEnabled && !held.current) void enqueue(last);
    };
  }, [enqueue]);

  const settle = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    held.current = true;
    await chain.current;
    return idRef.current;
  }, []);

  // What was typed while the submission was under way (or held back by it) is saved now.
  const resume = useCallback(() => {
    held.current = false;
    const { form: last, enabled: lastEnabled } = latest.current;
    if (lastEnabled) void enqueue(last);
  }, [enqueue]);

  return { draftId, state, settle, resume };
}
