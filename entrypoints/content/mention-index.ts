/**
 * Contract between annotation (highlights.ts, which fills it) and the hover/keyboard card
 * (hover.ts, which reads it). Ranges are the live ranges registered in CSS.highlights.
 */
export interface LiveMention {
  entity: string;
  range: Range;
}

export interface MentionIndex {
  /** The mention under a viewport point (client coordinates), if any. */
  hitTest(x: number, y: number): LiveMention | null;
  /** All live mentions in document order. */
  list(): LiveMention[];
}
