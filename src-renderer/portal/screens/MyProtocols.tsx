// The vet's own protocols, newest first: the temporary code they wrote on the
// jar, the lab's number once received, the animal, where it stands, whether a
// signed report can be downloaded, and when it was sent. A table on a desk,
// cards on a phone; either opens the detail.

import { useState } from 'react';
import {
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Group,
  Pagination,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { PROTOCOL_STATUSES, type ProtocolStatus } from '../../../src-shared/status';
import type { MyProtocolView } from '../../../src-shared/portal-contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDay } from '../../format';
import { useI18n } from '../../i18n';
import { useCall } from '../../useCall';
import { navigate, PORTAL_PATHS, protocolPath } from '../routes';

const PAGE_SIZE = 20;
// A vet never sees a draft here: drafts are kept apart, on the new protocol screen.
const FILTERABLE = PROTOCOL_STATUSES.filter((status) => status !== 'draft');

let rememberedStatus: ProtocolStatus | null = null;

export function MyProtocols() {
  const { t } = useI18n();
  const [status, setStatusState] = useState<ProtocolStatus | null>(rememberedStatus);
  const [page, setPage] = useState(1);
  const setStatus = (next: ProtocolStatus | null) => {
    rememberedStatus = next;
    setStatusState(next);
    setPage(1);
  };

  const { data, error, loading } = useCall('protocols.listMine', {
    status: status ?? undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('ui.portal.protocols.title')}
        </Title>
        <Button component="a" href={PORTAL_PATHS.newProtocol}>
          {t('ui.portal.nav.newProtocol')}
        </Button>
      </Group>

      <Group justify="space-between" align="flex-end">
        <Select
          label={t('ui.portal.protocols.status')}
          placeholder={t('ui.protocols.all')}
          clearable
          w={{ base: '100%', xs: 240 }}
          value={status}
          onChange={(value) => setStatus(value as ProtocolStatus | null)}
          data={FILTERABLE.map((value) => ({ value, label: t(`status.${value}`) }))}
        />
        {data && (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('ui.portal.protocols.count', { count: data.total })}
          </Text>
        )}
      </Group>

      {error !== null && <ErrorAlert error={error} />}

      {data && data.items.length === 0 && (
        <Paper withBorder radius="md" p="lg">
          <Text c="dimmed">
            {status ? t('ui.portal.protocols.noneWithStatus') : t('ui.portal.protocols.none')}
          </Text>
        </Paper>
      )}

      {data && data.items.length > 0 && (
        <Box style={{ opacity: loading ? 0.7 : 1 }}>
          <Paper withBorder radius="md" visibleFrom="sm">
            <ProtocolTable items={data.items} />
          </Paper>
          <Stack gap="sm" hiddenFrom="sm">
            {data.items.map((item) => (
              <ProtocolCard key={item.id} item={item} />
            ))}
          </Stack>
        </Box>
      )}

      {pages > 1 && (
        <Group justify="center">
          <Pagination
            total={pages}
            value={page}
            onChange={setPage}
            getControlProps={(control) => ({ 'aria-label': t(`ui.pagination.${control}`) })}
          />
        </Group>
      )}
    </Stack>
  );
}

function ReportBadge({ item }: { item: MyProtocolView }) {
  const { t } = useI18n();
  if (!item.reportAvailable) return null;
  return (
    <Badge color="teal" variant="light">
      {t('ui.portal.protocols.reportAvailable')}
    </Badge>
  );
}

function animalOf(item: MyProtocolView): string {
  return [item.animalSpecies, item.animalIdentification].filter(Boolean).join(' · ');
}

function ProtocolTable({ items }: { items: MyProtocolView[] }) {
  const { t } = useI18n();
  return (
    <Table highlightOnHover verticalSpacing="sm" aria-label={t('ui.portal.protocols.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('ui.portal.protocols.col.code')}</Table.Th>
          <Table.Th>{t('ui.portal.protocols.col.number')}</Table.Th>
          <Table.Th>{t('ui.portal.protocols.col.animal')}</Table.Th>
          <Table.Th>{t('ui.portal.protocols.col.status')}</Table.Th>
          <Table.Th>{t('ui.portal.protocols.col.date')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr
            key={item.id}
            className="clickable-row"
            onClick={() => navigate(protocolPath(item.id))}
          >
            <Table.Td>
              <Anchor href={protocolPath(item.id)} ff="monospace" size="sm">
                {item.temporaryCode}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Text size="sm" fw={600}>
                {item.protocolNumber ?? '—'}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{animalOf(item)}</Text>
              <Text size="xs" c="dimmed">
                {t(`kind.${item.kind}`)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Group gap={6}>
                <StatusBadge status={item.status} />
                <ReportBadge item={item} />
              </Group>
            </Table.Td>
            <Table.Td>{formatDay(item.submissionDate)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ProtocolCard({ item }: { item: MyProtocolView }) {
  const { t } = useI18n();
  return (
    <Card withBorder radius="md" padding="sm" component="a" href={protocolPath(item.id)}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text ff="monospace" size="sm" style={{ overflowWrap: 'anywhere' }}>
          {item.temporaryCode}
        </Text>
        <StatusBadge status={item.status} style={{ flexShrink: 0 }} />
      </Group>
      <Group justify="space-between" gap="xs" mt={4}>
        <Text fw={600}>{item.protocolNumber ?? t('ui.portal.protocols.noNumber')}</Text>
        <ReportBadge item={item} />
      </Group>
      <Group justify="space-between" gap="xs">
        <Text size="sm">{animalOf(item)}</Text>
        <Text size="sm" c="dimmed">
          {formatDay(item.submissionDate)}
        </Text>
      </Group>
    </Card>
  );
}
