// Workstations enrolled on this server: when each last synced, from where,
// with which version, whether its clock or its audit chain is off, and the
// two things an administrator does here: enrol a new one and revoke one.

import { useState } from 'react';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import type { DeviceView } from '../../../src-shared/sync-contract';
import { useI18n } from '../../i18n';
import { useTimeZone } from '../../session';
import { formatDateTime } from '../../format';
import { useCall } from '../../useCall';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EnrolmentCodeDialog } from './EnrolmentCodeDialog';
import { RevokeDialog } from './RevokeDialog';
import { clockDriftMinutes } from './units';

function ClockCell({ offsetMs }: { offsetMs: number | null }) {
  const { t } = useI18n();
  const drift = clockDriftMinutes(offsetMs);
  if (offsetMs === null) return <>—</>;
  if (drift === null) return <>{t('ui.sync.devices.clockOk')}</>;
  const minutes = Math.abs(drift);
  return (
    <Text size="sm" c="orange.8" fw={600}>
      {drift > 0
        ? t('ui.sync.devices.clockAhead', { minutes })
        : t('ui.sync.devices.clockBehind', { minutes })}
    </Text>
  );
}

export function DevicesTab() {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const { data: devices, error, reload } = useCall('devices.list', {});
  const [enrolling, setEnrolling] = useState(false);
  const [revoking, setRevoking] = useState<DeviceView | null>(null);

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          {t('ui.sync.devices.explain')}
        </Text>
        <Button onClick={() => setEnrolling(true)}>{t('ui.sync.devices.newCode')}</Button>
      </Group>
      {error !== null && <ErrorAlert error={error} mb="sm" />}
      {devices?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('ui.sync.devices.none')}
        </Text>
      )}

      {devices && devices.length > 0 && (
        <Table.ScrollContainer minWidth={1000}>
          <Table
            verticalSpacing="xs"
            className="queue-table"
            aria-label={t('ui.sync.devices.table')}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ui.sync.devices.col.name')}</Table.Th>
                <Table.Th>{t('ui.sync.devices.col.number')}</Table.Th>
                <Table.Th>{t('ui.sync.devices.col.enrolled')}</Table.Th>
                <Table.Th>{t('ui.sync.devices.col.lastSync')}</Table.Th>
                <Table.Th>{t('ui.sync.devices.col.address')}</Table.Th>
                <Table.Th>{t('ui.sync.devices.col.version')}</Table.Th>
                <Table.Th>{t('ui.sync.devices.col.clock')}</Table.Th>
                <Table.Th>{t('ui.sync.devices.col.audit')}</Table.Th>
                <Table.Th>{t('ui.sync.devices.col.state')}</Table.Th>
                <Table.Th aria-label={t('ui.common.actions')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {devices.map((device) => (
                <Table.Tr key={device.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {device.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>{device.number}</Table.Td>
                  <Table.Td>{formatDateTime(device.enrolledAt, timeZone)}</Table.Td>
                  <Table.Td>{formatDateTime(device.lastSyncAt, timeZone)}</Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace">
                      {device.lastAddress ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>{device.appVersion ?? '—'}</Table.Td>
                  <Table.Td>
                    <ClockCell offsetMs={device.clockOffsetMs} />
                  </Table.Td>
                  <Table.Td className={device.auditProblem ? 'wrap' : undefined}>
                    <Text size="sm">
                      {t('ui.sync.devices.auditEntries', { count: device.auditEntries })}
                    </Text>
                    {device.auditProblem && (
                      <Text size="xs" c="red.8" fw={600}>
                        {device.auditProblem}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {device.revokedAt ? (
                      <Badge color="red" variant="light">
                        {t('ui.sync.devices.revokedAt', {
                          when: formatDateTime(device.revokedAt, timeZone),
                        })}
                      </Badge>
                    ) : (
                      <Badge color="teal" variant="light">
                        {t('ui.sync.devices.active')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {!device.revokedAt && (
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        onClick={() => setRevoking(device)}
                      >
                        {t('ui.sync.devices.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <EnrolmentCodeDialog
        opened={enrolling}
        onClose={() => {
          setEnrolling(false);
          reload();
        }}
      />
      <RevokeDialog
        key={revoking?.id ?? 'closed'}
        device={revoking}
        onClose={() => setRevoking(null)}
        onRevoked={() => {
          setRevoking(null);
          reload();
        }}
      />
    </>
  );
}
