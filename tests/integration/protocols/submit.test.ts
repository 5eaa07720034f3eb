import { afterEach, describe, expect, it } from 'vitest';
import { histopathologyForm, openWorkstation, type Workstation } from '../../helpers/workstation';

let ws: Workstation;
afterEach(async () => ws?.close());

describe('a protocol form', () => {
  it('refuses a misspelled field instead of silently losing what it held', async () => {
    ws = await openWorkstation();
    const form = { ...histopathologyForm(), clinicalhistory: 'Masa de crecimiento lento' };
    await expect(ws.call('protocols.submit', form)).rejects.toThrow(/clinicalhistory/);
  });

  it('does not take invisible characters for content', async () => {
    ws = await openWorkstation();
    const form = histopathologyForm({ presumptiveDiagnosis: '\u200b\u200b ' });
    await expect(ws.call('protocols.submit', form)).rejects.toThrow(/presumptiveDiagnosis/);

    const named = histopathologyForm({
      animal: { species: 'Canino', sex: 'female', identification: 'Lu\u200bna\u0007' },
    });
    const { temporaryCode } = await ws.call('protocols.submit', named);
    expect((await ws.call('protocols.get', { code: temporaryCode })).animal.identification).toBe(
      'Luna',
    );
  });

  it('a rejection whose reason is only invisible characters is refused', async () => {
    ws = await openWorkstation();
    const { temporaryCode } = await ws.call('protocols.submit', histopathologyForm());
    await expect(
      ws.call('reception.reject', { code: temporaryCode, reason: '\u200b\u2060' }),
    ).rejects.toThrow('Indique el motivo del rechazo.');
  });
});

describe('temporary codes when the day counter lags behind', () => {
  it('skips codes already held (a restored copy, or codes another desk made)', async () => {
    const ws = await openWorkstation();
    try {
      const first = await ws.call('protocols.submit', histopathologyForm());
      await ws.services.ctx.db.deleteFrom('counters').where('name', 'like', 'tmp:%').execute();
      const second = await ws.call('protocols.submit', histopathologyForm());
      expect(first.temporaryCode).toBe('TMP-HP-20261204-001');
      expect(second.temporaryCode).toBe('TMP-HP-20261204-002');
    } finally {
      await ws.close();
    }
  });
});
