// English messages of sync, devices and number blocks.

import type { syncEs } from './sync-es';

export const syncEn: Partial<Record<keyof typeof syncEs, string>> = {
  'error.enrolCodeInvalid':
    'The enrolment code is not valid, was already used or expired. Ask the admin for a new one.',
  'error.deviceUnknown':
    'The server does not know this workstation. Enrol it again with a new code.',
  'error.deviceRevoked': 'This workstation was revoked on the central server ({when}).',
  'error.clockAhead':
    "This computer's clock is {minutes} min ahead of the server. Fix its date and time; " +
    'changes will be sent afterwards.',
  'error.serverOnly': 'This action is only available on the central server.',
  'error.workstationOnly': 'This action is only available on a workstation.',
  'error.notEnrolled':
    'This workstation is not connected to a central server. Enrol it with ' +
    '"patolab sync enroll --server URL --code CODE".',
  'error.alreadyEnrolled':
    'This workstation is already enrolled at {server} as "{name}". To enrol it again ' +
    '(for instance after it was revoked) add --again.',
  'error.syncRunning': 'A sync is already running.',
  'error.serverUnreachable':
    'Could not reach the central server {server}: {reason}. The workstation keeps ' +
    'working offline.',
  'error.serverAnswer': 'The central server answered with an error: {reason}',
  'error.conflictNotFound': 'Conflict not found.',
  'error.conflictResolved': 'The conflict was already resolved ({when}, by {by}).',
  'error.auditChainBroken':
    "This workstation's audit chain does not match the server's (entry {seq}): {problem}.",
  'error.conflictOnlyAcknowledge':
    'This conflict can only be acknowledged: a status never moves back and a double ' +
    'reception is corrected at the lab.',
  'error.conflictSignedReport':
    'The report of protocol {protocol} is already signed and is not changed from here: this ' +
    'conflict can only be acknowledged. If the text that lost must be in the report, the ' +
    'pathologist adds it in an amendment.',
  'ui.reception.numberPendingHelp':
    'This workstation ran out of numbers from the server. The sample is received under its ' +
    'temporary code; the number is given at the next sync and the label is reprinted.',
  'error.usersOnServer':
    'This workstation is connected to the central server {server}: staff accounts are ' +
    'created and changed there and reach this workstation by sync.',
  'ui.reception.savedPdf': 'Label saved as PDF',
  'error.serverBehind':
    'The central server holds fewer changes than this workstation already received ' +
    '({cursor} and {known}): it looks restored from an older copy. Tell the admin.',
  'sync.numberPending': 'number pending',
};
