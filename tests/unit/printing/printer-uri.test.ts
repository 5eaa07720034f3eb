import { describe, expect, it } from 'vitest';
import { describePrinter, parsePrinterUri } from '../../../src-main/printing/printer-uri';

const GENERIC = (typed: string) =>
  `La dirección de impresora «${typed}» no es válida. ` +
  'Use tcp://host:9100, printer:NOMBRE o la ruta del dispositivo.';

describe('a thermal printer on the network', () => {
  it('is reached on port 9100 when the address gives no port', () => {
    expect(parsePrinterUri('tcp://192.168.1.50')).toEqual({
      kind: 'tcp',
      host: '192.168.1.50',
      port: 9100,
    });
  });

  it('is reached on the port the address gives', () => {
    expect(parsePrinterUri('tcp://etiquetas.lab.local:9101/')).toEqual({
      kind: 'tcp',
      host: 'etiquetas.lab.local',
      port: 9101,
    });
    expect(parsePrinterUri('  TCP://Recepcion-1:9100 ')).toEqual({
      kind: 'tcp',
      host: 'recepcion-1',
      port: 9100,
    });
  });

  it('may be given by its IPv6 address in brackets', () => {
    expect(parsePrinterUri('tcp://[::1]:9100')).toEqual({ kind: 'tcp', host: '::1', port: 9100 });
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
    expect(parsePrinterUri('/dev/usb/lp0')).toEqual({ kind: 'device', path: '/dev/usb/lp0' });
  });

  it('is a shared printer by its network path on Windows', () => {
    expect(parsePrinterUri('\\\\localhost\\Etiquetas')).toEqual({
      kind: 'device',
      path: '\\\\localhost\\Etiquetas',
    });
  });

  it('is a serial or parallel port on Windows, opened through the device namespace', () => {
    expect(parsePrinterUri('COM3')).toEqual({ kind: 'device', path: '\\\\.\\COM3' });
    expect(parsePrinterUri('com12')).toEqual({ kind: 'device', path: '\\\\.\\COM12' });
    expect(parsePrinterUri('LPT1:')).toEqual({ kind: 'device', path: '\\\\.\\LPT1' });
  });

  it('is any file given with file: and its full path', () => {
    expect(parsePrinterUri('file:/tmp/etiquetas.bin')).toEqual({
      kind: 'device',
      path: '/tmp/etiquetas.bin',
    });
    expect(parsePrinterUri('file:///tmp/etiquetas.bin')).toEqual({
      kind: 'device',
      path: '/tmp/etiquetas.bin',
    });
    expect(parsePrinterUri('file:C:\\Etiquetas\\salida.bin')).toEqual({
      kind: 'device',
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

describe('a printer as written in the log', () => {
  it('is the canonical address, with the port filled in', () => {
    expect(describePrinter('tcp://Impresora.local')).toBe('tcp://impresora.local:9100');
    expect(describePrinter({ kind: 'tcp', host: '::1', port: 9100 })).toBe('tcp://[::1]:9100');
    expect(describePrinter('printer:Etiquetas')).toBe('printer:Etiquetas');
    expect(describePrinter('COM3')).toBe('\\\\.\\COM3');
    expect(describePrinter('pdf:/tmp/a.pdf')).toBe('pdf:/tmp/a.pdf');
  });

  it('says an address is not valid instead of failing', () => {
    expect(describePrinter('xyz')).toBe('«xyz» (dirección no válida)');
  });
});
