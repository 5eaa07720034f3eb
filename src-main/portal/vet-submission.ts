// What a protocol submitted from the portal takes from the vet who sends it:
// the veterinarian is always the caller's own record, whatever the form says,
// and the draft it came from (if named) is spent in the same transaction, so a
// submitted form never lingers as a draft and a draft is never sent twice.

import type { VetPrincipal } from '../context';
import type { Tx } from '../db/transaction';
import { AppError } from '../../src-shared/errors';
import { normaliseEmail } from '../../src-shared/email-address';
import type { VeterinarianInput } from '../../src-shared/protocol-schema';
import { spendDraft } from './drafts';

/** The veterinarian a protocol points to, as `protocols/submit.ts` files it. */
export interface SubmittingVeterinarian {
  id: string;
  name: string;
  email: string;
}

export async function portalVeterinarian(
  tx: Tx,
  vet: VetPrincipal,
  form: { veterinarian?: VeterinarianInput; draftId?: string },
): Promise<SubmittingVeterinarian> {
  const row = await tx
    .selectFrom('veterinarians')
    .selectAll()
    .where('id', '=', vet.veterinarianId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'error.portal.veterinarianNotFound');

  // A form may repeat the vet's own block (a form filled offline, say), never
  // send in someone else's name.
  const own = [row.email, vet.email].map(normaliseEmail);
  if (form.veterinarian && !own.includes(normaliseEmail(form.veterinarian.email))) {
    throw new AppError('FORBIDDEN', 'error.portal.otherVeterinarian');
  }
  if (form.draftId) await spendDraft(tx, vet, form.draftId);

  return { id: row.id, name: `${row.first_name} ${row.last_name}`, email: row.email };
}
