// What this desk received or rejected since the app was opened, newest first,
// so a receptionist interrupted mid-batch sees where they left off.

import { useId, useSyncExternalStore } from 'react';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { PrintOutcome } from '../../../src-shared/contract';
import { formatLocalDateTime } from '../../../src-shared/calendar';
import { useI18n } from '../../i18n';
import { useTimeZone } from '../../session';
import { protocolPath } from '../../routes';
import { StatusBadge } from '../../components/StatusBadge';

export interface DeskEntry {
  temporaryCode: string;
  protocolNumber: string | null;
  status: 'received' | 'rejected';
  at: string;
  print: PrintOutcome['status'] | null;
}

const MAX_ENTRIES = 30;
let entries: DeskEntry[] = [];
const listeners = new Set<() => void>();

export function recordAtDesk(entry: DeskEntry): void {
  entries = [entry, ...entries.filter((e) => e.temporaryCode !== entry.temporaryCode)].slice(
    0,
    MAX_ENTRIES,
  );
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function timeOf(iso: string, timeZone: string): string {
  return formatLocalDateTime(iso, timeZone).split(' ').pop() ?? '';
}

export function DeskLog() {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const list = useSyncExternalStore(subscribe, () => entries);
  const titleId = useId();

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h5" mb="sm" id={titleId}>
        {t('ui.deskLog.title')}
      </Title>
      {list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('ui.deskLog.empty')}
        </Text>
      ) : (
        <Stack gap={6} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {list.map((entry) => (
            <Group key={entry.temporaryCode} component="li" justify="space-between" wrap="nowrap">
              <div>
                <Anchor href={protocolPath(entry.temporaryCode)} ff="monospace" fw={600} size="sm">
                  {entry.protocolNumber ?? entry.temporaryCode}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {timeOf(entry.at, timeZone)}
                  {entry.print === 'failed' && ` · ${t('ui.reception.printFailed')}`}
                </Text>
              </div>
              <StatusBadge status={entry.status} />
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
