// What a signed-in veterinarian reads and writes of their own on the portal
// (profile, notification choices, drafts, their protocols and reports), and
// the admin's view of veterinarians. A vet's methods take whose data it is
// from the session, never from the input.

import type { Actor, VetPrincipal } from '../context';
import type { HandlerTable } from '../rpc/types';
import { AppError } from '../../src-shared/errors';
import { loadVetAccountView } from './account-view';
import { profileHistory, setNotifications, updateProfile } from './profile';
import { deleteDraft, listDrafts, saveDraft } from './drafts';
import { getMyProtocol, listMyProtocols, myReportPdf } from './my-protocols';
import { listVeterinarians, setVerified } from '../veterinarians/admin';

// The contract already admits only vets to these methods; this keeps a handler
// from ever running on someone else's behalf if that rule were loosened.
function vetOf(actor: Actor): VetPrincipal {
  if (!actor.vet) throw new AppError('FORBIDDEN', 'error.forbidden');
  return actor.vet;
}

export const vetHandlers: Pick<
  HandlerTable,
  | 'profile.get'
  | 'profile.update'
  | 'profile.history'
  | 'profile.setNotifications'
  | 'drafts.list'
  | 'drafts.save'
  | 'drafts.delete'
  | 'protocols.listMine'
  | 'protocols.getMine'
  | 'protocols.reportPdf'
  | 'veterinarians.list'
  | 'veterinarians.setVerified'
> = {
  'profile.get': (ctx, actor) => loadVetAccountView(ctx.db, vetOf(actor).accountId),
  'profile.update': (ctx, actor, input) => updateProfile(ctx, actor, vetOf(actor), input),
  'profile.history': (ctx, actor) => profileHistory(ctx, vetOf(actor)),
  'profile.setNotifications': (ctx, actor, input) => setNotifications(ctx, vetOf(actor), input),

  'drafts.list': (ctx, actor) => listDrafts(ctx, vetOf(actor)),
  'drafts.save': (ctx, actor, input) => saveDraft(ctx, vetOf(actor), input),
  'drafts.delete': (ctx, actor, input) => deleteDraft(ctx, vetOf(actor), input.id),

  'protocols.listMine': (ctx, actor, input) => listMyProtocols(ctx, vetOf(actor), input),
  'protocols.getMine': (ctx, actor, input) => getMyProtocol(ctx, vetOf(actor), input.id),
  'protocols.reportPdf': (ctx, actor, input) => myReportPdf(ctx, vetOf(actor), input),

  'veterinarians.list': (ctx, _actor, input) => listVeterinarians(ctx, input),
  'veterinarians.setVerified': (ctx, actor, input) => setVerified(ctx, actor, input),
};
