// A vet's own protocols as the portal shows them: what was sent, where it is,
// what reception said. Only rows whose veterinarian is the caller's record are
// ever read; another vet's protocol is answered like one that does not exist.
// Staff details (who received, internal notes, print jobs) stay out of it.

import type { Kysely } from 'kysely';
import type { ServiceContext, VetPrincipal } from '../context';
import type { Database, ProtocolsTable } from '../db/schema';
import { AppError } from '../../src-shared/errors';
import type { MyProtocolView } from '../../src-shared/portal-contract';
import type { ProtocolStatus, SampleCondition } from '../../src-shared/status';

function toMyProtocolView(p: ProtocolsTable): MyProtocolView {
  const owner = [p.owner_last_name, p.owner_first_name].filter(Boolean).join(', ');
  return {
    id: p.id,
    kind: p.kind,
    temporaryCode: p.temporary_code,
    protocolNumber: p.protocol_number,
    status: p.status as ProtocolStatus,
    animalSpecies: p.animal_species,
    animalIdentification: p.animal_identification,
    ownerName: owner || null,
    presumptiveDiagnosis: p.presumptive_diagnosis,
    submissionDate: p.submission_date,
    createdAt: p.created_at,
    receivedAt: p.received_at,
    // Reports are not produced yet: a sent one is all the portal can tell.
    reportAvailable: p.status === 'report_sent',
  };
}

const ownProtocols = (db: Kysely<Database>, vet: VetPrincipal) =>
  db.selectFrom('protocols').where('veterinarian_id', '=', vet.veterinarianId);

export async function listMyProtocols(
  ctx: ServiceContext,
  vet: VetPrincipal,
  input: { status?: ProtocolStatus; limit: number; offset: number },
): Promise<{ items: MyProtocolView[]; total: number }> {
  let mine = ownProtocols(ctx.db, vet);
  if (input.status) mine = mine.where('status', '=', input.status);

  const rows = await mine
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  const counted = await mine
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  return { items: rows.map(toMyProtocolView), total: Number(counted.total) };
}

export async function getMyProtocol(ctx: ServiceContext, vet: VetPrincipal, id: string) {
  const p = await ownProtocols(ctx.db, vet).selectAll().where('id', '=', id).executeTakeFirst();
  if (!p) throw new AppError('NOT_FOUND', 'error.portal.protocolNotFound');

  const [reception, history] = await Promise.all([
    ctx.db
      .selectFrom('receptions')
      .select(['outcome', 'sample_condition', 'rejection_reason', 'recorded_at'])
      .where('protocol_id', '=', p.id)
      .executeTakeFirst(),
    ctx.db
      .selectFrom('status_history')
      .select(['to_status', 'changed_at'])
      .where('protocol_id', '=', p.id)
      .orderBy('changed_at')
      .orderBy('id')
      .execute(),
  ]);

  return {
    ...toMyProtocolView(p),
    sample: {
      material: p.sample_material,
      containers: p.sample_containers,
      technique: p.sample_technique,
      site: p.sample_site,
      slides: p.sample_slides,
    },
    animal: {
      species: p.animal_species,
      breed: p.animal_breed,
      sex: p.animal_sex,
      age: p.animal_age,
      identification: p.animal_identification,
    },
    clinicalHistory: p.clinical_history,
    reception: reception
      ? {
          outcome: reception.outcome,
          sampleCondition: reception.sample_condition as SampleCondition,
          rejectionReason: reception.rejection_reason,
          recordedAt: reception.recorded_at,
        }
      : null,
    history: history.map((h) => ({ status: h.to_status, at: h.changed_at })),
  };
}
