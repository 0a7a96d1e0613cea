/**
 * A figure carrying a numbered footnote mark (「98※2」「31（※1）」「1,200注3」) is read as its number; what its footnote (the one
 * line of the sheet starting with that mark, footnoteUnit.ts `footnoteOf`) says of it applies to it as if written beside it:
 * 「※2 令和6年3月末時点の速報値」「注3 見込み」 make it provisional, 「※1 概数」 approximate, never silently final. A footnote
 * saying anything else (「※1 支所・出張所の窓口を含む」), denying the word (「速報値ではなく確定値」), or a mark with no footnote
 * or several leaves the figure as written. A bare ※ without a number is no reference to one footnote: it is not followed.
 */
import { normalizeText } from '../values/text';
import type { Qualifier } from '../values/qualifiers';
import { footnoteOf } from './footnoteUnit';
import type { Grid } from './grid';
import type { Point, RawIndicator } from './types';

/** A numbered mark after the figure, at the end of the cell, bracketed or not: 「98※2」「31 (※1)」「1,200注3」「45*2」. */
const TRAILING_MARK = /\d[^\d※*注]*?[(（]?\s*(※|\*|注)\s*(\d{1,2})\s*[)）]?\s*$/;
const PROVISIONAL = /見込|見通し|速報|暫定|未確定|確定前/;
const APPROXIMATE = /概数|概算/;
const DENIED = /(見込|見通し|速報|暫定|未確定|概数|概算)[^、。,]{0,3}?(ではなく|でなく|ではない|でない)/;

/** The numbered footnote mark a figure's text carries after its number (「98※2」 → 「※2」), or null. */
export function figureMark(text: string): string | null {
  const m = TRAILING_MARK.exec(normalizeText(text).trim());
  return m ? m[1] + m[2] : null;
}

/** What a footnote says of the figures it marks: provisional, approximate, or nothing. */
export function footnoteQualifier(text: string): Qualifier | undefined {
  const t = normalizeText(text).replace(/\s+/g, '');
  if (DENIED.test(t)) return undefined;
  if (PROVISIONAL.test(t)) return 'provisional';
  return APPROXIMATE.test(t) ? 'approximate' : undefined;
}

function qualifyByFootnote(grid: Grid, p: Point): void {
  const parsed = p.parsed;
  if (parsed.status !== 'value' || parsed.qualifier) return;
  const mark = figureMark(grid.text(p.row, p.col));
  const note = mark ? footnoteOf(grid, mark, p.cell) : null;
  const qualifier = note ? footnoteQualifier(note.text) : undefined;
  // The figure's text for messages names the footnote that qualifies it: 「98※2（脚注 A13：※2 令和6年3月末時点の速報値…）」.
  if (qualifier && note) p.parsed = { ...parsed, qualifier, text: `${parsed.text}（脚注 ${note.cell}：${note.text.split('。')[0]}）` };
}

/** Marks each actual whose footnote mark's footnote says it is not final (a qualifier it does not carry yet). */
export function applyFootnoteQualifiers(grid: Grid, indicators: RawIndicator[]): void {
  for (const ind of indicators) for (const p of ind.actuals) if (/[※*＊注]/.test(grid.text(p.row, p.col))) qualifyByFootnote(grid, p);
}
