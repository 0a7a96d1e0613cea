/**
 * 算定値 / 算定結果 (the figure an indicator's formula gives: a 業務指標（PI） list's 算定値 over its years) heads the table's actual
 * only where no other heading does. Beside a 実績値 column (目標値 | 算定値 | 実績値) it is a working figure, the 実績値 the
 * figure reported (review rv53): it stays unread. Decided once the header's columns are read (header.ts).
 */
import { headingTexts } from './cumulativeTwins';
import type { Column } from './column';
import type { Grid } from './grid';
import { normalizeText } from '../values/text';

const COMPUTED = /^算定(値|結果)/;

const computed = (grid: Grid, c: Column): boolean => headingTexts(grid, c.cells).some((t) => COMPUTED.test(normalizeText(t).replace(/\s+/g, '')));

/** Leaves a 算定値 actual unread (derived) when another actual column of the same year stands in the header. */
export function computedBesideActual(grid: Grid, columns: Column[]): void {
  const computedCols = columns.filter((c) => c.role === 'actual' && !c.pair && computed(grid, c));
  for (const c of computedCols) {
    const year = c.period?.fiscalYear;
    if (columns.some((o) => o.role === 'actual' && !computedCols.includes(o) && o.period?.fiscalYear === year)) c.role = 'derived';
  }
}
