import type { HandlerTable } from '../rpc/types';
import { signIn } from './sign-in';
import { revokeSession } from './sessions';
import { revokeVetSession } from '../portal/sessions';
import {
  createUser,
  listUsers,
  setLicense,
  setPassword,
  setRoles,
  toUserView,
  unlockUser,
} from './users';

type AccountMethods =
  | 'session.signIn'
  | 'session.signOut'
  | 'session.me'
  | 'users.list'
  | 'users.create'
  | 'users.setRoles'
  | 'users.unlock'
  | 'users.setPassword'
  | 'users.setLicense';

export const accountHandlers: Pick<HandlerTable, AccountMethods> = {
  'session.signIn': (ctx, _actor, input) => signIn(ctx, input.email, input.password),

  // Both doors share one cookie, so the token may be a vet's: whichever it is, it ends.
  'session.signOut': async (ctx, _actor, _input, caller) => {
    await revokeSession(ctx, caller.sessionToken);
    await revokeVetSession(ctx, caller.sessionToken);
    return { ok: true };
  },

  'session.me': async (ctx, actor) => {
    if (!actor?.userId) return null;
    const row = await ctx.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', actor.userId)
      .executeTakeFirst();
    return row ? toUserView(row) : null;
  },

  'users.list': (ctx) => listUsers(ctx.db),
  'users.create': (ctx, actor, input) => createUser(ctx, actor, input),
  'users.setRoles': (ctx, actor, input) => setRoles(ctx, actor, input.id, input.roles),
  'users.unlock': (ctx, actor, input) => unlockUser(ctx, actor, input.id),
  'users.setPassword': (ctx, actor, input) => setPassword(ctx, actor, input.id, input.password),
  'users.setLicense': (ctx, actor, input) => setLicense(ctx, actor, input.id, input.licenseNumber),
};
