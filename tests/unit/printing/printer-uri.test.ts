import { describe, expect, it } from 'vitest';
import { describePrinter, parsePrinterUri } from '../../../src-main/printing/printer-uri';

const GENERIC = (typed: string) =>
  `La dirección de impresora «${typed}» no es válida. ` +
  'Use tcp://host:9100, printer:NOMBRE o la ruta del dispositivo.';

describe('a thermal printer on the network', () => {
  it('is reached on port 9100 when the address gives no port', () => {
    expect(parsePrinterUri('tcp://192.168.1.50')).toEqual({
      kind: 'tcp',
      driver: 'escpos',
      host: '192.168.1.50',
      port: 9100,
    });
  });

  it('is reached on the port the address gives', () => {
    expect(parsePrinterUri('tcp://etiquetas.lab.local:9101/')).toEqual({
      kind: 'tcp',
      driver: 'escpos',
      host: 'etiquetas.lab.local',
      port: 9101,
    });
    expect(parsePrinterUri('  TCP://Recepcion-1:9100 ')).toEqual({
      kind: 'tcp',
      driver: 'escpos',
      host: 'recepcion-1',
      port: 9100,
    });
  });

  it('may be given by its IPv6 address in brackets', () => {
    expect(parsePrinterUri('tcp://[::1]:9100')).toEqual({
      kind: 'tcp',
      driver: 'escpos',
      host: '::1',
      port: 9100,
    });
  });

  it('is refused with a port outside 1 to 65535, explaining the port', () => {
    for (const uri of ['tcp://10.0.0.5:0', 'tcp://10.0.0.5:65536', 'tcp://10.0.0.5:nueve']) {
      expect(() => parsePrinterUri(uri)).toThrow(
        `El puerto de la impresora en «${uri}» no es válido`,
      );
    }
  });

  it('is refused with a host name that cannot exist, explaining the name', () => {
    for (const uri of ['tcp://192.168.1.500', 'tcp://-impresora', 'tcp://[::zz]:9100']) {
      expect(() => parsePrinterUri(uri)).toThrow('El nombre o la dirección IP de la impresora');
    }
  });

  it('is refused with a user, a path or a query in the address', () => {
    for (const uri of ['tcp://admin@10.0.0.5', 'tcp://10.0.0.5:9100/cola', 'tcp://10.0.0.5?x=1']) {
      expect(() => parsePrinterUri(uri)).toThrow(GENERIC(uri));
    }
  });

  it('typed without tcp:// is refused with a hint of how to write it', () => {
    expect(() => parsePrinterUri('192.168.1.50:9100')).toThrow(
      `${GENERIC('192.168.1.50:9100')} ¿Quiso decir tcp://192.168.1.50:9100?`,
    );
  });
});

describe("a print queue of the computer's system", () => {
  it('is named after printer:', () => {
    expect(parsePrinterUri('printer:Etiquetas_Recepcion')).toEqual({
      kind: 'queue',
      driver: 'escpos',
      name: 'Etiquetas_Recepcion',
    });
  });

  it('is refused without a name, or with one lp would take for an option', () => {
    for (const uri of ['printer:', 'printer:-o', 'printer:a/b', 'printer:cola#2']) {
      expect(() => parsePrinterUri(uri)).toThrow('El nombre de impresora');
    }
  });
});

describe('a printer on a device or a file', () => {
  it('is a device path on Linux', () => {
    expect(parsePrinterUri('/dev/usb/lp0')).toEqual({
      kind: 'device',
      driver: 'escpos',
      path: '/dev/usb/lp0',
    });
  });

  it('is a shared printer by its network path on Windows', () => {
    expect(parsePrinterUri('\\\\localhost\\Etiquetas')).toEqual({
      kind: 'device',
      driver: 'escpos',
      path: '\\\\localhost\\Etiquetas',
    });
  });

  it('is a serial or parallel port on Windows, opened through the device namespace', () => {
    expect(parsePrinterUri('COM3')).toEqual({
      kind: 'device',
      driver: 'escpos',
      path: '\\\\.\\COM3',
    });
    expect(parsePrinterUri('com12')).toEqual({
      kind: 'device',
      driver: 'escpos',
      path: '\\\\.\\COM12',
    });
    expect(parsePrinterUri('LPT1:')).toEqual({
      kind: 'device',
      driver: 'escpos',
      path: '\\\\.\\LPT1',
    });
  });

  it('is any file given with file: and its full path', () => {
    expect(parsePrinterUri('file:/tmp/etiquetas.bin')).toEqual({
      kind: 'device',
      driver: 'escpos',
      path: '/tmp/etiquetas.bin',
    });
    expect(parsePrinterUri('file:///tmp/etiquetas.bin')).toEqual({
      kind: 'device',
      driver: 'escpos',
      path: '/tmp/etiquetas.bin',
    });
    expect(parsePrinterUri('file:C:\\Etiquetas\\salida.bin')).toEqual({
      kind: 'device',
      driver: 'escpos',
      path: 'C:\\Etiquetas\\salida.bin',
    });
  });

  it('is refused with a relative path, which would depend on where the app starts', () => {
    expect(() => parsePrinterUri('file:etiquetas.bin')).toThrow('después de file: va la ruta');
  });

  it('is refused when a bare path is not a device', () => {
    expect(() => parsePrinterUri('/home/lab/etiquetas.bin')).toThrow(
      GENERIC('/home/lab/etiquetas.bin'),
    );
  });
});

describe('a PDF file as the printer', () => {
  it('is pdf: followed by the full path of a .pdf file', () => {
    expect(parsePrinterUri('pdf:/home/lab/etiquetas.pdf')).toEqual({
      kind: 'pdf',
      driver: 'pdf',
      path: '/home/lab/etiquetas.pdf',
    });
  });

  it('is refused when the file does not end in .pdf or the path is relative', () => {
    for (const uri of ['pdf:/home/lab/etiquetas', 'pdf:etiquetas.pdf', 'pdf:']) {
      expect(() => parsePrinterUri(uri)).toThrow('después de pdf: va la ruta completa');
    }
  });
});

describe('a printer address the lab mistyped', () => {
  it('is refused with a message a receptionist can follow', () => {
    expect(() => parsePrinterUri('xyz')).toThrow(GENERIC('xyz'));
    expect(() => parsePrinterUri('http://10.0.0.5')).toThrow(GENERIC('http://10.0.0.5'));
  });

  it('is refused when empty, saying that no printer is set up', () => {
    expect(() => parsePrinterUri('  ')).toThrow(
      'No hay ninguna impresora configurada para las etiquetas.',
    );
  });

  it('never brings control characters or endless text into the message', () => {
    let message = '';
    try {
      parsePrinterUri(`x\n${'a'.repeat(500)}`);
    } catch (error) {
      message = (error as Error).message;
    }

    expect(message).not.toContain('\n');
    expect(message.length).toBeLessThan(250);
  });
});

describe('a label printer that speaks ZPL', () => {
  it('is any printer address with zpl+ in front', () => {
    expect(parsePrinterUri('zpl+tcp://192.168.1.60')).toEqual({
      kind: 'tcp',
      driver: 'zpl',
      host: '192.168.1.60',
      port: 9100,
    });
    expect(parsePrinterUri(' ZPL+printer:Zebra_Banco ')).toEqual({
      kind: 'queue',
      driver: 'zpl',
      name: 'Zebra_Banco',
    });
    expect(parsePrinterUri('zpl+file:/dev/usb/lp0')).toEqual({
      kind: 'device',
      driver: 'zpl',
      path: '/dev/usb/lp0',
    });
    expect(parsePrinterUri('zpl+/dev/usb/lp1')).toEqual({
      kind: 'device',
      driver: 'zpl',
      path: '/dev/usb/lp1',
    });
    expect(parsePrinterUri('zpl+COM4')).toEqual({
      kind: 'device',
      driver: 'zpl',
      path: '\\\\.\\COM4',
    });
  });

  it('is an ESC/POS printer when the address has no prefix', () => {
    for (const uri of ['tcp://10.0.0.5', 'printer:Termica', '/dev/usb/lp0', 'file:/tmp/x.bin']) {
      expect(parsePrinterUri(uri).driver).toBe('escpos');
    }
  });

  it('cannot be a PDF file: the prefix is refused there, saying why', () => {
    expect(() => parsePrinterUri('zpl+pdf:/home/lab/etiquetas.pdf')).toThrow(
      'La dirección «zpl+pdf:/home/lab/etiquetas.pdf» no es válida: ' +
        'un archivo PDF no es una impresora ZPL.',
    );
  });

  it('needs an address after the prefix', () => {
    expect(() => parsePrinterUri('zpl+')).toThrow('Después de zpl+ falta la dirección');
    expect(() => parsePrinterUri('zpl+  ')).toThrow('Después de zpl+ falta la dirección');
  });

  it('is refused with a mistyped address, quoting it as typed, prefix and all', () => {
    expect(() => parsePrinterUri('zpl+tcp://10.0.0.5:0')).toThrow(
      'El puerto de la impresora en «zpl+tcp://10.0.0.5:0» no es válido',
    );
    expect(() => parsePrinterUri('zpl+zpl+tcp://10.0.0.5')).toThrow(
      GENERIC('zpl+zpl+tcp://10.0.0.5'),
    );
    expect(() => parsePrinterUri('zpl+10.0.0.5:9100')).toThrow(
      `${GENERIC('zpl+10.0.0.5:9100')} ¿Quiso decir zpl+tcp://10.0.0.5:9100?`,
    );
  });

  it('keeps its prefix in the log, so the address written there prints the same way', () => {
    for (const uri of ['zpl+tcp://10.0.0.5:9101', 'zpl+printer:Zebra', 'zpl+/dev/usb/lp0']) {
      const described = describePrinter(uri);

      expect(described).toBe(uri);
      expect(parsePrinterUri(described)).toEqual(parsePrinterUri(uri));
    }
    expect(describePrinter('ZPL+TCP://[::1]')).toBe('zpl+tcp://[::1]:9100');
  });
});

describe('a printer as written in the log', () => {
  it('is the canonical address, with the port filled in', () => {
    expect(describePrinter('tcp://Impresora.local')).toBe('tcp://impresora.local:9100');
    expect(describePrinter({ kind: 'tcp', driver: 'escpos', host: '::1', port: 9100 })).toBe(
      'tcp://[::1]:9100',
    );
    expect(describePrinter('printer:Etiquetas')).toBe('printer:Etiquetas');
    expect(describePrinter('COM3')).toBe('\\\\.\\COM3');
    expect(describePrinter('pdf:/tmp/a.pdf')).toBe('pdf:/tmp/a.pdf');
  });

  it('says an address is not valid instead of failing', () => {
    expect(describePrinter('xyz')).toBe('«xyz» (dirección no válida)');
  });
});
