import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAsOperator } from '../../../src-main/cli/run';
import { VERSION } from '../../../src-main/services';
import { RPC_BODY_LIMIT_BYTES } from '../../../src-main/web/rpc-route';
import { createTestDatabaseUrl, postgresAvailable } from '../../helpers/postgres';
import {
  rpc,
  selfSignedCertificate,
  send,
  startTestServer,
  type RunningServer,
} from './central-server';

const unavailable = await postgresAvailable();
if (unavailable)
  console.warn(`Pruebas del servidor central en PostgreSQL omitidas: ${unavailable}`);

interface Database {
  url?: string;
  drop(): Promise<void>;
}

const backends = [
  {
    name: 'the embedded SQLite file',
    skip: false,
    database: async (): Promise<Database> => ({ drop: async () => undefined }),
  },
  { name: 'PostgreSQL', skip: unavailable !== null, database: createTestDatabaseUrl },
];

const PASSWORD = 'clave-de-prueba-larga';

async function addReceptionist(running: RunningServer, email: string): Promise<void> {
  await callAsOperator(running.services, 'users.create', {
    email,
    displayName: 'Marta Pérez',
    roles: ['reception'],
    password: PASSWORD,
  });
}

for (const backend of backends) {
  describe.skipIf(backend.skip)(`the central server on ${backend.name}`, () => {
    const databases: Database[] = [];
    const servers: RunningServer[] = [];

    async function start(options: Parameters<typeof startTestServer>[0] = {}) {
      const database = await backend.database();
      databases.push(database);
      const running = await startTestServer({ databaseUrl: database.url, ...options });
      servers.push(running);
      return { running, database };
    }

    afterAll(async () => {
      for (const running of servers) await running.close();
      for (const database of databases) await database.drop();
    });

    describe('over plain HTTP', () => {
      let running: RunningServer;
      beforeAll(async () => {
        ({ running } = await start({ publicHosts: ['patolab.lab.example'] }));
      });

      it('says it is alive and ready, with its version', async () => {
        const health = await send(running.url, '/api/health');
        expect(health.status).toBe(200);
        expect(health.json()).toEqual({ ok: true, version: VERSION });

        const ready = await send(running.url, '/api/ready');
        expect(ready.status).toBe(200);
        expect(ready.json()).toMatchObject({ ok: true, database: 'ok' });
      });

      it('sends the security headers, and no HSTS over plain HTTP', async () => {
        const answer = await send(running.url, '/api/health');
        expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
        expect(answer.headers['x-content-type-options']).toBe('nosniff');
        expect(answer.headers['x-frame-options']).toBe('DENY');
        expect(answer.headers['referrer-policy']).toBe('no-referrer');
        expect(answer.headers['strict-transport-security']).toBeUndefined();
      });

      it('answers to its public name and loopback, and refuses any other name', async () => {
        const { port } = new URL(running.url);
        const byName = await send(running.url, '/api/health', { host: 'patolab.lab.example' });
        expect(byName.status).toBe(200);
        expect((await send(running.url, '/api/health', { host: `localhost:${port}` })).status).toBe(
          200,
        );

        const rebound = await send(running.url, '/api/health', { host: 'sitio-malicioso.example' });
        expect(rebound.status).toBe(403);
        expect(rebound.json().error?.message).toContain('no atiende el nombre');
        expect(rebound.json().error?.message).toContain('--public-host');
      });

      it('takes a request as big as a report image, refuses a bigger one in Spanish', async () => {
        const padded = (length: number) => ({ padding: 'x'.repeat(length) });
        const image = await rpc(running.url, 'session.me', padded(RPC_BODY_LIMIT_BYTES - 100));
        expect(image.status).toBe(200);

        const answer = await rpc(running.url, 'session.me', padded(RPC_BODY_LIMIT_BYTES));
        expect(answer.status).toBe(413);
        expect(answer.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
        expect(answer.json().error?.message).toContain('demasiado grande');
      });

      it('signs a receptionist in with a cookie that is not marked Secure over HTTP', async () => {
        await addReceptionist(running, 'marta@lab.example');
        const answer = await rpc(running.url, 'session.signIn', {
          email: 'marta@lab.example',
          password: PASSWORD,
        });
        expect(answer.status).toBe(200);
        const cookie = String(answer.headers['set-cookie']);
        expect(cookie).toMatch(/^patolab_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict$/);
      });

      it('logs one line per request, without passwords, cookies or tokens', async () => {
        const signIn = await rpc(running.url, 'session.signIn', {
          email: 'marta@lab.example',
          password: PASSWORD,
        });
        const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
        await rpc(running.url, 'session.me', {}, { headers: { cookie } });
        await send(running.url, '/api/nada?code=ALTA-SECRETA');

        const lines = running.logLines().filter((line) => line.msg === 'request');
        expect(lines).toContainEqual(
          expect.objectContaining({
            method: 'POST',
            route: '/api/rpc/:method',
            rpc: 'session.signIn',
            status: 200,
            ms: expect.any(Number),
            ip: '127.0.0.1',
          }),
        );
        expect(lines).toContainEqual(expect.objectContaining({ rpc: 'session.me', status: 200 }));
        expect(lines).toContainEqual(
          expect.objectContaining({ route: null, path: '/api/nada', status: 404 }),
        );
        const text = running.logText();
        expect(text).not.toContain(PASSWORD);
        expect(text).not.toContain(cookie.split('=')[1]);
        expect(text).not.toContain('ALTA-SECRETA');
      });

      it('stops a flood of sign-in guesses with a Spanish 429, other calls still pass', async () => {
        const guesses = [];
        for (let i = 0; i < 11; i++) {
          guesses.push(
            await rpc(running.url, 'session.signIn', {
              email: 'nadie@lab.example',
              password: `adivinanza-${i}`,
            }),
          );
        }
        // Two sign-ins of the earlier tests count too: ten a minute in all.
        const statuses = guesses.map((answer) => answer.status);
        expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(3);
        const refused = guesses.at(-1)!;
        expect(refused.status).toBe(429);
        expect(refused.json()).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
        expect(refused.json().error?.message).toMatch(
          /Demasiadas solicitudes.*Espere \d+ segundos/,
        );
        expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);

        expect((await rpc(running.url, 'session.me', {})).status).toBe(200);
      });

      it('stops a flood of enrolment attempts the same way', async () => {
        const attempts = [];
        for (let i = 0; i < 11; i++) {
          attempts.push(
            await send(running.url, '/api/sync/enroll', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ code: `X${i}` }),
            }),
          );
        }
        expect(attempts.slice(0, 10).map((answer) => answer.status)).not.toContain(429);
        expect(attempts[10]!.status).toBe(429);
        expect(attempts[10]!.json().error?.message).toContain('Demasiadas solicitudes');
      });
    });

    describe('over HTTPS with its own certificate', () => {
      let running: RunningServer;
      let ca: Buffer;
      beforeAll(async () => {
        const certificate = selfSignedCertificate();
        ca = certificate.pem;
        ({ running } = await start({ tls: { cert: certificate.cert, key: certificate.key } }));
      });

      it('serves HTTPS with HSTS and the security headers', async () => {
        expect(running.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
        const answer = await send(running.url, '/api/ready', { ca });
        expect(answer.status).toBe(200);
        expect(answer.headers['strict-transport-security']).toBe('max-age=31536000');
        expect(answer.headers['x-content-type-options']).toBe('nosniff');
      });

      it('marks the session cookie Secure', async () => {
        await addReceptionist(running, 'ana@lab.example');
        const answer = await rpc(
          running.url,
          'session.signIn',
          { email: 'ana@lab.example', password: PASSWORD },
          { ca },
        );
        expect(answer.status).toBe(200);
        expect(String(answer.headers['set-cookie'])).toMatch(/; Secure$/);
      });
    });

    describe('behind a reverse proxy it was told to trust', () => {
      let running: RunningServer;
      beforeAll(async () => {
        ({ running } = await start({ trustProxy: ['127.0.0.1'] }));
        await addReceptionist(running, 'lucia@lab.example');
      });

      it('takes the client address and HTTPS from the proxy', async () => {
        const answer = await rpc(
          running.url,
          'session.signIn',
          { email: 'lucia@lab.example', password: PASSWORD },
          { headers: { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' } },
        );
        expect(answer.status).toBe(200);
        expect(String(answer.headers['set-cookie'])).toMatch(/; Secure$/);
        expect(answer.headers['strict-transport-security']).toBe('max-age=31536000');
        const line = running.logLines().find((l) => l.rpc === 'session.signIn');
        expect(line).toMatchObject({ ip: '203.0.113.7' });
      });

      it('counts sign-in guesses per client, not per proxy', async () => {
        const from = (address: string) =>
          rpc(
            running.url,
            'session.signIn',
            { email: 'nadie@lab.example', password: 'adivinanza' },
            { headers: { 'x-forwarded-for': address } },
          );
        for (let i = 0; i < 10; i++) await from('198.51.100.1');
        expect((await from('198.51.100.1')).status).toBe(429);
        expect((await from('198.51.100.2')).status).toBe(401);
      });
    });

    it('limits any client to its share of requests a minute', async () => {
      const { running } = await start({ rateLimits: { perMinute: 5 } });
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await send(running.url, '/api/health')).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    });

    it('stays alive but says it is not ready when its database is gone', async () => {
      const { running, database } = await start();
      expect((await send(running.url, '/api/ready')).status).toBe(200);

      if (database.url) await database.drop();
      else await running.services.close();

      const ready = await send(running.url, '/api/ready');
      expect(ready.status).toBe(503);
      expect(ready.json()).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
      expect(ready.json().error?.message).toContain('no puede consultar su base de datos');
      expect((await send(running.url, '/api/health')).status).toBe(200);

      await running.server.close();
    });
  });
}
