// A protocol's cassettes: what each holds, its colour, the last stage it went
// through. Voided ones stay, struck through, with who voided them and why.

import { Paper, Table, Text, Title } from '@mantine/core';
import type { WorkView } from '../../../src-shared/processing-contract';
import { useI18n } from '../../i18n';
import { useTimeZone } from '../../session';
import { formatDateTime } from '../../format';
import { CassetteTypeLabel } from './CassetteType';
import { AllCheckbox, ItemCheckbox } from './ItemCheckbox';
import { isLiveCassette, shortCode, type Selection } from './selection';

interface Props {
  work: WorkView;
  selection: Selection;
  onToggle(codes: string[], on: boolean): void;
}

export function CassettesTable({ work, selection, onToggle }: Props) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const protocolCode = work.protocol.code;
  const live = work.cassettes.filter(isLiveCassette).map((c) => c.code);

  return (
    <Paper withBorder radius="md" component="section" aria-labelledby="bench-cassettes">
      <Title order={2} size="h5" px="md" pt="sm" id="bench-cassettes">
        {live.length === work.cassettes.length
          ? t('ui.bench.cassettes.heading', { count: live.length })
          : t('ui.bench.cassettes.headingLive', {
              live: live.length,
              count: work.cassettes.length,
            })}
      </Title>
      {work.cassettes.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" py="sm">
          {t('ui.bench.cassettes.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing={6} className="bench-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>
                  <AllCheckbox
                    label={t('ui.bench.cassettes.selectAll')}
                    codes={live}
                    selection={selection}
                    onToggle={onToggle}
                  />
                </Table.Th>
                <Table.Th>{t('ui.bench.col.cassette')}</Table.Th>
                <Table.Th>{t('ui.bench.col.material')}</Table.Th>
                <Table.Th>{t('ui.bench.col.type')}</Table.Th>
                <Table.Th>{t('ui.bench.col.stage')}</Table.Th>
                <Table.Th>{t('ui.bench.col.created')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {work.cassettes.map((cassette) => {
                const voided = !isLiveCassette(cassette);
                const selected = selection.has(cassette.code);
                return (
                  <Table.Tr
                    key={cassette.id}
                    data-item={cassette.code}
                    className={voided ? 'voided-row' : 'clickable-row'}
                    data-selected={selected || undefined}
                    onClick={voided ? undefined : () => onToggle([cassette.code], !selected)}
                  >
                    <Table.Td>
                      <ItemCheckbox
                        code={cassette.code}
                        selection={selection}
                        disabled={voided}
                        onToggle={onToggle}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Text
                        ff="monospace"
                        fw={700}
                        size="sm"
                        className="struck"
                        title={cassette.code}
                      >
                        {shortCode(protocolCode, cassette.code)}
                      </Text>
                    </Table.Td>
                    <Table.Td className="wrap">
                      <Text size="sm" className="struck">
                        {cassette.material}
                      </Text>
                      {voided && (
                        <Text size="xs" c="red.8">
                          {t('ui.bench.cassettes.voided', {
                            by: cassette.voidedBy ?? '—',
                            when: formatDateTime(cassette.voidedAt, timeZone),
                            reason: cassette.voidReason ?? '—',
                          })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <CassetteTypeLabel type={cassette.type} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" className="struck">
                        {cassette.stage ? t(`stage.${cassette.stage}`) : t('stage.none')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(cassette.createdAt, timeZone)} · {cassette.createdBy}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
