/**
 * A sheet that grades a rate by how many points it falls short of its target, not by the ratio of the two (a survey's
 * 「【評価の基準】目標値との差（ポイント）により判定　A：目標値を達成　B：目標値まで5ポイント未満　C：5ポイント以上10ポイント未満
 * D：10ポイント以上」): a clerk grades each rate (％ or ポイント) of that sheet by its shortfall in points — the target minus
 * the actual, the actual minus the target when lower is better, the distance either way when it is to be kept. The legend
 * holds only when it names every grade of the scale in force, in order, the first the target reached, each next one's
 * bound above the last, and the last open (以上 only). Pure: reads cell texts.
 */
import type { Direction } from '../values/labels';
import type { Band, PointGap } from './rules';

/** A legend is a short note, never a paragraph. */
const MAX_TEXT = 200;
/** The legend says it measures a difference in points (差, まで, 不足, 下回る) in ポイント / pt. */
const POINT_WORD = /ポイント|pt/i;
const GAP_WORD = /差|まで|不足|下回/;
/** One grade's entry: its letter, a colon, its words up to the next letter's entry. */
const ENTRY = /(?<![A-Za-z])([A-Za-z])\s*[:：=]\s*([^A-Za-z]*?)(?=(?<![A-Za-z])[A-Za-z]\s*[:：=]|$)/g;
const BELOW = /(\d+(?:\.\d+)?)\s*(?:ポイント|pt)\s*未満/gi;
const REACHED = /達成|以上.*目標|目標値?(以上|を上回)/;

/** The grades' shortfall bounds one text states for `scale`, or null when it states none that hold. */
function gapsOf(text: string, scale: readonly Band[]): PointGap[] | null {
  const t = text.normalize('NFKC');
  if (t.length > MAX_TEXT || !POINT_WORD.test(t) || !GAP_WORD.test(t)) return null;
  const entries = [...t.matchAll(ENTRY)].map((m) => [m[1].toUpperCase(), m[2]] as const);
  if (entries.length !== scale.length || entries.some(([g], i) => g !== scale[i].grade)) return null;
  const gaps: PointGap[] = [];
  for (const [i, [grade, words]] of entries.entries()) {
    const below = [...words.matchAll(BELOW)].map((m) => Number(m[1]));
    if (i === 0) {
      if (below.length || !REACHED.test(words)) return null;
      gaps.push({ grade, below: 0, inclusive: true });
    } else if (i === entries.length - 1) {
      if (below.length || !/以上/.test(words)) return null;
      gaps.push({ grade, below: null, inclusive: false });
    } else {
      const bound = below[below.length - 1];
      if (bound === undefined || bound <= (gaps[i - 1].below ?? Infinity)) return null;
      gaps.push({ grade, below: bound, inclusive: false });
    }
  }
  return gaps;
}

/** The sheet's shortfall scale (`cells`: [A1, text]) with the cell stating it, or null. */
export function readPointGapLegend(cells: Iterable<[string, string]>, scale: readonly Band[]): { cell: string; gaps: PointGap[] } | null {
  for (const [cell, text] of cells) {
    const gaps = gapsOf(text, scale);
    if (gaps) return { cell, gaps };
  }
  return null;
}

/** Whether a unit is a rate's, which a shortfall in points measures. */
export function isPointUnit(unit: string | null | undefined): boolean {
  return !!unit && /^(%|％|ポイント|pt)$/i.test(unit.trim());
}

/** The grade of a rate by its shortfall in points from its target on the sheet's scale. */
export function gradeByPointGap(actual: number, target: number, direction: Direction, gaps: readonly PointGap[]): string {
  const raw = direction === 'down' ? actual - target : direction === 'maintain' ? Math.abs(actual - target) : target - actual;
  const short = Math.round(raw * 1e9) / 1e9;
  const band = gaps.find((g) => g.below === null || (g.inclusive ? short <= g.below : short < g.below));
  return (band ?? gaps[gaps.length - 1]).grade;
}
