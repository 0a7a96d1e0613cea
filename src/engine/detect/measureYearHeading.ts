/**
 * A column headed by a measure's year (基準年度, 目標年度, 策定年, 基準時点) holds, on each indicator's row, the
 * year that measure refers to (平成25年度, 令和元年度 …): a date of the row's baseline or target, never a years axis
 * of a table whose years are rows, even where two rows happen to rise (平成25年度 over 令和元年度).
 */
import { classifyLabel } from '../values/labels';

/** Whether a heading names the year of a baseline or target (基準年度, 目標年度, 計画策定年度, 基準時点). */
export function namesMeasureYear(heading: string): boolean {
  const t = heading
    .replace(/[\s　]/g, '')
    .replace(/[（(][^）)]*[）)]$/, '')
    .trim();
  const m = /^(.+?)(年度|年|時点)$/.exec(t);
  if (!m) return false;
  if (/^(計画)?策定$/.test(m[1])) return true;
  const role = classifyLabel(m[1])?.role;
  return role === 'baseline' || role === 'target';
}
