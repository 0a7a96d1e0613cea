/**
 * A target written in brackets closing the indicator's name, 「成人の週1回以上のスポーツ実施率（目標：令和8年度 65.0％）」
 * 「…の割合（目標値：R8 10％以下）」「…（目標 1,500人）」, where the row has no target figure of its own: the bracket is the
 * indicator's target, of the year it names (else undated, the final one), its bound (以下) saying the way as in a target cell;
 * the bracket comes off the name. A bracket naming no figure, or words before it (「（目標：参加者数 300人）」), or a row with
 * a target figure elsewhere, is left as written; so is one stating no level of the year: a change (「（目標 3ポイント減）」
 * 「（目標 5％増）」, a multiple 「（目標 2倍）」 of an indicator not counted in 倍) or a term's total (「（目標：5年間で 1,000人）」).
 */
import { parseA1 } from '../model/address';
import { findPeriod, compactForPeriod } from '../values/periods';
import { parseValue } from '../values/values';
import { normalizeText } from '../values/text';
import { YEAR_COUNTER } from '../values/yearCounter';
import type { RawIndicator, TargetPoint } from './types';

/** The name, then 「（目標：…）」 / 「（目標値 …）」 closing it: the label, a separator or a space, what is inside. */
const TARGET_BRACKET = /^(.+?)\s*\(\s*目標値?\s*(?::|\s)\s*([^()]+?)\s*\)\s*$/;
/** What may stand between a leading period and the figure. */
const SEPARATOR = /^[\s:、,]+/;
/** The figure's leading number, and a bound or qualifier closing it (以下, 程度): what a level may hold besides its unit. */
const NUMBER = /^[\d,]*\.?\d+/;
const BOUND = /(以上|以下|以内|未満|超|程度|前後)$/;
/** Words after a figure saying it changes some other value (3ポイント減, 5％増, 10％向上), or total a term (累計, 5年間で). */
const CHANGE_OR_TERM = new RegExp(`[増減倍]|アップ|ダウン|向上|上昇|低下|改善|短縮|拡大|縮小|累計|合計|通算|延べ|年間|${YEAR_COUNTER}年|期間`);

/**
 * Whether a bracket's figure states a level (「65.0%」「300人」「10%以下」): one number, its unit, a bound; never a change or a
 * term's total (「3ポイント減」「5年間で1,000人」, a second number after the first), nor a multiple (「2倍」) of an indicator not
 * counted in 倍 (a 倍率 is).
 */
function statesLevel(figure: string, name: string, unit?: string): boolean {
  const tail = figure.replace(NUMBER, '').replace(BOUND, '');
  if (/(^|[^A-Za-z])\d/.test(tail) || CHANGE_OR_TERM.test(tail.replace(/倍$/, ''))) return false;
  return !tail.endsWith('倍') || /倍/.test(`${name}${unit ?? ''}`);
}

/**
 * The target a name's closing bracket states: the name without it, the period named, the figure's text; or null. `unit`: the
 * row's unit (a multiple is a level only of an indicator counted in 倍).
 */
export function nameTarget(name: string, unit?: string): { name: string; period?: TargetPoint['period']; figure: string } | null {
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
  if (!statesLevel(figure, m[1], unit)) return null;
  return { name: m[1].trim(), ...(atStart ? { period: p.period } : {}), figure };
}

/** Each indicator with no target figure whose name closes with its target in brackets: that target, the name without it. */
export function applyNameTargets(indicators: RawIndicator[]): void {
  for (const ind of indicators) {
    if (ind.targets.some((t) => t.parsed.status !== 'missing')) continue;
    const found = nameTarget(ind.name, ind.unit);
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
