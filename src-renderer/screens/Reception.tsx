// The reception desk. The scan field holds the focus from arrival and after every
// action, because a barcode scanner types wherever the focus is: scan + Enter
// finds the protocol, a second Enter receives it with the defaults.

import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Grid, Paper, Stack, Title } from '@mantine/core';
import type { MethodOutput, ProtocolDetail } from '../../src-shared/contract';
import { normalizeScannedCode } from '../../src-shared/codes';
import { call } from '../api';
import { useI18n } from '../i18n';
import { useTimeZone } from '../session';
import { formatDateTime } from '../format';
import { downloadBase64 } from '../download';
import { ErrorAlert } from '../components/ErrorAlert';
import { ReceptionHelp } from '../components/ReceptionHelp';
import { ProtocolCard } from './reception/ProtocolCard';
import { initialValues, ReceiveForm, type ReceiveValues } from './reception/ReceiveForm';
import { ReceivedPanel } from './reception/ReceivedPanel';
import { RejectDialog, type RejectValues } from './reception/RejectDialog';
import { DeskLog, recordAtDesk } from './reception/DeskLog';
import { RejectedPanel } from './reception/RejectedPanel';
import { ScanField } from './reception/ScanField';
import { useScanClaim } from '../useScanner';

type Received = MethodOutput<'reception.receive'>;

type Stage =
  | { kind: 'idle' }
  | { kind: 'found'; protocol: ProtocolDetail }
  | { kind: 'received'; protocol: ProtocolDetail; result: Received; reprints: number }
  | { kind: 'rejected'; protocol: ProtocolDetail; reason: string; mailQueued: boolean };

type Busy = 'lookup' | 'receive' | 'reject' | 'reprint' | 'pdf' | null;

function canonical(text: string): string {
  const scanned = normalizeScannedCode(text);
  return scanned.type === 'unknown' ? text.trim() : scanned.code;
}

function isSameProtocol(text: string, protocol: ProtocolDetail): boolean {
  const code = canonical(text).toUpperCase();
  return code === protocol.temporaryCode.toUpperCase() || code === protocol.protocolNumber;
}

export function Reception() {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const scanRef = useRef<HTMLInputElement>(null);
  const busyRef = useRef<Busy>(null);
  const pendingEnter = useRef(false);
  const [scan, setScan] = useState('');
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [values, setValues] = useState<ReceiveValues | null>(null);
  const [busy, setBusyState] = useState<Busy>(null);
  const [error, setError] = useState<unknown>(null);
  const [rejecting, setRejecting] = useState(false);
  const [rejectCode, setRejectCode] = useState('');
  const [rejectError, setRejectError] = useState<unknown>(null);

  const setBusy = (value: Busy) => {
    busyRef.current = value;
    setBusyState(value);
  };

  const focusScan = useCallback((select = false) => {
    requestAnimationFrame(() => {
      const input = scanRef.current;
      if (!input) return;
      input.focus();
      if (select) input.select();
    });
  }, []);

  useEffect(() => focusScan(), [focusScan]);

  // A scan that starts while nothing has the focus (after a click on empty
  // space) must still land in the scan field rather than vanish.
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const idle = !document.activeElement || document.activeElement === document.body;
      const printable = event.key.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey;
      if (idle && printable && !rejecting) scanRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [rejecting]);

  function blockedReason(protocol: ProtocolDetail): string | null {
    if (protocol.status === 'submitted') return null;
    const record = protocol.reception;
    const when = formatDateTime(record?.recordedAt ?? protocol.receivedAt, timeZone);
    const by = record?.recordedBy ?? '—';
    if (protocol.protocolNumber) {
      return t('error.alreadyReceived', { number: protocol.protocolNumber, when, by });
    }
    if (protocol.status === 'rejected') {
      return t('error.alreadyRejected', { when, by, reason: record?.rejectionReason ?? '—' });
    }
    return t('error.notReceivable', { status: t(`status.${protocol.status}`) });
  }

  async function lookup(text: string) {
    setBusy('lookup');
    setError(null);
    try {
      const protocol = await call('reception.lookup', { code: canonical(text) });
      setStage({ kind: 'found', protocol });
      setScan((current) => (current.trim() === text ? canonical(text) : current));
      setValues(initialValues(protocol));
    } catch (caught) {
      setStage({ kind: 'idle' });
      setError(caught);
    } finally {
      setBusy(null);
      focusScan(true);
    }
  }

  async function receive() {
    if (stage.kind !== 'found' || !values || busyRef.current) return;
    const protocol = stage.protocol;
    if (protocol.status !== 'submitted') return;
    const count = values.count === '' ? undefined : values.count;
    const scanned = scan;
    setBusy('receive');
    setError(null);
    try {
      const result = await call('reception.receive', {
        code: protocol.temporaryCode,
        condition: values.condition,
        ...(protocol.kind === 'histopathology'
          ? { containersReceived: count }
          : { slidesReceived: count }),
        discrepancies: values.discrepancies.trim() || undefined,
        notes: values.notes.trim() || undefined,
      });
      const updated = {
        ...protocol,
        status: 'received' as const,
        protocolNumber: result.protocolNumber,
      };
      setStage({ kind: 'received', protocol: updated, result, reprints: 0 });
      // The next jar may have been scanned while this one printed: keep it.
      setScan((current) => (current === scanned ? '' : current));
      recordAtDesk({
        temporaryCode: protocol.temporaryCode,
        protocolNumber: result.protocolNumber,
        status: 'received',
        at: new Date().toISOString(),
        print: result.print.status,
      });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
      focusScan();
    }
  }

  async function reject(rejection: RejectValues) {
    if (stage.kind !== 'found' || busyRef.current) return;
    const protocol = stage.protocol;
    setBusy('reject');
    setRejectError(null);
    try {
      const result = await call('reception.reject', {
        code: protocol.temporaryCode,
        reason: rejection.reason,
        condition: rejection.condition,
        notes: rejection.notes.trim() || undefined,
      });
      setRejecting(false);
      setStage({
        kind: 'rejected',
        protocol: { ...protocol, status: 'rejected' },
        reason: rejection.reason,
        mailQueued: result.mailQueued,
      });
      setScan('');
      recordAtDesk({
        temporaryCode: protocol.temporaryCode,
        protocolNumber: null,
        status: 'rejected',
        at: new Date().toISOString(),
        print: null,
      });
    } catch (caught) {
      setRejectError(caught);
    } finally {
      setBusy(null);
    }
  }

  async function reprint() {
    if (stage.kind !== 'received' || busyRef.current) return;
    const { protocolId } = stage.result;
    setBusy('reprint');
    setError(null);
    try {
      const print = await call('printing.reprint', { protocolId });
      setStage((current) =>
        current.kind === 'received'
          ? { ...current, result: { ...current.result, print }, reprints: current.reprints + 1 }
          : current,
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
      focusScan();
    }
  }

  async function downloadPdf() {
    if (stage.kind !== 'received' || busyRef.current) return;
    setBusy('pdf');
    setError(null);
    try {
      const pdf = await call('printing.labelPdf', { protocolId: stage.result.protocolId });
      downloadBase64(pdf.fileName, pdf.base64, 'application/pdf');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
      focusScan();
    }
  }

  function submitScan() {
    const text = scan.trim();
    if (stage.kind === 'found' && (text === '' || isSameProtocol(text, stage.protocol))) {
      void receive();
      return;
    }
    if (text) void lookup(text);
  }

  // An Enter that arrives while a call is running (a scanner is faster than a
  // slow printer) is kept and acted on when the call ends, not dropped.
  useEffect(() => {
    if (busy !== null || !pendingEnter.current) return;
    pendingEnter.current = false;
    submitScan();
  });

  // A jar scanned while a button or an option had the focus is still meant for
  // the desk: it goes through the scan field as if typed there.
  useScanClaim((scanned, text) => {
    if (scanned.type !== 'protocol' || rejecting) return false;
    setScan(text);
    if (busyRef.current) {
      pendingEnter.current = true;
    } else if (stage.kind === 'found' && isSameProtocol(text, stage.protocol)) {
      void receive();
    } else {
      void lookup(text);
    }
    focusScan(true);
    return true;
  });

  function onScanKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      pendingEnter.current = false;
      setScan('');
      setError(null);
      if (stage.kind === 'found') setStage({ kind: 'idle' });
      return;
    }
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (busyRef.current) {
      pendingEnter.current = true;
      return;
    }
    submitScan();
  }

  const found = stage.kind === 'found' ? stage.protocol : null;
  const blocked = found ? blockedReason(found) : null;
  const readyToReceive = found !== null && blocked === null;

  return (
    <Grid gutter="lg">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="md">
          <Title order={1} size="h2">
            {t('ui.reception.title')}
          </Title>

          <ScanField
            inputRef={scanRef}
            value={scan}
            onChange={setScan}
            onKeyDown={onScanKeyDown}
            looking={busy === 'lookup'}
            readyToReceive={readyToReceive}
          />

          {error !== null && <ErrorAlert error={error} />}

          {stage.kind === 'received' && (
            <ReceivedPanel
              protocolNumber={stage.result.protocolNumber}
              temporaryCode={stage.protocol.temporaryCode}
              print={stage.result.print}
              reprints={stage.reprints}
              mailQueued={stage.result.mailQueued}
              busy={busy === 'reprint' || busy === 'pdf' ? busy : null}
              onReprint={() => void reprint()}
              onDownloadPdf={() => void downloadPdf()}
            />
          )}

          {stage.kind === 'rejected' && (
            <RejectedPanel
              temporaryCode={stage.protocol.temporaryCode}
              reason={stage.reason}
              mailQueued={stage.mailQueued}
            />
          )}

          {blocked && (
            <Alert
              color="orange"
              variant="light"
              title={t('ui.reception.blockedTitle')}
              role="alert"
            >
              {blocked}
            </Alert>
          )}

          {found && <ProtocolCard protocol={found} />}
          {readyToReceive && found && values && (
            <ReceiveForm
              protocol={found}
              values={values}
              onChange={setValues}
              onReceive={() => void receive()}
              onReject={() => {
                setRejectError(null);
                setRejectCode(found.temporaryCode);
                setRejecting(true);
              }}
              busy={busy === 'receive'}
            />
          )}
          {stage.kind === 'received' && <ProtocolCard protocol={stage.protocol} />}
        </Stack>
      </Grid.Col>

      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Stack gap="md">
          <Paper withBorder radius="md" p="lg">
            <Title order={2} size="h5" mb="sm">
              {t('ui.receptionHelp.title')}
            </Title>
            <ReceptionHelp />
          </Paper>
          <DeskLog />
        </Stack>
      </Grid.Col>

      <RejectDialog
        opened={rejecting}
        code={rejectCode}
        busy={busy === 'reject'}
        error={rejectError}
        onCancel={() => setRejecting(false)}
        onConfirm={(rejection) => void reject(rejection)}
        onClosed={() => focusScan()}
      />
    </Grid>
  );
}
