import type { es } from './es';
import { syncEn } from './sync-en';
import { processingEn } from './processing-en';
import { benchEn } from './bench-en';
import { printersEn } from './printers-en';
import { portalUiEn } from './portal-ui-en';
import { portalDataEn } from './portal-data-en';
import { portalAuthEn } from './portal-auth-en';
import { mailEn } from './mail-en';
import { reportPdfEn } from './report-pdf-en';
import { reportsEn } from './reports-en';
import { reportsUiEn } from './reports-ui-en';

export const en: Partial<Record<keyof typeof es, string>> = {
  ...syncEn,
  ...processingEn,
  ...benchEn,
  ...printersEn,
  ...portalUiEn,
  ...portalDataEn,
  ...portalAuthEn,
  ...mailEn,
  ...reportPdfEn,
  ...reportsEn,
  ...reportsUiEn,
  'error.validation': 'Some data is missing or invalid: {details}.',
  'error.unauthenticated': 'Please sign in to continue.',
  'error.forbidden': 'Your user is not allowed to do this.',
  'error.notFound': '{what} was not found.',
  'error.internal': 'An unexpected error occurred. Details were written to the system log.',
  'error.badCredentials': 'Wrong email or password.',
  'error.accountLocked':
    'The account is locked after failed attempts. Try again at {until} or ask an admin to unlock it.',
  'error.accountInactive': 'The account is disabled. Ask an administrator.',
  'error.protocolNotFound': 'There is no protocol with code “{code}”.',
  'error.codeNotRecognized':
    '“{code}” does not look like a protocol code. Scan or type the temporary code ' +
    '(TMP-HP-20261204-007) or the number (HP 26/001).',
  'error.alreadyReceived': 'This protocol was already received ({number}, {when}, by {by}).',
  'error.alreadyRejected': 'This protocol was already rejected ({when}, by {by}): {reason}',
  'error.notReceivable': 'A protocol in status “{status}” cannot be received.',
  'error.rejectReasonRequired': 'Give the reason for the rejection.',
  'error.emailTaken': 'A user with email {email} already exists.',
  'error.weakPassword': 'The password must have at least {min} characters.',
  'error.lastAdmin': 'The last active administrator cannot lose the admin role.',
  'error.printJobNotFound': 'Print job not found.',
  'error.printerOverride': 'Only an admin may print to a printer other than the configured one.',
  'error.noPrinter': 'No printer is configured for jar labels.',
  'error.mailNotConfigured': 'Mail is not configured: messages wait in the outbox.',
  'status.draft': 'Draft',
  'status.submitted': 'Submitted',
  'status.received': 'Received',
  'status.rejected': 'Rejected',
  'status.processing': 'Processing',
  'status.ready': 'Ready',
  'status.report_sent': 'Report sent',
  'kind.histopathology': 'Histopathology',
  'kind.cytology': 'Cytology',
  'condition.optimal': 'Optimal',
  'condition.acceptable': 'Acceptable',
  'condition.suboptimal': 'Suboptimal',
  'condition.rejected': 'Rejected',
  'sex.male': 'Male',
  'sex.female': 'Female',
  'sex.unknown': 'Unknown',

  'ui.web.foreignHost': 'This address is not Patolab on this machine. Use http://127.0.0.1.',
  'ui.web.csrf':
    'The request was refused because it did not come from the Patolab app. ' +
    'Open the app again and retry.',
  'ui.web.bodyTooLarge': 'The request is too large (1 MB at most).',
  'ui.web.badRequest': 'The request could not be read. Reload the page and try again.',
  'ui.web.tooManyRequests':
    'Too many requests from this address. Wait {seconds} seconds and try again.',

  'ui.server.foreignHost':
    'This Patolab central server does not answer to the name “{host}”. If it is the right ' +
    'name, the administrator must start it with --public-host {host}.',
  'ui.server.databaseUnreachable':
    'The central server cannot query its database and answers no requests until it ' +
    'responds again. Check that the database is running and reachable.',

  'ui.error.network': 'Could not reach the Patolab service. Check that it is running.',
  'ui.errorTitle.notFound': 'Not found',
  'ui.errorTitle.conflict': 'Already recorded',
  'ui.errorTitle.validation': 'Check the data',
  'ui.errorTitle.forbidden': 'Not allowed',
  'ui.errorTitle.locked': 'Account locked',
  'ui.errorTitle.unavailable': 'Service unavailable',
  'ui.errorTitle.generic': 'Error',

  'ui.common.loading': 'Loading…',
  'ui.common.retry': 'Retry',
  'ui.common.refresh': 'Refresh',
  'ui.common.save': 'Save',
  'ui.common.cancel': 'Cancel',
  'ui.common.close': 'Close',
  'ui.common.actions': 'Actions',
  'ui.common.unknownError': 'Unknown error.',

  'ui.app.tagline': 'Veterinary Anatomic Pathology Laboratory',
  'ui.app.unreachableTitle': 'Patolab is not answering',

  'ui.signIn.email': 'Email',
  'ui.signIn.password': 'Password',
  'ui.signIn.submit': 'Sign in',
  'ui.signIn.failedTitle': 'Could not sign in',
  'ui.signIn.expired': 'Your session ended. Sign in again to continue.',
  'ui.signIn.staffOnly': 'For laboratory staff.',

  'ui.nav.main': 'Main navigation',
  'ui.nav.reception': 'Reception',
  'ui.nav.protocols': 'Protocols',
  'ui.nav.queues': 'Outbox and printing',
  'ui.nav.settings': 'Printing and mail',
  'ui.nav.users': 'Users',
  'ui.nav.sync': 'Sync',
  'ui.nav.help': 'Help',
  'ui.nav.language': 'Language',
  'ui.nav.userMenu': 'User menu',
  'ui.nav.signOut': 'Sign out',
  'ui.nav.shortcutsHint': 'Keyboard shortcuts and help:',

  'ui.role.admin': 'Administrator',
  'ui.role.reception': 'Reception',
  'ui.role.technician': 'Technician',
  'ui.role.pathologist': 'Pathologist',

  'ui.help.title': 'Help',
  'ui.help.shortcutsTitle': 'Keyboard shortcuts',
  'ui.help.keyHelp': 'Open this help',
  'ui.help.keyTab': 'Move to the next field or button (Shift + Tab: previous)',
  'ui.help.keyEnter': 'Look up the scanned code, receive, or submit the form',
  'ui.help.keyCtrlEnter': 'Receive from a long text field (discrepancies, notes)',
  'ui.help.keyEsc': 'Close a dialog or this help; on Reception, clear the code',
  'ui.help.receptionTitle': 'Receiving a sample',
  'ui.help.queuesTitle': 'Outbox and printing',
  'ui.help.queuesMail':
    'Every notice to a vet is first stored in the outbox and sent when there is a ' +
    'connection. If mail is not configured, messages wait there and are not lost.',
  'ui.help.queuesPrint':
    'Every label is a print job. If the printer does not answer, the job is marked failed ' +
    'and can be retried when the printer is back.',
  'ui.help.languageNote':
    'The language (ES/EN) is chosen at the top right and remembered on this computer.',

  'ui.help.syncTitle': 'Syncing with the server',
  'ui.receptionHelp.title': 'How to receive a sample',
  'ui.receptionHelp.step1': 'Scan the jar’s code (or type it) and press',
  'ui.receptionHelp.step2':
    'Compare the sample with the protocol shown: animal, vet, number of jars or slides.',
  'ui.receptionHelp.step3a': 'If everything matches, press',
  'ui.receptionHelp.step3b':
    'again: it is received in optimal condition with the declared count. If something ' +
    'differs, correct the condition or count and note the discrepancies first.',
  'ui.receptionHelp.step4':
    'The definitive protocol number appears in large type and the label prints. ' +
    'The vet gets a notice by email.',
  'ui.receptionHelp.reject':
    'If the sample cannot be processed (no formalin, unlabelled, broken jar), use ' +
    '“Reject” and give the reason: the vet receives it by email.',
  'ui.receptionHelp.printFailedTitle': 'If printing fails:',
  'ui.receptionHelp.printFailed':
    'the reception is already recorded and the number is kept. Check the printer (on, ' +
    'paper loaded, connected) and use “Reprint”, or download the label as PDF and print ' +
    'it elsewhere.',
  'ui.receptionHelp.scanner':
    'The barcode scanner acts as a keyboard: if a scanned code is not found, try typing ' +
    'it. Separators swapped by the keyboard layout are corrected automatically.',

  'ui.reception.title': 'Sample reception',
  'ui.reception.scanLabel': 'Jar code',
  'ui.reception.scanPlaceholder': 'Scan or type TMP-HP-20261204-007 or HP 26/001',
  'ui.reception.scanHint': 'Scan the jar’s code and press',
  'ui.reception.enterToReceive': 'to receive',
  'ui.reception.escToCancel': 'to cancel',
  'ui.reception.blockedTitle': 'Cannot be received',
  'ui.reception.condition': 'Sample condition',
  'ui.reception.containersReceived': 'Jars received',
  'ui.reception.slidesReceived': 'Slides received',
  'ui.reception.declared': 'Declared on the protocol: {count}',
  'ui.reception.countDiffers': 'Differs from the declared count ({declared}): note it below',
  'ui.reception.discrepancies': 'Discrepancies',
  'ui.reception.discrepanciesPlaceholder': 'Differences between the sample and the protocol',
  'ui.reception.notes': 'Internal notes',
  'ui.reception.formHint': 'Enter in a field receives; in long texts,',
  'ui.reception.receive': 'Receive',
  'ui.reception.reject': 'Reject',
  'ui.reception.receivedTitle': 'Sample received ({code}). Protocol number assigned:',
  'ui.reception.numberAria': 'Protocol number {number}',
  'ui.reception.printed': 'Label printed',
  'ui.reception.printFailed': 'Printing failed',
  'ui.reception.printSkipped': 'Not printed: no printer configured',
  'ui.reception.printFailedTitle': 'The label did not print',
  'ui.reception.printFailedHelp':
    'The reception is recorded with its number. Check the printer and use “Reprint”, or ' +
    'download the label as PDF.',
  'ui.reception.reprinted': 'Reprints: {count}',
  'ui.reception.reprint': 'Reprint',
  'ui.reception.downloadPdf': 'Download label PDF',
  'ui.reception.mailQueued': 'Reception notice for the vet is in the outbox.',
  'ui.reception.mailNotQueued': 'No email notice was created.',
  'ui.reception.mailByServer':
    "The lab's server will email the vet when this record reaches it (at the next sync).",
  'ui.reception.rejectedTitle': 'Sample rejected',
  'ui.reception.rejectedReason': 'Reason: {reason}',
  'ui.reception.rejectMailQueued': 'Rejection notice for the vet is in the outbox.',

  'ui.reject.title': 'Reject sample {code}',
  'ui.reject.explanation':
    'The sample gets no protocol number. The vet receives the reason by email.',
  'ui.reject.reason': 'Reason for rejection',
  'ui.reject.reasonPlaceholder': 'For example: jar without formalin, unlabelled sample',
  'ui.reject.confirm': 'Reject sample',

  'ui.deskLog.title': 'Activity at this desk',
  'ui.deskLog.empty': 'No sample has been received or rejected at this desk yet.',

  'ui.protocol.veterinarian': 'Vet',
  'ui.protocol.license': 'License',
  'ui.protocol.animal': 'Animal',
  'ui.protocol.identification': 'Identification',
  'ui.protocol.owner': 'Owner',
  'ui.protocol.submitted': 'Submission date',
  'ui.protocol.createdAt': 'Registered',
  'ui.protocol.material': 'Material submitted',
  'ui.protocol.technique': 'Technique and site',
  'ui.protocol.containersDeclared': 'Jars declared',
  'ui.protocol.slidesDeclared': 'Slides declared',
  'ui.protocol.presumptiveDiagnosis': 'Presumptive diagnosis',
  'ui.protocol.clinicalHistory': 'Clinical history',
  'ui.protocol.academicInterest': 'Academic interest',

  'ui.protocols.title': 'Protocols',
  'ui.protocols.count': '{count} protocols',
  'ui.protocols.search': 'Search',
  'ui.protocols.searchPlaceholder': 'Code, number, vet, animal or owner',
  'ui.protocols.status': 'Status',
  'ui.protocols.kind': 'Study',
  'ui.protocols.from': 'From',
  'ui.protocols.to': 'To',
  'ui.protocols.all': 'All',
  'ui.protocols.clearFilters': 'Clear filters',
  'ui.protocols.empty': 'No protocol matches the search.',
  'ui.protocols.col.number': 'Number / code',
  'ui.protocols.col.kind': 'Study',
  'ui.protocols.col.status': 'Status',
  'ui.protocols.col.veterinarian': 'Vet',
  'ui.protocols.col.animal': 'Animal',
  'ui.protocols.col.owner': 'Owner',
  'ui.protocols.col.submitted': 'Submitted',
  'ui.protocols.col.received': 'Received',

  'ui.pagination.first': 'First page',
  'ui.pagination.previous': 'Previous page',
  'ui.pagination.next': 'Next page',
  'ui.pagination.last': 'Last page',

  'ui.detail.back': 'Back to the protocol list',
  'ui.detail.veterinarian': 'Submitting vet',
  'ui.detail.name': 'Name',
  'ui.detail.email': 'Email',
  'ui.detail.phone': 'Phone',
  'ui.detail.animal': 'Animal and owner',
  'ui.detail.species': 'Species',
  'ui.detail.breed': 'Breed',
  'ui.detail.sex': 'Sex',
  'ui.detail.age': 'Age',
  'ui.detail.clinical': 'Clinical data',
  'ui.detail.sample': 'Declared sample',
  'ui.detail.site': 'Sampling site',
  'ui.detail.reception': 'Reception',
  'ui.detail.notReceived': 'The sample has not been through reception yet.',
  'ui.detail.outcome': 'Outcome',
  'ui.detail.recordedBy': 'Recorded by',
  'ui.detail.recordedAt': 'Date and time',
  'ui.detail.history': 'Status history',
  'ui.detail.printJobs': 'Print jobs',
  'ui.detail.mails': 'Mail',

  'ui.print.pending': 'Pending',
  'ui.print.printed': 'Printed',
  'ui.print.failed': 'Failed',
  'ui.print.none': 'No print jobs.',
  'ui.print.col.createdAt': 'Date',
  'ui.print.col.protocol': 'Protocol',
  'ui.print.col.label': 'Label',
  'ui.print.col.printer': 'Printer',
  'ui.print.col.status': 'Status',
  'ui.print.col.attempts': 'Attempts',
  'ui.print.col.error': 'Last error',
  'ui.labelKind.jar': 'Jar',
  'ui.labelKind.test': 'Test',

  'ui.mail.pending': 'Waiting',
  'ui.mail.sending': 'Sending',
  'ui.mail.sent': 'Sent',
  'ui.mail.failed': 'Failed',
  'ui.mail.none': 'No mail.',
  'ui.mail.sendNow': 'Send now',
  'ui.mail.sentAt': 'Sent {when}',
  'ui.mail.nextAttempt': 'Next attempt {when}',
  'ui.mail.col.createdAt': 'Date',
  'ui.mail.col.to': 'To',
  'ui.mail.col.subject': 'Subject',
  'ui.mail.col.status': 'Status',
  'ui.mail.col.attempts': 'Attempts',
  'ui.mail.col.when': 'Delivery',
  'ui.mail.col.error': 'Last error',

  'ui.queues.title': 'Outbox and printing',
  'ui.queues.outbox': 'Outbox',
  'ui.queues.printQueue': 'Print queue',
  'ui.queues.filter': 'Filter by status',
  'ui.queues.failedCount': '{count} failed',
  'ui.queues.configureMail': 'Configure mail',
  'ui.queues.mailExplain': 'Messages are retried automatically, further apart each time.',
  'ui.queues.printExplain': 'A failed label does not undo the reception: retry it here.',

  'ui.settings.title': 'Printing and mail',
  'ui.settings.adminOnly': 'Only an administrator can change these settings.',
  'ui.settings.saved': 'Changes saved.',
  'ui.settings.widthMm': 'Label width',
  'ui.settings.heightMm': 'Label height',
  'ui.settings.presets': 'Common sizes:',
  'ui.settings.mailTitle': 'Outgoing mail (SMTP)',
  'ui.settings.mailFromEnv':
    "The mail server is set by this machine's PATOLAB_SMTP_URL variable (or the server's " +
    '--smtp option): ' +
    'what is saved here is not used while it is set.',
  'ui.settings.mailConfigured': 'Configured: {description}',
  'ui.settings.smtpHost': 'SMTP server',
  'ui.settings.smtpPort': 'Port',
  'ui.settings.smtpSecure': 'Direct TLS',
  'ui.settings.smtpSecureHelp':
    'For port 465. Off, the connection is encrypted with STARTTLS (port 587).',
  'ui.settings.smtpUser': 'User',
  'ui.settings.smtpPassword': 'Password',
  'ui.settings.smtpPasswordHelp': 'Empty keeps the stored password.',
  'ui.settings.fromAddress': 'Sender (email)',
  'ui.settings.fromName': 'Sender (name)',
  'ui.settings.fromNamePlaceholder': 'Veterinary Pathology Laboratory',
  'ui.settings.testTo': 'Send a test email to',
  'ui.settings.sendTest': 'Send test email',

  'ui.users.title': 'Users',
  'ui.users.create': 'New user',
  'ui.users.createSubmit': 'Create user',
  'ui.users.col.name': 'Name',
  'ui.users.col.email': 'Email',
  'ui.users.col.roles': 'Roles',
  'ui.users.col.state': 'State',
  'ui.users.active': 'Active',
  'ui.users.inactive': 'Disabled',
  'ui.users.lockedUntil': 'Locked until {until}',
  'ui.users.unlock': 'Unlock',
  'ui.users.editRoles': 'Change roles',
  'ui.users.rolesTitle': 'Roles of {name}',
  'ui.users.licenseHelp': 'Pathologists only: shown on signed reports.',
  'ui.users.firstPassword': 'Initial password',
  'ui.users.firstPasswordHelp': 'Hand it to the user in person.',
  'ui.users.editLicense': 'License',
  'ui.users.editLicenseAria': 'Change the license of {name}',
  'ui.users.licenseTitle': 'License of {name}',
  'ui.users.licenseExplain':
    'Printed under the signature on every report they sign; without it they cannot sign. ' +
    'Leave the field empty to remove it. Reports already signed keep the one they had.',

  'ui.syncHelp.what':
    'Each workstation keeps everything on its own computer and keeps working without a ' +
    "network. When connected, it sends its changes to the lab's server and receives the " +
    "other workstations' changes. “Sync now” does it at once.",
  'ui.syncHelp.offline':
    'Nothing is lost offline: changes wait on this computer and are sent later.',
  'ui.syncHelp.numbers':
    'To receive samples offline, the server hands each workstation blocks of protocol ' +
    'numbers. When the screen warns that few are left, connect the computer to the network. ' +
    'If they run out, samples are still received: the number is assigned at the next sync ' +
    'and the label is printed again.',
  'ui.syncHelp.problems':
    'A red notice says why the last sync failed. An orange notice about the clock asks you ' +
    "to fix the computer's date and time.",
  'ui.syncHelp.server':
    'On the server, administrators enrol and revoke workstations, review conflicts and ' +
    'look up the number blocks handed out.',

  'ui.sync.title': 'Sync',
  'ui.sync.serverExplain':
    "The lab's central server: enrolled workstations, conflicts to review and protocol " +
    'numbers handed out.',
  'ui.sync.adminOnly': "Only an administrator can see the server's devices, conflicts and numbers.",
  'ui.sync.statusTitle': 'This computer',
  'ui.sync.enrolled': 'Connected to the server',
  'ui.sync.notEnrolled': 'Works alone',
  'ui.sync.notEnrolledText':
    'This computer works alone: what is recorded here (receptions, protocols, labels) stays ' +
    "on this computer and is not shared with the lab's server or other workstations. " +
    'You can keep working as usual.',
  'ui.sync.howToEnrol':
    'To connect it, an administrator creates an enrolment code on the server ' +
    '(Sync → Devices → New enrolment code) and runs this in a terminal on this computer:',
  'ui.sync.placeholderUrl': 'URL',
  'ui.sync.placeholderCode': 'CODE',
  'ui.sync.placeholderHelp':
    "URL is the server's address and CODE the enrolment code the server shows.",
  'ui.sync.serverUrl': 'Server',
  'ui.sync.deviceName': "This computer's name",
  'ui.sync.lastAttempt': 'Last attempt',
  'ui.sync.lastSuccess': 'Last successful sync',
  'ui.sync.never': 'Never',
  'ui.sync.pendingChanges': 'Changes to send',
  'ui.sync.pendingChangesHelp':
    'Changes made on this computer that the server has not received yet. They are not ' +
    'lost: they are sent at the next sync.',
  'ui.sync.lastResult': 'Last result',
  'ui.sync.summary': 'Sent: {pushed} · received: {pulled} · conflicts: {conflicts}',
  'ui.sync.doneTitle': 'Sync finished',
  'ui.sync.duration': 'Took {seconds} s',
  'ui.sync.lastErrorTitle': 'The last sync failed',
  'ui.sync.lastErrorHelp':
    "This computer's changes were not lost: they stay here and are sent once syncing " +
    'works again.',
  'ui.sync.clockTitle': "This computer's clock is wrong",
  'ui.sync.clockHelp':
    "Fix the computer's date, time and time zone (or ask whoever looks after the computers) " +
    'and sync again. With a wrong clock, the dates of what is recorded here may be wrong.',
  'ui.sync.syncNow': 'Sync now',
  'ui.sync.running': 'Syncing…',
  'ui.sync.phase.push': 'Sending changes to the server',
  'ui.sync.phase.pull': 'Receiving changes from the server',
  'ui.sync.phase.numbers': 'Asking for protocol numbers',
  'ui.sync.phase.audit': 'Sending the audit log',
  'ui.sync.progressOf': '{items} of {total}',
  'ui.sync.progressItems': '{items} so far',
  'ui.sync.progressLabel': 'Sync progress',

  'ui.sync.numbersTitle': 'Protocol numbers on this computer',
  'ui.sync.numbersExplain':
    'The server hands each computer blocks of numbers so it can receive samples without ' +
    'a connection.',
  'ui.sync.numbersTable': 'Numbers available per series',
  'ui.sync.numbersNone': 'This computer has not received numbers from the server yet.',
  'ui.sync.col.series': 'Series',
  'ui.sync.col.remaining': 'Left',
  'ui.sync.col.lowWater': 'Warn at',
  'ui.sync.numbersLow': '{count} numbers of {series} left: connect this computer to the server.',
  'ui.sync.numbersLowOne': '1 number of {series} left: connect this computer to the server.',
  'ui.sync.numbersOut':
    'No numbers of {series} left: connect this computer to the server. Samples are still ' +
    'received and get their number at the next sync.',
  'ui.sync.pendingNumbersTitle': 'Receptions waiting for a number: {count}',
  'ui.sync.pendingNumbers':
    'They were received without a protocol number because this computer ran out of ' +
    "numbers. The number is assigned at the next sync and those jars' labels are printed " +
    'again with the final number.',

  'ui.sync.tab.devices': 'Devices',
  'ui.sync.tab.conflicts': 'Conflicts',
  'ui.sync.tab.numbers': 'Numbers',

  'ui.sync.devices.explain':
    'Each workstation that syncs with this server. A workstation is enrolled with a ' +
    'one-time code.',
  'ui.sync.devices.table': 'Enrolled devices',
  'ui.sync.devices.none': 'No devices enrolled yet.',
  'ui.sync.devices.col.name': 'Name',
  'ui.sync.devices.col.number': 'No.',
  'ui.sync.devices.col.enrolled': 'Enrolled',
  'ui.sync.devices.col.lastSync': 'Last sync',
  'ui.sync.devices.col.address': 'Address',
  'ui.sync.devices.col.version': 'Version',
  'ui.sync.devices.col.clock': 'Clock',
  'ui.sync.devices.col.audit': 'Audit',
  'ui.sync.devices.col.state': 'State',
  'ui.sync.devices.clockAhead': '{minutes} min ahead',
  'ui.sync.devices.clockBehind': '{minutes} min behind',
  'ui.sync.devices.clockOk': 'on time',
  'ui.sync.devices.auditEntries': 'Entries: {count}',
  'ui.sync.devices.active': 'Active',
  'ui.sync.devices.revokedAt': 'Revoked {when}',
  'ui.sync.devices.newCode': 'New enrolment code',
  'ui.sync.devices.revoke': 'Revoke',

  'ui.sync.enrol.explain':
    'Type a name for the workstation (for example “Reception 2”). A one-time code is ' +
    'created to connect that computer to the server.',
  'ui.sync.enrol.name': 'Workstation name',
  'ui.sync.enrol.create': 'Create code',
  'ui.sync.enrol.codeFor': 'Enrolment code for “{name}”',
  'ui.sync.enrol.codeLabel': 'Enrolment code',
  'ui.sync.enrol.expires':
    'It works once and expires on {when}. It is not shown again: if it is lost, create another.',
  'ui.sync.enrol.runThis': 'On the workstation, open a terminal and run:',
  'ui.sync.enrol.urlGuessNote':
    'If the workstation reaches this server by another address, use that one instead.',
  'ui.sync.enrol.urlPlaceholderNote':
    'Replace URL with the address the workstation reaches this server by.',
  'ui.sync.enrol.copy': 'Copy command',
  'ui.sync.enrol.copied': 'Command copied',

  'ui.sync.revoke.title': 'Revoke “{name}”',
  'ui.sync.revoke.explain':
    'The server refuses this computer from this very moment: it can no longer send or ' +
    'receive changes or ask for numbers. Whatever it has not synced stays only on that ' +
    'computer. To connect it again it must be enrolled with a new code.',
  'ui.sync.revoke.confirm': 'Revoke device',

  'ui.sync.conflicts.explain':
    'When two computers change the same data offline, one value is kept and the other ' +
    'is listed here. Review each case and choose which one holds.',
  'ui.sync.conflicts.includeResolved': 'Also show resolved ones',
  'ui.sync.conflicts.none': 'No conflicts to review.',
  'ui.sync.conflicts.table': 'Sync conflicts',
  'ui.sync.conflicts.col.record': 'Record',
  'ui.sync.conflicts.col.kind': 'Kind',
  'ui.sync.conflicts.col.field': 'Field',
  'ui.sync.conflicts.col.kept': 'Kept value',
  'ui.sync.conflicts.col.lost': 'Other value',
  'ui.sync.conflicts.col.detected': 'Detected',
  'ui.sync.conflicts.by': 'from {who}',
  'ui.sync.conflicts.keep': 'Keep',
  'ui.sync.conflicts.useOther': 'Use the other value',
  'ui.sync.conflicts.resolved': 'Resolved {when} by {who}',
  'ui.sync.conflicts.resolution.kept': 'The kept value stayed',
  'ui.sync.conflicts.resolution.lost': 'The other value was used',
  'ui.sync.conflicts.acknowledgeOnly':
    'The other value cannot be applied from here: settle the case in the lab and mark it ' +
    'as reviewed with “Keep”.',
  'ui.sync.entity.protocol': 'Protocol',
  'ui.sync.entity.veterinarian': 'Veterinarian',
  'ui.sync.entity.user': 'User',
  'ui.sync.entity.reception': 'Reception',
  'ui.sync.entity.status_history': 'Status history',
  'ui.sync.entity.report_draft': 'Report draft',
  'ui.sync.entity.report_version': 'Signed report version',
  'ui.sync.entity.report_image': 'Report image',
  'ui.sync.entity.report_phrase': "Phrase from a pathologist's library",
  'ui.sync.entity.signature_image': "Pathologist's signature image",
  'ui.sync.field.signedVersion': 'Signed version',
  'ui.sync.field.removed': 'Removed',
  'ui.sync.field.format': 'Format',
  'ui.sync.kind.field': 'Same data edited on two computers',
  'ui.sync.kind.double_reception': 'Sample received twice',
  'ui.sync.kind.duplicate_number': 'Duplicate protocol number',
  'ui.sync.kind.status': 'Status change',
  'ui.sync.value.empty': '(empty)',
  'ui.sync.value.yes': 'Yes',
  'ui.sync.value.no': 'No',

  'ui.sync.numbers.year': 'Year',
  'ui.sync.numbers.blocksTitle': 'Number blocks handed out',
  'ui.sync.numbers.noBlocks': 'No number blocks were handed out in {year}.',
  'ui.sync.numbers.col.series': 'Series',
  'ui.sync.numbers.col.range': 'Numbers',
  'ui.sync.numbers.col.device': 'Device',
  'ui.sync.numbers.col.granted': 'Handed out',
  'ui.sync.numbers.col.usedUpTo': 'Used up to',
  'ui.sync.numbers.col.state': 'State',
  'ui.sync.numbers.open': 'In use',
  'ui.sync.numbers.closedAt': 'Closed {when}',
  'ui.sync.numbers.notUsed': 'Unused',
  'ui.sync.numbers.unusedTitle': 'Unused numbers',
  'ui.sync.numbers.unusedExplain':
    'Numbers handed out to computers that have not been given to any sample yet.',
  'ui.sync.numbers.unusedNone': 'None',
  'ui.sync.numbers.unusedCount': '{count} unused',
};
