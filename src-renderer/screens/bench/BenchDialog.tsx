// The frame every bench action opens in: a form in a modal, with its error
// and two buttons. Enter anywhere in it confirms, as everywhere in the lab's
// screens (Ctrl+Enter inside a notes box); Esc cancels.

import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useI18n } from '../../i18n';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { WorkView } from '../../../src-shared/processing-contract';
import type { PrintedLabels } from './LabelOutcome';
import type { Selection } from './selection';

interface Props {
  title: string;
  submitLabel: string;
  danger?: boolean;
  busy: boolean;
  error: unknown;
  /** Why the action cannot run yet; the submit button stays off while set. */
  blocked?: boolean;
  size?: string;
  onClose(): void;
  onSubmit(): void;
  children: ReactNode;
  /** Buttons beside the main one (download a PDF next to printing). */
  extraActions?: ReactNode;
}

export function BenchDialog(props: Props) {
  const { t } = useI18n();
  const { busy, blocked = false } = props;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!busy && !blocked) props.onSubmit();
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== 'Enter' || event.defaultPrevented || event.nativeEvent.isComposing) return;
    const target = event.target as HTMLElement;
    if (target.tagName === 'BUTTON' || target.tagName === 'A') return;
    if (target.tagName === 'TEXTAREA' && !(event.ctrlKey || event.metaKey)) return;
    // An open list (a stain being picked) takes its Enter for itself.
    if (target.getAttribute('aria-expanded') === 'true') return;
    event.preventDefault();
    event.currentTarget.requestSubmit();
  }

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={props.title}
      size={props.size ?? 'lg'}
      returnFocus={false}
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <form onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        <Stack>
          {props.children}
          {props.error !== null && props.error !== undefined && <ErrorAlert error={props.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('ui.common.cancel')}
            </Button>
            {props.extraActions}
            <Button
              type="submit"
              color={props.danger ? 'red' : undefined}
              loading={busy}
              disabled={blocked}
            >
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** What an action left behind: items to select next, and labels it printed. */
export interface ActionDone {
  select?: string[];
  printed?: PrintedLabels[];
  /** A sentence worth telling the technician (the protocol is now ready). */
  notice?: string;
  /** What stopped an action half done; what it did before that stays done. */
  error?: unknown;
}

/** What every bench action dialog is given. */
export interface ActionProps {
  work: WorkView;
  selection: Selection;
  onClose(): void;
  onDone(done: ActionDone): void;
}
