// A mail from its catalogue texts: the plain-text part as written, and an HTML
// part made from the same paragraphs (escaped, links made clickable), so both
// say exactly the same thing. Templates live in the message catalogues, one key
// for the subject and one for the body, in each language.

import {
  translate,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '../../src-shared/i18n/translate';

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const LINK = /\bhttps?:\/\/[^\s<>"']+/g;

function paragraphHtml(paragraph: string): string {
  const lines = paragraph.split('\n').map((line) => {
    let out = '';
    let last = 0;
    for (const match of line.matchAll(LINK)) {
      out += escapeHtml(line.slice(last, match.index));
      const url = escapeHtml(match[0]);
      out += `<a href="${url}">${url}</a>`;
      last = match.index + match[0].length;
    }
    return out + escapeHtml(line.slice(last));
  });
  return `<p>${lines.join('<br>')}</p>`;
}

export function toHtml(text: string, lang: string): string {
  const body = text
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map(paragraphHtml)
    .join('\n');
  return (
    `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"></head>` +
    `<body style="font-family: sans-serif; line-height: 1.4">\n${body}\n</body></html>`
  );
}

export function composeMail(
  locale: Locale,
  keys: { subject: MessageKey; body: MessageKey },
  params: MessageParams,
): ComposedMail {
  const text = translate(locale, keys.body, params);
  return {
    subject: translate(locale, keys.subject, params),
    text,
    html: toHtml(text, locale === 'en' ? 'en' : 'es'),
  };
}
