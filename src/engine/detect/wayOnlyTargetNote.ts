/**
 * A note on the sheet saying that targets written as words set no number and only state a way: 「※「増加」「維持」は数値を
 * 定めず方向のみを示す目標。」「目標欄の「維持」は方向性のみを示し、数値目標は設定していない」. A 維持 target otherwise keeps the
 * baseline's level and is graded against it (grading/choosePoints.ts, a target-maintain finding says so); where the sheet
 * itself says such a target is a way and no number, a clerk grades nothing against it: no target, no grade.
 * A note may instead say what a 維持 target keeps: 「「現状維持」は基準値（現状値（R2））の水準を維持することを目標とする」. Then reading
 * the baseline as the target is the sheet's own word, no guess of the reader's (grading/maintainGuess.ts).
 * The note speaks of the words it quotes (「維持」), or of every word target when it quotes none; of every indicator of its
 * sheet (it names none of them).
 */
import { a1 } from '../model/address';
import { parseDirection } from '../values/labels';
import { normalizeText } from '../values/text';
import type { Grid } from './grid';
import { sheetMentions, textCells } from './sheetTexts';
import type { RawIndicator, WayOnlyNote } from './types';

/** No number set: 「数値を定めず」「数値は設定しない」「数値目標を設定していない」「数値を示さない」. */
const NO_NUMBER = /数値(目標)?(は|を|の)?(定め|設定し|設定せ|示さ|掲げ|設け)(ず|ない|ていない|ません|ていません)|数値(目標)?(の設定)?(なし|はない)/;
/** Only a way: 「方向のみ」「方向性のみ」「方向だけ」「方向を示す目標」. */
const WAY_ONLY = /方向性?(のみ|だけ)|方向性?を示す(目標|もの)/;

/** The quoted words that say a way (「増加」「維持」), as written. */
function quotedWays(t: string): string[] {
  const out: string[] = [];
  for (const m of t.matchAll(/「([^「」]{1,8})」/g)) if (parseDirection(m[1])) out.push(m[1]);
  return out;
}

/** Whether a normalised text says its word targets set no number (both a missing number and a way said, or a quoted way with either). */
export function wayOnlyNoteOf(text: string): string[] | null {
  if (text.length > 200 || !text.includes('目標')) return null;
  const t = normalizeText(text).replace(/\s+/g, '');
  const noNumber = NO_NUMBER.test(t);
  const wayOnly = WAY_ONLY.test(t);
  const words = quotedWays(t);
  if (!(noNumber && wayOnly) && !((noNumber || wayOnly) && words.length)) return null;
  return words;
}

/** The sheet's note, or undefined when it has none. */
export function wayOnlyTargetNote(grid: Grid): WayOnlyNote | undefined {
  // wayOnlyNoteOf reads only a text writing 目標: a sheet not writing it is not looked through (sheetTexts.ts).
  if (!sheetMentions(grid, '目標')) return undefined;
  for (const { row: r, col: c, text: v } of textCells(grid)) {
    const words = wayOnlyNoteOf(v);
    if (words) return { cell: a1(r, c), text: v.trim(), words };
  }
  return undefined;
}

/** Whether the note says the target written `text` sets no number: a way it quotes, or any way when it quotes none. */
export function saysNoNumber(note: WayOnlyNote | undefined, text: string): boolean {
  if (!note || !parseDirection(text)) return false;
  const t = normalizeText(text).replace(/\s+/g, '');
  return !note.words.length || note.words.some((w) => normalizeText(w) === t);
}

/**
 * A quoted 維持 word said to keep the baseline: 「「維持」は基準値を維持…」「「現状維持」とは現状値（R2）の水準を維持することを目標とする」.
 * Not 「基準値ではなく直近の実績値を維持」, 「基準値以外」, 「基準値の９割以上」「基準値の95％」 (another figure kept), nor 維持管理
 * (upkeep, no target), nor a 維持 unquoted (「公園の維持管理：基準値（R2）は…」).
 */
const KEEPS_BASELINE =
  /「(?:現状)?維持」(?:は|とは|[:：]).{0,12}(?:基準値|現状値|基準年度|策定時|計画策定時)(?:(?!ではなく|以外|割|[%％]|以上).){0,16}(?:維持(?!管理)|目標|とする)/;

/** Whether a normalised text says a 維持 target keeps the baseline's level (and is no way-only note). */
export function keepsBaselineNoteOf(text: string): boolean {
  if (text.length > 200) return false;
  const t = normalizeText(text).replace(/\s+/g, '');
  return KEEPS_BASELINE.test(t) && !NO_NUMBER.test(t);
}

/**
 * The heading of the column a 「現状維持」 target's baseline stands in, when it says 現状 (「現状値（R4）」): the 現状 kept is that
 * figure, the sheet's own word, as a note saying so would be. The first text above the baseline's cell that is no figure.
 */
function currentValueHeading(grid: Grid, ind: RawIndicator): { cell: string; text: string } | undefined {
  if (!ind.targets.some((t) => t.parsed.status === 'text' && normalizeText(t.parsed.text).includes('現状'))) return undefined;
  const b = ind.baselines[0];
  if (!b) return undefined;
  for (let r = b.row - 1; r >= grid.top; r--) {
    const v = grid.value(r, b.col);
    const text = grid.text(r, b.col).trim();
    if (!text || typeof v === 'number' || /^[\d.,\s%％+\-－―ー]+$/.test(text)) continue;
    return /現状/.test(text) ? { cell: a1(r, b.col), text } : undefined;
  }
  return undefined;
}

/**
 * Marks every indicator of the sheet with the sheet's notes on word targets, when it has them; a 「現状維持」 target beside a
 * baseline headed 現状 (「現状値（R4）」) is marked with that heading, as by a note saying 維持 keeps the baseline.
 */
export function applyWayOnlyTargetNote(grid: Grid, indicators: RawIndicator[]): void {
  if (!indicators.length) return;
  const note = wayOnlyTargetNote(grid);
  if (note) for (const ind of indicators) ind.wayOnlyTargetNote = note;
  if (!sheetMentions(grid, '維持')) return;
  for (const ind of indicators) ind.baselineMaintainNote ??= currentValueHeading(grid, ind);
  for (const { row: r, col: c, text: v } of textCells(grid))
    if (keepsBaselineNoteOf(v)) {
      for (const ind of indicators) ind.baselineMaintainNote = { cell: a1(r, c), text: v.trim() };
      return;
    }
}
