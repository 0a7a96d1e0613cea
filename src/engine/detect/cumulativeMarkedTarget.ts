/**
 * A target written with its own 累計 mark right after the figure, 「60（3か年累計）」「1,500（累計）」「450（R3～R5累計）」: the
 * row's target is a running total, as a 区分 cell marking the row 累計 says (rowCumulativeMark in cumulativeTarget.ts), though
 * the mark stands in the target's cell. markedRowTotal.ts then reads the table's total column (累計) as the row's actual;
 * with none, cumulativeTarget.ts flags the single year graded against it. Only a figure (a unit word after it allowed) and
 * one bracket closing the cell whose words end with 累計: 「15.0（R5）」「60（うち累計30）」「累計 60」 are none (the last is a
 * figure written as a running total, cumulativeTarget.ts), nor a figure with words before it. The mark is read by
 * values/figureCumulativeMark.ts, as runningTotalRow.ts reads a figure written as a running total; a 累計 within the year
 * (「4～3月累計」「月別累計」「年間累計」) is no mark (review rv75).
 */
import { targetCumulativeWords } from '../values/figureCumulativeMark';
import type { RawIndicator, TargetPoint } from './types';

/**
 * The first target with a figure whose cell closes with a 累計 mark, or null. A run of months within the target's own fiscal year
 * (「R5.4月からの累計」 under 令和5年度; `year`, the latest actual's, for an undated target) is no mark (review rv79).
 */
export function cumulativeMarkedTarget(targets: readonly TargetPoint[], year?: number): TargetPoint | null {
  return targets.find((t) => t.parsed.status === 'value' && targetCumulativeWords(t.parsed.text, t.period?.fiscalYear ?? year) !== null) ?? null;
}

/** The latest fiscal year of the indicator's actuals, or undefined: the year an undated marked target is read for. */
export function latestActualYear(ind: RawIndicator): number | undefined {
  const years = ind.actuals.filter((p) => p.period?.kind === 'fiscal').map((p) => p.period!.fiscalYear);
  return years.length ? Math.max(...years) : undefined;
}
