// What is selected on the bench: item codes, cassettes and slides alike, as the
// scanner reads them. Voided cassettes and redone slides cannot be worked on,
// so they never stay selected.

import type { CassetteView, SlideView, WorkView } from '../../../src-shared/processing-contract';

export type Selection = ReadonlySet<string>;

export const NOTHING: Selection = new Set();

export function isLiveCassette(cassette: CassetteView): boolean {
  return cassette.voidedAt === null;
}

export function isLiveSlide(slide: SlideView): boolean {
  return slide.replacedBy === null;
}

export interface Selected {
  cassettes: CassetteView[];
  slides: SlideView[];
}

export function selectedItems(work: WorkView, selection: Selection): Selected {
  return {
    cassettes: work.cassettes.filter((c) => selection.has(c.code)),
    slides: work.slides.filter((s) => selection.has(s.code)),
  };
}

/** The selection after the work reloaded: only items still there and still live. */
export function keepLive(work: WorkView, selection: Selection): Selection {
  const live = new Set([
    ...work.cassettes.filter(isLiveCassette).map((c) => c.code),
    ...work.slides.filter(isLiveSlide).map((s) => s.code),
  ]);
  const kept = [...selection].filter((code) => live.has(code));
  return kept.length === selection.size ? selection : new Set(kept);
}

export function toggled(selection: Selection, codes: string[], on: boolean): Selection {
  const next = new Set(selection);
  for (const code of codes) {
    if (on) next.add(code);
    else next.delete(code);
  }
  return next;
}

/** `HP 26/001-C2` → `C2`: inside one protocol's work the suffix says it all. */
export function shortCode(protocolCode: string, code: string): string {
  return code.startsWith(`${protocolCode}-`) ? code.slice(protocolCode.length + 1) : code;
}
