/**
 * A cell saying, instead of a figure, that the facility was closed for the period: 「改修工事のため休館」「耐震工事により全面休館」
 * 「休園中」「閉館」. Nothing could be counted there: not applicable, as 「中止」 is, never an unreadable figure (hold-out 188).
 * Only words ending in the closure itself (its cause before it, 中 / した after it): 「休館日の見直し」 or 「休館に伴う減少」 say
 * something else and stay words; a cell with a figure is read by its figure (「休館のため 1,200人」).
 */
const CLOSED = /(?:休館|閉館|休園|閉園|休場|閉場)(?:中|した|しました|しています)?$/;

/** Whether the cell's words without spaces or bracketed notes end by saying the facility was closed. */
export function isClosedWord(bare: string): boolean {
  return CLOSED.test(bare.replace(/[。．.]+$/, ''));
}
