/**
 * A policy block's 期待値 row whose label names its last year's figure the plan's 目標値 (「期待値⏎※R7は目標値」) and which
 * writes 「－」 in every other year (R2 現状値 … R6 all 「－」, R7 28.0): the plan sets the final target alone, so a year's 「－」
 * is judged against it, as a remark saying 「期待値は目標年度（R7）のみ設定」 would (finalTargetNote.ts applyOwnRemarks; graded
 * and said, a `target-from-final` finding naming the label's cell). The row's label speaks for this row alone.
 * Guards: a row with a figure in any year before the last (a 期待値 set for some years, a 「－」 year the plan left without
 * one), a blank year (not written 「－」: nothing said), a label naming no year or another year than the last figure's
 * (「※R6は中間目標」), or a label naming the figure something else than the target (見込, 参考) stays as it is: no target.
 */
import { a1 } from '../model/address';
import { classifyLabel } from '../values/labels';
import { findPeriod } from '../values/periods';
import { normalizeText } from '../values/text';
import type { Grid } from './grid';
import type { RawIndicator } from './types';

/** A cell written with a dash alone (「－」「-」「―」). */
const DASH_ONLY = /^[\s\-－―ー‐−—]+$/;

/** The label's note naming one year's figure the target: 「※R7は目標値」「※令和7年度は目標値」「(R8は最終目標値)」「※R7：目標値」「（R7欄は目標値）」 (review rv83). */
const NAMES_TARGET = /(?:^|※|\()((?:R|H|令和|平成|令|平)\d{1,2}(?:年度?)?)(?:の値|欄|列|の数値)?(?:は|:)(?:最終)?目標値?(?:\)|$)/;

/** The label cell left of the row's first figure column: the nearest text cell, read as a 期待値 / 目標 label. */
function rowLabel(grid: Grid, row: number, firstCol: number): { cell: string; text: string } | null {
  for (let col = firstCol - 1; col >= grid.left; col--) {
    const text = grid.text(row, col);
    if (!text.trim()) continue;
    const role = classifyLabel(text)?.role;
    return role === 'expected' || role === 'target' ? { cell: a1(row, col), text: text.trim() } : null;
  }
  return null;
}

/** Whether the label names the fiscal year `last`'s figure the target. */
function labelNamesFinal(label: string, last: number): boolean {
  const m = NAMES_TARGET.exec(normalizeText(label).replace(/\s+/g, ''));
  const year = m ? findPeriod(m[1]) : null;
  return !!year && year.period.kind === 'fiscal' && year.period.fiscalYear === last;
}

/** Marks a policy block's indicator whose 期待値 row is 「－」 but for its labelled final target (in place). */
export function applyFinalOnlyExpectedRow(grid: Grid, indicators: RawIndicator[]): void {
  for (const ind of indicators) {
    if (ind.finalTargetNote || ind.layout !== 'policy-block' || ind.targets.length < 3) continue;
    const rows = new Set(ind.targets.map((t) => t.row));
    if (rows.size !== 1 || ind.targets.some((t) => !t.period)) continue;
    const sorted = [...ind.targets].sort((a, b) => a.period!.fiscalYear - b.period!.fiscalYear);
    const last = sorted[sorted.length - 1];
    const rest = sorted.slice(0, -1);
    if (last.parsed.status !== 'value' || rest.some((t) => t.period!.fiscalYear >= last.period!.fiscalYear)) continue;
    if (!rest.every((t) => DASH_ONLY.test(t.parsed.text) && t.parsed.text.trim() !== '')) continue;
    const label = rowLabel(grid, last.row, Math.min(...ind.targets.map((t) => t.col)));
    if (label && labelNamesFinal(label.text, last.period!.fiscalYear)) ind.finalTargetNote = label;
  }
}
