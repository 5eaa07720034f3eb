import type { printersEs } from './printers-es';

export const printersEn: Partial<Record<keyof typeof printersEs, string>> = {
  'ui.printers.title': 'Label printers',
  'ui.printers.explain':
    'Each kind of label can have its own printer. With no address, labels are saved as ' +
    'PDF files in the data folder.',
  'ui.printers.override':
    'On this computer PATOLAB_PRINTER_URI sends every label to {uri}. The addresses below ' +
    'are saved but not used while it is set.',
  'ui.printers.purpose.jar': 'Jars',
  'ui.printers.purpose.cassette': 'Cassettes',
  'ui.printers.purpose.slide': 'Slides',
  'ui.printers.purposeHelp.jar':
    'When a sample is received: protocol number, animal, veterinarian and QR code.',
  'ui.printers.purposeHelp.cassette':
    "At the bench: the cassette's code, its material and a QR code. A protocol's " +
    'cassettes come out together, as one job.',
  'ui.printers.purposeHelp.slide':
    "The slide's code, its stain and a QR code, for the frosted end.",
  'ui.printers.address': 'Printer address',
  'ui.printers.addressHelp':
    'tcp://address:9100 (network), printer:NAME (system printer), /dev/usb/lp0 or ' +
    'pdf:/path/labels.pdf. Empty: PDF in the data folder.',
  'ui.printers.language': 'Printer language',
  'ui.printers.escpos': 'ESC/POS (thermal)',
  'ui.printers.zpl': 'ZPL (Zebra)',
  'ui.printers.pdfHasNoLanguage': 'A PDF file needs no printer language.',
  'ui.printers.test': 'Print a test label',
};
