/**
 * A plain word heading at the left end of a header row of the fiscal year's months, a total of the year and a target
 * (「利用形態 | 単位 | 4月 | … | 3月 | 年度計 | 年度目標 | 達成率」「施設 | 4月 | … | 3月 | 年度計 | 年間目標」): each row under it is
 * something counted month by month against its own year's target, the months being its parts and the total its actual
 * (parts.ts), so the word heads the rows' names as 「施設名」 would (nameOfHeading.ts), as a word over a run of years does
 * (yearRunNameHeading.ts). Only a short word no label, period or meta reads, never a person's, an office's or a time's
 * (`plainWord`); only on a row with a run of three or more month headings, a total heading right of them and a target heading:
 * months alone (a 月別 count with no target) or months and a target with no total head no names here. Review rv71: the target
 * must be the year's own (年度目標, 年間目標, a bare 目標), never one per month or day (目標（1日平均）, 目標（月）, 月間目標,
 * 月平均目標), and no average column may stand right of the months (年度計 | 月平均 | 目標, 年間計 | 1日平均 | …): there the
 * target is set for the average, not for the 年度計, which is no actual to grade against it.
 */
import type { CellIndex, IndexedCell } from './cells';
import { targetPerPeriod, bareHeading } from './perPeriodTarget';
import { plainWord } from './yearRunNameHeading';

/** A month heading: 4月, ４月 (no year, no day). */
const MONTH = /^(1[0-2]|[1-9])月$/;

const bare = bareHeading;

/** Whether `cell` is a plain word heading leftmost on a row that also holds a run of months, the year's total and a target. */
export function headsMonthRunNames(index: CellIndex, cell: IndexedCell): boolean {
  if (cell.label || cell.period || cell.meta || !cell.text) return false;
  const cells = index.row(cell.row);
  if (cells.some((c) => c.col < cell.col && (c.text || c.period))) return false;
  const months = cells.filter((c) => c.label?.role === 'part' && MONTH.test(bare(c.text)));
  if (months.length < 3) return false;
  const lastMonth = Math.max(...months.map((c) => c.col));
  if (!cells.some((c) => c.col > lastMonth && c.label?.role === 'actual' && !c.label.period)) return false;
  const targets = cells.filter((c) => c.label && (c.label.role === 'target' || c.label.role === 'expected'));
  if (!targets.length) return false;
  // 目標（1日平均）, 目標（月）, 年度計 | 月平均 | 目標: the target is set per month or day, not for the 年度計 (review rv71;
  // the predicate every month run shares, perPeriodTarget.ts).
  const others = cells.filter((c) => c.col > lastMonth && !targets.includes(c)).map((c) => c.text);
  if (
    targetPerPeriod(
      targets.map((c) => c.text),
      others,
    )
  )
    return false;
  return plainWord(cell);
}

/** Whether `cell`'s row also holds a run of three or more month headings (4月 | 5月 | 6月 …): the month-run rule above decides its names. */
export function besideMonthRun(index: CellIndex, cell: IndexedCell): boolean {
  return index.row(cell.row).filter((c) => c.col > cell.col && MONTH.test(bare(c.text))).length >= 3;
}
