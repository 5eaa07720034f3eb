// Queued mail with its delivery state; a failed message can be queued again.
// Used on a protocol's detail and on the outbox screen. Addresses, subjects,
// times and errors wrap, so the row fits a 1366-pixel screen with its button.

import { Button, Table, Text } from '@mantine/core';
import type { OutboxView } from '../../src-shared/contract';
import { call } from '../api';
import { useRowAction } from '../useRowAction';
import { useI18n } from '../i18n';
import { useTimeZone } from '../session';
import { formatDateTime } from '../format';
import { MailBadge } from './JobBadges';
import { ErrorAlert } from './ErrorAlert';

export function MailsTable({ mails, onChanged }: { mails: OutboxView[]; onChanged(): void }) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const retry = useRowAction((id) => call('mail.retry', { id }), onChanged);

  if (mails.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('ui.mail.none')}
      </Text>
    );
  }

  return (
    <>
      {retry.error !== null && <ErrorAlert error={retry.error} mb="sm" />}
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="xs" className="queue-table mails-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ui.mail.col.createdAt')}</Table.Th>
              <Table.Th>{t('ui.mail.col.to')}</Table.Th>
              <Table.Th>{t('ui.mail.col.subject')}</Table.Th>
              <Table.Th>{t('ui.mail.col.status')}</Table.Th>
              <Table.Th>{t('ui.mail.col.attempts')}</Table.Th>
              <Table.Th>{t('ui.mail.col.when')}</Table.Th>
              <Table.Th>{t('ui.mail.col.error')}</Table.Th>
              <Table.Th aria-label={t('ui.common.actions')} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {mails.map((mail) => (
              <Table.Tr key={mail.id}>
                <Table.Td>{formatDateTime(mail.createdAt, timeZone)}</Table.Td>
                <Table.Td className="address">
                  <Text size="sm">{mail.toAddress}</Text>
                </Table.Td>
                <Table.Td className="wrap">
                  <Text size="sm">{mail.subject}</Text>
                </Table.Td>
                <Table.Td>
                  <MailBadge status={mail.status} />
                </Table.Td>
                <Table.Td>{mail.attempts}</Table.Td>
                <Table.Td className="when">
                  <Text size="xs">
                    {mail.sentAt
                      ? t('ui.mail.sentAt', { when: formatDateTime(mail.sentAt, timeZone) })
                      : t('ui.mail.nextAttempt', {
                          when: formatDateTime(mail.nextAttemptAt, timeZone),
                        })}
                  </Text>
                </Table.Td>
                <Table.Td className="wrap">
                  <Text size="xs" c="red.8">
                    {mail.lastError ?? ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {(mail.status === 'failed' || mail.status === 'pending') && (
                    <Button
                      size="xs"
                      variant="light"
                      loading={retry.busyId === mail.id}
                      onClick={() => void retry.run(mail.id)}
                    >
                      {mail.status === 'failed' ? t('ui.common.retry') : t('ui.mail.sendNow')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
