import type { benchEs } from './bench-es';

export const benchEn: Partial<Record<keyof typeof benchEs, string>> = {
  'ui.nav.bench': 'Bench',
  'ui.help.benchTitle': 'Working at the bench',
  'ui.help.scanAnywhere':
    'Outside a text field, the barcode scanner works on every screen: a jar code opens its ' +
    'protocol, a cassette or slide code opens the bench on it.',

  'ui.bench.title': 'Bench',
  'ui.bench.backToBoard': 'Back to the board',
  'ui.bench.scanLabel': 'Jar, cassette or slide code',
  'ui.bench.scanPlaceholder': 'Scan or type HP 26/001, HP 26/001-C2 or CT 26/014-S3',
  'ui.bench.scanPlaceholderOpen': 'Cassette or slide code (…-C2, …-S1)',
  'ui.bench.scanHint': 'Scan a jar, cassette or slide and press',
  'ui.bench.scanHintOpen': 'Scan more cassettes or slides of the protocol to add them. Press',
  'ui.bench.escHint': 'clears the field, then the selection, then goes back to the board',
  'ui.bench.numberPending': 'No. pending',
  'ui.bench.selectItem': 'Select {code}',
  'ui.bench.printLabels': 'Print labels',
  'ui.bench.printLabel': 'Print the label',
  'ui.bench.reasonRequired': 'Give the reason (at least 3 characters).',
  'ui.bench.ctrlEnterHint': 'Ctrl + Enter records from this field.',

  'ui.bench.header.material': 'Material',
  'ui.bench.header.containers': 'Jars',
  'ui.bench.header.slidesDeclared': 'Slides declared',
  'ui.bench.header.animal': 'Animal',
  'ui.bench.header.received': 'Received',
  'ui.bench.header.traceability': 'Protocol and traceability',

  'ui.bench.action.cassettes': 'Add cassettes',
  'ui.bench.action.slides': 'Add slides',
  'ui.bench.action.stage': 'Record stage',
  'ui.bench.action.status': 'Status and quality',
  'ui.bench.action.redo': 'Redo slide',
  'ui.bench.action.void': 'Void cassette',
  'ui.bench.action.labels': 'Labels',

  'ui.bench.selection.noneHp':
    'Nothing selected: tick or scan cassettes or slides to record stages.',
  'ui.bench.selection.noneCt': 'Nothing selected: tick or scan slides to record stages.',
  'ui.bench.selection.some': 'Selected: {items}',
  'ui.bench.selection.escClears': 'in the code field clears the selection',
  'ui.bench.selection.clear': 'Clear selection',
  'ui.bench.count.cassetteOne': '1 cassette',
  'ui.bench.count.cassettes': '{count} cassettes',
  'ui.bench.count.slideOne': '1 slide',
  'ui.bench.count.slides': '{count} slides',

  'ui.bench.scan.voided': '{code} is voided: it cannot be worked on.',
  'ui.bench.scan.replaced': '{code} was redone as {replacement}: it is no longer worked on.',
  'ui.bench.scan.selectionDropped': 'Opened {protocol}; the selection on {previous} was cleared.',

  'ui.bench.col.cassette': 'Cassette',
  'ui.bench.col.slide': 'Slide',
  'ui.bench.col.material': 'Contents',
  'ui.bench.col.type': 'Type',
  'ui.bench.col.stage': 'Last stage',
  'ui.bench.col.created': 'Created',
  'ui.bench.col.fromCassettes': 'From cassettes',
  'ui.bench.col.stain': 'Stain',
  'ui.bench.col.field': 'Field',
  'ui.bench.col.status': 'Status',
  'ui.bench.col.quality': 'Quality',
  'ui.bench.col.redo': 'Redone',

  'ui.bench.cassettes.heading': 'Cassettes ({count})',
  'ui.bench.cassettes.headingLive': 'Cassettes (in use: {live} of {count})',
  'ui.bench.cassettes.none': 'No cassettes yet. Add the first ones with "Add cassettes" (Alt + C).',
  'ui.bench.cassettes.selectAll': 'Select all cassettes',
  'ui.bench.cassettes.voided': 'Voided by {by}, {when}: {reason}',
  'ui.bench.cassettes.title': 'Add cassettes to {protocol}',
  'ui.bench.cassettes.submit': 'Add cassettes',
  'ui.bench.cassettes.material': 'Cassette contents',
  'ui.bench.cassettes.materialHelp': 'Which part of the material goes into the cassette.',
  'ui.bench.cassettes.materialRequired': 'Say what the cassette holds.',
  'ui.bench.cassettes.type': 'Cassette type',
  'ui.bench.cassettes.count': 'How many',

  'ui.bench.slides.heading': 'Slides ({count})',
  'ui.bench.slides.headingLive': 'Slides (in use: {live} of {count})',
  'ui.bench.slides.noneHp': 'No slides yet. Select cassettes and use "Add slides" (Alt + O).',
  'ui.bench.slides.noneCt': 'No slides yet. Register them with "Add slides" (Alt + O).',
  'ui.bench.slides.selectAll': 'Select all slides',
  'ui.bench.slides.redoneAs': 'redone as {code}',
  'ui.bench.slides.redoes': 'redoes {code}',
  'ui.bench.slides.title': 'Add slides to {protocol}',
  'ui.bench.slides.submit': 'Add slides',
  'ui.bench.slides.cassettes': 'From cassettes',
  'ui.bench.slides.cassettesHelp': 'The cassettes selected on the bench are already chosen.',
  'ui.bench.slides.cassetteRequired': 'Choose at least one cassette.',
  'ui.bench.slides.noCassettes': 'No cassette with that code.',
  'ui.bench.slides.grouping': 'With several cassettes',
  'ui.bench.slides.each': 'One slide per cassette',
  'ui.bench.slides.together': 'One slide with all of them',
  'ui.bench.slides.stain': 'Stain',
  'ui.bench.slides.noStain': 'No stain with that name.',
  'ui.bench.slides.field': 'Field',
  'ui.bench.slides.count': 'How many',
  'ui.bench.slides.countEach': 'How many per cassette',

  'ui.bench.stage.title': 'Record stage',
  'ui.bench.stage.submit': 'Record',
  'ui.bench.stage.forCassettes': 'Selected cassettes ({count}):',
  'ui.bench.stage.forSlides': 'Selected slides ({count}):',
  'ui.bench.stage.mixed':
    'Cassettes and slides are selected, and their stages differ. Record each separately.',
  'ui.bench.stage.stage': 'Stage',
  'ui.bench.stage.digitsHint': 'Pick with the arrows or by number:',
  'ui.bench.stage.digitHintOne': 'The only stage that applies; it is also picked with',
  'ui.bench.stage.notes': 'Notes (optional)',

  'ui.bench.status.title': 'Slide status and quality',
  'ui.bench.status.submit': 'Save',
  'ui.bench.status.forSlides': 'Selected slides ({count}):',
  'ui.bench.status.status': 'Status',
  'ui.bench.status.quality': 'Quality',
  'ui.bench.status.keep': 'No change',
  'ui.bench.status.poorHint': 'A poor slide can be redone.',
  'ui.bench.status.protocolReady':
    'All slides of {protocol} are ready: the protocol is now "Ready" for the pathologist.',

  'ui.bench.redo.title': 'Redo slide {code}',
  'ui.bench.redo.submit': 'Redo',
  'ui.bench.redo.explain':
    'A new slide is made from the same cassettes, with the same stain and field. The old one ' +
    'stays on record, linked to the new one, and is no longer worked on.',
  'ui.bench.redo.reason': 'Reason',
  'ui.bench.redo.reasonPlaceholder': 'Folded section, weak staining…',

  'ui.bench.void.title': 'Void cassette {code}',
  'ui.bench.void.submit': 'Void {code}',
  'ui.bench.void.explain':
    'Cassette {code} is voided for good: it shows struck through, with who voided it and why, ' +
    'and no stage or slide can be added to it.',
  'ui.bench.void.reason': 'Reason for voiding',
  'ui.bench.void.reasonPlaceholder': 'Empty cassette, labelled twice…',

  'ui.bench.labels.title': 'Labels of {protocol}',
  'ui.bench.labels.which': 'Which labels?',
  'ui.bench.labels.selected': 'The selection ({items})',
  'ui.bench.labels.allCassettes': 'All cassettes ({count})',
  'ui.bench.labels.allSlides': 'All slides ({count})',
  'ui.bench.labels.liveCassettes': 'All cassettes in use ({count})',
  'ui.bench.labels.liveSlides': 'All slides in use ({count})',
  'ui.bench.labels.nothing': 'This protocol has no cassettes or slides yet.',
  'ui.bench.labels.print': 'Print',
  'ui.bench.labels.pdf': 'Download PDF',

  'ui.bench.print.title': 'Label printing',
  'ui.bench.print.printed': 'Labels printed',
  'ui.bench.print.savedPdf': 'Labels saved as PDF',
  'ui.bench.print.failed': 'Printing failed',
  'ui.bench.print.skipped': 'Not printed',
  'ui.bench.print.cassettes': 'Cassette labels: {count}',
  'ui.bench.print.slides': 'Slide labels: {count}',
  'ui.bench.print.failedHelp':
    'Nothing recorded is lost. Check the printer (on, with paper, connected) and print again ' +
    'from "Labels", or download the PDF.',
  'ui.bench.print.notAsked': 'You chose not to print; you can print later from "Labels".',
  'ui.bench.print.noPrinter': 'No label printer is set up; download the PDF from "Labels".',

  'ui.board.title': 'Bench board',
  'ui.board.kind': 'Kind of study',
  'ui.board.allKinds': 'All',
  'ui.board.technician': 'Technician',
  'ui.board.allTechnicians': 'All technicians',
  'ui.board.countsTitle': 'Cassettes and slides in progress by stage',
  'ui.board.waitingAt': 'Last stage',
  'ui.board.cassettes': 'cassettes',
  'ui.board.slides': 'slides',
  'ui.board.count': 'Protocols in progress: {count}',
  'ui.board.countLimited': 'Showing the {shown} oldest of {total} protocols in progress.',
  'ui.board.empty': 'No protocols in progress with these filters.',
  'ui.board.openRow': 'Open {code} on the bench',
  'ui.board.col.protocol': 'Protocol',
  'ui.board.col.kind': 'Study',
  'ui.board.col.status': 'Status',
  'ui.board.col.received': 'Received',
  'ui.board.col.days': 'Days',
  'ui.board.col.stage': 'Waiting at',
  'ui.board.col.cassettes': 'Cassettes',
  'ui.board.col.slidesReady': 'Slides ready',
  'ui.board.col.technician': 'Last technician',
  'ui.board.notStarted': 'Not started',
  'ui.board.notStartedItems': 'A cassette or slide is waiting for its first stage.',
  'ui.board.notStartedEmpty': 'No cassettes or slides yet.',
  'ui.board.notStartedCount': 'Cassettes and slides waiting for their first stage.',

  'ui.labelKind.cassette': 'Cassettes',
  'ui.labelKind.slide': 'Slides',

  'ui.trace.title': 'Traceability',
  'ui.trace.openBench': 'Open on the bench',
  'ui.trace.jar': 'Jar',
  'ui.trace.sample': 'Sample',
  'ui.trace.containers': 'Jars: {count}',
  'ui.trace.slidesDeclared': 'Slides declared: {count}',
  'ui.trace.received': 'received {when}',
  'ui.trace.empty': 'No cassettes or slides yet.',
  'ui.trace.voided': 'Voided',
  'ui.trace.field': 'field {field}',
  'ui.trace.redoReason': 'Reason: {reason}',

  'ui.stains.title': 'Stains',
  'ui.stains.explain':
    'The stains the bench offers for new slides. A stain no longer used is deactivated: slides ' +
    'already stained with it keep it.',
  'ui.stains.col.name': 'Name',
  'ui.stains.col.kinds': 'Studies',
  'ui.stains.col.state': 'State',
  'ui.stains.active': 'Active',
  'ui.stains.inactive': 'Inactive',
  'ui.stains.deactivate': 'Deactivate',
  'ui.stains.reactivate': 'Reactivate',
  'ui.stains.deactivateAria': 'Deactivate {name}',
  'ui.stains.reactivateAria': 'Reactivate {name}',
  'ui.stains.addTitle': 'Add a stain',
  'ui.stains.name': 'Name',
  'ui.stains.namePlaceholder': 'PAS, Ziehl-Neelsen, Giemsa…',
  'ui.stains.kinds': 'For',
  'ui.stains.add': 'Add',
  'ui.stains.added': '"{name}" was added.',

  'ui.benchHelp.step1':
    'Scan the jar code (or a cassette or slide) into the field at the top and press',
  'ui.benchHelp.step2':
    "The protocol's work appears. Every cassette or slide you scan next joins the selection: " +
    'scan the five cassettes going into paraffin, one after another.',
  'ui.benchHelp.step3':
    'With the selection made, pick the action (for instance "Record stage", Alt + E): it is ' +
    'recorded for every selected item at once, with your name and the time.',
  'ui.benchHelp.step4':
    'When every slide is "Ready", the protocol becomes "Ready" for the pathologist.',
  'ui.benchHelp.anywhere':
    'Scanning a cassette or slide on another screen opens the bench on it. Scanning the open ' +
    "protocol's jar again clears the selection.",
  'ui.benchHelp.partsTitle': 'Parts of the screen',
  'ui.benchHelp.partScan':
    'Code field: always ready for the scanner. An unreadable code is reported with an example ' +
    'of what it should look like.',
  'ui.benchHelp.partTables':
    'Cassette and slide tables: the cassette colour (white normal, yellow multi-cut, orange ' +
    'special stain), last stage, status and quality. Voided cassettes show struck through with ' +
    'who and why; a redone slide links to the new one.',
  'ui.benchHelp.partActions':
    'Actions: add cassettes, add slides from the selected cassettes, record a stage, set status ' +
    'and quality, redo a slide or void a cassette (with a reason).',
  'ui.benchHelp.partLabels':
    'Labels: adding cassettes or slides prints them (unless "Print labels" is unticked). ' +
    '"Labels" prints them again or downloads a PDF; if printing fails, nothing recorded is lost.',
  'ui.benchHelp.partBoard':
    'Board: how many cassettes and slides are at each stage, and the protocols in progress, ' +
    'oldest first, with the stage they wait at. Filter by study and technician.',
  'ui.benchHelp.partTrace':
    "Traceability: on each protocol's page, the tree jar → cassettes → slides with every " +
    'stage, who did it and when.',
  'ui.benchHelp.keysTitle': 'Keyboard at the bench',
  'ui.benchHelp.keyEnter': 'Look up the scanned code; in a dialog, confirm',
  'ui.benchHelp.keyDigits':
    'In "Record stage", pick one of the stages offered by its number in the list (1 is the ' +
    'first)',
  'ui.benchHelp.keyCtrlEnter': 'Confirm from the notes field',
  'ui.benchHelp.keyEsc':
    'In the code field: clear the code, then the selection, then go back to the board',
  'ui.benchHelp.keyArrows':
    'From the code field, ↓ goes down to the list; on the board, ↑ ↓ move between protocols ' +
    'and Enter opens one',
  'ui.benchHelp.redo':
    'Tab moves through buttons and boxes; the space bar ticks a cassette or slide.',
};
