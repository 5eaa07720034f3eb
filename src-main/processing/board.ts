// The bench board: protocols in progress, oldest first, with where each one
// waits, and how many live items wait at each stage. It is read on every
// visit to the bench, so it costs a fixed handful of grouped queries however
// many protocols are open, never one per protocol.

import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { MethodParsedInput } from '../../src-shared/contract';
import type { BoardView } from '../../src-shared/processing-contract';
import { stageRank, type Stage } from '../../src-shared/processing';
import type { StudyKind } from '../../src-shared/codes';
import type { ProtocolStatus } from '../../src-shared/status';

const IN_PROGRESS = ['received', 'processing'];

/**
 * A cassette's last stage; once its protocol has slides, a cut cassette's work
 * is in them and it no longer holds the protocol back.
 */
const CASSETTE_DONE = 'cutting';

export async function loadBoard(
  db: Kysely<Database>,
  input: MethodParsedInput<'processing.board'>,
): Promise<BoardView> {
  let open = db.selectFrom('protocols as p').where('p.status', 'in', IN_PROGRESS);
  if (input.kind) open = open.where('p.kind', '=', input.kind);
  if (input.technician) {
    const technician = input.technician;
    // Whoever recorded a stage on it, or made one of its cassettes or slides.
    open = open.where(({ exists, or, selectFrom }) =>
      or([
        exists(
          selectFrom('stage_records as r')
            .select('r.id')
            .where('r.technician', '=', technician)
            .whereRef('r.protocol_id', '=', 'p.id'),
        ),
        exists(
          selectFrom('cassettes as c')
            .select('c.id')
            .where('c.created_by', '=', technician)
            .whereRef('c.protocol_id', '=', 'p.id'),
        ),
        exists(
          selectFrom('slides as s')
            .select('s.id')
            .where('s.created_by', '=', technician)
            .whereRef('s.protocol_id', '=', 'p.id'),
        ),
      ]),
    );
  }

  const total = await open
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const page = await open
    .select([
      'p.id',
      'p.kind',
      'p.status',
      'p.protocol_number',
      'p.temporary_code',
      'p.received_at',
    ])
    .orderBy('p.received_at')
    .orderBy('p.id')
    .limit(input.limit)
    .execute();

  const counts = await stageCounts(db, input.kind);
  const perProtocol = await pageItems(
    db,
    page.map((p) => p.id),
  );
  const technicians = await db
    .selectFrom('stage_records')
    .select('technician as name')
    .union(db.selectFrom('cassettes').select('created_by as name'))
    .union(db.selectFrom('slides').select('created_by as name'))
    .orderBy('name')
    .execute();

  return {
    counts,
    protocols: page.map((p) => {
      const items = perProtocol.get(p.id);
      return {
        id: p.id,
        code: p.protocol_number ?? p.temporary_code,
        kind: p.kind,
        status: p.status as ProtocolStatus,
        receivedAt: p.received_at,
        stage: items?.stage ?? null,
        cassettes: items?.cassettes ?? 0,
        slides: items?.slides ?? 0,
        slidesReady: items?.slidesReady ?? 0,
        lastTechnician: items?.lastTechnician ?? null,
      };
    }),
    total: Number(total.n),
    technicians: technicians.map((t) => t.name),
  };
}

/**
 * Live items of the open protocols waiting at each stage, per kind; ready
 * slides are done. Counted over the whole bench, not one technician's share.
 */
async function stageCounts(
  db: Kysely<Database>,
  kind: StudyKind | undefined,
): Promise<BoardView['counts']> {
  let cassetteQuery = db
    .selectFrom('cassettes as c')
    .innerJoin('protocols as p', 'p.id', 'c.protocol_id')
    .select(['p.kind', 'c.stage', (eb) => eb.fn.countAll<number>().as('n')])
    .where('p.status', 'in', IN_PROGRESS)
    .where('c.voided_at', 'is', null)
    .where((eb) =>
      eb.not(
        eb.and([
          eb('c.stage', '=', CASSETTE_DONE),
          eb.exists(
            eb
              .selectFrom('slides as s')
              .select('s.id')
              .whereRef('s.protocol_id', '=', 'c.protocol_id')
              .where('s.replaced_by', 'is', null),
          ),
        ]),
      ),
    );
  let slideQuery = db
    .selectFrom('slides as s')
    .innerJoin('protocols as p', 'p.id', 's.protocol_id')
    .select(['p.kind', 's.stage', (eb) => eb.fn.countAll<number>().as('n')])
    .where('p.status', 'in', IN_PROGRESS)
    .where('s.replaced_by', 'is', null)
    .where('s.status', '<>', 'ready');
  if (kind) {
    cassetteQuery = cassetteQuery.where('p.kind', '=', kind);
    slideQuery = slideQuery.where('p.kind', '=', kind);
  }
  const cassettes = await cassetteQuery.groupBy(['p.kind', 'c.stage']).execute();
  const slides = await slideQuery.groupBy(['p.kind', 's.stage']).execute();

  const cells = new Map<string, BoardView['counts'][number]>();
  const cell = (kind: StudyKind, stage: string | null) => {
    const key = `${kind}:${stage ?? ''}`;
    let found = cells.get(key);
    if (!found) {
      found = { kind, stage: stage as Stage | null, cassettes: 0, slides: 0 };
      cells.set(key, found);
    }
    return found;
  };
  for (const row of cassettes) cell(row.kind, row.stage).cassettes += Number(row.n);
  for (const row of slides) cell(row.kind, row.stage).slides += Number(row.n);
  return [...cells.values()].sort(
    (a, b) => a.kind.localeCompare(b.kind) || stageRank(a.stage) - stageRank(b.stage),
  );
}

interface ProtocolItems {
  stage: Stage | null;
  waiting: boolean;
  cassettes: number;
  slides: number;
  slidesReady: number;
  lastTechnician: string | null;
}

async function pageItems(db: Kysely<Database>, ids: string[]): Promise<Map<string, ProtocolItems>> {
  const out = new Map<string, ProtocolItems>();
  if (ids.length === 0) return out;
  const entry = (id: string) => {
    let found = out.get(id);
    if (!found) {
      found = {
        stage: null,
        waiting: false,
        cassettes: 0,
        slides: 0,
        slidesReady: 0,
        lastTechnician: null,
      };
      out.set(id, found);
    }
    return found;
  };
  // The least advanced stage among live, unfinished items is where the protocol waits.
  const waitAt = (e: ProtocolItems, stage: string | null) => {
    const s = stage as Stage | null;
    if (!e.waiting || stageRank(s) < stageRank(e.stage)) e.stage = s;
    e.waiting = true;
  };

  const slides = await db
    .selectFrom('slides')
    .select(['protocol_id', 'stage', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('protocol_id', 'in', ids)
    .where('replaced_by', 'is', null)
    .groupBy(['protocol_id', 'stage', 'status'])
    .execute();
  for (const row of slides) {
    const e = entry(row.protocol_id);
    e.slides += Number(row.n);
    if (row.status === 'ready') e.slidesReady += Number(row.n);
    else waitAt(e, row.stage);
  }

  const cassettes = await db
    .selectFrom('cassettes')
    .select(['protocol_id', 'stage', (eb) => eb.fn.countAll<number>().as('n')])
    .where('protocol_id', 'in', ids)
    .where('voided_at', 'is', null)
    .groupBy(['protocol_id', 'stage'])
    .execute();
  for (const row of cassettes) {
    const e = entry(row.protocol_id);
    const done = row.stage === CASSETTE_DONE && e.slides > 0;
    e.cassettes += Number(row.n);
    if (!done) waitAt(e, row.stage);
  }

  // The last person to touch the protocol's work: a stage recorded, or a
  // cassette or slide made (which records no stage of its own).
  const touched = await db
    .selectFrom('stage_records')
    .select(['protocol_id', 'technician as who', 'recorded_at as at'])
    .where('protocol_id', 'in', ids)
    .unionAll(
      db
        .selectFrom('cassettes')
        .select(['protocol_id', 'created_by as who', 'created_at as at'])
        .where('protocol_id', 'in', ids),
    )
    .unionAll(
      db
        .selectFrom('slides')
        .select(['protocol_id', 'created_by as who', 'created_at as at'])
        .where('protocol_id', 'in', ids),
    )
    .execute();
  const latest = new Map<string, { who: string; at: string }>();
  for (const row of touched) {
    const seen = latest.get(row.protocol_id);
    if (!seen || row.at > seen.at) latest.set(row.protocol_id, row);
  }
  for (const [id, row] of latest) entry(id).lastTechnician = row.who;
  return out;
}
