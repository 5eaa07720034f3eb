// The report's mail to each recipient: waiting, sent (accepted by the mail
// server) or failed, with the attempts and the server's last answer. Mail that
// waits because this workstation has no mail server says so above the table.

import { Alert, Stack, Table, Text } from '@mantine/core';
import type { DeliveryView } from '../../../src-shared/report-contract';
import { useI18n } from '../../i18n';
import { useTimeZone } from '../../session';
import { formatDateTime } from '../../format';
import { MailBadge } from '../../components/JobBadges';
import { InfoIcon } from '../../components/icons';
import { useCall } from '../../useCall';
import { isWaiting, waitsForMailServer } from './delivery-notice';

/** Asked only while a delivery waits, so a report long delivered costs no extra call. */
function NoMailServer({ deliveries }: { deliveries: DeliveryView[] }) {
  const { t } = useI18n();
  const settings = useCall('settings.get', {});
  if (!waitsForMailServer(deliveries, settings.data?.mail.configured ?? null)) return null;
  return (
    <Alert color="yellow" variant="light" icon={<InfoIcon />} role="note">
      {t('ui.reports.deliveries.mailNotConfigured')}
    </Alert>
  );
}

export function DeliveriesTable({ deliveries }: { deliveries: DeliveryView[] }) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const sorted = [...deliveries].sort(
    (a, b) => b.version - a.version || a.createdAt.localeCompare(b.createdAt),
  );

  if (sorted.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('ui.reports.deliveries.none')}
      </Text>
    );
  }

  return (
    <Stack gap="sm">
      {sorted.some(isWaiting) && <NoMailServer deliveries={sorted} />}
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs" className="queue-table mails-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ui.reports.deliveries.col.to')}</Table.Th>
              <Table.Th>{t('ui.reports.deliveries.col.version')}</Table.Th>
              <Table.Th>{t('ui.reports.deliveries.col.status')}</Table.Th>
              <Table.Th>{t('ui.reports.deliveries.col.attempts')}</Table.Th>
              <Table.Th>{t('ui.reports.deliveries.col.sentAt')}</Table.Th>
              <Table.Th>{t('ui.reports.deliveries.col.error')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((delivery) => (
              <Table.Tr key={delivery.id}>
                <Table.Td className="address">
                  <Text size="sm">{delivery.to}</Text>
                </Table.Td>
                <Table.Td>{delivery.version}</Table.Td>
                <Table.Td>
                  <MailBadge status={delivery.status} />
                </Table.Td>
                <Table.Td>{delivery.attempts}</Table.Td>
                <Table.Td>
                  {delivery.sentAt ? formatDateTime(delivery.sentAt, timeZone) : '—'}
                </Table.Td>
                <Table.Td className="wrap">
                  <Text size="xs" c="red.8">
                    {delivery.lastError ?? ''}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
