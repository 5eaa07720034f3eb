// ES / EN, wherever the screens offer a choice of language.

import { SegmentedControl } from '@mantine/core';
import type { Locale } from '../../src-shared/i18n/translate';
import { useI18n } from '../i18n';

export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('ui.nav.language')}
      value={locale}
      onChange={(value) => setLocale(value as Locale)}
      data={[
        { value: 'es-AR', label: 'ES' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
