// Spanish mail to the referring veterinarian about their protocol: one subject and one body
// per status, written as plain text (the HTML part is made from the same paragraphs). A
// parameter that may be absent (reception notes, the portal link) comes as a whole line or
// an empty string, so the template reads the same either way.

export const mailEs = {
  'mail.signature': 'Laboratorio de Patología Veterinaria',
  'mail.portal': 'Puede seguir el protocolo en el portal del laboratorio:\n{link}\n\n',

  'mail.received.subject': 'Muestra recibida: protocolo {number}',
  'mail.received.body':
    'Estimada/o {vet}:\n\n' +
    'Recibimos la muestra remitida con el código {temporaryCode} ({kind}, {animal}).\n' +
    'Se le asignó el número de protocolo {number}. Úselo en toda consulta.\n\n' +
    'Condición de la muestra: {condition}.\n{discrepancies}' +
    'Fecha de recepción: {when}.\n\n' +
    '{portal}{signature}',
  'mail.received.discrepancies': 'Observaciones de recepción: {text}\n',

  'mail.rejected.subject': 'Muestra rechazada: {temporaryCode}',
  'mail.rejected.body':
    'Estimada/o {vet}:\n\n' +
    'La muestra remitida con el código {temporaryCode} ({kind}, {animal}) no pudo ' +
    'ser recibida.\n\nMotivo: {reason}\n\n' +
    'Comuníquese con el laboratorio para coordinar un nuevo envío.\n\n' +
    '{portal}{signature}',

  'mail.processing.subject': 'Protocolo {number}: la muestra está en procesamiento',
  'mail.processing.body':
    'Estimada/o {vet}:\n\n' +
    'La muestra del protocolo {number} ({kind}, {animal}) ya está en procesamiento en ' +
    'el laboratorio.\n\n' +
    'Le avisaremos cuando el informe esté disponible.\n\n' +
    '{portal}{signature}',

  'mail.ready.subject': 'Protocolo {number}: el informe está en redacción',
  'mail.ready.body':
    'Estimada/o {vet}:\n\n' +
    'Los preparados del protocolo {number} ({kind}, {animal}) están listos y el ' +
    'histopatólogo está redactando el informe.\n\n' +
    'Le avisaremos cuando el informe esté disponible.\n\n' +
    '{portal}{signature}',

  // The signed report itself, with its PDF attached; sent whatever the vet chose about notices.
  'mail.report.subject.histopathology': 'Informe histopatológico disponible: {number}',
  'mail.report.subject.cytology': 'Informe citológico disponible: {number}',
  'mail.report.kind.histopathology': 'histopatológico',
  'mail.report.kind.cytology': 'citológico',
  'mail.report.body':
    'Estimada/o {vet}:\n\n' +
    'Le enviamos adjunto el informe {report} del protocolo {number} ({animal}), ' +
    'firmado por {signer} el {signedDay} a las {signedTime}.\n\n' +
    '{portal}{signature}',
  'mail.report.portal':
    'También puede verlo y descargarlo en el portal del laboratorio:\n{link}\n\n',
  'mail.report.amended.subject': 'Informe enmendado: {number} (versión {version})',
  'mail.report.amended.body':
    'Estimada/o {vet}:\n\n' +
    'Le enviamos adjunto el informe enmendado del protocolo {number} ({animal}): ' +
    'versión {version}, firmada por {signer} el {signedDay} a las {signedTime}.\n\n' +
    'Reemplaza a la versión {replaces} del {replacedAt}.\n' +
    'Motivo de la enmienda: {reason}\n\n' +
    '{portal}{signature}',
  'mail.report.amended.portal':
    'En el portal del laboratorio puede ver y descargar esta versión y las anteriores:\n' +
    '{link}\n\n',
  'mail.report.attachment': 'Informe {number} v{version}.pdf',
  'mail.report.sender': 'Envío de correo',
  'mail.report.accepted': 'Informe versión {version} aceptado por el servidor de correo',
  'mail.report.missing':
    'Falta el informe firmado que este correo debe llevar adjunto (versión {id}); ' +
    'no se envía sin él',
  'mail.report.damaged':
    'El PDF firmado de la versión {version} no coincide con su huella SHA-256; ' +
    'no se envía un informe alterado',

  'mail.status.subject': 'Protocolo {number}: nuevo estado «{status}»',
  'mail.status.body':
    'Estimada/o {vet}:\n\n' +
    'El protocolo {number} ({kind}, {animal}) pasó al estado «{status}».\n\n' +
    '{portal}{signature}',
};
