// Message catalogues: Spanish (Argentina) first, English available. A message
// missing in English falls back to Spanish rather than showing a key.

import { es } from './es';
import { en } from './en';

export type Locale = 'es-AR' | 'en';
export type MessageKey = keyof typeof es;
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Locale, Partial<Record<MessageKey, string>>> = { 'es-AR': es, en };

export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogues[locale][key] ?? es[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
