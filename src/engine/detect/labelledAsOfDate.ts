/**
 * An as-of label with its date in the cell right of it: 「評価基準日 | 2024/3/31」 (a date cell, or the date written as text,
 * 「令和6年3月31日」), 「集計時点 | 2024年3月末」. As an as-of statement written in one cell (periodStatements.ts), it states
 * the fiscal year its date closes: the end of March (3月31日, 3月末) only; any other date states nothing (a 9月30日 base
 * date dates a part of a year), nor does a label with no date beside it.
 */
import { datesEvaluatedFigures } from '../values/asOfLabel';
import { isDateFormat, periodFromSerial, type Period } from '../values/periods';
import { compact } from '../values/text';
import type { IndexedCell } from './cells';
import type { Grid } from './grid';
import { asOfPeriod } from './periodStatements';

/** 基準日 / 時点 / 現在, perhaps after a short word saying of what: 評価基準日, 集計時点, データ時点. */
const AS_OF_LABEL = /^([^\s:：()（）]{0,6}?)(基準日|時点|現在)$/;

/** The period a serial date states: its fiscal year when it is 31 March (the month-end periodFromSerial gives), else null. */
function closingDate(serial: number): Period | null {
  const p = periodFromSerial(serial);
  return p && p.month === 3 && periodFromSerial(serial + 1)?.month === 4 ? p : null;
}

/** The fiscal year the as-of label `c` states by the date right of it, or null. */
export function labelledAsOfDate(grid: Grid, c: IndexedCell): Period | null {
  const m = c.text.length > 12 ? null : AS_OF_LABEL.exec(compact(c.text));
  if (!m || !datesEvaluatedFigures(m[1])) return null;
  const col = grid.rightEdge(c.row, c.col) + 1;
  if (col > grid.right) return null;
  const raw = grid.value(c.row, col);
  if (typeof raw === 'number') {
    const fmt = grid.numberFormat(c.row, col);
    return fmt && isDateFormat(fmt) ? closingDate(raw) : null;
  }
  return typeof raw === 'string' && raw.length <= 20 ? asOfPeriod(`${raw.trim()}現在`) : null;
}
