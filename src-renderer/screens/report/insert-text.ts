// Putting a saved phrase where the cursor is: in place of the selected text,
// with a space on either side when the phrase would otherwise stick to a word.

const NO_SPACE_AFTER = /[\s(¿¡«"]$/;
const NO_SPACE_BEFORE = /^[\s.,;:)?!»"]/;

export interface Inserted {
  value: string;
  /** Where the cursor goes: just after the phrase. */
  cursor: number;
}

export function insertText(value: string, start: number, end: number, text: string): Inserted {
  const from = Math.max(0, Math.min(start, value.length));
  const to = Math.max(from, Math.min(end, value.length));
  const before = value.slice(0, from);
  const after = value.slice(to);
  const phrase = text.trim();
  const lead = before !== '' && !NO_SPACE_AFTER.test(before) ? ' ' : '';
  const trail = after !== '' && !NO_SPACE_BEFORE.test(after) ? ' ' : '';
  const inserted = `${lead}${phrase}${trail}`;
  return {
    value: `${before}${inserted}${after}`,
    cursor: before.length + lead.length + phrase.length,
  };
}
