// Where the parts of any label go, by its kind: the one place the drivers ask,
// so a PDF, an ESC/POS strip and a ZPL label put the same line in the same spot.

import { itemLabelGeometry } from './item-label';
import { jarLabelGeometry } from './jar-label';
import { placeLines, type LabelGeometry, type LabelLayout, type PlacedLine } from './layout';

export function labelGeometry(layout: Pick<LabelLayout, 'kind' | 'size'>): LabelGeometry {
  return layout.kind === 'jar' ? jarLabelGeometry(layout.size) : itemLabelGeometry(layout.size);
}

/** The layout's lines where they are drawn, with the geometry they were placed by. */
export function placeLabel(layout: LabelLayout): { geometry: LabelGeometry; lines: PlacedLine[] } {
  const geometry = labelGeometry(layout);
  return { geometry, lines: placeLines(geometry, layout.lines) };
}
