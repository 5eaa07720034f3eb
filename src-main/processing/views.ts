// A protocol's work as the screens and the CLI see it: its cassettes, slides
// and stage records, with codes spelled from the protocol's current number.

import type { Kysely } from 'kysely';
import type { CassettesTable, Database, SlidesTable } from '../db/schema';
import { itemCode, type Stage } from '../../src-shared/processing';
import type {
  CassetteView,
  SlideView,
  StageRecordView,
  WorkView,
} from '../../src-shared/processing-contract';
import type { ProtocolStatus } from '../../src-shared/status';
import { protocolCode, type ProtocolRow } from './resolve';

export function cassetteIds(slide: Pick<SlidesTable, 'cassette_ids'>): string[] {
  return JSON.parse(slide.cassette_ids) as string[];
}

export function toCassetteView(code: string, c: CassettesTable): CassetteView {
  return {
    id: c.id,
    number: c.number,
    code: itemCode(code, 'cassette', c.number),
    material: c.material,
    type: c.type as CassetteView['type'],
    stage: c.stage as Stage | null,
    createdBy: c.created_by,
    createdAt: c.created_at,
    voidedAt: c.voided_at,
    voidedBy: c.voided_by,
    voidReason: c.void_reason,
  };
}

export function toSlideView(
  code: string,
  s: SlidesTable,
  cassetteNumbers: ReadonlyMap<string, number>,
  slideNumbers: ReadonlyMap<string, number>,
): SlideView {
  const slideCode = (id: string | null) => {
    const n = id === null ? undefined : slideNumbers.get(id);
    return n === undefined ? null : itemCode(code, 'slide', n);
  };
  return {
    id: s.id,
    number: s.number,
    code: itemCode(code, 'slide', s.number),
    cassetteCodes: cassetteIds(s).flatMap((id) => {
      const n = cassetteNumbers.get(id);
      return n === undefined ? [] : [itemCode(code, 'cassette', n)];
    }),
    stain: s.stain,
    fieldNumber: s.field_number,
    status: s.status as SlideView['status'],
    quality: s.quality as SlideView['quality'],
    stage: s.stage as Stage | null,
    redoOf: slideCode(s.redo_of),
    replacedBy: slideCode(s.replaced_by),
    redoReason: s.redo_reason,
    createdBy: s.created_by,
    createdAt: s.created_at,
  };
}

/** Every cassette and slide of a protocol, voided and replaced ones included. */
export async function loadItems(db: Kysely<Database>, protocolId: string) {
  const cassettes = await db
    .selectFrom('cassettes')
    .selectAll()
    .where('protocol_id', '=', protocolId)
    .orderBy('number')
    .orderBy('created_at')
    .execute();
  const slides = await db
    .selectFrom('slides')
    .selectAll()
    .where('protocol_id', '=', protocolId)
    .orderBy('number')
    .orderBy('created_at')
    .execute();
  return { cassettes, slides };
}

export async function loadWork(db: Kysely<Database>, p: ProtocolRow): Promise<WorkView> {
  const code = protocolCode(p);
  const { cassettes, slides } = await loadItems(db, p.id);
  const records = await db
    .selectFrom('stage_records')
    .selectAll()
    .where('protocol_id', '=', p.id)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();

  const cassetteNumbers = new Map(cassettes.map((c) => [c.id, c.number]));
  const slideNumbers = new Map(slides.map((s) => [s.id, s.number]));
  const stages: StageRecordView[] = records.map((r) => {
    const numbers = r.item_kind === 'cassette' ? cassetteNumbers : slideNumbers;
    return {
      id: r.id,
      item: r.item_kind,
      itemCode: itemCode(code, r.item_kind, numbers.get(r.item_id) ?? 0),
      stage: r.stage as Stage,
      notes: r.notes,
      technician: r.technician,
      recordedAt: r.recorded_at,
    };
  });

  return {
    protocol: {
      id: p.id,
      code,
      numberPending: p.protocol_number === null,
      kind: p.kind,
      status: p.status as ProtocolStatus,
      material: p.sample_material ?? p.sample_technique,
      containers: p.sample_containers ?? p.sample_slides,
      animal: [p.animal_identification, p.animal_species].filter(Boolean).join(' · '),
      receivedAt: p.received_at,
    },
    cassettes: cassettes.map((c) => toCassetteView(code, c)),
    slides: slides.map((s) => toSlideView(code, s, cassetteNumbers, slideNumbers)),
    stages,
  };
}
