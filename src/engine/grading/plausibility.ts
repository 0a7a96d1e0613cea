/**
 * A last look at each indicator as read, whatever reader read it: a reading that is very unlikely to be right
 * becomes a `reading-uncertain` finding naming the cells, never a silent grade. Kept to what almost never holds of a
 * real indicator, as a flag on a right reading is one more cell a clerk must check:
 * - a "name" that is a sentence (「…適正に実施されている。」) or a heading with a cost (「…事業　決算額 15,630千円」);
 * - an actual more than 20 times its target, or less than a twentieth of it, both counts of the same unit (not a
 *   percentage or a rate, where a small target is common): the figures were most likely taken from the wrong row or column.
 */
import { holdsCost } from '../detect/costHeadings';
import { canonicalUnit } from '../values/units';
import { guessFinding } from '../model/findings';
import type { Finding, IndicatorReport, ReadingGuessReport } from '../model/report';
import type { Period } from '../values/periods';

/** How far an actual may stand from its target, either way, before the reading itself is in doubt. */
export const IMPLAUSIBLE_RATIO = 20;

/** Units whose figures are shares, rates or scores, where an actual far from a small target can be real. */
const RATE_UNITS = /^(%|％|ポイント|pt|point|割|倍|点|位|歳|年|か月|ヶ月|日|時間|分|秒)$/i;

/**
 * The name cell holds a sentence (it ends with 。) or a project heading with its cost: not an indicator's name. Only the
 * full stop counts here: a long name may run through clauses (「夫は外で働き、妻は家庭を守るべき」という考え方に反対する市民の割合).
 */
function nameImplausible(r: IndicatorReport): ReadingGuessReport | null {
  const sentence = /[。．]$/.test(r.name.normalize('NFKC').trim());
  return sentence || holdsCost(r.name) ? { reason: 'name-implausible', cells: [r.cells.name] } : null;
}

/** Target and actual both positive counts of one unit, one more than 20 times the other. */
function attainmentImplausible(r: IndicatorReport): ReadingGuessReport | null {
  const { target, actual, unit } = r;
  if (target === null || actual === null || target <= 0 || actual <= 0 || !unit || RATE_UNITS.test(canonicalUnit(unit))) return null;
  const ratio = actual / target;
  if (ratio <= IMPLAUSIBLE_RATIO && ratio >= 1 / IMPLAUSIBLE_RATIO) return null;
  const cells = [r.cells.actual, r.cells.target].filter((c): c is string => !!c);
  return cells.length === 2 ? { reason: 'attainment-implausible', cells } : null;
}

/** The guesses a reading's plausibility gives (none for almost every indicator). */
export function implausibleReadings(r: IndicatorReport): ReadingGuessReport[] {
  return [nameImplausible(r), attainmentImplausible(r)].filter((g): g is ReadingGuessReport => g !== null);
}

/** Each implausible reading as a `reading-uncertain` finding naming its cells, also added to the report's guesses. */
export function implausibleReadingFindings(r: IndicatorReport, period: Period | null): Finding[] {
  return implausibleReadings(r).map((g) => {
    r.guesses.push(g);
    return guessFinding(r.sheet, r.name, g, period?.label ?? null);
  });
}
