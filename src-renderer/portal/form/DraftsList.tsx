// The vet's unsent drafts, newest first: resume one or throw it away. The draft
// open on screen is left out; it is the form itself.

import { useState } from 'react';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { useCall } from '../../useCall';
import { DEFAULT_TIME_ZONE } from '../../../src-shared/calendar';
import { draftPath } from '../routes';
import { formFromDraft } from './protocol-form';

export function DraftsList({ currentId }: { currentId: string | null }) {
  const { t } = useI18n();
  const { data, error: loadError, reload } = useCall('drafts.list', {});
  const [deleting, setDeleting] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function remove(id: string) {
    setDeleting(id);
    setError(null);
    try {
      await call('drafts.delete', { id });
      reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setDeleting(null);
    }
  }

  const drafts = (data ?? []).filter((draft) => draft.id !== currentId);
  const shown = error ?? loadError;
  if (drafts.length === 0 && shown === null) return null;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="drafts-title">
      <Title order={2} size="h5" id="drafts-title" mb="xs">
        {t('ui.portal.drafts.title', { count: drafts.length })}
      </Title>
      {shown !== null && <ErrorAlert error={shown} mb="sm" />}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {drafts.map((draft) => {
          const form = formFromDraft(draft.kind, draft.data);
          const what =
            [form.animal.species, form.animal.identification].filter(Boolean).join(' · ') ||
            t('ui.portal.drafts.untitled');
          return (
            <Group key={draft.id} component="li" justify="space-between" gap="xs">
              <div>
                <Anchor href={draftPath(draft.id)} size="sm" fw={600}>
                  {t(`kind.${draft.kind}`)}: {what}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t('ui.portal.drafts.updated', {
                    when: formatDateTime(draft.updatedAt, DEFAULT_TIME_ZONE),
                  })}
                </Text>
              </div>
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                loading={deleting === draft.id}
                aria-label={t('ui.portal.drafts.deleteOne', { what })}
                onClick={() => void remove(draft.id)}
              >
                {t('ui.portal.drafts.delete')}
              </Button>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
