// A protocol's report as its record shows it: where it stands, a way into the
// editor, and every signed version's PDF.

import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import { useI18n } from '../../i18n';
import { reportPath } from '../../routes';
import { useCall } from '../../useCall';
import { ErrorAlert } from '../../components/ErrorAlert';
import { VersionsTable } from './VersionsTable';

export function ProtocolReport({ code }: { code: string }) {
  const { t } = useI18n();
  const report = useCall('reports.get', { protocol: code });
  const view = report.data;
  const draft = view?.draft ?? null;
  const signed = new Set(view?.versions.map((v) => v.version));
  const open = draft !== null && !signed.has(draft.version);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="protocol-report">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h5" id="protocol-report">
          {t('ui.reports.protocol.title')}
        </Title>
        <Anchor href={reportPath(code)} size="sm">
          {t('ui.reports.protocol.open')}
        </Anchor>
      </Group>
      {report.error !== null && <ErrorAlert error={report.error} mb="sm" />}
      {view && (
        <>
          <Text size="sm" mb="sm">
            {open
              ? t('ui.reports.protocol.drafting', { version: draft.version })
              : view.versions.length === 0
                ? t('ui.reports.protocol.none')
                : t('ui.reports.protocol.signed', { count: view.versions.length })}
          </Text>
          {view.versions.length > 0 && <VersionsTable protocol={code} versions={view.versions} />}
        </>
      )}
    </Paper>
  );
}
