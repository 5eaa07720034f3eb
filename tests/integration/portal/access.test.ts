// Who may call what, for every method of the contract, and that one vet never
// reaches another's data. The table below is written by hand on purpose: a new
// method fails this file until someone states who may call it.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../src-main/accounts/sessions';
import { contract } from '../../../src-shared/contract';
import { histopathologyForm } from '../../helpers/workstation';
import {
  createStaff,
  createVetAccount,
  fingerprint,
  newVetSession,
  openCentral,
  portalForm,
  type Central,
  type StaffMember,
  type VetAccount,
} from '../../helpers/vet-account';

const PRINCIPALS = [
  'anonymous',
  'vetA',
  'vetB',
  'admin',
  'reception',
  'technician',
  'pathologist',
] as const;
type Principal = (typeof PRINCIPALS)[number];

const ANYONE: readonly Principal[] = PRINCIPALS;
const STAFF: readonly Principal[] = ['admin', 'reception', 'technician', 'pathologist'];
const VETS: readonly Principal[] = ['vetA', 'vetB'];
const ADMIN: readonly Principal[] = ['admin'];
const DESK: readonly Principal[] = ['admin', 'reception'];
const BENCH: readonly Principal[] = ['admin', 'technician'];
const PATHOLOGIST: readonly Principal[] = ['pathologist'];

const EXPECTED: Record<string, readonly Principal[]> = {
  'session.signIn': ANYONE,
  'session.signOut': ANYONE,
  'session.me': ANYONE,

  'users.list': ADMIN,
  'users.create': ADMIN,
  'users.setRoles': ADMIN,
  'users.unlock': ADMIN,
  'users.setPassword': ADMIN,
  'users.setLicense': ADMIN,

  'protocols.submit': [...DESK, ...VETS],
  'protocols.update': DESK,
  'protocols.search': STAFF,
  'protocols.get': STAFF,

  'reception.lookup': DESK,
  'reception.receive': DESK,
  'reception.reject': DESK,

  'printing.jobs': STAFF,
  'printing.retry': STAFF,
  'printing.reprint': STAFF,
  'printing.testLabel': STAFF,
  'printing.labelPdf': STAFF,

  'settings.get': STAFF,
  'settings.setPrinter': ADMIN,
  'settings.setMail': ADMIN,

  'mail.outbox': STAFF,
  'mail.retry': STAFF,
  'mail.sendTest': ADMIN,

  'audit.verify': ADMIN,

  'devices.list': ADMIN,
  'devices.createEnrolmentCode': ADMIN,
  'devices.revoke': ADMIN,
  'sync.conflicts': ADMIN,
  'sync.resolveConflict': ADMIN,
  'sync.blocks': ADMIN,
  'sync.status': STAFF,
  'sync.now': STAFF,

  'processing.scan': STAFF,
  'processing.work': STAFF,
  'processing.board': STAFF,
  'processing.addCassettes': BENCH,
  'processing.voidCassette': BENCH,
  'processing.addSlides': BENCH,
  'processing.redoSlide': BENCH,
  'processing.setSlides': BENCH,
  'processing.recordStage': BENCH,
  'processing.printLabels': STAFF,
  'processing.labelPdf': STAFF,
  'processing.stains': STAFF,
  'processing.addStain': ADMIN,
  'processing.setStainActive': ADMIN,

  'auth.register': ANYONE,
  'auth.verifyEmail': ANYONE,
  'auth.resendVerification': ANYONE,
  'auth.login': ANYONE,
  'auth.logout': ANYONE,
  'auth.me': ANYONE,
  'auth.requestPasswordReset': ANYONE,
  'auth.resetPassword': ANYONE,

  'profile.get': VETS,
  'profile.update': VETS,
  'profile.history': VETS,
  'profile.setNotifications': VETS,
  'profile.changePassword': VETS,
  'profile.changeEmail': VETS,

  'drafts.list': VETS,
  'drafts.save': VETS,
  'drafts.delete': VETS,

  'protocols.listMine': VETS,
  'protocols.getMine': VETS,
  'protocols.reportPdf': VETS,

  'veterinarians.list': ADMIN,
  'veterinarians.setVerified': ADMIN,

  'reports.queue': ['admin', 'pathologist'],
  'reports.assign': PATHOLOGIST,
  'reports.get': STAFF,
  'reports.saveDraft': PATHOLOGIST,
  'reports.addImage': PATHOLOGIST,
  'reports.removeImage': PATHOLOGIST,
  'reports.image': STAFF,
  'reports.sign': PATHOLOGIST,
  'reports.amend': PATHOLOGIST,
  'reports.pdf': STAFF,
  'reports.dismissConflict': PATHOLOGIST,
  'reports.phrases': PATHOLOGIST,
  'reports.savePhrase': PATHOLOGIST,
  'reports.removePhrase': PATHOLOGIST,
  'reports.setSignature': PATHOLOGIST,
  'reports.signature': PATHOLOGIST,
  'reports.labHeader': STAFF,
  'reports.setLabHeader': ADMIN,
};

const METHODS = Object.keys(contract);

let central: Central;
let vetA: VetAccount;
let vetB: VetAccount;
const staff = {} as Record<'admin' | 'reception' | 'technician' | 'pathologist', StaffMember>;

beforeAll(async () => {
  central = await openCentral();
  vetA = await createVetAccount(central, {
    email: 'laura.gomez@clinica.example',
    firstName: 'Laura',
    lastName: 'Gómez',
    licenseNumber: 'MP 1234',
  });
  vetB = await createVetAccount(central, {
    email: 'ramiro.benitez@vete.example',
    firstName: 'Ramiro',
    lastName: 'Benítez',
    licenseNumber: 'MP 2002',
  });
  for (const role of ['admin', 'reception', 'technician', 'pathologist'] as const) {
    staff[role] = await createStaff(central, [role]);
  }
});
afterAll(async () => central?.close());

// A fresh session for every call: some methods (signing out) end the one they get.
async function tokenOf(principal: Principal): Promise<string | null> {
  if (principal === 'anonymous') return null;
  if (principal === 'vetA' || principal === 'vetB') {
    return newVetSession(central, (principal === 'vetA' ? vetA : vetB).accountId);
  }
  return createSession(central.services.ctx, staff[principal].userId);
}

describe('the table of who may call what', () => {
  it('states a rule for every method of the contract, and only for those', () => {
    expect(METHODS.filter((m) => !(m in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((m) => !METHODS.includes(m))).toEqual([]);
  });
});

describe.each(METHODS)('%s', (method) => {
  const allowed = EXPECTED[method] ?? [];

  it.each(PRINCIPALS.filter((p) => !allowed.includes(p)))(
    'refuses %s before looking at the input',
    async (principal) => {
      const outcome = await central.call(await tokenOf(principal), method, {});
      const code = principal === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      expect(outcome).toMatchObject({ ok: false, error: { code } });
    },
  );

  it.each(allowed)('lets %s in', async (principal) => {
    const outcome = await central.call(await tokenOf(principal), method, {});
    if (!outcome.ok) {
      expect(outcome.error.key).not.toBe('error.unauthenticated');
      expect(outcome.error.key).not.toBe('error.forbidden');
    }
  });
});

describe("one vet and another's data", () => {
  const UNKNOWN = '0193a1b2-0000-7000-8000-000000000000';
  let protocolId: string;
  let draftId: string;
  let idsOfA: string[];

  beforeAll(async () => {
    protocolId = (await central.ask(vetA.token, 'protocols.submit', portalForm())).id;
    draftId = (await central.ask(vetA.token, 'drafts.save', { kind: 'cytology', data: { a: 1 } }))
      .id;
    await central.ask(vetA.token, 'profile.update', {
      firstName: 'Laura',
      lastName: 'Gómez',
      licenseNumber: 'MP 1234',
      phone: '+54 342 555 0111',
    });
    idsOfA = [protocolId, draftId, vetA.accountId, vetA.veterinarianId];
  });

  /** Everything of vet A's that vet B might reach. */
  async function stateOfA() {
    const { db } = central.services.ctx;
    return {
      record: await db
        .selectFrom('veterinarians')
        .selectAll()
        .where('id', '=', vetA.veterinarianId)
        .execute(),
      account: await db
        .selectFrom('vet_accounts')
        .selectAll()
        .where('id', '=', vetA.accountId)
        .execute(),
      drafts: await db
        .selectFrom('portal_drafts')
        .selectAll()
        .where('account_id', '=', vetA.accountId)
        .execute(),
      protocols: await db
        .selectFrom('protocols')
        .selectAll()
        .where('veterinarian_id', '=', vetA.veterinarianId)
        .execute(),
      history: await db
        .selectFrom('veterinarian_changes')
        .selectAll()
        .where('veterinarian_id', '=', vetA.veterinarianId)
        .execute(),
    };
  }

  // Each method a vet may call, with every field that names a row; null: it
  // names none, and what it answers is checked below to be the caller's own.
  const PROBES: Record<string, ((id: string) => unknown) | null> = {
    'protocols.submit': (id) => ({ ...portalForm(), draftId: id }),
    'protocols.getMine': (id) => ({ id }),
    'protocols.reportPdf': (id) => ({ id, version: 1 }),
    'drafts.save': (id) => ({ id, kind: 'cytology', data: { b: 2 } }),
    'drafts.delete': (id) => ({ id }),
    'profile.get': null,
    'profile.update': null,
    'profile.history': null,
    'profile.setNotifications': null,
    'profile.changePassword': null,
    'profile.changeEmail': null,
    'drafts.list': null,
    'protocols.listMine': null,
  };

  it('has a probe for every method a vet may call', () => {
    const vetMethods = METHODS.filter((m) => (EXPECTED[m] ?? []).includes('vetB'));
    const public_ = METHODS.filter((m) => (EXPECTED[m] ?? []).includes('anonymous'));
    expect(vetMethods.filter((m) => !public_.includes(m)).sort()).toEqual(
      Object.keys(PROBES).sort(),
    );
  });

  it.each(Object.entries(PROBES).filter(([, probe]) => probe))(
    "%s with any of vet A's ids is answered like an unknown id, and changes nothing",
    async (method, probe) => {
      const before = await stateOfA();
      const print = await fingerprint(central);
      const unknown = await central.call(vetB.token, method, probe!(UNKNOWN));
      expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      for (const id of idsOfA) {
        expect(await central.call(vetB.token, method, probe!(id))).toEqual(unknown);
      }
      expect(await stateOfA()).toEqual(before);
      expect(await fingerprint(central)).toEqual(print);
    },
  );

  it("reads only vet B's own profile, history, drafts and protocols", async () => {
    const profile = await central.ask(vetB.token, 'profile.get', {});
    expect(profile).toMatchObject({ id: vetB.accountId, email: 'ramiro.benitez@vete.example' });
    expect(await central.ask(vetB.token, 'profile.history', {})).toEqual([]);
    expect(await central.ask(vetB.token, 'drafts.list', {})).toEqual([]);
    expect(await central.ask(vetB.token, 'protocols.listMine', {})).toEqual({
      items: [],
      total: 0,
    });
    // Vet A does see them: the reads above are empty for B, not for everyone.
    expect((await central.ask(vetA.token, 'drafts.list', {})).map((d) => d.id)).toEqual([draftId]);
    expect((await central.ask(vetA.token, 'protocols.listMine', {})).total).toBe(1);
    expect(await central.ask(vetA.token, 'profile.history', {})).toHaveLength(1);
  });

  it("changes only vet B's own profile and choices, and cannot take vet A's license", async () => {
    const before = await stateOfA();
    const taken = await central.call(vetB.token, 'profile.update', {
      firstName: 'Ramiro',
      lastName: 'Benítez',
      licenseNumber: 'M.P. 1234',
    });
    expect(taken).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(JSON.stringify(taken)).not.toMatch(/Laura|Gómez|clinica/);

    await central.ask(vetB.token, 'profile.update', {
      firstName: 'Ramiro',
      lastName: 'Benítez Sosa',
      licenseNumber: 'MP 2002',
    });
    await central.ask(vetB.token, 'profile.setNotifications', { notify: [], locale: 'en' });
    const refused = await central.call(vetB.token, 'protocols.submit', {
      ...portalForm(),
      veterinarian: { ...histopathologyForm().veterinarian, email: 'laura.gomez@clinica.example' },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    expect(await stateOfA()).toEqual(before);
    expect(await central.ask(vetB.token, 'profile.get', {})).toMatchObject({
      lastName: 'Benítez Sosa',
      locale: 'en',
      notify: [],
    });
  });
});
