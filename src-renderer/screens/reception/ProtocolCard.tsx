// What the form said about the jar in hand, so the receptionist can check the
// sample against it before receiving.

import { Badge, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { ProtocolDetail } from '../../../src-shared/contract';
import { isMessageKey, useI18n } from '../../i18n';
import { useTimeZone } from '../../session';
import { formatDateTime, formatDay } from '../../format';
import { Facts } from '../../components/Facts';
import { StatusBadge } from '../../components/StatusBadge';

export function ProtocolCard({ protocol }: { protocol: ProtocolDetail }) {
  const { t } = useI18n();
  const labelOr = (key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback);
  const timeZone = useTimeZone();
  const { veterinarian: vet, animal, owner, sample } = protocol;
  const isHp = protocol.kind === 'histopathology';
  const technique = [sample.technique, sample.site].filter(Boolean).join(' · ');
  const ownerName = [owner.lastName, owner.firstName].filter(Boolean).join(', ');
  const animalText = [
    animal.species,
    animal.breed,
    labelOr(`sex.${animal.sex}`, animal.sex),
    animal.age,
  ].filter(Boolean);

  return (
    <Paper withBorder radius="md" p="lg" aria-labelledby="found-protocol-title">
      <Group justify="space-between" align="flex-start" mb="md">
        <div>
          <Text size="sm" c="dimmed">
            {t(`kind.${protocol.kind}`)}
          </Text>
          <Title order={2} id="found-protocol-title" ff="monospace" size="h3">
            {protocol.protocolNumber ?? protocol.temporaryCode}
          </Title>
          {protocol.protocolNumber && (
            <Text size="sm" c="dimmed" ff="monospace">
              {protocol.temporaryCode}
            </Text>
          )}
        </div>
        <Group gap="xs">
          {protocol.academicInterest && (
            <Badge variant="outline" color="grape">
              {t('ui.protocol.academicInterest')}
            </Badge>
          )}
          <StatusBadge status={protocol.status} size="lg" />
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Facts
          rows={[
            [t('ui.protocol.veterinarian'), `${vet.lastName}, ${vet.firstName}`],
            [t('ui.protocol.license'), vet.licenseNumber],
            [t('ui.protocol.animal'), animalText.join(' · ')],
            [t('ui.protocol.identification'), animal.identification],
            [t('ui.protocol.owner'), ownerName],
            [t('ui.protocol.submitted'), formatDay(protocol.submissionDate)],
          ]}
        />
        <Facts
          rows={[
            isHp
              ? [t('ui.protocol.material'), sample.material]
              : [t('ui.protocol.technique'), technique],
            isHp
              ? [t('ui.protocol.containersDeclared'), <strong key="n">{sample.containers}</strong>]
              : [t('ui.protocol.slidesDeclared'), <strong key="n">{sample.slides}</strong>],
            [t('ui.protocol.presumptiveDiagnosis'), protocol.presumptiveDiagnosis],
            [t('ui.protocol.clinicalHistory'), protocol.clinicalHistory],
            [t('ui.protocol.createdAt'), formatDateTime(protocol.createdAt, timeZone)],
          ]}
        />
      </SimpleGrid>
    </Paper>
  );
}
