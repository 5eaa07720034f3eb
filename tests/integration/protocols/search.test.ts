import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cytologyForm,
  histopathologyForm,
  openWorkstation,
  type Workstation,
} from '../../helpers/workstation';

let ws: Workstation;

beforeAll(async () => {
  ws = await openWorkstation();
  const luna = await ws.call('protocols.submit', histopathologyForm());
  await ws.call('protocols.submit', {
    ...histopathologyForm(),
    animal: { species: 'Felino', sex: 'male', identification: 'Simón' },
    owner: { lastName: 'Fernández', firstName: 'Ana' },
    submissionDate: '2026-11-20',
  });
  await ws.call('protocols.submit', cytologyForm());
  await ws.call('reception.receive', { code: luna.temporaryCode });
});
afterAll(async () => ws.close());

const search = (input: Parameters<Workstation['call']>[1]) =>
  ws.call('protocols.search', input as never);

describe('the protocol list search', () => {
  it('is blind to accents and case: "munoz" finds Muñoz, "SIMON" finds Simón', async () => {
    expect((await search({ query: 'munoz' })).total).toBe(2);
    const simon = await search({ query: 'SIMON' });
    expect(simon.items.map((p) => p.animalIdentification)).toEqual(['Simón']);
  });

  it('needs every word, and finds by protocol number, with short words too', async () => {
    expect((await search({ query: 'luna muñoz' })).total).toBe(2);
    expect((await search({ query: 'luna fernandez' })).total).toBe(0);
    const byNumber = await search({ query: 'HP 26/001' });
    expect(byNumber.items.map((p) => p.protocolNumber)).toEqual(['HP 26/001']);
    const scanned = await search({ query: 'hp 26-001' });
    expect(scanned.items.map((p) => p.protocolNumber)).toEqual(['HP 26/001']);
  });

  it('filters by status, kind and submission dates', async () => {
    expect((await search({ status: 'received' })).items).toHaveLength(1);
    expect((await search({ kind: 'cytology' })).items.map((p) => p.kind)).toEqual(['cytology']);
    expect((await search({ to: '2026-11-30' })).items.map((p) => p.animalIdentification)).toEqual([
      'Simón',
    ]);
  });

  it('treats % and _ as letters, not wildcards', async () => {
    expect((await search({ query: '%' })).total).toBe(0);
    expect((await search({ query: '_' })).total).toBe(0);
  });

  it('pages through results newest first', async () => {
    const first = await search({ limit: 2 });
    const second = await search({ limit: 2, offset: 2 });
    expect(first.total).toBe(3);
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(1);
    expect(first.items[0]!.kind).toBe('cytology');
  });
});
