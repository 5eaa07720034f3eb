// A pathologist takes a protocol from the queue, or gives it back. Taking one
// another pathologist holds is allowed (a colleague on leave, an urgent case),
// and the audit log names who held it before. Only its holder gives it back.

import type { Actor, ServiceContext } from '../context';
import type { MethodParsedInput } from '../../src-shared/contract';
import type { QueueItem } from '../../src-shared/report-contract';
import { AppError } from '../../src-shared/errors';
import { writeTransaction } from '../db/transaction';
import { appendAudit } from '../audit/append';
import { edited, recordChanges } from '../sync/record';
import { protocolCode, resolveProtocol } from '../processing/resolve';
import { loadReportable } from './reportable';
import { queueRows } from './queue';
import { userOf } from './user';

export async function assign(
  ctx: ServiceContext,
  actor: Actor,
  input: MethodParsedInput<'reports.assign'>,
): Promise<QueueItem> {
  const userId = userOf(actor);
  const protocol = await resolveProtocol(ctx.db, input.protocol);

  await writeTransaction(ctx.db, async (tx) => {
    const p = await loadReportable(tx, protocol.id);
    const previous = p.pathologist_id;
    const next = input.toMe ? userId : null;
    if (previous === next) return;
    if (!input.toMe && previous !== userId) {
      const holder = await tx
        .selectFrom('users')
        .select('display_name')
        .where('id', '=', previous!)
        .executeTakeFirst();
      throw new AppError('CONFLICT', 'error.reportAssignedToOther', {
        protocol: protocolCode(p),
        name: holder?.display_name ?? previous!,
      });
    }

    const set = { pathologist_id: next, updated_at: ctx.clock.now().toISOString() };
    await tx.updateTable('protocols').set(set).where('id', '=', p.id).execute();
    await recordChanges(tx, ctx, [edited('protocol', p.id, set)]);
    await appendAudit(tx, ctx.clock, actor, {
      action: input.toMe ? 'report.assigned' : 'report.unassigned',
      entityType: 'protocol',
      entityId: p.id,
      details: { pathologistId: next, previousPathologistId: previous },
    });
  });

  const { items } = await queueRows(
    ctx.db,
    actor,
    { ids: [protocol.id] },
    ctx.clock.now(),
    ctx.timeZone,
  );
  return items[0]!;
}
