// A new protocol, typed by the vet: kept as a draft while they type, sent with
// `protocols.submit`, and answered with the temporary code and a slip to print
// and put in the package. The veterinarian is the signed-in vet; the form never asks.

import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { localDate } from '../../../src-shared/calendar';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDay } from '../../format';
import { useI18n } from '../../i18n';
import { useCall } from '../../useCall';
import { fullName, useAccount } from '../account';
import { FormErrorAlert } from '../components/FormErrorAlert';
import { SubmissionSlip, type SlipData } from '../components/SubmissionSlip';
import { DraftsList } from '../form/DraftsList';
import { fieldErrors } from '../form/field-errors';
import { ProtocolFields } from '../form/ProtocolFields';
import {
  EMPTY_FORM,
  FIELD_LABEL,
  formFromDraft,
  isBlank,
  toSubmission,
  type ProtocolForm,
} from '../form/protocol-form';
import { useDraftAutosave, type SaveState } from '../form/useDraftAutosave';
import { draftPath, PORTAL_PATHS, protocolPath, replacePath, revisit } from '../routes';
import { formatHourMinute } from '../time';

export function NewProtocol({ draftId }: { draftId: string | null }) {
  if (draftId === null) return <Editor initialForm={EMPTY_FORM} initialDraftId={null} />;
  return <ResumedDraft draftId={draftId} />;
}

function ResumedDraft({ draftId }: { draftId: string }) {
  const { t } = useI18n();
  // There is no call for one draft: the list is short and already capped.
  const drafts = useCall('drafts.list', {});

  if (drafts.error !== null && !drafts.data) return <ErrorAlert error={drafts.error} />;
  if (!drafts.data) return <Loader aria-label={t('ui.common.loading')} />;
  const draft = drafts.data.find((candidate) => candidate.id === draftId);
  if (!draft) return <Editor initialForm={EMPTY_FORM} initialDraftId={null} draftMissing />;
  return <Editor initialForm={formFromDraft(draft.kind, draft.data)} initialDraftId={draft.id} />;
}

interface EditorProps {
  initialForm: ProtocolForm;
  initialDraftId: string | null;
  draftMissing?: boolean;
}

interface Submitted {
  id: string;
  slip: SlipData;
}

function Editor({ initialForm, initialDraftId, draftMissing = false }: EditorProps) {
  const { t } = useI18n();
  const { account } = useAccount();
  const [form, setForm] = useState(initialForm);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [submitted, setSubmitted] = useState<Submitted | null>(null);

  const autosave = useDraftAutosave({
    form,
    initialForm,
    initialDraftId,
    enabled: submitted === null && !isBlank(form),
    // A reload then reopens the same draft.
    onSaved: (id) => replacePath(draftPath(id)),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const draftId = await autosave.settle();
    try {
      const result = await call('protocols.submit', toSubmission(form, draftId));
      const animal = [form.animal.species, form.animal.breed, form.animal.identification]
        .map((part) => part.trim())
        .filter(Boolean)
        .join(' · ');
      setSubmitted({
        id: result.id,
        slip: {
          temporaryCode: result.temporaryCode,
          kind: form.kind,
          veterinarian: fullName(account),
          licenseNumber: account.licenseNumber,
          animal,
          date: formatDay(form.submissionDate || localDate(new Date()).iso),
        },
      });
      // The draft is gone with the submission; a reload starts a new form.
      replacePath(PORTAL_PATHS.newProtocol);
      window.scrollTo({ top: 0 });
    } catch (caught) {
      setError(caught);
      autosave.resume();
    } finally {
      setBusy(false);
    }
  }

  if (submitted) {
    return (
      <Stack gap="md">
        <Title order={1} size="h2" className="portal-no-print">
          {t('ui.portal.submitted.title')}
        </Title>
        <Text className="portal-no-print">{t('ui.portal.submitted.explain')}</Text>
        <SubmissionSlip slip={submitted.slip} />
        <Group className="portal-no-print">
          <Button component="a" href={protocolPath(submitted.id)} variant="default">
            {t('ui.portal.submitted.open')}
          </Button>
          <Button variant="subtle" onClick={() => revisit(PORTAL_PATHS.newProtocol)}>
            {t('ui.portal.submitted.another')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const errors = fieldErrors(error);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('ui.portal.newProtocol.title')}
        </Title>
        <SaveStatus state={autosave.state} />
      </Group>
      {draftMissing && (
        <Alert color="yellow" variant="light">
          {t('ui.portal.drafts.missing')}
        </Alert>
      )}
      <DraftsList currentId={autosave.draftId} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <ProtocolFields form={form} onChange={setForm} errors={errors} />
          {error !== null && <FormErrorAlert error={error} errors={errors} labels={FIELD_LABEL} />}
          <Paper withBorder radius="md" p="md">
            <Group justify="space-between" gap="sm">
              <Text size="sm" c="dimmed" maw={520}>
                {t('ui.portal.newProtocol.beforeSubmit')}
              </Text>
              <Button type="submit" loading={busy}>
                {t('ui.portal.newProtocol.submit')}
              </Button>
            </Group>
          </Paper>
        </Stack>
      </form>
    </Stack>
  );
}

function SaveStatus({ state }: { state: SaveState }) {
  const { t, errorText } = useI18n();
  const text =
    state.phase === 'saving'
      ? t('ui.portal.draft.saving')
      : state.phase === 'saved'
        ? t('ui.portal.draft.saved', { time: formatHourMinute(state.at) })
        : state.phase === 'failed'
          ? t('ui.portal.draft.failed', { reason: errorText(state.error) })
          : '';
  return (
    <Text size="sm" c={state.phase === 'failed' ? 'red' : 'dimmed'} role="status">
      {text}
    </Text>
  );
}
