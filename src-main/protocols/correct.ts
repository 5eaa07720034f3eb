// Correcting a protocol's data at the desk. Each changed field is recorded
// for sync as an edit of its own, so a correction made at another desk to a
// different field merges with this one, and one to the same field is a
// conflict an admin sees.

import type { ProtocolCorrection } from '../../src-shared/protocol-schema';
import type { ProtocolsTable } from '../db/schema';
import type { Actor, ServiceContext } from '../context';
import { writeTransaction } from '../db/transaction';
import { appendAudit } from '../audit/append';
import { edited, recordChanges } from '../sync/record';
import { searchTextFor } from '../sync/merge';
import { findProtocolId } from './find';
import { loadDetail } from './views';

const COLUMNS: Record<keyof ProtocolCorrection, keyof ProtocolsTable> = {
  animalSpecies: 'animal_species',
  animalBreed: 'animal_breed',
  animalSex: 'animal_sex',
  animalAge: 'animal_age',
  animalIdentification: 'animal_identification',
  ownerLastName: 'owner_last_name',
  ownerFirstName: 'owner_first_name',
  presumptiveDiagnosis: 'presumptive_diagnosis',
  clinicalHistory: 'clinical_history',
  academicInterest: 'academic_interest',
};

function columnValue(value: string | boolean): string | number | null {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value === '' ? null : value;
}

export async function correctProtocol(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  changes: ProtocolCorrection,
) {
  const id = await findProtocolId(ctx.db, code);
  await writeTransaction(ctx.db, async (tx) => {
    const row = await tx
      .selectFrom('protocols')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

    const set: Record<string, string | number | null> = {};
    const before: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      const column = COLUMNS[key as keyof ProtocolCorrection];
      const next = columnValue(value);
      if (row[column] === next) continue;
      set[column] = next;
      before[column] = row[column];
    }
    if (Object.keys(set).length === 0) return;

    set.updated_at = ctx.clock.now().toISOString();
    const search_text = await searchTextFor(tx, { ...row, ...set });
    await tx
      .updateTable('protocols')
      .set({ ...set, search_text })
      .where('id', '=', id)
      .execute();
    await recordChanges(tx, ctx, [edited('protocol', id, set)]);
    await appendAudit(tx, ctx.clock, actor, {
      action: 'protocol.corrected',
      entityType: 'protocol',
      entityId: id,
      details: { before, after: set },
    });
  });
  return (await loadDetail(ctx.db, id))!;
}
