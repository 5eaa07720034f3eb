// The signed versions of a protocol's report, newest first and marked as the current one,
// each with its PDF to download. An amendment says which version it replaces, from when, and
// why; the version it replaced stays listed and downloadable, marked as replaced, so the vet
// can compare the two.

import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { MyReportVersion } from '../../../src-shared/portal-contract';
import { DEFAULT_TIME_ZONE, formatLocalDay } from '../../../src-shared/calendar';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DownloadIcon } from '../../components/icons';
import { downloadBase64 } from '../../download';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { useRowAction } from '../../useRowAction';
import { newestFirst } from './version-order';

export function ReportVersions({
  protocolId,
  versions,
}: {
  protocolId: string;
  versions: MyReportVersion[];
}) {
  const { t } = useI18n();
  const download = useRowAction(
    async (version) => {
      const pdf = await call('protocols.reportPdf', { id: protocolId, version: Number(version) });
      downloadBase64(pdf.fileName, pdf.base64, 'application/pdf');
    },
    () => undefined,
  );
  const ordered = newestFirst(versions);
  const current = ordered[0]?.version;
  const byNumber = new Map(versions.map((v) => [v.version, v]));
  const replacedBy = new Map(
    versions.filter((v) => v.amendsVersion !== null).map((v) => [v.amendsVersion, v.version]),
  );

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('ui.portal.detail.reportByMail')}
      </Text>
      {ordered.map((v) => {
        const amended = v.amendsVersion === null ? undefined : byNumber.get(v.amendsVersion);
        const newer = replacedBy.get(v.version);
        return (
          <Stack key={v.version} gap={4} component="article">
            <Group gap="xs">
              <Text fw={600}>{t('ui.portal.report.version', { version: v.version })}</Text>
              {v.version === current && (
                <Badge color="teal" variant="light">
                  {t('ui.portal.report.current')}
                </Badge>
              )}
              {newer !== undefined && (
                <Badge color="gray" variant="light">
                  {t('ui.portal.report.replaced', { version: newer })}
                </Badge>
              )}
            </Group>
            {v.amendsVersion !== null && (
              <Text size="sm" c="red.8" fw={600}>
                {t('ui.portal.report.amended', {
                  version: v.amendsVersion,
                  date: amended ? formatLocalDay(amended.signedAt, DEFAULT_TIME_ZONE) : '—',
                })}
              </Text>
            )}
            {v.amendmentReason && (
              <Text size="sm">{t('ui.portal.report.reason', { reason: v.amendmentReason })}</Text>
            )}
            <Text size="sm">
              {t('ui.portal.report.signed', {
                when: formatDateTime(v.signedAt, DEFAULT_TIME_ZONE),
                signer: v.signerName,
              })}
            </Text>
            <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {t('ui.portal.report.sha256', { hash: v.contentSha256 })}
            </Text>
            <Group>
              <Button
                size="xs"
                variant="light"
                leftSection={<DownloadIcon size={14} />}
                loading={download.busyId === String(v.version)}
                aria-label={t('ui.portal.report.downloadOne', { version: v.version })}
                onClick={() => void download.run(String(v.version))}
              >
                {t('ui.portal.report.download')}
              </Button>
            </Group>
          </Stack>
        );
      })}
      {download.error !== null && <ErrorAlert error={download.error} />}
    </Stack>
  );
}
