// Every protocol the lab holds, searchable by code, number, vet, animal or owner,
// and filtered by status, kind and date. The filters survive a visit to a
// protocol's detail and back.

import { useState } from 'react';
import {
  Anchor,
  Button,
  Grid,
  Group,
  Pagination,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { SearchInput } from '../../src-shared/contract';
import { PROTOCOL_STATUSES, type ProtocolStatus } from '../../src-shared/status';
import { useI18n } from '../i18n';
import { useTimeZone } from '../session';
import { navigate, protocolPath } from '../routes';
import { formatDateTime, formatDay } from '../format';
import { useCall } from '../useCall';
import { ErrorAlert } from '../components/ErrorAlert';
import { StatusBadge } from '../components/StatusBadge';
import { SearchIcon } from '../components/icons';

const PAGE_SIZE = 25;

interface Filters {
  query: string;
  status: ProtocolStatus | null;
  kind: 'histopathology' | 'cytology' | null;
  from: string;
  to: string;
  page: number;
}

const EMPTY: Filters = { query: '', status: null, kind: null, from: '', to: '', page: 1 };
let remembered: Filters = EMPTY;

export function Protocols() {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const [filters, setFiltersState] = useState<Filters>(remembered);
  const [debouncedQuery] = useDebouncedValue(filters.query, 300);

  const setFilters = (next: Filters) => {
    remembered = next;
    setFiltersState(next);
  };
  const change = (patch: Partial<Filters>) => setFilters({ ...filters, page: 1, ...patch });

  const input: SearchInput = {
    query: debouncedQuery.trim() || undefined,
    status: filters.status ?? undefined,
    kind: filters.kind ?? undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    limit: PAGE_SIZE,
    offset: (filters.page - 1) * PAGE_SIZE,
  };
  const { data: page, error, loading } = useCall('protocols.search', input);

  const pages = page ? Math.max(1, Math.ceil(page.total / PAGE_SIZE)) : 1;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('ui.protocols.title')}
        </Title>
        {page && (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('ui.protocols.count', { count: page.total })}
          </Text>
        )}
      </Group>

      <Paper withBorder radius="md" p="md" role="search">
        <Grid>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <TextInput
              label={t('ui.protocols.search')}
              placeholder={t('ui.protocols.searchPlaceholder')}
              leftSection={<SearchIcon />}
              value={filters.query}
              onChange={(e) => change({ query: e.currentTarget.value })}
              autoFocus
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 2 }}>
            <Select
              label={t('ui.protocols.status')}
              placeholder={t('ui.protocols.all')}
              clearable
              value={filters.status}
              onChange={(value) => change({ status: value as ProtocolStatus | null })}
              data={PROTOCOL_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 2 }}>
            <Select
              label={t('ui.protocols.kind')}
              placeholder={t('ui.protocols.all')}
              clearable
              value={filters.kind}
              onChange={(value) => change({ kind: value as Filters['kind'] })}
              data={(['histopathology', 'cytology'] as const).map((value) => ({
                value,
                label: t(`kind.${value}`),
              }))}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 2 }}>
            <TextInput
              type="date"
              label={t('ui.protocols.from')}
              value={filters.from}
              onChange={(e) => change({ from: e.currentTarget.value })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 2 }}>
            <TextInput
              type="date"
              label={t('ui.protocols.to')}
              value={filters.to}
              onChange={(e) => change({ to: e.currentTarget.value })}
            />
          </Grid.Col>
        </Grid>
        <Group justify="flex-end" mt="sm">
          <Button variant="subtle" size="xs" onClick={() => setFilters(EMPTY)}>
            {t('ui.protocols.clearFilters')}
          </Button>
        </Group>
      </Paper>

      {error !== null && <ErrorAlert error={error} />}

      <Paper withBorder radius="md" style={{ overflowX: 'auto', opacity: loading ? 0.7 : 1 }}>
        <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md" miw={900}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ui.protocols.col.number')}</Table.Th>
              <Table.Th>{t('ui.protocols.col.kind')}</Table.Th>
              <Table.Th>{t('ui.protocols.col.status')}</Table.Th>
              <Table.Th>{t('ui.protocols.col.veterinarian')}</Table.Th>
              <Table.Th>{t('ui.protocols.col.animal')}</Table.Th>
              <Table.Th>{t('ui.protocols.col.owner')}</Table.Th>
              <Table.Th>{t('ui.protocols.col.submitted')}</Table.Th>
              <Table.Th>{t('ui.protocols.col.received')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page?.items.map((p) => (
              <Table.Tr
                key={p.id}
                className="clickable-row"
                onClick={() => navigate(protocolPath(p.temporaryCode))}
              >
                <Table.Td>
                  <Anchor
                    href={protocolPath(p.temporaryCode)}
                    ff="monospace"
                    fw={600}
                    onClick={(e) => e.stopPropagation()}
                  >
                    {p.protocolNumber ?? p.temporaryCode}
                  </Anchor>
                  {p.protocolNumber && (
                    <Text size="xs" c="dimmed" ff="monospace">
                      {p.temporaryCode}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(`kind.${p.kind}`)}</Table.Td>
                <Table.Td>
                  <StatusBadge status={p.status} />
                </Table.Td>
                <Table.Td>{p.veterinarianName}</Table.Td>
                <Table.Td>
                  {[p.animalSpecies, p.animalIdentification].filter(Boolean).join(' · ')}
                </Table.Td>
                <Table.Td>{p.ownerName ?? '—'}</Table.Td>
                <Table.Td>{formatDay(p.submissionDate)}</Table.Td>
                <Table.Td>{p.receivedAt ? formatDateTime(p.receivedAt, timeZone) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {page && page.items.length === 0 && (
          <Text c="dimmed" ta="center" p="xl">
            {t('ui.protocols.empty')}
          </Text>
        )}
      </Paper>

      {pages > 1 && (
        <Group justify="center">
          <Pagination
            total={pages}
            value={filters.page}
            onChange={(value) => setFilters({ ...filters, page: value })}
            getControlProps={(control) => ({
              'aria-label': t(`ui.pagination.${control}`),
            })}
          />
        </Group>
      )}
    </Stack>
  );
}
