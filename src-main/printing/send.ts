// Renders labels in the language the printer's address names (PDF, ESC/POS or
// ZPL), gets them to it, and says in plain Spanish why not when it cannot.
// Every way out has a time limit: a printer that is off must cost the
// receptionist seconds, not a frozen screen.
//
// On TCP a job counts as delivered only when the printer closes the connection
// after ours, as CUPS's socket backend waits for by default: until then the
// bytes may sit in our own buffers. A printer that never closes is therefore
// reported as not answering.

import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { LabelLayout } from '../../src-shared/labels/layout';
import { renderLabelEscPos } from './escpos';
import { renderLabelPdf } from './pdf';
import {
  describePrinter,
  parsePrinterUri,
  type PrinterDriver,
  type PrinterTarget,
} from './printer-uri';
import { renderLabelZpl } from './zpl';

export const DEFAULT_PRINT_TIMEOUT_MS = 5000;

export interface SendOptions {
  /** Limit for the whole delivery: connecting, writing and the printer's goodbye. */
  timeoutMs?: number;
}

export interface PrintResult {
  driver: PrinterDriver;
  bytes: number;
  durationMs: number;
}

export async function printLabels(
  uri: string,
  layouts: LabelLayout[],
  opts: SendOptions = {},
): Promise<PrintResult> {
  const started = performance.now();
  const target = parsePrinterUri(uri);

  // Every label of the call goes in one delivery: a batch of cassettes is one
  // job on the printer, which cannot be half printed by another job cutting in.
  const bytes = await render(target.driver, layouts);
  await sendToPrinter(target, bytes, opts);

  return {
    driver: target.driver,
    bytes: bytes.length,
    durationMs: Math.round(performance.now() - started),
  };
}

async function render(driver: PrinterDriver, layouts: LabelLayout[]): Promise<Buffer> {
  switch (driver) {
    case 'pdf':
      return renderLabelPdf(layouts);
    case 'escpos':
      return renderLabelEscPos(layouts);
    case 'zpl':
      return renderLabelZpl(layouts);
  }
}

export async function sendToPrinter(
  target: PrinterTarget,
  bytes: Buffer,
  opts: SendOptions = {},
): Promise<void> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS;
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    throw new RangeError(`timeoutMs must be a positive number, got ${timeoutMs}`);
  }

  switch (target.kind) {
    case 'tcp':
      return sendTcp(target, bytes, timeoutMs);
    case 'device':
      return withTimeout(writeDevice(target.path, bytes), target, timeoutMs, deviceError);
    case 'pdf':
      return withTimeout(writeFileWhole(target.path, bytes), target, timeoutMs, deviceError);
    case 'queue':
      return sendToQueue(target, bytes, timeoutMs);
  }
}

function sendTcp(
  target: Extract<PrinterTarget, { kind: 'tcp' }>,
  bytes: Buffer,
  timeoutMs: number,
): Promise<void> {
  const name = describePrinter(target);

  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: target.host, port: target.port });
    let settled = false;

    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        socket.destroy();
        reject(error);
      } else {
        resolve();
      }
    };

    const timer = setTimeout(() => settle(timeoutError(name)), timeoutMs);

    socket.once('connect', () => socket.end(bytes));
    // Printers may report status back; reading it lets their goodbye through.
    socket.on('data', () => {});
    socket.on('error', (error) => settle(tcpError(name, error)));
    socket.once('close', (hadError) => {
      if (hadError) return;
      if (!socket.writableFinished) {
        settle(new Error(`La impresora ${name} cortó la conexión antes de recibir la etiqueta.`));
      } else {
        settle();
      }
    });
  });
}

function tcpError(name: string, error: NodeJS.ErrnoException): Error {
  const cause = { cause: error };
  switch (error.code) {
    case 'ECONNREFUSED':
      return new Error(
        `La impresora ${name} rechazó la conexión. Compruebe que esté encendida ` +
          'y que la dirección y el puerto sean los correctos.',
        cause,
      );
    case 'ECONNRESET':
    case 'EPIPE':
      return new Error(
        `La impresora ${name} cortó la conexión antes de recibir la etiqueta.`,
        cause,
      );
    case 'EHOSTUNREACH':
    case 'EHOSTDOWN':
    case 'ENETUNREACH':
    case 'ENETDOWN':
      return new Error(
        `No se puede llegar a la impresora ${name}: revise el cable o la red.`,
        cause,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new Error(
        `No se encuentra la impresora ${name}: ese nombre no existe en la red.`,
        cause,
      );
    case 'ETIMEDOUT':
      return timeoutError(name, error);
    default:
      return new Error(
        `No se pudo enviar la etiqueta a la impresora ${name} (${error.code ?? error.message}).`,
        cause,
      );
  }
}

function timeoutError(name: string, cause?: unknown): Error {
  return new Error(`La impresora ${name} no responde (tiempo de espera agotado).`, { cause });
}

async function writeDevice(devicePath: string, bytes: Buffer): Promise<void> {
  const handle = await fs.open(devicePath, 'w');
  try {
    await handle.writeFile(bytes);
  } finally {
    await handle.close();
  }
}

// A viewer or a watching folder must never pick up half a PDF: write beside it,
// then rename over it in one step. The folder is made if missing (the data
// folder's labels/ the first time); the address was already checked absolute.
async function writeFileWhole(filePath: string, bytes: Buffer): Promise<void> {
  await fs.mkdir(path.dirname(filePath), { recursive: true });
  const temporary = path.join(
    path.dirname(filePath),
    `.${path.basename(filePath)}.${process.pid}.tmp`,
  );
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, filePath);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

function deviceError(name: string, error: NodeJS.ErrnoException): Error {
  const cause = { cause: error };
  switch (error.code) {
    case 'ENOENT':
    case 'ENXIO':
    case 'ENODEV':
      return new Error(
        `No se encuentra la impresora ${name}: compruebe que esté conectada y encendida.`,
        cause,
      );
    case 'EACCES':
    case 'EPERM':
      return new Error(`Este usuario no tiene permiso para imprimir en ${name}.`, cause);
    case 'EBUSY':
      return new Error(`La impresora ${name} está ocupada por otro programa.`, cause);
    case 'EISDIR':
      return new Error(`${name} es una carpeta, no una impresora ni un archivo.`, cause);
    default:
      return new Error(
        `No se pudo escribir en la impresora ${name} (${error.code ?? error.message}).`,
        cause,
      );
  }
}

// A write to a device that is off may block in the file system for good; the
// caller is answered at the deadline while the stuck write ends on its own.
async function withTimeout(
  work: Promise<void>,
  target: PrinterTarget,
  timeoutMs: number,
  explain: (name: string, error: NodeJS.ErrnoException) => Error,
): Promise<void> {
  const name = describePrinter(target);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError(name)), timeoutMs);
  });
  work.catch(() => {});

  try {
    await Promise.race([work, deadline]);
  } catch (error) {
    if (error instanceof Error && 'code' in error) {
      throw explain(name, error as NodeJS.ErrnoException);
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function sendToQueue(
  target: Extract<PrinterTarget, { kind: 'queue' }>,
  bytes: Buffer,
  timeoutMs: number,
): Promise<void> {
  const name = describePrinter(target);
  if (process.platform === 'win32') {
    return Promise.reject(
      new Error(
        `En Windows no se puede imprimir en la cola «${target.name}» directamente. ` +
          'Comparta la impresora en Windows y escriba su ruta de red, ' +
          `por ejemplo \\\\localhost\\${target.name}.`,
      ),
    );
  }

  return new Promise((resolve, reject) => {
    const child = spawn('lp', ['-d', target.name, '-o', 'raw'], {
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let settled = false;
    let stderr = '';

    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    };

    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      settle(timeoutError(name));
    }, timeoutMs);

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 2000) stderr += chunk;
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        settle(
          new Error(
            `No se puede imprimir en ${name}: falta el programa lp (CUPS) en este equipo.`,
            { cause: error },
          ),
        );
      } else {
        settle(
          new Error(`No se pudo enviar la etiqueta a ${name} (${error.message}).`, {
            cause: error,
          }),
        );
      }
    });
    child.on('close', (code, signal) => {
      if (code === 0) return settle();
      const said = stderr.trim().split('\n')[0]?.trim();
      const detail = said ? `: ${said}` : signal ? ` (${signal})` : ` (código ${code})`;
      const sentence = /[.!?]$/.test(detail) ? detail : `${detail}.`;
      settle(new Error(`La cola de impresión ${name} no aceptó la etiqueta${sentence}`));
    });

    // If lp dies before reading everything, its exit status says why; the
    // broken pipe adds nothing.
    child.stdin.on('error', () => {});
    child.stdin.end(bytes);
  });
}
