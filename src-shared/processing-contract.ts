// Methods of the bench: cassettes, slides, stages, their labels, the board and
// the traceability of a protocol's work. Items are named by their codes, as a
// scanner reads them, never by internal ids: the same input works from a
// screen, a script and a barcode.

import { z } from 'zod';
import { cleanString, writtenReason } from './clean-text';
import { method } from './rpc-method';
import { printOutcome } from './print-outcome';
import { PROTOCOL_STATUSES } from './status';
import {
  CASSETTE_TYPES,
  HISTO_STAGES,
  QUALITY_GRADES,
  SLIDE_STATUSES,
  type WorkItem,
} from './processing';

const id = z.string().min(1).max(64);
const code = z.string().trim().min(1).max(80);
const codes = z.array(code).min(1).max(500);
const kind = z.enum(['histopathology', 'cytology']);
const stage = z.enum(HISTO_STAGES);
const optionalText = (max: number) => cleanString().max(max).optional();

export const cassetteView = z.object({
  id,
  number: z.number(),
  code: z.string(),
  material: z.string(),
  type: z.enum(CASSETTE_TYPES),
  /** The last stage recorded for it, in bench order; null before the first. */
  stage: stage.nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  voidedAt: z.string().nullable(),
  voidedBy: z.string().nullable(),
  voidReason: z.string().nullable(),
});
export type CassetteView = z.infer<typeof cassetteView>;

export const slideView = z.object({
  id,
  number: z.number(),
  code: z.string(),
  cassetteCodes: z.array(z.string()),
  stain: z.string(),
  fieldNumber: z.number().nullable(),
  status: z.enum(SLIDE_STATUSES),
  quality: z.enum(QUALITY_GRADES).nullable(),
  stage: stage.nullable(),
  /** The slide this one redoes, and the one that redid it. */
  redoOf: z.string().nullable(),
  replacedBy: z.string().nullable(),
  redoReason: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type SlideView = z.infer<typeof slideView>;

export const stageRecordView = z.object({
  id,
  itemCode: z.string(),
  item: z.enum(['cassette', 'slide']),
  stage,
  notes: z.string().nullable(),
  technician: z.string(),
  recordedAt: z.string(),
});
export type StageRecordView = z.infer<typeof stageRecordView>;

/** A protocol's work: what the bench screen and the traceability tree show. */
export const workView = z.object({
  protocol: z.object({
    id,
    code: z.string(),
    numberPending: z.boolean(),
    kind,
    status: z.enum(PROTOCOL_STATUSES),
    material: z.string().nullable(),
    containers: z.number().nullable(),
    animal: z.string(),
    receivedAt: z.string().nullable(),
  }),
  cassettes: z.array(cassetteView),
  slides: z.array(slideView),
  stages: z.array(stageRecordView),
});
export type WorkView = z.infer<typeof workView>;

export const boardInput = z.object({
  kind: kind.optional(),
  technician: optionalText(200),
  limit: z.number().int().min(1).max(1000).default(300),
});

export const boardView = z.object({
  /** Live items waiting at each stage (null: none recorded yet), per kind. */
  counts: z.array(
    z.object({
      stage: stage.nullable(),
      kind,
      cassettes: z.number(),
      slides: z.number(),
    }),
  ),
  protocols: z.array(
    z.object({
      id,
      code: z.string(),
      kind,
      status: z.enum(PROTOCOL_STATUSES),
      receivedAt: z.string().nullable(),
      /** The least advanced stage among its live items: where the protocol waits. */
      stage: stage.nullable(),
      cassettes: z.number(),
      slides: z.number(),
      slidesReady: z.number(),
      lastTechnician: z.string().nullable(),
    }),
  ),
  total: z.number(),
  technicians: z.array(z.string()),
});
export type BoardView = z.infer<typeof boardView>;

export const stainView = z.object({
  id,
  name: z.string(),
  kinds: z.array(kind),
  active: z.boolean(),
});
export type StainView = z.infer<typeof stainView>;

/** Print to this printer instead of the profile's; `none` skips printing. */
const printerUri = optionalText(300);

const item = z.enum(['cassette', 'slide']) satisfies z.ZodType<WorkItem>;

const BENCH = ['technician', 'admin'] as const;

export const processingMethods = {
  'processing.scan': method(
    z.object({ code }),
    z.object({
      type: z.enum(['protocol', 'cassette', 'slide']),
      protocolId: id,
      protocolCode: z.string(),
      itemCode: z.string().nullable(),
    }),
    'staff',
  ),
  'processing.work': method(z.object({ protocol: code }), workView, 'staff'),
  'processing.board': method(boardInput, boardView, 'staff'),

  'processing.addCassettes': method(
    z.object({
      protocol: code,
      material: cleanString().min(1).max(500),
      type: z.enum(CASSETTE_TYPES).default('normal'),
      count: z.number().int().min(1).max(50).default(1),
      printerUri,
    }),
    z.object({ cassettes: z.array(cassetteView), print: printOutcome }),
    BENCH,
  ),
  'processing.voidCassette': method(
    /** `code` may be the cassette's id, to tell apart two that share a code. */
    z.object({ code, reason: writtenReason(3, 500) }),
    cassetteView,
    BENCH,
  ),
  'processing.addSlides': method(
    z.object({
      protocol: code,
      /** Cassette codes (or their short form `C1`); none for a cytology slide. */
      cassettes: z.array(code).max(50).default([]),
      stain: optionalText(80),
      fieldNumber: z.number().int().min(1).max(999).optional(),
      count: z.number().int().min(1).max(50).default(1),
      /** `count` slides from each cassette on its own, instead of from all of them together. */
      perCassette: z.boolean().default(false),
      printerUri,
    }),
    z.object({ slides: z.array(slideView), print: printOutcome }),
    BENCH,
  ),
  'processing.redoSlide': method(
    z.object({ code, reason: writtenReason(3, 500), printerUri }),
    z.object({ slides: z.array(slideView), print: printOutcome }),
    BENCH,
  ),
  'processing.setSlides': method(
    z
      .object({
        codes,
        status: z.enum(SLIDE_STATUSES).optional(),
        quality: z.enum(QUALITY_GRADES).optional(),
      })
      .refine((input) => input.status !== undefined || input.quality !== undefined, {
        message: 'indique el estado o la calidad',
      }),
    z.object({
      slides: z.array(slideView),
      protocols: z.array(z.object({ code: z.string(), status: z.enum(PROTOCOL_STATUSES) })),
    }),
    BENCH,
  ),
  'processing.recordStage': method(
    z.object({ codes, stage, notes: optionalText(1000) }),
    z.object({ records: z.array(stageRecordView) }),
    BENCH,
  ),
  'processing.printLabels': method(
    z.object({ protocol: code, item, codes: z.array(code).max(500).optional(), printerUri }),
    printOutcome,
    'staff',
  ),
  'processing.labelPdf': method(
    z.object({ protocol: code, item, codes: z.array(code).max(500).optional() }),
    z.object({ fileName: z.string(), base64: z.string() }),
    'staff',
  ),

  'processing.stains': method(z.object({}), z.array(stainView), 'staff'),
  'processing.addStain': method(
    z.object({ name: cleanString().min(1).max(80), kinds: z.array(kind).min(1) }),
    stainView,
    ['admin'],
  ),
  'processing.setStainActive': method(z.object({ id, active: z.boolean() }), stainView, ['admin']),
} as const;
