/**
 * A note stating one target for every indicator of the sheet, 「※目標値：各指標とも、令和5年度の目標値は80.0％とする」
 * 「すべての指標の目標値を90％とする」, where no indicator has a target figure of its own: that figure is each indicator's
 * target, of the year the note names (else undated, the final one). Narrow on purpose: the note must say it speaks of every
 * indicator (各指標とも / 全ての指標 / いずれの指標も), state one figure and a unit, and that unit must be every indicator's
 * own; a note with two figures, a change (「5％増」), a bound other than the level, or a table with a target anywhere, or
 * with an indicator of another unit, is left as written.
 */
import { a1 } from '../model/address';
import { findPeriod, compactForPeriod } from '../values/periods';
import { parseValue } from '../values/values';
import { canonicalUnit } from '../values/units';
import type { Grid } from './grid';
import { sheetMentions, textCells } from './sheetTexts';
import type { RawIndicator, TargetPoint } from './types';

/** Words saying the sentence speaks of every indicator. */
const EVERY = /(各指標(とも|共に?|について|の)|(全て|すべて|全)の指標(とも|について)?(の|は|を)?|全指標(とも|の)?|いずれの指標も|どの指標も)/;
/** After the year is taken out: 目標値, a particle, the figure (number and unit), and the closing verb. */
const STATES = /目標値?(?:は|を|:)?([\d,]*\.?\d+[^\d、]{1,6}?)(?:とする|とします|とした|です|である|を目指す)?$/;
/** Words after a figure saying it changes some other value, or totals a term. */
const CHANGE = /[増減倍]|アップ|ダウン|向上|上昇|低下|改善|短縮|累計|合計|以上|以下|未満|超/;

/** The note's single target: the period named, the figure's text; or null when the text states no such target. */
export function everyIndicatorTarget(text: string): { period?: TargetPoint['period']; figure: string } | null {
  const t = compactForPeriod(text);
  const m = EVERY.exec(t);
  if (!m || !t.includes('目標')) return null;
  // The sentence holding the words, without what is in brackets (a source: 「（学校教育ビジョン第4章）」).
  const clause = t
    .slice(m.index + m[0].length)
    .split('。')[0]
    .replace(/\([^()]*\)/g, '')
    .replace(/^[、,\s]+/, '');
  const p = findPeriod(clause);
  const rest = p ? clause.slice(0, p.index) + clause.slice(p.index + p.length) : clause;
  const s = STATES.exec(rest.replace(/^[、,\s]*(の|における)?/, '').replace(/[、,\s]/g, ''));
  if (!s || (rest.match(/\d+(\.\d+)?/g) ?? []).length !== 1) return null;
  const figure = s[1];
  if (CHANGE.test(figure)) return null;
  const parsed = parseValue(figure);
  if (parsed.status !== 'value' || parsed.value === undefined || !parsed.unit || parsed.label) return null;
  return { ...(p && p.period.kind === 'fiscal' ? { period: p.period } : {}), figure };
}

/** The sheet's note (cell, target) or undefined. */
function findNote(grid: Grid): { cell: string; period?: TargetPoint['period']; figure: string; row: number; col: number } | undefined {
  if (!sheetMentions(grid, '指標')) return undefined;
  for (const { row, col, text } of textCells(grid)) {
    if (text.length > 120 || !text.includes('目標') || !text.includes('指標')) continue;
    const found = everyIndicatorTarget(text);
    if (found) return { cell: a1(row, col), row, col, ...found };
  }
  return undefined;
}

/** Every indicator of a sheet whose note states one target for all, when none has a target and all share its unit. */
export function applyEveryIndicatorTargetNote(grid: Grid, indicators: RawIndicator[]): void {
  if (!indicators.length || indicators.some((i) => i.targets.some((t) => t.parsed.status !== 'missing'))) return;
  const note = findNote(grid);
  if (!note) return;
  const parsed = parseValue(note.figure);
  const unit = parsed.status === 'value' && parsed.unit ? canonicalUnit(parsed.unit) : '';
  if (!indicators.every((i) => i.unit && canonicalUnit(i.unit) === unit)) return;
  for (const ind of indicators) {
    const target: TargetPoint = { row: note.row, col: note.col, cell: note.cell, raw: note.figure, formula: null, parsed, kind: 'target' };
    if (note.period) target.period = note.period;
    ind.targets = [target];
  }
}
