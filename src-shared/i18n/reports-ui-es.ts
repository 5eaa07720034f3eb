// Spanish words of the pathologist's screens: queue, editor, sign-out, amendments.

export const reportsUiEs = {
  'ui.reports.nav': 'Informes',
  'ui.reports.shell.admin': 'Administración',
  'ui.reports.title': 'Informes',
  'ui.reports.reasonTooShort': 'Escriba el motivo: al menos {min} caracteres.',

  'ui.reports.state.none': 'Sin informe',
  'ui.reports.state.draft': 'Borrador',
  'ui.reports.state.signed': 'Firmado',
  'ui.reports.state.sent': 'Enviado',

  'ui.reports.queue.title': 'Protocolos para informar',
  'ui.reports.queue.kind': 'Tipo de estudio',
  'ui.reports.queue.allKinds': 'Todos',
  'ui.reports.queue.pathologist': 'A cargo',
  'ui.reports.queue.allPathologists': 'Todos',
  'ui.reports.queue.mine': 'Míos',
  'ui.reports.queue.unassigned': 'Sin asignar',
  'ui.reports.queue.includeEarlier': 'Incluir recibidos y en proceso',
  'ui.reports.queue.countOne': '1 protocolo',
  'ui.reports.queue.count': '{count} protocolos, los más antiguos primero',
  'ui.reports.queue.countLimited': 'Se muestran {shown} de {total} protocolos, los más antiguos',
  'ui.reports.queue.lateCount': '{count} con más de {days} días desde la recepción',
  'ui.reports.queue.longHint': 'Más de {days} días desde la recepción',
  'ui.reports.queue.late': '(demorado)',
  'ui.reports.queue.nobody': 'Sin asignar',
  'ui.reports.queue.empty': 'No hay protocolos para informar con estos filtros.',
  'ui.reports.queue.emptyHint':
    'Un protocolo aparece aquí cuando la mesada deja listos todos sus portaobjetos. Para ' +
    'empezar un informe antes, active «Incluir recibidos y en proceso».',
  'ui.reports.queue.emptyEarlier':
    'Tampoco hay protocolos recibidos o en proceso con estos filtros. Pruebe con «Todos».',
  'ui.reports.queue.emptyMine':
    'No tomó ningún protocolo. Elija «Todos» o «Sin asignar» y presione «Tomar» en el que va a ' +
    'informar.',
  'ui.reports.queue.take': 'Tomar',
  'ui.reports.queue.takeAria': 'Tomar {code}',
  'ui.reports.queue.release': 'Soltar',
  'ui.reports.queue.releaseAria': 'Soltar {code}',
  'ui.reports.queue.col.protocol': 'Protocolo',
  'ui.reports.queue.col.kind': 'Tipo',
  'ui.reports.queue.col.species': 'Especie',
  'ui.reports.queue.col.veterinarian': 'Veterinario',
  'ui.reports.queue.col.received': 'Recibido',
  'ui.reports.queue.col.days': 'Días',
  'ui.reports.queue.col.status': 'Estado',
  'ui.reports.queue.col.pathologist': 'A cargo',
  'ui.reports.queue.col.report': 'Informe',

  'ui.reports.signature.missing':
    'Todavía no cargó la imagen de su firma, que se imprime sobre su nombre en cada informe.',
  'ui.reports.signature.upload': 'Cargar mi firma',
  'ui.reports.signature.title': 'Mi firma',
  'ui.reports.signature.explain':
    'La imagen se imprime sobre su nombre y matrícula en cada informe que firme. PNG o JPEG, ' +
    'hasta {max}, con fondo blanco o transparente. Cambiarla no modifica los informes ya firmados.',
  'ui.reports.signature.signsAs': 'Firma como',
  'ui.reports.signature.current': 'Su firma actual',
  'ui.reports.signature.none': 'Sin imagen de firma',
  'ui.reports.signature.file': 'Imagen de la firma',
  'ui.reports.signature.save': 'Guardar firma',
  'ui.reports.signature.replace': 'Reemplazar firma',
  'ui.reports.signature.saved': 'Firma guardada.',
  'ui.reports.signature.tooLarge':
    '«{name}» pesa {size} y el máximo es {max}. Use un escaneo de la firma recortado justo a ' +
    'su contorno, de unos 600 píxeles de ancho, y vuelva a elegirlo.',

  'ui.reports.editor.back': 'Volver a los informes',
  'ui.reports.editor.title': 'Informe',
  'ui.reports.editor.version': 'Versión {version}',
  'ui.reports.editor.amends': 'Enmienda de la versión {version}',
  'ui.reports.editor.amendmentReason': 'Motivo de la enmienda',
  'ui.reports.editor.pathologist': 'A cargo',
  'ui.reports.editor.protocolLink': 'Ver el protocolo',
  'ui.reports.editor.take': 'Tomar este protocolo',
  'ui.reports.editor.sign': 'Firmar',
  'ui.reports.editor.amend': 'Enmendar',
  'ui.reports.editor.pdf': 'Descargar PDF (versión {version})',
  'ui.reports.editor.delivered':
    'La versión {version} fue aceptada por el servidor de correo para {to}.',
  'ui.reports.editor.deliveryFailed':
    'El correo del informe no pudo enviarse a {to}. Revise el error abajo y la configuración ' +
    'de correo; puede reintentarlo desde la Bandeja.',
  'ui.reports.editor.signedTitle': 'Versión {version} firmada',
  'ui.reports.editor.signedBy': 'Firmada por {by} el {when}.',
  'ui.reports.editor.signedReadOnly':
    'Un informe firmado no se edita: descargue el PDF para leerlo completo, o use «Enmendar» ' +
    'para corregirlo en una nueva versión.',
  'ui.reports.editor.notYet':
    'El informe se puede escribir una vez que la muestra fue recibida en el laboratorio.',
  'ui.reports.editor.readOnly':
    'Todavía no hay un informe firmado. Solo un patólogo o una patóloga puede escribirlo.',

  'ui.reports.save.idle': 'Sin cambios',
  'ui.reports.save.dirty': 'Cambios sin guardar',
  'ui.reports.save.saving': 'Guardando…',
  'ui.reports.save.saved': 'Guardado {time}',
  'ui.reports.save.failed': 'No se pudo guardar',
  'ui.reports.save.conflict': 'Sin guardar: lo cambiaron en otro lado',
  'ui.reports.save.noBackup':
    'El navegador no permite guardar una copia local del texto. Lo escrito se guarda en el ' +
    'sistema cada segundo, pero un corte antes de eso lo perdería.',

  'ui.reports.restore.title': 'Hay texto sin guardar de este informe',
  'ui.reports.restore.typed':
    'En esta computadora quedó texto escrito el {when} que no llegó a guardarse.',
  'ui.reports.restore.serverOlder': 'El borrador guardado es anterior ({when}, {by}).',
  'ui.reports.restore.serverNewer':
    'Ojo: el borrador guardado es posterior ({when}, {by}); restaurar lo reemplaza.',
  'ui.reports.restore.noServer': 'Todavía no hay un borrador guardado.',
  'ui.reports.restore.restore': 'Restaurar el texto sin guardar',
  'ui.reports.restore.discard': 'Descartarlo',

  'ui.reports.conflict.title': 'Este borrador se guardó desde otra ventana o escritorio',
  'ui.reports.conflict.explain':
    '{by} lo guardó el {when} mientras usted escribía. Su texto sigue en pantalla y no se ' +
    'guardó. Elija cuál queda.',
  'ui.reports.conflict.theirField': '{field}, como lo guardaron:',
  'ui.reports.conflict.keepMine': 'Guardar mi texto encima',
  'ui.reports.conflict.takeTheirs': 'Cargar el texto de {by} (descarta el mío)',

  'ui.reports.syncConflicts.title': 'Texto reemplazado por la sincronización ({count})',
  'ui.reports.syncConflicts.explain':
    'Dos escritorios editaron este borrador sin verse. Quedó la edición más reciente; este es ' +
    'el texto que reemplazó, por si hay que recuperarlo.',
  'ui.reports.syncConflicts.field': '{field} · {when}',
  'ui.reports.syncConflicts.empty': '(estaba vacío)',
  'ui.reports.syncConflicts.copy': 'Copiar',
  'ui.reports.syncConflicts.copied': 'Copiado',
  'ui.reports.syncConflicts.insert': 'Agregar al final de {field}',
  'ui.reports.syncConflicts.hide': 'Ocultar',
  'ui.reports.syncConflicts.dismiss': 'Dar por revisado',
  'ui.reports.syncConflicts.dismissAria': 'Dar por revisado el texto reemplazado de {field}',
  'ui.reports.syncConflicts.dismissHint': 'Deja de mostrarse aquí. El borrador no cambia.',

  'ui.reports.facts.title': 'Protocolo',
  'ui.reports.facts.species': 'Especie',
  'ui.reports.facts.breed': 'Raza',
  'ui.reports.facts.sex': 'Sexo',
  'ui.reports.facts.age': 'Edad',
  'ui.reports.facts.identification': 'Identificación',
  'ui.reports.facts.owner': 'Propietario',
  'ui.reports.facts.veterinarian': 'Veterinario',
  'ui.reports.facts.vetWithLicense': '{name} (Mat. {license})',
  'ui.reports.facts.vetContact': 'Contacto',
  'ui.reports.facts.submitted': 'Remitido',
  'ui.reports.facts.received': 'Recibido',
  'ui.reports.facts.presumptive': 'Diagnóstico presuntivo',
  'ui.reports.facts.history': 'Historia clínica',

  'ui.reports.material.title': 'Casetes y portaobjetos',
  'ui.reports.material.none': 'La mesada todavía no registró casetes ni portaobjetos.',
  'ui.reports.material.cassette': 'Casete',
  'ui.reports.material.slide': 'Portaobjetos',

  'ui.reports.sections.title': 'Informe',
  'ui.reports.section.macroscopic': 'Descripción macroscópica',
  'ui.reports.section.microscopic': 'Descripción microscópica',
  'ui.reports.section.item': 'Microscopía de {code}',
  'ui.reports.section.diagnosis': 'Diagnóstico',
  'ui.reports.section.comments': 'Comentarios',
  'ui.reports.section.signed_version_id': 'Firma',
  'ui.reports.section.microscopic_items': 'Descripciones por casete o portaobjetos',

  'ui.reports.items.add': 'Agregar descripción por casete/portaobjetos',
  'ui.reports.items.addPlaceholder': 'Elija un casete o portaobjetos',
  'ui.reports.items.remove': 'Quitar',
  'ui.reports.items.removeAria': 'Quitar la descripción de {code}',
  'ui.reports.items.confirmRemove': '¿Quitar con su texto? Confirmar',
  'ui.reports.items.confirmRemoveAria': 'Confirmar: quitar la descripción de {code} con su texto',

  'ui.reports.phrases.title': 'Frases y diagnósticos',
  'ui.reports.phrases.explain':
    'Un clic inserta la frase donde estaba el cursor; los diagnósticos van al Diagnóstico.',
  'ui.reports.phrases.new': 'Nueva',
  'ui.reports.phrases.search': 'Buscar en mis frases',
  'ui.reports.phrases.kind': 'Tipo',
  'ui.reports.phrases.all': 'Todas',
  'ui.reports.phrases.kindPhrases': 'Frases',
  'ui.reports.phrases.kindDiagnoses': 'Diagnósticos',
  'ui.reports.phrases.kindPhrase': 'Frase',
  'ui.reports.phrases.kindDiagnosis': 'Diagnóstico',
  'ui.reports.phrases.fromSelection': 'Guardar selección como frase',
  'ui.reports.phrases.fromSelectionHint':
    'Seleccione texto en una sección del informe para guardarlo como frase.',
  'ui.reports.phrases.emptyLibrary':
    'Todavía no tiene frases. Cree una con «Nueva» o seleccione texto del informe y use ' +
    '«Guardar selección como frase».',
  'ui.reports.phrases.noMatch': 'Ninguna frase coincide con la búsqueda.',
  'ui.reports.phrases.insertAria': 'Insertar «{title}»',
  'ui.reports.phrases.optionsAria': 'Opciones de «{title}»',
  'ui.reports.phrases.edit': 'Editar',
  'ui.reports.phrases.remove': 'Quitar',
  'ui.reports.phrases.removeAria': 'Quitar «{title}» de la biblioteca',
  'ui.reports.phrases.confirmRemove': '¿Quitarla de la biblioteca?',
  'ui.reports.phrases.newTitle': 'Nueva frase',
  'ui.reports.phrases.editTitle': 'Editar frase',
  'ui.reports.phrases.titleField': 'Título',
  'ui.reports.phrases.titleHelp': 'Unas palabras para encontrarla en la lista.',
  'ui.reports.phrases.text': 'Texto',
  'ui.reports.phrases.required': 'Complete este campo.',
  'ui.reports.phrases.save': 'Guardar frase',

  'ui.reports.images.title': 'Imágenes',
  'ui.reports.images.explain':
    'Hasta {count} microfotografías PNG o JPEG de hasta {max} cada una, con su epígrafe.',
  'ui.reports.images.file': 'Imagen',
  'ui.reports.images.filePlaceholder': 'Elegir archivo PNG o JPEG',
  'ui.reports.images.caption': 'Epígrafe',
  'ui.reports.images.captionPlaceholder': 'Ej.: Células neoplásicas, H-E, 400x',
  'ui.reports.images.add': 'Agregar imagen',
  'ui.reports.images.figure': 'Figura {n}',
  'ui.reports.images.remove': 'Quitar',
  'ui.reports.images.removeAria': 'Quitar la figura {n}',
  'ui.reports.images.full':
    'El informe ya tiene {count} imágenes, el máximo. Quite una para agregar otra.',
  'ui.reports.images.unavailable': 'No se pudo cargar la imagen',
  'ui.reports.image.wrongType':
    '«{name}» no es una imagen PNG ni JPEG. Guárdela en uno de esos formatos y vuelva a elegirla.',
  'ui.reports.image.empty': '«{name}» está vacío. Elija otro archivo.',
  'ui.reports.image.tooLarge':
    '«{name}» pesa {size} y el máximo es {max}. Redúzcala (por ejemplo, a 1600 píxeles de ' +
    'ancho) y vuelva a elegirla.',
  'ui.reports.image.unreadable': 'No se pudo leer «{name}». Vuelva a elegir el archivo.',

  'ui.reports.sign.title': 'Firmar el informe de {code}',
  'ui.reports.sign.protocol': 'Protocolo',
  'ui.reports.sign.version': 'Versión',
  'ui.reports.sign.name': 'Firma',
  'ui.reports.sign.license': 'Matrícula',
  'ui.reports.sign.noLicenseShort': 'Sin matrícula cargada',
  'ui.reports.sign.when': 'Fecha y hora',
  'ui.reports.sign.whenValue': 'las del momento de confirmar (ahora {now})',
  'ui.reports.sign.noLicense':
    'Su usuario no tiene matrícula cargada y el informe firmado la muestra. Pida a un ' +
    'administrador que la cargue en Usuarios.',
  'ui.reports.sign.noImage':
    'Todavía no cargó la imagen de su firma, que se imprime sobre su nombre en el informe.',
  'ui.reports.sign.uploadImage': 'Cargar mi firma',
  'ui.reports.sign.earlyReason': 'Motivo para firmar antes de que el protocolo esté listo',
  'ui.reports.sign.earlyReasonHelp':
    'El protocolo está «{status}». El motivo queda registrado y se imprime en el informe.',
  'ui.reports.sign.password': 'Contraseña',
  'ui.reports.sign.passwordHelp':
    'Para firmar, vuelva a escribir su contraseña: la sesión abierta no alcanza.',
  'ui.reports.sign.passwordRequired': 'Escriba su contraseña para firmar.',
  'ui.reports.sign.refusedTitle': 'No se firmó',
  'ui.reports.sign.notSaved':
    'El último texto no se pudo guardar, así que no se firmó. Resuelva el aviso del borrador y ' +
    'vuelva a firmar.',
  'ui.reports.sign.submit': 'Firmar informe',

  'ui.reports.amend.title': 'Enmendar el informe de {code}',
  'ui.reports.amend.explain':
    'Se abre la versión {next} como borrador, con el texto de la versión {version} para ' +
    'corregir. La versión {version} y su PDF quedan como están. La enmienda se firma igual ' +
    'que el informe y se envía al veterinario.',
  'ui.reports.amend.reason': 'Motivo de la enmienda',
  'ui.reports.amend.reasonHelp':
    'Al menos {min} caracteres. Se imprime en la nueva versión. Ctrl+Enter confirma.',
  'ui.reports.amend.submit': 'Abrir la enmienda',

  'ui.reports.versions.title': 'Versiones firmadas',
  'ui.reports.versions.none': 'Todavía no hay versiones firmadas.',
  'ui.reports.versions.current': 'vigente',
  'ui.reports.versions.replaced': 'reemplazada',
  'ui.reports.versions.amends': 'Enmienda de la versión {version}: {reason}',
  'ui.reports.versions.early': 'Firmada antes de estar listo: {reason}',
  'ui.reports.versions.pdf': 'PDF',
  'ui.reports.versions.pdfAria': 'Descargar el PDF de la versión {version}',
  'ui.reports.versions.col.version': 'Versión',
  'ui.reports.versions.col.signedAt': 'Firmada',
  'ui.reports.versions.col.signer': 'Firmó',
  'ui.reports.versions.col.reason': 'Motivo',
  'ui.reports.versions.col.diagnosis': 'Diagnóstico',

  'ui.reports.deliveries.title': 'Envío al veterinario',
  'ui.reports.deliveries.none': 'Todavía no hay correos del informe.',
  'ui.reports.deliveries.col.to': 'Destinatario',
  'ui.reports.deliveries.col.version': 'Versión',
  'ui.reports.deliveries.col.status': 'Estado',
  'ui.reports.deliveries.col.attempts': 'Intentos',
  'ui.reports.deliveries.col.sentAt': 'Fecha de envío',
  'ui.reports.deliveries.col.error': 'Último error',
  'ui.reports.deliveries.mailNotConfigured':
    'No hay servidor de correo configurado: el informe espera en la bandeja de salida hasta ' +
    'que un administrador lo configure en Impresión y correo.',

  'ui.reports.protocol.title': 'Informe',
  'ui.reports.protocol.open': 'Abrir el informe',
  'ui.reports.protocol.none': 'Todavía no hay un informe firmado.',
  'ui.reports.protocol.drafting': 'La versión {version} está en borrador.',
  'ui.reports.protocol.signed': 'Versiones firmadas: {count}.',

  'ui.reports.labHeader.title': 'Encabezado de los informes',
  'ui.reports.labHeader.explain':
    'El nombre, los datos y el logo del laboratorio que encabezan cada informe en PDF. Los ' +
    'informes ya firmados conservan el encabezado con el que se firmaron.',
  'ui.reports.labHeader.name': 'Nombre del laboratorio',
  'ui.reports.labHeader.line': 'Línea {n}',
  'ui.reports.labHeader.linePlaceholder': 'Dirección, teléfono, correo o sitio web',
  'ui.reports.labHeader.logo': 'Logo',
  'ui.reports.labHeader.logoHelp': 'PNG o JPEG, hasta {max}.',
  'ui.reports.labHeader.logoPreview': 'Vista previa del logo elegido',
  'ui.reports.labHeader.hasLogo': 'Hay un logo cargado.',
  'ui.reports.labHeader.removeLogo': 'Quitar el logo',
  'ui.reports.labHeader.save': 'Guardar encabezado',
  'ui.reports.labHeader.saved': 'Encabezado guardado.',

  'ui.reports.help.open': 'Cómo se informa',
  'ui.reports.help.title': 'Escribir y firmar informes',
  'ui.reports.help.step1':
    'En Informes, tome un protocolo de la lista (los más antiguos primero) con «Tomar».',
  'ui.reports.help.step2':
    'Ábralo: a la izquierda están los datos del protocolo y el material; escriba la ' +
    'descripción macroscópica, la microscópica (general y por casete o portaobjetos), el ' +
    'diagnóstico y los comentarios.',
  'ui.reports.help.step3':
    'Use sus frases y diagnósticos de la biblioteca de la derecha; agregue imágenes si ' +
    'hacen falta.',
  'ui.reports.help.step4':
    'Presione «Firmar», revise lo que significa la firma y confirme con su contraseña.',
  'ui.reports.help.step5':
    'El informe se envía por correo al veterinario; la tabla de envío muestra cuándo el ' +
    'servidor de correo lo aceptó, y el protocolo pasa a «Informe enviado».',
  'ui.reports.help.notesTitle': 'Bueno saber',
  'ui.reports.help.autosave':
    'El borrador se guarda solo, un segundo después de dejar de escribir, al salir de un campo ' +
    'y al cerrar. Una copia queda en esta computadora hasta que el sistema confirma el ' +
    'guardado: si algo se corta, al volver a abrir el informe se ofrece recuperarla.',
  'ui.reports.help.conflict':
    'Si otra ventana o escritorio guardó el mismo borrador, nada se pisa: su texto sigue en ' +
    'pantalla y usted elige cuál queda.',
  'ui.reports.help.phrases':
    'Un clic en una frase la inserta donde estaba el cursor; los diagnósticos van siempre al ' +
    'Diagnóstico. Seleccione texto del informe y use «Guardar selección como frase» para sumarlo.',
  'ui.reports.help.images': 'Hasta 4 imágenes PNG o JPEG de hasta 1 MB cada una.',
  'ui.reports.help.early':
    'Un informe se puede escribir desde que la muestra se recibe; firmarlo antes de que el ' +
    'protocolo esté listo pide un motivo escrito, que se imprime.',
  'ui.reports.help.amend':
    'Un informe firmado no se edita. «Enmendar» abre una nueva versión con un motivo ' +
    'obligatorio; las versiones anteriores y sus PDF siguen disponibles.',
  'ui.reports.help.signature':
    'Cargue una vez la imagen de su firma en «Mi firma» (Impresión y correo). La matrícula la ' +
    'carga un administrador.',
  'ui.reports.help.keysTitle': 'Teclas',
  'ui.reports.help.keyQueue': 'Ir a Informes',
  'ui.reports.help.keySave': 'Guardar el borrador ahora',
  'ui.reports.help.keyArrows': 'Moverse entre los protocolos de la lista',
  'ui.reports.help.keyCtrlEnter': 'Confirmar un diálogo desde un campo de texto largo',
  'ui.reports.help.enterInRow': 'En la lista, un protocolo se abre con',
};
