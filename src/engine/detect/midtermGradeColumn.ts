/**
 * A plan's table carrying the mid-term review beside this year's evaluation (ベースライン値 | 中間評価値（令和3年度） | 中間評価 |
 * 直近値（令和5年度） | 目標値 | 評価): the 中間評価 column holds the grades given at the mid-term review, against the
 * 中間評価値, not this evaluation's. With another grade column in the table (評価, 判定, 総合評価), that one is the written
 * grade and the 中間評価 column is left unread (derived); alone it stays the grade column it was read as.
 */
import type { Column } from './column';
import type { Grid } from './grid';
import { headingTexts } from './cumulativeTwins';
import { compact, normalizeText } from '../values/text';

/** 中間評価 / 中間評価（A〜E） / 中間判定 / 中間評価時の評価: the mid-term round's grade, in the heading's last cell. */
const MIDTERM = /^中間(?:評価|判定|評定)(?:時の?(?:評価|判定))?$/;

function isMidterm(grid: Grid, c: Column): boolean {
  const texts = headingTexts(grid, c.cells);
  const last = compact(normalizeText(texts[texts.length - 1] ?? '')).replace(/[(（][^()（）]*[)）]/g, '');
  return MIDTERM.test(last);
}

/** Turns each 中間評価 grade column into a derived one when another grade column stands in the table. */
export function midtermGradesBesideOwn(grid: Grid, columns: Column[]): void {
  const grades = columns.filter((c) => c.role === 'grade' && !c.pair);
  const midterm = grades.filter((c) => isMidterm(grid, c));
  if (!midterm.length || midterm.length === grades.length) return;
  for (const c of midterm) c.role = 'derived';
}
