/**
 * A target written in brackets closing the indicator's name, 「成人の週1回以上のスポーツ実施率（目標：令和8年度 65.0％）」
 * 「…の割合（目標値：R8 10％以下）」「…（目標 1,500人）」, where the row has no target figure of its own: the bracket is the
 * indicator's target, of the year it names (else undated, the final one), its bound (以下) saying the way as in a target cell;
 * the bracket comes off the name. A bracket naming no figure, or words before it (「（目標：参加者数 300人）」), or a row with
 * a target figure elsewhere, is left as written.
 */
import { parseA1 } from '../model/address';
import { findPeriod, compactForPeriod } from '../values/periods';
import { parseValue } from '../values/values';
import { normalizeText } from '../values/text';
import type { RawIndicator, TargetPoint } from './types';

/** The name, then 「（目標：…）」 / 「（目標値 …）」 closing it: the label, a separator or a space, what is inside. */
const TARGET_BRACKET = /^(.+?)\s*\(\s*目標値?\s*(?::|\s)\s*([^()]+?)\s*\)\s*$/;
/** What may stand between a leading period and the figure. */
const SEPARATOR = /^[\s:、,]+/;

/** The target a name's closing bracket states: the name without it, the period named, the figure's text; or null. */
export function nameTarget(name: string): { name: string; period?: TargetPoint['period']; figure: string } | null {
  const t = normalizeText(name);
  if (!t.includes('目標')) return null;
  const m = TARGET_BRACKET.exec(t);
  if (!m) return null;
  const inner = compactForPeriod(m[2]);
  const p = findPeriod(inner);
  const atStart = p && p.index === 0 && p.period.kind === 'fiscal';
  const figure = (atStart ? inner.slice(p.length) : inner).replace(SEPARATOR, '');
  const parsed = parseValue(figure);
  if (parsed.status !== 'value' || parsed.value === undefined || parsed.label || parsed.notePeriod || !/^[\d.]/.test(figure)) return null;
  return { name: m[1].trim(), ...(atStart ? { period: p.period } : {}), figure };
}

/** Each indicator with no target figure whose name closes with its target in brackets: that target, the name without it. */
export function applyNameTargets(indicators: RawIndicator[]): void {
  for (const ind of indicators) {
    if (ind.targets.some((t) => t.parsed.status !== 'missing')) continue;
    const found = nameTarget(ind.name);
    const at = found ? parseA1(ind.nameCell) : null;
    if (!found || !at) continue;
    const parsed = parseValue(found.figure);
    const target: TargetPoint = { row: at.row, col: at.col, cell: ind.nameCell, raw: found.figure, formula: null, parsed, kind: 'target' };
    if (found.period) target.period = found.period;
    ind.targets = [target];
    const bracket = ind.name.slice(found.name.length);
    ind.wordsForDirection = ind.wordsForDirection.replace(bracket, '');
    ind.name = found.name;
    if (!ind.unit && parsed.status === 'value' && parsed.unit) ind.unit = parsed.unit;
  }
}
