// "Sincronizar ahora": runs one sync and keeps its summary or its error for the
// screen. The status poll speeds up while `busy`, so progress shows at once.

import { useState } from 'react';
import type { SyncSummary } from '../../../src-shared/sync-contract';
import { call } from '../../api';

export interface SyncNow {
  busy: boolean;
  summary: SyncSummary | null;
  error: unknown;
  run(): Promise<void>;
}

export function useSyncNow(onDone: () => void): SyncNow {
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<SyncSummary | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function run() {
    setBusy(true);
    setSummary(null);
    setError(null);
    try {
      setSummary(await call('sync.now', {}));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
      onDone();
    }
  }

  return { busy, summary, error, run };
}
