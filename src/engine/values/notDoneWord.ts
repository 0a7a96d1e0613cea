/**
 * A cell saying, alone, that the step the target names was not taken yet (「未導入」 against 「令和6年10月導入」, 「未策定」,
 * 「未設置」): not implemented, as 未実施 / 未着手 are. Only the whole cell (its bracketed note aside) is such a word: 「未導入の学校数」
 * or 「一部未導入」 says something else, and a name or a remark holding the word is never read by it.
 */
const NOT_DONE = /^未(?:導入|開始|設置|開設|策定|構築|整備|稼働)$/;

/** Whether the cell's words without spaces or bracketed notes are a not-done word standing alone. */
export function isNotDoneWord(bare: string): boolean {
  return NOT_DONE.test(bare);
}
