import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resendVerification } from '../../../src-main/portal/resend-verification';
import { AppError } from '../../../src-shared/errors';
import { createTestDatabaseUrl, postgresAvailable } from '../../helpers/postgres';
import {
  registerVerified,
  startPortalLab,
  vetForm,
  type PortalLab,
  type PortalLabOptions,
} from '../../helpers/portal-lab';

let lab: PortalLab;
afterEach(async () => lab?.close());

const EMAIL = 'laura.gomez@veterinaria-sur.example';
const TOO_SOON = (time: string) =>
  `Ya se enviaron varios correos a esta dirección hace poco. Intente de nuevo a las ${time}.`;

const resend = (email = EMAIL) => lab.call('auth.resendVerification', { email });

/** A vet who registered at 10:00:30 and has not opened the link; the registration mail is in. */
async function waitingVet(options: PortalLabOptions = {}) {
  lab = await startPortalLab(options);
  lab.clock.advanceMinutes(0.5);
  await lab.call('auth.register', vetForm({ email: EMAIL }));
  await lab.waitForMails(1);
}

async function requests(email = EMAIL) {
  return lab.services.ctx.db
    .selectFrom('mail_requests')
    .select(['kind', 'outcome'])
    .where('email', '=', email)
    .orderBy('requested_at')
    .execute();
}

describe('resending the verification link', () => {
  it('the fourth resend in an hour is a 429 that says when, and sends nothing', async () => {
    await waitingVet({ http: true });
    for (let i = 0; i < 3; i++) {
      const answer = await lab.http('auth.resendVerification', { email: EMAIL });
      expect(answer.status).toBe(200);
      lab.clock.advanceMinutes(5);
    }
    await lab.waitForMails(4);
    const queued = await lab.outboxCount();

    const fourth = await lab.http('auth.resendVerification', { email: EMAIL });
    expect(fourth.status).toBe(429);
    expect(fourth.json()).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'RATE_LIMITED', message: TOO_SOON('11:01') }),
    });
    expect(await lab.outboxCount()).toBe(queued);

    // At the time it said, the next one goes; it is the only mail after the three.
    lab.clock.advanceMinutes(45.5);
    expect((await lab.http('auth.resendVerification', { email: EMAIL })).status).toBe(200);
    const mails = await lab.waitForMails(5);
    expect(mails.map((m) => m.subject)).toEqual(Array(5).fill('Confirme su correo electrónico'));
    expect(lab.smtp.received).toHaveLength(5);
    expect((await requests()).map((r) => `${r.kind}:${r.outcome}`)).toEqual([
      'registration:sent',
      'verification:sent',
      'verification:sent',
      'verification:sent',
      'verification:refused',
      'verification:sent',
    ]);
  });

  it('a resend within five minutes of the last one is refused until then', async () => {
    await waitingVet();
    expect(await resend()).toMatchObject({ ok: true });
    lab.clock.advanceMinutes(3);
    expect(await resend()).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'RATE_LIMITED', message: TOO_SOON('10:06') }),
    });
    lab.clock.advanceMinutes(2.5);
    expect(await resend()).toMatchObject({ ok: true });
  });

  it('the refusal is logged with the address domain only', async () => {
    await waitingVet();
    await resend();
    await resend();
    const line = lab.log.find((l) => l.msg?.startsWith('mail request refused'));
    expect(line).toMatchObject({
      level: 40,
      kind: 'verification',
      emailDomain: 'veterinaria-sur.example',
    });
    expect(JSON.stringify(lab.log)).not.toContain('laura.gomez');
  });

  it('holds across a restart of the services on the same data folder', async () => {
    await waitingVet();
    for (let i = 0; i < 3; i++) {
      expect(await resend()).toMatchObject({ ok: true });
      lab.clock.advanceMinutes(5);
    }
    await lab.restart();
    expect(await resend()).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', message: TOO_SOON('11:01') },
    });
  });

  it('counts every way of writing the address as the same address', async () => {
    await waitingVet();
    const variants = [
      ' LAURA.GOMEZ@veterinaria-sur.example',
      'Laura.Gomez@Veterinaria-Sur.EXAMPLE',
    ];
    expect(await resend(variants[0])).toMatchObject({ ok: true });
    lab.clock.advanceMinutes(5);
    expect(await resend(variants[1])).toMatchObject({ ok: true });
    lab.clock.advanceMinutes(5);
    expect(await resend(EMAIL)).toMatchObject({ ok: true });
    lab.clock.advanceMinutes(5);
    expect(await resend(variants[0])).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });

    // Full-width letters and invisible characters are folded at the door and inside.
    const caller = { sessionToken: null };
    for (const odd of [
      'ｌａｕｒａ.ｇｏｍｅｚ@veterinaria-sur.example',
      'laura.go\u200bmez@veterinaria-sur.example',
    ]) {
      expect(await resend(odd)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
      await expect(resendVerification(lab.services.ctx, caller, odd)).rejects.toSatisfy(
        (error: unknown) => error instanceof AppError && error.code === 'RATE_LIMITED',
      );
    }
    expect((await requests()).filter((r) => r.outcome === 'sent')).toHaveLength(4);
  });

  it('twelve resends at once send one mail, however the address is written', async () => {
    await waitingVet();
    const spellings = [EMAIL, EMAIL.toUpperCase(), ` ${EMAIL} `];
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => resend(spellings[i % spellings.length])),
    );
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok && a.error.code === 'RATE_LIMITED')).toHaveLength(11);
    expect(await lab.outboxCount()).toBe(2);
    expect((await requests()).filter((r) => r.outcome === 'sent')).toHaveLength(2);
  });

  it('answers and limits alike an unknown address, a verified one and a waiting one', async () => {
    await waitingVet();
    const verified = vetForm({ email: 'verificada@veterinaria-sur.example' });
    await registerVerified(lab, verified);
    const unknown = 'nadie@veterinaria-sur.example';
    const mailsBefore = lab.smtp.received.length;

    const seen: Record<string, unknown[]> = { [EMAIL]: [], [verified.email]: [], [unknown]: [] };
    for (let i = 0; i < 4; i++) {
      for (const email of Object.keys(seen)) seen[email]!.push(await resend(email));
      lab.clock.advanceMinutes(5);
    }
    expect(seen[verified.email]).toEqual(seen[EMAIL]);
    expect(seen[unknown]).toEqual(seen[EMAIL]);
    expect(seen[EMAIL]!.slice(0, 3)).toEqual(
      Array(3).fill({ ok: true, result: { status: 'check_mail' } }),
    );
    expect(seen[EMAIL]![3]).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });

    // Mail only for the one waiting to verify.
    await lab.waitForMails(mailsBefore + 3);
    expect(lab.mailsTo(verified.email)).toHaveLength(1);
    expect(lab.mailsTo(unknown)).toHaveLength(0);
    expect((await requests(unknown)).map((r) => r.outcome)).toEqual([
      'no_account',
      'no_account',
      'no_account',
      'refused',
    ]);
  });
});

describe('resends on PostgreSQL', async () => {
  const skip = await postgresAvailable();
  let database: Awaited<ReturnType<typeof createTestDatabaseUrl>> | undefined;
  beforeAll(async () => {
    if (!skip) database = await createTestDatabaseUrl();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it.skipIf(skip !== null)('twelve at once still send one mail', async () => {
    await waitingVet({ databaseUrl: database!.url });
    const answers = await Promise.all(Array.from({ length: 12 }, () => resend()));
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(await lab.outboxCount()).toBe(2);
  });
});
