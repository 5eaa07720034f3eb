// Spanish texts of the veterinarians' portal screens and of the admin's list of
// veterinarians. The server's own messages (refusals, mail) live in their areas' files.

export const portalUiEs = {
  'ui.portal.title': 'Portal de veterinarios',
  'ui.portal.nav.protocols': 'Mis protocolos',
  'ui.portal.nav.newProtocol': 'Nuevo protocolo',
  'ui.portal.nav.profile': 'Mi perfil',
  'ui.portal.backToSignIn': 'Volver a ingresar',
  'ui.portal.passwordRule':
    'Al menos 10 caracteres, y que no sea una contraseña común ni fácil de adivinar ' +
    '(una frase de varias palabras sirve).',
  'ui.portal.passwordMismatch': 'Las dos contraseñas no coinciden.',

  'ui.portal.field.email': 'Correo electrónico',
  'ui.portal.field.newEmail': 'Nuevo correo electrónico',
  'ui.portal.field.password': 'Contraseña',
  'ui.portal.field.currentPassword': 'Contraseña actual',
  'ui.portal.field.newPassword': 'Nueva contraseña',
  'ui.portal.field.repeatPassword': 'Repita la nueva contraseña',
  'ui.portal.field.firstName': 'Nombres',
  'ui.portal.field.lastName': 'Apellidos',
  'ui.portal.field.license': 'Matrícula',
  'ui.portal.field.licenseHelp': 'Su número de matrícula profesional.',
  'ui.portal.field.phone': 'Teléfono',
  'ui.portal.field.phoneHelp': 'Con característica, por ejemplo +54 11 5555-1234.',
  'ui.portal.field.dni': 'DNI',
  'ui.portal.field.dniHelp': '7 u 8 dígitos.',
  'ui.portal.field.cuit': 'CUIT/CUIL',
  'ui.portal.field.cuitHelp': '11 dígitos, con o sin guiones.',
  'ui.portal.field.address': 'Domicilio postal',
  'ui.portal.field.province': 'Provincia',
  'ui.portal.field.locality': 'Localidad',
  'ui.portal.field.street': 'Calle',
  'ui.portal.field.streetNumber': 'Número',
  'ui.portal.field.floor': 'Piso',
  'ui.portal.field.apartment': 'Departamento',
  'ui.portal.field.postalCode': 'Código postal',
  'ui.portal.field.mailLanguage': 'Idioma de los correos',
  'ui.portal.field.species': 'Especie',
  'ui.portal.field.speciesPlaceholder': 'Canino, felino, equino…',
  'ui.portal.field.breed': 'Raza',
  'ui.portal.field.sex': 'Sexo',
  'ui.portal.field.age': 'Edad',
  'ui.portal.field.agePlaceholder': '3 años, 8 meses…',
  'ui.portal.field.identification': 'Identificación del animal',
  'ui.portal.field.identificationHelp': 'Nombre, número de historia clínica o caravana.',
  'ui.portal.field.ownerLastName': 'Apellido del propietario',
  'ui.portal.field.ownerFirstName': 'Nombre del propietario',
  'ui.portal.field.academicInterest': 'Caso de interés académico',
  'ui.portal.field.submissionDateHelp':
    'Si la deja vacía, vale la fecha en que llega al laboratorio.',
  'ui.portal.field.material': 'Material remitido',
  'ui.portal.field.materialPlaceholder': 'Nódulo cutáneo de la región costal izquierda…',
  'ui.portal.field.containers': 'Cantidad de frascos',
  'ui.portal.field.technique': 'Técnica de obtención',
  'ui.portal.field.techniquePlaceholder': 'Punción con aguja fina, improntas, hisopado…',
  'ui.portal.field.site': 'Sitio de muestreo',
  'ui.portal.field.slides': 'Cantidad de portaobjetos',

  'ui.portal.signIn.title': 'Ingresar',
  'ui.portal.signIn.submit': 'Ingresar',
  'ui.portal.signIn.expired': 'Su sesión terminó. Ingrese de nuevo para continuar.',
  'ui.portal.signIn.register': 'Crear una cuenta',
  'ui.portal.signIn.forgot': 'Olvidé mi contraseña',

  'ui.portal.register.title': 'Crear una cuenta',
  'ui.portal.register.intro':
    'Con su cuenta puede remitir protocolos, seguir el estado de sus muestras y recibir los ' +
    'informes. Los campos marcados con * son obligatorios.',
  'ui.portal.register.submit': 'Crear la cuenta',
  'ui.portal.register.haveAccount': 'Ya tengo una cuenta: ingresar',
  'ui.portal.register.doneTitle': 'Revise su correo',
  'ui.portal.register.done':
    'Le enviamos un enlace a {email} para verificar su dirección. Ábralo para activar la cuenta.',
  'ui.portal.register.doneHint':
    'Si no llega en unos minutos, revise la carpeta de correo no deseado o pida otro enlace.',
  'ui.portal.register.toSignIn': 'Ir a ingresar',

  'ui.portal.resend.explain':
    'Escriba su dirección y le enviaremos un nuevo enlace para verificarla.',
  'ui.portal.resend.submit': 'Reenviar el enlace de verificación',
  'ui.portal.resend.sent':
    'Si la dirección tiene una cuenta sin verificar, le llegará un nuevo enlace en unos minutos.',

  'ui.portal.verify.title': 'Verificación del correo',
  'ui.portal.verify.intro':
    'Para activar su cuenta, escriba la contraseña que eligió al registrarse.',
  'ui.portal.verify.submit': 'Activar mi cuenta',
  'ui.portal.verify.done': 'Su dirección {email} quedó verificada. Ya puede ingresar.',
  'ui.portal.verify.failedTitle': 'No se pudo verificar el correo',
  'ui.portal.verify.toSignIn': 'Ingresar',

  'ui.portal.forgot.title': 'Olvidé mi contraseña',
  'ui.portal.forgot.explain':
    'Escriba la dirección con la que se registró y le enviaremos un enlace para elegir ' +
    'una contraseña nueva.',
  'ui.portal.forgot.submit': 'Enviar el enlace',
  'ui.portal.forgot.sent':
    'Si {email} tiene una cuenta, le llegará un enlace para elegir una contraseña nueva. ' +
    'El enlace vale por una hora.',

  'ui.portal.reset.title': 'Elegir una contraseña nueva',
  'ui.portal.reset.submit': 'Guardar la contraseña',
  'ui.portal.reset.done':
    'Su contraseña cambió y se cerraron las sesiones abiertas. Ingrese con la nueva.',
  'ui.portal.reset.newLink': 'Pedir un enlace nuevo',

  'ui.portal.protocols.title': 'Mis protocolos',
  'ui.portal.protocols.status': 'Estado',
  'ui.portal.protocols.count': 'En total: {count}',
  'ui.portal.protocols.none': 'Todavía no remitió ningún protocolo. Empiece con «Nuevo protocolo».',
  'ui.portal.protocols.noneWithStatus': 'Ningún protocolo en ese estado.',
  'ui.portal.protocols.noNumber': 'Sin número todavía',
  'ui.portal.protocols.col.code': 'Código temporal',
  'ui.portal.protocols.col.number': 'Número de protocolo',
  'ui.portal.protocols.col.animal': 'Animal',
  'ui.portal.protocols.col.status': 'Estado',
  'ui.portal.protocols.col.date': 'Fecha',
  'ui.portal.protocols.reportAvailable': 'Informe disponible',

  'ui.portal.detail.back': 'Mis protocolos',
  'ui.portal.detail.slip': 'Comprobante para el envío',
  'ui.portal.detail.submitted': 'Lo que remitió',
  'ui.portal.detail.reception': 'Recepción en el laboratorio',
  'ui.portal.detail.notYetReceived': 'La muestra todavía no llegó al laboratorio.',
  'ui.portal.detail.outcome': 'Resultado',
  'ui.portal.detail.condition': 'Estado de la muestra',
  'ui.portal.detail.recordedAt': 'Registrado',
  'ui.portal.detail.rejected': 'Muestra rechazada',
  'ui.portal.detail.report': 'Informe',
  'ui.portal.detail.reportByMail':
    'Cada versión firmada se envía también a su correo electrónico, con el PDF adjunto.',
  'ui.portal.report.version': 'Versión {version}',
  'ui.portal.report.signed': 'Firmada el {when} por {signer}',
  'ui.portal.report.amended': 'Informe enmendado, reemplaza a la versión {version} del {date}',
  'ui.portal.report.reason': 'Motivo: {reason}',
  'ui.portal.report.replaced': 'Reemplazada por la versión {version}',
  'ui.portal.report.current': 'Vigente',
  'ui.portal.report.sha256': 'Huella SHA-256 del contenido: {hash}',
  'ui.portal.report.download': 'Descargar PDF',
  'ui.portal.report.downloadOne': 'Descargar el PDF de la versión {version}',
  'ui.portal.detail.history': 'Historial',

  'ui.portal.newProtocol.title': 'Nuevo protocolo',
  'ui.portal.newProtocol.beforeSubmit':
    'Al enviarlo recibirá un código temporal para escribir en el frasco o portaobjetos.',
  'ui.portal.newProtocol.submit': 'Enviar protocolo',
  'ui.portal.form.study': 'Estudio',
  'ui.portal.form.kind': 'Tipo de estudio',
  'ui.portal.form.kindHelp.histopathology': 'Tejido fijado en formol, en uno o más frascos.',
  'ui.portal.form.kindHelp.cytology': 'Extendidos o improntas en portaobjetos.',
  'ui.portal.form.clinical': 'Datos clínicos',
  'ui.portal.form.sample': 'Muestra',
  'ui.portal.form.fixFields': 'Revise estos datos',

  'ui.portal.draft.saving': 'Guardando borrador…',
  'ui.portal.draft.saved': 'Borrador guardado {time}',
  'ui.portal.draft.failed': 'No se pudo guardar el borrador: {reason}',
  'ui.portal.drafts.title': 'Borradores sin enviar ({count})',
  'ui.portal.drafts.untitled': 'sin animal todavía',
  'ui.portal.drafts.updated': 'Guardado {when}',
  'ui.portal.drafts.delete': 'Eliminar',
  'ui.portal.drafts.deleteOne': 'Eliminar el borrador {what}',
  'ui.portal.drafts.missing':
    'Ese borrador ya no existe (se envió o se eliminó). Puede empezar uno nuevo.',

  'ui.portal.submitted.title': 'Protocolo enviado',
  'ui.portal.submitted.explain':
    'Imprima el comprobante, escriba el código en el frasco o los portaobjetos y envíe la ' +
    'muestra al laboratorio.',
  'ui.portal.submitted.open': 'Ver el protocolo',
  'ui.portal.submitted.another': 'Enviar otro protocolo',
  'ui.portal.slip.heading': 'Protocolo de remisión · {kind}',
  'ui.portal.slip.codeLabel': 'Código temporal',
  'ui.portal.slip.qrAlt': 'Código QR de {code}',
  'ui.portal.slip.date': 'Fecha',
  'ui.portal.slip.instructions':
    'Escriba este código en el frasco o los portaobjetos y ponga este comprobante en el ' +
    'paquete.',
  'ui.portal.slip.print': 'Imprimir',

  'ui.portal.profile.title': 'Mi perfil',
  'ui.portal.profile.data': 'Mis datos',
  'ui.portal.profile.labVerified': 'Verificado por el laboratorio',
  'ui.portal.profile.notLabVerified': 'Pendiente de verificación del laboratorio',
  'ui.portal.profile.saved': 'Sus datos quedaron guardados.',
  'ui.portal.notify.title': 'Avisos por correo',
  'ui.portal.notify.statuses': 'Avisarme cuando un protocolo pase a',
  'ui.portal.notify.explain': 'El aviso llega a su correo electrónico, en el idioma elegido.',
  'ui.portal.notify.none': 'Sin ningún estado marcado no recibirá avisos.',
  'ui.portal.notify.reportAlways':
    'El informe firmado le llega siempre por correo, con el PDF adjunto, elija o no estos avisos.',
  'ui.portal.notify.saved': 'Sus avisos quedaron guardados.',
  'ui.portal.security.title': 'Contraseña y correo',
  'ui.portal.security.changePassword': 'Cambiar la contraseña',
  'ui.portal.security.passwordChanged':
    'Su contraseña cambió. Las sesiones abiertas en otros equipos se cerraron.',
  'ui.portal.security.changeEmail': 'Cambiar el correo',
  'ui.portal.security.changeEmailExplain':
    'Le enviaremos un enlace a la nueva dirección; el cambio vale cuando lo abra.',
  'ui.portal.security.emailLinkSent':
    'Le enviamos un enlace a {email}. Ábralo para confirmar la nueva dirección.',
  'ui.portal.history.title': 'Historial de cambios',
  'ui.portal.history.none': 'Sus datos no tuvieron cambios.',
  'ui.portal.history.entry': '{when}, por {who}',
  'ui.portal.history.change': '{field}: {from} → {to}',

  'ui.nav.veterinarians': 'Veterinarios',
  'ui.vets.title': 'Veterinarios',
  'ui.vets.count': 'En total: {count}',
  'ui.vets.search': 'Buscar',
  'ui.vets.searchPlaceholder': 'Nombre, correo o matrícula',
  'ui.vets.none': 'Todavía no hay veterinarios.',
  'ui.vets.noneFound': 'Ningún veterinario coincide con la búsqueda.',
  'ui.vets.col.name': 'Nombre',
  'ui.vets.col.email': 'Correo',
  'ui.vets.col.license': 'Matrícula',
  'ui.vets.col.account': 'Cuenta en el portal',
  'ui.vets.col.protocols': 'Protocolos',
  'ui.vets.col.verified': 'Verificado',
  'ui.vets.account.none': 'Sin cuenta',
  'ui.vets.account.unverified': 'Correo sin verificar',
  'ui.vets.account.active': 'Activa',
  'ui.vets.account.disabled': 'Desactivada',
  'ui.vets.verified': 'Sí',
  'ui.vets.notVerified': 'No',
  'ui.vets.verifiedFor': 'Matrícula verificada de {name}',
} as const;
