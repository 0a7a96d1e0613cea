/**
 * Two columns of a table headed as grades (達成状況 | 自己評価, 評価 | 担当課評価): the one whose cells are
 * words that are no grade of the scale (達成 / 未達成 / 概ね達成, a dash where there is nothing to say) states a
 * status in words; the grade column is the one holding the scale's grades. The table's reading takes the first
 * grade column of a row (tables.ts); here a column of status words gives the indicators' grade cells to the
 * nearest grade-headed column on their rows that holds grades and no such words. Each column is judged on all
 * the rows of the indicators read from it, never one cell alone, so the grade cells of a table stay in one column.
 */
import type { CellValue } from '../model/port';
import { classifyLabel } from '../values/labels';
import { normalizeText } from '../values/text';
import { parseGrade } from '../values/values';
import { a1 } from '../model/address';
import type { Grid } from './grid';
import { headingOver } from './headingOver';
import type { RawIndicator } from './types';

type Scale = { grade: string; label: string }[];

/** A sentence: a dozen characters or more, kana or kanji among them (an account of the year's work, however many figures it quotes). */
const SENTENCE = /^(?=.*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2}).{12,}$/u;

/** What one cell of a grade-headed column holds: a grade of the scale, words that are none, or nothing to judge (blank, a dash, a mark). */
function cellKind(raw: CellValue, scale: Scale): 'grade' | 'words' | 'other' {
  if (raw === null || raw === undefined) return 'other';
  const g = parseGrade(raw, scale);
  if (g?.grade) return 'grade';
  // Words: two or more letters of kana or kanji (「達成」「未達成」); a dash, a mark (◎○△, another scale's) or a figure is no word.
  const text = normalizeText(String(raw)).replace(/\s+/g, '');
  if (typeof raw !== 'string') return 'other';
  // A sentence (an account of the year's work, figures and all: 「２社が立地し累計11社。92%の達成。」) is words too, never a grade.
  return /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{2,}$/u.test(text) || SENTENCE.test(text) ? 'words' : 'other';
}

function kinds(grid: Grid, rows: number[], col: number, scale: Scale): { grades: number; words: number } {
  let grades = 0;
  let words = 0;
  for (const r of rows) {
    const k = cellKind(grid.raw(r, col), scale);
    if (k === 'grade') grades++;
    else if (k === 'words') words++;
  }
  return { grades, words };
}

/** The nearest other grade-headed column on these rows that holds grades and no status words, not another table's grade column. */
export function gradeColumnBeside(grid: Grid, rows: number[], col: number, taken: Set<number>, scale: Scale): number | null {
  if (!rows.length) return null; // no rows: no heading above to look for (Math.min() is Infinity)
  const top = Math.min(...rows);
  let best: number | null = null;
  for (let c = grid.left; c <= grid.right; c++) {
    if (c === col || taken.has(c) || grid.anchor(top, c).col !== c) continue;
    if (classifyLabel(headingOver(grid, c, top))?.role !== 'grade') continue;
    const k = kinds(grid, rows, c, scale);
    if (k.grades === 0 || k.words > 0) continue;
    if (best === null || Math.abs(c - col) < Math.abs(best - col)) best = c;
  }
  return best;
}

/** Moves the grade cells of a column of status words to the grade column on the same rows (tables only; per-period grade columns stay). */
export function gradesBesideStatusWords(grid: Grid, indicators: RawIndicator[], scale: Scale): void {
  const byCol = new Map<number, RawIndicator[]>();
  for (const ind of indicators)
    if (ind.layout === 'table' && ind.gradeCell && !ind.gradeCells?.length) byCol.set(ind.gradeCell.col, [...(byCol.get(ind.gradeCell.col) ?? []), ind]);
  const taken = new Set(indicators.filter((i) => i.gradeCell).map((i) => i.gradeCell!.col));
  for (const [col, inds] of byCol) {
    const rows = inds.map((i) => i.gradeCell!.row);
    const own = kinds(grid, rows, col, scale);
    if (own.grades > 0 || own.words === 0) continue;
    const other = gradeColumnBeside(grid, rows, col, taken, scale);
    if (other === null) continue;
    for (const ind of inds) {
      const row = ind.gradeCell!.row;
      ind.gradeCell = { row, col: other, cell: a1(row, other), raw: grid.raw(row, other) };
    }
  }
}
