/**
 * A 目標値 table and a 実績値 table stacked on one sheet, each captioned by a line of its own holding only its measure
 * (【目標値】 over one table of names by years, 【実績値】 over another of the same names): the figures under the target
 * caption are the targets of its indicators, those under the actual caption their actuals, joined by the same name
 * (rows in any order), as a 目標値 sheet joins a 実績値 sheet (join.ts). Refused: a sheet without both captions, a name
 * not written the same under both (left as read), a name written twice under one caption, and an indicator whose
 * own headings already name a target or whose figures are not all dated (it is no half of such a pair).
 */
import { classifyLabel } from '../values/labels';
import { normalizeText } from '../values/text';
import type { Grid } from './grid';
import { sheetMentionsAny, textCells } from './sheetTexts';
import { actualsAsTargets } from './join';
import type { RawIndicator } from './types';

type Caption = { row: number; measure: 'target' | 'actual' };

/** Brackets and marks framing a caption: 【目標値】 ［実績］ ＜実績値＞ ■目標値. */
const FRAME = /^[■□◆◇●○▼▽・]|[【】[\]〔〕〈〉<>《》()]/g;

/** The measure a caption cell names, when it is one measure word and nothing else. */
function captionMeasure(v: unknown): Caption['measure'] | null {
  if (typeof v !== 'string' || v.length > 12 || !/目標|計画|実績/.test(v)) return null;
  const role = classifyLabel(normalizeText(v).replace(/\s+/g, '').replace(FRAME, ''))?.role;
  return role === 'target' || role === 'expected' ? 'target' : role === 'actual' ? 'actual' : null;
}

/** The sheet's caption lines, top down: a measure word alone on its row. */
function captions(grid: Grid): Caption[] {
  const out: Caption[] = [];
  // A caption writes 目標, 計画 or 実績 (captionMeasure): a sheet writing none is not looked through (sheetTexts.ts).
  if (!sheetMentionsAny(grid, ['目標', '計画', '実績'])) return out;
  for (const { row, col, text } of textCells(grid)) {
    const measure = captionMeasure(text);
    if (measure && [...grid.rowCells(row)].every((c) => c.col === col)) out.push({ row, measure });
  }
  return out;
}

const key = (s: string) => normalizeText(s).replace(/[\s・]/g, '');

/** The indicators under each caption, by name (a name written twice under one caption: none). */
function byCaption(list: Caption[], indicators: RawIndicator[], measure: Caption['measure']): Map<string, RawIndicator | null> {
  const out = new Map<string, RawIndicator | null>();
  for (const ind of indicators) {
    let under: Caption | undefined;
    for (const c of list) if (c.row < ind.row) under = c;
    if (under?.measure !== measure) continue;
    const k = key(ind.name);
    out.set(k, out.has(k) ? null : ind);
  }
  return out;
}

/** Joins the target table's indicators with the actual table's of the same name; the joined actual rows are removed. */
export function joinStackedMeasureTables(grid: Grid, indicators: RawIndicator[]): void {
  if (indicators.length < 2) return;
  const list = captions(grid);
  if (!list.some((c) => c.measure === 'target') || !list.some((c) => c.measure === 'actual')) return;
  const targets = byCaption(list, indicators, 'target');
  const actuals = byCaption(list, indicators, 'actual');
  const joined = new Set<RawIndicator>();
  for (const [k, t] of targets) {
    const a = actuals.get(k);
    if (!t || !a || t.targets.length || a.targets.length || !t.actuals.length || !a.actuals.length) continue;
    if (t.actuals.some((p) => !p.period) || a.actuals.some((p) => !p.period)) continue;
    actualsAsTargets(t);
    t.actuals = a.actuals;
    t.baselines = [...t.baselines, ...a.baselines];
    if (!t.unit && a.unit) t.unit = a.unit;
    if (!t.note && a.note) [t.note, t.noteCell] = [a.note, a.noteCell ?? a.nameCell];
    t.wordsForDirection = `${t.wordsForDirection} ${a.wordsForDirection}`;
    if (!t.gradeCell && a.gradeCell) t.gradeCell = a.gradeCell;
    joined.add(a);
  }
  if (!joined.size) return;
  const kept = indicators.filter((i) => !joined.has(i));
  indicators.splice(0, indicators.length, ...kept);
}
