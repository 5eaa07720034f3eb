// One of the vet's protocols: what they sent, what the desk found when the
// sample arrived (or why it was refused), every change of status, and each
// signed version of the report to download. While the sample is on its way the
// slip can be printed again.

import { useId, type ReactNode } from 'react';
import {
  Alert,
  Anchor,
  Grid,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { Facts } from '../../components/Facts';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusBadge } from '../../components/StatusBadge';
import { ArrowLeftIcon } from '../../components/icons';
import { formatDateTime, formatDay } from '../../format';
import { isMessageKey, useI18n } from '../../i18n';
import { useCall } from '../../useCall';
import { DEFAULT_TIME_ZONE } from '../../../src-shared/calendar';
import { fullName, useAccount } from '../account';
import { ReportVersions } from '../components/ReportVersions';
import { SubmissionSlip } from '../components/SubmissionSlip';
import { PORTAL_PATHS } from '../routes';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h5" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function MyProtocolDetail({ id }: { id: string }) {
  const { t } = useI18n();
  const { account } = useAccount();
  const { data: protocol, error } = useCall('protocols.getMine', { id });
  const when = (iso: string | null) => formatDateTime(iso, DEFAULT_TIME_ZONE);
  // Values the server may grow new kinds of are shown raw rather than as a missing key.
  const labelOf = (prefix: string, value: string) => {
    const key = `${prefix}.${value}`;
    return isMessageKey(key) ? t(key) : value;
  };

  const back = (
    <Anchor href={PORTAL_PATHS.protocols} size="sm" className="portal-no-print">
      <Group gap={4} component="span">
        <ArrowLeftIcon size={14} />
        {t('ui.portal.detail.back')}
      </Group>
    </Anchor>
  );

  if (error !== null && !protocol) {
    return (
      <Stack gap="md">
        {back}
        <ErrorAlert error={error} />
      </Stack>
    );
  }
  if (!protocol) return <Loader aria-label={t('ui.common.loading')} />;

  const { animal, sample, reception } = protocol;
  const animalText = [animal.species, animal.breed, animal.identification]
    .filter(Boolean)
    .join(' · ');
  const isHistopathology = protocol.kind === 'histopathology';

  return (
    <Stack gap="md">
      {back}
      <Group justify="space-between" align="flex-start" className="portal-no-print">
        <div>
          <Title order={1} size="h2">
            {protocol.protocolNumber ?? protocol.temporaryCode}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`kind.${protocol.kind}`)}
            {protocol.protocolNumber && ` · ${protocol.temporaryCode}`}
          </Text>
        </div>
        <StatusBadge status={protocol.status} size="lg" />
      </Group>

      {protocol.status === 'submitted' && (
        <Section title={t('ui.portal.detail.slip')}>
          <SubmissionSlip
            slip={{
              temporaryCode: protocol.temporaryCode,
              kind: protocol.kind,
              veterinarian: fullName(account),
              licenseNumber: account.licenseNumber,
              animal: animalText,
              date: formatDay(protocol.submissionDate),
            }}
          />
        </Section>
      )}

      <Grid className="portal-no-print">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Section title={t('ui.portal.detail.submitted')}>
              <Facts
                rows={[
                  [t('ui.portal.protocols.col.code'), protocol.temporaryCode],
                  [t('ui.portal.protocols.col.number'), protocol.protocolNumber],
                  [t('ui.protocol.submitted'), formatDay(protocol.submissionDate)],
                  [t('ui.portal.field.species'), animal.species],
                  [t('ui.portal.field.breed'), animal.breed],
                  [t('ui.portal.field.sex'), labelOf('sex', animal.sex)],
                  [t('ui.portal.field.age'), animal.age],
                  [t('ui.portal.field.identification'), animal.identification],
                  [t('ui.protocol.owner'), protocol.ownerName],
                  [t('ui.protocol.presumptiveDiagnosis'), protocol.presumptiveDiagnosis],
                  [t('ui.protocol.clinicalHistory'), protocol.clinicalHistory],
                  ...(isHistopathology
                    ? ([
                        [t('ui.portal.field.material'), sample.material],
                        [t('ui.portal.field.containers'), sample.containers],
                      ] as [string, ReactNode][])
                    : ([
                        [t('ui.portal.field.technique'), sample.technique],
                        [t('ui.portal.field.site'), sample.site],
                        [t('ui.portal.field.slides'), sample.slides],
                      ] as [string, ReactNode][])),
                ]}
              />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Section title={t('ui.portal.detail.reception')}>
              {reception === null ? (
                <Text size="sm" c="dimmed">
                  {t('ui.portal.detail.notYetReceived')}
                </Text>
              ) : (
                <Stack gap="sm">
                  {reception.outcome === 'rejected' && (
                    <Alert color="red" variant="light" title={t('ui.portal.detail.rejected')}>
                      {reception.rejectionReason ?? '—'}
                    </Alert>
                  )}
                  <Facts
                    rows={[
                      [t('ui.portal.detail.outcome'), labelOf('status', reception.outcome)],
                      [
                        t('ui.portal.detail.condition'),
                        t(`condition.${reception.sampleCondition}`),
                      ],
                      [t('ui.portal.detail.recordedAt'), when(reception.recordedAt)],
                      [t('ui.portal.protocols.col.number'), protocol.protocolNumber],
                    ]}
                  />
                </Stack>
              )}
            </Section>

            {protocol.reports.length > 0 && (
              <Section title={t('ui.portal.detail.report')}>
                <ReportVersions protocolId={protocol.id} versions={protocol.reports} />
              </Section>
            )}

            <Section title={t('ui.portal.detail.history')}>
              <Timeline bulletSize={12} lineWidth={2} active={protocol.history.length - 1}>
                {protocol.history.map((entry, index) => (
                  <Timeline.Item
                    key={`${entry.at} ${index}`}
                    title={labelOf('status', entry.status)}
                  >
                    <Text size="xs" c="dimmed">
                      {when(entry.at)}
                    </Text>
                  </Timeline.Item>
                ))}
              </Timeline>
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
