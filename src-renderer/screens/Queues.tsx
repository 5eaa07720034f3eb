// Mail waiting to leave and labels waiting to print. Nothing here is lost when
// the network or a printer is down: it waits, and can be retried from here.

import { useEffect, useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import type { OutboxView, PrintJobView } from '../../src-shared/contract';
import { onServerEvent } from '../api';
import { useCall } from '../useCall';
import { useI18n } from '../i18n';
import { PATHS } from '../routes';
import { ErrorAlert } from '../components/ErrorAlert';
import { MailsTable } from '../components/MailsTable';
import { PrintJobsTable } from '../components/PrintJobsTable';
import { InfoIcon, MailIcon, PrinterIcon, RefreshIcon } from '../components/icons';

const REFRESH_MS = 15_000;

type MailFilter = 'all' | OutboxView['status'];
type PrintFilter = 'all' | PrintJobView['status'];

function FailedCount({ count }: { count: number }) {
  const { t } = useI18n();
  if (count === 0) return null;
  return (
    <Badge color="red" size="sm" aria-label={t('ui.queues.failedCount', { count })}>
      {count}
    </Badge>
  );
}

export function Queues() {
  const { t } = useI18n();
  const [mailFilter, setMailFilter] = useState<MailFilter>('all');
  const [printFilter, setPrintFilter] = useState<PrintFilter>('all');
  const outbox = useCall('mail.outbox', {
    status: mailFilter === 'all' ? undefined : mailFilter,
  });
  const printJobs = useCall('printing.jobs', {
    status: printFilter === 'all' ? undefined : printFilter,
  });
  const mails = outbox.data?.items ?? [];
  const jobs = printJobs.data ?? [];
  const error = outbox.error ?? printJobs.error;
  const reloadMail = outbox.reload;
  const reloadJobs = printJobs.reload;
  const reload = () => {
    reloadMail();
    reloadJobs();
  };

  useEffect(() => {
    const both = () => {
      reloadMail();
      reloadJobs();
    };
    const timer = setInterval(both, REFRESH_MS);
    const unsubscribe = onServerEvent(both);
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }, [reloadMail, reloadJobs]);

  const failedMails = mails.filter((m) => m.status === 'failed').length;
  const failedJobs = jobs.filter((j) => j.status === 'failed').length;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('ui.queues.title')}
        </Title>
        <Button
          variant="default"
          leftSection={<RefreshIcon />}
          loading={outbox.loading || printJobs.loading}
          onClick={reload}
        >
          {t('ui.common.refresh')}
        </Button>
      </Group>

      {outbox.data && !outbox.data.configured && (
        <Alert color="yellow" variant="light" icon={<InfoIcon />}>
          {t('error.mailNotConfigured')}{' '}
          <Anchor href={PATHS.settings}>{t('ui.queues.configureMail')}</Anchor>
        </Alert>
      )}
      {error !== null && <ErrorAlert error={error} />}

      <Paper withBorder radius="md" p="md">
        <Tabs defaultValue="mail" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab
              value="mail"
              leftSection={<MailIcon />}
              rightSection={<FailedCount count={failedMails} />}
            >
              {t('ui.queues.outbox')}
            </Tabs.Tab>
            <Tabs.Tab
              value="print"
              leftSection={<PrinterIcon />}
              rightSection={<FailedCount count={failedJobs} />}
            >
              {t('ui.queues.printQueue')}
            </Tabs.Tab>
          </Tabs.List>

          <Tabs.Panel value="mail" pt="md">
            <Group mb="sm" justify="space-between">
              <SegmentedControl
                size="xs"
                aria-label={t('ui.queues.filter')}
                value={mailFilter}
                onChange={(value) => setMailFilter(value as MailFilter)}
                data={(['all', 'pending', 'sending', 'sent', 'failed'] as const).map((value) => ({
                  value,
                  label: value === 'all' ? t('ui.protocols.all') : t(`ui.mail.${value}`),
                }))}
              />
              <Text size="xs" c="dimmed">
                {t('ui.queues.mailExplain')}
              </Text>
            </Group>
            <MailsTable mails={mails} onChanged={reloadMail} />
          </Tabs.Panel>

          <Tabs.Panel value="print" pt="md">
            <Group mb="sm" justify="space-between">
              <SegmentedControl
                size="xs"
                aria-label={t('ui.queues.filter')}
                value={printFilter}
                onChange={(value) => setPrintFilter(value as PrintFilter)}
                data={(['all', 'pending', 'printed', 'failed'] as const).map((value) => ({
                  value,
                  label: value === 'all' ? t('ui.protocols.all') : t(`ui.print.${value}`),
                }))}
              />
              <Text size="xs" c="dimmed">
                {t('ui.queues.printExplain')}
              </Text>
            </Group>
            <PrintJobsTable jobs={jobs} showProtocol onChanged={reloadJobs} />
          </Tabs.Panel>
        </Tabs>
      </Paper>
    </Stack>
  );
}
