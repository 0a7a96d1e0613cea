/**
 * A measure label naming its period (「目標値（令和５年度）」「実績値（R5）」) with its figure right beside it on the
 * same row is a label / value line of a form (labelForms.ts), never a period axis heading: an axis heads the
 * figures under it, and its row holds headings, not figures. Cards or forms laid side by side put such labels
 * on one row (目標値（令和５年度） | 60 | … | 目標値（令和５年度） | 250); read as an axis, a card took its
 * neighbour's label as its figure. Likewise a period that is the value of a label on its left (評価対象年度 | 令和５年度): the
 * sheet's statement of its period, never a heading of figures under it, and one that is the value of a label naming a
 * measure's year (目標年度 | 令和５年度, 基準年度 | 令和元年度): the year that measure is set for, and one that is the value of a
 * label dating the sheet (提出日 | 令和6年5月28日 in a reply's 回答者 block): when it was sent.
 */
import { classifyLabel, SERIES_ROLES } from '../values/labels';
import type { Grid } from './grid';
import { namesMeasureYear } from './measureYearHeading';

/** A figure as a form writes it: a number, or a number with a unit or % (「52件」「41.6%」), not a year. */
function isFigure(raw: unknown): boolean {
  if (typeof raw === 'number') return !(Number.isInteger(raw) && raw >= 1900 && raw <= 2100);
  return typeof raw === 'string' && /^\s*[-−]?[\d,，.．]+\s*[^\d\s]{0,4}\s*$/.test(raw.normalize('NFKC')) && !/[年月日]/.test(raw);
}

/** Whether the period cell at (row, col), ending at `right`, is a measure's label with its figure right of it. */
export function isLabelledFigure(grid: Grid, row: number, col: number, right: number): boolean {
  const label = classifyLabel(grid.text(row, col));
  if (!label || !SERIES_ROLES.has(label.role) || right + 1 > grid.right) return false;
  const at = grid.anchor(row, right + 1);
  return isFigure(grid.raw(at.row, at.col));
}

/** A label whose value is the period the sheet speaks of (評価対象年度, 対象年度, 評価年度, 報告対象期間, 年度), bracketed or with a colon. */
const PERIOD_LABEL = /^[【［[(（]?(?:評価|報告|計画)?(?:対象)?(?:年度|期間|年)[】］\])）]?[:：]?$/;

/** A label dating the sheet itself, when it was written, sent or answered (提出日, 回答日, 作成日, 記入年月日, 照会日). */
const DOCUMENT_DATE_LABEL = /^[【［[(（]?(?:提出|回答|作成|記入|報告|照会|更新|受付|送付)(?:年月)?日[】］\])）]?[:：]?$/;

/**
 * Whether the lone period cell at (row, col) is the value of a period or measure-year label left of it on its row (評価対象年度 |
 * 令和５年度), or of a label dating the sheet (提出日 | 令和6年5月28日: when the reply was sent, no heading of figures).
 */
export function isPeriodLabelValue(grid: Grid, row: number, col: number): boolean {
  for (let c = col - 1; c >= grid.left; c--) {
    const a = grid.anchor(row, c);
    const text = grid.text(a.row, a.col).replace(/\s+/g, '');
    if (!text) continue;
    // 目標年度 | 令和５年度 beside 目標値 | 4,500 on a card's line: the year the target is set for, no heading either.
    if (DOCUMENT_DATE_LABEL.test(text)) return true;
    return (PERIOD_LABEL.test(text) && /対象|評価|年度|期間/.test(text)) || namesMeasureYear(text.replace(/[:：]$/, ''));
  }
  return false;
}
