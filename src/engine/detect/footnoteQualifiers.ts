/**
 * A figure carrying a numbered footnote mark (「98※2」「31（※1）」「1,200注3」) is read as its number; what its footnote (the one
 * line of the sheet starting with that mark, footnoteUnit.ts `footnoteOf`) says of it applies to it as if written beside it:
 * 「※2 令和6年3月末時点の速報値」「注3 見込み」 make it provisional, 「※1 概数」 approximate, never silently final. A footnote
 * saying anything else (「※1 支所・出張所の窓口を含む」), denying the word (「速報値ではなく確定値」), or a mark with no footnote
 * or several leaves the figure as written. A bare ※ without a number (「27.4※」) refers to one footnote only when, of the
 * sheet's lines opening with a bare ※, exactly one says what figures are (「※令和6年5月末時点の速報値」 beside 「※受診率は…の
 *算定方法による」) and it dates no other fiscal year than the figure's: that one is followed; else the ※ is not.
 */
import { normalizeText } from '../values/text';
import { findPeriod } from '../values/periods';
import { a1 } from '../model/address';
import type { Qualifier } from '../values/qualifiers';
import { footnoteOf } from './footnoteUnit';
import type { Grid } from './grid';
import type { Point, RawIndicator } from './types';

/** A numbered mark after the figure, at the end of the cell, bracketed or not: 「98※2」「31 (※1)」「1,200注3」「45*2」. */
const TRAILING_MARK = /\d[^\d※*注]*?[(（]?\s*(※|\*|注)\s*(\d{1,2})\s*[)）]?\s*$/;
const PROVISIONAL = /見込|見通し|速報|暫定|未確定|確定前/;
const APPROXIMATE = /概数|概算/;
const DENIED = /(見込|見通し|速報|暫定|未確定|概数|概算)[^、。,]{0,3}?(ではなく|でなく|ではない|でない)/;

/** A bare ※ after the figure, bracketed or not: 「27.4※」「31（※）」. */
const TRAILING_BARE_MARK = /\d[^\d※]*?[(（]?\s*※\s*[)）]?\s*$/;
/** A line opening with a bare ※ (no number after it): 「※令和6年5月末時点の速報値」. */
const BARE_NOTE = /^\s*[(（]?※\s*[)）]?(?![\d\s]*\d)\S/;

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

/** The sheet's lines opening with a bare ※ that say what figures are (provisional, approximate), with their cells. */
function qualifyingBareNotes(grid: Grid): { text: string; cell: string; qualifier: Qualifier }[] {
  const found: { text: string; cell: string; qualifier: Qualifier }[] = [];
  grid.forEachValue((row, col, value) => {
    if (typeof value !== 'string' || !BARE_NOTE.test(normalizeText(value))) return;
    const qualifier = footnoteQualifier(value);
    // 「※目標値は国の見込みを参考に設定」: a note on the targets or the base, not on the figures.
    if (qualifier && !/^\s*[(（]?※\s*[)）]?\s*(?:目標|基準|計画)/.test(normalizeText(value))) found.push({ text: value, cell: a1(row, col), qualifier });
  });
  return found;
}

/** The one bare-※ note a figure's bare ※ refers to (see the head of this file), or null. */
function bareMarkNote(notes: () => { text: string; cell: string }[], p: Point, others: string[]): { text: string; cell: string } | null {
  // 「※宿泊者数は…概数」 under 「観光入込客数 | 280※」: a note naming another indicator is that one's.
  const found = notes().filter((n) => n.cell !== p.cell && !others.some((name) => name.length >= 2 && n.text.includes(name)));
  if (found.length !== 1) return null;
  const dated = findPeriod(normalizeText(found[0].text))?.period;
  return dated?.kind === 'fiscal' && p.period && dated.fiscalYear !== p.period.fiscalYear ? null : found[0];
}

function qualifyByFootnote(grid: Grid, p: Point, bareNotes: () => { text: string; cell: string }[], others: string[]): void {
  const parsed = p.parsed;
  if (parsed.status !== 'value' || parsed.qualifier) return;
  const text = grid.text(p.row, p.col);
  const mark = figureMark(text);
  const note = mark ? footnoteOf(grid, mark, p.cell) : TRAILING_BARE_MARK.test(normalizeText(text).trim()) ? bareMarkNote(bareNotes, p, others) : null;
  const qualifier = note ? footnoteQualifier(note.text) : undefined;
  // The figure's text for messages names the footnote that qualifies it: 「98※2（脚注 A13：※2 令和6年3月末時点の速報値…）」.
  if (qualifier && note) p.parsed = { ...parsed, qualifier, text: `${parsed.text}（脚注 ${note.cell}：${note.text.split('。')[0]}）` };
}

/** Marks each actual whose footnote mark's footnote says it is not final (a qualifier it does not carry yet). */
export function applyFootnoteQualifiers(grid: Grid, indicators: RawIndicator[]): void {
  let bare: { text: string; cell: string }[] | undefined;
  // The sheet is scanned for bare-※ notes once, and only when a figure carries a bare ※.
  const bareNotes = () => (bare ??= qualifyingBareNotes(grid));
  const others = (ind: RawIndicator) => indicators.filter((o) => o !== ind && o.name !== ind.name).map((o) => o.name);
  for (const ind of indicators) for (const p of ind.actuals) if (/[※*＊注]/.test(grid.text(p.row, p.col))) qualifyByFootnote(grid, p, bareNotes, others(ind));
}
