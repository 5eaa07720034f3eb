// What the pathologist reads before writing: who sent the sample and why, the
// animal and its owner, the clinical history as the veterinarian wrote it.

import { Fragment } from 'react';
import { Paper, Text, Title } from '@mantine/core';
import type { ReportView } from '../../../src-shared/report-contract';
import { isMessageKey, useI18n } from '../../i18n';
import { useTimeZone } from '../../session';
import { formatDateTime, formatDay } from '../../format';
import { Facts } from '../../components/Facts';
import { emailBreakPoints } from './email-breaks';

function Email({ address }: { address: string }) {
  return emailBreakPoints(address).map((piece, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {piece}
    </Fragment>
  ));
}

export function ProtocolFacts({ protocol }: { protocol: ReportView['protocol'] }) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const { animal, veterinarian: vet } = protocol;
  const sexKey = `sex.${animal.sex}`;
  const sex = isMessageKey(sexKey) ? t(sexKey) : animal.sex;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="report-facts">
      <Title order={2} size="h5" mb="sm" id="report-facts">
        {t('ui.reports.facts.title')}
      </Title>
      <Facts
        rows={[
          [t('ui.reports.facts.species'), animal.species],
          [t('ui.reports.facts.breed'), animal.breed],
          [t('ui.reports.facts.sex'), sex],
          [t('ui.reports.facts.age'), animal.age],
          [t('ui.reports.facts.identification'), animal.identification],
          [t('ui.reports.facts.owner'), animal.owner],
          [
            t('ui.reports.facts.veterinarian'),
            t('ui.reports.facts.vetWithLicense', { name: vet.name, license: vet.license }),
          ],
          [
            t('ui.reports.facts.vetContact'),
            // The address and the phone each on a line of their own.
            vet.email || vet.phone ? (
              <>
                {vet.email && <Email address={vet.email} />}
                {vet.email && vet.phone && <br />}
                {vet.phone}
              </>
            ) : null,
          ],
          [t('ui.reports.facts.submitted'), formatDay(protocol.submissionDate)],
          [t('ui.reports.facts.received'), formatDateTime(protocol.receivedAt, timeZone)],
        ]}
      />
      <Text size="sm" c="dimmed" mt="md">
        {t('ui.reports.facts.presumptive')}
      </Text>
      <Text size="sm" fw={600} style={{ whiteSpace: 'pre-wrap' }}>
        {protocol.presumptiveDiagnosis}
      </Text>
      <Text size="sm" c="dimmed" mt="sm">
        {t('ui.reports.facts.history')}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {protocol.clinicalHistory || '—'}
      </Text>
    </Paper>
  );
}
