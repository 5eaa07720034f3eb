// English messages of the pathologist's reports: errors and what the audit log says.

import type { reportsEs } from './reports-es';

export const reportsEn: Partial<Record<keyof typeof reportsEs, string>> = {
  'error.reportNeedsUser': 'A pathologist does this with their own user: sign in with yours.',
  'error.reportNotReportable':
    'Protocol {protocol} is "{status}": a report is written once the sample is received.',
  'error.reportAlreadySigned':
    'The report of protocol {protocol} is already signed (version {version}, {when}, by ' +
    '{by}) and cannot be changed. To correct it, create an amendment.',
  'error.reportDraftChanged':
    'The draft of protocol {protocol} changed while you were editing it: {by} saved it on ' +
    '{when}. Nothing was saved; open it again to see those changes before going on.',
  'error.reportItemUnknown': '"{code}" is not a live cassette or slide of protocol {protocol}.',
  'error.reportTooLong': 'The report has {chars} characters in all; at most {max}. Shorten it.',
  'error.reportImageType':
    'The file uploaded as {what} is not a PNG or JPEG image, or not of the type given. ' +
    'Upload a picture in one of those formats.',
  'error.reportImageTooBig': 'The file of {what} is {size}; at most {max}.',
  'error.reportImageTooLarge':
    'The file uploaded as {what} is {width} × {height} pixels ({megapixels} megapixels); a {format} ' +
    'may have {side} pixels a side and {maxMegapixels} megapixels at most. Make it smaller ' +
    'and upload it again.',
  'error.reportImageDamaged':
    'The file uploaded as {what} starts like a {format} image but is not a whole, valid ' +
    '{format} image: it is damaged, cut short or another kind of file. Open it, save it ' +
    'again as PNG or JPEG and upload it again.',
  'error.reportTooManyImages':
    'The report already has {max} images; remove one before adding another.',
  'error.reportImageNotFound': 'The report image was not found.',
  'error.reportNoDraft': 'Protocol {protocol} has no report draft to sign.',
  'error.reportNoDiagnosis': 'The diagnosis is missing: a report is not signed without it.',
  'error.reportNoLicense':
    'Your user has no license number, and the report signature must show it. Ask an ' +
    'administrator to enter it under Users.',
  'error.reportWrongPassword': 'The password is not correct; the report was not signed.',
  'error.reportEarlyReason':
    'Protocol {protocol} is "{status}", not ready for the pathologist yet. To sign earlier, ' +
    'write the reason (at least 10 characters).',
  'error.reportNotSignable': 'A "{status}" protocol cannot be signed.',
  'error.reportChangedWhileSigning':
    'The draft changed while it was being signed ({by} saved it on {when}); the report was ' +
    'not signed. Review it and sign again.',
  'error.reportTooLargeToSign':
    'The signed report would take {size}, more than can travel to the central server ' +
    '({max}). Remove or shrink images and sign again.',
  'error.reportNothingToAmend': 'Protocol {protocol} has no signed report to amend.',
  'error.reportDraftOpen':
    'Protocol {protocol} already has an open draft (version {version}): go on with that one.',
  'error.reportNotSignedYet': 'Protocol {protocol} has no signed report yet.',
  'error.reportVersionNotFound': 'Protocol {protocol} has no signed version {version}.',
  'error.reportAssignedToOther':
    'Protocol {protocol} is assigned to {name}; only that person can release it. To take ' +
    'it yourself, assign it to you.',
  'error.phraseNotFound': 'The phrase was not found in your library.',
  'error.tooManyPhrases': 'You already have {max} phrases saved; delete one before adding another.',

  'report.what.image': 'the image',
  'report.what.signature': 'the signature',
  'report.what.logo': 'the logo',
  'report.material.submitted': 'Submitted: {text}',
  'history.reportSigned': 'Report signed (version {version})',
  'history.reportSignedEarly': 'Report signed before ready (version {version}): {reason}',
  'history.reportAmended': 'Report amended (version {version})',
};
