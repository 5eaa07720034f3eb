// Reads a ZPL II stream back the way a Zebra printer would, so tests assert on
// the labels that come out (their text, their QR) rather than on the string a
// renderer happened to build. Written from Zebra's ZPL II programming guide,
// for the commands the label driver uses. A command it does not know is an
// error, and so is any tilde: a control command (~JA, ~DG…) acts the moment a
// printer reads it, even in the middle of a label's text.

export interface ZplText {
  x: number;
  y: number;
  font: string;
  /** Character height and width in dots. */
  height: number;
  width: number;
  text: string;
}

export interface ZplQr {
  x: number;
  y: number;
  model: number;
  /** Printer dots per module. */
  magnification: number;
  errorCorrection: 'L' | 'M' | 'Q' | 'H';
  input: 'A' | 'M';
  payload: string;
}

export interface ZplLabel {
  /** ^CI: 28 is UTF-8. */
  encoding: number | null;
  widthDots: number | null;
  lengthDots: number | null;
  /** The text fields in the order they were sent. */
  fields: ZplText[];
  texts: string[];
  qr: ZplQr | null;
}

interface PendingField {
  x: number;
  y: number;
  font: { id: string; height: number; width: number } | null;
  hexIndicator: string | null;
  qr: { model: number; magnification: number } | null;
}

export function decodeZpl(bytes: Uint8Array): ZplLabel[] {
  const source = Buffer.from(bytes).toString('latin1');
  const labels: ZplLabel[] = [];
  let label: ZplLabel | null = null;
  let field: PendingField | null = null;
  let i = 0;

  const fail = (why: string): never => {
    throw new Error(`${why} at offset ${i}: ${JSON.stringify(source.slice(i, i + 20))}`);
  };

  while (i < source.length) {
    const char = source[i] as string;

    if (char === '~') fail('A control command');
    if (char !== '^') {
      // Line breaks between commands are ignored; anything else is stray text.
      if (!/\s/.test(char)) fail('Text outside a command');
      i += 1;
      continue;
    }

    const name = source.slice(i + 1, i + 3).toUpperCase();
    const start = i;
    i += 3;

    if (name === 'XA') {
      if (label) fail('^XA inside a label');
      label = {
        encoding: null,
        widthDots: null,
        lengthDots: null,
        fields: [],
        texts: [],
        qr: null,
      };
      continue;
    }
    if (!label) {
      i = start;
      fail(`^${name} outside ^XA … ^XZ`);
    }
    const current = label as ZplLabel;

    if (name === 'FD') {
      if (!field) fail('^FD without ^FO');
      const end = source.indexOf('^', i);
      if (end < 0 || source.slice(end, end + 3).toUpperCase() !== '^FS') {
        fail('Field data not closed by ^FS');
      }
      const tilde = source.indexOf('~', i);
      if (tilde >= 0 && tilde < end) {
        i = tilde;
        fail('A control command inside field data');
      }
      const raw = Buffer.from(source.slice(i, end), 'latin1');
      const data = field!.hexIndicator ? unescapeHex(raw, field!.hexIndicator) : raw;
      if (field!.qr) current.qr = qrOf(field!, data.toString('utf8'), current.qr, fail);
      else current.fields.push(textOf(field!, data, current.encoding, fail));
      field = null;
      i = end + 3;
      continue;
    }

    // Every other command takes its parameters up to the next command.
    const next = source.slice(i).search(/[\^~]/);
    const paramsEnd = next < 0 ? source.length : i + next;
    const params = source.slice(i, paramsEnd).replace(/[\r\n]/g, '');
    i = paramsEnd;

    if (name === 'XZ') {
      if (field) fail('A field left open at ^XZ');
      current.texts = current.fields.map((f) => f.text);
      labels.push(current);
      label = null;
      continue;
    }

    switch (name) {
      case 'CI':
        current.encoding = Number(params);
        break;
      case 'PW':
        current.widthDots = Number(params);
        break;
      case 'LL':
        current.lengthDots = Number(params);
        break;
      case 'LH':
        if (params !== '0,0') fail('A label home other than 0,0');
        break;
      case 'FO': {
        const [x, y] = params.split(',').map(Number);
        if (!Number.isInteger(x) || !Number.isInteger(y)) fail('^FO without a position');
        field = { x: x as number, y: y as number, font: null, hexIndicator: null, qr: null };
        break;
      }
      case 'FH':
        if (!field) fail('^FH without ^FO');
        field!.hexIndicator = params === '' ? '_' : params;
        break;
      case 'FS':
        fail('^FS without field data');
        break;
      default:
        if (name.startsWith('A') && field) {
          // ^Afo,h,w: font name, orientation, then height and width.
          const [orientation, height, width] = [params[0], ...params.slice(2).split(',')];
          if (params[1] !== ',' || orientation !== 'N') fail('A font other than upright');
          field.font = { id: name[1] as string, height: Number(height), width: Number(width) };
        } else if (name === 'BQ' && field) {
          const [orientation, model, magnification] = params.split(',');
          if (orientation !== 'N') fail('A QR other than upright');
          field.qr = { model: Number(model), magnification: Number(magnification) };
        } else {
          i = start;
          fail(`Unknown command ^${name}`);
        }
    }
  }

  if (label) fail('A label without ^XZ');
  return labels;
}

function unescapeHex(raw: Buffer, indicator: string): Buffer {
  const out: number[] = [];
  const mark = indicator.charCodeAt(0);
  for (let k = 0; k < raw.length; k++) {
    const byte = raw[k] as number;
    if (byte !== mark) {
      out.push(byte);
      continue;
    }
    const hex = raw.subarray(k + 1, k + 3).toString('latin1');
    if (!/^[0-9a-f]{2}$/i.test(hex)) throw new Error(`Bad hexadecimal escape "_${hex}"`);
    out.push(parseInt(hex, 16));
    k += 2;
  }
  return Buffer.from(out);
}

function textOf(
  field: PendingField,
  data: Buffer,
  encoding: number | null,
  fail: (why: string) => never,
): ZplText {
  if (!field.font) fail('A text field without a font');
  if (encoding !== 28) fail('Text sent without ^CI28 (UTF-8)');
  const font = field.font!;
  return {
    x: field.x,
    y: field.y,
    font: font.id,
    height: font.height,
    width: font.width,
    text: data.toString('utf8'),
  };
}

// ^FD of a QR: error correction, input mode, a comma, then the data.
function qrOf(
  field: PendingField,
  data: string,
  previous: ZplQr | null,
  fail: (why: string) => never,
): ZplQr {
  if (previous) fail('A second QR on one label');
  const match = /^([LMQH])([AM]),(.*)$/s.exec(data);
  if (!match) fail('QR data without its error correction and input mode');
  const qr = field.qr!;
  return {
    x: field.x,
    y: field.y,
    model: qr.model,
    magnification: qr.magnification,
    errorCorrection: match![1] as ZplQr['errorCorrection'],
    input: match![2] as ZplQr['input'],
    payload: match![3] as string,
  };
}
