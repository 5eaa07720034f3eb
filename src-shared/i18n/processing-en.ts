import type { processingEs } from './processing-es';

export const processingEn: Partial<Record<keyof typeof processingEs, string>> = {
  'stage.sectioning': 'Sectioning',
  'stage.identification': 'Identification',
  'stage.fixation': 'Fixation',
  'stage.embedding': 'Embedding',
  'stage.cutting': 'Cutting',
  'stage.mounting': 'Mounting',
  'stage.staining': 'Staining',
  'stage.none': 'No stages',
  'cassetteType.normal': 'Normal (white)',
  'cassetteType.multicut': 'Multi-cut (yellow)',
  'cassetteType.special': 'Special stain (orange)',
  'label.field': 'Field {n}',
  'label.cassetteType.multicut': 'Multi-cut',
  'label.cassetteType.special': 'Special',
  'slideStatus.pending': 'Pending',
  'slideStatus.mounted': 'Mounted',
  'slideStatus.stained': 'Stained',
  'slideStatus.ready': 'Ready',
  'quality.excellent': 'Excellent',
  'quality.good': 'Good',
  'quality.acceptable': 'Acceptable',
  'quality.poor': 'Poor',
  'item.cassette': 'Cassette',
  'items.cassettes': 'cassettes',
  'items.slides': 'slides',
  'item.slide': 'Slide',

  'error.codeUnreadable':
    '"{code}" is not a protocol, cassette or slide code. ' +
    'Examples: HP 26/001, HP 26/001-C1, CT 26/014-S3.',
  'error.cassetteNotFound': 'Protocol {protocol} has no cassette {code}.',
  'error.slideNotFound': 'Protocol {protocol} has no slide {code}.',
  'error.notWorkable': 'Protocol {protocol} is "{status}": only received samples are processed.',
  'error.cassetteOnCytology':
    'Protocol {protocol} is cytology: it has no cassettes, slides are registered directly.',
  'error.slideNeedsCassette':
    'Say which cassette (or cassettes) the slide of {protocol} comes from.',
  'error.cassetteOfOtherProtocol':
    'Cassette {code} belongs to another protocol: a slide can only come from cassettes of ' +
    '{protocol}.',
  'error.cassetteVoided': 'Cassette {code} was voided ({when}, by {by}): {reason}.',
  'error.cassetteAlreadyVoided': 'Cassette {code} was already voided ({when}, by {by}).',
  'error.slideReplaced': 'Slide {code} was redone as {replacement}; work on the new one.',
  'error.stageNotForItem': 'Stage "{stage}" does not apply to {item} {code}.',
  'error.stainUnknown':
    'Stain "{stain}" is not in the catalogue. An administrator can add it in Settings.',
  'error.stainExists': 'Stain "{stain}" is already in the catalogue.',
  'error.stainNotFound': 'Stain not found.',
  'error.noItemsToPrint': 'Protocol {protocol} has no {items} to print.',
  'error.slideStatusBack': 'Slide {code} is already "{current}"; it cannot go back to "{wanted}".',

  'error.noItemsForStage':
    'Protocol {protocol} has no live cassettes or slides for stage "{stage}".',
  'error.stainNotForKind': 'Stain "{stain}" is not used in {kind}.',

  'error.protocolExpected':
    '"{code}" is a cassette or slide code; give the protocol number ({protocol}).',
  'error.tooManySlides': '{count} slides were asked for at once; at most {max}. Check the count.',
  'error.fieldTooHigh': 'Fields would reach {last}; a field number goes from 1 to {max}.',
  'error.stainInactive':
    'Stain "{stain}" is deactivated in the catalogue. An administrator can reactivate it in Settings.',

  'error.stainNameEmpty': 'A stain name needs letters or digits.',
  'history.firstWork': 'First cassette or slide',
  'history.allSlidesReady': 'All slides ready',
};
