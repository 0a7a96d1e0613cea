/**
 * The lines of a sheet that may state grading bands, and what makes bands stated there hold, shared by the readers of a
 * sheet's bands (grading/sheetBands.ts, grading/sheetScale.ts) and of its own scale of words (wordScale.ts). A line is a row
 * holding a cell that says 以上 or 未満, its cells joined (a legend one entry a cell, 「A」「順調」「100％以上」 across a row,
 * reads as 「A 順調 100％以上」); a row too long to be a legend gives its 以上 cells alone. The lines are read once per grid
 * (the reader asks for them while reading the sheet, grading again after). Pure: reads the grid.
 */
import { a1 } from '../model/address';
import type { Grid } from './grid';

/** A legend line is short; a longer row is a table's, its 以上 cells read alone. */
const MAX_LINE = 200;

const memo = new WeakMap<Grid, [string, string][]>();

/** The texts of a grid that may state a band, as [A1 of the row's first such cell, text] (see the module's comment). */
export function bandLines(grid: Grid): [string, string][] {
  const known = memo.get(grid);
  if (known) return known;
  const rows = new Map<number, number>();
  grid.forEachValue((row, col, v) => {
    if (typeof v === 'string' && (v.includes('以上') || v.includes('未満')) && !rows.has(row)) rows.set(row, col);
  });
  const out: [string, string][] = [];
  for (const [row, at] of rows) {
    const cells: string[] = [];
    for (let col = grid.left; col <= grid.right; col++) {
      const v = grid.raw(row, col);
      if (v !== null && v !== undefined && v !== '' && (typeof v === 'string' || typeof v === 'number')) cells.push(String(v));
    }
    const line = cells.join(' ');
    if (line.length <= MAX_LINE) out.push([a1(row, at), line]);
    else for (const t of cells.filter((c) => c.includes('以上'))) out.push([a1(row, at), t]);
  }
  memo.set(grid, out);
  return out;
}

/**
 * A legend that says its grades measure something other than the actual against the target — the ratio to the base year
 * or the year before (「評価は基準年比（実績値÷基準値）により判定」「判定は前年度比」) — is no scale of attainment. The ratio must
 * qualify the grading (評価 / 判定 just before it, or its formula written out): a legend that only mentions another ratio as
 * a reference (「…（前年度比は参考）」) still states its bands.
 */
const OTHER_RATIO = /(評価|判定|評定)[^。.、,A-Za-z]{0,6}?(基準(年|年度|値)比|前年度?比|対前年)|(実績値?)\s*[÷/]\s*(基準|前年)/;
/** The attainment named: 達成率, 実績÷目標, 「目標値に対する実績値の割合」, 目標比, 達成状況. */
const ATTAINMENT = /達成(率|度|状況)|[÷/]\s*目標|目標値?に対する|目標比/;

/** Whether a legend text (NFKC) grades another ratio than the attainment (see OTHER_RATIO). */
export function gradesOtherRatio(t: string): boolean {
  return OTHER_RATIO.test(t) && !ATTAINMENT.test(t);
}

/** One grade's stated bounds (fractions): its lower bound (以上) and its upper one (未満). */
export interface StatedBand {
  min: number | null;
  below: number | null;
}

/** A small margin for bounds written with decimals (110 ％ as 1.1). */
const EPS = 1e-9;

/**
 * Whether each band, in the order written, is closed by the one above it: the top grade with its lower bound alone, each
 * next one with its lower bound and an upper bound (未満) that is the lower bound of the grade above, the last with that
 * upper bound alone, the bounds falling. Bands that overlap as written or leave a gap are not.
 */
export function closedBands(stated: StatedBand[]): boolean {
  return stated.every((s, i) => {
    const last = i === stated.length - 1;
    if (i === 0) return s.min !== null && s.below === null;
    const above = stated[i - 1].min!;
    if (s.below === null || Math.abs(s.below - above) > EPS) return false;
    return last ? s.min === null : s.min !== null && s.min < above - EPS;
  });
}

/** A bound: a figure in per cent with 以上 or 未満. */
const BOUND = /(\d+(?:\.\d+)?)\s*%\s*(以上|未満)/g;

/** The target itself as a lower bound, with no figure: 「目標値以上」「目標以上」「目標を達成」 (100 %). */
const TARGET_BOUND = /目標値?を?(以上|達成)/;

/**
 * The bounds one grade's words state (NFKC), or null when they state two lower or two upper bounds. Words reaching the target
 * with no figure (「達成：目標値以上」) state 100 % as the lower bound.
 */
export function boundsOf(words: string): StatedBand | null {
  const s: StatedBand = { min: null, below: null };
  for (const b of words.matchAll(BOUND)) {
    const key = b[2] === '以上' ? 'min' : 'below';
    if (s[key] !== null) return null;
    s[key] = Number(b[1]) / 100;
  }
  if (s.min === null && s.below === null && TARGET_BOUND.test(words)) s.min = 1;
  return s;
}

/**
 * Whether the bands, in the order written, each state their lower bound alone, falling, and the last its upper bound alone
 * at the lower bound of the one above (「達成：100％以上　概ね達成：80％以上　未達成：80％未満」, read first match first as the
 * README's 【評価基準】 line is). Used for a scale of words (wordScale.ts); a scale of letters keeps closedBands.
 */
export function fallingLowerBounds(stated: StatedBand[]): boolean {
  if (stated.length < 2) return false;
  return stated.every((s, i) => {
    if (i === stated.length - 1) return s.min === null && s.below !== null && Math.abs(s.below - stated[i - 1].min!) <= EPS;
    return s.min !== null && s.below === null && (i === 0 || s.min < stated[i - 1].min! - EPS);
  });
}
