// Spanish messages of the pathologist's reports: errors and what the audit log says.

export const reportsEs = {
  'error.reportNeedsUser':
    'Esta acción la hace un histopatólogo con su propio usuario: inicie sesión con el suyo.',
  'error.reportNotReportable':
    'El protocolo {protocol} está «{status}»: el informe se redacta desde que se recibe la ' +
    'muestra.',
  'error.reportAlreadySigned':
    'El informe del protocolo {protocol} ya está firmado (versión {version}, {when}, por ' +
    '{by}) y no puede modificarse. Para corregirlo, cree una enmienda.',
  'error.reportDraftChanged':
    'El borrador del protocolo {protocol} cambió mientras lo editaba: lo guardó {by} el ' +
    '{when}. No se guardó nada; vuelva a abrirlo para ver esos cambios antes de seguir.',
  'error.reportItemUnknown':
    '«{code}» no es un casete ni un portaobjetos vigente del protocolo {protocol}.',
  'error.reportTooLong':
    'El informe tiene {chars} caracteres en total; el máximo es {max}. Acorte el texto.',
  'error.reportImageType':
    'El archivo cargado como {what} no es una imagen PNG ni JPEG, o no es del tipo ' +
    'indicado. Cargue una foto en uno de esos formatos.',
  'error.reportImageTooBig': 'El archivo de {what} pesa {size}; el máximo es {max}.',
  'error.reportImageTooLarge':
    'El archivo cargado como {what} mide {width} × {height} píxeles ({megapixels} ' +
    'megapíxeles); en {format} se admiten hasta {side} píxeles de lado y {maxMegapixels} ' +
    'megapíxeles. Achíquelo y vuelva a cargarlo.',
  'error.reportImageDamaged':
    'El archivo cargado como {what} empieza como una imagen {format}, pero no es una imagen ' +
    '{format} completa y válida: está dañado, cortado o es otro tipo de archivo. Ábralo y ' +
    'guárdelo de nuevo como PNG o JPEG, y vuelva a cargarlo.',
  'error.reportTooManyImages':
    'El informe ya tiene {max} imágenes; quite una antes de agregar otra.',
  'error.reportImageNotFound': 'No se encontró la imagen del informe.',
  'error.reportNoDraft': 'El protocolo {protocol} no tiene un borrador de informe para firmar.',
  'error.reportNoDiagnosis': 'Falta el diagnóstico: un informe no se firma sin él.',
  'error.reportNoLicense':
    'Su usuario no tiene número de matrícula, y la firma del informe debe mostrarlo. Pida ' +
    'a un administrador que lo cargue en Usuarios.',
  'error.reportWrongPassword': 'La contraseña no es correcta; el informe no se firmó.',
  'error.reportEarlyReason':
    'El protocolo {protocol} está «{status}», todavía no listo para el histopatólogo. Para ' +
    'firmar antes, escriba el motivo (al menos 10 caracteres).',
  'error.reportNotSignable': 'Un protocolo «{status}» no puede firmarse.',
  'error.reportChangedWhileSigning':
    'El borrador cambió mientras se firmaba (lo guardó {by} el {when}); el informe no se ' +
    'firmó. Revíselo y vuelva a firmar.',
  'error.reportTooLargeToSign':
    'El informe firmado ocuparía {size}, más de lo que puede viajar al servidor central ' +
    '({max}). Quite o achique imágenes y vuelva a firmar.',
  'error.reportNothingToAmend':
    'El protocolo {protocol} no tiene un informe firmado para enmendar.',
  'error.reportDraftOpen':
    'El protocolo {protocol} ya tiene un borrador abierto (versión {version}): siga con ese ' +
    'borrador.',
  'error.reportNotSignedYet': 'El protocolo {protocol} todavía no tiene un informe firmado.',
  'error.reportVersionNotFound': 'El protocolo {protocol} no tiene una versión {version} firmada.',
  'error.reportAssignedToOther':
    'El protocolo {protocol} está asignado a {name}; solo esa persona puede liberarlo. ' +
    'Para tomarlo usted, asígneselo.',
  'error.phraseNotFound': 'No se encontró la frase en su biblioteca.',
  'error.tooManyPhrases': 'Ya tiene {max} frases guardadas; borre alguna antes de agregar otra.',

  'report.what.image': 'la imagen',
  'report.what.signature': 'la firma',
  'report.what.logo': 'el logo',
  'report.labHeader.defaultName': 'Laboratorio de Anatomía Patológica Veterinaria',
  'report.labHeader.defaultLine': 'Facultad de Ciencias Veterinarias',
  'report.material.submitted': 'Remitido: {text}',
  'history.reportSigned': 'Informe firmado (versión {version})',
  'history.reportSignedEarly': 'Informe firmado antes de estar listo (versión {version}): {reason}',
  'history.reportAmended': 'Informe enmendado (versión {version})',
};
