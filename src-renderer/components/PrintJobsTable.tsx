// Print jobs with their outcome; a failed or stuck one can be sent again. Used
// on a protocol's detail and on the print queue screen.

import { Anchor, Button, Table, Text } from '@mantine/core';
import type { PrintJobView } from '../../src-shared/contract';
import { call } from '../api';
import { useRowAction } from '../useRowAction';
import { isMessageKey, useI18n } from '../i18n';
import { useTimeZone } from '../session';
import { protocolPath } from '../routes';
import { formatDateTime } from '../format';
import { PrintJobBadge } from './JobBadges';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  jobs: PrintJobView[];
  showProtocol?: boolean;
  onChanged(): void;
}

export function PrintJobsTable({ jobs, showProtocol = false, onChanged }: Props) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const retry = useRowAction((jobId) => call('printing.retry', { jobId }), onChanged);

  if (jobs.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('ui.print.none')}
      </Text>
    );
  }

  return (
    <>
      {retry.error !== null && <ErrorAlert error={retry.error} mb="sm" />}
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs" className="queue-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ui.print.col.createdAt')}</Table.Th>
              {showProtocol && <Table.Th>{t('ui.print.col.protocol')}</Table.Th>}
              <Table.Th>{t('ui.print.col.label')}</Table.Th>
              <Table.Th>{t('ui.print.col.printer')}</Table.Th>
              <Table.Th>{t('ui.print.col.status')}</Table.Th>
              <Table.Th>{t('ui.print.col.attempts')}</Table.Th>
              <Table.Th>{t('ui.print.col.error')}</Table.Th>
              <Table.Th aria-label={t('ui.common.actions')} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {jobs.map((job) => {
              const labelKey = `ui.labelKind.${job.labelKind}`;
              return (
                <Table.Tr key={job.id}>
                  <Table.Td>{formatDateTime(job.printedAt ?? job.createdAt, timeZone)}</Table.Td>
                  {showProtocol && (
                    <Table.Td>
                      {job.protocolNumber ? (
                        <Anchor href={protocolPath(job.protocolNumber)} ff="monospace" size="sm">
                          {job.protocolNumber}
                        </Anchor>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  )}
                  <Table.Td>{isMessageKey(labelKey) ? t(labelKey) : job.labelKind}</Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace">
                      {job.printerUri}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <PrintJobBadge status={job.status} />
                  </Table.Td>
                  <Table.Td>{job.attempts}</Table.Td>
                  <Table.Td className="wrap">
                    <Text size="xs" c="red.8">
                      {job.lastError ?? ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {job.status !== 'printed' && (
                      <Button
                        size="xs"
                        variant="light"
                        loading={retry.busyId === job.id}
                        onClick={() => void retry.run(job.id)}
                      >
                        {t('ui.common.retry')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
