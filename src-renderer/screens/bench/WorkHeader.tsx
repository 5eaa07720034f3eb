// Which protocol is on the bench: its code as large as on the jar, its kind
// and status, what was sent and when it arrived.

import { Anchor, Badge, Group, Paper, Text, Title } from '@mantine/core';
import type { WorkView } from '../../../src-shared/processing-contract';
import { useI18n } from '../../i18n';
import { useTimeZone } from '../../session';
import { protocolPath } from '../../routes';
import { formatDateTime } from '../../format';
import { StatusBadge } from '../../components/StatusBadge';

export function WorkHeader({ work }: { work: WorkView }) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const { protocol } = work;
  // A cytology sample comes as slides, not in jars: its declared count is of slides.
  const declared =
    protocol.kind === 'cytology' ? 'ui.bench.header.slidesDeclared' : 'ui.bench.header.containers';
  const facts: [string, string | number | null][] = [
    [t('ui.bench.header.material'), protocol.material],
    [t(declared), protocol.containers],
    [t('ui.bench.header.animal'), protocol.animal],
    [t('ui.bench.header.received'), formatDateTime(protocol.receivedAt, timeZone)],
  ];

  return (
    <Paper
      withBorder
      radius="md"
      px="lg"
      py="sm"
      h="100%"
      component="section"
      aria-labelledby="bench-work"
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text size="xs" c="dimmed">
            {t(`kind.${protocol.kind}`)}
          </Text>
          <Group gap="sm" align="center">
            <Title order={2} ff="monospace" size="h2" id="bench-work">
              {protocol.code}
            </Title>
            <StatusBadge status={protocol.status} size="lg" />
            {protocol.numberPending && (
              <Badge color="orange" variant="filled" size="lg">
                {t('ui.bench.numberPending')}
              </Badge>
            )}
          </Group>
        </div>
        <Anchor href={protocolPath(protocol.code)} size="sm" mt={4}>
          {t('ui.bench.header.traceability')}
        </Anchor>
      </Group>
      <Group gap="lg" mt={4} wrap="wrap">
        {facts
          .filter(([, value]) => value !== null && value !== '')
          .map(([label, value]) => (
            <Text key={label} size="sm">
              <Text span c="dimmed" size="sm">
                {label}:
              </Text>{' '}
              {value}
            </Text>
          ))}
      </Group>
    </Paper>
  );
}
