// The bench, where technicians turn a received sample into cassettes and
// slides. As at the desk, the scan field keeps the focus: a jar's code opens
// its protocol's work, a cassette's or slide's code also selects that item, and
// more items of the same protocol join the selection, so five scans and one
// action record a stage for five cassettes. A voided cassette or a redone slide
// is shown but never selected, with a word on why; a code of another protocol
// opens that one, and says so when it cleared a selection. With nothing open,
// the board shows what waits at each stage.

import { useCallback, useEffect, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import { Alert, Anchor, CloseButton, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import type { WorkView } from '../../src-shared/processing-contract';
import { parseWorkCode } from '../../src-shared/processing';
import { AppError } from '../../src-shared/errors';
import { ApiError, call } from '../api';
import { useI18n } from '../i18n';
import { hasRole, useSession } from '../session';
import { benchPath, navigate, PATHS } from '../routes';
import { useScanClaim } from '../useScanner';
import { ErrorAlert } from '../components/ErrorAlert';
import { AlertIcon, ArrowLeftIcon, CheckIcon } from '../components/icons';
import { BenchScanField } from './bench/BenchScanField';
import { WorkHeader } from './bench/WorkHeader';
import {
  ACTION_KEYS,
  availableActions,
  BenchActions,
  type BenchAction,
} from './bench/BenchActions';
import { CassettesTable } from './bench/CassettesTable';
import { SlidesTable } from './bench/SlidesTable';
import { Board } from './bench/Board';
import { LabelOutcome, type PrintedLabels } from './bench/LabelOutcome';
import { showItem } from './bench/ItemCheckbox';
import { keepLive, NOTHING, refusal, toggled, type Selection } from './bench/selection';
import type { ActionDone, ActionProps } from './bench/BenchDialog';
import { AddCassettesDialog } from './bench/AddCassettesDialog';
import { AddSlidesDialog } from './bench/AddSlidesDialog';
import { RecordStageDialog } from './bench/RecordStageDialog';
import { SlideStatusDialog } from './bench/SlideStatusDialog';
import { RedoSlideDialog } from './bench/RedoSlideDialog';
import { VoidCassetteDialog } from './bench/VoidCassetteDialog';
import { LabelsDialog } from './bench/LabelsDialog';

const DIALOGS: Record<BenchAction, (props: ActionProps) => JSX.Element> = {
  cassettes: AddCassettesDialog,
  slides: AddSlidesDialog,
  stage: RecordStageDialog,
  status: SlideStatusDialog,
  redo: RedoSlideDialog,
  void: VoidCassetteDialog,
  labels: LabelsDialog,
};

function unreadable(text: string): ApiError {
  return new ApiError(
    new AppError('VALIDATION', 'error.codeUnreadable', { code: text }).toPayload(),
  );
}

function holds(work: WorkView, code: string): boolean {
  return work.cassettes.some((c) => c.code === code) || work.slides.some((s) => s.code === code);
}

export function Bench({ code }: { code: string | null }) {
  const { t } = useI18n();
  const { user } = useSession();
  const canWork = hasRole(user, 'technician', 'admin');
  const scanRef = useRef<HTMLInputElement>(null);
  const [scan, setScan] = useState('');
  const [looking, setLooking] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [work, setWorkState] = useState<WorkView | null>(null);
  const workRef = useRef<WorkView | null>(null);
  const [selection, setSelection] = useState<Selection>(NOTHING);
  const selectionRef = useRef<Selection>(NOTHING);
  const [action, setAction] = useState<BenchAction | null>(null);
  const [printed, setPrinted] = useState<PrintedLabels[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const handledCode = useRef<string | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const setWork = useCallback((next: WorkView | null) => {
    workRef.current = next;
    setWorkState(next);
    setSelection((current) => (next ? keepLive(next, current) : NOTHING));
  }, []);

  const focusScan = useCallback(() => {
    requestAnimationFrame(() => scanRef.current?.focus());
  }, []);

  useEffect(() => focusScan(), [focusScan]);

  // Scans run outside the render, after a network answer: they read the
  // selection as last shown, to tell whether opening another protocol drops it.
  useEffect(() => {
    selectionRef.current = selection;
  }, [selection]);

  // After a board row opened its protocol the row is gone, and the focus with
  // it: the scan field takes it back, but never from a field or a dialog.
  const focusScanIfIdle = useCallback(() => {
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!active || active === document.body) scanRef.current?.focus();
    });
  }, []);

  // Typing while nothing has the focus (after a click on empty space) goes to
  // the scan field rather than vanish, as at the reception desk.
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const idle = !document.activeElement || document.activeElement === document.body;
      const printable = event.key.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey;
      if (idle && printable) scanRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  // Opens what a code names. Scans run one after another, so a burst of five
  // cassettes selects all five in order whatever the network does.
  const open = useCallback(
    async (text: string) => {
      if (parseWorkCode(text).type === 'unknown') {
        setError(unreadable(text));
        return;
      }
      setLooking((n) => n + 1);
      try {
        const found = await call('processing.scan', { code: text });
        const current = workRef.current;
        const same = current !== null && current.protocol.id === found.protocolId;
        const item = found.itemCode;
        const droppedFrom =
          !same && current !== null && selectionRef.current.size > 0 ? current.protocol.code : null;
        let next = current;
        if (!same || !next || (item !== null && !holds(next, item))) {
          next = await call('processing.work', { protocol: found.protocolCode });
          setWork(next);
        }
        const refused = item === null ? null : refusal(next, item, t);
        setSelection((previous) => {
          if (item === null) return NOTHING;
          if (refused !== null) return same ? previous : NOTHING;
          return same ? toggled(previous, [item], true) : new Set([item]);
        });
        if (!same) {
          setPrinted(null);
          setNotice(null);
        }
        setWarnings(
          [
            droppedFrom === null
              ? null
              : t('ui.bench.scan.selectionDropped', {
                  protocol: next.protocol.code,
                  previous: droppedFrom,
                }),
            refused,
          ].filter((text) => text !== null),
        );
        setError(null);
        // A slow answer must not pull back someone who already left the bench.
        if (!mounted.current) return;
        handledCode.current = next.protocol.code;
        navigate(benchPath(next.protocol.code));
        if (item) requestAnimationFrame(() => showItemQuietly(item));
      } catch (caught) {
        setError(caught);
      } finally {
        setLooking((n) => n - 1);
        focusScanIfIdle();
      }
    },
    [setWork, focusScanIfIdle, t],
  );

  const enqueue = useCallback(
    (text: string) => {
      queue.current = queue.current.then(() => open(text));
    },
    [open],
  );

  const close = useCallback(() => {
    handledCode.current = null;
    setWork(null);
    setPrinted(null);
    setNotice(null);
    setWarnings([]);
    setError(null);
  }, [setWork]);

  // The address names what is open, so Back, a reload and a scan made on
  // another screen all land here the same way.
  useEffect(() => {
    if (code === null) {
      if (handledCode.current !== null) close();
      return;
    }
    if (code === handledCode.current) return;
    handledCode.current = code;
    enqueue(code);
  }, [code, close, enqueue]);

  // A scan made while a checkbox or button had the focus is still a scan here.
  useScanClaim((_scanned, text) => {
    if (action !== null) return false;
    enqueue(text);
    return true;
  });

  async function reload() {
    const current = workRef.current;
    if (!current) return;
    try {
      setWork(await call('processing.work', { protocol: current.protocol.code }));
    } catch (caught) {
      setError(caught);
    }
  }

  function finish(done: ActionDone) {
    setAction(null);
    if (done.select) setSelection(new Set(done.select));
    if (done.printed) setPrinted(done.printed.length > 0 ? done.printed : null);
    setNotice(done.notice ?? null);
    setWarnings([]);
    setError(done.error ?? null);
    void reload();
    focusScan();
  }

  function startAction(next: BenchAction) {
    if (!work || !canWork || action !== null) return;
    // Not over the help panel or another dialog.
    if (document.querySelector('[aria-modal="true"]')) return;
    if (!availableActions(work, selection).has(next)) return;
    setAction(next);
  }

  function onScanKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      // Each Esc undoes one thing: the typed code, then the selection, then the protocol.
      if (scan !== '') setScan('');
      else if (selection.size > 0) setSelection(NOTHING);
      else if (work) navigate(PATHS.bench);
      setError(null);
      setWarnings([]);
      return;
    }
    if (event.key === 'ArrowDown') {
      // Down from the scan field into the list below: the first item, or the board's first row.
      const below = work
        ? '[data-item] input[type="checkbox"]:not(:disabled)'
        : '.board-table tbody tr';
      const first = document.querySelector<HTMLElement>(below);
      if (first) {
        event.preventDefault();
        first.focus();
      }
      return;
    }
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const text = scan.trim();
    setScan('');
    if (text) enqueue(text);
  }

  useHotkeys(
    Object.entries(ACTION_KEYS).map(([name, key]) => [
      `alt+${key}`,
      () => startAction(name as BenchAction),
      { usePhysicalKeys: true, preventDefault: true },
    ]),
    [],
  );

  const Dialog = action ? DIALOGS[action] : null;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('ui.bench.title')}
        </Title>
        {work && (
          <Anchor href={PATHS.bench} size="sm">
            <Group gap={4} component="span">
              <ArrowLeftIcon size={16} />
              {t('ui.bench.backToBoard')}
            </Group>
          </Anchor>
        )}
      </Group>

      {/* One grid whether a protocol is open or not, so the scan field is never
          mounted anew (and never loses the focus or a scan) when one opens. */}
      <Grid gutter="sm">
        <Grid.Col span={{ base: 12, lg: work ? 5 : 12 }}>
          <BenchScanField
            inputRef={scanRef}
            value={scan}
            onChange={setScan}
            onKeyDown={onScanKeyDown}
            looking={looking > 0}
            open={work !== null}
          />
        </Grid.Col>
        {work && (
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <WorkHeader work={work} />
          </Grid.Col>
        )}
      </Grid>

      {error !== null && (
        <ErrorAlert error={error} withCloseButton onClose={() => setError(null)} />
      )}
      {notice && (
        <Alert color="teal" variant="light" icon={<CheckIcon />} role="status">
          <Group justify="space-between" wrap="nowrap">
            {notice}
            <CloseButton
              size="sm"
              aria-label={t('ui.common.close')}
              onClick={() => setNotice(null)}
            />
          </Group>
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert color="orange" variant="light" icon={<AlertIcon />}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <div>
              {warnings.map((text) => (
                <Text key={text} size="sm">
                  {text}
                </Text>
              ))}
            </div>
            <CloseButton
              size="sm"
              aria-label={t('ui.common.close')}
              onClick={() => setWarnings([])}
            />
          </Group>
        </Alert>
      )}
      {printed && <LabelOutcome printed={printed} onClose={() => setPrinted(null)} />}

      {work ? (
        <>
          {canWork && (
            <BenchActions
              work={work}
              selection={selection}
              onAction={startAction}
              onClearSelection={() => {
                setSelection(NOTHING);
                focusScan();
              }}
            />
          )}
          {work.protocol.kind === 'histopathology' && (
            <CassettesTable
              work={work}
              selection={selection}
              onToggle={(codes, on) => setSelection((s) => toggled(s, codes, on))}
            />
          )}
          <SlidesTable
            work={work}
            selection={selection}
            onToggle={(codes, on) => setSelection((s) => toggled(s, codes, on))}
            onShow={(target) => {
              setSelection(new Set([target]));
              showItem(target);
            }}
          />
        </>
      ) : (
        <Board onOpen={(target) => navigate(benchPath(target))} />
      )}

      {work && Dialog && (
        <Dialog
          work={work}
          selection={selection}
          onClose={() => {
            setAction(null);
            focusScan();
          }}
          onDone={finish}
        />
      )}
    </Stack>
  );
}

/** Scrolls a scanned item into view without taking the focus from the scan field. */
function showItemQuietly(code: string): void {
  document
    .querySelector(`[data-item="${CSS.escape(code)}"]`)
    ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}
