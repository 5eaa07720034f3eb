import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../src-main/web/server';
import { openWorkstation, type Workstation } from '../../helpers/workstation';

let ws: Workstation;
let web: WebServer;

beforeAll(async () => {
  ws = await openWorkstation();
  web = await startWebServer({
    services: ws.services,
    port: 0,
    staticDir: path.resolve(import.meta.dirname, '../../../dist-renderer'),
  });
});
afterAll(async () => {
  await web.close();
  await ws.close();
});

function get(pathname: string, host: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(web.url);
  return new Promise((resolve, reject) => {
    const request = http.get(
      { host: '127.0.0.1', port, path: pathname, headers: { host } },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
  });
}

describe('the web mode', () => {
  it('answers when called by this machine’s own names', async () => {
    const { port } = new URL(web.url);
    expect((await get('/api/health', `127.0.0.1:${port}`)).status).toBe(200);
    expect((await get('/api/health', `localhost:${port}`)).status).toBe(200);
  });

  it('refuses a request carrying another site’s name, as DNS rebinding would send', async () => {
    const refused = await get('/api/health', 'sitio-malicioso.example:4780');
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('no corresponde a Patolab');
  });
});
