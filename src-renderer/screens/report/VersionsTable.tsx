// Every signed version of a report, newest first: when, by whom, why it was
// amended or signed early, and its PDF. An amendment never replaces the
// earlier file: each version downloads exactly as it was signed.

import { Badge, Button, Table, Text } from '@mantine/core';
import type { VersionView } from '../../../src-shared/report-contract';
import { useI18n } from '../../i18n';
import { useTimeZone } from '../../session';
import { formatDateTime } from '../../format';
import { useRowAction } from '../../useRowAction';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DownloadIcon } from '../../components/icons';
import { downloadReportPdf } from './report-pdf';

export function VersionsTable({
  protocol,
  versions,
}: {
  protocol: string;
  versions: VersionView[];
}) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const download = useRowAction(
    (version) => downloadReportPdf(protocol, Number(version)),
    () => undefined,
  );
  // Stable: of two versions signed with one number at two offline desks, the
  // services list the one that stands first, and it keeps the lead here.
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  const current = sorted[0]?.id;

  if (sorted.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('ui.reports.versions.none')}
      </Text>
    );
  }

  return (
    <>
      {download.error !== null && <ErrorAlert error={download.error} mb="sm" />}
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs" className="queue-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ui.reports.versions.col.version')}</Table.Th>
              <Table.Th>{t('ui.reports.versions.col.signedAt')}</Table.Th>
              <Table.Th>{t('ui.reports.versions.col.signer')}</Table.Th>
              <Table.Th>{t('ui.reports.versions.col.reason')}</Table.Th>
              <Table.Th>{t('ui.reports.versions.col.diagnosis')}</Table.Th>
              <Table.Th aria-label={t('ui.common.actions')} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((version) => (
              <Table.Tr key={version.id}>
                <Table.Td>
                  {version.version}{' '}
                  {version.id === current ? (
                    <Badge size="xs" variant="light" color="teal">
                      {t('ui.reports.versions.current')}
                    </Badge>
                  ) : (
                    <Badge size="xs" variant="light" color="gray">
                      {t('ui.reports.versions.replaced')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{formatDateTime(version.signedAt, timeZone)}</Table.Td>
                <Table.Td>
                  {version.signerName}
                  {version.signerLicense && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      · {version.signerLicense}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td className="wrap">
                  <Text size="xs">
                    {version.amendsVersion !== null &&
                      t('ui.reports.versions.amends', {
                        version: version.amendsVersion,
                        reason: version.amendmentReason ?? '',
                      })}
                    {version.earlyReason &&
                      ` ${t('ui.reports.versions.early', { reason: version.earlyReason })}`}
                  </Text>
                </Table.Td>
                <Table.Td className="wrap">
                  <Text size="xs" lineClamp={3}>
                    {version.diagnosis}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="default"
                    leftSection={<DownloadIcon size={14} />}
                    loading={download.busyId === String(version.version)}
                    aria-label={t('ui.reports.versions.pdfAria', { version: version.version })}
                    onClick={() => void download.run(String(version.version))}
                  >
                    {t('ui.reports.versions.pdf')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
