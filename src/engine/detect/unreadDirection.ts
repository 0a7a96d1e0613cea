/**
 * A direction cell (方向 / 目標の方向 column, a 方向 line) whose words the reader does not know: 「適正化」「平準化」, a way
 * written in a phrase. The reader cannot say whether more or less is better, so it never grades such a row silently as
 * more-is-better: the cell is kept, and when nothing else states the way the grade carries the `direction-unread` guess
 * naming it (grading/directionGuess.ts). A blank-like mark (「－」「なし」) states no way and is no unread word.
 */
import { directionFromText } from '../values/directionWords';
import { parseDirection, type Direction } from '../values/labels';
import type { RawIndicator } from './types';
import { hasDigit } from '../values/text';

/** Marks that say "no direction" rather than a word to read. */
/** A range target's way alone: 範囲内, 適正範囲, 目標範囲内を維持. */
const RANGE_WAY = /^[\s　]*(?:目標|適正|許容|基準)?範囲内?(?:を維持|で推移|に保つ)?[\s　]*$/;

const NO_WAY = /^[\s　]*(?:[-－―‐ー—–─━・／/]+|なし|無し|特になし|該当なし|n\/?a)?[\s　]*$/i;

/**
 * The way a direction cell states, or null; a cell of words read as no way is noted on the indicator (unless it states
 * one already) so that grading can name it.
 */
export function readWayCell(ind: RawIndicator, text: string, cell: string): Direction | null {
  const d = text ? parseDirection(text) : null;
  // 「100％を維持」「全校で達成」: a level to keep or reach, graded as more-is-better by default, is no unknown word; nor
  // 「範囲内」「適正範囲」 alone, a range target's way (grading/rangeTarget.ts); 「範囲内に抑制」 states more and stays unread.
  if (!d && text && !isNoWayMark(text) && !/維持|達成|確保|継続/.test(text) && !RANGE_WAY.test(text) && !ind.unreadDirection)
    ind.unreadDirection = { cell, text };
  return d;
}

/** A heading of the target's rationale (目標設定の考え方, 目標の考え方): a way word under it is read, a sentence is no way. */
const RATIONALE_HEADING = /考え方/;

/**
 * The target's counting basis alone, 「毎年度」「単年度」「累計」「年度ごと」: how the target counts (each year's own figure, or the
 * total over years), never which way. More words with it (「毎年度減少」) are no basis alone and are read as before.
 */
const COUNTING_BASIS = /^(?:毎年度?|各年度?|単年度?|年間|年度(?:ごと|毎)|累計|通算)(?:の?(?:値|目標値?|実績))?$/;

/**
 * Whether a cell under a 目標設定の考え方 heading is a sentence giving the target's grounds (「R3実績（412人）に、毎年度35人の増加を
 * 見込んだ」「定員（１日６人）×開所日数（240日）×利用率55％＝約790人」), not a way word (縮減 / 増加 / 向上): it states no
 * direction and leaves nothing unread. A figure in it, or more words than a way phrase, makes it one; so does its counting
 * basis alone (「毎年度」 beside 「令和９年度までの累計」 rows: COUNTING_BASIS).
 */
export function isRationaleSentence(heading: string, text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return RATIONALE_HEADING.test(heading) && (hasDigit(t) || t.length > 12 || COUNTING_BASIS.test(t.normalize('NFKC')));
}

/**
 * A direction cell under a 目標設定の考え方 heading holding a sentence of the target's grounds: true (the cell is dealt with). Its
 * words may still say lower is better (「毎年10台ずつ減らす」): then the cell is left unread for the clerk (`direction-unread`), never
 * taken silently either way (review rv41b).
 */
export function readRationaleCell(ind: RawIndicator, heading: string, text: string, cell: string): boolean {
  if (!isRationaleSentence(heading, text)) return false;
  // Only a lower way matters: read as no way, the indicator is graded more-is-better, as an upward sentence says.
  if (directionFromText(text) === 'down' && !ind.unreadDirection) ind.unreadDirection = { cell, text };
  return true;
}

/** Whether a direction cell's text is a blank-like mark (「－」「なし」): no way stated, nothing left unread. */
export function isNoWayMark(text: string): boolean {
  return NO_WAY.test(text);
}
