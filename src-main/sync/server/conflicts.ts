// Conflicts an admin sees and settles on the central server. Keeping the value
// that won only closes the conflict; choosing the value that lost writes it as
// a new edit from the server, which every workstation then pulls (never on a
// signed report, which only an amendment changes).

import { sql } from 'kysely';
import type { ConflictView } from '../../../src-shared/sync-contract';
import { AppError } from '../../../src-shared/errors';
import { formatLocalDateTime } from '../../../src-shared/calendar';
import { itemCode } from '../../../src-shared/processing';
import type { Actor, ServiceContext } from '../../context';
import { writeTransaction, type Tx } from '../../db/transaction';
import { protocolCode } from '../../processing/resolve';
import { appendAudit } from '../../audit/append';
import { ENTITIES, isSyncedEntity } from '../entities';
import { recordChanges } from '../record';
import { refreshSearchText, searchTextFor } from '../merge';
import { requireRole } from '../role';

function origin(hlc: string | null): string {
  return hlc ? (hlc.split(':')[2] ?? '') : '';
}

export async function listConflicts(
  ctx: ServiceContext,
  includeResolved: boolean,
): Promise<ConflictView[]> {
  requireRole(ctx, 'server');
  let query = ctx.db
    .selectFrom('sync_conflicts as c')
    .leftJoin('protocols as p', (join) =>
      join.onRef('p.id', '=', 'c.row_id').on('c.entity', '=', 'protocol'),
    )
    .leftJoin('users as u', (join) =>
      join.onRef('u.id', '=', 'c.row_id').on('c.entity', '=', 'user'),
    )
    .leftJoin('veterinarians as v', (join) =>
      join.onRef('v.id', '=', 'c.row_id').on('c.entity', '=', 'veterinarian'),
    )
    .leftJoin('cassettes as cs', (join) =>
      join.onRef('cs.id', '=', 'c.row_id').on('c.entity', '=', 'cassette'),
    )
    .leftJoin('slides as sl', (join) =>
      join.onRef('sl.id', '=', 'c.row_id').on('c.entity', '=', 'slide'),
    )
    .leftJoin('protocols as ip', (join) =>
      join.on((eb) =>
        eb.or([
          eb('ip.id', '=', eb.ref('cs.protocol_id')),
          eb('ip.id', '=', eb.ref('sl.protocol_id')),
        ]),
      ),
    )
    .leftJoin('report_drafts as rd', (join) =>
      join.onRef('rd.id', '=', 'c.row_id').on('c.entity', '=', 'report_draft'),
    )
    .leftJoin('report_versions as rv', (join) =>
      join.onRef('rv.id', '=', 'c.row_id').on('c.entity', '=', 'report_version'),
    )
    .leftJoin('report_images as ri', (join) =>
      join.onRef('ri.id', '=', 'c.row_id').on('c.entity', '=', 'report_image'),
    )
    .leftJoin('protocols as rp', (join) =>
      join.on((eb) =>
        eb('rp.id', '=', eb.fn.coalesce('rd.protocol_id', 'rv.protocol_id', 'ri.protocol_id')),
      ),
    )
    .selectAll('c')
    .select([
      'p.protocol_number',
      'p.temporary_code',
      'u.email as user_email',
      'v.email as vet_email',
      'cs.number as cassette_number',
      'sl.number as slide_number',
      'ip.protocol_number as item_protocol_number',
      'ip.temporary_code as item_temporary_code',
      'rp.protocol_number as report_protocol_number',
      'rp.temporary_code as report_temporary_code',
    ])
    // A double reception or a lost number must never hide behind many field edits.
    .orderBy(sql`case when c.kind = 'field' then 1 else 0 end`)
    .orderBy('c.detected_at', 'desc')
    .limit(500);
  if (!includeResolved) query = query.where('c.resolved_at', 'is', null);

  const rows = await query.execute();
  const devices = new Map(
    (await ctx.db.selectFrom('devices').select(['id', 'name']).execute()).map((d) => [
      d.id,
      d.name,
    ]),
  );
  // A clock names the node that made it, a random id a workstation picks
  // before it is ever enrolled; the change that carried the clock names the
  // device that pushed it.
  const clocks = [
    ...new Set(rows.flatMap((c) => [c.kept_hlc, c.lost_hlc]).filter((h) => h !== null)),
  ];
  const pushedBy = new Map(
    clocks.length === 0
      ? []
      : (
          await ctx.db
            .selectFrom('sync_changes')
            .select(['hlc', 'origin'])
            .where('hlc', 'in', clocks)
            .execute()
        ).map((r) => [r.hlc, r.origin]),
  );
  const who = (hlc: string | null) => {
    const node = (hlc && pushedBy.get(hlc)) ?? origin(hlc);
    return devices.get(node) ?? (node === 'server' ? 'servidor central' : node);
  };

  return rows.map((c) => ({
    id: c.id,
    kind: c.kind,
    entity: c.entity,
    rowId: c.row_id,
    label:
      c.protocol_number ??
      c.temporary_code ??
      c.user_email ??
      c.vet_email ??
      itemLabel(c) ??
      // A report's draft, version or picture is known by its protocol's code.
      c.report_protocol_number ??
      c.report_temporary_code ??
      c.row_id,
    field: c.field,
    keptValue: c.kept_value === null ? null : (JSON.parse(c.kept_value) as unknown),
    lostValue: c.lost_value === null ? null : (JSON.parse(c.lost_value) as unknown),
    keptBy: who(c.kept_hlc),
    lostBy: who(c.lost_hlc),
    detectedAt: c.detected_at,
    resolvedAt: c.resolved_at,
    resolvedBy: c.resolved_by,
    resolution: c.resolution,
  }));
}

/** A cassette or slide by its code, as printed on it. */
function itemLabel(c: {
  cassette_number: number | null;
  slide_number: number | null;
  item_protocol_number: string | null;
  item_temporary_code: string | null;
}): string | null {
  const protocol = c.item_protocol_number ?? c.item_temporary_code;
  if (protocol === null) return null;
  if (c.cassette_number !== null) return itemCode(protocol, 'cassette', c.cassette_number);
  if (c.slide_number !== null) return itemCode(protocol, 'slide', c.slide_number);
  return null;
}

export async function resolveConflict(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  keep: 'kept' | 'lost',
) {
  requireRole(ctx, 'server');
  await writeTransaction(ctx.db, async (tx) => {
    const c = await tx
      .selectFrom('sync_conflicts')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!c) throw new AppError('NOT_FOUND', 'error.conflictNotFound');
    if (c.resolved_at) {
      throw new AppError('CONFLICT', 'error.conflictResolved', {
        when: formatLocalDateTime(c.resolved_at, ctx.timeZone),
        by: c.resolved_by ?? '',
      });
    }
    // Only a plain field can take the other value back: a status never moves
    // backwards, and a second reception or number is settled at the bench.
    if (keep === 'lost') {
      if (c.kind !== 'field' || !c.field || !isSyncedEntity(c.entity)) {
        throw new AppError('CONFLICT', 'error.conflictOnlyAcknowledge');
      }
      await refuseSignedReport(tx, c.entity, c.row_id);
      const value = c.lost_value === null ? null : (JSON.parse(c.lost_value) as unknown);
      const table = ENTITIES[c.entity].table;
      const set: Record<string, unknown> = { [c.field]: value };
      await tx
        .updateTable(table as 'protocols')
        .set(set)
        .where('id', '=', c.row_id)
        .execute();
      // Search text is built from these values: rebuilt here as on every desk.
      if (c.entity === 'protocol') {
        const row = await tx
          .selectFrom('protocols')
          .selectAll()
          .where('id', '=', c.row_id)
          .executeTakeFirstOrThrow();
        await tx
          .updateTable('protocols')
          .set({ search_text: await searchTextFor(tx, row) })
          .where('id', '=', c.row_id)
          .execute();
      }
      if (c.entity === 'veterinarian') await refreshSearchText(tx, c.row_id);
      await recordChanges(tx, ctx, [
        { entity: c.entity, rowId: c.row_id, data: { [c.field]: value }, isNew: false },
      ]);
    }
    const now = ctx.clock.now().toISOString();
    await tx
      .updateTable('sync_conflicts')
      .set({ resolved_at: now, resolved_by: actor.name, resolution: keep })
      .where('id', '=', id)
      .execute();
    await appendAudit(tx, ctx.clock, actor, {
      action: 'sync.conflict_resolved',
      entityType: c.entity,
      entityId: c.row_id,
      details: { conflict: id, kind: c.kind, field: c.field, keep },
    });
  });
  return { ok: true as const };
}

/**
 * What a signature fixed is changed only by an amendment, which leaves the
 * signed version as it was: a signed draft, or a version, never takes back a
 * value that lost. The text stays in the conflict for the amendment to use.
 */
async function refuseSignedReport(tx: Tx, entity: string, rowId: string): Promise<void> {
  let signed: { protocol_id: string } | undefined;
  if (entity === 'report_draft') {
    signed = await tx
      .selectFrom('report_drafts')
      .select('protocol_id')
      .where('id', '=', rowId)
      .where('signed_version_id', 'is not', null)
      .executeTakeFirst();
  } else if (entity === 'report_version') {
    signed = await tx
      .selectFrom('report_versions')
      .select('protocol_id')
      .where('id', '=', rowId)
      .executeTakeFirst();
  }
  if (!signed) return;
  const protocol = await tx
    .selectFrom('protocols')
    .select(['protocol_number', 'temporary_code'])
    .where('id', '=', signed.protocol_id)
    .executeTakeFirst();
  throw new AppError('CONFLICT', 'error.conflictSignedReport', {
    protocol: protocol ? protocolCode(protocol) : '',
  });
}
