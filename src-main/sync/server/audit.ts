// Each workstation's audit chain arrives entry by entry and is checked on
// arrival: every entry must hash to what it claims and link to the one the
// server already holds. A broken or forked chain is recorded against the
// device and shown to an admin; the data sync itself goes on.

import type { WireAuditEntry } from '../../../src-shared/sync-wire';
import type { DevicesTable } from '../../db/schema';
import type { ServiceContext } from '../../context';
import type { Tx } from '../../db/transaction';
import { entryHash, GENESIS_HASH } from '../../audit/append';

export async function acceptAudit(
  tx: Tx,
  ctx: ServiceContext,
  device: DevicesTable,
  entries: readonly WireAuditEntry[],
): Promise<{ accepted: number; problem: string | null }> {
  let seq = device.audit_seq;
  let hash = device.audit_hash ?? GENESIS_HASH;
  let accepted = 0;
  let problem: string | null = null;

  for (const entry of [...entries].sort((a, b) => a.seq - b.seq)) {
    if (entry.seq <= seq) {
      const held = await tx
        .selectFrom('device_audit')
        .select('hash')
        .where('device_id', '=', device.id)
        .where('seq', '=', entry.seq)
        .executeTakeFirst();
      if (held && held.hash === entry.hash) continue;
      problem =
        `el registro ${entry.seq} difiere del ya recibido ` + '(¿equipo restaurado de una copia?)';
      break;
    }
    if (entry.seq !== seq + 1) {
      problem = `faltan registros entre ${seq} y ${entry.seq}`;
      break;
    }
    if (entry.prev_hash !== hash || entryHash(entry) !== entry.hash) {
      problem = `el registro ${entry.seq} no encadena con el anterior o fue alterado`;
      break;
    }
    await tx
      .insertInto('device_audit')
      .values({ ...entry, device_id: device.id })
      .execute();
    seq = entry.seq;
    hash = entry.hash;
    accepted++;
  }

  if (problem) {
    ctx.log.error({ deviceId: device.id, problem }, 'device audit chain refused');
  }
  // The first problem stays what the admin sees: once the chain is broken,
  // every later push only finds entries missing after the break, which would
  // hide that an entry was altered.
  if (accepted > 0 || (problem !== null && device.audit_problem === null)) {
    await tx
      .updateTable('devices')
      .set({ audit_seq: seq, audit_hash: hash, audit_problem: device.audit_problem ?? problem })
      .where('id', '=', device.id)
      .execute();
  }
  return { accepted, problem };
}
