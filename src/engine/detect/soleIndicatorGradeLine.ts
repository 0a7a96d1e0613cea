/**
 * A grade line under the sheet's only indicator, as a 事務事業評価シート of one 事業 a sheet writes it:
 *   成果指標     | 単位 | 指標の方向 | 目標値 | 実績値
 *   救急車応需率 | ％   | 増加       | 95.0   | 91.3
 *   （blank）
 *   自己評価     | B    | （A：順調　B：概ね順調　C：やや遅れている　D：遅れている）
 * With one indicator on the sheet, the grade the department wrote for the sheet is that indicator's: a clerk reads 「B」 as
 * its existing grade, as a grade column beside its figures would be. Narrowed to the line a clerk cannot read otherwise: the
 * label a grade label of the department's own (自己評価, 評価, 達成度; never another body's 二次評価 / 外部評価, last year's
 * 前年度評価 or a year's 「評価（令和３年度）」), in the indicator's name column or left of it, at most two blank rows under its
 * last row, the mark beside it a grade of the scale (never a sentence, a figure or an empty cell), nothing else on the line but
 * the scale's legend; the sheet holds no other indicator (a 自己評価 under two rows grades the 事業, no one of them) and no
 * policy's rating cell (a 施策 sheet's rating stays the group's).
 */
import { a1, parseA1 } from '../model/address';
import { compact, normalizeText } from '../values/text';
import { parseGrade } from '../values/values';
import type { CellIndex, IndexedCell } from './cells';
import { isOtherBodyGrade } from './gradeOwner';
import type { Grid } from './grid';
import { isScaleLegend } from './ratingRows';
import type { RawIndicator, SheetMeta } from './types';

/** Blank rows passed over between the indicator's last row and the grade line. */
const GAP = 2;
/** The longest text read as a grade mark (「B」「Ａ」「◎」): a longer one is a sentence. */
const MARK_LENGTH = 3;

/** The last row the indicator's cells reach (its name merged down, its figures). */
function lastRow(grid: Grid, ind: RawIndicator): number {
  const name = parseA1(ind.nameCell);
  const rows = [ind.row, ...[...ind.targets, ...ind.actuals, ...ind.baselines].map((p) => p.row)];
  if (name) rows.push(grid.merge(name.row, name.col)?.bottom ?? name.row);
  return Math.max(...rows);
}

/** The department's own grade label with no year of its own (自己評価, 評価), or null. */
function ownGradeLabel(c: IndexedCell | undefined): IndexedCell | null {
  if (!c?.label || c.label.role !== 'grade' || c.label.period || c.label.relative !== undefined) return null;
  return isOtherBodyGrade(c.text) ? null : c;
}

/** The grade line at row `r`: its label first, then one mark of the scale, then at most the scale's legend. */
function gradeLine(index: CellIndex, r: number, nameCol: number, scale: { grade: string; label: string }[]): IndexedCell | null {
  const cells = index.row(r).filter((c) => c.text.trim() !== '');
  const [label, mark, ...rest] = cells;
  if (!ownGradeLabel(label) || label.col > nameCol || !mark || mark.label || mark.period) return null;
  if (mark.text.trim().length > MARK_LENGTH || !parseGrade(mark.text, scale)?.grade) return null;
  return rest.every((c) => isScaleLegend(compact(normalizeText(c.text)).toUpperCase()) && attainmentLegend(c.text)) ? mark : null;
}

/**
 * A legend of attainment (A：順調 … D：遅れている, 達成 / 未達成), never of another scale written with the same letters: a 方向性
 * (A：拡充　B：現状維持　C：縮小　D：廃止) or a judgement of the 事業 itself (A：妥当　B：概ね妥当　C：見直しが必要): review rv65.
 */
function attainmentLegend(text: string): boolean {
  return /順調|遅れ|達成|進捗/.test(text) && !/拡充|拡大|縮小|廃止|現状維持|維持|妥当|見直し|継続|休止|統合/.test(text);
}

/** Sets the sheet's only indicator's grade cell to the grade line under it, when the sheet writes one as above. */
export function applySoleIndicatorGradeLine(
  grid: Grid,
  index: CellIndex,
  meta: SheetMeta,
  indicators: RawIndicator[],
  scale: { grade: string; label: string }[],
): void {
  if (indicators.length !== 1 || meta.groupGrade || meta.groupGrades?.length) return;
  const [ind] = indicators;
  const name = parseA1(ind.nameCell);
  if (ind.gradeCell || ind.gradeCells || !name) return;
  const from = lastRow(grid, ind) + 1;
  for (let r = from; r <= Math.min(grid.bottom, from + GAP); r++) {
    if (!index.row(r).some((c) => c.text.trim() !== '')) continue;
    const mark = gradeLine(index, r, name.col, scale);
    if (mark) ind.gradeCell = { row: mark.row, col: mark.col, cell: a1(mark.row, mark.col), raw: grid.raw(mark.row, mark.col) };
    return;
  }
}
