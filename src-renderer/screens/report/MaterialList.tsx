// The bench's work on this protocol, as the report describes it: each live
// cassette with its material, each slide with its stain.

import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReportView } from '../../../src-shared/report-contract';
import { useI18n } from '../../i18n';

export function MaterialList({ items }: { items: ReportView['items'] }) {
  const { t } = useI18n();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="report-material">
      <Title order={2} size="h5" mb="sm" id="report-material">
        {t('ui.reports.material.title')}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('ui.reports.material.none')}
        </Text>
      ) : (
        <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <li key={item.code}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Badge
                  size="xs"
                  variant="outline"
                  color={item.item === 'cassette' ? 'gray' : 'cyan'}
                  mt={3}
                >
                  {t(`ui.reports.material.${item.item}`)}
                </Badge>
                <div>
                  <Text size="sm" ff="monospace" fw={600}>
                    {item.code}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {item.description}
                  </Text>
                </div>
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
