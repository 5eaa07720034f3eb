import { afterEach, describe, expect, it } from 'vitest';
import {
  cytologyForm,
  histopathologyForm,
  openWorkstation,
  type Workstation,
} from '../../helpers/workstation';

let ws: Workstation;
afterEach(async () => ws?.close());

/** A protocol submitted and received at the desk: what the bench starts from. */
async function received(form = histopathologyForm()) {
  const { temporaryCode } = await ws.call('protocols.submit', form);
  const { protocolNumber } = await ws.call('reception.receive', { code: temporaryCode });
  return protocolNumber!;
}

async function statusOf(code: string) {
  return (await ws.call('processing.work', { protocol: code })).protocol.status;
}

async function history(code: string) {
  return (await ws.call('protocols.get', { code })).history.map((h) => h.toStatus);
}

async function countRows(table: 'cassettes' | 'slides' | 'stage_records' | 'audit_log') {
  const row = await ws.services.ctx.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('cassettes of a histopathology protocol', () => {
  it('are numbered C1, C2, C3 and a voided number is never given again', async () => {
    ws = await openWorkstation();
    const hp = await received();

    const first = await ws.call('processing.addCassettes', {
      protocol: hp,
      material: 'Masa mamaria, borde',
      count: 2,
    });
    expect(first.cassettes.map((c) => c.code)).toEqual(['HP 26/001-C1', 'HP 26/001-C2']);

    const voided = await ws.call('processing.voidCassette', {
      code: 'HP 26/001-C2',
      reason: 'Casete vacío',
    });
    expect(voided.voidedBy).toMatch(/^cli:/);
    expect(voided.voidReason).toBe('Casete vacío');

    const next = await ws.call('processing.addCassettes', { protocol: hp, material: 'Centro' });
    expect(next.cassettes.map((c) => c.code)).toEqual(['HP 26/001-C3']);

    const work = await ws.call('processing.work', { protocol: hp });
    expect(work.cassettes.map((c) => [c.code, c.voidedAt !== null])).toEqual([
      ['HP 26/001-C1', false],
      ['HP 26/001-C2', true],
      ['HP 26/001-C3', false],
    ]);
  });

  it('keep their type and colour, and a cassette cannot be voided twice', async () => {
    ws = await openWorkstation();
    const hp = await received();
    const { cassettes } = await ws.call('processing.addCassettes', {
      protocol: hp,
      material: 'Piel',
      type: 'multicut',
    });
    expect(cassettes[0]?.type).toBe('multicut');

    await ws.call('processing.voidCassette', { code: `${hp}-C1`, reason: 'Rotulado mal' });
    await expect(
      ws.call('processing.voidCassette', { code: `${hp}-C1`, reason: 'Otra vez' }),
    ).rejects.toThrow(/ya fue anulado/);
  });

  it('are refused on a cytology protocol and on a protocol not yet received', async () => {
    ws = await openWorkstation();
    const ct = await received(cytologyForm());
    await expect(
      ws.call('processing.addCassettes', { protocol: ct, material: 'Frotis' }),
    ).rejects.toThrow(/citología: no lleva casetes/);

    const { temporaryCode } = await ws.call('protocols.submit', histopathologyForm());
    await expect(
      ws.call('processing.addCassettes', { protocol: temporaryCode, material: 'Hígado' }),
    ).rejects.toThrow(/solo se procesan muestras recibidas/);
    expect(await countRows('cassettes')).toBe(0);
  });
});

describe("a protocol's status follows the bench", () => {
  it('received → processing with the first cassette → ready when every live slide is', async () => {
    ws = await openWorkstation();
    const hp = await received();
    expect(await statusOf(hp)).toBe('received');

    await ws.call('processing.addCassettes', { protocol: hp, material: 'Mama', count: 2 });
    expect(await statusOf(hp)).toBe('processing');

    await ws.call('processing.addSlides', { protocol: hp, cassettes: ['C1'] });
    await ws.call('processing.addSlides', { protocol: hp, cassettes: ['C2'], stain: 'pas' });
    await ws.call('processing.setSlides', { codes: [`${hp}-S1`], status: 'ready' });
    expect(await statusOf(hp)).toBe('processing');

    const done = await ws.call('processing.setSlides', { codes: [`${hp}-S2`], status: 'ready' });
    expect(done.protocols).toEqual([{ code: hp, status: 'ready' }]);
    expect(await history(hp)).toEqual(['submitted', 'received', 'processing', 'ready']);

    const audit = await ws.services.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'protocol.status')
      .execute();
    expect(audit).toHaveLength(2);
  });

  it('a poor slide redone no longer counts: the redo must be ready too', async () => {
    ws = await openWorkstation();
    const hp = await received();
    await ws.call('processing.addCassettes', { protocol: hp, material: 'Bazo' });
    await ws.call('processing.addSlides', { protocol: hp, cassettes: [`${hp}-C1`], count: 2 });
    await ws.call('processing.setSlides', { codes: [`${hp}-S1`], quality: 'poor' });

    const redo = await ws.call('processing.redoSlide', { code: `${hp}-S1`, reason: 'Pliegues' });
    expect(redo.slides[0]).toMatchObject({ code: `${hp}-S3`, redoOf: `${hp}-S1` });
    await expect(
      ws.call('processing.setSlides', { codes: [`${hp}-S1`], status: 'ready' }),
    ).rejects.toThrow(/fue rehecho como HP 26\/001-S3/);

    await ws.call('processing.setSlides', { codes: [`${hp}-S2`], status: 'ready' });
    expect(await statusOf(hp)).toBe('processing');
    await ws.call('processing.setSlides', { codes: [`${hp}-S3`], status: 'ready' });
    expect(await statusOf(hp)).toBe('ready');

    const work = await ws.call('processing.work', { protocol: hp });
    expect(work.slides.find((s) => s.code === `${hp}-S1`)?.replacedBy).toBe(`${hp}-S3`);
  });

  it('a cytology protocol goes to ready with its slides registered directly', async () => {
    ws = await openWorkstation();
    const ct = await received(cytologyForm());
    const { slides } = await ws.call('processing.addSlides', { protocol: ct, count: 3 });
    expect(slides.map((s) => [s.code, s.stain])).toEqual([
      ['CT 26/001-S1', 'Diff-Quik'],
      ['CT 26/001-S2', 'Diff-Quik'],
      ['CT 26/001-S3', 'Diff-Quik'],
    ]);
    await ws.call('processing.recordStage', { codes: [ct], stage: 'staining' });
    const work = await ws.call('processing.work', { protocol: ct });
    expect(work.slides.map((s) => s.status)).toEqual(['stained', 'stained', 'stained']);

    await ws.call('processing.setSlides', { codes: slides.map((s) => s.code), status: 'ready' });
    expect(await statusOf(ct)).toBe('ready');
  });

  it('a slide never goes back to an earlier status', async () => {
    ws = await openWorkstation();
    const ct = await received(cytologyForm());
    await ws.call('processing.addSlides', { protocol: ct });
    await ws.call('processing.setSlides', { codes: [`${ct}-S1`], status: 'stained' });
    await expect(
      ws.call('processing.setSlides', { codes: [`${ct}-S1`], status: 'pending' }),
    ).rejects.toThrow(/no puede volver a «Pendiente»/);
  });
});

describe('slides and the cassettes they come from', () => {
  it('a slide from a cassette of another protocol is refused and nothing is written', async () => {
    ws = await openWorkstation();
    const a = await received();
    const b = await received();
    await ws.call('processing.addCassettes', { protocol: a, material: 'Riñón' });
    await ws.call('processing.addCassettes', { protocol: b, material: 'Hígado' });
    const before = await countRows('slides');
    const auditBefore = await countRows('audit_log');

    await expect(
      ws.call('processing.addSlides', { protocol: b, cassettes: ['C1', `${a}-C1`] }),
    ).rejects.toThrow(/es de otro protocolo/);
    expect(await countRows('slides')).toBe(before);
    expect(await countRows('audit_log')).toBe(auditBefore);
  });

  it('a slide from two cassettes names both; a voided cassette gives no slides', async () => {
    ws = await openWorkstation();
    const hp = await received();
    await ws.call('processing.addCassettes', { protocol: hp, material: 'Piel', count: 3 });
    const { slides } = await ws.call('processing.addSlides', {
      protocol: hp,
      cassettes: ['C2', "hp 26-001'c1"],
      stain: 'Ziehl-Neelsen',
      fieldNumber: 2,
    });
    expect(slides[0]).toMatchObject({
      cassetteCodes: [`${hp}-C1`, `${hp}-C2`],
      stain: 'Ziehl-Neelsen',
      fieldNumber: 2,
    });

    const each = await ws.call('processing.addSlides', {
      protocol: hp,
      cassettes: ['C1', 'C2'],
      perCassette: true,
      printerUri: 'none',
    });
    expect(each.slides.map((s) => [s.code, s.cassetteCodes])).toEqual([
      [`${hp}-S2`, [`${hp}-C1`]],
      [`${hp}-S3`, [`${hp}-C2`]],
    ]);

    await ws.call('processing.voidCassette', { code: `${hp}-C3`, reason: 'Se rompió' });
    await expect(
      ws.call('processing.addSlides', { protocol: hp, cassettes: ['C3'] }),
    ).rejects.toThrow(/fue anulado/);
  });

  it('a histopathology slide needs a cassette and a stain from the catalogue', async () => {
    ws = await openWorkstation();
    const hp = await received();
    await ws.call('processing.addCassettes', { protocol: hp, material: 'Piel' });
    await expect(ws.call('processing.addSlides', { protocol: hp })).rejects.toThrow(
      /de qué casete/,
    );
    await expect(
      ws.call('processing.addSlides', { protocol: hp, cassettes: ['C1'], stain: 'Azul de Prusia' }),
    ).rejects.toThrow(/no está en el catálogo/);

    const added = await ws.call('processing.addStain', {
      name: 'Azul de Prusia',
      kinds: ['histopathology'],
    });
    expect(added.id).toBe('stain-azuldeprusia');
    const { slides } = await ws.call('processing.addSlides', {
      protocol: hp,
      cassettes: ['C1'],
      stain: 'azul de prusia',
    });
    expect(slides[0]?.stain).toBe('Azul de Prusia');
  });
});

describe('stages recorded at the bench', () => {
  it('embedding recorded for three cassettes at once, with who and when', async () => {
    ws = await openWorkstation();
    const hp = await received();
    await ws.call('processing.addCassettes', { protocol: hp, material: 'Útero', count: 3 });

    const { records } = await ws.call('processing.recordStage', {
      codes: [`${hp}-C1`, `${hp}-C2`, `${hp}-C3`, `${hp}-C1`],
      stage: 'embedding',
      notes: 'Parafina nueva',
    });
    expect(records.map((r) => r.itemCode)).toEqual([`${hp}-C1`, `${hp}-C2`, `${hp}-C3`]);
    expect(records.every((r) => r.technician.startsWith('cli:'))).toBe(true);

    const work = await ws.call('processing.work', { protocol: hp });
    expect(work.cassettes.map((c) => c.stage)).toEqual(['embedding', 'embedding', 'embedding']);
    expect(work.stages).toHaveLength(3);
  });

  it('an earlier stage recorded later is kept in the history but does not move the item back', async () => {
    ws = await openWorkstation();
    const hp = await received();
    await ws.call('processing.addCassettes', { protocol: hp, material: 'Útero' });
    await ws.call('processing.recordStage', { codes: [`${hp}-C1`], stage: 'embedding' });
    await ws.call('processing.recordStage', { codes: [`${hp}-C1`], stage: 'fixation' });

    const work = await ws.call('processing.work', { protocol: hp });
    expect(work.cassettes[0]?.stage).toBe('embedding');
    expect(work.stages.map((s) => s.stage)).toEqual(['embedding', 'fixation']);
  });

  it('a stage that does not belong to the item stops the whole batch', async () => {
    ws = await openWorkstation();
    const hp = await received();
    await ws.call('processing.addCassettes', { protocol: hp, material: 'Útero' });
    await ws.call('processing.addSlides', { protocol: hp, cassettes: ['C1'] });

    await expect(
      ws.call('processing.recordStage', { codes: [`${hp}-C1`, `${hp}-S1`], stage: 'embedding' }),
    ).rejects.toThrow(/no corresponde a portaobjetos HP 26\/001-S1/);
    expect(await countRows('stage_records')).toBe(0);
  });

  it('stages may span protocols: a rack of cassettes from several cases', async () => {
    ws = await openWorkstation();
    const a = await received();
    const b = await received();
    await ws.call('processing.addCassettes', { protocol: a, material: 'Piel' });
    await ws.call('processing.addCassettes', { protocol: b, material: 'Piel' });
    const { records } = await ws.call('processing.recordStage', {
      codes: [`${a}-C1`, `${b}-C1`],
      stage: 'fixation',
    });
    expect(records.map((r) => r.itemCode)).toEqual(['HP 26/001-C1', 'HP 26/002-C1']);
  });
});

describe('scanning a code anywhere', () => {
  it('finds a cassette from a code mangled by a Spanish-layout scanner', async () => {
    ws = await openWorkstation();
    const hp = await received();
    await ws.call('processing.addCassettes', { protocol: hp, material: 'Piel', count: 2 });

    const scanned = await ws.call('processing.scan', { code: "hp 26-001'c2" });
    expect(scanned).toMatchObject({ type: 'cassette', protocolCode: hp, itemCode: `${hp}-C2` });
    await expect(ws.call('processing.scan', { code: 'C2' })).rejects.toThrow(
      /no es un número de protocolo, casete ni portaobjetos/,
    );
  });
});

describe('what the bench refuses, and says why', () => {
  it('a cassette or slide code where a protocol number is asked for', async () => {
    ws = await openWorkstation();
    const hp = await received();
    await ws.call('processing.addCassettes', { protocol: hp, material: 'Piel' });
    await expect(
      ws.call('processing.addCassettes', { protocol: `${hp}-S77`, material: 'Piel' }),
    ).rejects.toThrow(/es el código de un casete o portaobjetos; indique el número de protocolo/);
    await expect(
      ws.call('processing.printLabels', { protocol: `${hp}-C1`, item: 'cassette' }),
    ).rejects.toThrow(/indique el número de protocolo \(HP 26\/001\)/);
    expect(await countRows('cassettes')).toBe(1);
  });

  it('a scanned cassette or slide the protocol does not have', async () => {
    ws = await openWorkstation();
    const hp = await received();
    await ws.call('processing.addCassettes', { protocol: hp, material: 'Piel' });
    await expect(ws.call('processing.scan', { code: `${hp}-C9999` })).rejects.toThrow(
      /no tiene el casete HP 26\/001-C9999/,
    );
    await expect(ws.call('processing.scan', { code: `${hp}-S1` })).rejects.toThrow(
      /no tiene el portaobjetos/,
    );
  });

  it('more slides at once than a rack holds, or fields past 999', async () => {
    ws = await openWorkstation();
    const hp = await received();
    await ws.call('processing.addCassettes', { protocol: hp, material: 'Piel', count: 50 });
    const all = Array.from({ length: 50 }, (_, i) => `C${i + 1}`);
    await expect(
      ws.call('processing.addSlides', {
        protocol: hp,
        cassettes: all,
        perCassette: true,
        count: 50,
      }),
    ).rejects.toThrow(/Se pidieron 2500 portaobjetos de una vez; el máximo es 200/);
    await expect(
      ws.call('processing.addSlides', {
        protocol: hp,
        cassettes: ['C1'],
        fieldNumber: 999,
        count: 2,
      }),
    ).rejects.toThrow(/Los campos llegarían a 1000/);

    const rack = await ws.call('processing.addSlides', {
      protocol: hp,
      cassettes: all,
      perCassette: true,
      count: 4,
      printerUri: 'none',
    });
    expect(rack.slides).toHaveLength(200);
  });

  it('a material that only looks filled in (blank fillers) is refused', async () => {
    ws = await openWorkstation();
    const hp = await received();
    for (const blank of ['\u3164', '\u2800\u2800', '\u115f\u1160', '\uffa0']) {
      await expect(
        ws.call('processing.addCassettes', { protocol: hp, material: blank }),
      ).rejects.toThrow(/material/);
    }
    expect(await countRows('cassettes')).toBe(0);
  });
});

describe('the stain catalogue', () => {
  it('knows a stain by its letters: "HE" finds H-E and cannot be added beside it', async () => {
    ws = await openWorkstation();
    const hp = await received();
    await ws.call('processing.addCassettes', { protocol: hp, material: 'Piel' });
    for (const typed of ['HE', 'h.e.', 'P.A.S.', 'ZiehlNeelsen', 'tricromica de masson']) {
      await ws.call('processing.addSlides', { protocol: hp, cassettes: ['C1'], stain: typed });
    }
    const work = await ws.call('processing.work', { protocol: hp });
    expect(work.slides.map((s) => s.stain)).toEqual([
      'H-E',
      'H-E',
      'PAS',
      'Ziehl-Neelsen',
      'Tricrómica de Masson',
    ]);

    await expect(
      ws.call('processing.addStain', { name: 'HE', kinds: ['histopathology'] }),
    ).rejects.toThrow(/«H-E» ya está en el catálogo/);
    const greek = await ws.call('processing.addStain', {
      name: 'Giemsa α',
      kinds: ['cytology'],
    });
    expect(greek.name).toBe('Giemsa α');
  });

  it('a deactivated stain is refused with that reason, not as unknown', async () => {
    ws = await openWorkstation();
    const hp = await received();
    await ws.call('processing.addCassettes', { protocol: hp, material: 'Piel' });
    await ws.call('processing.setStainActive', { id: 'stain-pas', active: false });
    await expect(
      ws.call('processing.addSlides', { protocol: hp, cassettes: ['C1'], stain: 'PAS' }),
    ).rejects.toThrow(/«PAS» está desactivada en el catálogo/);
  });
});

describe('the bench board', () => {
  it('cut cassettes whose slides exist no longer hold the protocol at cutting', async () => {
    ws = await openWorkstation();
    const hp = await received();
    await ws.call('processing.addCassettes', { protocol: hp, material: 'Piel', count: 2 });
    await ws.call('processing.recordStage', { codes: [hp], stage: 'cutting' });
    let board = await ws.call('processing.board', {});
    expect(board.protocols[0]).toMatchObject({ code: hp, stage: 'cutting', cassettes: 2 });

    await ws.call('processing.addSlides', { protocol: hp, cassettes: ['C1', 'C2'] });
    await ws.call('processing.recordStage', { codes: [`${hp}-S1`], stage: 'staining' });
    board = await ws.call('processing.board', {});
    expect(board.protocols[0]).toMatchObject({ code: hp, stage: 'staining', slides: 1 });
    expect(board.counts.filter((c) => c.cassettes > 0)).toEqual([]);
  });
});

describe('redoing and filtering by technician', () => {
  it('a slide whose cassettes were all voided cannot be redone from them', async () => {
    ws = await openWorkstation();
    const hp = await received();
    await ws.call('processing.addCassettes', { protocol: hp, material: 'Piel' });
    await ws.call('processing.addSlides', { protocol: hp, cassettes: ['C1'] });
    await ws.call('processing.voidCassette', { code: `${hp}-C1`, reason: 'Material perdido' });
    await expect(
      ws.call('processing.redoSlide', { code: `${hp}-S1`, reason: 'Pliegues' }),
    ).rejects.toThrow(/HP 26\/001-C1 fue anulado/);
    expect(await countRows('slides')).toBe(1);
  });

  it('the board filtered by technician shows the protocols whose cassettes they made', async () => {
    ws = await openWorkstation();
    const hp = await received();
    await received();
    await ws.call('processing.addCassettes', { protocol: hp, material: 'Piel' });

    const board = await ws.call('processing.board', {});
    const me = board.technicians[0]!;
    expect(me).toMatch(/^cli:/);
    const mine = await ws.call('processing.board', { technician: me });
    expect(mine.protocols.map((p) => p.code)).toEqual([hp]);
  });
});
