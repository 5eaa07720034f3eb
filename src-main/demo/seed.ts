// Fills an empty data folder with a demonstration: staff users, submitted
// protocols waiting at the desk, a few already received, one rejected, one
// ready for the pathologist, who has a few phrases of her own.

import type { Services } from '../services';
import { callAsOperator } from '../cli/run';
import type { Actor } from '../context';
import { demoCases } from './cases';

export const DEMO_PASSWORD = 'patolab-demo';

export const DEMO_USERS = [
  { email: 'admin@patolab.local', displayName: 'Ana Administradora', roles: ['admin'] },
  { email: 'recepcion@patolab.local', displayName: 'Marta Pérez', roles: ['reception'] },
  { email: 'tecnico@patolab.local', displayName: 'Julián Ríos', roles: ['technician'] },
  {
    email: 'patologa@patolab.local',
    displayName: 'Dra. Inés Acuña',
    roles: ['pathologist'],
    licenseNumber: 'MP 5521',
  },
];

async function actorFor(services: Services, email: string, role: Actor['roles'][number]) {
  const user = await services.ctx.db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return { userId: user.id, name: user.display_name, roles: [role] } satisfies Actor;
}

/**
 * The technician has started on the first protocol received, so the bench
 * board shows work in progress; the other received ones wait for cassettes.
 */
async function seedBench(services: Services, temporaryCode: string): Promise<void> {
  const actor = await actorFor(services, 'tecnico@patolab.local', 'technician');
  const work = (await callAsOperator(
    services,
    'processing.work',
    { protocol: temporaryCode },
    actor,
  )) as { protocol: { code: string; kind: string } };
  if (work.protocol.kind !== 'histopathology') return;

  const protocol = work.protocol.code;
  const input = { protocol, material: 'Masa, cortes seriados', count: 2, printerUri: 'none' };
  await callAsOperator(services, 'processing.addCassettes', input, actor);
  const codes = [`${protocol}-C1`, `${protocol}-C2`];
  await callAsOperator(services, 'processing.recordStage', { codes, stage: 'fixation' }, actor);
}

/** A cytology protocol stained and ready, so the pathologist's queue has a case to report. */
async function seedReady(services: Services, temporaryCode: string): Promise<void> {
  const actor = await actorFor(services, 'tecnico@patolab.local', 'technician');
  const { protocol } = (await callAsOperator(
    services,
    'processing.work',
    { protocol: temporaryCode },
    actor,
  )) as { protocol: { code: string } };
  const input = { protocol: protocol.code, stain: 'Diff-Quik', count: 2, printerUri: 'none' };
  const { slides } = (await callAsOperator(services, 'processing.addSlides', input, actor)) as {
    slides: { code: string }[];
  };
  const codes = slides.map((slide) => slide.code);
  await callAsOperator(services, 'processing.recordStage', { codes, stage: 'staining' }, actor);
  await callAsOperator(services, 'processing.setSlides', { codes, status: 'ready' }, actor);
}

const DEMO_PHRASES = [
  {
    kind: 'phrase',
    title: 'Frotis de buena calidad',
    text: 'Frotis de celularidad adecuada, bien extendidos y teñidos.',
  },
  {
    kind: 'phrase',
    title: 'Sin atipias',
    text: 'No se observan atipias celulares ni figuras mitóticas anormales.',
  },
  {
    kind: 'diagnosis',
    title: 'Linfoma de células grandes',
    text:
      'Citología compatible con linfoma de células grandes: predominio (≥ 80 %) de linfocitos ' +
      'de tamaño ≥ 2 eritrocitos, con nucléolos prominentes.',
  },
  {
    kind: 'diagnosis',
    title: 'Lipoma',
    text: 'Citología compatible con lipoma (proliferación de adipocitos maduros).',
  },
] as const;

async function seedPhrases(services: Services): Promise<void> {
  const actor = await actorFor(services, 'patologa@patolab.local', 'pathologist');
  for (const phrase of DEMO_PHRASES) {
    await callAsOperator(services, 'reports.savePhrase', phrase, actor);
  }
}

/** The vet of the first demo case signs up on the portal and opens the link in the mail. */
export const DEMO_VET_EMAIL = 'laura.gomez@example.org';

async function seedPortalAccount(services: Services): Promise<void> {
  const portal = { sessionToken: null };
  const registered = await services.call(portal, 'auth.register', {
    email: DEMO_VET_EMAIL,
    password: DEMO_PASSWORD,
    firstName: 'Laura',
    lastName: 'Gómez',
    licenseNumber: '1234',
  });
  if (!registered.ok) throw new Error(registered.error.message);

  const mail = await services.ctx.db
    .selectFrom('mail_outbox')
    .select('text_body')
    .where('to_address', '=', DEMO_VET_EMAIL)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  const token = /verificar\/([A-Za-z0-9_-]+)/.exec(mail.text_body)?.[1];
  const verified = await services.call(portal, 'auth.verifyEmail', {
    token,
    password: DEMO_PASSWORD,
  });
  if (!verified.ok) throw new Error(verified.error.message);

  // The seed opened the link itself: a demo with a mail server must not send
  // the vet a sign-up mail whose link is already spent.
  await services.ctx.db
    .deleteFrom('mail_outbox')
    .where('to_address', '=', DEMO_VET_EMAIL)
    .execute();
}

/** Seeds only a folder with no users yet; returns false if it already had data. */
export async function seedDemo(services: Services): Promise<boolean> {
  const users = await services.ctx.db.selectFrom('users').select('id').limit(1).execute();
  if (users.length > 0) return false;

  for (const user of DEMO_USERS) {
    await callAsOperator(services, 'users.create', { ...user, password: DEMO_PASSWORD });
  }

  // The desk's own user types the paper forms and receives the jars, so the
  // history reads as it would in the lab.
  const desk = await services.ctx.db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('email', '=', 'recepcion@patolab.local')
    .executeTakeFirstOrThrow();
  const actor: Actor = { userId: desk.id, name: desk.display_name, roles: ['reception'] };

  const codes: string[] = [];
  for (const form of demoCases()) {
    const created = (await callAsOperator(services, 'protocols.submit', form, actor)) as {
      temporaryCode: string;
    };
    codes.push(created.temporaryCode);
  }

  // Three received and one rejected, so the list and the history have something
  // to show; the rest wait at the desk. Demo receptions print nothing.
  for (const code of codes.slice(0, 3)) {
    const input = { code, condition: 'optimal', printerUri: 'none' };
    await callAsOperator(services, 'reception.receive', input, actor);
  }
  await callAsOperator(
    services,
    'reception.reject',
    { code: codes[3], reason: 'Frasco sin formol y sin rotular; muestra autolítica.' },
    actor,
  );
  await seedBench(services, codes[0]!);
  await seedReady(services, codes[1]!);
  await seedPhrases(services);
  await seedPortalAccount(services);
  services.ctx.log.info({ protocols: codes.length, by: actor.name }, 'demo data seeded');
  return true;
}
