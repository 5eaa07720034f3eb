// The merge rules, on real databases: desks are real workstations on SQLite
// files whose changes come from the services a receptionist uses; the central
// server is a real server-role node. Changes are carried by hand so each test
// chooses the order they arrive in.

import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../src-main/services';
import { writeTransaction } from '../../../src-main/db/transaction';
import { nextCounterValue } from '../../../src-main/db/counters';
import { readClocks } from '../../../src-main/sync/clocks';
import { tickHlc } from '../../../src-shared/hlc';
import {
  cytologyForm,
  histopathologyForm,
  openWorkstation,
  type Workstation,
} from '../../helpers/workstation';
import { syncedData } from '../../helpers/sync';
import { conflictsOn, deliver, openCentralServices, takeOutbox } from '../../helpers/sync-changes';

// Desk A's wall clock is five minutes behind desk B's, so of two edits made
// offline, B's is the later one.
const EARLY = '2026-12-04T13:00:00Z';
const LATE = '2026-12-04T13:05:00Z';

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const node of opened.splice(0)) await node.close();
});

async function desk(clock: string): Promise<Workstation> {
  const ws = await openWorkstation({ clock });
  opened.push(ws);
  return ws;
}

async function central(): Promise<Services> {
  const services = await openCentralServices();
  opened.push(services);
  return services;
}

async function protocolRow(node: Services, id: string) {
  return node.ctx.db
    .selectFrom('protocols')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

async function receptionsOf(node: Services, protocolId: string) {
  return node.ctx.db
    .selectFrom('receptions')
    .selectAll()
    .where('protocol_id', '=', protocolId)
    .execute();
}

/** Desk A and desk B (five minutes later), both holding one submitted protocol from A. */
async function twoDesksWithAProtocol() {
  const a = await desk(EARLY);
  const b = await desk(LATE);
  const submitted = await a.call('protocols.submit', histopathologyForm());
  const created = await takeOutbox(a.services);
  await deliver(b.services, created);
  return { a, b, created, id: submitted.id, code: submitted.temporaryCode };
}

describe('a correction', () => {
  it('made at one desk reaches the other desk and the server as it was made', async () => {
    const { a, b, created, id, code } = await twoDesksWithAProtocol();
    const server = await central();
    await deliver(server, created);

    await a.call('protocols.update', { code, changes: { animalBreed: 'Caniche toy' } });
    const edit = await takeOutbox(a.services);
    await deliver(b.services, edit);
    await deliver(server, edit);

    expect((await protocolRow(b.services, id)).animal_breed).toBe('Caniche toy');
    expect(await syncedData(b.services)).toEqual(await syncedData(a.services));
    expect(await syncedData(server)).toEqual(await syncedData(a.services));
    expect(await conflictsOn(server)).toEqual([]);
  });

  it('made after seeing another desk’s correction wins, with no conflict, even from a desk whose wall clock is behind', async () => {
    const { a, b, created, id, code } = await twoDesksWithAProtocol();
    const server = await central();
    await deliver(server, created);

    await b.call('protocols.update', { code, changes: { animalBreed: 'Mestizo' } });
    const fromB = await takeOutbox(b.services);
    await deliver(server, fromB);
    await deliver(a.services, fromB);

    // A's wall clock is five minutes behind B's, but A has seen B's edit.
    await a.call('protocols.update', { code, changes: { animalBreed: 'Caniche toy' } });
    const fromA = await takeOutbox(a.services);
    await deliver(server, fromA);
    await deliver(b.services, fromA);

    for (const node of [a.services, b.services, server]) {
      expect((await protocolRow(node, id)).animal_breed).toBe('Caniche toy');
    }
    expect(await conflictsOn(server)).toEqual([]);
  });
});

describe('two desks correcting the same field offline', () => {
  it('keep the later correction everywhere, whatever arrives first, and only the server notes the conflict', async () => {
    const { a, b, created, id, code } = await twoDesksWithAProtocol();
    const firstA = await central();
    const firstB = await central();
    await deliver(firstA, created);
    await deliver(firstB, created);

    await a.call('protocols.update', { code, changes: { animalBreed: 'Caniche toy' } });
    await b.call('protocols.update', { code, changes: { animalBreed: 'Mestizo' } });
    const fromA = await takeOutbox(a.services);
    const fromB = await takeOutbox(b.services);

    expect(await deliver(firstA, fromA)).toBe(0);
    expect(await deliver(firstA, fromB)).toBe(1);
    expect(await deliver(firstB, fromB)).toBe(0);
    expect(await deliver(firstB, fromA)).toBe(1);
    expect(await deliver(a.services, fromB)).toBe(0);
    expect(await deliver(b.services, fromA)).toBe(0);

    for (const node of [a.services, b.services, firstA, firstB]) {
      expect((await protocolRow(node, id)).animal_breed).toBe('Mestizo');
    }
    const expected = {
      kind: 'field',
      entity: 'protocol',
      row_id: id,
      field: 'animal_breed',
      kept_value: JSON.stringify('Mestizo'),
      lost_value: JSON.stringify('Caniche toy'),
      kept_hlc: fromB[0]!.hlc,
      lost_hlc: fromA[0]!.hlc,
    };
    expect(await conflictsOn(firstA)).toEqual([expect.objectContaining(expected)]);
    expect(await conflictsOn(firstB)).toEqual([expect.objectContaining(expected)]);
    expect(await conflictsOn(a.services)).toEqual([]);
    expect(await conflictsOn(b.services)).toEqual([]);

    expect(await syncedData(a.services)).toEqual(await syncedData(b.services));
    expect(await syncedData(firstA)).toEqual(await syncedData(a.services));
    expect(await syncedData(firstB)).toEqual(await syncedData(a.services));
  });

  it('to the same value is no conflict', async () => {
    const { a, b, created, code } = await twoDesksWithAProtocol();
    const server = await central();
    await deliver(server, created);

    await a.call('protocols.update', { code, changes: { animalBreed: 'Mestizo' } });
    await b.call('protocols.update', { code, changes: { animalBreed: 'Mestizo' } });
    await deliver(server, await takeOutbox(a.services));
    await deliver(server, await takeOutbox(b.services));

    expect(await conflictsOn(server)).toEqual([]);
  });
});

describe('two desks correcting different fields offline', () => {
  it('keep both corrections, and the updated_at both wrote is no conflict', async () => {
    const { a, b, created, id, code } = await twoDesksWithAProtocol();
    const server = await central();
    await deliver(server, created);

    await a.call('protocols.update', { code, changes: { animalSpecies: 'Felino' } });
    await b.call('protocols.update', { code, changes: { animalBreed: 'Siamés' } });
    const fromA = await takeOutbox(a.services);
    const fromB = await takeOutbox(b.services);
    await deliver(server, fromB);
    await deliver(server, fromA);
    await deliver(a.services, fromB);
    await deliver(b.services, fromA);

    for (const node of [a.services, b.services, server]) {
      const row = await protocolRow(node, id);
      expect([row.animal_species, row.animal_breed]).toEqual(['Felino', 'Siamés']);
      expect(row.updated_at).toBe(fromB[0]!.data.updated_at);
      expect(row.search_text).toContain('felino');
    }
    expect(await conflictsOn(server)).toEqual([]);
    expect(await syncedData(server)).toEqual(await syncedData(a.services));
    expect(await syncedData(b.services)).toEqual(await syncedData(a.services));
  });
});

describe('a veterinarian first typed at two desks offline', () => {
  async function twoDesksTypingOneVet() {
    const a = await desk(EARLY);
    const b = await desk(LATE);
    const server = await central();
    const atA = await a.call('protocols.submit', histopathologyForm());
    const cytology = cytologyForm();
    const atB = await b.call('protocols.submit', {
      ...cytology,
      veterinarian: { ...cytology.veterinarian, firstName: 'Laura Inés' },
    });
    const fromA = await takeOutbox(a.services);
    const fromB = await takeOutbox(b.services);
    await deliver(server, fromA);
    await deliver(server, fromB);
    await deliver(a.services, fromB);
    await deliver(b.services, fromA);
    return { a, b, server, ids: [atA.id, atB.id], fromA, fromB };
  }

  it('is found everywhere, on every protocol of theirs, by the name that won', async () => {
    const { a, b, server, ids } = await twoDesksTypingOneVet();

    for (const node of [a.services, b.services, server]) {
      for (const id of ids) {
        expect((await protocolRow(node, id)).search_text).toContain('laura ines gomez');
      }
    }
    expect(await syncedData(a.services)).toEqual(await syncedData(server));
    expect(await syncedData(b.services)).toEqual(await syncedData(server));
  });

  it('keeps the date of the first registration, and the dates are no conflict for an admin', async () => {
    const { a, b, server, fromA } = await twoDesksTypingOneVet();
    const firstRegistration = fromA.find((c) => c.entity === 'veterinarian')!.data.created_at;

    for (const node of [a.services, b.services, server]) {
      const vet = await node.ctx.db
        .selectFrom('veterinarians')
        .selectAll()
        .executeTakeFirstOrThrow();
      expect([vet.first_name, vet.created_at]).toEqual(['Laura Inés', firstRegistration]);
    }
    expect((await conflictsOn(server)).map((c) => c.field)).toEqual(['first_name']);
  });
});

describe('two desks not yet enrolled that make the same temporary code', () => {
  it('end with the same codes everywhere: the earlier protocol keeps it, the other is marked', async () => {
    const a = await desk(EARLY);
    const b = await desk(LATE);
    const firstA = await central();
    const firstB = await central();
    const atA = await a.call('protocols.submit', histopathologyForm());
    const atB = await b.call('protocols.submit', histopathologyForm());
    expect(atA.temporaryCode).toBe(atB.temporaryCode);
    const fromA = await takeOutbox(a.services);
    const fromB = await takeOutbox(b.services);

    await deliver(firstA, fromA);
    await deliver(firstA, fromB);
    await deliver(firstB, fromB);
    await deliver(firstB, fromA);
    await deliver(a.services, fromB);
    await deliver(b.services, fromA);

    for (const node of [a.services, b.services, firstA, firstB]) {
      expect((await protocolRow(node, atA.id)).temporary_code).toBe(atA.temporaryCode);
      expect((await protocolRow(node, atB.id)).temporary_code).toBe(
        `${atB.temporaryCode}~${atB.id.slice(-6)}`,
      );
    }
    for (const server of [firstA, firstB]) {
      expect(await conflictsOn(server)).toEqual([
        expect.objectContaining({ kind: 'field', row_id: atB.id, field: 'temporary_code' }),
      ]);
    }
    expect(await syncedData(firstA)).toEqual(await syncedData(firstB));
    expect(await syncedData(a.services)).toEqual(await syncedData(firstA));
    expect(await syncedData(b.services)).toEqual(await syncedData(firstA));
  });
});

describe('two desks that numbered protocols on their own before they were enrolled', () => {
  it('end with one protocol holding each number, the same one everywhere', async () => {
    const a = await desk(EARLY);
    const b = await desk(LATE);
    const firstA = await central();
    const firstB = await central();
    const atA = await a.call('protocols.submit', histopathologyForm());
    await a.call('reception.receive', { code: atA.temporaryCode, condition: 'optimal' });
    // Desk B typed in another form first, then received this one.
    await b.call('protocols.submit', histopathologyForm());
    const atB = await b.call('protocols.submit', histopathologyForm());
    await b.call('reception.receive', { code: atB.temporaryCode, condition: 'optimal' });
    const fromA = await takeOutbox(a.services);
    const fromB = await takeOutbox(b.services);

    await deliver(firstA, fromA);
    await deliver(firstA, fromB);
    await deliver(firstB, fromB);
    await deliver(firstB, fromA);
    await deliver(a.services, fromB);
    await deliver(b.services, fromA);

    for (const node of [a.services, b.services, firstA, firstB]) {
      expect((await protocolRow(node, atA.id)).protocol_number).toBe('HP 26/001');
      expect((await protocolRow(node, atB.id)).protocol_number).toBe(null);
    }
    for (const server of [firstA, firstB]) {
      const numbers = (await conflictsOn(server)).filter((c) => c.kind === 'duplicate_number');
      expect(numbers).toEqual([
        expect.objectContaining({ row_id: atB.id, lost_value: JSON.stringify('HP 26/001') }),
      ]);
    }
    expect(await syncedData(firstA)).toEqual(await syncedData(firstB));
    expect(await syncedData(a.services)).toEqual(await syncedData(firstA));
    expect(await syncedData(b.services)).toEqual(await syncedData(firstA));
  });
});

describe('a protocol’s status', () => {
  it('never moves backwards, not even for a change stamped later', async () => {
    const { a, created, id, code } = await twoDesksWithAProtocol();
    const server = await central();
    await deliver(server, created);
    await a.call('reception.receive', { code, condition: 'optimal' });
    await deliver(server, await takeOutbox(a.services));

    // The protocol's first record arrives again, and then a status from a later clock.
    await deliver(server, created);
    const clocks = (await readClocks(server.ctx.db, 'protocol', id))!;
    await deliver(server, [
      {
        id: 'late-status',
        entity: 'protocol',
        rowId: id,
        data: { status: 'submitted' },
        hlc: tickHlc(clocks.status!, Date.parse('2026-12-04T14:00:00Z')),
        base: { status: clocks.status! },
      },
    ]);

    expect((await protocolRow(server, id)).status).toBe('received');
    expect((await protocolRow(server, id)).protocol_number).toBe('HP 26/001');
  });
});

describe('one protocol received at two desks offline', () => {
  it('keeps the first number everywhere, and the server notes a double reception', async () => {
    const { a, b, created, id, code } = await twoDesksWithAProtocol();
    // Desk B has already numbered three samples of its own this year.
    await writeTransaction(b.services.ctx.db, async (tx) => {
      for (let i = 0; i < 3; i++) await nextCounterValue(tx, 'protocol:HP:2026');
    });
    const firstA = await central();
    const firstB = await central();
    await deliver(firstA, created);
    await deliver(firstB, created);

    const atA = await a.call('reception.receive', { code, condition: 'optimal' });
    const atB = await b.call('reception.receive', { code, condition: 'optimal' });
    expect([atA.protocolNumber, atB.protocolNumber]).toEqual(['HP 26/001', 'HP 26/004']);
    const fromA = await takeOutbox(a.services);
    const fromB = await takeOutbox(b.services);

    await deliver(firstA, fromA);
    await deliver(firstA, fromB);
    await deliver(firstB, fromB);
    await deliver(firstB, fromA);
    await deliver(a.services, fromB);
    await deliver(b.services, fromA);

    const receptionAtA = fromA.find((c) => c.entity === 'reception')!;
    for (const node of [a.services, b.services, firstA, firstB]) {
      const row = await protocolRow(node, id);
      expect(row.protocol_number).toBe('HP 26/001');
      expect(row.status).toBe('received');
      expect(row.received_at).toBe(receptionAtA.data.recorded_at);
      expect(row.search_text).toContain('hp 26/001');
      expect((await receptionsOf(node, id)).map((r) => r.id)).toEqual([receptionAtA.rowId]);
    }
    for (const server of [firstA, firstB]) {
      const noted = await conflictsOn(server);
      expect(noted.length).toBeGreaterThan(0);
      expect(noted.every((c) => c.kind === 'double_reception' && c.row_id === id)).toBe(true);
      expect(noted.map((c) => c.kept_value)).toContain(JSON.stringify('HP 26/001'));
      expect(noted.map((c) => c.lost_value)).toContain(JSON.stringify('HP 26/004'));
    }
    expect(await conflictsOn(a.services)).toEqual([]);
    expect(await conflictsOn(b.services)).toEqual([]);
    expect(await syncedData(firstA)).toEqual(await syncedData(firstB));
    expect(await syncedData(a.services)).toEqual(await syncedData(firstA));
    expect(await syncedData(b.services)).toEqual(await syncedData(firstA));
  });
});

describe('a rejection at one desk and a reception at another', () => {
  it('end received everywhere, even when the rejection came first, and the server notes the status conflict', async () => {
    const { a, b, created, id, code } = await twoDesksWithAProtocol();
    const firstA = await central();
    const firstB = await central();
    await deliver(firstA, created);
    await deliver(firstB, created);

    await a.call('reception.reject', { code, reason: 'Frasco roto, sin formol' });
    const received = await b.call('reception.receive', { code, condition: 'optimal' });
    const fromA = await takeOutbox(a.services);
    const fromB = await takeOutbox(b.services);

    await deliver(firstA, fromA);
    await deliver(firstA, fromB);
    await deliver(firstB, fromB);
    await deliver(firstB, fromA);
    await deliver(a.services, fromB);
    await deliver(b.services, fromA);

    for (const node of [a.services, b.services, firstA, firstB]) {
      const row = await protocolRow(node, id);
      expect([row.status, row.protocol_number]).toEqual(['received', received.protocolNumber]);
      expect((await receptionsOf(node, id)).map((r) => r.outcome)).toEqual(['received']);
    }
    for (const server of [firstA, firstB]) {
      const status = (await conflictsOn(server)).filter((c) => c.kind === 'status');
      expect(status).toEqual([
        expect.objectContaining({
          row_id: id,
          field: 'status',
          kept_value: JSON.stringify('received'),
          lost_value: JSON.stringify('rejected'),
        }),
      ]);
    }
    expect(await conflictsOn(a.services)).toEqual([]);
    expect(await syncedData(firstA)).toEqual(await syncedData(firstB));
    expect(await syncedData(a.services)).toEqual(await syncedData(firstA));
    expect(await syncedData(b.services)).toEqual(await syncedData(firstA));
  });
});

describe('append-only records', () => {
  it('delivered twice are kept once', async () => {
    const { a, b, id, code } = await twoDesksWithAProtocol();
    await a.call('reception.receive', { code, condition: 'optimal' });
    const reception = await takeOutbox(a.services);

    await deliver(b.services, reception);
    await deliver(b.services, reception);
    await deliver(b.services, reception.slice().reverse());

    expect(await receptionsOf(b.services, id)).toHaveLength(1);
    const history = await b.services.ctx.db
      .selectFrom('status_history')
      .select('to_status')
      .where('protocol_id', '=', id)
      .orderBy('changed_at')
      .execute();
    expect(history.map((h) => h.to_status)).toEqual(['submitted', 'received']);
    expect(await syncedData(b.services)).toEqual(await syncedData(a.services));
  });
});
