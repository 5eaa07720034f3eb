// A protocol's slides: where each was cut from, its stain, field, status,
// quality and last stage. A redone slide links to the slide that replaced it,
// and back; only the replacement can still be worked on.

import { Anchor, Badge, Paper, Table, Text, Title } from '@mantine/core';
import type { SlideView, WorkView } from '../../../src-shared/processing-contract';
import type { SlideStatus } from '../../../src-shared/processing';
import { useI18n } from '../../i18n';
import { AllCheckbox, ItemCheckbox } from './ItemCheckbox';
import { isLiveSlide, shortCode, type Selection } from './selection';

const STATUS_COLOR: Record<SlideStatus, string> = {
  pending: 'gray',
  mounted: 'blue',
  stained: 'grape',
  ready: 'teal',
};

interface Props {
  work: WorkView;
  selection: Selection;
  onToggle(codes: string[], on: boolean): void;
  /** Moves to another slide of the table (the redo links). */
  onShow(code: string): void;
}

export function SlidesTable({ work, selection, onToggle, onShow }: Props) {
  const { t } = useI18n();
  const protocolCode = work.protocol.code;
  const short = (code: string) => shortCode(protocolCode, code);
  const live = work.slides.filter(isLiveSlide).map((s) => s.code);
  const isHp = work.protocol.kind === 'histopathology';

  function redoLinks(slide: SlideView) {
    const link = (code: string, key: 'ui.bench.slides.redoneAs' | 'ui.bench.slides.redoes') => (
      <Anchor
        component="button"
        type="button"
        size="xs"
        onClick={(e) => {
          e.stopPropagation();
          onShow(code);
        }}
      >
        {t(key, { code: short(code) })}
      </Anchor>
    );
    return (
      <>
        {slide.replacedBy && link(slide.replacedBy, 'ui.bench.slides.redoneAs')}
        {slide.redoOf && link(slide.redoOf, 'ui.bench.slides.redoes')}
        {slide.redoOf && slide.redoReason && (
          <Text size="xs" c="dimmed">
            {slide.redoReason}
          </Text>
        )}
      </>
    );
  }

  return (
    <Paper withBorder radius="md" component="section" aria-labelledby="bench-slides">
      <Title order={2} size="h5" px="md" pt="sm" id="bench-slides">
        {live.length === work.slides.length
          ? t('ui.bench.slides.heading', { count: live.length })
          : t('ui.bench.slides.headingLive', { live: live.length, count: work.slides.length })}
      </Title>
      {work.slides.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" py="sm">
          {t(isHp ? 'ui.bench.slides.noneHp' : 'ui.bench.slides.noneCt')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing={6} className="bench-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>
                  <AllCheckbox
                    label={t('ui.bench.slides.selectAll')}
                    codes={live}
                    selection={selection}
                    onToggle={onToggle}
                  />
                </Table.Th>
                <Table.Th>{t('ui.bench.col.slide')}</Table.Th>
                {isHp && <Table.Th>{t('ui.bench.col.fromCassettes')}</Table.Th>}
                <Table.Th>{t('ui.bench.col.stain')}</Table.Th>
                <Table.Th>{t('ui.bench.col.field')}</Table.Th>
                <Table.Th>{t('ui.bench.col.status')}</Table.Th>
                <Table.Th>{t('ui.bench.col.quality')}</Table.Th>
                <Table.Th>{t('ui.bench.col.stage')}</Table.Th>
                <Table.Th>{t('ui.bench.col.redo')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {work.slides.map((slide) => {
                const replaced = !isLiveSlide(slide);
                const selected = selection.has(slide.code);
                return (
                  <Table.Tr
                    key={slide.id}
                    data-item={slide.code}
                    className={replaced ? 'replaced-row' : 'clickable-row'}
                    data-selected={selected || undefined}
                    onClick={replaced ? undefined : () => onToggle([slide.code], !selected)}
                  >
                    <Table.Td>
                      <ItemCheckbox
                        code={slide.code}
                        selection={selection}
                        disabled={replaced}
                        onToggle={onToggle}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Text ff="monospace" fw={700} size="sm" title={slide.code}>
                        {short(slide.code)}
                      </Text>
                    </Table.Td>
                    {isHp && (
                      <Table.Td>
                        <Text ff="monospace" size="sm">
                          {slide.cassetteCodes.map(short).join(', ') || '—'}
                        </Text>
                      </Table.Td>
                    )}
                    <Table.Td>{slide.stain}</Table.Td>
                    <Table.Td>{slide.fieldNumber ?? '—'}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS_COLOR[slide.status]}>
                        {t(`slideStatus.${slide.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={slide.quality === 'poor' ? 'red.8' : undefined}>
                        {slide.quality ? t(`quality.${slide.quality}`) : '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>{slide.stage ? t(`stage.${slide.stage}`) : t('stage.none')}</Table.Td>
                    <Table.Td className="wrap">{redoLinks(slide)}</Table.Td>
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
