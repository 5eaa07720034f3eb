// Applies one change from another node to this database. Every node applies
// the same rules, so copies that saw the same changes in any order hold the
// same values:
// - an editable field takes the value with the later clock (ties by node);
//   if the change was made without seeing the value it replaces, the loser is
//   a conflict;
// - a protocol's status, a slide's status and an item's stage only move forward;
// - a protocol number, once given, is kept: two different numbers for one
//   protocol (received at two desks offline) keep the first and raise a conflict;
// - a value two rows may not share (a temporary code, an email) stays with the
//   row that had it first, and the other row is marked;
// - a row made at two desks at once keeps the first one's creation date;
// - append-only rows are inserted once; one made at two desks keeps its earliest copy;
// - a signed version is never rewritten, and a signed report's draft never changes
//   again: the central server keeps the first signature to reach it, whatever the
//   clocks say, and a desk gives up the signature it holds only for the server's
//   word; what an edit or a later signature would have changed is kept as a
//   conflict instead (see settleSignedDraft).
// Text derived from synced values (a protocol's search text) is rebuilt
// wherever one of those values changes, so it agrees everywhere too.

import type { Kysely } from 'kysely';
import type { Tx } from '../db/transaction';
import type { ConflictKind } from '../db/schema';
import type { ServiceContext } from '../context';
import type { WireChange } from '../../src-shared/sync-wire';
import { ENTITIES, type SyncedEntity } from './entities';
import { fieldClock, readClocks, writeClocks, type FieldClocks } from './clocks';
import { noteConflict } from './conflicts';
import { SERVER_NODE } from './state';
import { protocolSearchText } from '../protocols/submit';
import { slideStatusRank, stageRank } from '../../src-shared/processing';
import { SYNC_ACTOR } from '../processing/follow-status';
import { parseHlc } from '../../src-shared/hlc';

type Row = Record<string, unknown>;
type LooseDb = Kysely<Record<string, Row>>;

const STATUS_RANK: Record<string, number> = {
  draft: 0,
  submitted: 1,
  rejected: 2,
  received: 3,
  processing: 4,
  ready: 5,
  report_sent: 6,
};
const RECEIVED = STATUS_RANK.received!;
const rank = (status: unknown) => STATUS_RANK[status as string] ?? 0;

/** Columns no two rows may share, checked before writing so a clash is a conflict, not a crash. */
export const UNIQUE: Partial<Record<SyncedEntity, readonly string[]>> = {
  protocol: ['temporary_code', 'protocol_number'],
  veterinarian: ['email'],
  user: ['email'],
  stain: ['name'],
};

/**
 * The value with the earliest clock wins, so it is never replaced by a later
 * one. Two protocol numbers for one protocol are a double reception an admin
 * must see; the others are bookkeeping.
 */
const FIRST_WINS = new Set([
  'protocol.protocol_number',
  'protocol.received_at',
  'protocol.created_at',
  'veterinarian.created_at',
  'user.created_at',
  'report_draft.created_at',
  'report_draft.created_by',
  'signature_image.created_at',
]);

/**
 * Where the bench's work stands only moves forward, whichever desk's record
 * arrives last: a slide made ready at one desk stays ready when an older
 * "mounted" comes in from another.
 */
const FORWARD_ONLY: Record<string, (value: unknown) => number> = {
  'slide.status': (value) => slideStatusRank(String(value)),
  'slide.stage': (value) => stageRank(value === null ? null : String(value)),
  'cassette.stage': (value) => stageRank(value === null ? null : String(value)),
};

/** Bookkeeping, not data a person typed: the later value wins without a conflict. */
const SILENT = new Set(['updated_at', 'report_draft.updated_by']);

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

export async function applyChange(
  tx: Tx,
  ctx: ServiceContext,
  change: WireChange,
): Promise<{ conflicts: number }> {
  const spec = ENTITIES[change.entity];
  const data: Row = {};
  for (const field of spec.fields) {
    if (field in change.data) data[field] = change.data[field];
  }
  if (spec.merge === 'append') return applyAppend(tx, ctx, change, data);
  if (spec.merge === 'reception') return applyReception(tx, ctx, change, data);
  return applyRow(tx, ctx, change, data);
}

async function loadRow(tx: Tx, table: string, id: string): Promise<Row | undefined> {
  return (tx as unknown as LooseDb)
    .selectFrom(table)
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The rows a change refers to, by the column that names each. */
const PARENTS: readonly { field: string; table: string }[] = [
  { field: 'protocol_id', table: 'protocols' },
  { field: 'veterinarian_id', table: 'veterinarians' },
  { field: 'user_id', table: 'users' },
  { field: 'draft_id', table: 'report_drafts' },
];

async function parentsExist(tx: Tx, data: Row): Promise<boolean> {
  for (const { field, table } of PARENTS) {
    const id = data[field];
    if (typeof id === 'string' && !(await loadRow(tx, table, id))) return false;
  }
  return true;
}

async function applyAppend(tx: Tx, ctx: ServiceContext, change: WireChange, data: Row) {
  const table = ENTITIES[change.entity].table;
  const existing = await loadRow(tx, table, change.rowId);
  if (existing && change.entity === 'report_version') {
    return { conflicts: await noteVersionRewrite(tx, ctx, change, existing, data) };
  }
  if (existing) {
    // The same record made at two desks (one id for one event): the earliest
    // copy is kept everywhere, whichever arrived first.
    const held = (await readClocks(tx, change.entity, change.rowId))?.['*'] ?? '';
    if (held !== '' && change.hlc < held) {
      await (tx as unknown as LooseDb)
        .updateTable(table)
        .set(data)
        .where('id', '=', change.rowId)
        .execute();
      await writeClocks(tx, change.entity, change.rowId, { '*': change.hlc });
    }
    return { conflicts: 0 };
  }
  if (!(await parentsExist(tx, data))) {
    ctx.log.warn({ entity: change.entity, rowId: change.rowId }, 'sync change for a missing row');
    return { conflicts: 0 };
  }
  await (tx as unknown as LooseDb)
    .insertInto(table)
    .values({ id: change.rowId, ...data })
    .execute();
  await writeClocks(tx, change.entity, change.rowId, { '*': change.hlc });
  // Two desks that signed one draft offline made two versions with one number:
  // both were signed and both stay, and the clash is shown.
  if (change.entity === 'report_version') {
    return { conflicts: await noteSameNumber(tx, ctx, change, data, 'version') };
  }
  return { conflicts: 0 };
}

// A reception that was received outranks a rejection; then the earlier one wins.
function receptionRank(outcome: unknown, hlc: string): string {
  return `${outcome === 'received' ? 0 : 1}:${hlc}`;
}

async function applyReception(tx: Tx, ctx: ServiceContext, change: WireChange, data: Row) {
  const loose = tx as unknown as LooseDb;
  if (await loadRow(tx, 'receptions', change.rowId)) return { conflicts: 0 };
  if (!(await parentsExist(tx, data))) {
    ctx.log.warn({ rowId: change.rowId }, 'sync reception for a missing protocol');
    return { conflicts: 0 };
  }

  const existing = await loose
    .selectFrom('receptions')
    .selectAll()
    .where('protocol_id', '=', data.protocol_id as string)
    .executeTakeFirst();
  if (!existing) {
    await loose
      .insertInto('receptions')
      .values({ id: change.rowId, ...data })
      .execute();
    await writeClocks(tx, 'reception', change.rowId, { '*': change.hlc });
    return { conflicts: 0 };
  }

  const existingId = existing.id as string;
  const existingHlc = (await readClocks(tx, 'reception', existingId))?.['*'] ?? '';
  const incomingWins =
    receptionRank(data.outcome, change.hlc) < receptionRank(existing.outcome, existingHlc);
  if (incomingWins) {
    await loose.deleteFrom('receptions').where('id', '=', existingId).execute();
    await loose
      .insertInto('receptions')
      .values({ id: change.rowId, ...data })
      .execute();
    await writeClocks(tx, 'reception', change.rowId, { '*': change.hlc });
  }
  const conflicts = await noteConflict(tx, ctx, {
    kind: 'double_reception',
    entity: 'protocol',
    rowId: data.protocol_id as string,
    field: null,
    kept: incomingWins ? { id: change.rowId, ...data } : existing,
    lost: incomingWins ? existing : { id: change.rowId, ...data },
    keptHlc: incomingWins ? change.hlc : existingHlc,
    lostHlc: incomingWins ? existingHlc : change.hlc,
  });
  return { conflicts };
}

async function uniqueHolder(
  tx: Tx,
  table: string,
  field: string,
  value: unknown,
  rowId: string,
): Promise<string | null> {
  if (value === null || value === undefined) return null;
  const holder = await (tx as unknown as LooseDb)
    .selectFrom(table)
    .select('id')
    .where(field, '=', value)
    .where('id', '<>', rowId)
    .executeTakeFirst();
  return holder ? (holder.id as string) : null;
}

/**
 * A value about to be written that another row already holds. The row whose
 * clock for it is earlier keeps it, on every node whichever arrived first; the
 * other is marked (a number is taken away, to be given again at its desk).
 * Returns the value to write for the incoming row.
 */
async function settleUnique(
  tx: Tx,
  ctx: ServiceContext,
  change: WireChange,
  field: string,
  value: unknown,
): Promise<{ value: unknown; conflicts: number }> {
  const { entity, rowId, hlc } = change;
  const table = ENTITIES[entity].table;
  const holder = await uniqueHolder(tx, table, field, value, rowId);
  if (!holder) return { value, conflicts: 0 };

  const holderHlc = fieldClock((await readClocks(tx, entity, holder)) ?? {}, field) ?? '';
  const incomingKeeps = holderHlc !== '' && hlc < holderHlc;
  const loser = incomingKeeps ? holder : rowId;
  const marked = field === 'protocol_number' ? null : `${String(value)}~${loser.slice(-6)}`;
  const conflicts = await noteConflict(tx, ctx, {
    kind: field === 'protocol_number' ? 'duplicate_number' : 'field',
    entity,
    rowId: loser,
    field,
    kept: { holder: incomingKeeps ? rowId : holder, value },
    lost: value,
    keptHlc: incomingKeeps ? hlc : holderHlc || null,
    lostHlc: incomingKeeps ? holderHlc : hlc,
  });
  if (!incomingKeeps) return { value: marked, conflicts };

  const held = (await loadRow(tx, table, holder))!;
  const set: Row = { [field]: marked };
  if (entity === 'protocol') set.search_text = await searchTextFor(tx, { ...held, ...set });
  await (tx as unknown as LooseDb).updateTable(table).set(set).where('id', '=', holder).execute();
  return { value, conflicts };
}

async function applyRow(tx: Tx, ctx: ServiceContext, change: WireChange, data: Row) {
  const { entity, rowId, hlc } = change;
  const table = ENTITIES[entity].table;
  const loose = tx as unknown as LooseDb;
  let conflicts = 0;

  const current = await loadRow(tx, table, rowId);
  if (!current) {
    // An edit of a row this node never received cannot make the row: it is
    // skipped, not allowed to stop the whole page.
    if (change.base !== null || !(await parentsExist(tx, data))) {
      ctx.log.warn({ entity, rowId }, 'sync change for a missing row');
      return { conflicts };
    }
    if (entity === 'report_image' && (await draftSigned(tx, data.draft_id))) {
      return { conflicts: await noteImageRefused(tx, ctx, change, null, data) };
    }
    for (const field of UNIQUE[entity] ?? []) {
      if (!(field in data)) continue;
      const settled = await settleUnique(tx, ctx, change, field, data[field]);
      data[field] = settled.value;
      conflicts += settled.conflicts;
    }
    await loose
      .insertInto(table)
      .values(await newRow(tx, entity, rowId, data))
      .execute();
    await writeClocks(tx, entity, rowId, { '*': hlc });
    if (entity === 'cassette' || entity === 'slide') {
      conflicts += await noteSameNumber(tx, ctx, change, data);
    }
    return { conflicts };
  }

  if (entity === 'report_draft') {
    const settled = await settleSignedDraft(tx, ctx, change, current, data);
    if (settled) return settled;
  }
  if (entity === 'report_image' && (await draftSigned(tx, current.draft_id))) {
    return { conflicts: await noteImageRefused(tx, ctx, change, current, data) };
  }

  const clocks: FieldClocks = (await readClocks(tx, entity, rowId)) ?? {};
  const set: Row = {};
  for (const [field, value] of Object.entries(data)) {
    const stored = fieldClock(clocks, field) ?? '';
    const now = current[field];
    const key = `${entity}.${field}`;
    const clash = (kind: ConflictKind, incomingWins: boolean) =>
      noteConflict(tx, ctx, {
        kind,
        entity,
        rowId,
        field,
        kept: incomingWins ? value : now,
        lost: incomingWins ? now : value,
        keptHlc: incomingWins ? hlc : stored,
        lostHlc: incomingWins ? stored : hlc,
      });

    if (key === 'protocol.status') {
      const forward = rank(value) > rank(now);
      const rejectedMeetsReceived =
        (value === 'rejected' && rank(now) >= RECEIVED) ||
        (now === 'rejected' && rank(value) >= RECEIVED);
      if (rejectedMeetsReceived) conflicts += await clash('status', forward);
      if (forward) set[field] = value;
      if (hlc > stored) clocks[field] = hlc;
      continue;
    }

    const forwardRank = FORWARD_ONLY[key];
    if (forwardRank) {
      if (forwardRank(value) > forwardRank(now)) set[field] = value;
      if (hlc > stored) clocks[field] = hlc;
      continue;
    }

    if (FIRST_WINS.has(key)) {
      if (value === null || same(value, now)) continue;
      const incomingFirst = now === null || hlc < stored;
      if (now !== null && key === 'protocol.protocol_number') {
        conflicts += await clash('double_reception', incomingFirst);
      }
      if (incomingFirst) {
        set[field] = value;
        clocks[field] = hlc;
      }
      continue;
    }

    if (hlc === stored) continue;
    const incomingWins = hlc > stored;
    const sawCurrent = change.base?.[field] === stored;
    const silent = SILENT.has(field) || SILENT.has(key);
    if (!same(value, now) && !(incomingWins && sawCurrent) && !silent) {
      conflicts += await clash('field', incomingWins);
    }
    if (incomingWins) {
      set[field] = value;
      clocks[field] = hlc;
    }
  }

  for (const field of UNIQUE[entity] ?? []) {
    if (!(field in set)) continue;
    const settled = await settleUnique(tx, ctx, change, field, set[field]);
    set[field] = settled.value;
    conflicts += settled.conflicts;
  }

  if (Object.keys(set).length > 0) {
    if (entity === 'protocol') {
      set.search_text = await searchTextFor(tx, { ...current, ...set });
    }
    await loose.updateTable(table).set(set).where('id', '=', rowId).execute();
    if (entity === 'veterinarian' && VET_SEARCHED.some((f) => f in set)) {
      await refreshSearchText(tx, rowId);
    }
  }
  await writeClocks(tx, entity, rowId, clocks);
  return { conflicts };
}

/**
 * Two desks that worked one protocol offline may each have made its next
 * cassette or slide. Both are real objects on the bench, so both rows stay;
 * the clash is shown so that one of them is voided and labelled again.
 * Report versions are numbered the same way, in `version`.
 */
async function noteSameNumber(
  tx: Tx,
  ctx: ServiceContext,
  change: WireChange,
  data: Row,
  column: 'number' | 'version' = 'number',
) {
  const table = ENTITIES[change.entity].table;
  const other = await (tx as unknown as LooseDb)
    .selectFrom(table)
    .select('id')
    .where('protocol_id', '=', data.protocol_id as string)
    .where(column, '=', data[column] as number)
    .where('id', '<>', change.rowId)
    .executeTakeFirst();
  if (!other) return 0;
  const otherHlc = (await readClocks(tx, change.entity, other.id as string))?.['*'] ?? null;
  return noteConflict(tx, ctx, {
    kind: 'field',
    entity: change.entity,
    rowId: change.rowId,
    field: column,
    kept: { holder: other.id, value: data[column] },
    lost: data[column],
    keptHlc: otherHlc,
    lostHlc: change.hlc,
  });
}

/**
 * A signed version arriving again under its id. It was signed once, with the bytes its hashes
 * name, so no copy replaces it, whatever its clock: one that differs is kept as a conflict.
 */
async function noteVersionRewrite(
  tx: Tx,
  ctx: ServiceContext,
  change: WireChange,
  held: Row,
  data: Row,
): Promise<number> {
  if (Object.entries(data).every(([field, value]) => same(value, held[field]))) return 0;
  const fingerprint = (row: Row) => ({
    contentSha256: row.content_sha256 ?? null,
    pdfSha256: row.pdf_sha256 ?? null,
  });
  ctx.log.warn({ rowId: change.rowId }, 'another copy of a signed report version refused');
  return noteConflict(tx, ctx, {
    kind: 'field',
    entity: 'report_version',
    rowId: change.rowId,
    field: null,
    kept: fingerprint(held),
    lost: fingerprint(data),
    keptHlc: (await readClocks(tx, 'report_version', change.rowId))?.['*'] ?? null,
    lostHlc: change.hlc,
  });
}

/** What a person wrote in a report's draft; the rest is bookkeeping. */
const DRAFT_CONTENT = [
  'macroscopic',
  'microscopic',
  'microscopic_items',
  'diagnosis',
  'comments',
  'amendment_reason',
];

/**
 * A report's draft once it is signed, or as a signature reaches it. The signing desk sends
 * the whole draft as signed with its signature.
 *
 * The central server arbitrates between signatures: the first to reach it stands, and one
 * that arrives after it never replaces it, whatever its clock (a clock is the desk's word, and
 * a desk could stamp one before the real signature); what it would have changed is kept as a
 * conflict, and the server then records the draft again as it stands, stamped with its own
 * clock (sync/server/signatures.ts). A desk takes the first signature it sees and gives it up
 * only for the server's word, a change the server stamped: two desks that signed offline each
 * keep their own until they learn the server's, and then every copy holds the server's, the
 * losing desk seeing what it lost as a conflict. A rival signature from another desk is left
 * for the server to settle.
 *
 * Nothing else changes a signed draft: an edit made at a desk that had not seen the signature
 * is not applied, and what it said is kept as a conflict. Answers null when neither side is
 * signed: the ordinary merge.
 */
async function settleSignedDraft(
  tx: Tx,
  ctx: ServiceContext,
  change: WireChange,
  current: Row,
  data: Row,
): Promise<{ conflicts: number } | null> {
  const held = (current.signed_version_id ?? null) as string | null;
  const incoming = (data.signed_version_id ?? null) as string | null;
  if (held === null && incoming === null) return null;
  if (incoming === held) return { conflicts: 0 };
  if (incoming !== null && !(await versionOfDraft(tx, incoming, change.rowId))) {
    ctx.log.warn(
      { rowId: change.rowId, versionId: incoming },
      'report draft signed with a version not its own: ignored',
    );
    return { conflicts: 0 };
  }

  const clocks: FieldClocks = (await readClocks(tx, 'report_draft', change.rowId)) ?? {};
  const serversWord = ctx.role !== 'server' && stampedByServer(change.hlc);
  const incomingStands = incoming !== null && (held === null || serversWord);
  const lose = (field: string, kept: unknown, lost: unknown, keptHlc: string, lostHlc: string) =>
    noteConflict(tx, ctx, {
      kind: 'field',
      entity: 'report_draft',
      rowId: change.rowId,
      field,
      kept,
      lost,
      keptHlc,
      lostHlc,
    });

  let conflicts = 0;
  if (!incomingStands) {
    if (incoming !== null && ctx.role !== 'server') return { conflicts };
    for (const field of [...DRAFT_CONTENT, 'signed_version_id']) {
      if (!(field in data) || data[field] === null || same(data[field], current[field])) continue;
      const keptHlc = fieldClock(clocks, field) ?? '';
      conflicts += await lose(field, current[field], data[field], keptHlc, change.hlc);
    }
    return { conflicts };
  }

  const set: Row = {};
  for (const [field, value] of Object.entries(data)) {
    const replacedHlc = fieldClock(clocks, field) ?? '';
    clocks[field] = change.hlc;
    if (same(value, current[field])) continue;
    set[field] = value;
    const replaced = field === 'signed_version_id' ? held !== null : DRAFT_CONTENT.includes(field);
    if (!replaced) continue;
    if (held !== null) await closeOverturned(tx, ctx, change.rowId, field, current[field]);
    conflicts += await lose(field, value, current[field], change.hlc, replacedHlc);
  }
  if (Object.keys(set).length > 0) {
    await (tx as unknown as LooseDb)
      .updateTable('report_drafts')
      .set(set)
      .where('id', '=', change.rowId)
      .execute();
  }
  await writeClocks(tx, 'report_draft', change.rowId, clocks);
  return { conflicts };
}

/**
 * At a desk whose own signature gave way to the server's: what it noted while its signature
 * stood says its text was kept, which is no longer so. Those records are closed as the other
 * value having been taken, and the conflict noted next says what this desk lost.
 */
async function closeOverturned(
  tx: Tx,
  ctx: ServiceContext,
  rowId: string,
  field: string,
  keptBefore: unknown,
): Promise<void> {
  await tx
    .updateTable('sync_conflicts')
    .set({
      resolved_at: ctx.clock.now().toISOString(),
      resolved_by: SYNC_ACTOR.name,
      resolution: 'lost',
    })
    .where('entity', '=', 'report_draft')
    .where('row_id', '=', rowId)
    .where('field', '=', field)
    .where('kept_value', '=', JSON.stringify(keptBefore ?? null))
    .where('resolved_at', 'is', null)
    .execute();
}

/** A change the central server stamped: devices may not use its name (sync/server/push.ts). */
function stampedByServer(hlc: string): boolean {
  return parseHlc(hlc).node === SERVER_NODE;
}

/** Whether a signed version is one of this draft's: a draft is never signed with another's. */
async function versionOfDraft(tx: Tx, versionId: string, draftId: string): Promise<boolean> {
  const version = await loadRow(tx, 'report_versions', versionId);
  return version !== undefined && version.draft_id === draftId;
}

async function draftSigned(tx: Tx, draftId: unknown): Promise<boolean> {
  if (typeof draftId !== 'string') return false;
  const draft = await loadRow(tx, 'report_drafts', draftId);
  return draft !== undefined && draft.signed_version_id !== null;
}

/**
 * An image added, removed or recaptioned at a desk that had not seen its
 * report signed: not applied, and kept as a conflict (without the picture
 * itself, which stays at that desk: the signed version names it by SHA-256).
 */
async function noteImageRefused(
  tx: Tx,
  ctx: ServiceContext,
  change: WireChange,
  current: Row | undefined | null,
  data: Row,
): Promise<number> {
  const describe = (row: Row) => ({
    caption: row.caption ?? null,
    sha256: row.sha256 ?? null,
    removedAt: row.removed_at ?? null,
  });
  const held = current ? describe(current) : null;
  const sent = describe({ ...(current ?? {}), ...data });
  if (held && JSON.stringify(held) === JSON.stringify(sent)) return 0;
  const clocks = current ? await readClocks(tx, 'report_image', change.rowId) : null;
  return noteConflict(tx, ctx, {
    kind: 'field',
    entity: 'report_image',
    rowId: change.rowId,
    field: null,
    kept: held,
    lost: sent,
    keptHlc: clocks?.['*'] ?? null,
    lostHlc: change.hlc,
  });
}

/** The veterinarian's columns a protocol is found by. */
const VET_SEARCHED = ['first_name', 'last_name', 'email'];

/** A veterinarian's name merged to another spelling: their protocols are found by the new one. */
export async function refreshSearchText(tx: Tx, veterinarianId: string): Promise<void> {
  const protocols = await tx
    .selectFrom('protocols')
    .selectAll()
    .where('veterinarian_id', '=', veterinarianId)
    .execute();
  for (const p of protocols) {
    const text = await searchTextFor(tx, p as unknown as Row);
    if (text === p.search_text) continue;
    await tx.updateTable('protocols').set({ search_text: text }).where('id', '=', p.id).execute();
  }
}

/** A row arriving for the first time: the columns that stay local get their fresh values. */
async function newRow(tx: Tx, entity: SyncedEntity, id: string, data: Row): Promise<Row> {
  if (entity === 'user') return { id, ...data, failed_attempts: 0, locked_until: null };
  if (entity === 'protocol') return { id, ...data, search_text: await searchTextFor(tx, data) };
  return { id, ...data };
}

export async function searchTextFor(tx: Tx, p: Row): Promise<string> {
  const vet = await tx
    .selectFrom('veterinarians')
    .select(['first_name', 'last_name', 'email'])
    .where('id', '=', p.veterinarian_id as string)
    .executeTakeFirst();
  return protocolSearchText({
    temporary_code: p.temporary_code as string,
    protocol_number: (p.protocol_number as string | null) ?? null,
    vetName: vet ? `${vet.first_name} ${vet.last_name}` : '',
    vetEmail: vet?.email ?? '',
    animal_species: p.animal_species as string,
    animal_breed: (p.animal_breed as string | null) ?? null,
    animal_identification: (p.animal_identification as string | null) ?? null,
    owner_last_name: (p.owner_last_name as string | null) ?? null,
    owner_first_name: (p.owner_first_name as string | null) ?? null,
  });
}
