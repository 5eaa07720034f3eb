// Receptions made while the desk had no number left get theirs at the next
// sync, in the order they were received; the veterinarian's mail goes out then,
// and the jar label is queued again with the number on it.

import type { ServiceContext } from '../../context';
import { writeTransaction } from '../../db/transaction';
import { formatSeriesNumber } from '../../../src-shared/codes';
import { appendAudit } from '../../audit/append';
import { searchTextFor } from '../merge';
import { queueJarLabel } from '../../reception/receive';
import { queueStatusMail } from '../../mail/status-mail';
import { runPrintJob } from '../../printing/jobs';
import { edited, recordChanges } from '../record';
import { takeLeasedNumber } from './numbers';

const SYNC_ACTOR = { name: 'sincronización' };

export async function assignPendingNumbers(ctx: ServiceContext): Promise<number> {
  const done = await writeTransaction(ctx.db, async (tx) => {
    // Only receptions made at this desk: another desk's pending jars get their
    // numbers there.
    const waiting = await tx
      .selectFrom('pending_numbers as n')
      .innerJoin('protocols as p', 'p.id', 'n.protocol_id')
      .innerJoin('veterinarians as v', 'v.id', 'p.veterinarian_id')
      .innerJoin('receptions as r', 'r.protocol_id', 'p.id')
      .selectAll('p')
      .select([
        'v.first_name as vet_first',
        'v.last_name as vet_last',
        'v.email as vet_email',
        'r.sample_condition',
        'r.discrepancies',
        'r.recorded_at',
        'n.series',
      ])
      .where('p.protocol_number', 'is', null)
      .orderBy('n.received_at')
      .execute();
    // Received at another desk too, which gave it a number first: this desk's
    // second reception is a conflict on the server, not a second number.
    await tx
      .deleteFrom('pending_numbers')
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('protocols')
            .select('id')
            .whereRef('protocols.id', '=', 'pending_numbers.protocol_id')
            .where('protocols.protocol_number', 'is not', null),
        ),
      )
      .execute();

    const jobs: string[] = [];
    let assigned = 0;
    for (const p of waiting) {
      const sequence = await takeLeasedNumber(tx, ctx, p.series);
      if (sequence === null) continue;

      const number = formatSeriesNumber(p.series, sequence);
      const now = ctx.clock.now().toISOString();
      const set = { protocol_number: number, updated_at: now };
      const search_text = await searchTextFor(tx, { ...p, protocol_number: number });
      await tx
        .updateTable('protocols')
        .set({ ...set, search_text })
        .where('id', '=', p.id)
        .execute();
      await tx.deleteFrom('pending_numbers').where('protocol_id', '=', p.id).execute();
      await recordChanges(tx, ctx, [edited('protocol', p.id, set)]);
      await appendAudit(tx, ctx.clock, SYNC_ACTOR, {
        action: 'protocol.number_assigned',
        entityType: 'protocol',
        entityId: p.id,
        details: { protocolNumber: number, temporaryCode: p.temporary_code },
      });
      // The reception mail carries the number, so it waited for it.
      await queueStatusMail(tx, ctx, p.id, 'received');
      const job = await queueJarLabel(tx, ctx, p.id, SYNC_ACTOR);
      if (job) jobs.push(job);
      assigned++;
      ctx.log.info({ protocolId: p.id, protocolNumber: number }, 'pending number assigned');
    }
    return { assigned, jobs };
  });

  ctx.kickMail();
  for (const job of done.jobs) await runPrintJob(ctx, job);
  return done.assigned;
}
