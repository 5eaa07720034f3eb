import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { histopathologyForm, openWorkstation, type Workstation } from '../../helpers/workstation';

let ws: Workstation | undefined;
afterEach(async () => ws?.close());

describe('a workstation that dies right after a reception', () => {
  it('keeps the reception and its queued mail when the process is killed', async () => {
    ws = await openWorkstation();
    const { temporaryCode } = await ws.call('protocols.submit', histopathologyForm());
    const dataDir = ws.dataDir;
    await ws.close();
    ws = undefined;

    const script = path.resolve(import.meta.dirname, '../../helpers/receive-then-die.ts');
    const child = spawnSync(process.execPath, ['--import', 'tsx', script, dataDir, temporaryCode], {
      encoding: 'utf8',
      env: { ...process.env, PATOLAB_CLOCK: '2026-12-04T13:00:00Z' },
    });
    expect(child.signal).toBe('SIGKILL');
    expect(JSON.parse(child.stdout)).toMatchObject({
      ok: true,
      result: { protocolNumber: 'HP 26/001' },
    });

    ws = await openWorkstation({ dataDir });
    const detail = await ws.call('protocols.get', { code: temporaryCode });
    expect(detail.protocolNumber).toBe('HP 26/001');
    expect(detail.status).toBe('received');
    expect(detail.mails.map((m) => m.status)).toEqual(['pending']);
    expect((await ws.call('audit.verify', {})).ok).toBe(true);
  });
});

describe('a label whose printing was cut short by a crash', () => {
  it('shows as failed, ready to retry, when the workstation starts again', async () => {
    ws = await openWorkstation({ env: { PATOLAB_PRINTER_URI: 'tcp://127.0.0.1:9' } });
    const { temporaryCode } = await ws.call('protocols.submit', histopathologyForm());
    const { print } = await ws.call('reception.receive', { code: temporaryCode });
    const db = ws.services.ctx.db;
    await db
      .updateTable('print_jobs')
      .set({ status: 'pending', last_error: null, updated_at: '2026-12-04T12:00:00.000Z' })
      .execute();
    const dataDir = ws.dataDir;
    await ws.close();

    ws = await openWorkstation({ dataDir });
    const [job] = await ws.call('printing.jobs', {});
    expect(job).toMatchObject({ id: print.jobId, status: 'failed' });
    expect(job!.lastError).toContain('se interrumpió');
  });
});
