// Spanish (Argentina): the language the lab works in. Keys are grouped by area.

import { syncEs } from './sync-es';
import { processingEs } from './processing-es';
import { benchEs } from './bench-es';
import { printersEs } from './printers-es';
import { portalUiEs } from './portal-ui-es';
import { portalDataEs } from './portal-data-es';
import { portalAuthEs } from './portal-auth-es';
import { mailEs } from './mail-es';
import { reportPdfEs } from './report-pdf-es';
import { reportsEs } from './reports-es';
import { reportsUiEs } from './reports-ui-es';

export const es = {
  ...syncEs,
  ...processingEs,
  ...benchEs,
  ...printersEs,
  ...portalUiEs,
  ...portalDataEs,
  ...portalAuthEs,
  ...mailEs,
  ...reportPdfEs,
  ...reportsEs,
  ...reportsUiEs,
  'error.validation': 'Hay datos que faltan o no son válidos: {details}.',
  'error.unauthenticated': 'Inicie sesión para continuar.',
  'error.forbidden': 'Su usuario no tiene permiso para esta acción.',
  'error.notFound': 'No se encontró {what}.',
  'error.internal': 'Ocurrió un error inesperado. El detalle quedó en el registro del sistema.',
  'error.badCredentials': 'Correo o contraseña incorrectos.',
  'error.accountLocked':
    'La cuenta está bloqueada por intentos fallidos. Intente de nuevo a las {until} ' +
    'o pida a un administrador que la desbloquee.',
  'error.accountInactive': 'La cuenta está desactivada. Consulte con un administrador.',
  'error.protocolNotFound': 'No hay ningún protocolo con el código «{code}».',
  'error.codeNotRecognized':
    '«{code}» no parece un código de protocolo. Escanee o escriba el código temporal ' +
    '(TMP-HP-20261204-007) o el número (HP 26/001).',
  'error.alreadyReceived': 'Este protocolo ya fue recibido ({number}, {when}, por {by}).',
  'error.alreadyRejected': 'Este protocolo ya fue rechazado ({when}, por {by}): {reason}',
  'error.notReceivable': 'Un protocolo en estado «{status}» no puede recibirse.',
  'error.rejectReasonRequired': 'Indique el motivo del rechazo.',
  'error.emailTaken': 'Ya existe un usuario con el correo {email}.',
  'error.weakPassword': 'La contraseña debe tener al menos {min} caracteres.',
  'error.lastAdmin': 'No se puede quitar el rol de administrador al último administrador activo.',
  'error.printJobNotFound': 'No se encontró el trabajo de impresión.',
  'error.printerOverride':
    'Solo un administrador puede imprimir en otra impresora que la configurada.',
  'error.noPrinter': 'No hay impresora configurada para etiquetas de frascos.',
  'error.mailNotConfigured':
    'El correo no está configurado: los mensajes quedan en la bandeja de salida.',

  'status.draft': 'Borrador',
  'status.submitted': 'Remitido',
  'status.received': 'Recibido',
  'status.rejected': 'Rechazado',
  'status.processing': 'En proceso',
  'status.ready': 'Listo',
  'status.report_sent': 'Informe enviado',

  'kind.histopathology': 'Histopatología',
  'kind.cytology': 'Citología',

  'condition.optimal': 'Óptima',
  'condition.acceptable': 'Aceptable',
  'condition.suboptimal': 'Subóptima',
  'condition.rejected': 'Rechazada',

  'sex.male': 'Macho',
  'sex.female': 'Hembra',
  'sex.unknown': 'Sin dato',

  // The web door's own refusals.
  'ui.web.foreignHost':
    'Esta dirección no corresponde a Patolab en este equipo. Use http://127.0.0.1.',
  'ui.web.csrf':
    'La solicitud fue rechazada porque no proviene de la aplicación Patolab. ' +
    'Vuelva a abrir la aplicación e intente de nuevo.',
  'ui.web.bodyTooLarge': 'La solicitud es demasiado grande (máximo 1 MB).',
  'ui.web.badRequest': 'La solicitud no se pudo leer. Recargue la página e intente de nuevo.',
  'ui.web.tooManyRequests':
    'Demasiadas solicitudes desde esta dirección. Espere {seconds} segundos e intente de nuevo.',

  // The central server's own refusals.
  'ui.server.foreignHost':
    'Este servidor central de Patolab no atiende el nombre «{host}». Si es el nombre ' +
    'correcto, el administrador debe iniciarlo con --public-host {host}.',
  'ui.server.databaseUnreachable':
    'El servidor central no puede consultar su base de datos; no atiende pedidos hasta ' +
    'que vuelva a responder. Revise que la base de datos esté en marcha y accesible.',

  // Screens.
  'ui.error.network':
    'No se pudo comunicar con el servicio de Patolab. Verifique que esté en marcha.',
  'ui.errorTitle.notFound': 'No encontrado',
  'ui.errorTitle.conflict': 'Ya registrado',
  'ui.errorTitle.validation': 'Revise los datos',
  'ui.errorTitle.forbidden': 'Sin permiso',
  'ui.errorTitle.locked': 'Cuenta bloqueada',
  'ui.errorTitle.unavailable': 'Servicio no disponible',
  'ui.errorTitle.generic': 'Error',

  'ui.common.loading': 'Cargando…',
  'ui.common.retry': 'Reintentar',
  'ui.common.refresh': 'Actualizar',
  'ui.common.save': 'Guardar',
  'ui.common.cancel': 'Cancelar',
  'ui.common.close': 'Cerrar',
  'ui.common.actions': 'Acciones',
  'ui.common.unknownError': 'Error desconocido.',

  'ui.app.tagline': 'Laboratorio de Anatomía Patológica Veterinaria',
  'ui.app.unreachableTitle': 'Patolab no responde',

  'ui.signIn.email': 'Correo electrónico',
  'ui.signIn.password': 'Contraseña',
  'ui.signIn.submit': 'Ingresar',
  'ui.signIn.failedTitle': 'No se pudo ingresar',
  'ui.signIn.expired': 'Su sesión terminó. Ingrese de nuevo para continuar.',
  'ui.signIn.staffOnly': 'Acceso para el personal del laboratorio.',

  'ui.nav.main': 'Navegación principal',
  'ui.nav.reception': 'Recepción',
  'ui.nav.protocols': 'Protocolos',
  'ui.nav.queues': 'Bandeja e impresión',
  'ui.nav.settings': 'Impresión y correo',
  'ui.nav.users': 'Usuarios',
  'ui.nav.sync': 'Sincronización',
  'ui.nav.help': 'Ayuda',
  'ui.nav.language': 'Idioma',
  'ui.nav.userMenu': 'Menú del usuario',
  'ui.nav.signOut': 'Cerrar sesión',
  'ui.nav.shortcutsHint': 'Atajos de teclado y ayuda:',

  'ui.role.admin': 'Administrador',
  'ui.role.reception': 'Recepción',
  'ui.role.technician': 'Técnico',
  'ui.role.pathologist': 'Histopatólogo',

  'ui.help.title': 'Ayuda',
  'ui.help.shortcutsTitle': 'Atajos de teclado',
  'ui.help.keyHelp': 'Abrir esta ayuda',
  'ui.help.keyTab': 'Pasar al campo o botón siguiente (Mayús + Tab: anterior)',
  'ui.help.keyEnter': 'Buscar el código escaneado, recibir, o enviar el formulario',
  'ui.help.keyCtrlEnter': 'Recibir desde un campo de texto largo (discrepancias, notas)',
  'ui.help.keyEsc': 'Cerrar un diálogo o esta ayuda; en Recepción, limpiar el código',
  'ui.help.receptionTitle': 'Recibir una muestra',
  'ui.help.queuesTitle': 'Bandeja de salida e impresión',
  'ui.help.queuesMail':
    'Cada aviso al veterinario se guarda primero en la bandeja de salida y se envía cuando ' +
    'hay conexión. Si el correo no está configurado, los mensajes esperan allí sin perderse.',
  'ui.help.queuesPrint':
    'Cada etiqueta es un trabajo de impresión. Si la impresora no responde, el trabajo ' +
    'queda como fallido y puede reintentarse cuando la impresora vuelva.',
  'ui.help.languageNote':
    'El idioma (ES/EN) se elige arriba a la derecha y se recuerda en esta computadora.',
  'ui.help.syncTitle': 'Sincronización con el servidor',

  'ui.receptionHelp.title': 'Cómo recibir una muestra',
  'ui.receptionHelp.step1': 'Escanee el código del frasco (o escríbalo) y presione',
  'ui.receptionHelp.step2':
    'Compare la muestra con el protocolo que aparece: animal, veterinario, ' +
    'cantidad de frascos o portaobjetos.',
  'ui.receptionHelp.step3a': 'Si todo coincide, presione',
  'ui.receptionHelp.step3b':
    'otra vez: se recibe con condición óptima y la cantidad declarada. Si algo difiere, ' +
    'corrija la condición o la cantidad y anote las discrepancias antes de recibir.',
  'ui.receptionHelp.step4':
    'Aparece el número de protocolo definitivo en grande y se imprime la etiqueta. ' +
    'El veterinario recibe un aviso por correo.',
  'ui.receptionHelp.reject':
    'Si la muestra no puede procesarse (sin formol, sin identificar, frasco roto), use ' +
    '«Rechazar» e indique el motivo: el veterinario lo recibe por correo.',
  'ui.receptionHelp.printFailedTitle': 'Si la impresión falla:',
  'ui.receptionHelp.printFailed':
    'la recepción ya quedó registrada y el número no se pierde. Revise la impresora ' +
    '(encendida, con papel, conectada) y use «Reimprimir», o descargue la etiqueta en PDF ' +
    'e imprímala en otra impresora.',
  'ui.receptionHelp.scanner':
    'El lector de códigos funciona como un teclado: si un código escaneado no se encuentra, ' +
    'pruebe escribirlo a mano. Los separadores cambiados por la distribución del teclado ' +
    'se corrigen solos.',

  'ui.reception.title': 'Recepción de muestras',
  'ui.reception.scanLabel': 'Código del frasco',
  'ui.reception.scanPlaceholder': 'Escanee o escriba TMP-HP-20261204-007 o HP 26/001',
  'ui.reception.scanHint': 'Escanee el código del frasco y presione',
  'ui.reception.enterToReceive': 'para recibir',
  'ui.reception.escToCancel': 'para cancelar',
  'ui.reception.blockedTitle': 'No se puede recibir',
  'ui.reception.condition': 'Condición de la muestra',
  'ui.reception.containersReceived': 'Frascos recibidos',
  'ui.reception.slidesReceived': 'Portaobjetos recibidos',
  'ui.reception.declared': 'Declarados en el protocolo: {count}',
  'ui.reception.countDiffers': 'Difiere de lo declarado ({declared}): anótelo en discrepancias',
  'ui.reception.discrepancies': 'Discrepancias',
  'ui.reception.discrepanciesPlaceholder': 'Diferencias entre la muestra y el protocolo',
  'ui.reception.notes': 'Notas internas',
  'ui.reception.formHint': 'Enter en un campo recibe; en los textos largos,',
  'ui.reception.receive': 'Recibir',
  'ui.reception.reject': 'Rechazar',
  'ui.reception.receivedTitle': 'Muestra recibida ({code}). Número de protocolo asignado:',
  'ui.reception.numberAria': 'Número de protocolo {number}',
  'ui.reception.printed': 'Etiqueta impresa',
  'ui.reception.printFailed': 'La impresión falló',
  'ui.reception.printSkipped': 'Sin imprimir: no hay impresora configurada',
  'ui.reception.printFailedTitle': 'La etiqueta no se imprimió',
  'ui.reception.printFailedHelp':
    'La recepción quedó registrada con su número. Revise la impresora y use «Reimprimir», ' +
    'o descargue la etiqueta en PDF.',
  'ui.reception.reprinted': 'Reimpresiones: {count}',
  'ui.reception.reprint': 'Reimprimir',
  'ui.reception.downloadPdf': 'Descargar etiqueta PDF',
  'ui.reception.mailQueued': 'Aviso de recepción en la bandeja de salida para el veterinario.',
  'ui.reception.mailNotQueued': 'No se generó aviso por correo.',
  'ui.reception.mailByServer':
    'El servidor del laboratorio avisará al veterinario por correo cuando reciba este ' +
    'registro (en la próxima sincronización).',
  'ui.reception.rejectedTitle': 'Muestra rechazada',
  'ui.reception.rejectedReason': 'Motivo: {reason}',
  'ui.reception.rejectMailQueued': 'Aviso de rechazo en la bandeja de salida para el veterinario.',

  'ui.reject.title': 'Rechazar la muestra {code}',
  'ui.reject.explanation':
    'La muestra no recibe número de protocolo. El veterinario recibe el motivo por correo.',
  'ui.reject.reason': 'Motivo del rechazo',
  'ui.reject.reasonPlaceholder': 'Por ejemplo: frasco sin formol, muestra sin identificar',
  'ui.reject.confirm': 'Rechazar muestra',

  'ui.deskLog.title': 'Movimientos en este puesto',
  'ui.deskLog.empty': 'Todavía no se recibió ni rechazó ninguna muestra desde este puesto.',

  'ui.protocol.veterinarian': 'Veterinario',
  'ui.protocol.license': 'Matrícula',
  'ui.protocol.animal': 'Animal',
  'ui.protocol.identification': 'Identificación',
  'ui.protocol.owner': 'Propietario',
  'ui.protocol.submitted': 'Fecha de remisión',
  'ui.protocol.createdAt': 'Registrado',
  'ui.protocol.material': 'Material remitido',
  'ui.protocol.technique': 'Técnica y sitio',
  'ui.protocol.containersDeclared': 'Frascos declarados',
  'ui.protocol.slidesDeclared': 'Portaobjetos declarados',
  'ui.protocol.presumptiveDiagnosis': 'Diagnóstico presuntivo',
  'ui.protocol.clinicalHistory': 'Historia clínica',
  'ui.protocol.academicInterest': 'Interés académico',

  'ui.protocols.title': 'Protocolos',
  'ui.protocols.count': '{count} protocolos',
  'ui.protocols.search': 'Buscar',
  'ui.protocols.searchPlaceholder': 'Código, número, veterinario, animal o propietario',
  'ui.protocols.status': 'Estado',
  'ui.protocols.kind': 'Tipo de estudio',
  'ui.protocols.from': 'Desde',
  'ui.protocols.to': 'Hasta',
  'ui.protocols.all': 'Todos',
  'ui.protocols.clearFilters': 'Limpiar filtros',
  'ui.protocols.empty': 'Ningún protocolo coincide con la búsqueda.',
  'ui.protocols.col.number': 'Número / código',
  'ui.protocols.col.kind': 'Tipo',
  'ui.protocols.col.status': 'Estado',
  'ui.protocols.col.veterinarian': 'Veterinario',
  'ui.protocols.col.animal': 'Animal',
  'ui.protocols.col.owner': 'Propietario',
  'ui.protocols.col.submitted': 'Remitido',
  'ui.protocols.col.received': 'Recibido',

  'ui.pagination.first': 'Primera página',
  'ui.pagination.previous': 'Página anterior',
  'ui.pagination.next': 'Página siguiente',
  'ui.pagination.last': 'Última página',

  'ui.detail.back': 'Volver a la lista de protocolos',
  'ui.detail.veterinarian': 'Veterinario remitente',
  'ui.detail.name': 'Nombre',
  'ui.detail.email': 'Correo',
  'ui.detail.phone': 'Teléfono',
  'ui.detail.animal': 'Animal y propietario',
  'ui.detail.species': 'Especie',
  'ui.detail.breed': 'Raza',
  'ui.detail.sex': 'Sexo',
  'ui.detail.age': 'Edad',
  'ui.detail.clinical': 'Datos clínicos',
  'ui.detail.sample': 'Muestra declarada',
  'ui.detail.site': 'Sitio de muestreo',
  'ui.detail.reception': 'Recepción',
  'ui.detail.notReceived': 'La muestra todavía no pasó por recepción.',
  'ui.detail.outcome': 'Resultado',
  'ui.detail.recordedBy': 'Registrado por',
  'ui.detail.recordedAt': 'Fecha y hora',
  'ui.detail.history': 'Historial de estados',
  'ui.detail.printJobs': 'Impresiones',
  'ui.detail.mails': 'Correos',

  'ui.print.pending': 'Pendiente',
  'ui.print.printed': 'Impresa',
  'ui.print.failed': 'Falló',
  'ui.print.none': 'No hay impresiones.',
  'ui.print.col.createdAt': 'Fecha',
  'ui.print.col.protocol': 'Protocolo',
  'ui.print.col.label': 'Etiqueta',
  'ui.print.col.printer': 'Impresora',
  'ui.print.col.status': 'Estado',
  'ui.print.col.attempts': 'Intentos',
  'ui.print.col.error': 'Último error',
  'ui.labelKind.jar': 'Frasco',
  'ui.labelKind.test': 'Prueba',

  'ui.mail.pending': 'En espera',
  'ui.mail.sending': 'Enviando',
  'ui.mail.sent': 'Enviado',
  'ui.mail.failed': 'Falló',
  'ui.mail.none': 'No hay correos.',
  'ui.mail.sendNow': 'Enviar ahora',
  'ui.mail.sentAt': 'Enviado {when}',
  'ui.mail.nextAttempt': 'Próximo intento {when}',
  'ui.mail.col.createdAt': 'Fecha',
  'ui.mail.col.to': 'Para',
  'ui.mail.col.subject': 'Asunto',
  'ui.mail.col.status': 'Estado',
  'ui.mail.col.attempts': 'Intentos',
  'ui.mail.col.when': 'Envío',
  'ui.mail.col.error': 'Último error',

  'ui.queues.title': 'Bandeja de salida e impresión',
  'ui.queues.outbox': 'Bandeja de salida',
  'ui.queues.printQueue': 'Cola de impresión',
  'ui.queues.filter': 'Filtrar por estado',
  'ui.queues.failedCount': '{count} con error',
  'ui.queues.configureMail': 'Configurar el correo',
  'ui.queues.mailExplain': 'Los mensajes se reintentan solos, cada vez más espaciados.',
  'ui.queues.printExplain': 'Una etiqueta fallida no deshace la recepción: reintente aquí.',

  'ui.settings.title': 'Impresión y correo',
  'ui.settings.adminOnly': 'Solo un administrador puede cambiar esta configuración.',
  'ui.settings.saved': 'Cambios guardados.',
  'ui.settings.widthMm': 'Ancho de etiqueta',
  'ui.settings.heightMm': 'Alto de etiqueta',
  'ui.settings.presets': 'Tamaños comunes:',
  'ui.settings.mailTitle': 'Correo saliente (SMTP)',
  'ui.settings.mailFromEnv':
    'El servidor de correo lo fija la variable PATOLAB_SMTP_URL de este equipo (o la ' +
    'opción --smtp del servidor): ' +
    'lo que se guarde aquí no se usa mientras esté definida.',
  'ui.settings.mailConfigured': 'Configurado: {description}',
  'ui.settings.smtpHost': 'Servidor SMTP',
  'ui.settings.smtpPort': 'Puerto',
  'ui.settings.smtpSecure': 'TLS directo',
  'ui.settings.smtpSecureHelp':
    'Para el puerto 465. Apagado, la conexión se cifra con STARTTLS (puerto 587).',
  'ui.settings.smtpUser': 'Usuario',
  'ui.settings.smtpPassword': 'Contraseña',
  'ui.settings.smtpPasswordHelp': 'Vacío conserva la contraseña guardada.',
  'ui.settings.fromAddress': 'Remitente (correo)',
  'ui.settings.fromName': 'Remitente (nombre)',
  'ui.settings.fromNamePlaceholder': 'Laboratorio de Patología Veterinaria',
  'ui.settings.testTo': 'Enviar un correo de prueba a',
  'ui.settings.sendTest': 'Enviar correo de prueba',

  'ui.users.title': 'Usuarios',
  'ui.users.create': 'Nuevo usuario',
  'ui.users.createSubmit': 'Crear usuario',
  'ui.users.col.name': 'Nombre',
  'ui.users.col.email': 'Correo',
  'ui.users.col.roles': 'Roles',
  'ui.users.col.state': 'Estado',
  'ui.users.active': 'Activo',
  'ui.users.inactive': 'Desactivado',
  'ui.users.lockedUntil': 'Bloqueado hasta {until}',
  'ui.users.unlock': 'Desbloquear',
  'ui.users.editRoles': 'Cambiar roles',
  'ui.users.rolesTitle': 'Roles de {name}',
  'ui.users.licenseHelp': 'Solo para histopatólogos: figura en los informes firmados.',
  'ui.users.firstPassword': 'Contraseña inicial',
  'ui.users.firstPasswordHelp': 'Entréguela en persona al usuario.',
  'ui.users.editLicense': 'Matrícula',
  'ui.users.editLicenseAria': 'Cambiar la matrícula de {name}',
  'ui.users.licenseTitle': 'Matrícula de {name}',
  'ui.users.licenseExplain':
    'Se imprime bajo la firma en cada informe que firme; sin ella no puede firmar. Deje el ' +
    'campo vacío para quitarla. Los informes ya firmados conservan la que tenían.',

  'ui.syncHelp.what':
    'Cada puesto guarda todo en su propia computadora y sigue trabajando aunque no haya red. ' +
    'Cuando hay conexión, envía sus cambios al servidor del laboratorio y recibe los de los ' +
    'demás puestos. «Sincronizar ahora» lo hace en el momento.',
  'ui.syncHelp.offline':
    'Sin conexión no se pierde nada: los cambios esperan en este equipo y se envían después.',
  'ui.syncHelp.numbers':
    'Para recibir muestras sin conexión, el servidor entrega a cada puesto bloques de números ' +
    'de protocolo. Si la pantalla avisa que quedan pocos, conecte el equipo a la red. Si se ' +
    'acaban, las muestras se reciben igual: el número se asigna al sincronizar y la etiqueta ' +
    'se vuelve a imprimir.',
  'ui.syncHelp.problems':
    'Un aviso rojo explica por qué falló la última sincronización. Un aviso naranja sobre el ' +
    'reloj pide corregir la fecha y la hora de la computadora.',
  'ui.syncHelp.server':
    'En el servidor, los administradores dan de alta y revocan puestos, revisan los ' +
    'conflictos y consultan los bloques de números entregados.',

  'ui.sync.title': 'Sincronización',
  'ui.sync.serverExplain':
    'Servidor central del laboratorio: puestos de trabajo dados de alta, conflictos para ' +
    'revisar y números de protocolo entregados.',
  'ui.sync.adminOnly':
    'Solo un administrador puede ver los dispositivos, los conflictos y los números del servidor.',
  'ui.sync.statusTitle': 'Este equipo',
  'ui.sync.enrolled': 'Conectado al servidor',
  'ui.sync.notEnrolled': 'Trabaja solo',
  'ui.sync.notEnrolledText':
    'Este equipo trabaja solo: lo que se registra aquí (recepciones, protocolos, etiquetas) ' +
    'queda guardado en esta computadora y no se comparte con el servidor del laboratorio ni ' +
    'con otros puestos. Puede seguir trabajando con normalidad.',
  'ui.sync.howToEnrol':
    'Para conectarlo, un administrador crea un código de alta en el servidor ' +
    '(Sincronización → Dispositivos → Nuevo código de alta) y ejecuta en este equipo, ' +
    'en una terminal:',
  'ui.sync.placeholderUrl': 'URL',
  'ui.sync.placeholderCode': 'CÓDIGO',
  'ui.sync.placeholderHelp':
    'URL es la dirección del servidor y CÓDIGO, el código de alta que muestra el servidor.',
  'ui.sync.serverUrl': 'Servidor',
  'ui.sync.deviceName': 'Nombre de este equipo',
  'ui.sync.lastAttempt': 'Último intento',
  'ui.sync.lastSuccess': 'Última sincronización correcta',
  'ui.sync.never': 'Nunca',
  'ui.sync.pendingChanges': 'Cambios por enviar',
  'ui.sync.pendingChangesHelp':
    'Cambios hechos en este equipo que el servidor todavía no recibió. No se pierden: ' +
    'se envían en la próxima sincronización.',
  'ui.sync.lastResult': 'Último resultado',
  'ui.sync.summary': 'Enviados: {pushed} · recibidos: {pulled} · conflictos: {conflicts}',
  'ui.sync.doneTitle': 'Sincronización terminada',
  'ui.sync.duration': 'Duración: {seconds} s',
  'ui.sync.lastErrorTitle': 'La última sincronización falló',
  'ui.sync.lastErrorHelp':
    'Los cambios de este equipo no se perdieron: quedan guardados aquí y se envían cuando ' +
    'la sincronización vuelva a funcionar.',
  'ui.sync.clockTitle': 'El reloj de esta computadora está mal',
  'ui.sync.clockHelp':
    'Corrija la fecha, la hora y la zona horaria de la computadora (o pida ayuda a quien ' +
    'atiende los equipos) y vuelva a sincronizar. Con el reloj mal, las fechas de lo que ' +
    'se registra aquí pueden quedar equivocadas.',
  'ui.sync.syncNow': 'Sincronizar ahora',
  'ui.sync.running': 'Sincronizando…',
  'ui.sync.phase.push': 'Enviando cambios al servidor',
  'ui.sync.phase.pull': 'Recibiendo cambios del servidor',
  'ui.sync.phase.numbers': 'Pidiendo números de protocolo',
  'ui.sync.phase.audit': 'Enviando el registro de auditoría',
  'ui.sync.progressOf': '{items} de {total}',
  'ui.sync.progressItems': '{items} hasta ahora',
  'ui.sync.progressLabel': 'Progreso de la sincronización',

  'ui.sync.numbersTitle': 'Números de protocolo en este equipo',
  'ui.sync.numbersExplain':
    'El servidor entrega a cada equipo bloques de números para que pueda recibir muestras ' +
    'aunque no haya conexión.',
  'ui.sync.numbersTable': 'Números disponibles por serie',
  'ui.sync.numbersNone': 'Este equipo todavía no recibió números del servidor.',
  'ui.sync.col.series': 'Serie',
  'ui.sync.col.remaining': 'Quedan',
  'ui.sync.col.lowWater': 'Aviso con',
  'ui.sync.numbersLow': 'Quedan {count} números de {series}: conecte este equipo al servidor.',
  'ui.sync.numbersLowOne': 'Queda 1 número de {series}: conecte este equipo al servidor.',
  'ui.sync.numbersOut':
    'No quedan números de {series}: conecte este equipo al servidor. Las muestras se siguen ' +
    'recibiendo y su número se asigna al sincronizar.',
  'ui.sync.pendingNumbersTitle': 'Recepciones esperando número: {count}',
  'ui.sync.pendingNumbers':
    'Se recibieron sin número de protocolo porque este equipo se quedó sin números. ' +
    'El número se asigna en la próxima sincronización y las etiquetas de esos frascos ' +
    'se vuelven a imprimir con el número definitivo.',

  'ui.sync.tab.devices': 'Dispositivos',
  'ui.sync.tab.conflicts': 'Conflictos',
  'ui.sync.tab.numbers': 'Números',

  'ui.sync.devices.explain':
    'Cada puesto de trabajo que sincroniza con este servidor. Un puesto se da de alta con ' +
    'un código que sirve una sola vez.',
  'ui.sync.devices.table': 'Dispositivos dados de alta',
  'ui.sync.devices.none': 'Todavía no hay dispositivos dados de alta.',
  'ui.sync.devices.col.name': 'Nombre',
  'ui.sync.devices.col.number': 'N.º',
  'ui.sync.devices.col.enrolled': 'Alta',
  'ui.sync.devices.col.lastSync': 'Última sincronización',
  'ui.sync.devices.col.address': 'Dirección',
  'ui.sync.devices.col.version': 'Versión',
  'ui.sync.devices.col.clock': 'Reloj',
  'ui.sync.devices.col.audit': 'Auditoría',
  'ui.sync.devices.col.state': 'Estado',
  'ui.sync.devices.clockAhead': 'adelantado {minutes} min',
  'ui.sync.devices.clockBehind': 'atrasado {minutes} min',
  'ui.sync.devices.clockOk': 'en hora',
  'ui.sync.devices.auditEntries': 'Entradas: {count}',
  'ui.sync.devices.active': 'Activo',
  'ui.sync.devices.revokedAt': 'Revocado {when}',
  'ui.sync.devices.newCode': 'Nuevo código de alta',
  'ui.sync.devices.revoke': 'Revocar',

  'ui.sync.enrol.explain':
    'Escriba un nombre para el puesto (por ejemplo, «Recepción 2»). Se crea un código que ' +
    'sirve una sola vez para conectar ese equipo con el servidor.',
  'ui.sync.enrol.name': 'Nombre del puesto',
  'ui.sync.enrol.create': 'Crear código',
  'ui.sync.enrol.codeFor': 'Código de alta para «{name}»',
  'ui.sync.enrol.codeLabel': 'Código de alta',
  'ui.sync.enrol.expires':
    'Sirve una sola vez y vence el {when}. No se vuelve a mostrar: si se pierde, cree otro.',
  'ui.sync.enrol.runThis': 'En el puesto de trabajo, abra una terminal y ejecute:',
  'ui.sync.enrol.urlGuessNote':
    'Si el puesto llega a este servidor por otra dirección, use esa en lugar de la indicada.',
  'ui.sync.enrol.urlPlaceholderNote':
    'Reemplace URL por la dirección con la que el puesto llega a este servidor.',
  'ui.sync.enrol.copy': 'Copiar comando',
  'ui.sync.enrol.copied': 'Comando copiado',

  'ui.sync.revoke.title': 'Revocar «{name}»',
  'ui.sync.revoke.explain':
    'El servidor rechaza a este equipo desde este mismo momento: no podrá enviar ni recibir ' +
    'cambios ni pedir números. Lo que tenga sin sincronizar queda solo en ese equipo. ' +
    'Para volver a conectarlo hay que darlo de alta con un código nuevo.',
  'ui.sync.revoke.confirm': 'Revocar dispositivo',

  'ui.sync.conflicts.explain':
    'Cuando dos equipos cambian el mismo dato sin conexión, se conserva uno de los valores ' +
    'y el otro queda aquí. Revise cada caso y elija cuál vale.',
  'ui.sync.conflicts.includeResolved': 'Mostrar también los resueltos',
  'ui.sync.conflicts.none': 'No hay conflictos para revisar.',
  'ui.sync.conflicts.table': 'Conflictos de sincronización',
  'ui.sync.conflicts.col.record': 'Registro',
  'ui.sync.conflicts.col.kind': 'Tipo',
  'ui.sync.conflicts.col.field': 'Dato',
  'ui.sync.conflicts.col.kept': 'Valor conservado',
  'ui.sync.conflicts.col.lost': 'Otro valor',
  'ui.sync.conflicts.col.detected': 'Detectado',
  'ui.sync.conflicts.by': 'de {who}',
  'ui.sync.conflicts.keep': 'Mantener',
  'ui.sync.conflicts.useOther': 'Usar el otro valor',
  'ui.sync.conflicts.resolved': 'Resuelto {when} por {who}',
  'ui.sync.conflicts.resolution.kept': 'Se mantuvo el valor conservado',
  'ui.sync.conflicts.resolution.lost': 'Se usó el otro valor',
  'ui.sync.conflicts.acknowledgeOnly':
    'El otro valor no se puede aplicar desde aquí: corrija el caso en el laboratorio y ' +
    'márquelo como revisado con «Mantener».',
  'ui.sync.entity.protocol': 'Protocolo',
  'ui.sync.entity.veterinarian': 'Veterinario',
  'ui.sync.entity.user': 'Usuario',
  'ui.sync.entity.reception': 'Recepción',
  'ui.sync.entity.status_history': 'Historial de estados',
  'ui.sync.entity.report_draft': 'Borrador del informe',
  'ui.sync.entity.report_version': 'Versión firmada del informe',
  'ui.sync.entity.report_image': 'Imagen del informe',
  'ui.sync.entity.report_phrase': 'Frase de la biblioteca de un histopatólogo',
  'ui.sync.entity.signature_image': 'Imagen de la firma de un histopatólogo',
  'ui.sync.field.signedVersion': 'Versión firmada',
  'ui.sync.field.removed': 'Quitada',
  'ui.sync.field.format': 'Formato',
  'ui.sync.kind.field': 'Mismo dato editado en dos equipos',
  'ui.sync.kind.double_reception': 'Muestra recibida dos veces',
  'ui.sync.kind.duplicate_number': 'Número de protocolo repetido',
  'ui.sync.kind.status': 'Cambio de estado',
  'ui.sync.value.empty': '(vacío)',
  'ui.sync.value.yes': 'Sí',
  'ui.sync.value.no': 'No',

  'ui.sync.numbers.year': 'Año',
  'ui.sync.numbers.blocksTitle': 'Bloques de números entregados',
  'ui.sync.numbers.noBlocks': 'En {year} no se entregaron bloques de números.',
  'ui.sync.numbers.col.series': 'Serie',
  'ui.sync.numbers.col.range': 'Números',
  'ui.sync.numbers.col.device': 'Dispositivo',
  'ui.sync.numbers.col.granted': 'Entregado',
  'ui.sync.numbers.col.usedUpTo': 'Usado hasta',
  'ui.sync.numbers.col.state': 'Estado',
  'ui.sync.numbers.open': 'En uso',
  'ui.sync.numbers.closedAt': 'Cerrado {when}',
  'ui.sync.numbers.notUsed': 'Sin usar',
  'ui.sync.numbers.unusedTitle': 'Números sin usar',
  'ui.sync.numbers.unusedExplain':
    'Números entregados a los equipos que todavía no se asignaron a ninguna muestra.',
  'ui.sync.numbers.unusedNone': 'Ninguno',
  'ui.sync.numbers.unusedCount': '{count} sin usar',
} as const;
