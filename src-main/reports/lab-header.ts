// The lab's name, address lines and logo at the top of every signed report. Kept
// in the settings of each node, like the printers: what a desk prints is set at
// that desk. A signed report keeps the header it was signed with in its PDF.

import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Actor, ServiceContext } from '../context';
import type { MethodParsedInput } from '../../src-shared/contract';
import { IMAGE_TYPES } from '../../src-shared/report-contract';
import { translate } from '../../src-shared/i18n/translate';
import { readSetting, writeSetting } from '../settings/store';
import { writeTransaction } from '../db/transaction';
import { appendAudit } from '../audit/append';
import { checkImage, sha256, SIGNATURE_LIMITS } from './image-check';

const KEY = 'reports.labHeader';

const stored = z.object({
  name: z.string(),
  lines: z.array(z.string()),
  logo: z.object({ mime: z.enum(IMAGE_TYPES), base64: z.string() }).nullable(),
});
type StoredHeader = z.infer<typeof stored>;

function defaults(): StoredHeader {
  return {
    name: translate('es-AR', 'report.labHeader.defaultName'),
    lines: [translate('es-AR', 'report.labHeader.defaultLine')],
    logo: null,
  };
}

async function readStored(db: Kysely<Database>): Promise<StoredHeader> {
  return (await readSetting(db, KEY, stored)) ?? defaults();
}

const toView = (h: StoredHeader) => ({ name: h.name, lines: h.lines, hasLogo: h.logo !== null });

export async function labHeaderView(db: Kysely<Database>) {
  return toView(await readStored(db));
}

/** The header as the PDF draws it. */
export async function readLabHeader(
  db: Kysely<Database>,
): Promise<{ name: string; lines: string[]; logo: Buffer | null }> {
  const h = await readStored(db);
  return { name: h.name, lines: h.lines, logo: h.logo && Buffer.from(h.logo.base64, 'base64') };
}

export async function setLabHeader(
  ctx: ServiceContext,
  actor: Actor,
  input: MethodParsedInput<'reports.setLabHeader'>,
) {
  const logo =
    input.logo &&
    checkImage(
      input.logo.base64,
      input.logo.mime,
      SIGNATURE_LIMITS,
      translate('es-AR', 'report.what.logo'),
    );

  return writeTransaction(ctx.db, async (tx) => {
    const before = await readStored(tx);
    const next: StoredHeader = {
      name: input.name,
      lines: input.lines.filter((line) => line !== ''),
      logo: input.logo === undefined ? before.logo : input.logo,
    };
    await writeSetting(tx, ctx.clock, KEY, next);
    await appendAudit(tx, ctx.clock, actor, {
      action: 'settings.lab_header',
      details: { logoSha256: logo ? sha256(logo) : null, logoRemoved: input.logo === null },
    });
    return toView(next);
  });
}
