// A pathologist's license number, set by an admin after the account exists:
// without it no report can be signed, so it must be possible to add it, change
// it and take it away, with each change in the audit log and on every desk.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openWorkstation, type Workstation } from '../../helpers/workstation';
import { enrolledWorkstation, startSyncServer, type TestServer } from '../../helpers/sync';
import type { UserView } from '../../../src-shared/contract';
import {
  addPathologist,
  as,
  attempt,
  PASSWORD,
  readyProtocol,
  SECTIONS,
  type Pathologist,
} from '../reports/lab';

describe('an admin setting a license at a workstation of its own', () => {
  let ws: Workstation;
  let ines: Pathologist;

  afterEach(async () => ws?.close());

  async function withUnlicensedPathologist() {
    ws = await openWorkstation();
    ines = await addPathologist(ws, {
      email: 'ines.acuna@patolab.local',
      name: 'Inés Acuña',
      license: null,
    });
  }

  const sign = (code: string) =>
    attempt(ws.services, ines.token, 'reports.sign', { protocol: code, password: PASSWORD });

  it('lets a pathologist created without a license sign once an admin adds one', async () => {
    await withUnlicensedPathologist();
    const code = await readyProtocol(ws);
    await as(ws.services, ines.token, 'reports.saveDraft', { protocol: code, ...SECTIONS });
    expect(await sign(code)).toMatchObject({ ok: false, error: { key: 'error.reportNoLicense' } });

    const changed = await ws.call('users.setLicense', {
      id: ines.userId,
      licenseNumber: 'MP 7310',
    });
    expect(changed).toMatchObject({ email: 'ines.acuna@patolab.local', licenseNumber: 'MP 7310' });

    const signed = await sign(code);
    expect(signed).toMatchObject({ ok: true, result: { version: 1, signerLicense: 'MP 7310' } });
  });

  it('takes the license away with null or a blank field, and the list shows it gone', async () => {
    await withUnlicensedPathologist();
    await ws.call('users.setLicense', { id: ines.userId, licenseNumber: ' MP 7310 ' });
    const listed = async () =>
      (await ws.call('users.list', {})).find((u: UserView) => u.id === ines.userId);
    expect((await listed())?.licenseNumber).toBe('MP 7310');

    await ws.call('users.setLicense', { id: ines.userId, licenseNumber: '   ' });
    expect((await listed())?.licenseNumber).toBeNull();

    await ws.call('users.setLicense', { id: ines.userId, licenseNumber: 'MP 7310' });
    await ws.call('users.setLicense', { id: ines.userId, licenseNumber: null });
    expect((await listed())?.licenseNumber).toBeNull();
  });

  it('records every change in the audit log, with the license before and after', async () => {
    await withUnlicensedPathologist();
    await ws.call('users.setLicense', { id: ines.userId, licenseNumber: 'MP 7310' });
    await ws.call('users.setLicense', { id: ines.userId, licenseNumber: 'MP 7311' });

    const rows = await ws.services.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'details'])
      .where('action', '=', 'user.license_changed')
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => [r.entity_id, JSON.parse(r.details)])).toEqual([
      [ines.userId, { before: null, after: 'MP 7310' }],
      [ines.userId, { before: 'MP 7310', after: 'MP 7311' }],
    ]);
  });

  it('refuses a license longer than 30 characters and an unknown user, in Spanish', async () => {
    await withUnlicensedPathologist();
    const long = ws.call('users.setLicense', { id: ines.userId, licenseNumber: 'M'.repeat(31) });
    await expect(long).rejects.toMatchObject({ code: 'VALIDATION' });
    const unknown = ws.call('users.setLicense', {
      id: '0193a1b2-0000-7000-8000-000000000000',
      licenseNumber: 'MP 1',
    });
    await expect(unknown).rejects.toThrow('No se encontró el usuario');
  });
});

describe('a license set on the central server', () => {
  let server: TestServer;
  let desk: Awaited<ReturnType<typeof enrolledWorkstation>>;

  beforeAll(async () => {
    server = await startSyncServer();
    desk = await enrolledWorkstation(server, 'Patología');
  });
  afterAll(async () => {
    await desk?.close();
    await server?.stop();
  });

  it('reaches the workstations on their next sync, and a desk cannot change it itself', async () => {
    const created = (await server.call('users.create', {
      email: 'ines.acuna@patolab.local',
      displayName: 'Inés Acuña',
      roles: ['pathologist'],
      password: PASSWORD,
    })) as UserView;
    await desk.sync();
    await server.call('users.setLicense', { id: created.id, licenseNumber: 'MP 7310' });
    await desk.sync();

    const onDesk = await desk.call('users.list', {});
    expect(onDesk.find((u) => u.id === created.id)?.licenseNumber).toBe('MP 7310');

    const atDesk = desk.call('users.setLicense', { id: created.id, licenseNumber: 'MP 1' });
    await expect(atDesk).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
