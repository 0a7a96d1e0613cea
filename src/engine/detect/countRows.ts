/**
 * A row whose figures count the sheet's own cells by formula (指標数 =COUNTA(B4:B9), 「順調」の指標数 =COUNTIF(H4:H9,"順調")):
 * a tally of the table above it, never an indicator, whatever its label says. Read only where the workbook keeps its
 * formulas; a row with one figure typed by hand, or counting another sheet's list, is read as it stands.
 */
import type { RawIndicator } from './types';

/** A formula that is one count over ranges: COUNT, COUNTA, COUNTIF, COUNTIFS or COUNTBLANK. */
const COUNT_FORMULA = /^=?\s*(?:_xlfn\.)?COUNT(?:A|IFS?|BLANK)?\s*\(/i;

/** A reference to another sheet inside a formula: 開催実績!A2:A30, '開催 実績'!A2. */
const OTHER_SHEET = /!/;

/**
 * Whether every figure of the indicator (targets, actuals, baselines; at least one) is a count formula over the sheet's own
 * cells. A count of another sheet's list (=COUNTA(開催実績!A2:A30), the sessions held as listed there) is the indicator's
 * own figure, never a tally of the table.
 */
export function isCountRow(ind: RawIndicator): boolean {
  const figures = [...ind.targets, ...ind.actuals, ...ind.baselines].filter((p) => p.raw !== null && p.raw !== '');
  return figures.length > 0 && figures.every((p) => !!p.formula && COUNT_FORMULA.test(p.formula) && !OTHER_SHEET.test(p.formula));
}

/** Takes the count rows out of `indicators` (in place), returning them. */
export function dropCountRows(indicators: RawIndicator[]): RawIndicator[] {
  if (!indicators.some(isCountRow)) return [];
  const out = indicators.filter(isCountRow);
  const kept = indicators.filter((ind) => !isCountRow(ind));
  indicators.splice(0, indicators.length, ...kept);
  return out;
}
