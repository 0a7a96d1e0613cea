/**
 * A unit written in the value columns' headings of a table: 「計画値（人）」「実績値（人）」, under a merged
 * 令和5年度 band or not. It is every row's unit when the table has no 単位 column and the name says none,
 * and only when the headings that write one agree (「目標（人）」 beside 「実績（件）」 says nothing).
 * Headings whose units differ by a known factor (「目標値（千人）」 beside 「実績値（人）」) convert: each figure carries
 * its heading's unit, the grading converts the actual into the target's unit, and the row's unit is the target's.
 * Units that cannot be reconciled (人 against 件) say nothing, as before.
 */
import { parseA1 } from '../model/address';
import { conversionFactor, unitFromName } from '../values/units';
import type { Grid } from './grid';
import type { RawIndicator } from './types';
import { VALUE_ROLES, type Column } from './header';

/** The one unit the value columns' headings write, with the first heading cell that writes it; null when none or several. */
export function unitFromHeadings(grid: Grid, columns: Column[]): { unit: string; cell: string } | null {
  const found = new Map<string, string>();
  for (const { unit, cell } of headingUnits(grid, columns)) if (!found.has(unit)) found.set(unit, cell);
  if (found.size !== 1) return null;
  const [[unit, cell]] = [...found];
  return { unit, cell };
}

/** A money figure's basis before its unit in the heading's bracket: 「目標工賃（月額・円）」 is in 円, each figure a month's. */
const AMOUNT_BASIS = /[(（]\s*(?:月額|年額|日額|時間額|週額)\s*[・、,／/]\s*([^()（）・、,／/]{1,4})\s*[)）]\s*$/;

/** The unit a heading writes: in its closing bracket (「実績値（人）」), or after the amount's basis there (「工賃実績（月額・円）」). */
function headingUnit(text: string): string | undefined {
  const unit = unitFromName(text);
  if (unit) return unit;
  const m = AMOUNT_BASIS.exec(text.normalize('NFKC'));
  return m ? unitFromName(`（${m[1]}）`) : undefined;
}

/** The unit each value column's heading writes (its last heading cell that writes one). */
function headingUnits(grid: Grid, columns: Column[]): { column: Column; unit: string; cell: string }[] {
  const out: { column: Column; unit: string; cell: string }[] = [];
  for (const c of columns) {
    if (c.role === 'group' || !VALUE_ROLES.has(c.role)) continue;
    for (const cell of c.cells) {
      const ref = parseA1(cell);
      const unit = ref ? headingUnit(grid.text(ref.row, ref.col)) : undefined;
      if (unit) out.push({ column: c, unit, cell });
    }
  }
  return out;
}

/**
 * Where the value columns' headings write different units that all convert into the target heading's, each figure of the
 * row without a unit of its own takes its heading's (the grading converts the actual) and the row's unit is the target
 * heading's, which is returned; null when the headings agree, write none, or cannot be reconciled.
 */
export function mixedHeadingUnits(grid: Grid, columns: Column[], ind: RawIndicator): string | null {
  const units = headingUnits(grid, columns);
  if (new Set(units.map((u) => u.unit)).size < 2) return null;
  const target = units.find((u) => u.column.role === 'target') ?? units[0];
  if (!units.every((u) => conversionFactor(u.unit, target.unit) !== null)) return null;
  const byCol = new Map(units.map((u) => [u.column.col, u.unit]));
  for (const p of [...ind.actuals, ...ind.targets, ...ind.baselines]) {
    const unit = byCol.get(p.col);
    if (unit && p.parsed.status === 'value' && p.parsed.value !== undefined && !p.parsed.unit) p.parsed = { ...p.parsed, value: p.parsed.value, unit };
  }
  return target.unit;
}
