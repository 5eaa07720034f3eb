import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import {
  cytologyForm,
  histopathologyForm,
  openWorkstation,
  type Workstation,
} from '../../helpers/workstation';

let ws: Workstation;
afterEach(async () => ws?.close());

async function submit(form = histopathologyForm()) {
  return ws.call('protocols.submit', form);
}

describe('receiving a sample at the desk', () => {
  it('assigns HP 26/001, then HP 26/002, and cytology counts on its own', async () => {
    ws = await openWorkstation();
    const a = await submit();
    const b = await submit();
    const c = await submit(cytologyForm());

    expect(a.temporaryCode).toBe('TMP-HP-20261204-001');
    expect(c.temporaryCode).toBe('TMP-CT-20261204-001');
    expect((await ws.call('reception.receive', { code: a.temporaryCode })).protocolNumber).toBe(
      'HP 26/001',
    );
    expect((await ws.call('reception.receive', { code: b.temporaryCode })).protocolNumber).toBe(
      'HP 26/002',
    );
    expect((await ws.call('reception.receive', { code: c.temporaryCode })).protocolNumber).toBe(
      'CT 26/001',
    );
  });

  it('finds the protocol from a code mangled by a Spanish-layout scanner', async () => {
    ws = await openWorkstation();
    const { temporaryCode } = await submit();
    const scanned = temporaryCode.replaceAll('-', "'").toLowerCase();

    const received = await ws.call('reception.receive', { code: scanned });
    expect(received.protocolNumber).toBe('HP 26/001');
  });

  it('writes the reception, its history, its audit entry and the mail together', async () => {
    ws = await openWorkstation();
    const { id, temporaryCode } = await submit();
    await ws.call('reception.receive', {
      code: temporaryCode,
      condition: 'acceptable',
      containersReceived: 1,
      discrepancies: 'Frasco con poco formol',
    });

    const detail = await ws.call('protocols.get', { code: 'HP 26/001' });
    expect(detail.id).toBe(id);
    expect(detail.status).toBe('received');
    expect(detail.reception).toMatchObject({
      outcome: 'received',
      sampleCondition: 'acceptable',
      containersReceived: 1,
      discrepancies: 'Frasco con poco formol',
    });
    expect(detail.history.map((h) => h.toStatus)).toEqual(['submitted', 'received']);
    expect(detail.mails).toHaveLength(1);
    expect(detail.mails[0]).toMatchObject({
      toAddress: 'laura.gomez@example.org',
      subject: 'Muestra recibida: protocolo HP 26/001',
      status: 'pending',
    });

    const audit = await ws.services.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('entity_id', '=', id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['protocol.submitted', 'protocol.received']);
    expect(JSON.parse(audit[1]!.details)).toMatchObject({ protocolNumber: 'HP 26/001' });
  });

  it('refuses the same protocol twice, saying when and by whom, and spends no number', async () => {
    ws = await openWorkstation();
    const first = await submit();
    const second = await submit();
    await ws.call('reception.receive', { code: first.temporaryCode });

    await expect(ws.call('reception.receive', { code: first.temporaryCode })).rejects.toThrow(
      /Este protocolo ya fue recibido \(HP 26\/001, 04\/12\/2026.*10:00, por cli:/,
    );
    const next = await ws.call('reception.receive', { code: second.temporaryCode });
    expect(next.protocolNumber).toBe('HP 26/002');
  });

  it('will not receive a sample whose condition is "rejected": that is a rejection', async () => {
    ws = await openWorkstation();
    const { temporaryCode } = await submit();
    await expect(
      ws.call('reception.receive', { code: temporaryCode, condition: 'rejected' as never }),
    ).rejects.toThrow(/condition/);
    expect((await ws.call('protocols.get', { code: temporaryCode })).status).toBe('submitted');
  });

  it('says plainly when no protocol has the code', async () => {
    ws = await openWorkstation();
    await expect(ws.call('reception.receive', { code: 'TMP-HP-20261204-099' })).rejects.toThrow(
      'No hay ningún protocolo con el código «TMP-HP-20261204-099».',
    );
    await expect(ws.call('reception.receive', { code: 'banana' })).rejects.toThrow(
      /no parece un código de protocolo/,
    );
  });

  it('undoes everything, number included, when any write of the reception fails', async () => {
    ws = await openWorkstation();
    const { temporaryCode } = await submit();
    const db = ws.services.ctx.db;
    await sql`create trigger outbox_down before insert on mail_outbox
      begin select raise(abort, 'disk full'); end`.execute(db);

    await expect(ws.call('reception.receive', { code: temporaryCode })).rejects.toThrow();

    const protocol = await db.selectFrom('protocols').selectAll().executeTakeFirstOrThrow();
    expect(protocol.status).toBe('submitted');
    expect(protocol.protocol_number).toBeNull();
    expect(await db.selectFrom('receptions').selectAll().execute()).toHaveLength(0);
    const counters = await db.selectFrom('counters').selectAll().execute();
    expect(counters.filter((c) => c.name.startsWith('protocol:'))).toHaveLength(0);

    await sql`drop trigger outbox_down`.execute(db);
    const received = await ws.call('reception.receive', { code: temporaryCode });
    expect(received.protocolNumber).toBe('HP 26/001');
  });
});

describe('the year of a protocol number', () => {
  it('a sample received at 23:30 on 31 December in Buenos Aires keeps the old year', async () => {
    ws = await openWorkstation({ clock: '2027-01-01T02:30:00Z' });
    const { temporaryCode } = await submit();
    const received = await ws.call('reception.receive', { code: temporaryCode });
    expect(temporaryCode).toBe('TMP-HP-20261231-001');
    expect(received.protocolNumber).toBe('HP 26/001');
  });

  it('the first sample after local midnight starts the new year at 001', async () => {
    ws = await openWorkstation({ clock: '2027-01-01T03:00:30Z' });
    const { temporaryCode } = await submit();
    expect((await ws.call('reception.receive', { code: temporaryCode })).protocolNumber).toBe(
      'HP 27/001',
    );
  });
});

describe('rejecting a sample', () => {
  it('needs a reason, tells the vet, spends no number and cannot then be received', async () => {
    ws = await openWorkstation();
    const bad = await submit();
    const good = await submit();

    await expect(
      ws.call('reception.reject', { code: bad.temporaryCode, reason: '  ' }),
    ).rejects.toThrow('Indique el motivo del rechazo.');
    const rejected = await ws.call('reception.reject', {
      code: bad.temporaryCode,
      reason: 'Frasco roto, sin formol',
    });
    expect(rejected.status).toBe('rejected');

    const detail = await ws.call('protocols.get', { code: bad.temporaryCode });
    expect(detail.protocolNumber).toBeNull();
    expect(detail.history.at(-1)).toMatchObject({
      toStatus: 'rejected',
      reason: 'Frasco roto, sin formol',
    });
    expect(detail.mails[0]?.subject).toBe(`Muestra rechazada: ${bad.temporaryCode}`);

    await expect(ws.call('reception.receive', { code: bad.temporaryCode })).rejects.toThrow(
      /ya fue rechazado .*Frasco roto, sin formol/,
    );
    expect((await ws.call('reception.receive', { code: good.temporaryCode })).protocolNumber).toBe(
      'HP 26/001',
    );
  });
});

describe('a veterinarian who sends again', () => {
  it('is matched by email and a later form renames nothing and erases nothing', async () => {
    ws = await openWorkstation();
    const first = await submit();
    await ws.call('reception.receive', { code: first.temporaryCode });

    await submit(
      histopathologyForm({
        veterinarian: {
          firstName: 'Pedro',
          lastName: 'Otro',
          email: '  LAURA.GOMEZ@example.org',
          licenseNumber: '9999',
        },
      }),
    );

    const received = await ws.call('protocols.get', { code: 'HP 26/001' });
    expect(received.veterinarian).toMatchObject({
      firstName: 'Laura',
      lastName: 'Gómez',
      licenseNumber: '1234',
      phone: '+54 342 555 0101',
    });
    const vets = await ws.services.ctx.db.selectFrom('veterinarians').selectAll().execute();
    expect(vets).toHaveLength(1);
  });
});

describe('the printer of a reception', () => {
  it('may be changed only by an admin, and a wrong address spends no number', async () => {
    ws = await openWorkstation();
    const { temporaryCode } = await submit();
    const desk = { userId: null, name: 'Marta Pérez', roles: ['reception'] as const };

    const refused = await ws.services.call(
      { sessionToken: null, actor: desk },
      'reception.receive',
      {
        code: temporaryCode,
        printerUri: 'pdf:/tmp/cualquier-lugar.pdf',
      },
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    await expect(
      ws.call('reception.receive', { code: temporaryCode, printerUri: 'tcp://impresora:99999' }),
    ).rejects.toThrow(/^Hay datos que faltan o no son válidos: .*impresora/);
    expect((await ws.call('reception.receive', { code: temporaryCode })).protocolNumber).toBe(
      'HP 26/001',
    );
  });
});
