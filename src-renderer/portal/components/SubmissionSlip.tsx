// The slip that travels with the sample: the temporary code large and as a QR
// (the desk scans either), who sent it, which animal, when, and what to do with
// it. On paper only the slip is printed (portal.css); the QR holds the code and
// nothing personal, like every label the lab prints.

import { useEffect, useState } from 'react';
import { Button, Group, Image, Paper, Stack, Text } from '@mantine/core';
import QRCode from 'qrcode';
import { PrinterIcon } from '../../components/icons';
import { useI18n } from '../../i18n';

export interface SlipData {
  temporaryCode: string;
  kind: 'histopathology' | 'cytology';
  veterinarian: string;
  licenseNumber: string;
  animal: string;
  /** Shown as typed by the lab's screens: dd/mm/yyyy. */
  date: string;
}

function useQrDataUrl(text: string): string | null {
  const [made, setMade] = useState<{ text: string; url: string } | null>(null);
  useEffect(() => {
    let current = true;
    QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 1, width: 240 }).then(
      (url) => current && setMade({ text, url }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [text]);
  return made?.text === text ? made.url : null;
}

export function SubmissionSlip({ slip }: { slip: SlipData }) {
  const { t } = useI18n();
  const qr = useQrDataUrl(slip.temporaryCode);

  return (
    <Stack gap="sm">
      <Paper withBorder radius="md" p="md" className="portal-slip" component="section">
        <Text size="sm" c="dimmed">
          {t('ui.portal.slip.heading', { kind: t(`kind.${slip.kind}`) })}
        </Text>
        <Text className="portal-slip-code" role="status" aria-label={t('ui.portal.slip.codeLabel')}>
          {slip.temporaryCode}
        </Text>
        <Group align="flex-start" gap="md" wrap="wrap">
          {qr && (
            <Image
              src={qr}
              w={140}
              h={140}
              alt={t('ui.portal.slip.qrAlt', { code: slip.temporaryCode })}
              className="portal-slip-qr"
            />
          )}
          <dl className="facts" style={{ flex: '1 1 200px' }}>
            <dt>{t('ui.protocol.veterinarian')}</dt>
            <dd>
              {slip.veterinarian} ({t('ui.protocol.license')} {slip.licenseNumber})
            </dd>
            <dt>{t('ui.protocol.animal')}</dt>
            <dd>{slip.animal}</dd>
            <dt>{t('ui.portal.slip.date')}</dt>
            <dd>{slip.date}</dd>
          </dl>
        </Group>
        <Text fw={600} mt="sm" className="portal-slip-instructions">
          {t('ui.portal.slip.instructions')}
        </Text>
      </Paper>
      <Group className="portal-no-print">
        <Button leftSection={<PrinterIcon />} onClick={() => window.print()}>
          {t('ui.portal.slip.print')}
        </Button>
      </Group>
    </Stack>
  );
}
