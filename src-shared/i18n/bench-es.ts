// Spanish texts of the bench screens: the bench itself, its board, the
// traceability tree of a protocol, the stain catalogue and their help.

export const benchEs = {
  'ui.nav.bench': 'Mesada',
  'ui.help.benchTitle': 'Trabajar en la mesada',
  'ui.help.scanAnywhere':
    'Fuera de un campo de texto, el lector de códigos funciona en cualquier pantalla: el ' +
    'código de un frasco abre su protocolo, el de un casete o portaobjetos abre la mesada ' +
    'sobre él.',

  'ui.bench.title': 'Mesada',
  'ui.bench.backToBoard': 'Volver al tablero',
  'ui.bench.scanLabel': 'Código de frasco, casete o portaobjetos',
  'ui.bench.scanPlaceholder': 'Escanee o escriba HP 26/001, HP 26/001-C2 o CT 26/014-S3',
  'ui.bench.scanPlaceholderOpen': 'Código de casete o portaobjetos (…-C2, …-S1)',
  'ui.bench.scanHint': 'Escanee un frasco, casete o portaobjetos y presione',
  'ui.bench.scanHintOpen':
    'Escanee más casetes o portaobjetos del protocolo para sumarlos. Presione',
  'ui.bench.escHint': 'vacía el campo, luego la selección, luego vuelve al tablero',
  'ui.bench.numberPending': 'N° pendiente',
  'ui.bench.selectItem': 'Seleccionar {code}',
  'ui.bench.printLabels': 'Imprimir etiquetas',
  'ui.bench.printLabel': 'Imprimir la etiqueta',
  'ui.bench.reasonRequired': 'Indique el motivo (al menos 3 caracteres).',
  'ui.bench.ctrlEnterHint': 'Ctrl + Enter registra desde este campo.',

  'ui.bench.header.material': 'Material',
  'ui.bench.header.containers': 'Frascos',
  'ui.bench.header.slidesDeclared': 'Portaobjetos declarados',
  'ui.bench.header.animal': 'Animal',
  'ui.bench.header.received': 'Recibido',
  'ui.bench.header.traceability': 'Ver protocolo y trazabilidad',

  'ui.bench.action.cassettes': 'Agregar casetes',
  'ui.bench.action.slides': 'Agregar portaobjetos',
  'ui.bench.action.stage': 'Registrar etapa',
  'ui.bench.action.status': 'Estado y calidad',
  'ui.bench.action.redo': 'Rehacer portaobjetos',
  'ui.bench.action.void': 'Anular casete',
  'ui.bench.action.labels': 'Etiquetas',

  'ui.bench.selection.noneHp':
    'Nada seleccionado: tilde casetes o portaobjetos, o escanéelos, para registrar etapas.',
  'ui.bench.selection.noneCt':
    'Nada seleccionado: tilde portaobjetos, o escanéelos, para registrar etapas.',
  'ui.bench.selection.some': 'Seleccionados: {items}',
  'ui.bench.selection.escClears': 'en el campo de código quita la selección',
  'ui.bench.selection.clear': 'Quitar selección',
  'ui.bench.count.cassetteOne': '1 casete',
  'ui.bench.count.cassettes': '{count} casetes',
  'ui.bench.count.slideOne': '1 portaobjetos',
  'ui.bench.count.slides': '{count} portaobjetos',

  'ui.bench.scan.voided': '{code} está anulado: no se puede trabajar sobre él.',
  'ui.bench.scan.replaced': '{code} fue rehecho como {replacement}: ya no se trabaja sobre él.',
  'ui.bench.scan.selectionDropped':
    'Se abrió {protocol}; se quitó la selección que había en {previous}.',

  'ui.bench.col.cassette': 'Casete',
  'ui.bench.col.slide': 'Portaobjetos',
  'ui.bench.col.material': 'Contenido',
  'ui.bench.col.type': 'Tipo',
  'ui.bench.col.stage': 'Última etapa',
  'ui.bench.col.created': 'Creado',
  'ui.bench.col.fromCassettes': 'De casetes',
  'ui.bench.col.stain': 'Coloración',
  'ui.bench.col.field': 'Campo',
  'ui.bench.col.status': 'Estado',
  'ui.bench.col.quality': 'Calidad',
  'ui.bench.col.redo': 'Rehecho',

  'ui.bench.cassettes.heading': 'Casetes ({count})',
  'ui.bench.cassettes.headingLive': 'Casetes (vigentes: {live} de {count})',
  'ui.bench.cassettes.none':
    'Todavía no hay casetes. Agregue los primeros con «Agregar casetes» (Alt + C).',
  'ui.bench.cassettes.selectAll': 'Seleccionar todos los casetes',
  'ui.bench.cassettes.voided': 'Anulado por {by}, {when}: {reason}',
  'ui.bench.cassettes.title': 'Agregar casetes a {protocol}',
  'ui.bench.cassettes.submit': 'Agregar casetes',
  'ui.bench.cassettes.material': 'Contenido del casete',
  'ui.bench.cassettes.materialHelp': 'Qué parte del material va en el casete.',
  'ui.bench.cassettes.materialRequired': 'Indique qué contiene el casete.',
  'ui.bench.cassettes.type': 'Tipo de casete',
  'ui.bench.cassettes.count': 'Cantidad',

  'ui.bench.slides.heading': 'Portaobjetos ({count})',
  'ui.bench.slides.headingLive': 'Portaobjetos (vigentes: {live} de {count})',
  'ui.bench.slides.noneHp':
    'Todavía no hay portaobjetos. Seleccione casetes y use «Agregar portaobjetos» (Alt + O).',
  'ui.bench.slides.noneCt':
    'Todavía no hay portaobjetos. Regístrelos con «Agregar portaobjetos» (Alt + O).',
  'ui.bench.slides.selectAll': 'Seleccionar todos los portaobjetos',
  'ui.bench.slides.redoneAs': 'rehecho como {code}',
  'ui.bench.slides.redoes': 'rehace {code}',
  'ui.bench.slides.title': 'Agregar portaobjetos a {protocol}',
  'ui.bench.slides.submit': 'Agregar portaobjetos',
  'ui.bench.slides.cassettes': 'Casetes de origen',
  'ui.bench.slides.cassettesHelp': 'Los casetes seleccionados en la mesada ya están elegidos.',
  'ui.bench.slides.cassetteRequired': 'Elija al menos un casete.',
  'ui.bench.slides.noCassettes': 'No hay casetes con ese código.',
  'ui.bench.slides.grouping': 'Con varios casetes',
  'ui.bench.slides.each': 'Un portaobjetos por casete',
  'ui.bench.slides.together': 'Un portaobjetos con todos juntos',
  'ui.bench.slides.stain': 'Coloración',
  'ui.bench.slides.noStain': 'No hay una coloración con ese nombre.',
  'ui.bench.slides.field': 'Campo',
  'ui.bench.slides.count': 'Cantidad',
  'ui.bench.slides.countEach': 'Cantidad por casete',

  'ui.bench.stage.title': 'Registrar etapa',
  'ui.bench.stage.submit': 'Registrar',
  'ui.bench.stage.forCassettes': 'Casetes seleccionados ({count}):',
  'ui.bench.stage.forSlides': 'Portaobjetos seleccionados ({count}):',
  'ui.bench.stage.mixed':
    'Hay casetes y portaobjetos seleccionados, y sus etapas son distintas. Registre unos y ' +
    'otros por separado.',
  'ui.bench.stage.stage': 'Etapa',
  'ui.bench.stage.digitsHint': 'Elija con las flechas o con el número:',
  'ui.bench.stage.digitHintOne': 'Es la única etapa que corresponde; también se elige con',
  'ui.bench.stage.notes': 'Notas (opcional)',

  'ui.bench.status.title': 'Estado y calidad de los portaobjetos',
  'ui.bench.status.submit': 'Guardar',
  'ui.bench.status.forSlides': 'Portaobjetos seleccionados ({count}):',
  'ui.bench.status.status': 'Estado',
  'ui.bench.status.quality': 'Calidad',
  'ui.bench.status.keep': 'Sin cambio',
  'ui.bench.status.poorHint': 'Un portaobjetos deficiente puede rehacerse.',
  'ui.bench.status.protocolReady':
    'Todos los portaobjetos de {protocol} están listos: el protocolo quedó «Listo» para el ' +
    'histopatólogo.',

  'ui.bench.redo.title': 'Rehacer el portaobjetos {code}',
  'ui.bench.redo.submit': 'Rehacer',
  'ui.bench.redo.explain':
    'Se crea un portaobjetos nuevo de los mismos casetes, con la misma coloración y campo. ' +
    'El anterior queda registrado, enlazado al nuevo, y ya no se trabaja.',
  'ui.bench.redo.reason': 'Motivo',
  'ui.bench.redo.reasonPlaceholder': 'Corte con pliegues, coloración débil…',

  'ui.bench.void.title': 'Anular el casete {code}',
  'ui.bench.void.submit': 'Anular {code}',
  'ui.bench.void.explain':
    'El casete {code} queda anulado para siempre: se ve tachado, con quién lo anuló y por ' +
    'qué, y no se le pueden registrar etapas ni cortar portaobjetos.',
  'ui.bench.void.reason': 'Motivo de la anulación',
  'ui.bench.void.reasonPlaceholder': 'Casete vacío, rotulado dos veces…',

  'ui.bench.labels.title': 'Etiquetas de {protocol}',
  'ui.bench.labels.which': '¿Qué etiquetas?',
  'ui.bench.labels.selected': 'Lo seleccionado ({items})',
  'ui.bench.labels.allCassettes': 'Todos los casetes ({count})',
  'ui.bench.labels.allSlides': 'Todos los portaobjetos ({count})',
  'ui.bench.labels.liveCassettes': 'Todos los casetes vigentes ({count})',
  'ui.bench.labels.liveSlides': 'Todos los portaobjetos vigentes ({count})',
  'ui.bench.labels.nothing': 'Este protocolo todavía no tiene casetes ni portaobjetos.',
  'ui.bench.labels.print': 'Imprimir',
  'ui.bench.labels.pdf': 'Descargar PDF',

  'ui.bench.print.title': 'Impresión de etiquetas',
  'ui.bench.print.printed': 'Etiquetas impresas',
  'ui.bench.print.savedPdf': 'Etiquetas guardadas en PDF',
  'ui.bench.print.failed': 'La impresión falló',
  'ui.bench.print.skipped': 'Sin imprimir',
  'ui.bench.print.cassettes': 'Etiquetas de casetes: {count}',
  'ui.bench.print.slides': 'Etiquetas de portaobjetos: {count}',
  'ui.bench.print.failedHelp':
    'Lo registrado no se pierde. Revise la impresora (encendida, con papel, conectada) y ' +
    'vuelva a imprimir desde «Etiquetas», o descargue el PDF.',
  'ui.bench.print.notAsked': 'Se pidió no imprimir; puede hacerlo después desde «Etiquetas».',
  'ui.bench.print.noPrinter':
    'No hay impresora de etiquetas configurada; descargue el PDF desde «Etiquetas».',

  'ui.board.title': 'Tablero de la mesada',
  'ui.board.kind': 'Tipo de estudio',
  'ui.board.allKinds': 'Todos',
  'ui.board.technician': 'Técnico',
  'ui.board.allTechnicians': 'Todos los técnicos',
  'ui.board.countsTitle': 'Casetes y portaobjetos en curso por etapa',
  'ui.board.waitingAt': 'Última etapa',
  'ui.board.cassettes': 'casetes',
  'ui.board.slides': 'portaobjetos',
  'ui.board.count': 'Protocolos en curso: {count}',
  'ui.board.countLimited': 'Se muestran los {shown} más antiguos de {total} protocolos en curso.',
  'ui.board.empty': 'No hay protocolos en curso con estos filtros.',
  'ui.board.openRow': 'Abrir {code} en la mesada',
  'ui.board.col.protocol': 'Protocolo',
  'ui.board.col.kind': 'Estudio',
  'ui.board.col.status': 'Estado',
  'ui.board.col.received': 'Recibido',
  'ui.board.col.days': 'Días',
  'ui.board.col.stage': 'Espera en',
  'ui.board.col.cassettes': 'Casetes',
  'ui.board.col.slidesReady': 'Portaobjetos listos',
  'ui.board.col.technician': 'Último técnico',
  'ui.board.notStarted': 'Sin iniciar',
  'ui.board.notStartedItems': 'Algún casete o portaobjetos espera su primera etapa.',
  'ui.board.notStartedEmpty': 'Todavía no tiene casetes ni portaobjetos.',
  'ui.board.notStartedCount': 'Casetes y portaobjetos que esperan su primera etapa.',

  'ui.labelKind.cassette': 'Casetes',
  'ui.labelKind.slide': 'Portaobjetos',

  'ui.trace.title': 'Trazabilidad',
  'ui.trace.openBench': 'Abrir en la mesada',
  'ui.trace.jar': 'Frasco',
  'ui.trace.sample': 'Muestra',
  'ui.trace.containers': 'Frascos: {count}',
  'ui.trace.slidesDeclared': 'Portaobjetos declarados: {count}',
  'ui.trace.received': 'recibido {when}',
  'ui.trace.empty': 'Todavía no hay casetes ni portaobjetos.',
  'ui.trace.voided': 'Anulado',
  'ui.trace.field': 'campo {field}',
  'ui.trace.redoReason': 'Motivo: {reason}',

  'ui.stains.title': 'Coloraciones',
  'ui.stains.explain':
    'Las coloraciones que la mesada ofrece al agregar portaobjetos. Una coloración que ya no ' +
    'se usa se desactiva: los portaobjetos ya coloreados la conservan.',
  'ui.stains.col.name': 'Nombre',
  'ui.stains.col.kinds': 'Estudios',
  'ui.stains.col.state': 'Estado',
  'ui.stains.active': 'Activa',
  'ui.stains.inactive': 'Inactiva',
  'ui.stains.deactivate': 'Desactivar',
  'ui.stains.reactivate': 'Reactivar',
  'ui.stains.deactivateAria': 'Desactivar {name}',
  'ui.stains.reactivateAria': 'Reactivar {name}',
  'ui.stains.addTitle': 'Agregar una coloración',
  'ui.stains.name': 'Nombre',
  'ui.stains.namePlaceholder': 'PAS, Ziehl-Neelsen, Giemsa…',
  'ui.stains.kinds': 'Para',
  'ui.stains.add': 'Agregar',
  'ui.stains.added': 'Se agregó «{name}».',

  'ui.benchHelp.step1':
    'Escanee el código del frasco (o de un casete o portaobjetos) en el campo de arriba y ' +
    'presione',
  'ui.benchHelp.step2':
    'Aparece el trabajo del protocolo. Cada casete o portaobjetos que escanee después se ' +
    'suma a la selección: escanee los cinco casetes que van a inclusión, uno tras otro.',
  'ui.benchHelp.step3':
    'Con la selección hecha, elija la acción (por ejemplo «Registrar etapa», Alt + E): se ' +
    'registra para todos los seleccionados a la vez, con su nombre y la hora.',
  'ui.benchHelp.step4':
    'Cuando todos los portaobjetos están «Listo», el protocolo pasa a «Listo» para el ' +
    'histopatólogo.',
  'ui.benchHelp.anywhere':
    'Escanear un casete o portaobjetos desde otra pantalla abre la mesada sobre él. Escanear ' +
    'otra vez el frasco del protocolo abierto limpia la selección.',
  'ui.benchHelp.partsTitle': 'Partes de la pantalla',
  'ui.benchHelp.partScan':
    'Campo de código: siempre listo para el lector. Un código que no se puede leer se avisa ' +
    'con un ejemplo de cómo debería ser.',
  'ui.benchHelp.partTables':
    'Tablas de casetes y portaobjetos: el color del casete (blanco normal, amarillo ' +
    'multicorte, naranja coloración especial), la última etapa, el estado y la calidad. Los ' +
    'casetes anulados se ven tachados con quién y por qué; un portaobjetos rehecho enlaza al ' +
    'nuevo.',
  'ui.benchHelp.partActions':
    'Acciones: agregar casetes, agregar portaobjetos de los casetes seleccionados, registrar ' +
    'una etapa, fijar estado y calidad, rehacer un portaobjetos o anular un casete (con ' +
    'motivo).',
  'ui.benchHelp.partLabels':
    'Etiquetas: al agregar casetes o portaobjetos se imprimen solas (salvo que destilde ' +
    '«Imprimir etiquetas»). «Etiquetas» las vuelve a imprimir o las descarga en PDF; si la ' +
    'impresión falla, lo registrado no se pierde.',
  'ui.benchHelp.partBoard':
    'Tablero: cuántos casetes y portaobjetos hay en cada etapa y los protocolos en curso, del ' +
    'más antiguo al más nuevo, con la etapa en que esperan. Se filtra por estudio y técnico.',
  'ui.benchHelp.partTrace':
    'Trazabilidad: en la ficha de cada protocolo, el árbol frasco → casetes → portaobjetos ' +
    'con cada etapa, quién la hizo y cuándo.',
  'ui.benchHelp.keysTitle': 'Teclado en la mesada',
  'ui.benchHelp.keyEnter': 'Buscar el código escaneado; en un diálogo, confirmar',
  'ui.benchHelp.keyDigits':
    'En «Registrar etapa», elegir una de las etapas ofrecidas por su número en la lista ' +
    '(1 es la primera)',
  'ui.benchHelp.keyCtrlEnter': 'Confirmar desde el campo de notas',
  'ui.benchHelp.keyEsc':
    'En el campo de código: quitar el código, luego la selección, luego volver al tablero',
  'ui.benchHelp.keyArrows':
    'Desde el campo de código, ↓ baja a la lista; en el tablero, ↑ ↓ pasan de un protocolo a ' +
    'otro y Enter lo abre',
  'ui.benchHelp.redo':
    'Tab recorre botones y casillas; la barra espaciadora tilda o destilda un casete o ' +
    'portaobjetos.',
};
