// Loads a protocol's report and keeps it current: while a signed report's mail
// is on its way, the screen asks again every few seconds until the mail
// server accepted it or gave up. The workbench below starts over whenever what
// can be written changes (a report signed, an amendment opened).

import { useEffect } from 'react';
import { Anchor, Group, Loader, Stack } from '@mantine/core';
import type { ReportView } from '../../../src-shared/report-contract';
import { useI18n } from '../../i18n';
import { hasRole, useSession } from '../../session';
import { PATHS } from '../../routes';
import { useCall } from '../../useCall';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ArrowLeftIcon } from '../../components/icons';
import { editorMode } from './editor-mode';
import { ReportHelpButton } from './ReportHelpButton';
import { ReportWorkbench } from './ReportWorkbench';

const POLL_MS = 3000;
/** Mail still waiting long after signing (the lab offline, say) is asked about less often. */
const SLOW_POLL_MS = 30_000;
/** How long after signing the mail is watched closely, and awaited even before it is queued. */
const FRESH_MS = 120_000;

/** When to ask again, or null when every mail of the report went or failed. */
function nextPoll(view: ReportView, now: number): number | null {
  const latest = [...view.versions].sort((a, b) => b.version - a.version)[0];
  const fresh = latest !== undefined && now - Date.parse(latest.signedAt) < FRESH_MS;
  if (view.deliveries.some((d) => d.status === 'pending' || d.status === 'sending')) {
    return fresh ? POLL_MS : SLOW_POLL_MS;
  }
  const queued = latest !== undefined && view.deliveries.some((d) => d.version === latest.version);
  return fresh && !queued ? POLL_MS : null;
}

export function ReportEditor({ code }: { code: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const { data: view, error, reload } = useCall('reports.get', { protocol: code });

  useEffect(() => {
    const wait = view ? nextPoll(view, Date.now()) : null;
    if (wait === null) return;
    const timer = setTimeout(reload, wait);
    return () => clearTimeout(timer);
  }, [view, reload]);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Anchor href={PATHS.reports} size="sm">
          <Group gap={4} component="span">
            <ArrowLeftIcon size={16} />
            {t('ui.reports.editor.back')}
          </Group>
        </Anchor>
        <ReportHelpButton />
      </Group>
      {error !== null && <ErrorAlert error={error} />}
      {!view && error === null && <Loader aria-label={t('ui.common.loading')} />}
      {view && (
        <ReportWorkbench
          key={editorMode(view, hasRole(user, 'pathologist')).key}
          view={view}
          reload={reload}
        />
      )}
    </Stack>
  );
}
