// The report of one protocol, as the pathologist works on it: the protocol's
// facts and material on one side, the report's sections in the middle, the
// phrase library on the other side; images, signed versions and deliveries
// below. A draft saves itself as it is typed (see useDraftAutosave); a signed
// report is read-only and can only be amended.

import { useRef, useState } from 'react';
import { Alert, Button, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import type { DraftView, PhraseView, ReportView } from '../../../src-shared/report-contract';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { hasRole, useSession, useTimeZone } from '../../session';
import { formatDateTime } from '../../format';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AlertIcon, CheckIcon, DownloadIcon } from '../../components/icons';
import { AmendDialog } from './AmendDialog';
import { DeliveriesTable } from './DeliveriesTable';
import { browserStorage } from './browser-files';
import { backupKey, readBackup, removeBackup } from './draft-backup';
import { EditConflict } from './EditConflict';
import { editorMode } from './editor-mode';
import { insertText } from './insert-text';
import { MaterialList } from './MaterialList';
import { PhraseLibrary } from './PhraseLibrary';
import { ProtocolFacts } from './ProtocolFacts';
import { ReportHeader } from './ReportHeader';
import { ReportImages } from './ReportImages';
import { downloadReportPdf } from './report-pdf';
import { RestoreOffer } from './RestoreOffer';
import { SaveStatus } from './SaveStatus';
import { sameSections, sectionsOf, readField, type FieldRef, type SectionField } from './sections';
import { SectionsForm, type FieldBinding } from './SectionsForm';
import { SignDialog } from './SignDialog';
import { SyncConflicts } from './SyncConflicts';
import { useDraftAutosave } from './useDraftAutosave';
import { VersionsTable } from './VersionsTable';

interface Cursor {
  ref: FieldRef;
  start: number;
  end: number;
}

export function ReportWorkbench({ view, reload }: { view: ReportView; reload(): void }) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const { user } = useSession();
  const canWrite = hasRole(user, 'pathologist');
  const mode = editorMode(view, canWrite);
  const { openDraft, latest, editing } = mode;
  const code = view.protocol.code;

  const [storage] = useState(browserStorage);
  const storageKey = backupKey(user.id, view.protocol.id, mode.version);
  const [offer, setOffer] = useState(() => {
    if (!editing) return null;
    const backup = readBackup(storage, storageKey);
    return backup && !sameSections(backup.sections, sectionsOf(openDraft)) ? backup : null;
  });
  const autosave = useDraftAutosave({
    protocol: code,
    server: openDraft,
    storage,
    storageKey,
    onSaved: (draft: DraftView) => {
      // The first save makes the draft that images and signing belong to.
      if (!openDraft || openDraft.id !== draft.id) reload();
    },
  });

  const [dialog, setDialog] = useState<'sign' | 'amend' | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'pdf' | 'take' | null>(null);
  const fields = useRef(new Map<FieldRef, HTMLTextAreaElement>());
  const cursor = useRef<Cursor | null>(null);
  const [selected, setSelected] = useState<{ ref: FieldRef; text: string } | null>(null);

  useHotkeys([['mod+S', () => void autosave.flush()]], []);

  function track(ref: FieldRef, element: HTMLTextAreaElement) {
    const { selectionStart: start, selectionEnd: end } = element;
    cursor.current = { ref, start, end };
    const text = element.value.slice(start, end).trim();
    setSelected(text ? { ref, text } : null);
  }

  const bind = (ref: FieldRef): FieldBinding => ({
    ref: (element) => {
      if (element) fields.current.set(ref, element);
      else fields.current.delete(ref);
    },
    onFocus: (event) => track(ref, event.currentTarget),
    onSelect: (event) => track(ref, event.currentTarget),
    onBlur: () => void autosave.flush(),
  });

  function focusAt(ref: FieldRef, at?: number) {
    requestAnimationFrame(() => {
      const element = fields.current.get(ref);
      if (!element) return;
      element.focus();
      if (at !== undefined) element.setSelectionRange(at, at);
    });
  }

  function insertPhrase(phrase: PhraseView) {
    const last = cursor.current;
    const target: FieldRef =
      phrase.kind === 'diagnosis'
        ? 'diagnosis'
        : last && fields.current.has(last.ref)
          ? last.ref
          : 'microscopic';
    const value = readField(autosave.sections, target);
    const range =
      last?.ref === target ? last : { ref: target, start: value.length, end: value.length };
    const result = insertText(value, range.start, range.end, phrase.text);
    autosave.change(target, result.value);
    cursor.current = { ref: target, start: result.cursor, end: result.cursor };
    focusAt(target, result.cursor);
  }

  function putBack(field: SectionField, text: string) {
    const value = autosave.sections[field].trimEnd();
    autosave.change(field, value ? `${value}\n\n${text}` : text);
    focusAt(field);
  }

  async function act(kind: 'pdf' | 'take') {
    setBusy(kind);
    setActionError(null);
    try {
      if (kind === 'pdf') await downloadReportPdf(code, latest?.version);
      else {
        await call('reports.assign', { protocol: code, toMe: true });
        reload();
      }
    } catch (caught) {
      setActionError(caught);
    } finally {
      setBusy(null);
    }
  }

  const conflict = autosave.state.phase === 'conflict' ? autosave.state.draft : null;
  const mine = view.protocol.pathologistId === user.id;
  const sentTo = view.deliveries.filter(
    (d) => d.version === latest?.version && d.status === 'sent',
  );
  const failed = view.deliveries.filter(
    (d) => d.version === latest?.version && d.status === 'failed',
  );

  const actions = (
    <>
      {canWrite && !mine && view.protocol.status !== 'report_sent' && (
        <Button variant="default" loading={busy === 'take'} onClick={() => void act('take')}>
          {t('ui.reports.editor.take')}
        </Button>
      )}
      {latest && !editing && (
        <Button
          variant="default"
          leftSection={<DownloadIcon />}
          loading={busy === 'pdf'}
          onClick={() => void act('pdf')}
        >
          {t('ui.reports.editor.pdf', { version: latest.version })}
        </Button>
      )}
      {canWrite && latest && !openDraft && (
        <Button variant="light" color="grape" onClick={() => setDialog('amend')}>
          {t('ui.reports.editor.amend')}
        </Button>
      )}
      {editing && (
        <Button disabled={conflict !== null} onClick={() => setDialog('sign')}>
          {t('ui.reports.editor.sign')}
        </Button>
      )}
    </>
  );

  return (
    <Stack gap="md">
      <ReportHeader
        protocol={view.protocol}
        draft={openDraft}
        writing={editing ? mode.version : null}
        status={
          editing ? (
            <SaveStatus state={autosave.state} onRetry={() => void autosave.flush()} />
          ) : null
        }
        actions={actions}
      />

      {offer && (
        <RestoreOffer
          backup={offer}
          server={openDraft}
          onRestore={() => {
            autosave.replace(offer.sections);
            setOffer(null);
          }}
          onDiscard={() => {
            removeBackup(storage, storageKey);
            setOffer(null);
          }}
        />
      )}
      {conflict && (
        <EditConflict
          theirs={conflict}
          mine={autosave.sections}
          onKeepMine={autosave.keepMine}
          onTakeTheirs={() => {
            autosave.takeTheirs();
            reload();
          }}
        />
      )}
      {autosave.state.phase === 'failed' && <ErrorAlert error={autosave.state.error} />}
      {editing && !autosave.backedUp && (
        <Alert color="yellow" variant="light" icon={<AlertIcon />} role="note">
          {t('ui.reports.save.noBackup')}
        </Alert>
      )}
      {actionError !== null && (
        <ErrorAlert error={actionError} withCloseButton onClose={() => setActionError(null)} />
      )}
      <SyncConflicts conflicts={view.conflicts} onInsert={editing ? putBack : undefined} />
      {latest && sentTo.length > 0 && (
        <Alert color="teal" variant="light" icon={<CheckIcon />} role="status">
          {t('ui.reports.editor.delivered', {
            version: latest.version,
            to: sentTo.map((d) => d.to).join(', '),
          })}
        </Alert>
      )}
      {latest && failed.length > 0 && (
        <Alert color="red" variant="light" icon={<AlertIcon />}>
          {t('ui.reports.editor.deliveryFailed', { to: failed.map((d) => d.to).join(', ') })}
        </Alert>
      )}

      <Grid gutter="md">
        <Grid.Col span={{ base: 12, lg: 3 }}>
          <Stack gap="md">
            <ProtocolFacts protocol={view.protocol} />
            <MaterialList items={view.items} />
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, lg: editing ? 6 : 9 }}>
          <Stack gap="md">
            {editing ? (
              <SectionsForm
                sections={autosave.sections}
                items={view.items}
                bind={bind}
                onChange={autosave.change}
                onReplace={autosave.replace}
                onAdded={(ref) => focusAt(ref)}
              />
            ) : latest ? (
              <Paper
                withBorder
                radius="md"
                p="md"
                component="section"
                aria-labelledby="report-signed"
              >
                <Title order={2} size="h5" mb="xs" id="report-signed">
                  {t('ui.reports.editor.signedTitle', { version: latest.version })}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('ui.reports.editor.signedBy', {
                    by: latest.signerName,
                    when: formatDateTime(latest.signedAt, timeZone),
                  })}
                </Text>
                <Text size="sm" fw={700} mt="sm">
                  {t('ui.reports.section.diagnosis')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {latest.diagnosis || '—'}
                </Text>
                <Text size="xs" c="dimmed" mt="sm">
                  {t('ui.reports.editor.signedReadOnly')}
                </Text>
              </Paper>
            ) : (
              <Paper withBorder radius="md" p="md">
                <Text size="sm" c="dimmed">
                  {t(canWrite ? 'ui.reports.editor.notYet' : 'ui.reports.editor.readOnly')}
                </Text>
              </Paper>
            )}

            <ReportImages
              protocol={code}
              images={openDraft?.images ?? []}
              editable={editing}
              beforeAdd={() => autosave.flush(true)}
              onChanged={reload}
            />
          </Stack>
        </Grid.Col>

        {editing && (
          <Grid.Col span={{ base: 12, lg: 3 }}>
            <PhraseLibrary
              selection={
                selected ? { text: selected.text, diagnosis: selected.ref === 'diagnosis' } : null
              }
              onInsert={insertPhrase}
            />
          </Grid.Col>
        )}
      </Grid>

      {view.versions.length > 0 && (
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="report-versions">
          <Title order={2} size="h5" mb="sm" id="report-versions">
            {t('ui.reports.versions.title')}
          </Title>
          <VersionsTable protocol={code} versions={view.versions} />
        </Paper>
      )}
      {view.versions.length > 0 && (
        <Paper
          withBorder
          radius="md"
          p="md"
          component="section"
          aria-labelledby="report-deliveries"
        >
          <Title order={2} size="h5" mb="sm" id="report-deliveries">
            {t('ui.reports.deliveries.title')}
          </Title>
          <DeliveriesTable deliveries={view.deliveries} />
        </Paper>
      )}

      {dialog === 'sign' && (
        <SignDialog
          view={view}
          version={mode.version}
          beforeSign={() => autosave.flush(true)}
          onClose={() => setDialog(null)}
          onSigned={() => {
            removeBackup(storage, storageKey);
            setDialog(null);
            reload();
          }}
        />
      )}
      {dialog === 'amend' && latest && (
        <AmendDialog
          protocol={code}
          version={latest.version}
          onClose={() => setDialog(null)}
          onAmended={() => {
            setDialog(null);
            reload();
          }}
        />
      )}
    </Stack>
  );
}
