// The report's sections as the editor handles them: one name per text field
// (the four sections and each cassette's or slide's own description), and a
// comparison that ignores what the services strip anyway (invisible
// characters, spaces at either end), so a saved text counts as the one typed.

import { cleanText } from '../../../src-shared/clean-text';
import type { DraftView, ReportSections } from '../../../src-shared/report-contract';

export type SectionField = 'macroscopic' | 'microscopic' | 'diagnosis' | 'comments';

/** A section, or `item:<code>` for one cassette's or slide's microscopic description. */
export type FieldRef = SectionField | `item:${string}`;

export const SECTION_FIELDS: readonly SectionField[] = [
  'macroscopic',
  'microscopic',
  'diagnosis',
  'comments',
];

export const EMPTY_SECTIONS: ReportSections = {
  macroscopic: '',
  microscopic: '',
  microscopicItems: [],
  diagnosis: '',
  comments: '',
};

export function itemRef(code: string): FieldRef {
  return `item:${code}`;
}

export function isSectionField(name: string): name is SectionField {
  return (SECTION_FIELDS as readonly string[]).includes(name);
}

export function sectionsOf(draft: DraftView | null): ReportSections {
  if (!draft) return EMPTY_SECTIONS;
  return {
    macroscopic: draft.macroscopic,
    microscopic: draft.microscopic,
    microscopicItems: draft.microscopicItems.map(({ code, text }) => ({ code, text })),
    diagnosis: draft.diagnosis,
    comments: draft.comments,
  };
}

export function readField(sections: ReportSections, ref: FieldRef): string {
  if (!ref.startsWith('item:')) return sections[ref as SectionField];
  const code = ref.slice('item:'.length);
  return sections.microscopicItems.find((item) => item.code === code)?.text ?? '';
}

export function withField(sections: ReportSections, ref: FieldRef, value: string): ReportSections {
  if (!ref.startsWith('item:')) return { ...sections, [ref]: value };
  const code = ref.slice('item:'.length);
  return {
    ...sections,
    microscopicItems: sections.microscopicItems.map((item) =>
      item.code === code ? { code, text: value } : item,
    ),
  };
}

function same(a: string, b: string): boolean {
  return cleanText(a).trim() === cleanText(b).trim();
}

export function sameSections(a: ReportSections, b: ReportSections): boolean {
  return (
    SECTION_FIELDS.every((field) => same(a[field], b[field])) &&
    a.microscopicItems.length === b.microscopicItems.length &&
    a.microscopicItems.every((item, i) => {
      const other = b.microscopicItems[i];
      return other !== undefined && other.code === item.code && same(item.text, other.text);
    })
  );
}

export function isBlank(sections: ReportSections): boolean {
  return sameSections(sections, EMPTY_SECTIONS);
}
