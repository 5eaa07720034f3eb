// Spanish words of the bench: stages, cassette types, slide states, quality
// grades, and the errors a technician may meet.

export const processingEs = {
  'stage.sectioning': 'Fraccionado',
  'stage.identification': 'Identificación',
  'stage.fixation': 'Fijación',
  'stage.embedding': 'Inclusión',
  'stage.cutting': 'Corte',
  'stage.mounting': 'Montaje',
  'stage.staining': 'Coloración',
  'stage.none': 'Sin etapas',
  'cassetteType.normal': 'Normal (blanco)',
  'cassetteType.multicut': 'Multicorte (amarillo)',
  'cassetteType.special': 'Coloración especial (naranja)',
  'label.field': 'Campo {n}',
  'label.cassetteType.multicut': 'Multicorte',
  'label.cassetteType.special': 'Especial',
  'slideStatus.pending': 'Pendiente',
  'slideStatus.mounted': 'Montado',
  'slideStatus.stained': 'Coloreado',
  'slideStatus.ready': 'Listo',
  'quality.excellent': 'Excelente',
  'quality.good': 'Buena',
  'quality.acceptable': 'Aceptable',
  'quality.poor': 'Deficiente',
  'item.cassette': 'Casete',
  'items.cassettes': 'casetes',
  'items.slides': 'portaobjetos',
  'item.slide': 'Portaobjetos',

  'error.codeUnreadable':
    'El código «{code}» no es un número de protocolo, casete ni portaobjetos. ' +
    'Ejemplos: HP 26/001, HP 26/001-C1, CT 26/014-S3.',
  'error.cassetteNotFound': 'El protocolo {protocol} no tiene el casete {code}.',
  'error.slideNotFound': 'El protocolo {protocol} no tiene el portaobjetos {code}.',
  'error.notWorkable':
    'El protocolo {protocol} está «{status}»: solo se procesan muestras recibidas.',
  'error.cassetteOnCytology':
    'El protocolo {protocol} es de citología: no lleva casetes, los portaobjetos se ' +
    'registran directamente.',
  'error.slideNeedsCassette':
    'Indique de qué casete (o casetes) sale el portaobjetos del protocolo {protocol}.',
  'error.cassetteOfOtherProtocol':
    'El casete {code} es de otro protocolo: un portaobjetos solo puede salir de casetes ' +
    'del protocolo {protocol}.',
  'error.cassetteVoided': 'El casete {code} fue anulado ({when}, por {by}): {reason}.',
  'error.cassetteAlreadyVoided': 'El casete {code} ya fue anulado ({when}, por {by}).',
  'error.slideReplaced':
    'El portaobjetos {code} fue rehecho como {replacement}; trabaje sobre el nuevo.',
  'error.stageNotForItem': 'La etapa «{stage}» no corresponde a {item} {code}.',
  'error.stainUnknown':
    'La coloración «{stain}» no está en el catálogo. Un administrador puede agregarla ' +
    'en Configuración.',
  'error.stainExists': 'La coloración «{stain}» ya está en el catálogo.',
  'error.stainNotFound': 'No se encontró la coloración.',
  'error.noItemsToPrint': 'El protocolo {protocol} no tiene {items} para imprimir.',
  'error.slideStatusBack':
    'El portaobjetos {code} ya está «{current}»; no puede volver a «{wanted}».',

  'error.noItemsForStage':
    'El protocolo {protocol} no tiene casetes ni portaobjetos vigentes para la etapa «{stage}».',
  'error.stainNotForKind': 'La coloración «{stain}» no se usa en {kind}.',

  'error.protocolExpected':
    '«{code}» es el código de un casete o portaobjetos; indique el número de protocolo ({protocol}).',
  'error.tooManySlides':
    'Se pidieron {count} portaobjetos de una vez; el máximo es {max}. Revise la cantidad.',
  'error.fieldTooHigh': 'Los campos llegarían a {last}; el número de campo va de 1 a {max}.',
  'error.stainInactive':
    'La coloración «{stain}» está desactivada en el catálogo. Un administrador puede ' +
    'reactivarla en Configuración.',

  'error.stainNameEmpty': 'El nombre de la coloración debe tener letras o números.',
  'history.firstWork': 'Primer casete o portaobjetos',
  'history.allSlidesReady': 'Todos los portaobjetos listos',
};
