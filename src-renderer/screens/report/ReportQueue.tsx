// The pathologist's queue: protocols ready for their report, oldest first,
// with the days since reception (long waits stand out), who took each one and
// how far its report went. A pathologist takes a protocol or lets it go from
// here; a row opens its report, with a click or Enter, and the arrow keys move
// between rows. The filters survive a visit to a report and back.

import { useEffect, useState, type KeyboardEvent } from 'react';
import {
  Anchor,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Switch,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import type { StudyKind } from '../../../src-shared/codes';
import type { QueueItem } from '../../../src-shared/report-contract';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { hasRole, useSession, useTimeZone } from '../../session';
import { navigate, reportPath } from '../../routes';
import { formatDateTime } from '../../format';
import { useCall } from '../../useCall';
import { useRowAction } from '../../useRowAction';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusBadge } from '../../components/StatusBadge';
import { AlertIcon, RefreshIcon } from '../../components/icons';
import { ReportStateBadge } from './ReportStateBadge';

/** Days from reception past which a protocol counts as delayed. */
export const LONG_TURNAROUND_DAYS = 7;
const REFRESH_MS = 30_000;

interface Filters {
  kind: StudyKind | 'all';
  /** `all`, `mine`, `unassigned` or a pathologist's id. */
  pathologist: string;
  includeEarlier: boolean;
}

let remembered: Filters = { kind: 'all', pathologist: 'all', includeEarlier: false };

function moveFocus(event: KeyboardEvent<HTMLTableRowElement>, open: () => void) {
  if (event.target !== event.currentTarget) return;
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

function oldestFirst(a: QueueItem, b: QueueItem): number {
  if (a.receivedAt === b.receivedAt) return a.code.localeCompare(b.code);
  if (a.receivedAt === null) return 1;
  if (b.receivedAt === null) return -1;
  return a.receivedAt.localeCompare(b.receivedAt);
}

export function ReportQueue() {
  const { t } = useI18n();
  const { user } = useSession();
  const timeZone = useTimeZone();
  const canTake = hasRole(user, 'pathologist');
  const [filters, setFiltersState] = useState<Filters>(remembered);
  const queue = useCall('reports.queue', {
    kind: filters.kind === 'all' ? undefined : filters.kind,
    pathologist: filters.pathologist === 'all' ? undefined : filters.pathologist,
    includeEarlier: filters.includeEarlier,
  });
  const { data, reload } = queue;
  const assign = useRowAction(async (code) => {
    const item = data?.items.find((i) => i.code === code);
    await call('reports.assign', { protocol: code, toMe: item?.pathologistId !== user.id });
  }, reload);

  const setFilters = (patch: Partial<Filters>) => {
    remembered = { ...filters, ...patch };
    setFiltersState(remembered);
  };

  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  const items = [...(data?.items ?? [])].sort(oldestFirst);
  const late = items.filter((i) => (i.turnaroundDays ?? 0) > LONG_TURNAROUND_DAYS).length;
  const pathologists = [
    { value: 'all', label: t('ui.reports.queue.allPathologists') },
    ...(canTake ? [{ value: 'mine', label: t('ui.reports.queue.mine') }] : []),
    { value: 'unassigned', label: t('ui.reports.queue.unassigned') },
    ...(data?.pathologists ?? []).map((p) => ({ value: p.id, label: p.name })),
  ];

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="report-queue">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Text fw={700} size="lg" id="report-queue" component="h2" m={0}>
          {t('ui.reports.queue.title')}
        </Text>
        <Group gap="sm" wrap="wrap" align="flex-end">
          <SegmentedControl
            size="xs"
            aria-label={t('ui.reports.queue.kind')}
            value={filters.kind}
            onChange={(value) => setFilters({ kind: value as Filters['kind'] })}
            data={[
              { value: 'all', label: t('ui.reports.queue.allKinds') },
              { value: 'histopathology', label: t('kind.histopathology') },
              { value: 'cytology', label: t('kind.cytology') },
            ]}
          />
          <Select
            size="xs"
            w={210}
            label={t('ui.reports.queue.pathologist')}
            allowDeselect={false}
            value={filters.pathologist}
            onChange={(value) => setFilters({ pathologist: value ?? 'all' })}
            data={pathologists}
          />
          <Switch
            size="sm"
            label={t('ui.reports.queue.includeEarlier')}
            checked={filters.includeEarlier}
            onChange={(e) => setFilters({ includeEarlier: e.currentTarget.checked })}
          />
          <Button
            size="xs"
            variant="default"
            leftSection={<RefreshIcon size={14} />}
            loading={queue.loading}
            onClick={reload}
          >
            {t('ui.common.refresh')}
          </Button>
        </Group>
      </Group>

      {queue.error !== null && <ErrorAlert error={queue.error} mb="sm" />}
      {assign.error !== null && <ErrorAlert error={assign.error} mb="sm" />}

      {data && (
        <Text size="sm" c="dimmed" mb={4} aria-live="polite">
          {data.total > items.length
            ? t('ui.reports.queue.countLimited', { shown: items.length, total: data.total })
            : data.total === 1
              ? t('ui.reports.queue.countOne')
              : t('ui.reports.queue.count', { count: data.total })}
          {late > 0 &&
            ` · ${t('ui.reports.queue.lateCount', { count: late, days: LONG_TURNAROUND_DAYS })}`}
        </Text>
      )}

      {data && items.length === 0 && (
        <div style={{ textAlign: 'center', padding: 'var(--mantine-spacing-lg)' }}>
          <Text fw={600}>{t('ui.reports.queue.empty')}</Text>
          <Text size="sm" c="dimmed" mt={4}>
            {t(
              filters.pathologist === 'mine'
                ? 'ui.reports.queue.emptyMine'
                : filters.includeEarlier
                  ? 'ui.reports.queue.emptyEarlier'
                  : 'ui.reports.queue.emptyHint',
            )}
          </Text>
        </div>
      )}

      {items.length > 0 && (
        <Table.ScrollContainer minWidth={980}>
          <Table highlightOnHover verticalSpacing={4} className="board-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ui.reports.queue.col.protocol')}</Table.Th>
                <Table.Th>{t('ui.reports.queue.col.kind')}</Table.Th>
                <Table.Th>{t('ui.reports.queue.col.species')}</Table.Th>
                <Table.Th>{t('ui.reports.queue.col.veterinarian')}</Table.Th>
                <Table.Th>{t('ui.reports.queue.col.received')}</Table.Th>
                <Table.Th>{t('ui.reports.queue.col.days')}</Table.Th>
                <Table.Th>{t('ui.reports.queue.col.status')}</Table.Th>
                <Table.Th>{t('ui.reports.queue.col.pathologist')}</Table.Th>
                <Table.Th>{t('ui.reports.queue.col.report')}</Table.Th>
                {canTake && <Table.Th aria-label={t('ui.common.actions')} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => {
                const open = () => navigate(reportPath(item.code));
                const long = (item.turnaroundDays ?? 0) > LONG_TURNAROUND_DAYS;
                const mine = item.pathologistId === user.id;
                return (
                  <tr
                    key={item.protocolId}
                    tabIndex={0}
                    className="clickable-row"
                    onClick={open}
                    onKeyDown={(event) => moveFocus(event, open)}
                  >
                    <td className="mono strong">
                      <Anchor
                        href={reportPath(item.code)}
                        ff="monospace"
                        fw={700}
                        size="sm"
                        onClick={(e) => e.stopPropagation()}
                      >
                        {item.code}
                      </Anchor>
                    </td>
                    <td>{item.kind === 'histopathology' ? 'HP' : 'CT'}</td>
                    <td>{item.species}</td>
                    <td>{item.veterinarianName}</td>
                    <td>{formatDateTime(item.receivedAt, timeZone)}</td>
                    <td
                      className={long ? 'late' : undefined}
                      title={
                        long
                          ? t('ui.reports.queue.longHint', { days: LONG_TURNAROUND_DAYS })
                          : undefined
                      }
                    >
                      {long && (
                        <AlertIcon size={14} style={{ verticalAlign: -2, marginRight: 4 }} />
                      )}
                      {item.turnaroundDays ?? '—'}
                      {long && <VisuallyHidden> {t('ui.reports.queue.late')}</VisuallyHidden>}
                    </td>
                    <td>
                      <StatusBadge status={item.status} size="sm" />
                    </td>
                    <td>
                      {item.pathologistName ?? (
                        <Text span size="sm" c="dimmed">
                          {t('ui.reports.queue.nobody')}
                        </Text>
                      )}
                    </td>
                    <td>
                      <ReportStateBadge state={item.report} />
                    </td>
                    {canTake && (
                      <td style={{ textAlign: 'right' }}>
                        <Button
                          size="compact-sm"
                          variant={mine ? 'default' : 'light'}
                          loading={assign.busyId === item.code}
                          aria-label={t(
                            mine ? 'ui.reports.queue.releaseAria' : 'ui.reports.queue.takeAria',
                            { code: item.code },
                          )}
                          onClick={(event) => {
                            event.stopPropagation();
                            void assign.run(item.code);
                          }}
                        >
                          {t(mine ? 'ui.reports.queue.release' : 'ui.reports.queue.take')}
                        </Button>
                      </td>
                    )}
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
