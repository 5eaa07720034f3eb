// What became of a label sent to a printer, as every door reports it.

import { z } from 'zod';

export const printOutcome = z.object({
  jobId: z.string().nullable(),
  status: z.enum(['printed', 'failed', 'skipped']),
  printerUri: z.string().nullable(),
  error: z.string().nullable(),
});
export type PrintOutcome = z.infer<typeof printOutcome>;

/** Nothing was sent because the person asked for no label. */
export const SKIPPED_PRINT: PrintOutcome = {
  jobId: null,
  status: 'skipped',
  printerUri: null,
  error: null,
};
