import { describe, expect, it } from 'vitest';
import type { DeliveryView } from '../../../src-shared/report-contract';
import { waitsForMailServer } from '../../../src-renderer/screens/report/delivery-notice';

function delivery(status: DeliveryView['status']): DeliveryView {
  return {
    id: `d-${status}`,
    version: 1,
    to: 'laura.gomez@example.org',
    status,
    attempts: 0,
    lastError: null,
    createdAt: '2026-12-04T13:00:00.000Z',
    sentAt: status === 'sent' ? '2026-12-04T13:01:00.000Z' : null,
  };
}

describe('the report screen says when its mail waits for a mail server', () => {
  it('tells the pathologist when a report waits and no mail server is configured', () => {
    expect(waitsForMailServer([delivery('pending')], false)).toBe(true);
    expect(waitsForMailServer([delivery('sent'), delivery('sending')], false)).toBe(true);
  });

  it('says nothing when the workstation has a mail server', () => {
    expect(waitsForMailServer([delivery('pending')], true)).toBe(false);
  });

  it('says nothing once every mail was sent or failed, configured or not', () => {
    expect(waitsForMailServer([delivery('sent'), delivery('failed')], false)).toBe(false);
    expect(waitsForMailServer([], false)).toBe(false);
  });

  it('says nothing while the settings are still loading', () => {
    expect(waitsForMailServer([delivery('pending')], null)).toBe(false);
  });
});
