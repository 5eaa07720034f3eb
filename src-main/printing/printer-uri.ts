// Where labels go, as the lab writes it in the settings: a thermal printer on
// the network, a print queue of the operating system, a device or file, or a
// PDF file. Parsing is strict so that a typo is told to the receptionist when
// the printer is set up, not discovered as a missing label at reception.
//
// The address also says which language the printer speaks: ESC/POS unless it
// starts with `zpl+` (`zpl+tcp://10.0.0.9:9100`, `zpl+printer:Zebra`), and PDF
// for a `pdf:` file. The prefix rides on the address rather than in a setting
// of its own so that one string, in the settings, an environment variable or a
// print job's row, says everything needed to print again.

import { isIPv4, isIPv6 } from 'node:net';

export const DEFAULT_RAW_PORT = 9100;

export type PrinterDriver = 'pdf' | 'escpos' | 'zpl';

/** The language of a printer that takes raw bytes. */
export type RawDriver = Exclude<PrinterDriver, 'pdf'>;

type Address =
  /** A network printer taking raw bytes on a TCP port (JetDirect, 9100). */
  | { kind: 'tcp'; host: string; port: number }
  /** A queue of the operating system's print system, by name. */
  | { kind: 'queue'; name: string }
  /** A device or file the bytes are written to; `path` is ready for `fs.open`. */
  | { kind: 'device'; path: string }
  /** A PDF file the labels are rendered to. */
  | { kind: 'pdf'; path: string };

export type PrinterTarget =
  | (Exclude<Address, { kind: 'pdf' }> & { driver: RawDriver })
  | (Extract<Address, { kind: 'pdf' }> & { driver: 'pdf' });

const ZPL_PREFIX = /^zpl\+/i;

const TCP = /^tcp:\/\/(\[[^\]]*\]|[^/:?#@\s]+)(?::([^/?#]*))?\/?$/i;
const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
const QUEUE_NAME = /^[^\s/\\#-][^/\\#]{0,126}$/u;
const WINDOWS_PORT = /^(COM[1-9]\d{0,2}|LPT[1-9]):?$/i;
const UNC = /^\\\\[^\\/]+\\[^\\/]+/;
const WINDOWS_ABSOLUTE = /^[a-z]:[\\/]/i;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;

export function parsePrinterUri(input: string): PrinterTarget {
  const typed = input.trim();
  if (typed === '') throw new Error('No hay ninguna impresora configurada para las etiquetas.');
  if (CONTROL.test(typed)) throw invalid(typed);

  const zpl = ZPL_PREFIX.test(typed);
  const address = zpl ? typed.slice('zpl+'.length).trim() : typed;
  if (zpl && address === '') {
    throw new Error(
      'Después de zpl+ falta la dirección de la impresora, por ejemplo ' +
        'zpl+tcp://192.168.1.60:9100 o zpl+printer:Zebra.',
    );
  }
  if (zpl && /^pdf:/i.test(address)) {
    throw new Error(
      `La dirección «${shown(typed)}» no es válida: un archivo PDF no es una impresora ZPL. ` +
        'Escriba pdf:/ruta/etiquetas.pdf sin zpl+, o la dirección de la impresora Zebra.',
    );
  }

  const target = parseAddress(address, typed);
  if (target.kind === 'pdf') return { ...target, driver: 'pdf' };
  return { ...target, driver: zpl ? 'zpl' : 'escpos' };
}

// `typed` is the whole address as written, prefix included, for the messages.
function parseAddress(uri: string, typed: string): Address {
  if (/^tcp:/i.test(uri)) return parseTcp(uri, typed);

  if (/^printer:/i.test(uri)) {
    const name = uri.slice('printer:'.length).trim();
    if (!QUEUE_NAME.test(name)) {
      throw new Error(
        `El nombre de impresora «${shown(name)}» no es válido. ` +
          'Escriba printer: seguido del nombre de la cola, sin barras ni «#».',
      );
    }
    return { kind: 'queue', name };
  }

  if (/^pdf:/i.test(uri)) {
    const path = filePath(uri.slice('pdf:'.length));
    if (!path || !/\.pdf$/i.test(path)) {
      throw new Error(
        `La dirección «${shown(typed)}» no es válida: después de pdf: va la ruta completa ` +
          'de un archivo terminado en .pdf, por ejemplo pdf:/home/lab/etiquetas.pdf.',
      );
    }
    return { kind: 'pdf', path };
  }

  if (/^file:/i.test(uri)) {
    const path = filePath(uri.slice('file:'.length));
    if (!path) {
      throw new Error(
        `La dirección «${shown(typed)}» no es válida: después de file: va la ruta completa ` +
          'de un archivo o dispositivo, por ejemplo file:/dev/usb/lp0.',
      );
    }
    return { kind: 'device', path };
  }

  if (/^\/dev\/[^\s]+$/.test(uri) || UNC.test(uri)) return { kind: 'device', path: uri };

  const port = WINDOWS_PORT.exec(uri);
  // Windows needs the device namespace for ports above COM9 and accepts it for
  // all of them; without it "COM3" could be taken as a file in the current folder.
  if (port?.[1]) return { kind: 'device', path: `\\\\.\\${port[1].toUpperCase()}` };

  throw invalid(typed);
}

/** The printer as one short line for logs and messages: canonical, never throws. */
export function describePrinter(target: string | PrinterTarget): string {
  if (typeof target === 'string') {
    try {
      return describePrinter(parsePrinterUri(target));
    } catch {
      return `«${shown(target.trim())}» (dirección no válida)`;
    }
  }

  const prefix = target.driver === 'zpl' ? 'zpl+' : '';
  switch (target.kind) {
    case 'tcp':
      return `${prefix}tcp://${isIPv6(target.host) ? `[${target.host}]` : target.host}:${target.port}`;
    case 'queue':
      return `${prefix}printer:${target.name}`;
    case 'device':
      return `${prefix}${target.path}`;
    case 'pdf':
      return `pdf:${target.path}`;
  }
}

function parseTcp(uri: string, typed: string): Address {
  const match = TCP.exec(uri);
  if (!match?.[1]) throw invalid(typed);

  const rawHost = match[1];
  const host = rawHost.startsWith('[') ? rawHost.slice(1, -1) : rawHost.toLowerCase();
  const hostOk = rawHost.startsWith('[') ? isIPv6(host) : isIPv4(host) || isHostName(host);
  if (!hostOk) {
    throw new Error(
      `El nombre o la dirección IP de la impresora en «${shown(typed)}» no es válido. ` +
        'Ejemplo: tcp://192.168.1.50:9100.',
    );
  }

  const rawPort = match[2];
  if (rawPort === undefined || rawPort === '') return { kind: 'tcp', host, port: DEFAULT_RAW_PORT };
  const port = /^\d{1,5}$/.test(rawPort) ? Number(rawPort) : NaN;
  if (!(port >= 1 && port <= 65535)) {
    throw new Error(
      `El puerto de la impresora en «${shown(typed)}» no es válido: debe ser un número ` +
        'entre 1 y 65535 (las impresoras térmicas suelen usar 9100).',
    );
  }
  return { kind: 'tcp', host, port };
}

function isHostName(host: string): boolean {
  // A name made only of digits and dots is a mistyped IPv4 address, not a name.
  if (/^[\d.]+$/.test(host)) return false;
  const labels = host.replace(/\.$/, '').split('.');
  return host.length <= 253 && labels.every((label) => HOST_LABEL.test(label));
}

// Accepts `/abs/path`, `///abs/path` (URL style), `C:\path` and UNC paths; a
// relative path is refused because it would depend on the folder the app starts in.
function filePath(rest: string): string | null {
  const path = rest.trim().replace(/^\/\/(?=\/)/, '');
  if (path.startsWith('/') && !path.startsWith('//')) return path;
  if (WINDOWS_ABSOLUTE.test(path) || UNC.test(path)) return path;
  if (/^\/[a-z]:[\\/]/i.test(path)) return path.slice(1);
  return null;
}

function invalid(uri: string): Error {
  const bare = /^(zpl\+)?([^\s:/\\]+:\d+)$/i.exec(uri);
  const hint = bare ? ` ¿Quiso decir ${bare[1] ?? ''}tcp://${shown(bare[2] ?? '')}?` : '';
  return new Error(
    `La dirección de impresora «${shown(uri)}» no es válida. ` +
      `Use tcp://host:9100, printer:NOMBRE o la ruta del dispositivo.${hint}`,
  );
}

// What the person typed, as it can safely appear inside a message or a log line.
function shown(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/gu, '?');
  return clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
}
