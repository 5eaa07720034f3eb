// Each language named in itself, as a person looks for their own.

import type { PORTAL_LOCALES } from '../../../src-shared/portal-contract';

export const LOCALE_LABEL: Record<(typeof PORTAL_LOCALES)[number], string> = {
  'es-AR': 'Español',
  en: 'English',
};
