// One action on one row of a table (retry a mail, resend a label): which row is
// busy, the last error, and a reload of the table when the action ends.

import { useState } from 'react';

export function useRowAction(action: (id: string) => Promise<unknown>, onDone: () => void) {
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function run(id: string) {
    setBusyId(id);
    setError(null);
    try {
      await action(id);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusyId(null);
      onDone();
    }
  }

  return { busyId, error, run };
}
