// Spanish messages of sync, devices and number blocks.

export const syncEs = {
  'error.enrolCodeInvalid':
    'El código de alta no es válido, ya se usó o venció. Pida uno nuevo al administrador.',
  'error.deviceUnknown':
    'El servidor no reconoce este equipo. Vuelva a darlo de alta con un código nuevo.',
  'error.deviceRevoked':
    'Este equipo fue dado de baja en el servidor central ({when}). Consulte al administrador.',
  'error.clockAhead':
    'El reloj de este equipo está adelantado {minutes} min respecto del servidor. ' +
    'Corrija la fecha y hora de la computadora; los cambios se enviarán después.',
  'error.serverOnly': 'Esta acción solo está disponible en el servidor central.',
  'error.workstationOnly': 'Esta acción solo está disponible en un puesto de trabajo.',
  'error.notEnrolled':
    'Este puesto no está conectado a un servidor central. Dé de alta el equipo con ' +
    '«patolab sync enroll --server URL --code CÓDIGO».',
  'error.alreadyEnrolled':
    'Este puesto ya está dado de alta en {server} como «{name}». Para darlo de alta de nuevo ' +
    '(por ejemplo, si fue revocado) agregue --again.',
  'error.syncRunning': 'Ya hay una sincronización en curso.',
  'error.serverUnreachable':
    'No se pudo conectar con el servidor central {server}: {reason}. ' +
    'El puesto sigue funcionando sin conexión.',
  'error.serverAnswer': 'El servidor central respondió con un error: {reason}',
  'error.conflictNotFound': 'No se encontró el conflicto.',
  'error.conflictResolved': 'El conflicto ya fue resuelto ({when}, por {by}).',
  'error.auditChainBroken':
    'La cadena de auditoría de este equipo no coincide con la que tiene el servidor ' +
    '(registro {seq}): {problem}.',
  'error.conflictOnlyAcknowledge':
    'Este conflicto solo puede darse por revisado: el estado de un protocolo no retrocede y ' +
    'una doble recepción se corrige en el laboratorio.',
  'error.conflictSignedReport':
    'El informe del protocolo {protocol} ya está firmado y no se cambia desde aquí: este ' +
    'conflicto solo puede darse por revisado. Si el texto que se perdió debe figurar, el ' +
    'histopatólogo lo agrega en una enmienda.',
  'ui.reception.numberPendingHelp':
    'Este puesto se quedó sin números asignados por el servidor. La muestra quedó recibida ' +
    'con su código temporal; el número se asigna en la próxima sincronización y la etiqueta ' +
    'se vuelve a imprimir sola.',
  'error.usersOnServer':
    'Este puesto está conectado al servidor central {server}: los usuarios se crean y ' +
    'modifican allí y llegan a este puesto al sincronizar.',
  'ui.reception.savedPdf': 'Etiqueta guardada en PDF',
  'error.serverBehind':
    'El servidor central tiene menos cambios que los que este puesto ya recibió ({cursor} y ' +
    '{known}): parece restaurado de una copia anterior. Avise al administrador antes de ' +
    'seguir recibiendo muestras.',
  'sync.numberPending': 'número pendiente',
} as const;
