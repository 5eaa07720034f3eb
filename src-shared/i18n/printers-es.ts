// Spanish texts of the printers' settings: one printer per kind of label.

export const printersEs = {
  'ui.printers.title': 'Impresoras de etiquetas',
  'ui.printers.explain':
    'Cada tipo de etiqueta puede salir por su propia impresora. Sin dirección, las ' +
    'etiquetas se guardan como PDF en la carpeta de datos.',
  'ui.printers.override':
    'En este equipo la variable PATOLAB_PRINTER_URI envía todas las etiquetas a {uri}. ' +
    'Las direcciones de abajo se guardan, pero no se usan mientras esté definida.',
  'ui.printers.purpose.jar': 'Frascos',
  'ui.printers.purpose.cassette': 'Casetes',
  'ui.printers.purpose.slide': 'Portaobjetos',
  'ui.printers.purposeHelp.jar':
    'Al recibir una muestra: número de protocolo, animal, veterinario y código QR.',
  'ui.printers.purposeHelp.cassette':
    'En el banco: código del casete, material y código QR. Los casetes de un protocolo ' +
    'salen juntos, en un solo trabajo.',
  'ui.printers.purposeHelp.slide':
    'Código del portaobjetos, coloración y código QR, para el extremo esmerilado.',
  'ui.printers.address': 'Dirección de la impresora',
  'ui.printers.addressHelp':
    'tcp://dirección:9100 (en red), printer:NOMBRE (impresora del sistema), /dev/usb/lp0 ' +
    'o pdf:/ruta/etiquetas.pdf. Vacío: PDF en la carpeta de datos.',
  'ui.printers.language': 'Lenguaje de la impresora',
  'ui.printers.escpos': 'ESC/POS (térmica)',
  'ui.printers.zpl': 'ZPL (Zebra)',
  'ui.printers.pdfHasNoLanguage': 'Un archivo PDF no necesita lenguaje de impresora.',
  'ui.printers.test': 'Imprimir prueba',
};
