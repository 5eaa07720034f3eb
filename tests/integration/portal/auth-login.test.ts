import { afterEach, describe, expect, it } from 'vitest';
import { blockMinutes } from '../../../src-main/portal/throttle';
import {
  registerVerified,
  resultOf,
  startPortalLab,
  vetForm,
  type PortalLab,
  type VetForm,
} from '../../helpers/portal-lab';

let lab: PortalLab;
afterEach(async () => lab?.close());

const db = () => lab.services.ctx.db;
const BAD =
  'Correo o contraseña incorrectos, o la dirección todavía no fue confirmada: si se ' +
  'registró hace poco, abra el enlace que le enviamos; si no lo encuentra o ya venció, ' +
  'pida uno nuevo con «Reenviar el enlace de verificación».';
const blockedUntil = (time: string) =>
  `Demasiados intentos fallidos. Intente de nuevo a las ${time}.`;

const login = (email: string, password: string, clientAddress?: string) =>
  lab.call('auth.login', { email, password }, { clientAddress });

async function verifiedVet(overrides: Partial<VetForm> = {}): Promise<VetForm> {
  lab = await startPortalLab();
  const form = vetForm(overrides);
  await registerVerified(lab, form);
  return form;
}

async function throttleRow(key: string) {
  return db().selectFrom('auth_throttle').selectAll().where('key', '=', key).executeTakeFirst();
}

describe('signing in to the portal', () => {
  it('opens a session that auth.me recognises, until sign-out', async () => {
    const vet = await verifiedVet({ email: 'laura@veterinaria-sur.example' });
    const signedIn = resultOf<{ token: string; account: Record<string, unknown> }>(
      await login(' Laura@Veterinaria-Sur.example', vet.password),
    );
    expect(signedIn.account).toMatchObject({
      email: 'laura@veterinaria-sur.example',
      firstName: 'Laura',
      lastName: 'Gómez',
      locale: 'es-AR',
      labVerified: false,
    });
    const session = { sessionToken: signedIn.token };
    expect(await lab.call('auth.me', {}, session)).toEqual({ ok: true, result: signedIn.account });
    expect(await lab.call('auth.me', {})).toEqual({ ok: true, result: null });

    expect(await lab.call('auth.logout', {}, session)).toEqual({ ok: true, result: { ok: true } });
    expect(await lab.call('auth.me', {}, session)).toEqual({ ok: true, result: null });
  });

  it('refuses a disabled account even with the right password', async () => {
    const vet = await verifiedVet();
    await db().updateTable('vet_accounts').set({ active: 0 }).execute();
    expect(await login(vet.email, vet.password)).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: 'La cuenta está desactivada. Consulte con un administrador.',
      },
    });
  });
});

describe('sign-in throttling', () => {
  it('blocks an account after five failures, doubling the wait with each further one', async () => {
    const vet = await verifiedVet();
    for (let i = 0; i < 4; i++) {
      expect(await login(vet.email, `adivinanza ${i}`)).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED', message: BAD },
      });
    }
    expect(await login(vet.email, 'adivinanza 4')).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', message: blockedUntil('10:02') },
    });
    // While blocked, not even the right password is looked at.
    expect(await login(vet.email, vet.password)).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', message: blockedUntil('10:02') },
    });

    lab.clock.advanceMinutes(1);
    expect(await login(vet.email, 'adivinanza 5')).toMatchObject({
      error: { code: 'RATE_LIMITED', message: blockedUntil('10:04') },
    });
    lab.clock.advanceMinutes(2);
    expect(await login(vet.email, 'adivinanza 6')).toMatchObject({
      error: { code: 'RATE_LIMITED', message: blockedUntil('10:08') },
    });
    expect((await throttleRow(`account:${vet.email}`))!.failures).toBe(7);

    // Once the wait is over, the right password opens and the count starts again.
    lab.clock.advanceMinutes(4);
    expect(await login(vet.email, vet.password)).toMatchObject({ ok: true });
    expect(await throttleRow(`account:${vet.email}`)).toBeUndefined();
    expect(await login(vet.email, 'otra vez mal')).toMatchObject({
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('waits at most an hour', () => {
    expect([4, 5, 6, 7, 10, 11, 40].map((n) => blockMinutes(n, 5))).toEqual([
      0, 1, 2, 4, 32, 60, 60,
    ]);
  });

  it('answers an unknown address exactly as a wrong password, block included', async () => {
    const vet = await verifiedVet();
    const unknown = 'nadie@veterinaria-sur.example';
    for (let i = 0; i < 6; i++) {
      const known = await login(vet.email, `adivinanza ${i}`);
      const nobody = await login(unknown, `adivinanza ${i}`);
      expect(nobody).toEqual(known);
    }
    expect((await throttleRow(`account:${unknown}`))!.failures).toBe(5);
  });

  it('blocks a client address after twenty failures across accounts, and no other', async () => {
    const vet = await verifiedVet();
    const guesser = '203.0.113.7';
    for (let i = 0; i < 19; i++) {
      expect(
        await login(`persona${i}@veterinaria-sur.example`, 'adivinanza', guesser),
      ).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    }
    expect(await login('persona19@veterinaria-sur.example', 'adivinanza', guesser)).toMatchObject({
      error: { code: 'RATE_LIMITED', message: blockedUntil('10:02') },
    });
    expect(await login(vet.email, vet.password, guesser)).toMatchObject({
      error: { code: 'RATE_LIMITED' },
    });
    expect(await login(vet.email, vet.password, '198.51.100.4')).toMatchObject({ ok: true });

    lab.clock.advanceMinutes(1);
    expect(await login('persona20@veterinaria-sur.example', 'adivinanza', guesser)).toMatchObject({
      error: { code: 'RATE_LIMITED', message: blockedUntil('10:04') },
    });
    // A success from that address clears the account's count, never the address's.
    lab.clock.advanceMinutes(2);
    expect(await login(vet.email, vet.password, guesser)).toMatchObject({ ok: true });
    expect((await throttleRow(`address:${guesser}`))!.failures).toBe(21);
  });

  it('twenty guesses at once are counted one by one: the block comes after five', async () => {
    const vet = await verifiedVet();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login(vet.email, `adivinanza ${i}`)),
    );
    expect(answers.every((a) => !a.ok)).toBe(true);
    expect(answers.filter((a) => !a.ok && a.error.code === 'UNAUTHENTICATED')).toHaveLength(4);
    expect((await throttleRow(`account:${vet.email}`))!.failures).toBe(5);
    expect(await login(vet.email, vet.password)).toMatchObject({ error: { code: 'RATE_LIMITED' } });
  });

  it('counts every way of writing the address against the same account', async () => {
    const vet = await verifiedVet({ email: 'laura@veterinaria-sur.example' });
    const spellings = [
      'LAURA@veterinaria-sur.example',
      ' laura@VETERINARIA-SUR.example ',
      'ｌａｕｒａ@veterinaria-sur.example',
      'lau\u200bra@veterinaria-sur.example',
      'laura@veterinaria-sur.example\u00a0',
    ];
    for (const email of spellings) await login(email, 'adivinanza');
    expect((await throttleRow('account:laura@veterinaria-sur.example'))!.failures).toBe(5);
    expect(await login(vet.email, vet.password)).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    // And the right password under any spelling opens the account once the wait is over.
    lab.clock.advanceMinutes(2);
    expect(await login('ｌａｕｒａ@veterinaria-sur.example', vet.password)).toMatchObject({
      ok: true,
    });
  });

  it('keeps the address domain only in the audit log', async () => {
    const vet = await verifiedVet({ email: 'secreta.persona@veterinaria-sur.example' });
    await login(vet.email, 'adivinanza');
    await login('otra.secreta@veterinaria-sur.example', 'adivinanza');
    const failed = await db()
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'vet.sign_in_failed')
      .execute();
    expect(failed.map((row) => JSON.parse(row.details).reason)).toEqual([
      'wrong_password',
      'unknown_email',
    ]);
    expect(JSON.stringify(failed)).toContain('veterinaria-sur.example');
    expect(JSON.stringify(failed)).not.toContain('secreta');
  });
});
