// The pathologist's queue: protocols whose slides are ready, the one waiting
// longest first (by when it became ready, then by reception), with how many days
// have passed since the sample arrived. On request it also lists protocols still
// at the bench, whose report may be drafted early. A protocol whose report went
// out leaves the queue, and comes back while an amendment of it is open.
// A handful of queries however long the queue, never one per protocol.

import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Actor } from '../context';
import type { MethodParsedInput } from '../../src-shared/contract';
import type { QueueItem, ReportState } from '../../src-shared/report-contract';
import type { ProtocolStatus } from '../../src-shared/status';
import { localDate } from '../../src-shared/calendar';
import { parseRoles } from '../accounts/users';
import { protocolCode } from '../processing/resolve';
import { EARLY } from './reportable';
import { standingVersions } from './report-rows';

type Eb = ExpressionBuilder<Database & { p: Database['protocols'] }, 'p'>;

function readyAt(eb: Eb) {
  return eb
    .selectFrom('status_history as h')
    .select((h) => h.fn.min<string | null>('h.changed_at').as('at'))
    .whereRef('h.protocol_id', '=', 'p.id')
    .where('h.to_status', '=', 'ready')
    .$asScalar();
}

/** Whole days on the lab's calendar from one instant to another. */
function daysBetween(fromIso: string, to: Date, timeZone: string): number {
  const start = localDate(new Date(fromIso), timeZone);
  const end = localDate(to, timeZone);
  const utc = (d: { year: number; month: number; day: number }) =>
    Date.UTC(d.year, d.month - 1, d.day);
  return Math.round((utc(end) - utc(start)) / 86_400_000);
}

export interface QueueOptions {
  kind?: 'histopathology' | 'cytology' | undefined;
  pathologist?: string | undefined;
  includeEarlier?: boolean;
  limit?: number;
  /** Only these protocols, whatever their status (one row after a change). */
  ids?: readonly string[];
}

export async function loadQueue(
  db: Kysely<Database>,
  actor: Actor,
  input: MethodParsedInput<'reports.queue'>,
  now: Date,
  timeZone: string,
) {
  const { items, total } = await queueRows(db, actor, input, now, timeZone);
  const users = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'roles'])
    .where('active', '=', 1)
    .orderBy('display_name')
    .execute();
  const pathologists = users
    .filter((u) => parseRoles(u.roles).includes('pathologist'))
    .map((u) => ({ id: u.id, name: u.display_name }));
  return { items, total, pathologists };
}

export async function queueRows(
  db: Kysely<Database>,
  actor: Actor,
  options: QueueOptions,
  now: Date,
  timeZone: string,
): Promise<{ items: QueueItem[]; total: number }> {
  const statuses: ProtocolStatus[] = ['ready', ...(options.includeEarlier ? EARLY : [])];
  let query = db.selectFrom('protocols as p');
  if (options.ids) {
    query = query.where('p.id', 'in', options.ids.length ? options.ids : ['']);
  } else {
    query = query.where((eb) =>
      eb.or([
        eb('p.status', 'in', statuses),
        eb.and([
          eb('p.status', '=', 'report_sent'),
          eb.exists(
            eb
              .selectFrom('report_drafts as d')
              .select('d.id')
              .whereRef('d.protocol_id', '=', 'p.id')
              .where('d.signed_version_id', 'is', null),
          ),
        ]),
      ]),
    );
  }
  if (options.kind) query = query.where('p.kind', '=', options.kind);
  const who = options.pathologist;
  if (who === 'unassigned') query = query.where('p.pathologist_id', 'is', null);
  else if (who === 'mine') {
    query = actor.userId
      ? query.where('p.pathologist_id', '=', actor.userId)
      : query.where(sql<boolean>`1 = 0`);
  } else if (who) query = query.where('p.pathologist_id', '=', who);

  const total = await query
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .innerJoin('veterinarians as v', 'v.id', 'p.veterinarian_id')
    .leftJoin('users as u', 'u.id', 'p.pathologist_id')
    .select((eb) => [
      'p.id',
      'p.kind',
      'p.status',
      'p.protocol_number',
      'p.temporary_code',
      'p.animal_species',
      'p.received_at',
      'p.pathologist_id',
      'v.first_name',
      'v.last_name',
      'u.display_name as pathologist_name',
      readyAt(eb).as('ready_at'),
    ])
    // Not ready yet (drafted early) after every ready one; PostgreSQL cannot
    // order by an expression over a column alias, so the date is asked again.
    .orderBy((eb) => eb.fn.coalesce(readyAt(eb), sql<string>`'9999'`))
    .orderBy('p.received_at')
    .orderBy('p.id')
    .limit(options.limit ?? 300)
    .execute();

  const ids = rows.map((r) => r.id);
  const drafts = ids.length
    ? await db
        .selectFrom('report_drafts')
        .select(['id', 'protocol_id', 'signed_version_id'])
        .where('protocol_id', 'in', ids)
        .execute()
    : [];
  const versions = ids.length
    ? await db
        .selectFrom('report_versions')
        .select(['id', 'protocol_id', 'draft_id', 'version', 'signed_at'])
        .where('protocol_id', 'in', ids)
        .orderBy('version')
        .orderBy('signed_at')
        .orderBy('id')
        .execute()
    : [];

  const items = rows.map((r): QueueItem => {
    const own = drafts.filter((d) => d.protocol_id === r.id);
    // The turnaround ends at the first signature that stands, not at one that lost.
    const first = standingVersions(
      versions.filter((v) => v.protocol_id === r.id),
      own,
    )[0];
    const signed = first?.signed_at ?? null;
    let report: ReportState = 'none';
    if (own.some((d) => d.signed_version_id === null)) report = 'draft';
    else if (signed) report = r.status === 'report_sent' ? 'sent' : 'signed';
    const until = signed ? new Date(signed) : now;
    return {
      protocolId: r.id,
      code: protocolCode(r),
      kind: r.kind,
      status: r.status as ProtocolStatus,
      species: r.animal_species,
      veterinarianName: `${r.first_name} ${r.last_name}`,
      receivedAt: r.received_at,
      readyAt: r.ready_at ?? null,
      turnaroundDays: r.received_at ? daysBetween(r.received_at, until, timeZone) : null,
      pathologistId: r.pathologist_id,
      pathologistName: r.pathologist_name ?? null,
      report,
    };
  });
  return { items, total: Number(total.n) };
}
