// Applying a page or a batch of changes. Most changes in a big sync are rows
// arriving for the first time (a workstation's first push, a fresh
// workstation's first pull): those are written with a few multi-row
// statements instead of several round trips each. Anything that could meet an
// existing value (an edit, a row already here, a unique value already taken, a
// reception) goes through the one-at-a-time merge, in the order it was made.

import type { Kysely } from 'kysely';
import type { Tx } from '../db/transaction';
import type { ServiceContext } from '../context';
import type { WireChange } from '../../src-shared/sync-wire';
import { ENTITIES, type SyncedEntity } from './entities';
import { applyChange, UNIQUE } from './merge';
import { protocolSearchText } from '../protocols/submit';
import { followWork, SYNC_ACTOR } from '../processing/follow-status';

type Row = Record<string, unknown>;
type LooseDb = Kysely<Record<string, Row>>;

/** Parents first, so a row's references exist when it is written. */
const BULK_ORDER: SyncedEntity[] = [
  'veterinarian',
  'user',
  'protocol',
  'status_history',
  'stage_record',
];
const PARENT: Partial<Record<SyncedEntity, { field: string; table: string }>> = {
  protocol: { field: 'veterinarian_id', table: 'veterinarians' },
  status_history: { field: 'protocol_id', table: 'protocols' },
  stage_record: { field: 'protocol_id', table: 'protocols' },
};
const CHUNK = 1000;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

async function existing(tx: Tx, table: string, field: string, values: unknown[]) {
  const found = new Set<unknown>();
  for (const part of chunks([...new Set(values)])) {
    const rows = await (tx as unknown as LooseDb)
      .selectFrom(table)
      .select(field)
      .where(field, 'in', part)
      .execute();
    for (const row of rows) found.add(row[field]);
  }
  return found;
}

function rowOf(change: WireChange): Row {
  const data: Row = { id: change.rowId };
  for (const field of ENTITIES[change.entity].fields) data[field] = change.data[field] ?? null;
  return data;
}

async function insertNewRows(
  tx: Tx,
  entity: SyncedEntity,
  changes: WireChange[],
): Promise<Set<string>> {
  const spec = ENTITIES[entity];
  const loose = tx as unknown as LooseDb;
  const present = await existing(
    tx,
    spec.table,
    'id',
    changes.map((c) => c.rowId),
  );

  // One new row per id, whose unique values are free here and in this batch,
  // and whose parent is already written.
  const seen = new Set<string>();
  let fresh = changes.filter((c) => {
    if (present.has(c.rowId) || seen.has(c.rowId)) return false;
    seen.add(c.rowId);
    return true;
  });
  for (const field of UNIQUE[entity] ?? []) {
    const values = fresh.map((c) => c.data[field]).filter((v) => v !== null && v !== undefined);
    const taken = await existing(tx, spec.table, field, values);
    const counted = new Map<unknown, number>();
    for (const v of values) counted.set(v, (counted.get(v) ?? 0) + 1);
    fresh = fresh.filter((c) => {
      const v = c.data[field];
      return v === null || v === undefined || (!taken.has(v) && counted.get(v) === 1);
    });
  }
  const parent = PARENT[entity];
  if (parent) {
    const ids = await existing(
      tx,
      parent.table,
      'id',
      fresh.map((c) => c.data[parent.field]),
    );
    fresh = fresh.filter((c) => ids.has(c.data[parent.field]));
  }
  if (fresh.length === 0) return new Set();

  const rows = fresh.map(rowOf);
  if (entity === 'user') {
    for (const row of rows) Object.assign(row, { failed_attempts: 0, locked_until: null });
  }
  if (entity === 'protocol') await addSearchText(tx, rows);

  for (const part of chunks(rows)) await loose.insertInto(spec.table).values(part).execute();
  for (const part of chunks(fresh)) {
    await loose
      .insertInto('sync_clocks')
      .values(
        part.map((c) => ({ entity, row_id: c.rowId, clocks: JSON.stringify({ '*': c.hlc }) })),
      )
      .execute();
  }
  return new Set(fresh.map((c) => c.id));
}

async function addSearchText(tx: Tx, rows: Row[]): Promise<void> {
  const vets = new Map<string, { name: string; email: string }>();
  for (const part of chunks([...new Set(rows.map((r) => r.veterinarian_id as string))])) {
    const found = await tx
      .selectFrom('veterinarians')
      .select(['id', 'first_name', 'last_name', 'email'])
      .where('id', 'in', part)
      .execute();
    for (const v of found)
      vets.set(v.id, { name: `${v.first_name} ${v.last_name}`, email: v.email });
  }
  for (const row of rows) {
    const vet = vets.get(row.veterinarian_id as string);
    row.search_text = protocolSearchText({
      temporary_code: row.temporary_code as string,
      protocol_number: row.protocol_number as string | null,
      vetName: vet?.name ?? '',
      vetEmail: vet?.email ?? '',
      animal_species: row.animal_species as string,
      animal_breed: row.animal_breed as string | null,
      animal_identification: row.animal_identification as string | null,
      owner_last_name: row.owner_last_name as string | null,
      owner_first_name: row.owner_first_name as string | null,
    });
  }
}

/** Applies changes in their order; returns the conflicts noted. */
export async function applyChanges(
  tx: Tx,
  ctx: ServiceContext,
  changes: readonly WireChange[],
): Promise<number> {
  const done = new Set<string>();
  for (const entity of BULK_ORDER) {
    const candidates = changes.filter((c) => c.entity === entity && c.base === null);
    if (candidates.length < 2) continue;
    for (const id of await insertNewRows(tx, entity, candidates)) done.add(id);
  }

  let conflicts = 0;
  for (const change of changes) {
    if (done.has(change.id)) continue;
    conflicts += (await applyChange(tx, ctx, change)).conflicts;
  }

  for (const protocolId of await protocolsOfWork(tx, changes)) {
    await followWork(tx, ctx, SYNC_ACTOR, protocolId);
  }
  return conflicts;
}

/**
 * Protocols whose cassettes or slides changed: work merged from two desks may
 * complete a protocol neither desk saw complete (each made one slide ready).
 */
async function protocolsOfWork(tx: Tx, changes: readonly WireChange[]): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const entity of ['cassette', 'slide'] as const) {
    const rowIds = changes.filter((c) => c.entity === entity).map((c) => c.rowId);
    for (const part of chunks([...new Set(rowIds)])) {
      const rows = await tx
        .selectFrom(entity === 'cassette' ? 'cassettes' : 'slides')
        .select('protocol_id')
        .where('id', 'in', part)
        .execute();
      for (const row of rows) ids.add(row.protocol_id);
    }
  }
  return ids;
}
