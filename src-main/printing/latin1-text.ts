// Label text as a label printer's own fonts can print it. Thermal printers
// (ESC/POS code page 850) and the resident fonts of ZPL printers hold the
// Latin-1 letters and signs, every Spanish one among them, and little else:
// typographic signs get plain equivalents, and accented letters outside
// Latin-1 lose the accent rather than print as a blank or another table.

const SUBSTITUTES: Record<string, string> = {
  '…': '...',
  '‘': "'",
  '’': "'",
  '‚': ',',
  '“': '"',
  '”': '"',
  '„': '"',
  '‐': '-',
  '–': '-',
  '—': '-',
  '•': '*',
  '€': 'EUR',
};

export function toLatin1Text(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (isLatin1Printable(char)) out += char;
    else if (SUBSTITUTES[char] !== undefined) out += SUBSTITUTES[char];
    else {
      const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
      out += bare !== '' && Array.from(bare).every(isLatin1Printable) ? bare : '?';
    }
  }
  return out;
}

function isLatin1Printable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff);
}
