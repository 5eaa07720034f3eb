// The stains the bench offers for new slides. Only an administrator changes
// the catalogue; a stain no longer used is deactivated, never deleted, since
// slides already stained with it keep its name.

import { useState, type FormEvent } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { StudyKind } from '../../../src-shared/codes';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { useCall } from '../../useCall';
import { useRowAction } from '../../useRowAction';
import { ErrorAlert } from '../../components/ErrorAlert';

const KINDS: StudyKind[] = ['histopathology', 'cytology'];

export function StainsCard() {
  const { t } = useI18n();
  const stains = useCall('processing.stains', {});
  const [name, setName] = useState('');
  const [kinds, setKinds] = useState<StudyKind[]>(['histopathology']);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [added, setAdded] = useState<string | null>(null);
  const toggle = useRowAction(async (id) => {
    const stain = stains.data?.find((s) => s.id === id);
    if (stain) await call('processing.setStainActive', { id, active: !stain.active });
  }, stains.reload);

  async function add(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setAdded(null);
    try {
      const stain = await call('processing.addStain', { name: name.trim(), kinds });
      setName('');
      setAdded(stain.name);
      stains.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const list = [...(stains.data ?? [])].sort(
    (a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'es'),
  );

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="stains-title">
      <Title order={2} size="h4" mb="xs" id="stains-title">
        {t('ui.stains.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('ui.stains.explain')}
      </Text>

      {stains.error !== null && <ErrorAlert error={stains.error} mb="sm" />}
      {toggle.error !== null && <ErrorAlert error={toggle.error} mb="sm" />}
      {!stains.data && stains.error === null && <Loader size="sm" />}

      {list.length > 0 && (
        <Table.ScrollContainer minWidth={480} mah={320}>
          <Table verticalSpacing={4} stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ui.stains.col.name')}</Table.Th>
                <Table.Th>{t('ui.stains.col.kinds')}</Table.Th>
                <Table.Th>{t('ui.stains.col.state')}</Table.Th>
                <Table.Th aria-label={t('ui.common.actions')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((stain) => (
                <Table.Tr key={stain.id}>
                  <Table.Td>
                    <Text size="sm" fw={600} c={stain.active ? undefined : 'dimmed'}>
                      {stain.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{stain.kinds.map((k) => t(`kind.${k}`)).join(', ')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={stain.active ? 'teal' : 'gray'}>
                      {t(stain.active ? 'ui.stains.active' : 'ui.stains.inactive')}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="compact-sm"
                      variant={stain.active ? 'default' : 'light'}
                      loading={toggle.busyId === stain.id}
                      aria-label={t(
                        stain.active ? 'ui.stains.deactivateAria' : 'ui.stains.reactivateAria',
                        { name: stain.name },
                      )}
                      onClick={() => void toggle.run(stain.id)}
                    >
                      {t(stain.active ? 'ui.stains.deactivate' : 'ui.stains.reactivate')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <form onSubmit={(event) => void add(event)} noValidate>
        <Stack gap="xs" mt="md">
          <Title order={3} size="h6">
            {t('ui.stains.addTitle')}
          </Title>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label={t('ui.stains.name')}
              placeholder={t('ui.stains.namePlaceholder')}
              required
              maxLength={80}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              w={220}
            />
            <Checkbox.Group
              label={t('ui.stains.kinds')}
              value={kinds}
              onChange={(value) => setKinds(value as StudyKind[])}
            >
              <Group gap="md" mt={8} mb={8}>
                {KINDS.map((kind) => (
                  <Checkbox key={kind} value={kind} label={t(`kind.${kind}`)} />
                ))}
              </Group>
            </Checkbox.Group>
            <Button type="submit" loading={busy} disabled={!name.trim() || kinds.length === 0}>
              {t('ui.stains.add')}
            </Button>
          </Group>
          {added && (
            <Text size="sm" c="teal.8" role="status">
              {t('ui.stains.added', { name: added })}
            </Text>
          )}
          {error !== null && <ErrorAlert error={error} />}
        </Stack>
      </form>
    </Paper>
  );
}
