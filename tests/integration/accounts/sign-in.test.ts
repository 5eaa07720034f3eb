import { afterEach, describe, expect, it } from 'vitest';
import { openWorkstation, type Workstation } from '../../helpers/workstation';

let ws: Workstation;
afterEach(async () => ws?.close());

const signIn = (password: string) =>
  ws.services.call({ sessionToken: null }, 'session.signIn', {
    email: 'patologa@lab.example',
    password,
  });

async function withPathologist() {
  ws = await openWorkstation();
  await ws.call('users.create', {
    email: 'patologa@lab.example',
    displayName: 'Dra. Inés Acuña',
    roles: ['pathologist'],
    password: 'una clave larga',
  });
}

describe('signing in', () => {
  it('gives a session to the right password and a plain refusal to a wrong one', async () => {
    await withPathologist();
    expect(await signIn('una clave larga')).toMatchObject({ ok: true });
    expect(await signIn('otra cosa')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: 'Correo o contraseña incorrectos.' },
    });
  });

  it('locks the account after five failures, even when twenty guesses arrive at once', async () => {
    await withPathologist();
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signIn(`adivinanza ${i}`)),
    );

    expect(outcomes.every((o) => !o.ok)).toBe(true);
    const user = await ws.services.ctx.db
      .selectFrom('users')
      .select(['failed_attempts', 'locked_until'])
      .executeTakeFirstOrThrow();
    expect(user.failed_attempts).toBe(5);
    expect(user.locked_until).not.toBeNull();

    const right = await signIn('una clave larga');
    expect(right).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('lets an admin unlock the account at once, and records it all in the audit log', async () => {
    await withPathologist();
    for (let i = 0; i < 5; i++) await signIn('mal');
    const [user] = await ws.call('users.list', {});
    await ws.call('users.unlock', { id: user!.id });

    expect(await signIn('una clave larga')).toMatchObject({ ok: true });
    const actions = await ws.services.ctx.db.selectFrom('audit_log').select('action').execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['user.locked', 'user.unlocked', 'session.signed_in']),
    );
  });
});

describe('a caller who is not signed in', () => {
  it('is told to sign in before anything about the input is checked', async () => {
    ws = await openWorkstation();
    const outcome = await ws.services.call({ sessionToken: null }, 'reception.receive', {
      code: 42,
    });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
