// A protocol is born here: typed at the desk from a paper form, imported as
// JSON, or sent by a vet from the portal. It gets its temporary code at once.
// At the desk the veterinarian is matched by email and kept as a local record;
// on the portal the veterinarian is the vet who sends it.

import type { ProtocolsTable, VeterinariansTable } from '../db/schema';
import { writeTransaction, type Tx } from '../db/transaction';
import { lastOfNextCounterValues } from '../db/counters';
import { insertRows } from '../db/insert-rows';
import type { VeterinarianInput } from '../../src-shared/protocol-schema';
import type { MethodParsedInput } from '../../src-shared/contract';
import { AppError } from '../../src-shared/errors';
import { formatTemporaryCode, KIND_CODE } from '../../src-shared/codes';
import { localDate } from '../../src-shared/calendar';
import { foldForSearch } from '../../src-shared/search-text';
import type { Actor, ServiceContext } from '../context';
import { appendAudits } from '../audit/append';
import { newId } from '../ids';
import { edited, inserted, recordChanges } from '../sync/record';
import { idForEmail } from '../sync/entities';
import { loadSyncState } from '../sync/state';
import type { SubmittingVeterinarian } from '../portal/vet-submission';

/** Staff send the veterinarian's block; a vet on the portal may name the draft instead. */
export type Submission = MethodParsedInput<'protocols.submit'>;

// Temporary codes are made on every enrolled workstation and on the server
// from per-day counters that know nothing of each other. An enrolled
// workstation's codes start at its device number times a thousand
// (TMP-HP-20261204-2001 on device 2), so two desks offline never make one code.
// The counter may also lag behind codes already here: a database restored from
// a copy, or codes another node made pulled in by sync. Those are skipped.
async function freeTemporaryCodes(
  tx: Tx,
  ctx: ServiceContext,
  kind: Submission['kind'],
  day: string,
  count: number,
): Promise<string[]> {
  const state = await loadSyncState(tx, ctx);
  const codes: string[] = [];
  while (codes.length < count) {
    const wanted = count - codes.length;
    const last = await lastOfNextCounterValues(tx, `tmp:${KIND_CODE[kind]}:${day}`, wanted);
    const candidates = Array.from({ length: wanted }, (_, i) =>
      formatTemporaryCode(kind, day, (state.device_number ?? 0) * 1000 + last - wanted + 1 + i),
    );
    const taken = await tx
      .selectFrom('protocols')
      .select('temporary_code')
      .where('temporary_code', 'in', candidates)
      .execute();
    const takenCodes = new Set(taken.map((row) => row.temporary_code));
    codes.push(...candidates.filter((code) => !takenCodes.has(code)));
  }
  return codes;
}

// The id every desk gives this address, so forms typed offline for it meet in one
// record; unless a vet who moved to another address on the portal still holds it.
async function freeVeterinarianId(tx: Tx, email: string): Promise<string> {
  const id = idForEmail('veterinarian', email);
  const holder = await tx
    .selectFrom('veterinarians')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return holder ? newId() : id;
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
    id: await freeVeterinarianId(tx, vet.email),
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

export type Submitted = { id: string; temporaryCode: string; status: 'submitted' };

export async function submitProtocol(
  ctx: ServiceContext,
  actor: Actor,
  form: Submission,
): Promise<Submitted> {
  const draftId = 'draftId' in form ? form.draftId : undefined;
  return writeTransaction(ctx.db, async (tx) => {
    const now = ctx.clock.now().toISOString();
    const vet = deskVeterinarian(form.veterinarian, draftId);
    const veterinarian = await upsertVeterinarian(tx, ctx, vet, now);
    const [submitted] = await insertProtocols(tx, ctx, [{ actor, form, veterinarian }]);
    return submitted!;
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

export interface NewProtocol {
  actor: Actor;
  form: Submission;
  veterinarian: SubmittingVeterinarian;
}

/**
 * Writes protocols, their first history rows, sync records and audit entries in a few
 * statements, whether one from the desk or a batch from the portal; answers in order.
 */
export async function insertProtocols(
  tx: Tx,
  ctx: ServiceContext,
  items: readonly NewProtocol[],
): Promise<Submitted[]> {
  const nowDate = ctx.clock.now();
  const now = nowDate.toISOString();
  const today = localDate(nowDate, ctx.timeZone);

  const codes = new Map<Submission['kind'], string[]>();
  for (const kind of new Set(items.map((item) => item.form.kind))) {
    const count = items.filter((item) => item.form.kind === kind).length;
    codes.set(kind, await freeTemporaryCodes(tx, ctx, kind, today.iso, count));
  }

  const protocols = items.map(({ form, veterinarian }) =>
    protocolRow(form, veterinarian, codes.get(form.kind)!.shift()!, now, today.iso),
  );
  const history = items.map(({ actor }, i) => ({
    id: newId(),
    protocol_id: protocols[i]!.id,
    from_status: null,
    to_status: 'submitted',
    changed_by: actor.name,
    changed_at: now,
    reason: null,
  }));
  await insertRows(tx, 'protocols', protocols);
  await insertRows(tx, 'status_history', history);
  await recordChanges(
    tx,
    ctx,
    protocols.flatMap((row, i) => [
      inserted('protocol', row),
      inserted('status_history', history[i]!),
    ]),
  );
  await appendAudits(
    tx,
    ctx.clock,
    items.map(({ actor, form }, i) => ({
      actor,
      event: {
        action: 'protocol.submitted',
        entityType: 'protocol',
        entityId: protocols[i]!.id,
        details: {
          temporaryCode: protocols[i]!.temporary_code,
          kind: form.kind,
          ...(actor.vet ? { from: 'portal' } : {}),
        },
      },
    })),
  );
  return protocols.map((row) => ({
    id: row.id,
    temporaryCode: row.temporary_code,
    status: 'submitted',
  }));
}

function protocolRow(
  form: Submission,
  veterinarian: SubmittingVeterinarian,
  temporaryCode: string,
  now: string,
  today: string,
): ProtocolsTable {
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
    submission_date: form.submissionDate ?? today,
    sample_material: histo?.material ?? null,
    sample_containers: histo?.containers ?? null,
    sample_technique: cyto?.technique ?? null,
    sample_site: cyto?.site ?? null,
    sample_slides: cyto?.slides ?? null,
    search_text: '',
    received_at: null,
    pathologist_id: null,
    created_at: now,
    updated_at: now,
  };
  row.search_text = protocolSearchText({
    ...row,
    vetName: veterinarian.name,
    vetEmail: veterinarian.email,
  });
  return row;
}
