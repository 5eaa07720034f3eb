import { afterEach, describe, expect, it } from 'vitest';
import { idForEmail } from '../../../src-main/sync/entities';
import {
  linkToken,
  PUBLIC_URL,
  registerVerified,
  resultOf,
  startPortalLab,
  vetForm,
  type PortalLab,
} from '../../helpers/portal-lab';

let lab: PortalLab;
afterEach(async () => lab?.close());

const db = () => lab.services.ctx.db;

function accountRow(email: string) {
  return db().selectFrom('vet_accounts').selectAll().where('email', '=', email).executeTakeFirst();
}

async function countRows(
  table: 'vet_accounts' | 'auth_tokens' | 'mail_requests' | 'mail_outbox' | 'veterinarians',
) {
  const row = await db()
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A record the desk typed from a paper form before the vet ever used the portal. */
async function deskRecord(email: string) {
  const now = '2026-11-02T12:00:00.000Z';
  const row = {
    id: idForEmail('veterinarian', email),
    email,
    first_name: 'L.',
    last_name: 'Gomez',
    license_number: 'MP 1200',
    phone: null,
    dni: '23456789',
    cuit: null,
    address: null,
    verified: 1,
    created_at: now,
    updated_at: now,
  };
  await db().insertInto('veterinarians').values(row).execute();
  return row;
}

describe('registering on the portal', () => {
  it('mails a verification link over STARTTLS with a login; the link works once', async () => {
    lab = await startPortalLab();
    const form = vetForm({ email: 'Laura.Gomez@Veterinaria-Sur.example ' });

    const answer = await lab.call('auth.register', form);
    expect(answer).toEqual({ ok: true, result: { status: 'check_mail' } });

    const [mail] = await lab.waitForMails(1);
    expect(mail!.envelopeTo).toEqual(['laura.gomez@veterinaria-sur.example']);
    expect(mail!.subject).toBe('Confirme su correo electrónico');
    expect(mail!.secure).toBe(true);
    expect(mail!.user).toBe('avisos');
    // No name typed at registration reaches a mailbox not yet proven to be theirs.
    expect(mail!.text).toContain('Estimada/o colega:');
    expect(mail!.text).not.toContain('Laura');
    expect(mail!.text).toContain(`${PUBLIC_URL}/portal/#/verificar/`);
    expect(mail!.text).toContain('vence en 24 horas');
    expect(mail!.html).toContain(`<a href="${PUBLIC_URL}/portal/#/verificar/`);

    const account = await accountRow('laura.gomez@veterinaria-sur.example');
    expect(account).toMatchObject({ email_verified_at: null, veterinarian_id: null, active: 1 });
    expect(JSON.parse(account!.notify)).toEqual(['received', 'rejected']);
    expect(JSON.parse(account!.profile)).toMatchObject({ firstName: 'Laura', lastName: 'Gómez' });

    const token = linkToken(mail!, 'verificar');
    // Once delivered, the outbox keeps the mail without the link's token.
    await expect
      .poll(async () => {
        const row = await db().selectFrom('mail_outbox').selectAll().executeTakeFirstOrThrow();
        return row.status === 'sent' && `${row.text_body}${row.html_body}`;
      })
      .toContain('#/verificar/…');
    const kept = await db().selectFrom('mail_outbox').selectAll().executeTakeFirstOrThrow();
    expect(`${kept.text_body}${kept.html_body}`).not.toContain(token);
    expect(await lab.call('auth.verifyEmail', { token, password: form.password })).toEqual({
      ok: true,
      result: { email: 'laura.gomez@veterinaria-sur.example' },
    });
    expect((await accountRow('laura.gomez@veterinaria-sur.example'))!.email_verified_at).not.toBe(
      null,
    );
    expect(await lab.call('auth.verifyEmail', { token, password: form.password })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Este enlace ya fue usado. Si necesita otro, pídalo de nuevo.',
      },
    });
  });

  it('the link activates the account only with the password chosen at registration', async () => {
    lab = await startPortalLab();
    const form = vetForm();
    await lab.call('auth.register', form);
    const token = linkToken((await lab.waitForMails(1))[0]!, 'verificar');

    const guessed = await lab.call('auth.verifyEmail', {
      token,
      password: 'otra frase cualquiera',
    });
    expect(guessed).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((guessed as { error: { message: string } }).error.message).toContain(
      'Si usted no se registró, no hace falta hacer nada',
    );
    expect((await accountRow(form.email))!.email_verified_at).toBeNull();

    expect(await lab.call('auth.verifyEmail', { token, password: form.password })).toMatchObject({
      ok: true,
    });
  });

  it("a stranger's registration with a desk vet's address gives the stranger nothing", async () => {
    lab = await startPortalLab();
    const email = 'dra.real@clinica-sur.example';
    const desk = await deskRecord(email);
    const stranger = vetForm({
      email,
      firstName: 'Atacante',
      lastName: 'Falso',
      licenseNumber: 'MP-FAKE',
      password: 'la clave del intruso 2026',
    });
    await lab.call('auth.register', stranger);
    const link = linkToken((await lab.waitForMails(1))[0]!, 'verificar');

    // The vet opens the mail she did not expect: without the stranger's password, nothing.
    expect(
      await lab.call('auth.verifyEmail', { token: link, password: 'mi clave de siempre 99' }),
    ).toMatchObject({ ok: false });
    expect(await lab.call('auth.login', { email, password: stranger.password })).toMatchObject({
      ok: false,
    });

    // She takes the address back with a reset: the lab's record keeps what the lab knew.
    await lab.call('auth.requestPasswordReset', { email });
    const reset = linkToken((await lab.waitForMails(2))[1]!, 'restablecer');
    const mine = 'el ñandú de la dra real 2026';
    expect(await lab.call('auth.resetPassword', { token: reset, password: mine })).toMatchObject({
      ok: true,
    });
    const record = await db()
      .selectFrom('veterinarians')
      .selectAll()
      .where('id', '=', desk.id)
      .executeTakeFirstOrThrow();
    expect(record).toMatchObject({
      first_name: 'L.',
      last_name: 'Gomez',
      license_number: 'MP 1200',
    });
    expect(await accountRow(email)).toMatchObject({
      veterinarian_id: desk.id,
      license_key: 'MP1200',
    });
    expect(await lab.call('auth.login', { email, password: stranger.password })).toMatchObject({
      ok: false,
    });
    expect(await lab.call('auth.login', { email, password: mine })).toMatchObject({ ok: true });
  });

  it('a verified vet gets a record of their own, which travels to the desks', async () => {
    lab = await startPortalLab();
    const form = vetForm({ email: 'nueva@veterinaria-sur.example', licenseNumber: 'MP 4321' });
    await registerVerified(lab, form);

    const account = await accountRow(form.email);
    expect(account!.veterinarian_id).toBe(idForEmail('veterinarian', form.email));
    const record = await db()
      .selectFrom('veterinarians')
      .selectAll()
      .where('id', '=', account!.veterinarian_id!)
      .executeTakeFirstOrThrow();
    expect(record).toMatchObject({
      email: form.email,
      first_name: 'Laura',
      last_name: 'Gómez',
      license_number: 'MP 4321',
      phone: '+54 342 555 0101',
      verified: 0,
    });
    const travelling = await db()
      .selectFrom('sync_changes')
      .select(['entity', 'row_id'])
      .where('entity', '=', 'veterinarian')
      .execute();
    expect(travelling).toEqual([{ entity: 'veterinarian', row_id: record.id }]);

    const signedIn = resultOf<{ account: { licenseNumber: string; email: string } }>(
      await lab.call('auth.login', { email: form.email, password: form.password }),
    );
    expect(signedIn.account).toMatchObject({ email: form.email, licenseNumber: 'MP 4321' });
  });

  it('takes over the record the desk typed for that address, and keeps its history', async () => {
    lab = await startPortalLab();
    const email = 'laura@veterinaria-sur.example';
    const desk = await deskRecord(email);
    const form = vetForm({ email, licenseNumber: 'MP 1200', phone: '+54 342 555 0199' });
    await registerVerified(lab, form);

    expect((await accountRow(email))!.veterinarian_id).toBe(desk.id);
    expect(await countRows('veterinarians')).toBe(1);
    const record = await db()
      .selectFrom('veterinarians')
      .selectAll()
      .where('id', '=', desk.id)
      .executeTakeFirstOrThrow();
    // What the vet typed wins; what they left blank (the DNI) stays as the lab had it.
    expect(record).toMatchObject({
      first_name: 'Laura',
      last_name: 'Gómez',
      license_number: 'MP 1200',
      phone: '+54 342 555 0199',
      dni: '23456789',
      verified: 1,
    });

    const history = await db().selectFrom('veterinarian_changes').selectAll().execute();
    expect(history).toHaveLength(1);
    expect(history[0]!.changed_by).toBe('Laura Gómez');
    expect(JSON.parse(history[0]!.changes)).toEqual({
      firstName: { from: 'L.', to: 'Laura' },
      lastName: { from: 'Gomez', to: 'Gómez' },
      phone: { from: null, to: '+54 342 555 0199' },
    });
    const edit = await db()
      .selectFrom('sync_changes')
      .select(['row_id', 'data'])
      .where('entity', '=', 'veterinarian')
      .executeTakeFirstOrThrow();
    expect(edit.row_id).toBe(desk.id);
    expect(JSON.parse(edit.data)).toMatchObject({
      first_name: 'Laura',
      last_name: 'Gómez',
      phone: '+54 342 555 0199',
    });
  });

  it('in English, the mail is in English', async () => {
    lab = await startPortalLab();
    await lab.call('auth.register', vetForm({ locale: 'en' }));
    const [mail] = await lab.waitForMails(1);
    expect(mail!.subject).toBe('Confirm your email address');
    expect(mail!.text).toContain('The link expires in 24 hours');
  });

  it('an address with an account changes nothing; its owner is told someone tried', async () => {
    lab = await startPortalLab();
    const first = vetForm({ email: 'duena@veterinaria-sur.example' });
    await registerVerified(lab, first);
    const accountBefore = await accountRow(first.email);

    const again = vetForm({
      email: ' DUENA@veterinaria-sur.example',
      firstName: 'Otra',
      lastName: 'Persona',
      password: 'Otra frase cualquiera de acceso',
    });
    expect(await lab.call('auth.register', again)).toEqual({
      ok: true,
      result: { status: 'check_mail' },
    });

    const mails = await lab.waitForMails(2);
    expect(mails[1]!.envelopeTo).toEqual([first.email]);
    expect(mails[1]!.subject).toBe('Intento de registro con su dirección de correo');
    expect(mails[1]!.text).toContain('Estimada/o colega:');
    expect(mails[1]!.text).toContain(`${PUBLIC_URL}/portal/#/`);
    expect(mails[1]!.text).toContain('Olvidé mi contraseña');
    expect(await accountRow(first.email)).toEqual(accountBefore);
    expect(await countRows('vet_accounts')).toBe(1);
    // The owner's password still opens the account; the intruder's does not.
    expect(
      await lab.call('auth.login', { email: first.email, password: first.password }),
    ).toMatchObject({ ok: true });
    expect(
      await lab.call('auth.login', { email: first.email, password: again.password }),
    ).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('a license that has an account makes nothing, and the new address is told why', async () => {
    lab = await startPortalLab();
    const holder = vetForm({ email: 'titular@veterinaria-sur.example', licenseNumber: 'MP 7788' });
    await registerVerified(lab, holder);

    const other = vetForm({
      email: 'otra@clinica-norte.example',
      firstName: 'Marta',
      lastName: 'Ríos',
      licenseNumber: 'mp-77.88',
    });
    expect(await lab.call('auth.register', other)).toEqual({
      ok: true,
      result: { status: 'check_mail' },
    });
    const mails = await lab.waitForMails(2);
    expect(mails[1]!.envelopeTo).toEqual(['otra@clinica-norte.example']);
    expect(mails[1]!.subject).toBe('No se pudo crear su cuenta en el portal');
    expect(mails[1]!.text).toContain('Estimada/o colega:');
    expect(mails[1]!.text).not.toContain('Marta');
    expect(mails[1]!.text).toContain('Esa matrícula ya tiene una cuenta en el portal');
    expect(mails[1]!.text).toContain('comuníquese con el laboratorio');
    // Nothing about the holder: neither their name nor their address.
    expect(mails[1]!.text).not.toContain('Laura');
    expect(mails[1]!.text).not.toContain('titular@');
    expect(await accountRow('otra@clinica-norte.example')).toBeUndefined();
    expect(await countRows('vet_accounts')).toBe(1);
  });

  it('an expired link is refused and leaves the account waiting; a new one works', async () => {
    lab = await startPortalLab();
    const form = vetForm({ email: 'tarde@veterinaria-sur.example' });
    await lab.call('auth.register', form);
    const [mail] = await lab.waitForMails(1);

    lab.clock.advanceMinutes(24 * 60 + 1);
    expect(
      await lab.call('auth.verifyEmail', {
        token: linkToken(mail!, 'verificar'),
        password: form.password,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Este enlace venció. Pida uno nuevo.' },
    });
    expect((await accountRow(form.email))!.email_verified_at).toBeNull();

    await lab.call('auth.resendVerification', { email: form.email });
    const mails = await lab.waitForMails(2);
    const fresh = linkToken(mails[1]!, 'verificar');
    expect(
      await lab.call('auth.verifyEmail', { token: fresh, password: form.password }),
    ).toMatchObject({ ok: true });
  });

  it('an unknown or mangled link is refused plainly', async () => {
    lab = await startPortalLab();
    expect(
      await lab.call('auth.verifyEmail', {
        token: 'x'.repeat(43),
        password: 'cualquier clave larga',
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'El enlace no es válido. Revise que lo haya copiado completo, o pida uno nuevo.',
      },
    });
  });

  it('signing in before verifying is refused like a wrong password, with how to get a link', async () => {
    lab = await startPortalLab();
    const taken = vetForm({
      email: 'ya.registrada@clinica.example',
      licenseNumber: 'MP 999',
      password: 'la clave de la dueña 2026',
    });
    await registerVerified(lab, taken);
    const form = vetForm();
    await lab.call('auth.register', form);
    const early = await lab.call('auth.login', { email: form.email, password: form.password });
    expect(early).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    });
    expect((early as { error: { message: string } }).error.message).toContain(
      'pida uno nuevo con «Reenviar el enlace de verificación»',
    );
    // The same answer as a wrong password for an address that has an account: registering
    // an address with a password of one's own tells nothing about whether it had one.
    await lab.call('auth.register', { ...taken, password: form.password });
    expect(await lab.call('auth.login', { email: taken.email, password: form.password })).toEqual(
      early,
    );
    expect(await countRows('vet_accounts')).toBe(2);
  });

  it('the audit log keeps the address domain only', async () => {
    lab = await startPortalLab();
    await registerVerified(lab, vetForm({ email: 'privada.persona@veterinaria-sur.example' }));
    const audit = await db().selectFrom('audit_log').select(['action', 'details']).execute();
    expect(audit.map((a) => a.action)).toEqual(['vet.registered', 'vet.email_verified']);
    expect(JSON.parse(audit[0]!.details)).toEqual({ emailDomain: 'veterinaria-sur.example' });
    expect(JSON.stringify(audit)).not.toContain('privada.persona');
  });
});

describe('the password rule at registration', () => {
  const refusals: [string, string, string][] = [
    ['too short', 'corta123', 'La contraseña debe tener al menos 10 caracteres.'],
    [
      'a common one',
      'contraseña123',
      'La contraseña es demasiado común o fácil de adivinar. Elija otra que no se use ' +
        'habitualmente, por ejemplo una frase de varias palabras que solo usted conozca.',
    ],
    [
      'a keyboard row',
      'qwertyuiop',
      'La contraseña es demasiado común o fácil de adivinar. Elija otra que no se use ' +
        'habitualmente, por ejemplo una frase de varias palabras que solo usted conozca.',
    ],
    [
      'the own address',
      'laura.gomez@veterinaria-sur.example',
      'La contraseña es fácil de adivinar porque se parece a sus propios datos (correo, ' +
        'nombre o matrícula). Elija otra que no los contenga.',
    ],
    [
      'the own name',
      'LauraGómez',
      'La contraseña es fácil de adivinar porque se parece a sus propios datos (correo, ' +
        'nombre o matrícula). Elija otra que no los contenga.',
    ],
  ];

  it.each(refusals)('refuses %s and changes nothing', async (_what, password, message) => {
    lab = await startPortalLab();
    const form = vetForm({ email: 'laura.gomez@veterinaria-sur.example', password });
    expect(await lab.call('auth.register', form)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'VALIDATION', message }),
    });
    expect(await countRows('vet_accounts')).toBe(0);
    expect(await countRows('auth_tokens')).toBe(0);
    expect(await countRows('mail_requests')).toBe(0);
    expect(await countRows('mail_outbox')).toBe(0);
  });

  it('refuses more than 256 characters at the door', async () => {
    lab = await startPortalLab();
    const outcome = await lab.call('auth.register', vetForm({ password: 'ñandú '.repeat(43) }));
    expect(outcome).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await countRows('vet_accounts')).toBe(0);
  });

  it('accepts a long phrase, and the staff demo password still passes the same rule', async () => {
    lab = await startPortalLab();
    expect(
      await lab.call('auth.register', vetForm({ password: 'Biopsia de piel canina 2026' })),
    ).toMatchObject({ ok: true });
    expect(await lab.call('auth.register', vetForm({ password: 'patolab-demo' }))).toMatchObject({
      ok: true,
    });
    expect(await countRows('vet_accounts')).toBe(2);
  });
});
