import type { reportPdfEs } from './report-pdf-es';

export const reportPdfEn: Partial<Record<keyof typeof reportPdfEs, string>> = {
  'pdf.report.title.histopathology': 'HISTOPATHOLOGY REPORT',
  'pdf.report.title.cytology': 'CYTOLOGY REPORT',
  'pdf.report.documentTitle': 'Report {number}, version {version}',

  'pdf.report.amended.title': 'Amended report (version {version})',
  'pdf.report.amended.replaces': 'Replaces version {version} of {date} {time}.',
  'pdf.report.amended.reason': 'Reason for the amendment: {reason}',
  'pdf.report.early': 'Signed before processing was complete: {reason}',

  'pdf.report.field': '{label}: {value}',
  'pdf.report.submitted': 'Submitted',
  'pdf.report.received': 'Received',
  'pdf.report.version': 'Version',

  'pdf.report.veterinarian': 'Referring veterinarian',
  'pdf.report.license': 'License',
  'pdf.report.email': 'Email',
  'pdf.report.phone': 'Phone',

  'pdf.report.animal': 'Animal',
  'pdf.report.species': 'Species',
  'pdf.report.breed': 'Breed',
  'pdf.report.sex': 'Sex',
  'pdf.report.age': 'Age',
  'pdf.report.identification': 'Identification',
  'pdf.report.owner': 'Owner',

  'pdf.report.presumptiveDiagnosis': 'Presumptive diagnosis',
  'pdf.report.clinicalHistory': 'Clinical history',
  'pdf.report.material': 'Material submitted/processed',

  'pdf.report.macroscopic': 'Gross description',
  'pdf.report.microscopic': 'Microscopic description',
  'pdf.report.diagnosis': 'Diagnosis',
  'pdf.report.comments': 'Comments',
  'pdf.report.figures': 'Images',
  'pdf.report.figure': 'Figure {n}: {caption}',

  'pdf.report.signature.license': 'License {license}',
  'pdf.report.signature.signedAt': 'Signed on {date} at {time}',
  'pdf.report.signature.meaning':
    'By this signature, {name} declares having made the diagnosis and being responsible for ' +
    'it; this report stands as a signed version that can only be replaced by an amendment.',
  'pdf.report.signature.continues': 'The signature follows on the next page.',

  'pdf.report.footer.page': 'Page {page} of {pages}',
  'pdf.report.footer.protocol': 'Protocol {number} · Version {version}',
  'pdf.report.footer.sha256': 'Content SHA-256: {hash}',

  'pdf.report.image.logo': "the lab's logo",
  'pdf.report.image.signature': 'the signature image',
  'pdf.report.image.figure': 'figure {n}',
  'pdf.report.error.badImage':
    'The report PDF could not be made: {what} is not a valid PNG or JPEG image. ' +
    'Upload it again and retry.',
  'pdf.report.error.imageTooLarge':
    'The report PDF could not be made: {what} is {width} × {height} pixels, more than a ' +
    'report takes in {format} ({side} pixels a side and {maxMegapixels} megapixels). Upload ' +
    'it smaller and retry.',
};
