// A protocol's status follows its work: the first cassette or slide moves it
// to processing, the last live slide made ready moves it to ready. Called
// inside the transaction of the write that changed the work, so the move, its
// history row, its audit entry and its sync record commit with it or not at all;
// and after sync merged work from other desks, which may complete it.
// The vet's mail about the move is queued with it, where vet mail is sent from
// (see mail/status-mail.ts); the sender picks it up on its next round.

import type { Tx } from '../db/transaction';
import type { Actor, ServiceContext } from '../context';
import { protocolStatusAfterWork, type SlideStatus } from '../../src-shared/processing';
import type { ProtocolStatus } from '../../src-shared/status';
import { translate } from '../../src-shared/i18n/translate';
import { queueStatusMail } from '../mail/status-mail';
import { moveProtocolStatus } from '../protocols/move-status';

export async function followWork(
  tx: Tx,
  ctx: ServiceContext,
  actor: Actor,
  protocolId: string,
): Promise<ProtocolStatus> {
  const p = await tx
    .selectFrom('protocols')
    .select(['status', 'protocol_number', 'temporary_code'])
    .where('id', '=', protocolId)
    .executeTakeFirstOrThrow();
  const cassettes = await tx
    .selectFrom('cassettes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('protocol_id', '=', protocolId)
    .executeTakeFirstOrThrow();
  const liveSlides = await tx
    .selectFrom('slides')
    .select('status')
    .where('protocol_id', '=', protocolId)
    .where('replaced_by', 'is', null)
    .execute();

  const from = p.status as ProtocolStatus;
  const items = Number(cassettes.n) + liveSlides.length;
  let current = from;
  for (;;) {
    const next = protocolStatusAfterWork(current, items, liveSlides as { status: SlideStatus }[]);
    if (next === null || next === current) break;
    await moveStatus(tx, ctx, actor, protocolId, current, next);
    current = next;
  }
  if (current !== from) {
    ctx.log.info({ protocolId, from, to: current }, 'protocol status follows the bench');
  }
  return current;
}

async function moveStatus(
  tx: Tx,
  ctx: ServiceContext,
  actor: Actor,
  protocolId: string,
  from: ProtocolStatus,
  to: ProtocolStatus,
): Promise<void> {
  const reason = translate(
    'es-AR',
    to === 'processing' ? 'history.firstWork' : 'history.allSlidesReady',
  );
  await moveProtocolStatus(tx, ctx, actor, { protocolId, from, to, reason });
  await queueStatusMail(tx, ctx, protocolId, to);
}

/** Who moved a protocol whose work was completed by what other desks sent. */
export const SYNC_ACTOR: Actor = { userId: null, name: 'sincronización', roles: [] };
