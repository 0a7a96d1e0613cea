/**
 * A cell saying, instead of a figure, that the facility was closed for the period: 「改修工事のため休館」「耐震工事により全面休館」
 * 「休園中」「閉館」. Nothing could be counted there: not applicable, as 「中止」 is, never an unreadable figure (hold-out 188).
 * Only words ending in the closure itself (its cause before it, 中 / した after it): 「休館日の見直し」 or 「休館に伴う減少」 say
 * something else and stay words; a cell with a figure is read by its figure (「休館のため 1,200人」). Near spellings of the
 * same closure (「改修工事のため利用休止」「老朽化により閉鎖」「休業中」) are one too; a partial or routine closure (一部休館, 夜間休館,
 * 毎週月曜休館, 年末年始のみ休館, 冬期 / 臨時休館) left the facility open for the year, never not applicable (review rv80 item 14).
 */
const CLOSED = /(?:休館|閉館|休園|閉園|休場|閉場|閉鎖|休業|休止)(?:中|した|しました|しています|している)?$/;

/** Words saying the closure was partial or routine: part of the facility, some hours, days or seasons. */
const PARTIAL = /一部|夜間|毎週|毎月|のみ|だけ|冬期|冬季|夏期|夏季|臨時|曜日?|定休|時間/;

/** Whether the cell's words without spaces or bracketed notes end by saying the facility was closed (wholly, not in part). */
export function isClosedWord(bare: string): boolean {
  const t = bare.replace(/[。．.]+$/, '');
  return CLOSED.test(t) && !PARTIAL.test(t);
}

/**
 * A closure's bracket telling when or how long (review rv82a item 3): a span (「3か月間」「6ヶ月」「10日間」「2週間」), a quarter or
 * half (「第3四半期」), a date by slashes or by 月 / 日 (「10/1再開」「3/31まで」「10月1日から」): its figures are no count of the year.
 */
const CLOSURE_SPAN = /\d{1,2}\s*(?:[かヶカケ箇]月|日|週|年)間?|第\d\s*(?:四半期|半期)|\d{1,2}\s*\/\s*\d{1,2}(?!\d)|\d{1,2}\s*(?:月|日)/g;

/** Whether every figure of a note on a closure says when or how long it was closed, none a count. */
export function closureSpanOnly(note: string): boolean {
  const t = note.normalize('NFKC');
  return /\d/.test(t) && !/\d/.test(t.replace(CLOSURE_SPAN, ''));
}
