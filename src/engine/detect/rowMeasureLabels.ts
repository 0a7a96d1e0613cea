/**
 * A name merged down over rows that a 区分 column labels by measure (目標値 | 実績値 under 第1〜第4四半期 | 年度計): the row's
 * label decides the measure, not the column's heading. The figures the header gives as the period's (年度計, or the parts'
 * sum) are the target on the 目標 row and the actual on the 実績 row; a row labelled neither (進捗率, 前年度) gives nothing.
 */
import { classifyLabel } from '../values/labels';
import { withKind } from './common';
import type { Grid } from './grid';
import type { Column } from './header';
import type { RawIndicator } from './types';
import { unheadedCategory } from './unheadedMeasureColumn';

type RowMeasure = 'target' | 'actual';

/** The measure a 区分 cell names: 目標 / 目標値 / 計画値 a target, 実績 / 実績値 an actual; else null. */
export function rowMeasure(text: string): RowMeasure | null {
  const t = text.replace(/\s/g, '');
  if (!t || t.length > 8) return null;
  const role = classifyLabel(t)?.role;
  // 計画 / 計画値 (a plan line, role expected) is the row's target as 目標 is (review rv80 item 6: its 年間計 was read as the actual).
  if (role === 'expected') return 'target';
  return role === 'target' || role === 'actual' ? role : null;
}

/**
 * The indicator read on row `r` (its name merged over the pair), its targets and actuals taken by each row's label: the
 * 目標 row's figures its targets, the 実績 row's its actuals. Unchanged unless the rows carry both labels.
 */
export function byRowMeasures<G>(
  readRow: (grid: Grid, row: number, nameCol: number, columns: Column[], groups: G) => RawIndicator,
  grid: Grid,
  r: number,
  nameCol: number,
  columns: Column[],
  groups: G,
): RawIndicator {
  const readAt = (row: number) => readRow(grid, row, nameCol, columns, groups);
  const ind = readAt(r);
  // 入院延患者数 | 人 | 目標 / 実績 under no heading of that column: the unheaded column labels the rows (unheadedMeasureColumn.ts).
  const category = columns.find((c) => c.role === 'category') ?? unheadedCategory(grid, r, nameCol, columns);
  if (!category || columns.some((c) => c.role === 'target')) return ind;
  const m = grid.merge(r, nameCol);
  if (!m || m.top !== r || m.bottom === r) return ind;
  const rows: { row: number; measure: RowMeasure | null }[] = [];
  for (let row = r; row <= m.bottom; row++) rows.push({ row, measure: rowMeasure(grid.text(row, category.col)) });
  const targetRow = rows.find((x) => x.measure === 'target');
  const actualRow = rows.find((x) => x.measure === 'actual');
  if (!targetRow || !actualRow) return ind;
  const read = (row: number) => (row === r ? ind : readAt(row));
  const onTarget = read(targetRow.row);
  const onActual = read(actualRow.row);
  const targets = onTarget.actuals.filter((p) => !p.forecast).map((p) => withKind({ ...p }, 'target'));
  const out: RawIndicator = { ...ind, targets, actuals: onActual.actuals, baselines: [...onTarget.baselines, ...onActual.baselines] };
  const guesses = [...(onTarget.guesses ?? []), ...(onActual.guesses ?? [])];
  if (guesses.length) out.guesses = guesses;
  else delete out.guesses;
  return out;
}
