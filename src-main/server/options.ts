// How the central server is told where it stands: the names it answers to,
// the proxies it believes, its certificate. Each check fails with a Spanish
// sentence an IT person can act on, before anything listens.

import fs from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';

export class ServerOptionError extends Error {}

// Names proxy-addr (Fastify's trustProxy) knows for whole address ranges.
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, extra] = entry.split('/');
  const family = net.isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/** `--trust-proxy`: `true` (every hop), or addresses and CIDR ranges separated by commas. */
export function parseTrustProxy(value: string | undefined): boolean | string[] {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  const entries = value.split(',').map((entry) => entry.trim().toLowerCase());
  const wrong = entries.find((entry) => !isAddressOrRange(entry));
  if (wrong !== undefined) {
    throw new ServerOptionError(
      `--trust-proxy acepta "true" o direcciones y rangos separados por comas ` +
        `(por ejemplo 10.0.0.5,192.168.1.0/24); «${wrong}» no es uno de ellos.`,
    );
  }
  return entries;
}

/** `--public-host`, repeated or separated by commas: bare names, lower case. */
export function parsePublicHosts(values: string[]): string[] {
  const names = values
    .flatMap((value) => value.split(','))
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  for (const name of names) {
    const bareIpv6 = net.isIPv6(name.replace(/^\[|\]$/g, ''));
    if (!bareIpv6 && !/^[a-z0-9.-]+$/.test(name)) {
      throw new ServerOptionError(
        `--public-host lleva solo el nombre con que los equipos llegan al servidor ` +
          `(por ejemplo patolab.fcv.unl.edu.ar), sin esquema, puerto ni ruta: «${name}».`,
      );
    }
  }
  // An IPv6 address arrives in Host between brackets.
  return names.flatMap((name) => {
    const bare = name.replace(/^\[|\]$/g, '');
    return net.isIPv6(bare) ? [bare, `[${bare}]`] : [name];
  });
}

function readPem(file: string, what: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ServerOptionError(`No se puede leer ${what} ${file} (${reason}).`);
  }
}

/** Reads the certificate and key files and checks that they make a usable pair. */
export function loadTls(certFile: string, keyFile: string): { cert: Buffer; key: Buffer } {
  const cert = readPem(certFile, 'el certificado');
  const key = readPem(keyFile, 'la clave privada');
  try {
    tls.createSecureContext({ cert, key });
  } catch {
    throw new ServerOptionError(
      `El certificado ${certFile} y la clave ${keyFile} no sirven juntos: deben estar en ` +
        `formato PEM, la clave sin contraseña, y ser del mismo par.`,
    );
  }
  return { cert, key };
}
