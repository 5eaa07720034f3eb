// The portal's account methods: registering, verifying an address, signing in
// and out, a forgotten password, and a signed-in vet's change of password or
// address. Each lives in its own file; this table only routes to them.

import type { HandlerTable } from '../rpc/types';
import { register } from './register';
import { verifyEmail } from './verify-email';
import { resendVerification } from './resend-verification';
import { login } from './login';
import { revokeVetSession } from './sessions';
import { revokeSession } from '../accounts/sessions';
import { loadVetAccountView } from './account-view';
import { requestPasswordReset, resetPassword } from './password-reset';
import { changeEmail, changePassword } from './credentials';

type AuthMethods =
  | 'auth.register'
  | 'auth.verifyEmail'
  | 'auth.resendVerification'
  | 'auth.login'
  | 'auth.logout'
  | 'auth.me'
  | 'auth.requestPasswordReset'
  | 'auth.resetPassword'
  | 'profile.changePassword'
  | 'profile.changeEmail';

export const authHandlers: Pick<HandlerTable, AuthMethods> = {
  'auth.register': (ctx, _actor, input, caller) => register(ctx, caller, input),
  'auth.verifyEmail': (ctx, _actor, input, caller) => verifyEmail(ctx, caller, input),
  'auth.resendVerification': (ctx, _actor, input, caller) =>
    resendVerification(ctx, caller, input.email),
  'auth.login': (ctx, _actor, input, caller) => login(ctx, caller, input.email, input.password),

  // Both doors share one cookie, so the token may be staff's: whichever it is, it ends.
  'auth.logout': async (ctx, _actor, _input, caller) => {
    await revokeVetSession(ctx, caller.sessionToken);
    await revokeSession(ctx, caller.sessionToken);
    return { ok: true };
  },

  'auth.me': async (ctx, actor) =>
    actor?.vet ? loadVetAccountView(ctx.db, actor.vet.accountId) : null,

  'auth.requestPasswordReset': (ctx, _actor, input, caller) =>
    requestPasswordReset(ctx, caller, input.email),
  'auth.resetPassword': (ctx, _actor, input) => resetPassword(ctx, input.token, input.password),

  'profile.changePassword': (ctx, actor, input, caller) =>
    changePassword(ctx, actor, caller, input),
  'profile.changeEmail': (ctx, actor, input, caller) => changeEmail(ctx, actor, caller, input),
};
