// English mail to the referring veterinarian, for a vet whose portal account chose English.
// Same keys and parameters as mail-es.ts.

import type { mailEs } from './mail-es';

export const mailEn: Record<keyof typeof mailEs, string> = {
  'mail.signature': 'Veterinary Pathology Laboratory',
  'mail.portal': 'You can follow the protocol on the laboratory portal:\n{link}\n\n',

  'mail.received.subject': 'Sample received: protocol {number}',
  'mail.received.body':
    'Dear {vet},\n\n' +
    'We received the sample sent with code {temporaryCode} ({kind}, {animal}).\n' +
    'Its protocol number is {number}. Please quote it in any enquiry.\n\n' +
    'Sample condition: {condition}.\n{discrepancies}' +
    'Received on: {when}.\n\n' +
    '{portal}{signature}',
  'mail.received.discrepancies': 'Notes at reception: {text}\n',

  'mail.rejected.subject': 'Sample rejected: {temporaryCode}',
  'mail.rejected.body':
    'Dear {vet},\n\n' +
    'The sample sent with code {temporaryCode} ({kind}, {animal}) could not be ' +
    'accepted.\n\nReason: {reason}\n\n' +
    'Please contact the laboratory to arrange a new submission.\n\n' +
    '{portal}{signature}',

  'mail.processing.subject': 'Protocol {number}: the sample is being processed',
  'mail.processing.body':
    'Dear {vet},\n\n' +
    'The sample of protocol {number} ({kind}, {animal}) is now being processed at the ' +
    'laboratory.\n\n' +
    'We will let you know when the report is available.\n\n' +
    '{portal}{signature}',

  'mail.ready.subject': 'Protocol {number}: the report is being written',
  'mail.ready.body':
    'Dear {vet},\n\n' +
    'The slides of protocol {number} ({kind}, {animal}) are ready and the pathologist ' +
    'is writing the report.\n\n' +
    'We will let you know when the report is available.\n\n' +
    '{portal}{signature}',

  'mail.report.subject.histopathology': 'Histopathology report available: {number}',
  'mail.report.subject.cytology': 'Cytology report available: {number}',
  'mail.report.kind.histopathology': 'histopathology',
  'mail.report.kind.cytology': 'cytology',
  'mail.report.body':
    'Dear {vet},\n\n' +
    'Please find attached the signed {report} report of protocol {number} ({animal}), ' +
    'signed by {signer} on {signedDay} at {signedTime}.\n\n' +
    '{portal}{signature}',
  'mail.report.portal': 'You can also read and download it on the laboratory portal:\n{link}\n\n',
  'mail.report.amended.subject': 'Amended report: {number} (version {version})',
  'mail.report.amended.body':
    'Dear {vet},\n\n' +
    'Please find attached the amended report of protocol {number} ({animal}): ' +
    'version {version}, signed by {signer} on {signedDay} at {signedTime}.\n\n' +
    'It replaces version {replaces} of {replacedAt}.\n' +
    'Reason for the amendment: {reason}\n\n' +
    '{portal}{signature}',
  'mail.report.amended.portal':
    'On the laboratory portal you can read and download this version and the earlier ones:\n' +
    '{link}\n\n',
  // The PDF is the lab's Spanish document whatever the mail's language: it keeps its name.
  'mail.report.attachment': 'Informe {number} v{version}.pdf',
  'mail.report.sender': 'Mail sender',
  'mail.report.accepted': 'Report version {version} accepted by the mail server',
  'mail.report.missing':
    'The signed report this mail must carry is missing (version {id}); it is not sent without it',
  'mail.report.damaged':
    'The signed PDF of version {version} does not match its SHA-256 fingerprint; ' +
    'an altered report is not sent',

  'mail.status.subject': 'Protocol {number}: new status “{status}”',
  'mail.status.body':
    'Dear {vet},\n\n' +
    'Protocol {number} ({kind}, {animal}) moved to the status “{status}”.\n\n' +
    '{portal}{signature}',
};
