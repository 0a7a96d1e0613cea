/**
 * A legend on the sheet stating a scale of its own in lower-case letters (「【判定の基準】　a：目標値に達した　b：改善傾向にある
 * c：変わらない　d：悪化している」, 健康増進計画の中間評価's comparison with the baseline): the sheet's written 「b」 is that
 * scale's grade, not the configured scale's 「B」 (an attainment band). Such a grade is reported as written and never compared
 * with the computed one (grading/consistency.ts, a rating-invalid finding of variant other-scale). Without such a legend a
 * lower-case letter stays the configured grade it spells (a clerk's 「b」 for B).
 * A legend counts when one cell gives at least two letters, from a on in order (a, b, c …), each followed by its meaning
 * after a separator, and gives no capital letter so (written on in the cells under it, 「d：悪化している　e：評価困難」 on the
 * next line, `letterLegendLines.ts`); and when the city's scale has none of those letters.
 */
import type { CellIndex } from './cells';
import type { RawIndicator } from './types';
import { legendWrittenOn, letterRunOf } from './letterLegendLines';

type Scale = readonly { grade: string }[];

/** The lower-case letters one text states as a legend, a, b, c … in order; [] when it states none (see the module's comment). */
export function letterLegendOf(text: string): string[] {
  const letters = letterRunOf(text);
  return letters.length >= 2 && letters[0] === 'a' ? letters : [];
}

/** The sheet's legend of lower-case letters, or null when it has none, or when the city's scale has those letters itself. */
export function readLetterLegend(index: CellIndex, scale: Scale): string[] | null {
  let found: string[] | null = null;
  for (const cells of index.rows.values())
    for (const c of cells) {
      const letters = legendWrittenOn(index, c, letterLegendOf(c.text));
      if (!letters.length) continue;
      // Two legends of different lengths: the longer one says the scale.
      if (!found || letters.length > found.length) found = letters;
    }
  if (!found || found.some((l) => scale.some((b) => b.grade === l))) return null;
  return found;
}

/** The letter a grade cell holds, exactly as one of the legend's (「b」, 「 b 」), else undefined. */
function writtenLetter(raw: unknown, letters: readonly string[]): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const t = raw.normalize('NFKC').trim();
  return letters.includes(t) ? t : undefined;
}

/**
 * Gives each indicator's grade cell (its own, or its periods') written in a letter of the sheet's lower-case legend that
 * legend's letters (`ownScale`): the written grade is the sheet's own, reported as written.
 */
export function applyLetterLegend(index: CellIndex, scale: Scale, indicators: RawIndicator[]): void {
  const cells: { raw: unknown; ownScale?: readonly string[] }[] = [];
  for (const ind of indicators) cells.push(...(ind.gradeCell ? [ind.gradeCell] : []), ...(ind.gradeCells ?? []));
  if (!cells.some((g) => typeof g.raw === 'string' && /^\s*[a-z]\s*$/.test(g.raw))) return;
  const letters = readLetterLegend(index, scale);
  if (!letters) return;
  for (const g of cells) if (writtenLetter(g.raw, letters)) g.ownScale = letters;
}
