// A protocol is born here: typed at the desk from a paper form, imported as
// JSON, or sent by a vet from the portal. It gets its temporary code at once.
// At the desk the veterinarian is matched by email and kept as a local record;
// on the portal the veterinarian is the vet who sends it.

import type { ProtocolsTable, VeterinariansTable } from '../db/schema';
import { writeTransaction, type Tx } from '../db/transaction';
import { nextCounterValue } from '../db/counters';
import type { VeterinarianInput } from '../../src-shared/protocol-schema';
import type { MethodParsedInput } from '../../src-shared/contract';
import { AppError } from '../../src-shared/errors';
import { formatTemporaryCode, KIND_CODE } from '../../src-shared/codes';
import { localDate } from '../../src-shared/calendar';
import { foldForSearch } from '../../src-shared/search-text';
import type { Actor, ServiceContext } from '../context';
import { appendAudit } from '../audit/append';
import { newId } from '../ids';
import { edited, inserted, recordChanges } from '../sync/record';
import { idForEmail } from '../sync/entities';
import { loadSyncState } from '../sync/state';
import { portalVeterinarian, type SubmittingVeterinarian } from '../portal/vet-submission';

/** Staff send the veterinarian's block; a vet on the portal may name the draft instead. */
export type Submission = MethodParsedInput<'protocols.submit'>;

// Temporary codes are made on every enrolled workstation and on the server
// from per-day counters that know nothing of each other. An enrolled
// workstation's codes start at its device number times a thousand
// (TMP-HP-20261204-2001 on device 2), so two desks offline never make one code.
// The counter may also lag behind codes already here: a database restored from
// a copy, or codes another node made pulled in by sync. Those are skipped.
async function freeTemporaryCode(
  tx: Tx,
  ctx: ServiceContext,
  kind: Submission['kind'],
  day: string,
): Promise<string> {
  const state = await loadSyncState(tx, ctx);
  for (;;) {
    const seq = await nextCounterValue(tx, `tmp:${KIND_CODE[kind]}:${day}`);
    const code = formatTemporaryCode(kind, day, (state.device_number ?? 0) * 1000 + seq);
    const taken = await tx
      .selectFrom('protocols')
      .select('id')
      .where('temporary_code', '=', code)
      .executeTakeFirst();
    if (!taken) return code;
  }
}

// A later form from the same address only fills what the record lacks: it never
// renames the veterinarian of protocols already received, nor erases a phone
// the lab already has. Corrections to a record are an admin's job.
async function upsertVeterinarian(
  tx: Tx,
  ctx: ServiceContext,
  vet: VeterinarianInput,
  now: string,
): Promise<SubmittingVeterinarian> {
  const existing = await tx
    .selectFrom('veterinarians')
    .selectAll()
    .where('email', '=', vet.email)
    .executeTakeFirst();

  if (existing) {
    const missing = {
      phone: existing.phone ?? vet.phone ?? null,
      dni: existing.dni ?? vet.dni ?? null,
      cuit: existing.cuit ?? vet.cuit ?? null,
      address: existing.address ?? (vet.address ? JSON.stringify(vet.address) : null),
    };
    const filled = Object.fromEntries(
      Object.entries(missing).filter(
        ([key, value]) => value !== existing[key as keyof typeof missing],
      ),
    );
    if (Object.keys(filled).length > 0) {
      const set = { ...filled, updated_at: now };
      await tx.updateTable('veterinarians').set(set).where('id', '=', existing.id).execute();
      await recordChanges(tx, ctx, [edited('veterinarian', existing.id, set)]);
    }
    return {
      id: existing.id,
      name: `${existing.first_name} ${existing.last_name}`,
      email: existing.email,
    };
  }

  const row: VeterinariansTable = {
    id: idForEmail('veterinarian', vet.email),
    email: vet.email,
    first_name: vet.firstName,
    last_name: vet.lastName,
    license_number: vet.licenseNumber,
    phone: vet.phone ?? null,
    dni: vet.dni ?? null,
    cuit: vet.cuit ?? null,
    address: vet.address ? JSON.stringify(vet.address) : null,
    verified: 0,
    created_at: now,
    updated_at: now,
  };
  await tx.insertInto('veterinarians').values(row).execute();
  await recordChanges(tx, ctx, [inserted('veterinarian', row)]);
  return { id: row.id, name: `${vet.firstName} ${vet.lastName}`, email: vet.email };
}

export function protocolSearchText(p: {
  temporary_code: string;
  protocol_number: string | null;
  vetName: string;
  vetEmail: string;
  animal_species: string;
  animal_breed: string | null;
  animal_identification: string | null;
  owner_last_name: string | null;
  owner_first_name: string | null;
}): string {
  return foldForSearch(
    [
      p.temporary_code,
      p.protocol_number,
      p.vetName,
      p.vetEmail,
      p.animal_species,
      p.animal_breed,
      p.animal_identification,
      p.owner_last_name,
      p.owner_first_name,
    ]
      .filter(Boolean)
      .join(' '),
  );
}

export async function submitProtocol(
  ctx: ServiceContext,
  actor: Actor,
  form: Submission,
): Promise<{ id: string; temporaryCode: string; status: 'submitted' }> {
  const draftId = 'draftId' in form ? form.draftId : undefined;
  return writeTransaction(ctx.db, async (tx) => {
    const now = ctx.clock.now().toISOString();
    const veterinarian = actor.vet
      ? await portalVeterinarian(tx, actor.vet, { veterinarian: form.veterinarian, draftId })
      : await upsertVeterinarian(tx, ctx, deskVeterinarian(form.veterinarian, draftId), now);
    return insertProtocol(tx, ctx, actor, form, veterinarian);
  });
}

// The contract lets a form through without a veterinarian so that a vet may
// leave it out; at the desk it is the only place the veterinarian comes from.
function deskVeterinarian(
  veterinarian: VeterinarianInput | undefined,
  draftId: string | undefined,
): VeterinarianInput {
  if (!veterinarian) throw new AppError('VALIDATION', 'error.submit.veterinarianRequired');
  if (draftId) throw new AppError('VALIDATION', 'error.submit.draftFromPortalOnly');
  return veterinarian;
}

async function insertProtocol(
  tx: Tx,
  ctx: ServiceContext,
  actor: Actor,
  form: Submission,
  veterinarian: SubmittingVeterinarian,
): Promise<{ id: string; temporaryCode: string; status: 'submitted' }> {
  const nowDate = ctx.clock.now();
  const now = nowDate.toISOString();
  const today = localDate(nowDate, ctx.timeZone);

  const temporaryCode = await freeTemporaryCode(tx, ctx, form.kind, today.iso);

  const histo = form.kind === 'histopathology' ? form.sample : null;
  const cyto = form.kind === 'cytology' ? form.sample : null;
  const row: ProtocolsTable = {
    id: newId(),
    kind: form.kind,
    temporary_code: temporaryCode,
    protocol_number: null,
    status: 'submitted',
    veterinarian_id: veterinarian.id,
    animal_species: form.animal.species,
    animal_breed: form.animal.breed ?? null,
    animal_sex: form.animal.sex,
    animal_age: form.animal.age ?? null,
    animal_identification: form.animal.identification ?? null,
    owner_last_name: form.owner.lastName ?? null,
    owner_first_name: form.owner.firstName ?? null,
    presumptive_diagnosis: form.presumptiveDiagnosis,
    clinical_history: form.clinicalHistory ?? null,
    academic_interest: form.academicInterest ? 1 : 0,
    submission_date: form.submissionDate ?? today.iso,
    sample_material: histo?.material ?? null,
    sample_containers: histo?.containers ?? null,
    sample_technique: cyto?.technique ?? null,
    sample_site: cyto?.site ?? null,
    sample_slides: cyto?.slides ?? null,
    search_text: '',
    received_at: null,
    created_at: now,
    updated_at: now,
  };
  row.search_text = protocolSearchText({
    ...row,
    vetName: veterinarian.name,
    vetEmail: veterinarian.email,
  });

  const history = {
    id: newId(),
    protocol_id: row.id,
    from_status: null,
    to_status: 'submitted',
    changed_by: actor.name,
    changed_at: now,
    reason: null,
  };
  await tx.insertInto('protocols').values(row).execute();
  await tx.insertInto('status_history').values(history).execute();
  await recordChanges(tx, ctx, [inserted('protocol', row), inserted('status_history', history)]);
  await appendAudit(tx, ctx.clock, actor, {
    action: 'protocol.submitted',
    entityType: 'protocol',
    entityId: row.id,
    details: { temporaryCode, kind: form.kind, ...(actor.vet ? { from: 'portal' } : {}) },
  });
  return { id: row.id, temporaryCode, status: 'submitted' };
}
