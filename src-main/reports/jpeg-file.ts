// What a JPEG must be before a report takes it or a PDF embeds it: the start of image, a
// frame header with its size, every segment whole up to the image data, and the end of
// image after it (ITU T.81, annex B). The PDF carries a JPEG as it is, undecoded, so this
// walk is what stands between a renamed web page and a signed report. It reads the frame
// header where pdfkit reads it, and refuses what pdfkit's simpler walk would misread
// (padding between segments, markers without a length before the frame): the size
// checked here is the size the PDF says. Bytes after the end of image (the trailers some
// phones add) are left alone, as every viewer does.
//
// Faults are plain errors in English, for the log; whoever asked says it to a person.

// Frame headers: baseline, extended, progressive and lossless, Huffman or arithmetic.
// 0xC4 (Huffman tables), 0xC8 (reserved) and 0xCC (arithmetic conditioning) are not frames,
// though pdfkit would take the last two for one.
const FRAMES = [0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf];
const NOT_FRAMES = [0xc8, 0xcc];
const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const isRestart = (marker: number) => marker >= 0xd0 && marker <= 0xd7;

function fault(reason: string): never {
  throw new Error(`JPEG ${reason}`);
}

/** The picture's size, once the whole file has been walked. */
export function readJpeg(bytes: Buffer): { width: number; height: number } {
  if (bytes[0] !== 0xff || bytes[1] !== SOI) fault('does not start with SOI');
  let frame: { width: number; height: number } | null = null;
  let scanned = false;

  let pos = 2;
  for (;;) {
    if (pos + 2 > bytes.length) fault('ends before its EOI marker');
    if (bytes[pos] !== 0xff) fault(`has no marker at byte ${pos}`);
    // Padding before a marker is allowed once the image data has begun.
    if (scanned) while (bytes[pos + 1] === 0xff) pos++;
    const marker = bytes[pos + 1]!;
    pos += 2;

    if (marker === EOI) {
      if (!scanned) fault('ends before its image data');
      return frame!;
    }
    if (marker < 0xc0 || marker === SOI || isRestart(marker) || NOT_FRAMES.includes(marker)) {
      fault(`marker 0x${marker.toString(16)} is out of place`);
    }
    if (pos + 2 > bytes.length) fault(`segment at byte ${pos - 2} is cut`);
    const length = bytes.readUInt16BE(pos);
    if (length < 2 || pos + length > bytes.length) fault(`segment at byte ${pos - 2} is cut`);
    const body = bytes.subarray(pos + 2, pos + length);
    pos += length;

    if (FRAMES.includes(marker)) {
      if (frame) fault('has two frame headers');
      frame = readFrame(body);
    } else if (marker === SOS) {
      if (!frame) fault('has image data before its frame header');
      if (body.length < 1 || body.length !== 4 + 2 * body[0]!) fault('scan header is cut');
      pos = endOfScan(bytes, pos);
      scanned = true;
    }
  }
}

function readFrame(body: Buffer): { width: number; height: number } {
  if (body.length < 6) fault('frame header is cut');
  const precision = body[0]!;
  const height = body.readUInt16BE(1);
  const width = body.readUInt16BE(3);
  const components = body[5]!;
  // A PDF reader shows 8-bit samples in grey, colour or CMYK, and nothing else.
  if (precision !== 8) fault(`has ${precision}-bit samples`);
  if (![1, 3, 4].includes(components) || body.length !== 6 + 3 * components) {
    fault(`frame header names ${components} components`);
  }
  // A height of 0 is given later in the file; no reader of PDF images takes it.
  if (width === 0 || height === 0) fault(`size ${width} x ${height} is not valid`);
  return { width, height };
}

/** Where the entropy-coded data after a scan header ends: at the next real marker. */
function endOfScan(bytes: Buffer, start: number): number {
  let pos = start;
  for (;;) {
    pos = bytes.indexOf(0xff, pos);
    if (pos === -1 || pos + 1 >= bytes.length) fault('image data runs to the end of the file');
    const next = bytes[pos + 1]!;
    // 0xFF 0x00 is a stuffed data byte, 0xFF 0xD0 to 0xD7 a restart inside the scan.
    if (next === 0x00 || isRestart(next) || next === 0xff) {
      pos += next === 0xff ? 1 : 2;
      continue;
    }
    return pos;
  }
}
