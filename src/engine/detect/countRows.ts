/**
 * A row whose figures count the sheet's own cells by formula (指標数 =COUNTA(B4:B9), 「順調」の指標数 =COUNTIF(H4:H9,"順調")):
 * a tally of the table above it, never an indicator, whatever its label says. Read only where the workbook keeps its
 * formulas; a row with one figure typed by hand, or counting another sheet's list, is read as it stands. A row whose name says it
 * counts the table's own indicators by how they did (目標を達成したKPIの数, 「順調」の指標数, A評価の項目数, KPIの達成率) is the
 * same tally, typed or not.
 */
import { compact } from '../values/text';
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

/** The counted things: the table's own indicators (KPI, 指標, 数値目標, 評価項目), never a thing in the world (事業所, 団体). */
const COUNTED = '(?:kpi|成果指標|活動指標|評価指標|指標|数値目標|評価項目|目標項目)';
/** How they did: met or not, on track, a grade of the scale. */
const HOW = '(?:目標(?:を|に)?(?:達成|到達)|未達成?|達成|順調|概ね順調|遅れ|[a-ds][評判]価|[a-ds]評定|[◎○△×])';
/**
 * 「目標を達成したKPIの数」「達成指標数」「「順調」の指標数」「A評価の指標の割合」「KPI達成率」 (compacted, lower-cased), the whole name: a count
 * of another plan's indicators (健康増進計画の評価指標のうち目標を達成した指標の割合, 総合戦略のKPI達成率) is an indicator of its own.
 */
const TALLY_NAME = new RegExp(`^[「『"]?(?:${HOW}.{0,6}${COUNTED}(?:の)?(?:数|件数|個数|割合|比率)|${COUNTED}(?:の)?(?:${HOW})(?:数|率|割合))$`);

/** Whether the row's name says it counts the table's own indicators by how they did (a tally, never an indicator). */
export function isTallyName(name: string): boolean {
  return TALLY_NAME.test(compact(name));
}

/** Takes the count rows out of `indicators` (in place), returning them. */
export function dropCountRows(indicators: RawIndicator[]): RawIndicator[] {
  const tally = (ind: RawIndicator) => isCountRow(ind) || isTallyName(ind.name);
  if (!indicators.some(tally)) return [];
  const out = indicators.filter(tally);
  const kept = indicators.filter((ind) => !tally(ind));
  indicators.splice(0, indicators.length, ...kept);
  return out;
}
