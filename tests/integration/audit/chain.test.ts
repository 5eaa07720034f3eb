import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { histopathologyForm, openWorkstation, type Workstation } from '../../helpers/workstation';
import { runCli } from '../../helpers/cli';

let ws: Workstation;
afterEach(async () => ws?.close());

async function labWithHistory() {
  ws = await openWorkstation();
  for (let i = 0; i < 3; i++) {
    const { temporaryCode } = await ws.call('protocols.submit', histopathologyForm());
    await ws.call('reception.receive', { code: temporaryCode });
  }
  return ws.services.ctx.db;
}

describe('the audit log', () => {
  it('verifies when untouched', async () => {
    await labWithHistory();
    expect(await ws.call('audit.verify', {})).toEqual({
      ok: true,
      entries: 6,
      firstBadSeq: null,
      problem: null,
    });
  });

  it('names the first entry whose content was changed', async () => {
    const db = await labWithHistory();
    await sql`update audit_log set actor = 'alguien más' where seq = 4`.execute(db);

    const result = await ws.call('audit.verify', {});
    expect(result).toMatchObject({
      ok: false,
      firstBadSeq: 4,
      problem: 'la entrada 4 fue modificada',
    });
  });

  it('names the entry that was removed from the middle', async () => {
    const db = await labWithHistory();
    await sql`delete from audit_log where seq = 2`.execute(db);

    const result = await ws.call('audit.verify', {});
    expect(result).toMatchObject({ ok: false, firstBadSeq: 2 });
  });

  it('catches a row rewritten with a recomputed hash, since the next link breaks', async () => {
    const db = await labWithHistory();
    await sql`update audit_log set hash = ${'f'.repeat(64)} where seq = 3`.execute(db);

    const result = await ws.call('audit.verify', {});
    expect(result.firstBadSeq).toBe(3);
  });

  it('`patolab audit verify` exits 1 and says which entry is bad', async () => {
    const db = await labWithHistory();
    await sql`update audit_log set details = '{}' where seq = 5`.execute(db);
    await ws.close();

    const run = await runCli(['audit', 'verify', '--data', ws.dataDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('la entrada 5 fue modificada');
    ws = await openWorkstation({ dataDir: ws.dataDir });
  });
});
