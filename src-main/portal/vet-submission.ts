// What a protocol submitted from the portal takes from the vet who sends it:
// the veterinarian is always the caller's own record, whatever the form says,
// and the draft it came from (if named) is spent in the same transaction, so a
// submitted form never lingers as a draft and a draft is never sent twice.
//
// Forms arrive many at once (fifty vets at the end of a clinic's morning); each
// would take the server's write lock and wait for its own commit. Those that
// arrive while a batch is being written go together in the next one: one lock
// and one commit for all of them. A batch that fails is retried one form at a
// time, so a bad form fails alone.

import type { Actor, ServiceContext, VetPrincipal } from '../context';
import { writeTransaction } from '../db/transaction';
import { AppError } from '../../src-shared/errors';
import { normaliseEmail } from '../../src-shared/email-address';
import type { VeterinarianInput } from '../../src-shared/protocol-schema';
import { insertProtocols, type Submission, type Submitted } from '../protocols/submit';
import { draftNotFound, spendDrafts } from './drafts';

/** The veterinarian a protocol points to, as `protocols/submit.ts` files it. */
export interface SubmittingVeterinarian {
  id: string;
  name: string;
  email: string;
}

// The session already read the vet's record (names, address) to let the call in.
function portalVeterinarian(
  actor: Actor,
  vet: VetPrincipal,
  form: { veterinarian?: VeterinarianInput },
): SubmittingVeterinarian {
  // A form may repeat the vet's own block (a form filled offline, say), never
  // send in someone else's name.
  if (form.veterinarian && normaliseEmail(form.veterinarian.email) !== vet.email) {
    throw new AppError('FORBIDDEN', 'error.portal.otherVeterinarian');
  }
  return { id: vet.veterinarianId, name: actor.name, email: vet.email };
}

interface Waiting {
  actor: Actor;
  vet: VetPrincipal;
  form: Submission;
  veterinarian: SubmittingVeterinarian;
  settle(outcome: { ok: true; value: Submitted } | { ok: false; error: unknown }): void;
}

interface Queue {
  waiting: Waiting[];
  draining: boolean;
}

const MAX_BATCH = 100;
const queues = new WeakMap<ServiceContext, Queue>();

/** More than a busy clinic sends in a day; a vet who truly needs more calls the lab. */
export const MAX_PORTAL_SUBMISSIONS_PER_HOUR = 60;

// Counted before the queue, outside the write lock: forms sent at the same moment
// all pass before any is written, so a burst may end a little over the limit.
// It is there against a flood (a script gone wrong, a stolen session), not as a
// quota. Forms typed at the desk for the same record count too.
async function checkHourlyLimit(ctx: ServiceContext, vet: VetPrincipal): Promise<void> {
  const since = new Date(ctx.clock.now().getTime() - 3600_000).toISOString();
  const sent = await ctx.db
    .selectFrom('protocols')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('veterinarian_id', '=', vet.veterinarianId)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  if (Number(sent.count) < MAX_PORTAL_SUBMISSIONS_PER_HOUR) return;

  ctx.log.warn(
    { veterinarianId: vet.veterinarianId, count: Number(sent.count) },
    'portal submission refused: the hourly limit for the veterinarian was reached',
  );
  throw new AppError('RATE_LIMITED', 'error.portal.tooManySubmissions', {
    max: MAX_PORTAL_SUBMISSIONS_PER_HOUR,
  });
}

export async function submitFromPortal(
  ctx: ServiceContext,
  actor: Actor,
  form: Submission,
): Promise<Submitted> {
  const vet = actor.vet!;
  const veterinarian = portalVeterinarian(actor, vet, form);
  await checkHourlyLimit(ctx, vet);

  let queue = queues.get(ctx);
  if (!queue) queues.set(ctx, (queue = { waiting: [], draining: false }));
  const submitted = new Promise<Submitted>((resolve, reject) =>
    queue.waiting.push({
      actor,
      vet,
      form,
      veterinarian,
      settle: (outcome) => (outcome.ok ? resolve(outcome.value) : reject(outcome.error)),
    }),
  );
  if (!queue.draining) void drain(ctx, queue);
  return submitted;
}

async function drain(ctx: ServiceContext, queue: Queue): Promise<void> {
  queue.draining = true;
  try {
    while (queue.waiting.length > 0) {
      const batch = queue.waiting.splice(0, MAX_BATCH);
      try {
        await writeBatch(ctx, batch);
      } catch (error) {
        if (batch.length === 1) batch[0]!.settle({ ok: false, error });
        else
          for (const one of batch)
            await writeBatch(ctx, [one]).catch((e) => one.settle({ ok: false, error: e }));
      }
    }
  } finally {
    queue.draining = false;
  }
}

async function writeBatch(ctx: ServiceContext, batch: readonly Waiting[]): Promise<void> {
  const outcomes = await writeTransaction(ctx.db, async (tx) => {
    const named = batch.filter((item) => 'draftId' in item.form && item.form.draftId);
    const owned = await spendDrafts(
      tx,
      named.map((item) => ({ vet: item.vet, id: (item.form as { draftId: string }).draftId })),
    );
    const refused = new Set(named.filter((_, i) => !owned[i]));
    const accepted = batch.filter((item) => !refused.has(item));
    const submitted = await insertProtocols(tx, ctx, accepted);
    return batch.map((item) =>
      refused.has(item)
        ? ({ ok: false, error: draftNotFound() } as const)
        : ({ ok: true, value: submitted[accepted.indexOf(item)]! } as const),
    );
  });
  batch.forEach((item, i) => item.settle(outcomes[i]!));
}
