/**
 * A name cell of two lines in a column of names over their 概要 (`nameOverDoing`, nameDescriptionLines.ts), whose first line ends in
 * a kanji and whose next line's first word is a bare compound of one or two kanji then の / に / を (「商店街の防犯カメラ設置⏎費用の
 * 一部を補助する」「市内中小企業の販路⏎拡大に向けた展示会出展を支援」): the next line may be the tail of one name broken between
 * two kanji words (設置費用, 販路拡大), or a 概要 whose subject stands first (「病児保育室の運営⏎病気の児童を…預かる」「…⏎市内の
 * 事業者に…」). Its words alone cannot tell which (review rv79 item 8): the first line is still read as the name, as the column's
 * other cells are, but never in silence — a `name-line-cut` guess names the cell.
 */
import { folded } from './nameDescriptionLines';

/** A line ending in a kanji: a word the next line's first may glue onto. */
const KANJI_END = /\p{Script=Han}$/u;
/** A first word of one or two kanji, bare, then の / に / を (「費用の」「拡大に」「病気の」). */
const GLUED_HEAD = /^\p{Script=Han}{1,2}[のにを]/u;

/** Whether `next` may go on with the last word of `first` (a kanji compound broken across the lines). */
export function mayGlueOn(first: string, next: string): boolean {
  return KANJI_END.test(folded(first)) && GLUED_HEAD.test(folded(next));
}
