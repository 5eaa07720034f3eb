// The jar label of a received protocol, and the printer it goes to.

import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { jarLabelLayout, type LabelLayout } from '../../src-shared/labels/jar-label';
import type { ServiceContext } from '../context';
import { defaultPdfUri, loadPrinterProfile } from '../printing/settings';

export async function jarLabelFor(ctx: ServiceContext, db: Kysely<Database>, protocolId: string) {
  const p = await db
    .selectFrom('protocols as p')
    .innerJoin('veterinarians as v', 'v.id', 'p.veterinarian_id')
    .select([
      'p.protocol_number',
      'p.temporary_code',
      'p.animal_identification',
      'p.animal_species',
      'p.received_at',
      'v.first_name',
      'v.last_name',
    ])
    .where('p.id', '=', protocolId)
    .executeTakeFirstOrThrow();
  if (!p.received_at) return null;
  const shownNumber = p.protocol_number ?? p.temporary_code;

  const printer = await loadPrinterProfile(ctx, 'jar', db);
  const layout: LabelLayout = jarLabelLayout(
    {
      protocolNumber: shownNumber,
      numberPending: !p.protocol_number,
      animalIdentification: p.animal_identification,
      species: p.animal_species,
      veterinarianName: `${p.first_name} ${p.last_name}`,
      receivedAt: p.received_at,
      timeZone: ctx.timeZone,
    },
    { widthMm: printer.widthMm, heightMm: printer.heightMm },
  );
  const printerUri = printer.uri ?? defaultPdfUri(ctx, shownNumber);
  return { layout, printerUri, protocolNumber: shownNumber };
}
