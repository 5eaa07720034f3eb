// The protocol numbers this workstation holds for receiving offline, a warning
// per series running low, and the receptions still waiting for a number.

import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { SyncStatus } from '../../../src-shared/sync-contract';
import { useI18n } from '../../i18n';
import { AlertIcon } from '../../components/icons';
import { seriesName } from './units';

export function DeskNumbers({ status }: { status: SyncStatus }) {
  const { t } = useI18n();
  const low = status.numbers.filter((n) => n.remaining <= n.lowWater);
  const lowWarning = (count: number, series: string) => {
    if (count === 0) return t('ui.sync.numbersOut', { series });
    if (count === 1) return t('ui.sync.numbersLowOne', { series });
    return t('ui.sync.numbersLow', { count, series });
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section">
      <Title order={2} size="h4" mb="xs">
        {t('ui.sync.numbersTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('ui.sync.numbersExplain')}
      </Text>
      <Stack gap="sm">
        {low.map((n) => (
          <Alert key={n.series} color="orange" variant="light" icon={<AlertIcon />}>
            {lowWarning(n.remaining, seriesName(n.series))}
          </Alert>
        ))}
        {status.pendingNumbers > 0 && (
          <Alert
            color="yellow"
            variant="light"
            title={t('ui.sync.pendingNumbersTitle', { count: status.pendingNumbers })}
          >
            {t('ui.sync.pendingNumbers')}
          </Alert>
        )}
        {status.numbers.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('ui.sync.numbersNone')}
          </Text>
        ) : (
          <Table verticalSpacing="xs" aria-label={t('ui.sync.numbersTable')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ui.sync.col.series')}</Table.Th>
                <Table.Th ta="right">{t('ui.sync.col.remaining')}</Table.Th>
                <Table.Th ta="right">{t('ui.sync.col.lowWater')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {status.numbers.map((n) => (
                <Table.Tr key={n.series}>
                  <Table.Td>{seriesName(n.series)}</Table.Td>
                  <Table.Td
                    ta="right"
                    fw={600}
                    c={n.remaining <= n.lowWater ? 'orange.8' : undefined}
                  >
                    {n.remaining}
                  </Table.Td>
                  <Table.Td ta="right">{n.lowWater}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
