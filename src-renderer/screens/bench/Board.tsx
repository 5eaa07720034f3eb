// The bench's board: how many live cassettes and slides wait at each stage,
// and the protocols in progress, oldest first, each with the stage it waits
// at. Plain rows, so a few hundred protocols stay quick; a row opens with a
// click or Enter, and the arrow keys move between rows. An item with no stage
// recorded yet is "not started", never "no stages", which would read as if the
// protocol had nothing done.

import { useEffect, useState, type KeyboardEvent } from 'react';
import { Button, Group, Paper, SegmentedControl, Select, Table, Text, Title } from '@mantine/core';
import type { BoardView } from '../../../src-shared/processing-contract';
import { HISTO_STAGES, type Stage } from '../../../src-shared/processing';
import type { StudyKind } from '../../../src-shared/codes';
import { useI18n } from '../../i18n';
import { useTimeZone } from '../../session';
import { formatDateTime } from '../../format';
import { useCall } from '../../useCall';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RefreshIcon } from '../../components/icons';

const REFRESH_MS = 30_000;
const LIMIT = 300;
const DAY_MS = 86_400_000;

interface Filters {
  kind: StudyKind | 'all';
  technician: string | null;
}

// Kept while the app is open, so the board looks the same after a protocol.
let remembered: Filters = { kind: 'all', technician: null };

const COUNT_ROWS: { kind: StudyKind; item: 'cassettes' | 'slides' }[] = [
  { kind: 'histopathology', item: 'cassettes' },
  { kind: 'histopathology', item: 'slides' },
  { kind: 'cytology', item: 'slides' },
];

function countAt(board: BoardView, kind: StudyKind, stage: Stage | null, item: string): number {
  const row = board.counts.find((c) => c.kind === kind && c.stage === stage);
  return row ? (item === 'cassettes' ? row.cassettes : row.slides) : 0;
}

function moveFocus(event: KeyboardEvent<HTMLTableRowElement>, open: () => void) {
  const row = event.currentTarget;
  if (event.key === 'Enter') {
    event.preventDefault();
    open();
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling;
    (next as HTMLElement | null)?.focus();
  }
}

export function Board({ onOpen }: { onOpen(code: string): void }) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const [filters, setFiltersState] = useState<Filters>(remembered);
  const board = useCall('processing.board', {
    kind: filters.kind === 'all' ? undefined : filters.kind,
    technician: filters.technician ?? undefined,
    limit: LIMIT,
  });
  const { data, reload } = board;

  const setFilters = (patch: Partial<Filters>) => {
    remembered = { ...filters, ...patch };
    setFiltersState(remembered);
  };

  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  const stages: (Stage | null)[] = [null, ...HISTO_STAGES];
  const countRows = COUNT_ROWS.filter((r) => filters.kind === 'all' || r.kind === filters.kind);
  const protocols = [...(data?.protocols ?? [])].sort((a, b) =>
    (a.receivedAt ?? '').localeCompare(b.receivedAt ?? ''),
  );
  const now = board.loadedAt;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="bench-board">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="bench-board">
          {t('ui.board.title')}
        </Title>
        <Group gap="sm" wrap="wrap">
          <SegmentedControl
            size="xs"
            aria-label={t('ui.board.kind')}
            value={filters.kind}
            onChange={(value) => setFilters({ kind: value as Filters['kind'] })}
            data={[
              { value: 'all', label: t('ui.board.allKinds') },
              { value: 'histopathology', label: t('kind.histopathology') },
              { value: 'cytology', label: t('kind.cytology') },
            ]}
          />
          <Select
            size="xs"
            w={200}
            aria-label={t('ui.board.technician')}
            placeholder={t('ui.board.allTechnicians')}
            clearable
            searchable
            openOnFocus={false}
            value={filters.technician}
            onChange={(value) => setFilters({ technician: value })}
            data={data?.technicians ?? []}
          />
          <Button
            size="xs"
            variant="default"
            leftSection={<RefreshIcon size={14} />}
            loading={board.loading}
            onClick={reload}
          >
            {t('ui.common.refresh')}
          </Button>
        </Group>
      </Group>

      {board.error !== null && <ErrorAlert error={board.error} mb="sm" />}

      {data && (
        <Table.ScrollContainer minWidth={900}>
          <Table
            withTableBorder
            withColumnBorders
            verticalSpacing={4}
            className="board-counts"
            aria-label={t('ui.board.countsTitle')}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ui.board.waitingAt')}</Table.Th>
                {stages.map((stage) =>
                  stage ? (
                    <Table.Th key={stage}>{t(`stage.${stage}`)}</Table.Th>
                  ) : (
                    <Table.Th key="none">
                      <span className="hint" title={t('ui.board.notStartedCount')}>
                        {t('ui.board.notStarted')}
                      </span>
                    </Table.Th>
                  ),
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {countRows.map(({ kind, item }) => (
                <Table.Tr key={`${kind}-${item}`}>
                  <Table.Th scope="row">
                    {t(`kind.${kind}`)} · {t(`ui.board.${item}`)}
                  </Table.Th>
                  {stages.map((stage) => {
                    const n = countAt(data, kind, stage, item);
                    return (
                      <Table.Td key={stage ?? 'none'} className={n === 0 ? 'zero' : undefined}>
                        {n === 0 ? '·' : n}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      {data && (
        <Text size="sm" c="dimmed" mt="md" mb={4} aria-live="polite">
          {data.total > protocols.length
            ? t('ui.board.countLimited', { shown: protocols.length, total: data.total })
            : t('ui.board.count', { count: data.total })}
        </Text>
      )}

      {data && protocols.length === 0 && (
        <Text c="dimmed" ta="center" p="lg">
          {t('ui.board.empty')}
        </Text>
      )}

      {protocols.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table highlightOnHover verticalSpacing={4} className="board-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ui.board.col.protocol')}</Table.Th>
                <Table.Th>{t('ui.board.col.kind')}</Table.Th>
                <Table.Th>{t('ui.board.col.status')}</Table.Th>
                <Table.Th>{t('ui.board.col.received')}</Table.Th>
                <Table.Th>{t('ui.board.col.days')}</Table.Th>
                <Table.Th>{t('ui.board.col.stage')}</Table.Th>
                <Table.Th>{t('ui.board.col.cassettes')}</Table.Th>
                <Table.Th>{t('ui.board.col.slidesReady')}</Table.Th>
                <Table.Th>{t('ui.board.col.technician')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {protocols.map((p) => {
                const open = () => onOpen(p.code);
                const days = p.receivedAt
                  ? Math.max(0, Math.floor((now - Date.parse(p.receivedAt)) / DAY_MS))
                  : null;
                return (
                  <tr
                    key={p.id}
                    tabIndex={0}
                    className="clickable-row"
                    aria-label={t('ui.board.openRow', { code: p.code })}
                    onClick={open}
                    onKeyDown={(event) => moveFocus(event, open)}
                  >
                    <td className="mono strong">{p.code}</td>
                    <td>{p.kind === 'histopathology' ? 'HP' : 'CT'}</td>
                    <td>
                      <span className={`status-dot status-${p.status}`} />
                      {t(`status.${p.status}`)}
                    </td>
                    <td>{formatDateTime(p.receivedAt, timeZone)}</td>
                    <td className={days !== null && days >= 3 ? 'late' : undefined}>
                      {days ?? '—'}
                    </td>
                    <td>
                      {p.stage ? (
                        t(`stage.${p.stage}`)
                      ) : (
                        <span
                          className="hint"
                          title={t(
                            p.cassettes + p.slides > 0
                              ? 'ui.board.notStartedItems'
                              : 'ui.board.notStartedEmpty',
                          )}
                        >
                          {t('ui.board.notStarted')}
                        </span>
                      )}
                    </td>
                    <td>{p.kind === 'histopathology' ? p.cassettes : '—'}</td>
                    <td>
                      {p.slidesReady} / {p.slides}
                    </td>
                    <td>{p.lastTechnician ?? '—'}</td>
                  </tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
