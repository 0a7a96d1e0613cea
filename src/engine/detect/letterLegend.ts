/**
 * A legend on the sheet stating a scale of its own in lower-case letters (「【判定の基準】　a：目標値に達した　b：改善傾向にある
 * c：変わらない　d：悪化している」, 健康増進計画の中間評価's comparison with the baseline): the sheet's written 「b」 is that
 * scale's grade, not the configured scale's 「B」 (an attainment band). Such a grade is reported as written and never compared
 * with the computed one (grading/consistency.ts, a rating-invalid finding of variant other-scale). Without such a legend a
 * lower-case letter stays the configured grade it spells (a clerk's 「b」 for B).
 * A legend counts when one cell gives at least two letters, from a on in order (a, b, c …), each followed by its meaning
 * after a separator, and gives no capital letter so (written on in the cells under it, 「d：悪化している　e：評価困難」 on the
 * next line, `letterLegendLines.ts`); and when the city's scale has none of those letters. A legend that restates the scale in
 * force in lower case — each letter given the band of attainment of its capital (「a：達成（達成率100％以上）　b：概ね達成（80％以上
 * 100％未満）…」) or that grade's label (「a：順調　b：概ね順調」) — is no scale of the sheet's own: its 「c」 is C, compared with
 * the computed grade like any written grade (and bands that differ from the scale's own are the sheet's bands, grading/sheetBands.ts).
 */
import type { CellIndex } from './cells';
import type { RawIndicator } from './types';
import { bandEntries } from '../grading/sheetBands';
import { legendWrittenOn, letterRunOf, type LetterLegend } from './letterLegendLines';

type Scale = readonly { grade: string; label?: string }[];

/** The lower-case letters one text states as a legend, a, b, c … in order; [] when it states none (see the module's comment). */
export function letterLegendOf(text: string): string[] {
  const letters = letterRunOf(text);
  return letters.length >= 2 && letters[0] === 'a' ? letters : [];
}

/** What the legend says each letter means: 「a：順調　b：概ね順調」 → a → 順調, b → 概ね順調. */
function meaningsOf(texts: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const text of texts) {
    const parts = text.normalize('NFKC').split(/(?<![A-Za-z])([a-z])\s*[:=]\s*/);
    for (let i = 1; i + 1 < parts.length; i += 2) out.set(parts[i], parts[i + 1].trim());
  }
  return out;
}

/**
 * Whether a legend's bands rise from its first letter to its last: the first bounded only from above (「a：60％未満」), the
 * last from below, and the lower bounds rising in letter order (「b：60％以上…　c：80％以上…　d：100％以上」).
 */
function risingBands(entries: [string, number, '以上' | '未満'][], capitals: string[]): boolean {
  const lowest = (g: string) => {
    const mins = entries.filter(([grade, , word]) => grade === g && word === '以上').map(([, bound]) => bound);
    return mins.length ? Math.min(...mins) : null;
  };
  const [first, last] = [capitals[0], capitals[capitals.length - 1]];
  if (lowest(first) !== null || lowest(last) === null) return false;
  const mins = capitals.slice(1).map(lowest);
  return mins.every((m, i) => m !== null && (i === 0 || m > mins[i - 1]!));
}

/** Whether the legend restates the scale in force in lower case (see the module's comment). */
export function restatesScale(legend: LetterLegend, scale: Scale): boolean {
  const capitals = legend.letters.map((l) => l.toUpperCase());
  if (!capitals.every((g) => scale.some((b) => b.grade === g))) return false;
  // Bands for every letter restate the scale, unless they rise from a to the last letter: 「a：60％未満 … d：100％以上」 is a
  // scale of the sheet's own whose d is its best (review rv44).
  const entries = legend.texts.flatMap((t) => bandEntries(t));
  const banded = new Set(entries.map(([grade]) => grade));
  if (capitals.every((g) => banded.has(g))) return !risingBands(entries, capitals);
  const meanings = meaningsOf(legend.texts);
  return legend.letters.every((l) => {
    const label = scale.find((b) => b.grade === l.toUpperCase())?.label;
    return !!label && !!meanings.get(l)?.startsWith(label);
  });
}

/** The sheet's legend of lower-case letters, or null when it has none, or when the city's scale has those letters itself. */
export function readLetterLegend(index: CellIndex, scale: Scale): string[] | null {
  let found: LetterLegend | null = null;
  for (const cells of index.rows.values())
    for (const c of cells) {
      const legend = legendWrittenOn(index, c, letterLegendOf(c.text));
      if (!legend.letters.length) continue;
      // Two legends of different lengths: the longer one says the scale.
      if (!found || legend.letters.length > found.letters.length) found = legend;
    }
  if (!found || found.letters.some((l) => scale.some((b) => b.grade === l)) || restatesScale(found, scale)) return null;
  return found.letters;
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
