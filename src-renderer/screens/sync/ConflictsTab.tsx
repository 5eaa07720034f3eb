// Conflicts left when two computers changed the same thing offline. The merge
// already kept one value; the administrator confirms it or takes the other.

import { useState } from 'react';
import { Button, Group, Stack, Switch, Table, Text } from '@mantine/core';
import type { ConflictView } from '../../../src-shared/sync-contract';
import type { MessageKey } from '../../../src-shared/i18n/translate';
import { call } from '../../api';
import { isMessageKey, useI18n } from '../../i18n';
import { useTimeZone } from '../../session';
import { formatDateTime } from '../../format';
import { useCall } from '../../useCall';
import { useRowAction } from '../../useRowAction';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ConflictValue } from './ConflictValue';
import { ENTITY_LABEL, FIELD_LABEL } from './conflict-labels';

// Only a plain field can take the other value back; the server refuses the
// rest (a status never moves backwards, a second reception is settled at the bench).
const canTakeOther = (conflict: ConflictView) => conflict.kind === 'field' && !!conflict.field;

// Narrower than the tables' usual wrapping cell, and the two actions stacked,
// so on a 1366-pixel laptop the actions stay in view without scrolling sideways.
const NARROW_WRAP = { minWidth: '9rem' };
const VALUE_WRAP = { minWidth: '12rem' };

export function ConflictsTab() {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const [includeResolved, setIncludeResolved] = useState(false);
  const list = useCall('sync.conflicts', { includeResolved });
  const { data: conflicts, reload } = list;
  const keep = useRowAction((id) => call('sync.resolveConflict', { id, keep: 'kept' }), reload);
  const takeOther = useRowAction(
    (id) => call('sync.resolveConflict', { id, keep: 'lost' }),
    reload,
  );
  const errors = [list.error, keep.error, takeOther.error].filter((e) => e !== null);

  const resolved = (conflict: ConflictView) => {
    const key = `ui.sync.conflicts.resolution.${conflict.resolution ?? ''}`;
    const how = isMessageKey(key) ? t(key) : conflict.resolution;
    const byWhom = t('ui.sync.conflicts.resolved', {
      when: formatDateTime(conflict.resolvedAt, timeZone),
      who: conflict.resolvedBy ?? '—',
    });
    return how ? `${how}. ${byWhom}` : byWhom;
  };

  const named = (labels: Record<string, MessageKey>, name: string) => {
    const key = labels[name];
    return key ? t(key) : name;
  };

  const side = (value: unknown, field: string | null, who: string) => (
    <Stack gap={2}>
      <ConflictValue value={value} field={field} />
      <Text size="xs" c="dimmed">
        {t('ui.sync.conflicts.by', { who })}
      </Text>
    </Stack>
  );

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          {t('ui.sync.conflicts.explain')}
        </Text>
        <Switch
          label={t('ui.sync.conflicts.includeResolved')}
          checked={includeResolved}
          onChange={(e) => setIncludeResolved(e.currentTarget.checked)}
        />
      </Group>
      {errors.map((error, i) => (
        <ErrorAlert key={i} error={error} mb="sm" />
      ))}
      {conflicts?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('ui.sync.conflicts.none')}
        </Text>
      )}

      {conflicts && conflicts.length > 0 && (
        <Table.ScrollContainer minWidth={1000}>
          <Table
            verticalSpacing="sm"
            className="queue-table"
            aria-label={t('ui.sync.conflicts.table')}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ui.sync.conflicts.col.record')}</Table.Th>
                <Table.Th>{t('ui.sync.conflicts.col.kind')}</Table.Th>
                <Table.Th>{t('ui.sync.conflicts.col.field')}</Table.Th>
                <Table.Th>{t('ui.sync.conflicts.col.kept')}</Table.Th>
                <Table.Th>{t('ui.sync.conflicts.col.lost')}</Table.Th>
                <Table.Th>{t('ui.sync.conflicts.col.detected')}</Table.Th>
                <Table.Th aria-label={t('ui.common.actions')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {conflicts.map((conflict) => (
                <Table.Tr key={conflict.id}>
                  <Table.Td>
                    <Text size="sm" fw={600} ff="monospace">
                      {conflict.label}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {named(ENTITY_LABEL, conflict.entity)}
                    </Text>
                  </Table.Td>
                  <Table.Td className="wrap" style={NARROW_WRAP}>
                    {t(`ui.sync.kind.${conflict.kind}`)}
                  </Table.Td>
                  <Table.Td>
                    {conflict.field ? (
                      <Text size="sm" title={conflict.field}>
                        {named(FIELD_LABEL, conflict.field)}
                      </Text>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td className="wrap" style={VALUE_WRAP}>
                    {side(conflict.keptValue, conflict.field, conflict.keptBy)}
                  </Table.Td>
                  <Table.Td className="wrap" style={VALUE_WRAP}>
                    {side(conflict.lostValue, conflict.field, conflict.lostBy)}
                  </Table.Td>
                  <Table.Td>{formatDateTime(conflict.detectedAt, timeZone)}</Table.Td>
                  <Table.Td className={conflict.resolvedAt ? 'wrap' : undefined}>
                    {conflict.resolvedAt ? (
                      <Text size="xs">{resolved(conflict)}</Text>
                    ) : (
                      <Stack gap={4} align="flex-start">
                        <Stack gap={4} align="stretch">
                          <Button
                            size="xs"
                            variant="light"
                            loading={keep.busyId === conflict.id}
                            disabled={takeOther.busyId === conflict.id}
                            onClick={() => void keep.run(conflict.id)}
                          >
                            {t('ui.sync.conflicts.keep')}
                          </Button>
                          {canTakeOther(conflict) && (
                            <Button
                              size="xs"
                              variant="default"
                              loading={takeOther.busyId === conflict.id}
                              disabled={keep.busyId === conflict.id}
                              onClick={() => void takeOther.run(conflict.id)}
                            >
                              {t('ui.sync.conflicts.useOther')}
                            </Button>
                          )}
                        </Stack>
                        {!canTakeOther(conflict) && (
                          <Text size="xs" c="dimmed" maw={260} style={{ whiteSpace: 'normal' }}>
                            {t('ui.sync.conflicts.acknowledgeOnly')}
                          </Text>
                        )}
                      </Stack>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
