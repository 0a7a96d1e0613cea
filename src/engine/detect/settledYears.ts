/**
 * A fiscal year's settled accounts as a column heading: 「令和5年度決算」「R5決算」「決算（令和5年度）」. In a table of
 * indicators that has a target column and no other actual heading (指標 | 目標値 | 令和3年度決算 | 令和4年度決算 | 令和5年度決算,
 * a city's financial indicators), each such column holds that year's actual, as 実績 headings would. Beside a budget
 * heading (予算: a cost table's 予算 | 決算 pair), with no target, or beside an undated actual or one of the same year (実績, 令和5年度実績),
 * they stay unread: there the settled figure is a project's cost or a figure beside the actual (costHeadings.ts, costTables.ts).
 * A 決算額 (an amount of money) is no such heading: it names a cost.
 */
import type { Column } from './column';
import type { Grid } from './grid';
import { findPeriod, type Period } from '../values/periods';
import { normalizeText, stripNote } from '../values/text';

/** What is left of the heading once its year is taken out (and the brackets it stood in): 決算 or 決算値. */
const SETTLED = /^決算値?$/;

/** The fiscal year a 「令和5年度決算」 heading names, or null when the heading is no settled year's. */
export function settledYear(text: string): Period | null {
  if (!text.includes('決算')) return null;
  const t = normalizeText(stripNote(text)).replace(/\s+/g, '');
  const p = findPeriod(t);
  if (!p || p.period.kind !== 'fiscal') return null;
  const rest = (t.slice(0, p.index) + t.slice(p.index + p.length)).replace(/^の|[(（][)）]/g, '');
  return SETTLED.test(rest) ? p.period : null;
}

/**
 * The settled year of a column whose headings, top first, end in a bare 決算 under a year heading (「令和5年度」 merged over
 * 目標 | 決算): that year, as 「令和5年度決算」 in one cell would name it. `above` is the year of the heading above, if any.
 */
export function settledUnderYear(last: string, above: Period | null | undefined): Period | null {
  const own = settledYear(last);
  if (own) return own;
  return above && above.kind === 'fiscal' && isBareSettled(last) ? above : null;
}

/** A bare 決算 (決算値) heading, its year in a heading above it: a sub-heading as 実績 is under 「令和5年度」. */
export function isBareSettled(text: string): boolean {
  return text.length <= 8 && SETTLED.test(normalizeText(stripNote(text)).replace(/\s+/g, ''));
}

/** A budget named anywhere in the header band (予算, 当初予算, 予算額): a cost table's 予算 | 決算 pair. */
function budgetInBand(grid: Grid, band: number[]): boolean {
  for (const r of band) for (let c = grid.left; c <= grid.right; c++) if (grid.text(r, c).includes('予算')) return true;
  return false;
}

/**
 * Drops the settled-year columns (`settled`) of a header where they are no actuals: no target column beside them (a 計画 is a budget's),
 * another actual column undated or of a settled year (実績, 令和5年度実績), or a budget heading in the band. Another year's
 * column (令和6年度見込) is no rival.
 */
export function settledBesideTargets(grid: Grid, band: number[], columns: Column[]): void {
  const years = new Set(columns.filter((c) => c.settled).map((c) => c.period?.fiscalYear));
  if (!years.size) return;
  // A 目標 beside them: a 計画 beside a 決算 is a budget's plan (令和5年度 over 計画 | 決算 of 事業費 in 千円), a cost table's,
  // unless the table's 単位 column names units and none of money (％, 人, 日: a public enterprise's management indicators).
  const target = columns.some((c) => c.role === 'target') || (columns.some((c) => c.role === 'expected') && unitsNoMoney(grid, band, columns));
  const otherActual = columns.some((c) => c.role === 'actual' && !c.settled && (!c.period || years.has(c.period.fiscalYear)));
  // A run of two or more settled years (令和4年度決算 | 令和5年度決算) is a financial table's record; one 決算 column alone beside a
  // project's target may be its cost (「令和5年度決算」 in 千円 beside 成果指標), left unread as before.
  if (target && years.size >= 2 && !otherActual && !budgetInBand(grid, band)) return;
  for (let i = columns.length - 1; i >= 0; i--) if (columns[i].settled) columns.splice(i, 1);
}

/** Money in a unit cell: 円, 千円, 百万円, 億円. */
const MONEY = /円/;

/**
 * Whether the header's 単位 column holds, under the band, two or more units and none of money: the rows are measures (％, 人,
 * 日), so a 計画 beside their 決算 is each year's planned figure, no budget.
 */
function unitsNoMoney(grid: Grid, band: number[], columns: Column[]): boolean {
  const unit = columns.find((c) => c.role === 'unit');
  if (!unit) return false;
  const units: string[] = [];
  for (let r = band[band.length - 1] + 1; r <= grid.bottom; r++) {
    if (grid.anchor(r, unit.col).col !== unit.col || grid.rightEdge(r, unit.col) !== unit.col) continue;
    const t = grid.text(r, unit.col).trim();
    if (t) units.push(t);
  }
  return units.length >= 2 && units.every((u) => u.length <= 6 && !MONEY.test(u));
}
