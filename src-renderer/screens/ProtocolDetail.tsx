// One protocol in full: the form as submitted, what the desk found, every change
// of status with who, when and why, where each piece of the sample went at the
// bench, its report and signed versions, and what was printed and mailed for it.

import { useId, useState, type ReactNode } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { call } from '../api';
import { isMessageKey, useI18n } from '../i18n';
import { useTimeZone } from '../session';
import { PATHS } from '../routes';
import { formatDateTime, formatDay } from '../format';
import { downloadBase64 } from '../download';
import { useCall } from '../useCall';
import { Facts } from '../components/Facts';
import { ErrorAlert } from '../components/ErrorAlert';
import { StatusBadge } from '../components/StatusBadge';
import { ArrowLeftIcon, DownloadIcon, PrinterIcon } from '../components/icons';
import { PrintJobsTable } from '../components/PrintJobsTable';
import { MailsTable } from '../components/MailsTable';
import { WORKABLE_STATUSES } from '../../src-shared/processing';
import { Traceability } from './protocol/Traceability';
import { ProtocolReport } from './report/ProtocolReport';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h5" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function ProtocolDetail({ code }: { code: string }) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const { data: protocol, error: loadError, reload } = useCall('protocols.get', { code });
  const [actionError, setActionError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'reprint' | 'pdf' | null>(null);
  const error = actionError ?? loadError;

  const labelOr = (key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback);
  const statusLabel = (status: string | null) =>
    status ? labelOr(`status.${status}`, status) : '—';

  async function act(kind: 'reprint' | 'pdf') {
    if (!protocol) return;
    setBusy(kind);
    setActionError(null);
    try {
      if (kind === 'reprint') {
        await call('printing.reprint', { protocolId: protocol.id });
      } else {
        const pdf = await call('printing.labelPdf', { protocolId: protocol.id });
        downloadBase64(pdf.fileName, pdf.base64, 'application/pdf');
      }
      reload();
    } catch (caught) {
      setActionError(caught);
    } finally {
      setBusy(null);
    }
  }

  const back = (
    <Anchor href={PATHS.protocols} size="sm">
      <Group gap={4} component="span">
        <ArrowLeftIcon size={16} />
        {t('ui.detail.back')}
      </Group>
    </Anchor>
  );

  if (!protocol) {
    return (
      <Stack>
        {back}
        {error !== null ? (
          <ErrorAlert error={error} />
        ) : (
          <Loader aria-label={t('ui.common.loading')} />
        )}
      </Stack>
    );
  }

  const { veterinarian: vet, animal, owner, sample, reception } = protocol;
  const isHp = protocol.kind === 'histopathology';

  return (
    <Stack gap="md">
      {back}
      <Group justify="space-between" align="flex-end">
        <div>
          <Text size="sm" c="dimmed">
            {t(`kind.${protocol.kind}`)}
          </Text>
          <Group gap="md" align="center">
            <Title order={1} ff="monospace">
              {protocol.protocolNumber ?? protocol.temporaryCode}
            </Title>
            <StatusBadge status={protocol.status} size="lg" />
            {protocol.academicInterest && (
              <Badge variant="outline" color="grape">
                {t('ui.protocol.academicInterest')}
              </Badge>
            )}
          </Group>
          {protocol.protocolNumber && (
            <Text size="sm" c="dimmed" ff="monospace">
              {protocol.temporaryCode}
            </Text>
          )}
        </div>
        {protocol.protocolNumber && (
          <Group>
            <Button
              variant="default"
              leftSection={<PrinterIcon />}
              loading={busy === 'reprint'}
              onClick={() => void act('reprint')}
            >
              {t('ui.reception.reprint')}
            </Button>
            <Button
              variant="default"
              leftSection={<DownloadIcon />}
              loading={busy === 'pdf'}
              onClick={() => void act('pdf')}
            >
              {t('ui.reception.downloadPdf')}
            </Button>
          </Group>
        )}
      </Group>

      {error !== null && (
        <ErrorAlert
          error={error}
          withCloseButton={actionError !== null}
          onClose={() => setActionError(null)}
        />
      )}

      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            <Section title={t('ui.detail.veterinarian')}>
              <Facts
                rows={[
                  [t('ui.detail.name'), `${vet.lastName}, ${vet.firstName}`],
                  [t('ui.protocol.license'), vet.licenseNumber],
                  [t('ui.detail.email'), vet.email],
                  [t('ui.detail.phone'), vet.phone],
                ]}
              />
            </Section>
            <Section title={t('ui.detail.animal')}>
              <Facts
                rows={[
                  [t('ui.detail.species'), animal.species],
                  [t('ui.detail.breed'), animal.breed],
                  [t('ui.detail.sex'), labelOr(`sex.${animal.sex}`, animal.sex)],
                  [t('ui.detail.age'), animal.age],
                  [t('ui.protocol.identification'), animal.identification],
                  [
                    t('ui.protocol.owner'),
                    [owner.lastName, owner.firstName].filter(Boolean).join(', '),
                  ],
                ]}
              />
            </Section>
            <Section title={t('ui.detail.clinical')}>
              <Facts
                rows={[
                  [t('ui.protocol.presumptiveDiagnosis'), protocol.presumptiveDiagnosis],
                  [t('ui.protocol.clinicalHistory'), protocol.clinicalHistory],
                  [t('ui.protocol.submitted'), formatDay(protocol.submissionDate)],
                  [t('ui.protocol.createdAt'), formatDateTime(protocol.createdAt, timeZone)],
                ]}
              />
            </Section>
            <Section title={t('ui.detail.sample')}>
              <Facts
                rows={
                  isHp
                    ? [
                        [t('ui.protocol.material'), sample.material],
                        [t('ui.protocol.containersDeclared'), sample.containers],
                      ]
                    : [
                        [t('ui.protocol.technique'), sample.technique],
                        [t('ui.detail.site'), sample.site],
                        [t('ui.protocol.slidesDeclared'), sample.slides],
                      ]
                }
              />
            </Section>
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            <Section title={t('ui.detail.reception')}>
              {reception ? (
                <Facts
                  rows={[
                    [t('ui.detail.outcome'), <StatusBadge key="o" status={reception.outcome} />],
                    [t('ui.reception.condition'), t(`condition.${reception.sampleCondition}`)],
                    isHp
                      ? [t('ui.reception.containersReceived'), reception.containersReceived]
                      : [t('ui.reception.slidesReceived'), reception.slidesReceived],
                    [t('ui.reception.discrepancies'), reception.discrepancies],
                    [t('ui.reception.notes'), reception.notes],
                    ...(reception.rejectionReason
                      ? [[t('ui.reject.reason'), reception.rejectionReason] as [string, string]]
                      : []),
                    [t('ui.detail.recordedBy'), reception.recordedBy],
                    [t('ui.detail.recordedAt'), formatDateTime(reception.recordedAt, timeZone)],
                  ]}
                />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('ui.detail.notReceived')}
                </Text>
              )}
            </Section>

            <Section title={t('ui.detail.history')}>
              <Timeline
                active={protocol.history.length - 1}
                bulletSize={14}
                lineWidth={2}
                aria-label={t('ui.detail.history')}
              >
                {protocol.history.map((entry, index) => (
                  <Timeline.Item
                    key={`${entry.changedAt}-${index}`}
                    title={
                      entry.fromStatus
                        ? `${statusLabel(entry.fromStatus)} → ${statusLabel(entry.toStatus)}`
                        : statusLabel(entry.toStatus)
                    }
                  >
                    <Text size="xs" c="dimmed">
                      {formatDateTime(entry.changedAt, timeZone)} · {entry.changedBy}
                    </Text>
                    {entry.reason && <Text size="sm">{entry.reason}</Text>}
                  </Timeline.Item>
                ))}
              </Timeline>
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>

      {/* A report can be begun as soon as the work can, and a sent one stays readable. */}
      {WORKABLE_STATUSES.includes(protocol.status) && (
        <>
          <Traceability code={protocol.protocolNumber ?? protocol.temporaryCode} />
          <ProtocolReport code={protocol.protocolNumber ?? protocol.temporaryCode} />
        </>
      )}
      <Section title={t('ui.detail.printJobs')}>
        <PrintJobsTable jobs={protocol.printJobs} onChanged={reload} />
      </Section>
      <Section title={t('ui.detail.mails')}>
        <MailsTable mails={protocol.mails} onChanged={reload} />
      </Section>
    </Stack>
  );
}
