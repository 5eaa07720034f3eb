// A real central server for the tests: services with role `server` on a fresh
// SQLite folder or PostgreSQL database, listening on a free loopback port, with
// its log kept in memory so a test can read what an IT person would.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import pino from 'pino';
import { startServices, type Services } from '../../../src-main/services';
import {
  startCentralServer,
  type CentralServer,
  type CentralServerOptions,
} from '../../../src-main/server/central';
import { tempDataDir } from '../../helpers/workstation';

export const STATIC_DIR = path.resolve(import.meta.dirname, '../../../dist-renderer');

export interface RunningServer {
  services: Services;
  server: CentralServer;
  url: string;
  /** Every log line written so far, parsed. */
  logLines(): Record<string, unknown>[];
  logText(): string;
  close(): Promise<void>;
}

export async function startTestServer(
  options: { databaseUrl?: string } & Partial<Omit<CentralServerOptions, 'services'>> = {},
): Promise<RunningServer> {
  const { databaseUrl, ...serverOptions } = options;
  const lines: string[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
  const services = await startServices({
    dataDir: tempDataDir('server-'),
    role: 'server',
    databaseUrl,
    log,
    env: { PATOLAB_PRINTER_URI: 'none' },
    mailLoop: false,
  });
  const server = await startCentralServer({
    services,
    host: '127.0.0.1',
    port: 0,
    staticDir: STATIC_DIR,
    ...serverOptions,
  });
  let closed = false;
  return {
    services,
    server,
    url: server.url,
    logLines: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    logText: () => lines.join(''),
    async close() {
      if (closed) return;
      closed = true;
      await server.close();
      await services.close();
    },
  };
}

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  json(): { ok: boolean; result?: unknown; error?: { code: string; message: string } };
}

/** One request as a browser or a workstation sends it; `host` overrides the Host header. */
export function send(
  baseUrl: string,
  pathname: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    host?: string;
    ca?: Buffer;
  } = {},
): Promise<Answer> {
  const base = new URL(baseUrl);
  const client = base.protocol === 'https:' ? https : http;
  const headers: Record<string, string> = { ...options.headers };
  if (options.host) headers.host = options.host;
  if (options.body !== undefined)
    headers['content-length'] = String(Buffer.byteLength(options.body));
  return new Promise((resolve, reject) => {
    const request = client.request(
      {
        host: base.hostname,
        port: base.port,
        path: pathname,
        method: options.method ?? 'GET',
        headers,
        ca: options.ca,
        // A fresh connection each time: a refused request must not leave a
        // half-read socket for the next one.
        agent: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            json: () => JSON.parse(body),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

/** The CSRF token a browser gets from GET /api/csrf, with the cookie that goes with it. */
export async function csrfFor(baseUrl: string, ca?: Buffer): Promise<string> {
  const answer = await send(baseUrl, '/api/csrf', { method: 'GET', ca });
  return (answer.json() as unknown as { token: string }).token;
}

/** A contract call as the browser app makes it: CSRF token in its cookie and header. */
export async function rpc(
  baseUrl: string,
  method: string,
  input: unknown,
  options: { headers?: Record<string, string>; ca?: Buffer } = {},
): Promise<Answer> {
  const token = await csrfFor(baseUrl, options.ca);
  const cookie = [options.headers?.cookie, `patolab_csrf=${token}`].filter(Boolean).join('; ');
  return send(baseUrl, `/api/rpc/${method}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': token,
      ...options.headers,
      cookie,
    },
    body: JSON.stringify(input),
    ca: options.ca,
  });
}

/** A self-signed certificate for 127.0.0.1 and localhost, valid one day. */
export function selfSignedCertificate(): { cert: string; key: string; pem: Buffer } {
  const dir = tempDataDir('tls-');
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { cert, key, pem: fs.readFileSync(cert) };
}
