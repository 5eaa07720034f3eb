// Reads an ESC/POS byte stream back the way a thermal printer would, so tests
// assert on what comes out of the printer (the text, the QR, the cut) rather
// than on the bytes a library happened to produce. Written from Epson's ESC/POS
// command reference. A command it does not know is an error: a test must not
// pass over bytes a real printer would trip on.

import { decode } from 'iconv-lite';

export interface TextStyle {
  bold: boolean;
  underline: boolean;
  font: 'A' | 'B';
  /** Character width and height magnification, 1 to 8. */
  width: number;
  height: number;
  align: 'left' | 'center' | 'right';
  /** The character code table selected with ESC t. */
  codePage: number;
}

export type EscPosEvent =
  | ({ type: 'text'; text: string } & TextStyle)
  | { type: 'newline' }
  | { type: 'feed'; lines: number }
  | { type: 'init' }
  | { type: 'codePage'; page: number }
  | { type: 'style'; style: TextStyle }
  | {
      type: 'qr';
      payload: string;
      model: number | null;
      moduleSize: number | null;
      errorCorrection: 'L' | 'M' | 'Q' | 'H' | null;
    }
  | { type: 'cut'; partial: boolean };

// ESC t n: character code tables of the ESC/POS reference, by page number.
const CODE_TABLES: Record<number, string> = {
  0: 'cp437',
  2: 'cp850',
  3: 'cp860',
  4: 'cp863',
  5: 'cp865',
  16: 'cp1252',
  17: 'cp866',
  18: 'cp852',
  19: 'cp858',
  40: 'iso-8859-15',
};

const ESC = 0x1b;
const GS = 0x1d;
const LF = 0x0a;
const CR = 0x0d;
const HT = 0x09;

const QR_CORRECTION = { 48: 'L', 49: 'M', 50: 'Q', 51: 'H' } as const;

function initialStyle(): TextStyle {
  return {
    bold: false,
    underline: false,
    font: 'A',
    width: 1,
    height: 1,
    align: 'left',
    codePage: 0,
  };
}

export function decodeEscPos(bytes: Uint8Array): EscPosEvent[] {
  const events: EscPosEvent[] = [];
  let style = initialStyle();
  let pending: number[] = [];
  const qr = {
    data: null as Uint8Array | null,
    model: null as number | null,
    moduleSize: null as number | null,
    errorCorrection: null as 'L' | 'M' | 'Q' | 'H' | null,
  };
  let i = 0;

  const flushText = () => {
    if (pending.length === 0) return;
    const table = CODE_TABLES[style.codePage];
    if (!table) throw new Error(`Code page ${style.codePage} is not known to the decoder`);
    events.push({ type: 'text', text: decode(Buffer.from(pending), table), ...style });
    pending = [];
  };
  const restyle = (change: Partial<TextStyle>) => {
    flushText();
    style = { ...style, ...change };
    events.push({ type: 'style', style: { ...style } });
  };
  const need = (count: number) => {
    if (i + count > bytes.length) {
      throw new Error(`Command at offset ${i} is cut short: needs ${count} bytes`);
    }
  };
  const at = (offset: number) => bytes[i + offset] as number;
  const unknown: () => never = () => {
    const shown = Array.from(bytes.slice(i, i + 4), (b) => b.toString(16).padStart(2, '0'));
    throw new Error(`Unknown ESC/POS command at offset ${i}: ${shown.join(' ')}`);
  };

  while (i < bytes.length) {
    const byte = at(0);

    if (byte >= 0x20 || byte === HT) {
      pending.push(byte);
      i += 1;
      continue;
    }

    if (byte === LF || byte === CR) {
      flushText();
      if (byte === LF) events.push({ type: 'newline' });
      i += 1;
      continue;
    }

    if (byte === ESC) {
      need(2);
      const command = String.fromCharCode(at(1));
      switch (command) {
        case '@':
          flushText();
          style = initialStyle();
          events.push({ type: 'init' });
          i += 2;
          continue;
        case 't':
          need(3);
          flushText();
          style = { ...style, codePage: at(2) };
          events.push({ type: 'codePage', page: at(2) });
          i += 3;
          continue;
        case '!': {
          need(3);
          const n = at(2);
          restyle({
            font: n & 0x01 ? 'B' : 'A',
            bold: (n & 0x08) !== 0,
            height: n & 0x10 ? 2 : 1,
            width: n & 0x20 ? 2 : 1,
            underline: (n & 0x80) !== 0,
          });
          i += 3;
          continue;
        }
        case 'E':
          need(3);
          restyle({ bold: (at(2) & 0x01) !== 0 });
          i += 3;
          continue;
        case '-':
          need(3);
          restyle({ underline: at(2) % 48 !== 0 });
          i += 3;
          continue;
        case 'M':
          need(3);
          restyle({ font: at(2) % 48 === 1 ? 'B' : 'A' });
          i += 3;
          continue;
        case 'a': {
          need(3);
          const align = (['left', 'center', 'right'] as const)[at(2) % 48];
          if (!align) unknown();
          restyle({ align });
          i += 3;
          continue;
        }
        case 'd':
          need(3);
          flushText();
          events.push({ type: 'feed', lines: at(2) });
          i += 3;
          continue;
        case '2':
          i += 2;
          continue;
        case '3':
        case 'J':
        case 'G':
        case 'R':
        case '{':
          need(3);
          i += 3;
          continue;
        default:
          unknown();
      }
    }

    if (byte === GS) {
      need(2);
      const command = String.fromCharCode(at(1));
      switch (command) {
        case '!': {
          need(3);
          const n = at(2);
          restyle({ width: (n >> 4) + 1, height: (n & 0x0f) + 1 });
          i += 3;
          continue;
        }
        case 'V': {
          need(3);
          const m = at(2);
          flushText();
          if (m === 0 || m === 48 || m === 1 || m === 49) {
            events.push({ type: 'cut', partial: m % 48 === 1 });
            i += 3;
          } else if ([65, 66, 97, 98, 103, 104].includes(m)) {
            need(4);
            events.push({ type: 'cut', partial: m % 2 === 0 });
            i += 4;
          } else {
            unknown();
          }
          continue;
        }
        case 'B':
        case 'H':
        case 'f':
        case 'h':
        case 'w':
          need(3);
          i += 3;
          continue;
        case '(': {
          need(5);
          if (at(2) !== 0x6b) unknown(); // only GS ( k, the 2D symbols
          const length = at(3) + at(4) * 256;
          need(5 + length);
          const cn = at(5);
          const fn = at(6);
          const params = bytes.slice(i + 7, i + 5 + length);
          if (cn !== 49) unknown(); // 49 is QR Code; PDF417 and others are not used
          flushText();
          switch (fn) {
            case 65: // function 165: model
              qr.model = (params[0] ?? 0) - 48;
              break;
            case 67: // function 167: module size in dots
              qr.moduleSize = params[0] ?? null;
              break;
            case 69: // function 169: error correction level
              qr.errorCorrection =
                QR_CORRECTION[(params[0] ?? 0) as keyof typeof QR_CORRECTION] ?? null;
              break;
            case 80: // function 180: store data; params are m (48) then the data
              if (params[0] !== 48) unknown();
              qr.data = params.slice(1);
              break;
            case 81: // function 181: print what was stored
              if (!qr.data) throw new Error(`QR printed at offset ${i} with no data stored`);
              events.push({
                type: 'qr',
                payload: decode(Buffer.from(qr.data), 'latin1'),
                model: qr.model,
                moduleSize: qr.moduleSize,
                errorCorrection: qr.errorCorrection,
              });
              break;
            default:
              unknown();
          }
          i += 5 + length;
          continue;
        }
        default:
          unknown();
      }
    }

    unknown();
  }

  flushText();
  return events;
}

export interface PrintedLine {
  text: string;
  runs: Extract<EscPosEvent, { type: 'text' }>[];
}

/** The lines of text as printed, each with the runs it was made of. */
export function printedLines(events: EscPosEvent[]): PrintedLine[] {
  const lines: PrintedLine[] = [];
  let runs: PrintedLine['runs'] = [];
  const end = () => {
    if (runs.length > 0) lines.push({ text: runs.map((r) => r.text).join(''), runs });
    runs = [];
  };
  for (const event of events) {
    if (event.type === 'text') runs.push(event);
    else if (event.type !== 'style' && event.type !== 'codePage') end();
  }
  end();
  return lines;
}

/** The stream cut into labels: the events up to and including each cut. */
export function labelsBetweenCuts(events: EscPosEvent[]): EscPosEvent[][] {
  const labels: EscPosEvent[][] = [];
  let current: EscPosEvent[] = [];
  for (const event of events) {
    current.push(event);
    if (event.type === 'cut') {
      labels.push(current);
      current = [];
    }
  }
  if (current.some((event) => event.type !== 'init')) labels.push(current);
  return labels;
}
