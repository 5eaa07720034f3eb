// Spanish words of the signed report's PDF, the document the referring veterinarian
// keeps: headings, the amendment and early-signature notices, the signature's meaning
// and the footer that every page carries.

export const reportPdfEs = {
  'pdf.report.title.histopathology': 'INFORME HISTOPATOLÓGICO',
  'pdf.report.title.cytology': 'INFORME CITOLÓGICO',
  'pdf.report.documentTitle': 'Informe {number}, versión {version}',

  'pdf.report.amended.title': 'Informe enmendado (versión {version})',
  'pdf.report.amended.replaces': 'Reemplaza a la versión {version} del {date} {time}.',
  'pdf.report.amended.reason': 'Motivo de la enmienda: {reason}',
  'pdf.report.early': 'Firmado antes de completar el procesamiento: {reason}',

  'pdf.report.field': '{label}: {value}',
  'pdf.report.submitted': 'Fecha de remisión',
  'pdf.report.received': 'Recepción',
  'pdf.report.version': 'Versión',

  'pdf.report.veterinarian': 'Veterinario remitente',
  'pdf.report.license': 'Matrícula',
  'pdf.report.email': 'Correo',
  'pdf.report.phone': 'Teléfono',

  'pdf.report.animal': 'Animal',
  'pdf.report.species': 'Especie',
  'pdf.report.breed': 'Raza',
  'pdf.report.sex': 'Sexo',
  'pdf.report.age': 'Edad',
  'pdf.report.identification': 'Identificación',
  'pdf.report.owner': 'Propietario',

  'pdf.report.presumptiveDiagnosis': 'Diagnóstico presuntivo',
  'pdf.report.clinicalHistory': 'Historia clínica',
  'pdf.report.material': 'Material remitido/procesado',

  'pdf.report.macroscopic': 'Descripción macroscópica',
  'pdf.report.microscopic': 'Descripción microscópica',
  'pdf.report.diagnosis': 'Diagnóstico',
  'pdf.report.comments': 'Comentarios',
  'pdf.report.figures': 'Imágenes',
  'pdf.report.figure': 'Figura {n}: {caption}',

  'pdf.report.signature.license': 'Matrícula {license}',
  'pdf.report.signature.signedAt': 'Firmado el {date} a las {time}',
  'pdf.report.signature.meaning':
    'Con esta firma, {name} declara haber realizado el diagnóstico y ser responsable de él; ' +
    'este informe queda como una versión firmada que solo puede reemplazarse mediante una ' +
    'enmienda.',
  'pdf.report.signature.continues': 'Continúa en la página siguiente con la firma.',

  'pdf.report.footer.page': 'Página {page} de {pages}',
  'pdf.report.footer.protocol': 'Protocolo {number} · Versión {version}',
  'pdf.report.footer.sha256': 'SHA-256 del contenido: {hash}',

  'pdf.report.image.logo': 'el logo del laboratorio',
  'pdf.report.image.signature': 'la imagen de la firma',
  'pdf.report.image.figure': 'la figura {n}',
  'pdf.report.error.badImage':
    'No se pudo armar el PDF del informe: {what} no es una imagen PNG o JPEG válida. ' +
    'Vuelva a cargarla e intente de nuevo.',
  'pdf.report.error.imageTooLarge':
    'No se pudo armar el PDF del informe: {what} mide {width} × {height} píxeles, más de lo ' +
    'que admite un informe en {format} ({side} píxeles de lado y {maxMegapixels} ' +
    'megapíxeles). Vuelva a cargarla más chica e intente de nuevo.',
};
