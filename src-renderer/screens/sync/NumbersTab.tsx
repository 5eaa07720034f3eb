// Protocol number blocks handed out to workstations in one year, how far each
// was used, and the numbers of each series no sample has received yet.

import { useState } from 'react';
import { Badge, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { localDate } from '../../../src-shared/calendar';
import { useI18n } from '../../i18n';
import { useTimeZone } from '../../session';
import { formatDateTime } from '../../format';
import { useCall } from '../../useCall';
import { ErrorAlert } from '../../components/ErrorAlert';
import { seriesName, seriesNumber } from './units';

const YEARS_BACK = 9;

export function NumbersTab() {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const [thisYear] = useState(() => localDate(new Date(), timeZone).year);
  const [year, setYear] = useState(thisYear);
  const { data, error } = useCall('sync.blocks', { year });
  const years = Array.from({ length: YEARS_BACK + 2 }, (_, i) => String(thisYear + 1 - i));

  return (
    <Stack gap="md">
      <Select
        label={t('ui.sync.numbers.year')}
        w={140}
        allowDeselect={false}
        data={years}
        value={String(year)}
        onChange={(value) => value && setYear(Number(value))}
      />
      {error !== null && <ErrorAlert error={error} />}

      <section>
        <Title order={3} size="h5" mb="xs">
          {t('ui.sync.numbers.blocksTitle')}
        </Title>
        {data?.blocks.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('ui.sync.numbers.noBlocks', { year })}
          </Text>
        )}
        {data && data.blocks.length > 0 && (
          <Table.ScrollContainer minWidth={820}>
            <Table
              verticalSpacing="xs"
              className="queue-table"
              aria-label={t('ui.sync.numbers.blocksTitle')}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ui.sync.numbers.col.series')}</Table.Th>
                  <Table.Th>{t('ui.sync.numbers.col.range')}</Table.Th>
                  <Table.Th>{t('ui.sync.numbers.col.device')}</Table.Th>
                  <Table.Th>{t('ui.sync.numbers.col.granted')}</Table.Th>
                  <Table.Th>{t('ui.sync.numbers.col.usedUpTo')}</Table.Th>
                  <Table.Th>{t('ui.sync.numbers.col.state')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.blocks.map((block) => (
                  <Table.Tr key={block.id}>
                    <Table.Td>{seriesName(block.series)}</Table.Td>
                    <Table.Td ff="monospace">
                      {seriesNumber(block.series, block.first)} –{' '}
                      {seriesNumber(block.series, block.last)}
                    </Table.Td>
                    <Table.Td>{block.deviceName}</Table.Td>
                    <Table.Td>{formatDateTime(block.grantedAt, timeZone)}</Table.Td>
                    <Table.Td ff="monospace">
                      {block.usedUpTo === null
                        ? t('ui.sync.numbers.notUsed')
                        : seriesNumber(block.series, block.usedUpTo)}
                    </Table.Td>
                    <Table.Td>
                      {block.closedAt ? (
                        <Badge color="gray" variant="light">
                          {t('ui.sync.numbers.closedAt', {
                            when: formatDateTime(block.closedAt, timeZone),
                          })}
                        </Badge>
                      ) : (
                        <Badge color="teal" variant="light">
                          {t('ui.sync.numbers.open')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>

      {data && (
        <section>
          <Title order={3} size="h5" mb={4}>
            {t('ui.sync.numbers.unusedTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('ui.sync.numbers.unusedExplain')}
          </Text>
          {data.unused.length === 0 && <Text size="sm">{t('ui.sync.numbers.unusedNone')}</Text>}
          <Stack gap="sm">
            {data.unused.map((series) => (
              <Paper key={series.series} withBorder radius="sm" p="sm">
                <Group gap="xs" mb={4}>
                  <Text size="sm" fw={600}>
                    {seriesName(series.series)}
                  </Text>
                  <Badge color="gray" variant="light">
                    {t('ui.sync.numbers.unusedCount', { count: series.numbers.length })}
                  </Badge>
                </Group>
                <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                  {series.numbers.length > 0
                    ? series.numbers.join(', ')
                    : t('ui.sync.numbers.unusedNone')}
                </Text>
              </Paper>
            ))}
          </Stack>
        </section>
      )}
    </Stack>
  );
}
