/**
 * An action's effect amount: target and actual columns under a heading naming an effect (「効果額（千円）」「財政効果額」「削減効果額」)
 * measure what the row's action brought in or saved, more being better. The way words of the action's name
 * (「ペーパーレス化による印刷経費の削減」) say what the action does, never which way its effect should go: the heading's words stand
 * for the name's in the row's words for direction.
 */
import type { Column } from './header';
import type { Grid } from './grid';
import { headingTexts } from './cumulativeTwins';

/** A heading naming an effect amount: 効果額, 財政効果, 効果見込額 (never 効果的な…, 効果測定). */
const EFFECT = /効果(?:額|金額|見込額|見込み額)|財政効果/;

/** The heading over the row's target or actual columns naming an effect amount, or null. */
export function effectHeading(grid: Grid, columns: readonly Column[]): string | null {
  for (const c of columns) {
    if (c.role !== 'target' && c.role !== 'actual') continue;
    const found = headingTexts(grid, c.cells).find((t) => EFFECT.test(t));
    if (found) return found;
  }
  return null;
}
