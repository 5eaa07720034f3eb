// The outcome of a reception: the lab's number, large enough to copy onto a
// paper form from across the desk, and whether its label came out of the printer.

import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { PrintOutcome } from '../../../src-shared/contract';
import { useI18n } from '../../i18n';
import { CheckIcon, DownloadIcon, PrinterIcon } from '../../components/icons';
import { MailNotice } from './MailNotice';

interface Props {
  /** Null when the desk ran out of leased numbers offline. */
  protocolNumber: string | null;
  temporaryCode: string;
  print: PrintOutcome;
  reprints: number;
  mailQueued: boolean;
  busy: 'reprint' | 'pdf' | null;
  onReprint(): void;
  onDownloadPdf(): void;
}

export function PrintOutcomeBadge({ print }: { print: PrintOutcome }) {
  const { t } = useI18n();
  if (print.status === 'printed') {
    // With no label printer the label is a PDF file: saying "printed" would send
    // someone to a printer for a jar label that is not there.
    const savedAsPdf = print.printerUri?.startsWith('pdf:') ?? false;
    return (
      <Badge size="xl" tt="none" color="teal" variant="light" leftSection={<CheckIcon size={16} />}>
        {t(savedAsPdf ? 'ui.reception.savedPdf' : 'ui.reception.printed')}
      </Badge>
    );
  }
  if (print.status === 'failed') {
    return (
      <Badge size="xl" tt="none" color="red" variant="filled">
        {t('ui.reception.printFailed')}
      </Badge>
    );
  }
  return (
    <Badge size="xl" tt="none" color="gray" variant="light">
      {t('ui.reception.printSkipped')}
    </Badge>
  );
}

export function ReceivedPanel(props: Props) {
  const { t } = useI18n();
  const { print } = props;
  const failed = print.status === 'failed';
  const shownNumber = props.protocolNumber ?? t('sync.numberPending');

  return (
    <Paper withBorder radius="md" p="lg" bg={failed ? 'red.0' : 'teal.0'} aria-live="polite">
      <Stack gap="sm">
        <Text size="sm" fw={600} c="teal.9">
          {t('ui.reception.receivedTitle', { code: props.temporaryCode })}
        </Text>
        <Group align="center" gap="xl" wrap="wrap">
          <Text
            component="output"
            className="protocol-number"
            c="dark.8"
            aria-label={t('ui.reception.numberAria', { number: shownNumber })}
          >
            {shownNumber}
          </Text>
          <Stack gap={4}>
            <PrintOutcomeBadge print={print} />
            {print.printerUri && (
              <Text size="xs" c="dimmed" ff="monospace">
                {print.printerUri}
              </Text>
            )}
            {props.reprints > 0 && (
              <Text size="xs" c="dimmed">
                {t('ui.reception.reprinted', { count: props.reprints })}
              </Text>
            )}
          </Stack>
        </Group>
        {props.protocolNumber === null && (
          <Alert color="orange" title={t('sync.numberPending')}>
            {t('ui.reception.numberPendingHelp')}
          </Alert>
        )}

        {failed && (
          <Alert
            color="red"
            variant="outline"
            bg="white"
            title={t('ui.reception.printFailedTitle')}
          >
            <Text size="sm">{print.error ?? t('ui.common.unknownError')}</Text>
            <Text size="sm" mt={4}>
              {t('ui.reception.printFailedHelp')}
            </Text>
          </Alert>
        )}

        <Group justify="space-between" wrap="wrap">
          <MailNotice queued={props.mailQueued} queuedKey="ui.reception.mailQueued" />
          <Group>
            <Button
              variant="default"
              leftSection={<PrinterIcon />}
              onClick={props.onReprint}
              loading={props.busy === 'reprint'}
            >
              {t('ui.reception.reprint')}
            </Button>
            <Button
              variant="default"
              leftSection={<DownloadIcon />}
              onClick={props.onDownloadPdf}
              loading={props.busy === 'pdf'}
            >
              {t('ui.reception.downloadPdf')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
