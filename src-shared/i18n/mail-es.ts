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

  'mail.report_sent.subject': 'Informe disponible: protocolo {number}',
  'mail.report_sent.body':
    'Estimada/o {vet}:\n\n' +
    'El informe del protocolo {number} ({kind}, {animal}) está disponible.\n\n' +
    '{portal}{signature}',
  'mail.report_sent.portal': 'Puede verlo y descargarlo en el portal del laboratorio:\n{link}\n\n',

  'mail.status.subject': 'Protocolo {number}: nuevo estado «{status}»',
  'mail.status.body':
    'Estimada/o {vet}:\n\n' +
    'El protocolo {number} ({kind}, {animal}) pasó al estado «{status}».\n\n' +
    '{portal}{signature}',
};
