import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { histopathologyForm, openWorkstation, type Workstation } from '../../helpers/workstation';

let ws: Workstation;
beforeAll(async () => {
  ws = await openWorkstation();
});
afterAll(async () => ws?.close());

type Step =
  | { op: 'cassettes'; count: number }
  | { op: 'slides'; count: number }
  | { op: 'void'; pick: number }
  | { op: 'redo'; pick: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('cassettes' as const), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ op: fc.constant('slides' as const), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constant('void' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('redo' as const), pick: fc.nat() }),
);

const numberOf = (code: string) => Number(/-[CS](\d+)$/.exec(code)![1]);

describe('cassette and slide numbers under any sequence of adds, voids and redos', () => {
  it('every number is new: strictly after every number given before, voided or not', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const { temporaryCode } = await ws.call('protocols.submit', histopathologyForm());
        const { protocolNumber } = await ws.call('reception.receive', { code: temporaryCode });
        const hp = protocolNumber!;
        const given = { C: [] as number[], S: [] as number[] };
        const live = { C: [] as string[], S: [] as string[] };
        const cutFrom = new Map<string, string>();

        const expectNew = (letter: 'C' | 'S', codes: string[]) => {
          for (const code of codes) {
            const n = numberOf(code);
            expect(n).toBe(Math.max(0, ...given[letter]) + 1);
            given[letter].push(n);
            live[letter].push(code);
          }
        };

        for (const s of steps) {
          if (s.op === 'cassettes') {
            const added = await ws.call('processing.addCassettes', {
              protocol: hp,
              material: 'Piel',
              count: s.count,
            });
            expectNew(
              'C',
              added.cassettes.map((c) => c.code),
            );
          } else if (s.op === 'slides' && live.C.length > 0) {
            const added = await ws.call('processing.addSlides', {
              protocol: hp,
              cassettes: [live.C[0]!],
              count: s.count,
            });
            for (const x of added.slides) cutFrom.set(x.code, live.C[0]!);
            expectNew(
              'S',
              added.slides.map((x) => x.code),
            );
          } else if (s.op === 'void' && live.C.length > 0) {
            const [code] = live.C.splice(s.pick % live.C.length, 1);
            await ws.call('processing.voidCassette', { code: code!, reason: 'Prueba' });
          } else if (s.op === 'redo' && live.S.length > 0) {
            const code = live.S[s.pick % live.S.length]!;
            const source = cutFrom.get(code)!;
            const redoing = ws.call('processing.redoSlide', { code, reason: 'Prueba' });
            // A slide whose cassette was voided has nothing left to be cut again from.
            if (!live.C.includes(source)) {
              await expect(redoing).rejects.toThrow(/fue anulado/);
              continue;
            }
            const redo = await redoing;
            live.S.splice(live.S.indexOf(code), 1);
            for (const x of redo.slides) cutFrom.set(x.code, source);
            expectNew(
              'S',
              redo.slides.map((x) => x.code),
            );
          }
        }

        const work = await ws.call('processing.work', { protocol: hp });
        const cassetteNumbers = work.cassettes.map((c) => c.number);
        const slideNumbers = work.slides.map((x) => x.number);
        expect(new Set(cassetteNumbers).size).toBe(cassetteNumbers.length);
        expect(new Set(slideNumbers).size).toBe(slideNumbers.length);
        expect(work.cassettes.filter((c) => !c.voidedAt).map((c) => c.code)).toEqual(live.C);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
