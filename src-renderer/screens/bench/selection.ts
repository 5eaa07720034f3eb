// What is selected on the bench: item codes, cassettes and slides alike, as the
// scanner reads them. Voided cassettes and redone slides cannot be worked on,
// so they never join the selection or stay in it.

import type { CassetteView, SlideView, WorkView } from '../../../src-shared/processing-contract';
import type { StudyKind } from '../../../src-shared/codes';
import type { I18n } from '../../i18n';

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

/** Why a scanned cassette or slide cannot join the selection; null when it can. */
export function refusal(work: WorkView, code: string, t: I18n['t']): string | null {
  const cassette = work.cassettes.find((c) => c.code === code);
  if (cassette && !isLiveCassette(cassette)) return t('ui.bench.scan.voided', { code });
  const slide = work.slides.find((s) => s.code === code);
  if (slide?.replacedBy) {
    const replacement = shortCode(work.protocol.code, slide.replacedBy);
    return t('ui.bench.scan.replaced', { code, replacement });
  }
  return null;
}

/** "1 casete, 3 portaobjetos"; a cytology protocol has no cassettes to count. */
export function itemCounts(
  t: I18n['t'],
  kind: StudyKind,
  cassettes: number,
  slides: number,
): string {
  const slideText =
    slides === 1 ? t('ui.bench.count.slideOne') : t('ui.bench.count.slides', { count: slides });
  if (kind === 'cytology') return slideText;
  const cassetteText =
    cassettes === 1
      ? t('ui.bench.count.cassetteOne')
      : t('ui.bench.count.cassettes', { count: cassettes });
  return `${cassetteText}, ${slideText}`;
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
