// Every change to the vet's record, newest first: when, by whom (the vet, or
// the lab) and each field's old and new value.

import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { DEFAULT_TIME_ZONE } from '../../../src-shared/calendar';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { useCall } from '../../useCall';
import { PROFILE_FIELD_LABEL, profileFieldKey } from './profile-fields';

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (typeof value === 'object') {
    const parts = Object.values(value as Record<string, unknown>).filter(
      (part) => part !== null && part !== undefined && part !== '',
    );
    return parts.length ? parts.map(String).join(', ') : '—';
  }
  return String(value);
}

/** Read once when shown; the profile screen mounts it anew after each save. */
export function HistoryCard() {
  const { t } = useI18n();
  const { data, error } = useCall('profile.history', {});

  const label = (field: string) => {
    const key = PROFILE_FIELD_LABEL[profileFieldKey(field)];
    return key ? t(key) : field;
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="profile-history">
      <Stack gap="sm">
        <Title order={2} size="h4" id="profile-history">
          {t('ui.portal.history.title')}
        </Title>
        {error !== null && <ErrorAlert error={error} />}
        {data && data.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('ui.portal.history.none')}
          </Text>
        )}
        {data && data.length > 0 && (
          <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {data.map((change) => (
              <li key={change.id}>
                <Text size="sm" fw={600}>
                  {t('ui.portal.history.entry', {
                    when: formatDateTime(change.changedAt, DEFAULT_TIME_ZONE),
                    who: change.changedBy,
                  })}
                </Text>
                <List size="sm" spacing={2}>
                  {Object.entries(change.changes).map(([field, { from, to }]) => (
                    <List.Item key={field} style={{ overflowWrap: 'anywhere' }}>
                      {t('ui.portal.history.change', {
                        field: label(field),
                        from: shown(from),
                        to: shown(to),
                      })}
                    </List.Item>
                  ))}
                </List>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
