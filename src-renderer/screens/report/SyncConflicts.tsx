// Draft fields that an edit from another desk replaced without having seen
// them (both desks offline, say). Sync keeps the newer text; the one it
// replaced is shown here, to copy or put back, so nothing is silently lost,
// until a pathologist marks it as reviewed (which changes no text).

import { useState } from 'react';
import { Alert, Button, CopyButton, Group, Stack, Text } from '@mantine/core';
import type { ReportView } from '../../../src-shared/report-contract';
import { call } from '../../api';
import { isMessageKey, useI18n } from '../../i18n';
import { hasRole, useSession, useTimeZone } from '../../session';
import { formatDateTime } from '../../format';
import { useRowAction } from '../../useRowAction';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AlertIcon } from '../../components/icons';
import { isSectionField, type SectionField } from './sections';

/** The per-cassette descriptions travel as one JSON list; shown as "code: text" lines. */
function readable(field: string, value: string | null): string | null {
  if (field !== 'microscopic_items' || value === null) return value;
  try {
    const items = JSON.parse(value) as { code?: unknown; text?: unknown }[];
    return items.map((item) => `${String(item.code)}: ${String(item.text)}`).join('\n');
  } catch {
    return value;
  }
}

interface Props {
  conflicts: ReportView['conflicts'];
  /** Absent when the report cannot be edited: the text can still be copied. */
  onInsert?(field: SectionField, text: string): void;
}

export function SyncConflicts({ conflicts, onInsert }: Props) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const { user } = useSession();
  const canDismiss = hasRole(user, 'pathologist');
  const [hidden, setHidden] = useState(false);
  // Closed ones leave at once; the next load of the report no longer lists them.
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const dismiss = useRowAction(
    async (id) => {
      await call('reports.dismissConflict', { id });
      setDismissed((before) => new Set(before).add(id));
    },
    () => undefined,
  );
  const shown = conflicts.filter((conflict) => !dismissed.has(conflict.id));
  if (shown.length === 0 || hidden) return null;

  const label = (field: string) => {
    const key = `ui.reports.section.${field}`;
    return isMessageKey(key) ? t(key) : field;
  };

  return (
    <Alert
      color="orange"
      variant="light"
      icon={<AlertIcon />}
      title={t('ui.reports.syncConflicts.title', { count: shown.length })}
      withCloseButton
      closeButtonLabel={t('ui.reports.syncConflicts.hide')}
      onClose={() => setHidden(true)}
    >
      <Text size="sm" mb="sm">
        {t('ui.reports.syncConflicts.explain')}
      </Text>
      {dismiss.error !== null && <ErrorAlert error={dismiss.error} mb="sm" />}
      <Stack gap="sm">
        {shown.map((conflict) => {
          const lost = readable(conflict.field, conflict.lost);
          return (
            <div key={conflict.id}>
              <Text size="xs" fw={700}>
                {t('ui.reports.syncConflicts.field', {
                  field: label(conflict.field),
                  when: formatDateTime(conflict.at, timeZone),
                })}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {lost?.trim() || t('ui.reports.syncConflicts.empty')}
              </Text>
              {(lost || canDismiss) && (
                <Group gap="xs" mt={4}>
                  {lost && (
                    <CopyButton value={lost}>
                      {({ copied, copy }) => (
                        <Button size="compact-xs" variant="light" color="orange" onClick={copy}>
                          {t(
                            copied
                              ? 'ui.reports.syncConflicts.copied'
                              : 'ui.reports.syncConflicts.copy',
                          )}
                        </Button>
                      )}
                    </CopyButton>
                  )}
                  {lost && onInsert && isSectionField(conflict.field) && (
                    <Button
                      size="compact-xs"
                      variant="light"
                      color="orange"
                      onClick={() => onInsert(conflict.field as SectionField, lost)}
                    >
                      {t('ui.reports.syncConflicts.insert', { field: label(conflict.field) })}
                    </Button>
                  )}
                  {canDismiss && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="gray"
                      loading={dismiss.busyId === conflict.id}
                      title={t('ui.reports.syncConflicts.dismissHint')}
                      aria-label={t('ui.reports.syncConflicts.dismissAria', {
                        field: label(conflict.field),
                      })}
                      onClick={() => void dismiss.run(conflict.id)}
                    >
                      {t('ui.reports.syncConflicts.dismiss')}
                    </Button>
                  )}
                </Group>
              )}
            </div>
          );
        })}
      </Stack>
    </Alert>
  );
}
