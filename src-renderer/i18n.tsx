// The screens' language: Spanish (Argentina) unless the user picks English on
// this computer. Errors from the services are translated by their message key,
// so a Spanish server message never leaks into the English screens.

import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { es } from '../src-shared/i18n/es';
import {
  translate,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '../src-shared/i18n/translate';
import { ApiError } from './api';

const STORAGE_KEY = 'patolab.locale';

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, params?: MessageParams): string;
  errorText(error: unknown): string;
}

const I18nContext = createContext<I18n | null>(null);

function storedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'es-AR';
  } catch {
    return 'es-AR';
  }
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(es, key);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);

  useEffect(() => {
    document.documentElement.lang = locale === 'en' ? 'en' : 'es-AR';
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // A locked-down profile may refuse storage; the choice then lasts until reload.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
    const errorText = (error: unknown) => {
      if (error instanceof ApiError) {
        const { key, params, message } = error.payload;
        return isMessageKey(key) ? t(key, params) : message;
      }
      return t('error.internal');
    };
    return { locale, setLocale, t, errorText };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
