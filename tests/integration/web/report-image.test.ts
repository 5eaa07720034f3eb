// A photomicrograph uploaded from a browser: the web door carries a report
// image of the largest size the report takes, base64 and all, and refuses a
// body past that with a message the pathologist can read.

import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../src-main/web/server';
import { RPC_BODY_LIMIT_BYTES } from '../../../src-main/web/rpc-route';
import { REPORT_LIMITS } from '../../../src-shared/report-contract';
import { openWorkstation, type Workstation } from '../../helpers/workstation';
import { addPathologist, PASSWORD, readyProtocol } from '../reports/lab';
import { rpc } from '../server/central-server';

/** A photograph-like PNG a few kilobytes under the limit: noise does not compress. */
function noisyPng(side: number): Buffer {
  const png = new PNG({ width: side, height: side });
  let state = 7;
  for (let i = 0; i < png.data.length; i++) {
    state = (state * 1664525 + 1013904223) >>> 0;
    png.data[i] = (i & 3) === 3 ? 255 : state >>> 24;
  }
  return PNG.sync.write(png, { colorType: 2 });
}

let ws: Workstation;
let web: WebServer;
let cookie: string;
let protocol: string;

beforeAll(async () => {
  ws = await openWorkstation();
  web = await startWebServer({
    services: ws.services,
    port: 0,
    staticDir: path.resolve(import.meta.dirname, '../../../dist-renderer'),
  });
  await addPathologist(ws, { email: 'ana.rios@patolab.local', name: 'Ana Ríos' });
  protocol = await readyProtocol(ws);

  const signIn = await rpc(web.url, 'session.signIn', {
    email: 'ana.rios@patolab.local',
    password: PASSWORD,
  });
  expect(signIn.status).toBe(200);
  cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
});
afterAll(async () => {
  await web.close();
  await ws.close();
});

async function imagesOnTheDraft(): Promise<number> {
  const view = await rpc(web.url, 'reports.get', { protocol }, { headers: { cookie } });
  const { draft } = view.json().result as { draft: { images: unknown[] } | null };
  return draft?.images.length ?? 0;
}

describe('a report image uploaded through the web mode', () => {
  it('of a megabyte is taken whole and read back byte for byte', async () => {
    const file = noisyPng(590);
    expect(file.length).toBeGreaterThan(REPORT_LIMITS.imageBytes - 8 * 1024);
    expect(file.length).toBeLessThanOrEqual(REPORT_LIMITS.imageBytes);

    const added = await rpc(
      web.url,
      'reports.addImage',
      {
        protocol,
        caption: 'Vista panorámica, 40x',
        mime: 'image/png',
        base64: file.toString('base64'),
      },
      { headers: { cookie } },
    );
    expect(added.status).toBe(200);
    const image = added.json().result as { id: string; bytes: number };
    expect(image.bytes).toBe(file.length);

    const read = await rpc(web.url, 'reports.image', { id: image.id }, { headers: { cookie } });
    expect(read.status).toBe(200);
    const back = read.json().result as { mime: string; base64: string };
    expect(back.mime).toBe('image/png');
    expect(Buffer.from(back.base64, 'base64').equals(file)).toBe(true);
  });

  it('past what the largest image needs is refused in Spanish before it is read', async () => {
    const before = await imagesOnTheDraft();
    const answer = await rpc(
      web.url,
      'reports.addImage',
      { protocol, mime: 'image/png', base64: 'A'.repeat(RPC_BODY_LIMIT_BYTES) },
      { headers: { cookie } },
    );
    expect(answer.status).toBe(413);
    expect(answer.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(answer.json().error?.message).toContain('demasiado grande');

    expect(await imagesOnTheDraft()).toBe(before);
  });
});
