// The size each kind of label starts at and the smallest it may be set to, for
// the settings, their form and the contract that checks them.

import {
  DEFAULT_CASSETTE_LABEL_SIZE,
  DEFAULT_SLIDE_LABEL_SIZE,
  MIN_ITEM_LABEL_SIZE,
} from './item-label';
import { DEFAULT_JAR_LABEL_SIZE, MIN_JAR_LABEL_SIZE } from './jar-label';
import type { LabelKind, LabelSize } from './layout';

export const DEFAULT_LABEL_SIZES: Record<LabelKind, LabelSize> = {
  jar: DEFAULT_JAR_LABEL_SIZE,
  cassette: DEFAULT_CASSETTE_LABEL_SIZE,
  slide: DEFAULT_SLIDE_LABEL_SIZE,
};

export const MIN_LABEL_SIZES: Record<LabelKind, LabelSize> = {
  jar: MIN_JAR_LABEL_SIZE,
  cassette: MIN_ITEM_LABEL_SIZE,
  slide: MIN_ITEM_LABEL_SIZE,
};

/** Larger than any label roll a desktop or thermal label printer takes. */
export const MAX_LABEL_MM = 150;
