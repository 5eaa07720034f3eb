// Where every piece of a sample went: the jar, the cassettes cut from it, the
// slides cut from each cassette (a slide from two cassettes shows under both;
// cytology slides hang from the jar), each with its stages, who did them and
// when, voids and redos. Read-only: the bench is where work is recorded.

import { useId } from 'react';
import { Anchor, Badge, Group, Loader, Paper, Text, Title } from '@mantine/core';
import type {
  CassetteView,
  SlideView,
  StageRecordView,
  WorkView,
} from '../../../src-shared/processing-contract';
import { useI18n } from '../../i18n';
import { hasRole, useSession, useTimeZone } from '../../session';
import { benchPath } from '../../routes';
import { formatDateTime } from '../../format';
import { useCall } from '../../useCall';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CassetteTypeLabel } from '../bench/CassetteType';
import { shortCode } from '../bench/selection';

/** Moves to another node of the tree (a redo link), as a link to an anchor would. */
function goTo(code: string): void {
  const node = document.querySelector<HTMLElement>(`[data-trace="${CSS.escape(code)}"]`);
  node?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  node?.focus();
}

function Stages({ records }: { records: StageRecordView[] }) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  if (records.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t('stage.none')}
      </Text>
    );
  }
  return (
    <ol className="trace-stages">
      {records.map((record) => (
        <li key={record.id}>
          <Text span size="xs" fw={600}>
            {t(`stage.${record.stage}`)}
          </Text>{' '}
          <Text span size="xs" c="dimmed">
            {formatDateTime(record.recordedAt, timeZone)} · {record.technician}
          </Text>
          {record.notes && (
            <Text span size="xs">
              {' '}
              — {record.notes}
            </Text>
          )}
        </li>
      ))}
    </ol>
  );
}

function CassetteNode({ work, cassette }: { work: WorkView; cassette: CassetteView }) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const voided = cassette.voidedAt !== null;
  return (
    <>
      <Group gap="sm" wrap="wrap" data-trace={cassette.code} tabIndex={-1}>
        <Text ff="monospace" fw={700} size="sm" td={voided ? 'line-through' : undefined}>
          {cassette.code}
        </Text>
        <Text size="sm" td={voided ? 'line-through' : undefined}>
          {cassette.material}
        </Text>
        <CassetteTypeLabel type={cassette.type} />
        {voided && (
          <Badge color="red" variant="light" size="sm">
            {t('ui.trace.voided')}
          </Badge>
        )}
      </Group>
      {voided && (
        <Text size="xs" c="red.8">
          {t('ui.bench.cassettes.voided', {
            by: cassette.voidedBy ?? '—',
            when: formatDateTime(cassette.voidedAt, timeZone),
            reason: cassette.voidReason ?? '—',
          })}
        </Text>
      )}
      <Stages records={work.stages.filter((r) => r.itemCode === cassette.code)} />
    </>
  );
}

function SlideNode({ work, slide }: { work: WorkView; slide: SlideView }) {
  const { t } = useI18n();
  const short = (code: string) => shortCode(work.protocol.code, code);
  return (
    <>
      <Group gap="sm" wrap="wrap" data-trace={slide.code} tabIndex={-1}>
        <Text ff="monospace" fw={700} size="sm">
          {slide.code}
        </Text>
        <Text size="sm">
          {[
            slide.stain,
            slide.fieldNumber !== null ? t('ui.trace.field', { field: slide.fieldNumber }) : null,
            t(`slideStatus.${slide.status}`),
            slide.quality ? t(`quality.${slide.quality}`) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {slide.replacedBy && (
          <Anchor
            component="button"
            type="button"
            size="xs"
            onClick={() => goTo(slide.replacedBy!)}
          >
            {t('ui.bench.slides.redoneAs', { code: short(slide.replacedBy) })}
          </Anchor>
        )}
        {slide.redoOf && (
          <Anchor component="button" type="button" size="xs" onClick={() => goTo(slide.redoOf!)}>
            {t('ui.bench.slides.redoes', { code: short(slide.redoOf) })}
          </Anchor>
        )}
      </Group>
      {slide.redoOf && slide.redoReason && (
        <Text size="xs" c="dimmed">
          {t('ui.trace.redoReason', { reason: slide.redoReason })}
        </Text>
      )}
      <Stages records={work.stages.filter((r) => r.itemCode === slide.code)} />
    </>
  );
}

function Tree({ work }: { work: WorkView }) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const { protocol } = work;
  const isHp = protocol.kind === 'histopathology';
  const known = new Set(work.cassettes.map((c) => c.code));
  // Slides from no known cassette hang from the jar, so none is ever left out.
  const fromJar = work.slides.filter(
    (s) => !isHp || !s.cassetteCodes.some((code) => known.has(code)),
  );

  return (
    <ul className="trace-tree">
      <li>
        <Group gap="sm" wrap="wrap">
          <Text fw={700} size="sm">
            {t(isHp ? 'ui.trace.jar' : 'ui.trace.sample')}
          </Text>
          <Text size="sm">
            {[
              protocol.material,
              protocol.containers !== null
                ? t(isHp ? 'ui.trace.containers' : 'ui.trace.slidesDeclared', {
                    count: protocol.containers,
                  })
                : null,
              t('ui.trace.received', { when: formatDateTime(protocol.receivedAt, timeZone) }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Group>
        {work.cassettes.length + work.slides.length === 0 ? (
          <Text size="sm" c="dimmed" mt={4}>
            {t('ui.trace.empty')}
          </Text>
        ) : (
          <ul>
            {work.cassettes.map((cassette) => (
              <li key={cassette.id}>
                <CassetteNode work={work} cassette={cassette} />
                {work.slides.some((s) => s.cassetteCodes.includes(cassette.code)) && (
                  <ul>
                    {work.slides
                      .filter((s) => s.cassetteCodes.includes(cassette.code))
                      .map((slide) => (
                        <li key={slide.id}>
                          <SlideNode work={work} slide={slide} />
                        </li>
                      ))}
                  </ul>
                )}
              </li>
            ))}
            {fromJar.map((slide) => (
              <li key={slide.id}>
                <SlideNode work={work} slide={slide} />
              </li>
            ))}
          </ul>
        )}
      </li>
    </ul>
  );
}

export function Traceability({ code }: { code: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const headingId = useId();
  const { data: work, error } = useCall('processing.work', { protocol: code });

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h5" id={headingId}>
          {t('ui.trace.title')}
        </Title>
        {hasRole(user, 'technician', 'admin') && (
          <Anchor href={benchPath(code)} size="sm">
            {t('ui.trace.openBench')}
          </Anchor>
        )}
      </Group>
      {error !== null && <ErrorAlert error={error} />}
      {!work && error === null && <Loader size="sm" aria-label={t('ui.common.loading')} />}
      {work && <Tree work={work} />}
    </Paper>
  );
}
