import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../src-main/db/open';
import { writeTransaction } from '../../../src-main/db/transaction';
import { enqueueMail, listOutbox, retryNow } from '../../../src-main/mail/outbox';
import {
  handClock,
  labDatabase,
  outboxRow,
  queue,
  receptionNotice,
  removeFolder,
  tempFolder,
  type HandClock,
} from './fixtures';

let dir: string;
let lab: OpenedDatabase;
let clock: HandClock;

beforeEach(async () => {
  dir = tempFolder();
  lab = await labDatabase(dir);
  clock = handClock();
});

afterEach(async () => {
  await lab.db.destroy();
  removeFolder(dir);
});

describe('queueing mail', () => {
  it('a reception saved twice queues its notice once', async () => {
    const notice = receptionNotice({ eventKey: 'protocol.received:0195f0e2-hp-26-014' });

    const first = await queue(lab.db, clock, notice);
    const second = await queue(lab.db, clock, { ...notice, subject: 'Otro asunto' });

    expect(first.queued).toBe(true);
    expect(second).toEqual({ id: first.id, queued: false });
    const rows = await lab.db.selectFrom('mail_outbox').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.subject).toBe('Muestra recibida: protocolo HP 26/014');
  });

  it('a queued notice waits, due now, with its Message-ID already fixed', async () => {
    const { id } = await queue(lab.db, clock, receptionNotice());
    const other = await queue(lab.db, clock, receptionNotice());

    const row = await outboxRow(lab.db, id);
    expect(row.status).toBe('pending');
    expect(row.attempts).toBe(0);
    expect(row.next_attempt_at).toBe(clock.now().toISOString());
    expect(row.message_id).toMatch(/^<[0-9a-f-]{36}@patolab\.local>$/);
    expect((await outboxRow(lab.db, other.id)).message_id).not.toBe(row.message_id);
  });

  it('a reception that is rolled back leaves no mail behind', async () => {
    await expect(
      writeTransaction(lab.db, async (tx) => {
        await enqueueMail(tx, clock, receptionNotice());
        throw new Error('the protocol number could not be assigned');
      }),
    ).rejects.toThrow('could not be assigned');

    expect(await lab.db.selectFrom('mail_outbox').selectAll().execute()).toHaveLength(0);
  });
});

describe('the outbox screen', () => {
  it('lists newest first, and can show only the failed mail', async () => {
    const older = await queue(lab.db, clock, receptionNotice({ subject: 'Primera' }));
    clock.advanceMinutes(1);
    const newer = await queue(lab.db, clock, receptionNotice({ subject: 'Segunda' }));
    await lab.db
      .updateTable('mail_outbox')
      .set({ status: 'failed', last_error: 'El servidor de correo rechazó al destinatario' })
      .where('id', '=', older.id)
      .execute();

    const all = await listOutbox(lab.db, { limit: 10 });
    const failed = await listOutbox(lab.db, { status: 'failed', limit: 10 });
    const one = await listOutbox(lab.db, { limit: 1 });

    expect(all.map((m) => m.subject)).toEqual(['Segunda', 'Primera']);
    expect(failed).toEqual([
      expect.objectContaining({
        id: older.id,
        status: 'failed',
        lastError: 'El servidor de correo rechazó al destinatario',
      }),
    ]);
    expect(one.map((m) => m.id)).toEqual([newer.id]);
  });

  it('a mail already sent cannot be sent again by hand', async () => {
    const { id } = await queue(lab.db, clock, receptionNotice());
    await lab.db.updateTable('mail_outbox').set({ status: 'sent' }).where('id', '=', id).execute();

    expect(await retryNow(lab.db, clock, id)).toBe(false);
    expect((await outboxRow(lab.db, id)).status).toBe('sent');
    expect(await retryNow(lab.db, clock, 'no-such-mail')).toBe(false);
  });
});
