// The lab's veterinarians, for administrators: who has a portal account and in
// what state, how many protocols each sent, and whether the lab checked their
// license (the switch marks it). The services refuse anyone but an admin.

import { useState } from 'react';
import {
  Badge,
  Group,
  Pagination,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { call } from '../api';
import { useI18n } from '../i18n';
import { useCall } from '../useCall';
import { ErrorAlert } from '../components/ErrorAlert';
import { SearchIcon } from '../components/icons';

const PAGE_SIZE = 25;

const ACCOUNT_COLOR = {
  none: 'gray',
  unverified: 'yellow',
  active: 'teal',
  disabled: 'red',
} as const;

export function Veterinarians() {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [debouncedQuery] = useDebouncedValue(query, 300);
  const [saving, setSaving] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);

  const {
    data,
    error: loadError,
    loading,
    reload,
  } = useCall('veterinarians.list', {
    query: debouncedQuery.trim() || undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const error = actionError ?? loadError;

  async function setVerified(id: string, verified: boolean) {
    setSaving(id);
    setActionError(null);
    try {
      await call('veterinarians.setVerified', { id, verified });
      reload();
    } catch (caught) {
      setActionError(caught);
    } finally {
      setSaving(null);
    }
  }

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('ui.vets.title')}
        </Title>
        {data && (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('ui.vets.count', { count: data.total })}
          </Text>
        )}
      </Group>

      <Paper withBorder radius="md" p="md" role="search">
        <TextInput
          label={t('ui.vets.search')}
          placeholder={t('ui.vets.searchPlaceholder')}
          leftSection={<SearchIcon />}
          maw={480}
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            setPage(1);
          }}
        />
      </Paper>

      {error !== null && <ErrorAlert error={error} />}

      <Paper withBorder radius="md" style={{ opacity: loading ? 0.7 : 1 }}>
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="sm" horizontalSpacing="md" aria-label={t('ui.vets.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ui.vets.col.name')}</Table.Th>
                <Table.Th>{t('ui.vets.col.email')}</Table.Th>
                <Table.Th>{t('ui.vets.col.license')}</Table.Th>
                <Table.Th>{t('ui.vets.col.account')}</Table.Th>
                <Table.Th ta="right">{t('ui.vets.col.protocols')}</Table.Th>
                <Table.Th>{t('ui.vets.col.verified')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data?.items.map((vet) => {
                const name = `${vet.lastName}, ${vet.firstName}`;
                return (
                  <Table.Tr key={vet.id}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {name}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{vet.email}</Table.Td>
                    <Table.Td>{vet.licenseNumber}</Table.Td>
                    <Table.Td>
                      <Badge color={ACCOUNT_COLOR[vet.account]} variant="light">
                        {t(`ui.vets.account.${vet.account}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{vet.protocols}</Table.Td>
                    <Table.Td>
                      <Switch
                        checked={vet.verified}
                        disabled={saving === vet.id}
                        label={vet.verified ? t('ui.vets.verified') : t('ui.vets.notVerified')}
                        aria-label={t('ui.vets.verifiedFor', { name })}
                        onChange={(e) => void setVerified(vet.id, e.currentTarget.checked)}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {data && data.items.length === 0 && (
          <Text c="dimmed" size="sm" p="md">
            {debouncedQuery.trim() ? t('ui.vets.noneFound') : t('ui.vets.none')}
          </Text>
        )}
      </Paper>

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
