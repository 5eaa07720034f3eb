// The demonstration a new user opens first: it must show each part of the lab's day, and
// must not send anyone a mail that makes no sense once a mail server is configured.

import { afterEach, describe, expect, it } from 'vitest';
import { seedDemo, DEMO_VET_EMAIL } from '../../../src-main/demo/seed';
import { openWorkstation, type Workstation } from '../../helpers/workstation';

describe('the demonstration data', () => {
  let desk: Workstation;
  afterEach(() => desk?.close());

  it('has a case ready for the pathologist, her phrases, and no spent sign-up link to mail', async () => {
    desk = await openWorkstation();
    expect(await seedDemo(desk.services)).toBe(true);

    const queue = await desk.call('reports.queue', {});
    expect(queue.items.map((item) => [item.code, item.status])).toEqual([['CT 26/001', 'ready']]);

    const phrases = await desk.services.ctx.db
      .selectFrom('report_phrases')
      .select(['kind', 'title'])
      .execute();
    expect(phrases.map((p) => p.kind).sort()).toEqual([
      'diagnosis',
      'diagnosis',
      'phrase',
      'phrase',
    ]);

    const vetMail = await desk.services.ctx.db
      .selectFrom('mail_outbox')
      .select('subject')
      .where('to_address', '=', DEMO_VET_EMAIL)
      .execute();
    expect(vetMail).toEqual([]);
  });
});
