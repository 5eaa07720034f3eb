import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../src-main/db/open';
import { startMailSender, type MailSender } from '../../../src-main/mail/deliver';
import type { SmtpSettings } from '../../../src-main/mail/smtp-settings';
import { startTestSmtpServer, type TestSmtpServer } from '../../helpers/smtp-server';
import {
  handClock,
  labDatabase,
  localRelaySettings,
  queue,
  readableLog,
  receptionNotice,
  removeFolder,
  tempFolder,
  type HandClock,
} from './fixtures';

// Long enough that nothing in these tests can be the timer's doing.
const AN_HOUR = 60 * 60_000;

let dir: string;
let lab: OpenedDatabase;
let clock: HandClock;
let server: TestSmtpServer;
let sender: MailSender | undefined;

beforeEach(async () => {
  dir = tempFolder();
  lab = await labDatabase(dir);
  clock = handClock();
  server = await startTestSmtpServer({ mode: 'plain', dir });
});

afterEach(async () => {
  await sender?.stop();
  sender = undefined;
  await server.close();
  await lab.db.destroy();
  removeFolder(dir);
});

describe('the mail sender', () => {
  it('sends what waited at start, then a new notice as soon as it is kicked', async () => {
    await queue(lab.db, clock, receptionNotice({ subject: 'De antes de arrancar' }));
    const { log } = readableLog();
    sender = startMailSender(
      { db: lab.db, clock, log, settings: localRelaySettings(server) },
      { intervalMs: AN_HOUR },
    );
    await server.waitForMail(1);

    await queue(lab.db, clock, receptionNotice({ subject: 'Recién recibida' }));
    sender.kick();

    await server.waitForMail(2);
    expect(server.received.map((m) => m.subject)).toEqual([
      'De antes de arrancar',
      'Recién recibida',
    ]);
  });

  it('a run that breaks is logged and the sender keeps going', async () => {
    const { log, lines } = readableLog();
    let reads = 0;
    const settings = async (): Promise<SmtpSettings | null> => {
      reads++;
      if (reads === 1) throw new Error('database is locked');
      return localRelaySettings(server);
    };
    sender = startMailSender({ db: lab.db, clock, log, settings }, { intervalMs: AN_HOUR });
    await waitUntil(() => lines.some((l) => l.level === 50));

    await queue(lab.db, clock, receptionNotice());
    sender.kick();

    await server.waitForMail(1);
    expect(lines.find((l) => l.level === 50)?.msg).toBe(
      'mail run failed; the next run will try again',
    );
  });

  it('kicks during a run are not lost, and runs never overlap', async () => {
    const { log } = readableLog();
    let running = 0;
    let overlapped = false;
    let runs = 0;
    const settings = async () => {
      runs++;
      running++;
      if (running > 1) overlapped = true;
      await new Promise((resolve) => setTimeout(resolve, 30));
      running--;
      return null;
    };
    sender = startMailSender({ db: lab.db, clock, log, settings }, { intervalMs: AN_HOUR });
    await waitUntil(() => runs === 1);

    sender.kick();
    sender.kick();
    sender.kick();
    await waitUntil(() => runs === 2 && running === 0);
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(overlapped).toBe(false);
    expect(runs).toBe(2);
  });

  it('after stop, kicks send nothing', async () => {
    const { log } = readableLog();
    sender = startMailSender(
      { db: lab.db, clock, log, settings: localRelaySettings(server) },
      { intervalMs: AN_HOUR },
    );
    await sender.stop();

    await queue(lab.db, clock, receptionNotice());
    sender.kick();
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(server.connections).toBe(0);
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
