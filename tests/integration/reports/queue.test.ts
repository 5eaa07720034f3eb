// The pathologist's queue and taking a protocol from it.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServices, type Services } from '../../../src-main/services';
import { silentLogger } from '../../../src-main/logger';
import { callAsOperator, cliActor } from '../../../src-main/cli/run';
import { writeTransaction } from '../../../src-main/db/transaction';
import { reportAccepted } from '../../../src-main/mail/report-delivery';
import { movableClock } from '../../helpers/sync-faults';
import type { MethodInput, MethodName, MethodOutput } from '../../../src-shared/contract';
import { cytologyForm, tempDataDir } from '../../helpers/workstation';
import {
  addPathologist,
  as,
  attempt,
  PASSWORD,
  readyProtocol,
  receivedProtocol,
  SECTIONS,
  signIn,
  type Node,
  type Pathologist,
} from './lab';

// The queue counts days on the lab's calendar, so the test moves the clock.
let clock: ReturnType<typeof movableClock>;
let services: Services;
let node: Node;
let ana: Pathologist;
let luis: Pathologist;

beforeEach(async () => {
  clock = movableClock('2026-12-04T13:00:00Z');
  services = await startServices({
    dataDir: tempDataDir(),
    clock,
    log: silentLogger,
    env: { PATOLAB_PRINTER_URI: 'none' },
    mailLoop: false,
  });
  node = {
    services,
    call: <M extends MethodName>(method: M, input: MethodInput<M>) =>
      callAsOperator(services, method, input, cliActor()) as Promise<MethodOutput<M>>,
  };
  ana = await addPathologist(node, { email: 'ana.rios@patolab.local', name: 'Ana Ríos' });
  luis = await addPathologist(node, { email: 'luis.paz@patolab.local', name: 'Luis Paz' });
});
afterEach(async () => services?.close());

/** Moves the clock on by whole days; sessions last hours, so both sign in again. */
async function days(n: number): Promise<void> {
  clock.advance(n * 86_400_000);
  ana.token = await signIn(services, ana.userId);
  luis.token = await signIn(services, luis.userId);
}

async function cytologyReady(): Promise<string> {
  const { temporaryCode } = await node.call('protocols.submit', cytologyForm());
  const { protocolNumber } = await node.call('reception.receive', { code: temporaryCode });
  await node.call('processing.addSlides', { protocol: protocolNumber!, count: 1 });
  await node.call('processing.setSlides', { codes: [`${protocolNumber}-S1`], status: 'ready' });
  return protocolNumber!;
}

describe("the pathologist's queue", () => {
  it('lists ready protocols, longest ready first, with days since reception', async () => {
    const first = await receivedProtocol(node);
    await days(1);
    const second = await readyProtocol(node);
    await days(1);
    // Received first but ready last: it waits behind the one that was ready before.
    await node.call('processing.addSlides', { protocol: first, cassettes: ['C1'] });
    await node.call('processing.setSlides', { codes: [`${first}-S1`], status: 'ready' });
    const cytology = await cytologyReady();
    const early = await receivedProtocol(node);
    await days(2);

    const queue = await as(services, ana.token, 'reports.queue', {});
    expect(queue.items.map((i) => [i.code, i.turnaroundDays, i.report])).toEqual([
      [second, 3, 'none'],
      [first, 4, 'none'],
      [cytology, 2, 'none'],
    ]);
    expect(queue.total).toBe(3);
    expect(queue.items[0]).toMatchObject({
      status: 'ready',
      species: 'Canino',
      veterinarianName: 'Laura Gómez',
      pathologistId: null,
    });
    expect(queue.pathologists.map((p) => p.name)).toEqual(['Ana Ríos', 'Luis Paz']);

    const withEarlier = await as(services, ana.token, 'reports.queue', { includeEarlier: true });
    expect(withEarlier.items.map((i) => i.code)).toEqual([second, first, cytology, early]);
    const cytologyOnly = await as(services, ana.token, 'reports.queue', { kind: 'cytology' });
    expect(cytologyOnly.items.map((i) => i.code)).toEqual([cytology]);
  });

  it('is filtered by pathologist; taking a case another holds is allowed and audited', async () => {
    const mine = await readyProtocol(node);
    const theirs = await readyProtocol(node);
    await readyProtocol(node);

    const taken = await as(services, ana.token, 'reports.assign', { protocol: mine, toMe: true });
    expect(taken).toMatchObject({
      code: mine,
      pathologistId: ana.userId,
      pathologistName: 'Ana Ríos',
    });
    await as(services, luis.token, 'reports.assign', { protocol: theirs, toMe: true });

    const codes = async (pathologist?: string) =>
      (await as(services, ana.token, 'reports.queue', { pathologist })).items.map((i) => i.code);
    expect(await codes('mine')).toEqual([mine]);
    expect(await codes(luis.userId)).toEqual([theirs]);
    expect(await codes('unassigned')).toHaveLength(1);

    const release = await attempt(services, ana.token, 'reports.assign', {
      protocol: theirs,
      toMe: false,
    });
    expect(release.ok || release.error.message).toContain('está asignado a Luis Paz');

    await as(services, ana.token, 'reports.assign', { protocol: theirs, toMe: true });
    expect(await codes('mine')).toEqual([mine, theirs]);
    const entries = await services.ctx.db
      .selectFrom('audit_log')
      .select(['actor', 'details'])
      .where('action', '=', 'report.assigned')
      .orderBy('seq')
      .execute();
    expect(JSON.parse(entries.at(-1)!.details)).toEqual({
      pathologistId: ana.userId,
      previousPathologistId: luis.userId,
    });
    const changes = await services.ctx.db
      .selectFrom('sync_outbox')
      .select('data')
      .where('entity', '=', 'protocol')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(changes.data)).toMatchObject({ pathologist_id: ana.userId });

    await as(services, ana.token, 'reports.assign', { protocol: mine, toMe: false });
    expect(await codes('mine')).toEqual([theirs]);
  });

  it('shows where each report stands, and lets a signed and sent one go', async () => {
    const drafted = await readyProtocol(node);
    const signed = await readyProtocol(node);
    await as(services, ana.token, 'reports.saveDraft', { protocol: drafted, ...SECTIONS });
    await as(services, ana.token, 'reports.saveDraft', { protocol: signed, ...SECTIONS });
    await days(1);
    const version = await as(services, ana.token, 'reports.sign', {
      protocol: signed,
      password: PASSWORD,
    });
    await days(3);

    const states = async () =>
      (await as(services, ana.token, 'reports.queue', {})).items.map((i) => [
        i.code,
        i.report,
        i.turnaroundDays,
      ]);
    expect(await states()).toEqual([
      [drafted, 'draft', 4],
      [signed, 'signed', 1],
    ]);

    // The mail server accepted the report: the protocol is sent and leaves the queue.
    await writeTransaction(services.ctx.db, (tx) => reportAccepted(tx, services.ctx, version.id));
    expect(await states()).toEqual([[drafted, 'draft', 4]]);

    // An amendment brings it back while it is open.
    await as(services, ana.token, 'reports.amend', {
      protocol: signed,
      reason: 'Se agrega el resultado de la inmunohistoquímica.',
    });
    expect(await states()).toEqual([
      [drafted, 'draft', 4],
      [signed, 'draft', 1],
    ]);
  });
});
