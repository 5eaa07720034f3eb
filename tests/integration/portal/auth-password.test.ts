import { afterEach, describe, expect, it } from 'vitest';
import {
  linkToken,
  registerVerified,
  resultOf,
  signInVet,
  startPortalLab,
  vetForm,
  type PortalLab,
  type VetForm,
} from '../../helpers/portal-lab';

let lab: PortalLab;
afterEach(async () => lab?.close());

const db = () => lab.services.ctx.db;
const NEW_PASSWORD = 'Microscopio azul del segundo piso';

/** Who a session token belongs to now, as the portal asks on every page. */
async function whoIs(sessionToken: string) {
  return resultOf<{ email: string } | null>(await lab.call('auth.me', {}, { sessionToken }));
}

const login = (email: string, password: string) => lab.call('auth.login', { email, password });

/** Asks for a reset and answers the link's token from the mail that arrives. */
async function resetLink(email: string): Promise<string> {
  const total = lab.smtp.received.length;
  resultOf(await lab.call('auth.requestPasswordReset', { email }));
  const mails = await lab.waitForMails(total + 1);
  return linkToken(mails[total]!, 'restablecer');
}

async function verifiedVet(overrides: Partial<VetForm> = {}): Promise<VetForm> {
  lab = await startPortalLab();
  const form = vetForm(overrides);
  await registerVerified(lab, form);
  return form;
}

describe('a forgotten password', () => {
  it('the mailed link sets a new password, ending every session and every other link', async () => {
    const vet = await verifiedVet();
    const phone = await signInVet(lab, vet);
    const office = await signInVet(lab, vet);

    const first = await resetLink(vet.email);
    const mail = lab.mailsTo(vet.email).at(-1)!;
    expect(mail.subject).toBe('Restablezca su contraseña');
    expect(mail.text).toContain('vence en 1 hora');
    lab.clock.advanceMinutes(5);
    const second = await resetLink(vet.email);

    expect(await lab.call('auth.resetPassword', { token: first, password: NEW_PASSWORD })).toEqual({
      ok: true,
      result: { ok: true },
    });

    expect(await whoIs(phone)).toBeNull();
    expect(await whoIs(office)).toBeNull();
    expect(await login(vet.email, vet.password)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await login(vet.email, NEW_PASSWORD)).toMatchObject({ ok: true });
    expect(
      await lab.call('auth.resetPassword', { token: second, password: 'Otra frase distinta 77' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const mails = await lab.waitForMails(4);
    expect(mails[3]!.subject).toBe('Su contraseña fue cambiada');
    expect(mails[3]!.envelopeTo).toEqual([vet.email]);
  });

  it('reset links do not verify an address, and verification links do not reset', async () => {
    lab = await startPortalLab();
    const vet = vetForm();
    await lab.call('auth.register', vet);
    const [registration] = await lab.waitForMails(1);
    const verification = linkToken(registration!, 'verificar');
    const reset = await resetLink(vet.email);

    const invalid =
      'El enlace no es válido. Revise que lo haya copiado completo, o pida uno nuevo.';
    expect(
      await lab.call('auth.verifyEmail', { token: reset, password: vet.password }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: invalid },
    });
    expect(
      await lab.call('auth.resetPassword', { token: verification, password: NEW_PASSWORD }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: invalid } });

    // Each still does its own job.
    expect(
      await lab.call('auth.verifyEmail', { token: verification, password: vet.password }),
    ).toMatchObject({ ok: true });
    expect(
      await lab.call('auth.resetPassword', { token: reset, password: NEW_PASSWORD }),
    ).toMatchObject({ ok: true });
  });

  it('a reset proves the mailbox: an address never verified is verified and linked', async () => {
    lab = await startPortalLab();
    const vet = vetForm();
    await lab.call('auth.register', vet);
    await lab.waitForMails(1);
    const reset = await resetLink(vet.email);

    resultOf(await lab.call('auth.resetPassword', { token: reset, password: NEW_PASSWORD }));
    const account = await db()
      .selectFrom('vet_accounts')
      .selectAll()
      .where('email', '=', vet.email)
      .executeTakeFirstOrThrow();
    expect(account.email_verified_at).not.toBeNull();
    expect(account.veterinarian_id).not.toBeNull();
    expect(await login(vet.email, NEW_PASSWORD)).toMatchObject({ ok: true });
  });

  it('the link lasts an hour', async () => {
    const vet = await verifiedVet();
    const reset = await resetLink(vet.email);
    lab.clock.advanceMinutes(61);
    expect(
      await lab.call('auth.resetPassword', { token: reset, password: NEW_PASSWORD }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Este enlace venció. Pida uno nuevo.' },
    });
    expect(await login(vet.email, vet.password)).toMatchObject({ ok: true });
  });

  it('a weak new password is refused and the link still works afterwards', async () => {
    const vet = await verifiedVet();
    const reset = await resetLink(vet.email);
    expect(
      await lab.call('auth.resetPassword', { token: reset, password: 'contraseña123' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await login(vet.email, vet.password)).toMatchObject({ ok: true });
    expect(
      await lab.call('auth.resetPassword', { token: reset, password: NEW_PASSWORD }),
    ).toMatchObject({ ok: true });
  });

  it('answers and limits an unknown address as a known one, and mails it nothing', async () => {
    const vet = await verifiedVet();
    const unknown = 'nadie@veterinaria-sur.example';
    const mailsBefore = lab.smtp.received.length;
    const answers: Record<string, unknown[]> = { [vet.email]: [], [unknown]: [] };
    for (let i = 0; i < 4; i++) {
      for (const email of Object.keys(answers)) {
        answers[email]!.push(await lab.call('auth.requestPasswordReset', { email }));
      }
      lab.clock.advanceMinutes(5);
    }
    expect(answers[unknown]).toEqual(answers[vet.email]);
    expect(answers[unknown]![3]).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    await lab.waitForMails(mailsBefore + 3);
    expect(lab.mailsTo(unknown)).toHaveLength(0);
  });
});

describe('a signed-in vet changes the password', () => {
  it('needs the current one, keeps the session in use, ends the others and every link', async () => {
    const vet = await verifiedVet();
    const here = await signInVet(lab, vet);
    const elsewhere = await signInVet(lab, vet);
    const pendingReset = await resetLink(vet.email);

    expect(
      await lab.call(
        'profile.changePassword',
        { currentPassword: 'no es la actual', newPassword: NEW_PASSWORD },
        { sessionToken: here },
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'La contraseña actual no es correcta.' },
    });
    expect(
      await lab.call(
        'profile.changePassword',
        { currentPassword: vet.password, newPassword: 'qwertyuiop' },
        { sessionToken: here },
      ),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await login(vet.email, vet.password)).toMatchObject({ ok: true });

    expect(
      await lab.call(
        'profile.changePassword',
        { currentPassword: vet.password, newPassword: NEW_PASSWORD },
        { sessionToken: here },
      ),
    ).toEqual({ ok: true, result: { ok: true } });

    expect(await whoIs(here)).toMatchObject({ email: vet.email });
    expect(await whoIs(elsewhere)).toBeNull();
    expect(
      await lab.call('auth.resetPassword', { token: pendingReset, password: 'Otra frase 9876 x' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await login(vet.email, NEW_PASSWORD)).toMatchObject({ ok: true });
    const mails = await lab.waitForMails(3);
    expect(mails[2]!.subject).toBe('Su contraseña fue cambiada');
  });

  it('wrong current passwords are throttled like sign-in', async () => {
    const vet = await verifiedVet();
    const session = await signInVet(lab, vet);
    const change = (currentPassword: string) =>
      lab.call(
        'profile.changePassword',
        { currentPassword, newPassword: NEW_PASSWORD },
        { sessionToken: session },
      );
    for (let i = 0; i < 4; i++) {
      expect(await change(`adivinanza ${i}`)).toMatchObject({ error: { code: 'VALIDATION' } });
    }
    expect(await change('adivinanza 4')).toMatchObject({
      ok: false,
      error: {
        code: 'RATE_LIMITED',
        message: 'Demasiados intentos fallidos. Intente de nuevo a las 10:02.',
      },
    });
    // Blocked: even the right one is not looked at, and the session lives on.
    expect(await change(vet.password)).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect(await whoIs(session)).toMatchObject({ email: vet.email });
  });
});

describe('a signed-in vet changes the address', () => {
  const NEW_EMAIL = 'laura.nueva@clinica-norte.example';

  it('changes when the link mailed to the new address is opened; the old one is told', async () => {
    const vet = await verifiedVet();
    const session = await signInVet(lab, vet);
    const other = await signInVet(lab, vet);
    const pendingReset = await resetLink(vet.email);

    expect(
      await lab.call(
        'profile.changeEmail',
        { password: vet.password, newEmail: ' Laura.Nueva@Clinica-Norte.example' },
        { sessionToken: session },
      ),
    ).toEqual({ ok: true, result: { status: 'check_mail' } });
    const mails = await lab.waitForMails(3);
    expect(mails[2]!.envelopeTo).toEqual([NEW_EMAIL]);
    expect(mails[2]!.subject).toBe('Confirme su nueva dirección de correo');
    // Nothing moves before the new mailbox answers.
    expect(await whoIs(session)).toMatchObject({ email: vet.email });

    expect(
      await lab.call('auth.verifyEmail', {
        token: linkToken(mails[2]!, 'verificar'),
        password: vet.password,
      }),
    ).toEqual({ ok: true, result: { email: NEW_EMAIL } });

    const account = await db()
      .selectFrom('vet_accounts')
      .selectAll()
      .where('email', '=', NEW_EMAIL)
      .executeTakeFirstOrThrow();
    const record = await db()
      .selectFrom('veterinarians')
      .selectAll()
      .where('id', '=', account.veterinarian_id!)
      .executeTakeFirstOrThrow();
    expect(record.email).toBe(NEW_EMAIL);
    const change = await db()
      .selectFrom('veterinarian_changes')
      .select('changes')
      .where('veterinarian_id', '=', record.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(change.changes)).toEqual({ email: { from: vet.email, to: NEW_EMAIL } });
    const travelled = await db()
      .selectFrom('sync_changes')
      .select('data')
      .where('row_id', '=', record.id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(travelled.data)).toMatchObject({ email: NEW_EMAIL });

    expect(await whoIs(session)).toBeNull();
    expect(await whoIs(other)).toBeNull();
    expect(
      await lab.call('auth.resetPassword', { token: pendingReset, password: NEW_PASSWORD }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await login(vet.email, vet.password)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await login(NEW_EMAIL, vet.password)).toMatchObject({ ok: true });

    const notice = (await lab.waitForMails(4))[3]!;
    expect(notice.envelopeTo).toEqual([vet.email]);
    expect(notice.subject).toBe('Cambió la dirección de correo de su cuenta');
    expect(notice.text).toContain(NEW_EMAIL);
  });

  it('asks for at most three new addresses an hour, five minutes apart, whatever they are', async () => {
    const vet = await verifiedVet();
    const session = await signInVet(lab, vet);
    const ask = (n: number) =>
      lab.call(
        'profile.changeEmail',
        { password: vet.password, newEmail: `desconocido${n}@otro-sitio.example` },
        { sessionToken: session },
      );
    const before = await lab.outboxCount();

    expect(await ask(1)).toMatchObject({ ok: true });
    expect(await ask(2)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    lab.clock.advanceMinutes(5);
    expect(await ask(3)).toMatchObject({ ok: true });
    lab.clock.advanceMinutes(5);
    expect(await ask(4)).toMatchObject({ ok: true });
    lab.clock.advanceMinutes(5);
    expect(await ask(5)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(await lab.outboxCount()).toBe(before + 3);
  });

  it('an address that has an account is told someone tried, and nothing changes', async () => {
    const vet = await verifiedVet();
    const taken = vetForm({ email: NEW_EMAIL });
    await registerVerified(lab, taken);
    const session = await signInVet(lab, vet);

    expect(
      await lab.call(
        'profile.changeEmail',
        { password: vet.password, newEmail: NEW_EMAIL },
        { sessionToken: session },
      ),
    ).toEqual({ ok: true, result: { status: 'check_mail' } });
    const mails = await lab.waitForMails(3);
    expect(mails[2]!.envelopeTo).toEqual([NEW_EMAIL]);
    expect(mails[2]!.subject).toBe('Intento de usar su dirección de correo');
    expect(mails[2]!.text).not.toMatch(/verificar\//);
    const tokens = await db()
      .selectFrom('auth_tokens')
      .select('id')
      .where('purpose', '=', 'change_email')
      .execute();
    expect(tokens).toHaveLength(0);
    expect(await whoIs(session)).toMatchObject({ email: vet.email });
  });

  it('is refused if the new address got an account before the link was opened', async () => {
    const vet = await verifiedVet();
    const session = await signInVet(lab, vet);
    await lab.call(
      'profile.changeEmail',
      { password: vet.password, newEmail: NEW_EMAIL },
      { sessionToken: session },
    );
    const link = linkToken((await lab.waitForMails(2))[1]!, 'verificar');
    await lab.call('auth.register', vetForm({ email: NEW_EMAIL }));

    expect(
      await lab.call('auth.verifyEmail', { token: link, password: vet.password }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message:
          'Esa dirección de correo ya tiene una cuenta en el portal, así que el cambio no se hizo.',
      },
    });
    expect(await whoIs(session)).toMatchObject({ email: vet.email });
  });

  it('needs the password, and mails nothing without it', async () => {
    const vet = await verifiedVet();
    const session = await signInVet(lab, vet);
    const queued = await lab.outboxCount();
    expect(
      await lab.call(
        'profile.changeEmail',
        { password: 'no es la mía', newEmail: NEW_EMAIL },
        { sessionToken: session },
      ),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await lab.outboxCount()).toBe(queued);
  });
});
