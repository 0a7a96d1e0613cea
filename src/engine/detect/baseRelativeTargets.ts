/**
 * A target column whose figures are changes from the baseline, not levels: its heading names the base (「目標（基準年度比）」
 * 「削減目標（基準値比）」), or a note on the sheet says the heading's figures are a rate against it (「※縮減目標は基準年度
 * （平成28年度末）の延床面積に対する削減率。」). Its cells (「△10％」) are marked with the cell saying so; grading computes the
 * level from the row's baseline (grading/relativeTarget.ts), a guess. Nothing is marked where neither the heading nor a note
 * names the base: a bare 「△10％」 under 目標 may as well be the level of a rate.
 */
import { a1, parseA1 } from '../model/address';
import { findPeriod } from '../values/periods';
import { compact, normalizeText, stripNote } from '../values/text';
import type { Column } from './column';
import type { Grid } from './grid';
import { sheetMentions, textCells } from './sheetTexts';
import type { RawIndicator, TargetPoint } from './types';
import { changeTarget } from '../values/changeTarget';

/** The base a change is measured from, then the word joining it (比, から, に対する): 「基準年度比」「基準値から」「策定時に対する」. */
const BASE = String.raw`(?:基準|計画策定時|策定時|当初)(?:年度|年|値)?(?:\([^()]*\))?(?:の\S{0,12}?)?(?:比|から|に対する|に対して|に比べ)`;
const HEADING_NAMES_BASE = new RegExp(BASE);
/** A note's sentence: the heading's words as its subject (「縮減目標は」「目標値とは」), then the base and a rate (率 / 割合). */
const RATE_AFTER_BASE = new RegExp(`${BASE}[^。]{0,16}?(?:率|割合)`);

/** The heading's own words, its period, brackets and white space taken out (「縮減目標⏎（令和13年度まで）」 → 「縮減目標」). */
function headingWords(text: string): string {
  let t = compact(normalizeText(stripNote(text)).replace(/[(（][^()（）]*[)）]/g, ''));
  const p = findPeriod(t);
  if (p) t = t.slice(0, p.index) + t.slice(p.index + p.length);
  return t;
}

/** The cell of a note whose sentence says the figures under `words` are a rate against the base, or null. */
function noteNamingBase(grid: Grid, words: string, header: Set<string>): string | null {
  if (!words.includes('目標') || (!sheetMentions(grid, `${words}は`) && !sheetMentions(grid, `${words}とは`))) return null;
  for (const { row, col, text } of textCells(grid)) {
    if (text.length > 300 || header.has(a1(row, col))) continue;
    const sentences = compact(normalizeText(text)).split('。');
    if (sentences.some((s) => new RegExp(`${words}(?:と)?は`).test(s) && RATE_AFTER_BASE.test(s.slice(s.indexOf(words))))) return a1(row, col);
  }
  return null;
}

/** The cell saying a target column's figures are changes from the baseline: its heading, or a note; null when none does. */
export function baseRelativeCell(grid: Grid, column: Column): string | null {
  if (column.role !== 'target' || column.pair) return null;
  const texts = column.cells.map((cell) => {
    const at = parseA1(cell);
    return { cell, text: at ? grid.fullText(at.row, at.col) : '' };
  });
  const named = texts.find((h) => HEADING_NAMES_BASE.test(compact(normalizeText(h.text))));
  if (named) return named.cell;
  const header = new Set(column.cells);
  for (const h of [...texts].reverse()) {
    const words = headingWords(h.text);
    const note = words ? noteNamingBase(grid, words, header) : null;
    if (note) return note;
  }
  return null;
}

/** Whether a column is headed by a target naming the change it makes (「縮減目標（令和13年度まで）」), see changeTarget.ts. */
function headsChange(grid: Grid, column: Column): boolean {
  return (
    column.role === 'target' &&
    column.cells.some((cell) => {
      const at = parseA1(cell);
      return !!at && !!changeTarget(compact(normalizeText(grid.fullText(at.row, at.col))));
    })
  );
}

/**
 * A signed percentage (「△10％」「＋5％」) under a change target's heading that names no base, of an indicator not measured in
 * percent: a change from a base the sheet does not state, never the level to reach (graded as one, △10％ of a floor area
 * was a D). It stays words, so no grade is given.
 */
function unstatedChange(ind: RawIndicator, t: TargetPoint): boolean {
  const { status, value, unit } = t.parsed;
  if (status !== 'value' || value === undefined || unit !== '%' || /^(%|％|パーセント)$/.test(normalizeText(ind.unit ?? '').trim())) return false;
  return value < 0 || (typeof t.raw === 'string' && /^[+＋]/.test(normalizeText(t.raw).trim()));
}

/** Marks, in place, the targets read under such columns with the cell that says so (see above). */
export function markBaseRelativeTargets(grid: Grid, columns: Column[], read: RawIndicator[]): void {
  const marked = new Map<number, string>();
  const changes = new Set<number>();
  for (const c of columns) {
    const cell = baseRelativeCell(grid, c);
    if (cell) marked.set(c.col, cell);
    else if (headsChange(grid, c)) changes.add(c.col);
  }
  for (const ind of read)
    for (const t of ind.targets) {
      if (marked.has(t.col)) t.ofBaseline = marked.get(t.col);
      else if (changes.has(t.col) && unstatedChange(ind, t)) t.parsed = { status: 'text', text: t.parsed.text };
    }
}
