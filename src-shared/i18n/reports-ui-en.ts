// English words of the pathologist's screens: queue, editor, sign-out, amendments.

import type { reportsUiEs } from './reports-ui-es';

export const reportsUiEn: Partial<Record<keyof typeof reportsUiEs, string>> = {
  'ui.reports.nav': 'Reports',
  'ui.reports.shell.admin': 'Administration',
  'ui.reports.title': 'Reports',
  'ui.reports.reasonTooShort': 'Write the reason: at least {min} characters.',

  'ui.reports.state.none': 'No report',
  'ui.reports.state.draft': 'Draft',
  'ui.reports.state.signed': 'Signed',
  'ui.reports.state.sent': 'Sent',

  'ui.reports.queue.title': 'Protocols to report',
  'ui.reports.queue.kind': 'Kind of study',
  'ui.reports.queue.allKinds': 'All',
  'ui.reports.queue.pathologist': 'Assigned to',
  'ui.reports.queue.allPathologists': 'All',
  'ui.reports.queue.mine': 'Mine',
  'ui.reports.queue.unassigned': 'Unassigned',
  'ui.reports.queue.includeEarlier': 'Include received and in process',
  'ui.reports.queue.countOne': '1 protocol',
  'ui.reports.queue.count': '{count} protocols, oldest first',
  'ui.reports.queue.countLimited': 'Showing the {shown} oldest of {total} protocols',
  'ui.reports.queue.lateCount': '{count} more than {days} days since reception',
  'ui.reports.queue.longHint': 'More than {days} days since reception',
  'ui.reports.queue.late': '(delayed)',
  'ui.reports.queue.nobody': 'Unassigned',
  'ui.reports.queue.empty': 'No protocols to report with these filters.',
  'ui.reports.queue.emptyHint':
    'A protocol appears here once the bench has all its slides ready. To start a report ' +
    'earlier, turn on “Include received and in process”.',
  'ui.reports.queue.emptyEarlier':
    'No received or in-process protocols match these filters either. Try “All”.',
  'ui.reports.queue.emptyMine':
    'You have not taken any protocol. Choose “All” or “Unassigned” and press “Take” on the one ' +
    'you will report.',
  'ui.reports.queue.take': 'Take',
  'ui.reports.queue.takeAria': 'Take {code}',
  'ui.reports.queue.release': 'Release',
  'ui.reports.queue.releaseAria': 'Release {code}',
  'ui.reports.queue.col.protocol': 'Protocol',
  'ui.reports.queue.col.kind': 'Kind',
  'ui.reports.queue.col.species': 'Species',
  'ui.reports.queue.col.veterinarian': 'Veterinarian',
  'ui.reports.queue.col.received': 'Received',
  'ui.reports.queue.col.days': 'Days',
  'ui.reports.queue.col.status': 'Status',
  'ui.reports.queue.col.pathologist': 'Assigned to',
  'ui.reports.queue.col.report': 'Report',

  'ui.reports.signature.missing':
    'You have not uploaded your signature image yet; it is printed above your name on each report.',
  'ui.reports.signature.upload': 'Upload my signature',
  'ui.reports.signature.title': 'My signature',
  'ui.reports.signature.explain':
    'The image is printed above your name and license on every report you sign. PNG or JPEG, ' +
    'up to {max}, on a white or transparent background. Changing it leaves signed reports as ' +
    'they are.',
  'ui.reports.signature.signsAs': 'Signs as',
  'ui.reports.signature.current': 'Your current signature',
  'ui.reports.signature.none': 'No signature image',
  'ui.reports.signature.file': 'Signature image',
  'ui.reports.signature.save': 'Save signature',
  'ui.reports.signature.replace': 'Replace signature',
  'ui.reports.signature.saved': 'Signature saved.',
  'ui.reports.signature.tooLarge':
    '“{name}” weighs {size} and the maximum is {max}. Use a scan of the signature cropped close ' +
    'to it, about 600 pixels wide, and choose it again.',

  'ui.reports.editor.back': 'Back to reports',
  'ui.reports.editor.title': 'Report',
  'ui.reports.editor.version': 'Version {version}',
  'ui.reports.editor.amends': 'Amends version {version}',
  'ui.reports.editor.amendmentReason': 'Reason for the amendment',
  'ui.reports.editor.pathologist': 'Assigned to',
  'ui.reports.editor.protocolLink': 'See the protocol',
  'ui.reports.editor.take': 'Take this protocol',
  'ui.reports.editor.sign': 'Sign',
  'ui.reports.editor.amend': 'Amend',
  'ui.reports.editor.pdf': 'Download PDF (version {version})',
  'ui.reports.editor.delivered': 'Version {version} was accepted by the mail server for {to}.',
  'ui.reports.editor.deliveryFailed':
    'The report mail could not be sent to {to}. See the error below and the mail settings; ' +
    'you can retry it from the Outbox.',
  'ui.reports.editor.signedTitle': 'Version {version} signed',
  'ui.reports.editor.signedBy': 'Signed by {by} on {when}.',
  'ui.reports.editor.signedReadOnly':
    'A signed report is not edited: download the PDF to read it in full, or use “Amend” to ' +
    'correct it in a new version.',
  'ui.reports.editor.notYet': 'The report can be written once the sample was received at the lab.',
  'ui.reports.editor.readOnly': 'There is no signed report yet. Only a pathologist can write it.',

  'ui.reports.save.idle': 'No changes',
  'ui.reports.save.dirty': 'Unsaved changes',
  'ui.reports.save.saving': 'Saving…',
  'ui.reports.save.saved': 'Saved {time}',
  'ui.reports.save.failed': 'Could not save',
  'ui.reports.save.conflict': 'Not saved: changed elsewhere',
  'ui.reports.save.noBackup':
    'The browser does not allow a local copy of the text. What you type is saved to the ' +
    'system every second, but an outage before that would lose it.',

  'ui.reports.restore.title': 'There is unsaved text for this report',
  'ui.reports.restore.typed': 'This computer kept text typed on {when} that was never saved.',
  'ui.reports.restore.serverOlder': 'The saved draft is older ({when}, {by}).',
  'ui.reports.restore.serverNewer':
    'Careful: the saved draft is newer ({when}, {by}); restoring replaces it.',
  'ui.reports.restore.noServer': 'There is no saved draft yet.',
  'ui.reports.restore.restore': 'Restore the unsaved text',
  'ui.reports.restore.discard': 'Discard it',

  'ui.reports.conflict.title': 'This draft was saved from another window or desk',
  'ui.reports.conflict.explain':
    '{by} saved it on {when} while you were typing. Your text is still on screen and was not ' +
    'saved. Choose which one stays.',
  'ui.reports.conflict.theirField': '{field}, as they saved it:',
  'ui.reports.conflict.keepMine': 'Save my text over it',
  'ui.reports.conflict.takeTheirs': 'Load the text by {by} (discards mine)',

  'ui.reports.syncConflicts.title': 'Text replaced by sync ({count})',
  'ui.reports.syncConflicts.explain':
    'Two desks edited this draft without seeing each other. The latest edit stayed; this is ' +
    'the text it replaced, in case it must be recovered.',
  'ui.reports.syncConflicts.field': '{field} · {when}',
  'ui.reports.syncConflicts.empty': '(it was empty)',
  'ui.reports.syncConflicts.copy': 'Copy',
  'ui.reports.syncConflicts.copied': 'Copied',
  'ui.reports.syncConflicts.insert': 'Add at the end of {field}',
  'ui.reports.syncConflicts.hide': 'Hide',
  'ui.reports.syncConflicts.dismiss': 'Mark as reviewed',
  'ui.reports.syncConflicts.dismissAria': 'Mark the replaced text of {field} as reviewed',
  'ui.reports.syncConflicts.dismissHint': 'It is no longer shown here. The draft does not change.',

  'ui.reports.facts.title': 'Protocol',
  'ui.reports.facts.species': 'Species',
  'ui.reports.facts.breed': 'Breed',
  'ui.reports.facts.sex': 'Sex',
  'ui.reports.facts.age': 'Age',
  'ui.reports.facts.identification': 'Identification',
  'ui.reports.facts.owner': 'Owner',
  'ui.reports.facts.veterinarian': 'Veterinarian',
  'ui.reports.facts.vetWithLicense': '{name} (license {license})',
  'ui.reports.facts.vetContact': 'Contact',
  'ui.reports.facts.submitted': 'Submitted',
  'ui.reports.facts.received': 'Received',
  'ui.reports.facts.presumptive': 'Presumptive diagnosis',
  'ui.reports.facts.history': 'Clinical history',

  'ui.reports.material.title': 'Cassettes and slides',
  'ui.reports.material.none': 'The bench has not recorded cassettes or slides yet.',
  'ui.reports.material.cassette': 'Cassette',
  'ui.reports.material.slide': 'Slide',

  'ui.reports.sections.title': 'Report',
  'ui.reports.section.macroscopic': 'Macroscopic description',
  'ui.reports.section.microscopic': 'Microscopic description',
  'ui.reports.section.item': 'Microscopy of {code}',
  'ui.reports.section.diagnosis': 'Diagnosis',
  'ui.reports.section.comments': 'Comments',
  'ui.reports.section.signed_version_id': 'Signature',
  'ui.reports.section.microscopic_items': 'Descriptions per cassette or slide',

  'ui.reports.items.add': 'Add a description per cassette/slide',
  'ui.reports.items.addPlaceholder': 'Choose a cassette or slide',
  'ui.reports.items.remove': 'Remove',
  'ui.reports.items.removeAria': 'Remove the description of {code}',
  'ui.reports.items.confirmRemove': 'Remove with its text? Confirm',
  'ui.reports.items.confirmRemoveAria': 'Confirm: remove the description of {code} with its text',

  'ui.reports.phrases.title': 'Phrases and diagnoses',
  'ui.reports.phrases.explain':
    'A click inserts the phrase where the cursor was; diagnoses go to the Diagnosis.',
  'ui.reports.phrases.new': 'New',
  'ui.reports.phrases.search': 'Search my phrases',
  'ui.reports.phrases.kind': 'Kind',
  'ui.reports.phrases.all': 'All',
  'ui.reports.phrases.kindPhrases': 'Phrases',
  'ui.reports.phrases.kindDiagnoses': 'Diagnoses',
  'ui.reports.phrases.kindPhrase': 'Phrase',
  'ui.reports.phrases.kindDiagnosis': 'Diagnosis',
  'ui.reports.phrases.fromSelection': 'Save selection as a phrase',
  'ui.reports.phrases.fromSelectionHint': 'Select text in a report section to save it as a phrase.',
  'ui.reports.phrases.emptyLibrary':
    'You have no phrases yet. Create one with “New”, or select report text and use “Save ' +
    'selection as a phrase”.',
  'ui.reports.phrases.noMatch': 'No phrase matches the search.',
  'ui.reports.phrases.insertAria': 'Insert “{title}”',
  'ui.reports.phrases.optionsAria': 'Options for “{title}”',
  'ui.reports.phrases.edit': 'Edit',
  'ui.reports.phrases.remove': 'Remove',
  'ui.reports.phrases.removeAria': 'Remove “{title}” from the library',
  'ui.reports.phrases.confirmRemove': 'Remove it from the library?',
  'ui.reports.phrases.newTitle': 'New phrase',
  'ui.reports.phrases.editTitle': 'Edit phrase',
  'ui.reports.phrases.titleField': 'Title',
  'ui.reports.phrases.titleHelp': 'A few words to find it in the list.',
  'ui.reports.phrases.text': 'Text',
  'ui.reports.phrases.required': 'Fill in this field.',
  'ui.reports.phrases.save': 'Save phrase',

  'ui.reports.images.title': 'Images',
  'ui.reports.images.explain':
    'Up to {count} PNG or JPEG photomicrographs of up to {max} each, with their captions.',
  'ui.reports.images.file': 'Image',
  'ui.reports.images.filePlaceholder': 'Choose a PNG or JPEG file',
  'ui.reports.images.caption': 'Caption',
  'ui.reports.images.captionPlaceholder': 'E.g. Neoplastic cells, H&E, 400x',
  'ui.reports.images.add': 'Add image',
  'ui.reports.images.figure': 'Figure {n}',
  'ui.reports.images.remove': 'Remove',
  'ui.reports.images.removeAria': 'Remove figure {n}',
  'ui.reports.images.full':
    'The report already has {count} images, the maximum. Remove one to add another.',
  'ui.reports.images.unavailable': 'The image could not be loaded',
  'ui.reports.image.wrongType':
    '“{name}” is not a PNG or JPEG image. Save it in one of those formats and choose it again.',
  'ui.reports.image.empty': '“{name}” is empty. Choose another file.',
  'ui.reports.image.tooLarge':
    '“{name}” weighs {size} and the maximum is {max}. Make it smaller (for example, 1600 ' +
    'pixels wide) and choose it again.',
  'ui.reports.image.unreadable': '“{name}” could not be read. Choose the file again.',

  'ui.reports.sign.title': 'Sign the report of {code}',
  'ui.reports.sign.protocol': 'Protocol',
  'ui.reports.sign.version': 'Version',
  'ui.reports.sign.name': 'Signed by',
  'ui.reports.sign.license': 'License',
  'ui.reports.sign.noLicenseShort': 'No license on record',
  'ui.reports.sign.when': 'Date and time',
  'ui.reports.sign.whenValue': 'those of the moment you confirm (now {now})',
  'ui.reports.sign.noLicense':
    'Your user has no license number and the signed report shows it. Ask an administrator to ' +
    'add it in Users.',
  'ui.reports.sign.noImage':
    'You have not uploaded your signature image yet; it is printed above your name on the report.',
  'ui.reports.sign.uploadImage': 'Upload my signature',
  'ui.reports.sign.earlyReason': 'Reason to sign before the protocol is ready',
  'ui.reports.sign.earlyReasonHelp':
    'The protocol is “{status}”. The reason is recorded and printed on the report.',
  'ui.reports.sign.password': 'Password',
  'ui.reports.sign.passwordHelp':
    'To sign, type your password again: the open session is not enough.',
  'ui.reports.sign.passwordRequired': 'Type your password to sign.',
  'ui.reports.sign.refusedTitle': 'Not signed',
  'ui.reports.sign.notSaved':
    'The latest text could not be saved, so nothing was signed. Resolve the draft notice and ' +
    'sign again.',
  'ui.reports.sign.submit': 'Sign report',

  'ui.reports.amend.title': 'Amend the report of {code}',
  'ui.reports.amend.explain':
    'Version {next} opens as a draft, with the text of version {version} to correct. Version ' +
    '{version} and its PDF stay as they are. The amendment is signed like the report and sent ' +
    'to the veterinarian.',
  'ui.reports.amend.reason': 'Reason for the amendment',
  'ui.reports.amend.reasonHelp':
    'At least {min} characters. Printed on the new version. Ctrl+Enter confirms.',
  'ui.reports.amend.submit': 'Open the amendment',

  'ui.reports.versions.title': 'Signed versions',
  'ui.reports.versions.none': 'There are no signed versions yet.',
  'ui.reports.versions.current': 'current',
  'ui.reports.versions.replaced': 'replaced',
  'ui.reports.versions.amends': 'Amends version {version}: {reason}',
  'ui.reports.versions.early': 'Signed before ready: {reason}',
  'ui.reports.versions.pdf': 'PDF',
  'ui.reports.versions.pdfAria': 'Download the PDF of version {version}',
  'ui.reports.versions.col.version': 'Version',
  'ui.reports.versions.col.signedAt': 'Signed',
  'ui.reports.versions.col.signer': 'Signer',
  'ui.reports.versions.col.reason': 'Reason',
  'ui.reports.versions.col.diagnosis': 'Diagnosis',

  'ui.reports.deliveries.title': 'Delivery to the veterinarian',
  'ui.reports.deliveries.none': 'No report mail yet.',
  'ui.reports.deliveries.col.to': 'Recipient',
  'ui.reports.deliveries.col.version': 'Version',
  'ui.reports.deliveries.col.status': 'Status',
  'ui.reports.deliveries.col.attempts': 'Attempts',
  'ui.reports.deliveries.col.sentAt': 'Sent at',
  'ui.reports.deliveries.col.error': 'Last error',
  'ui.reports.deliveries.mailNotConfigured':
    'No mail server is configured: the report waits in the outbox until an administrator ' +
    'configures one in Printing and mail.',

  'ui.reports.protocol.title': 'Report',
  'ui.reports.protocol.open': 'Open the report',
  'ui.reports.protocol.none': 'There is no signed report yet.',
  'ui.reports.protocol.drafting': 'Version {version} is a draft.',
  'ui.reports.protocol.signed': 'Signed versions: {count}.',

  'ui.reports.labHeader.title': 'Report header',
  'ui.reports.labHeader.explain':
    'The lab’s name, details and logo at the top of every report PDF. Reports already signed ' +
    'keep the header they were signed with.',
  'ui.reports.labHeader.name': 'Laboratory name',
  'ui.reports.labHeader.line': 'Line {n}',
  'ui.reports.labHeader.linePlaceholder': 'Address, phone, email or website',
  'ui.reports.labHeader.logo': 'Logo',
  'ui.reports.labHeader.logoHelp': 'PNG or JPEG, up to {max}.',
  'ui.reports.labHeader.logoPreview': 'Preview of the chosen logo',
  'ui.reports.labHeader.hasLogo': 'A logo is uploaded.',
  'ui.reports.labHeader.removeLogo': 'Remove the logo',
  'ui.reports.labHeader.save': 'Save header',
  'ui.reports.labHeader.saved': 'Header saved.',

  'ui.reports.help.open': 'How to report',
  'ui.reports.help.title': 'Writing and signing reports',
  'ui.reports.help.step1': 'In Reports, take a protocol from the list (oldest first) with “Take”.',
  'ui.reports.help.step2':
    'Open it: the protocol’s facts and material are on the left; write the macroscopic ' +
    'description, the microscopic one (general and per cassette or slide), the diagnosis and ' +
    'comments.',
  'ui.reports.help.step3':
    'Use your phrases and diagnoses from the library on the right; add images if needed.',
  'ui.reports.help.step4':
    'Press “Sign”, read what the signature means and confirm with your password.',
  'ui.reports.help.step5':
    'The report is mailed to the veterinarian; the delivery table shows when the mail server ' +
    'accepted it, and the protocol becomes “Report sent”.',
  'ui.reports.help.notesTitle': 'Good to know',
  'ui.reports.help.autosave':
    'The draft saves itself a second after you stop typing, when you leave a field and when ' +
    'you close. A copy stays on this computer until the system confirms the save: if anything ' +
    'stops, reopening the report offers to recover it.',
  'ui.reports.help.conflict':
    'If another window or desk saved the same draft, nothing is overwritten: your text stays ' +
    'on screen and you choose which one stays.',
  'ui.reports.help.phrases':
    'A click on a phrase inserts it where the cursor was; diagnoses always go to the ' +
    'Diagnosis. Select report text and use “Save selection as a phrase” to add it.',
  'ui.reports.help.images': 'Up to 4 PNG or JPEG images of up to 1 MB each.',
  'ui.reports.help.early':
    'A report can be written as soon as the sample is received; signing it before the ' +
    'protocol is ready asks for a written reason, which is printed.',
  'ui.reports.help.amend':
    'A signed report cannot be edited. “Amend” opens a new version with a required reason; ' +
    'earlier versions and their PDFs stay available.',
  'ui.reports.help.signature':
    'Upload your signature image once in “My signature” (Printing and mail). An administrator ' +
    'enters your license number.',
  'ui.reports.help.keysTitle': 'Keys',
  'ui.reports.help.keyQueue': 'Go to Reports',
  'ui.reports.help.keySave': 'Save the draft now',
  'ui.reports.help.keyArrows': 'Move between protocols in the list',
  'ui.reports.help.keyCtrlEnter': 'Confirm a dialog from a long text field',
  'ui.reports.help.enterInRow': 'In the list, a protocol opens with',
};
