// Turns rows into what screens and the CLI show. Read-only.

import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type {
  OutboxView,
  PrintJobView,
  ProtocolDetail,
  ProtocolSummary,
} from '../../src-shared/contract';
import type { ProtocolStatus, SampleCondition } from '../../src-shared/status';

export function summarySelect(db: Kysely<Database>) {
  return db
    .selectFrom('protocols as p')
    .innerJoin('veterinarians as v', 'v.id', 'p.veterinarian_id')
    .select([
      'p.id',
      'p.kind',
      'p.temporary_code',
      'p.protocol_number',
      'p.status',
      'p.animal_species',
      'p.animal_identification',
      'p.owner_last_name',
      'p.owner_first_name',
      'p.submission_date',
      'p.received_at',
      'p.created_at',
      'v.first_name as vet_first_name',
      'v.last_name as vet_last_name',
      'v.email as vet_email',
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summarySelect>['executeTakeFirstOrThrow']>>;

export function toSummary(r: SummaryRow): ProtocolSummary {
  const owner = [r.owner_last_name, r.owner_first_name].filter(Boolean).join(', ');
  return {
    id: r.id,
    kind: r.kind,
    temporaryCode: r.temporary_code,
    protocolNumber: r.protocol_number,
    status: r.status as ProtocolStatus,
    veterinarianName: `${r.vet_first_name} ${r.vet_last_name}`,
    veterinarianEmail: r.vet_email,
    animalSpecies: r.animal_species,
    animalIdentification: r.animal_identification,
    ownerName: owner || null,
    submissionDate: r.submission_date,
    receivedAt: r.received_at,
    createdAt: r.created_at,
  };
}

export function toPrintJobView(
  r: Database['print_jobs'],
  protocolNumber: string | null,
): PrintJobView {
  return {
    id: r.id,
    protocolId: r.protocol_id,
    protocolNumber,
    labelKind: r.label_kind,
    printerUri: r.printer_uri,
    status: r.status,
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: r.created_at,
    printedAt: r.printed_at,
  };
}

export function toOutboxView(r: Database['mail_outbox']): OutboxView {
  return {
    id: r.id,
    toAddress: r.to_address,
    subject: r.subject,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
  };
}

export async function loadDetail(db: Kysely<Database>, id: string): Promise<ProtocolDetail | null> {
  const p = await summarySelect(db)
    .selectAll('p')
    .select(['v.license_number as vet_license_number', 'v.phone as vet_phone'])
    .where('p.id', '=', id)
    .executeTakeFirst();
  if (!p) return null;

  const [reception, history, jobs, mails] = await Promise.all([
    db.selectFrom('receptions').selectAll().where('protocol_id', '=', id).executeTakeFirst(),
    db
      .selectFrom('status_history')
      .selectAll()
      .where('protocol_id', '=', id)
      .orderBy('changed_at')
      .execute(),
    db
      .selectFrom('print_jobs')
      .selectAll()
      .where('protocol_id', '=', id)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('protocol_id', '=', id)
      .orderBy('created_at')
      .execute(),
  ]);

  return {
    ...toSummary(p),
    veterinarian: {
      firstName: p.vet_first_name,
      lastName: p.vet_last_name,
      email: p.vet_email,
      licenseNumber: p.vet_license_number,
      phone: p.vet_phone,
    },
    animal: {
      species: p.animal_species,
      breed: p.animal_breed,
      sex: p.animal_sex,
      age: p.animal_age,
      identification: p.animal_identification,
    },
    owner: { lastName: p.owner_last_name, firstName: p.owner_first_name },
    presumptiveDiagnosis: p.presumptive_diagnosis,
    clinicalHistory: p.clinical_history,
    academicInterest: p.academic_interest === 1,
    sample: {
      material: p.sample_material,
      containers: p.sample_containers,
      technique: p.sample_technique,
      site: p.sample_site,
      slides: p.sample_slides,
    },
    reception: reception
      ? {
          outcome: reception.outcome,
          sampleCondition: reception.sample_condition as SampleCondition,
          containersReceived: reception.containers_received,
          slidesReceived: reception.slides_received,
          discrepancies: reception.discrepancies,
          notes: reception.notes,
          rejectionReason: reception.rejection_reason,
          recordedBy: reception.recorded_by,
          recordedAt: reception.recorded_at,
        }
      : null,
    history: history.map((h) => ({
      fromStatus: h.from_status,
      toStatus: h.to_status,
      changedBy: h.changed_by,
      changedAt: h.changed_at,
      reason: h.reason,
    })),
    printJobs: jobs.map((j) => toPrintJobView(j, p.protocol_number)),
    mails: mails.map(toOutboxView),
  };
}
