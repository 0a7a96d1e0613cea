/**
 * A remark that says the actual is not final (速報値, 見込み, 暫定, 概数), written in the 備考 cell of the actual's
 * own line — the year's row when the years run down the rows (年度 | 目標値 | 実績値 | 備考), the year's column when a
 * 備考 row runs under the years, the 実績値 line's cell of a 備考 column headed on the years' own row (区分 | R2 … R7 | 備考,
 * remarkBesideYears) — applies to that actual as if written beside its number: it is read as
 * provisional or approximate, never silently as a final figure. Only when the line holds that one actual of the
 * indicator, or the newest of the line's dated actuals (a remark naming no year), or the remark names the actual's own
 * year; a remark about another measure (目標, 計画, 前年度) or another year, a denial (「速報値ではなく確定値」), a note that
 * the figure was made final (「確定値に更新（速報値 296）」, values/madeFinal.ts), or a sentence, says nothing of the figure. An
 * as-of date (「速報値（令和6年5月時点）」) names no year of the figure (values/remarkAsOf.ts). A 約 in the remark qualifies
 * the number it stands before: 「7月の豪雨により約1か月休業」 leaves the actual as read (values/approximatedFigure.ts).
 */
import { saysMadeFinal, withoutFinalLaterNote } from '../values/madeFinal';
import { findPeriod } from '../values/periods';
import { datesFigureOf, remarkAsOf } from '../values/remarkAsOf';
import { qualifierOf, qualifiesAlone } from '../values/qualifiers';
import { normalizeText } from '../values/text';
import { a1 } from '../model/address';
import type { Grid } from './grid';
import { sheetMentionsAny, textCells } from './sheetTexts';
import { OTHER_MEASURE, RemarkHeadings, remarkOnRow, remarkUnderQuantityHeading, type Remark } from './remarkHeadings';
import type { Point, RawIndicator } from './types';
import { blockRemarkQualifier } from './blockRemarkLine';
import { approximatesOnlyOthers } from '../values/approximatedFigure';

/** How far the heading of the actual's line, and its 備考 heading, may be from the figure. */
const REACH = 12;
/** A remark is a short note, not a sentence. */
const MAX_REMARK = 20;
/** A qualifier word denied (「速報値ではなく確定値」「見込みでない」): the remark says the figure is final. */
const DENIED = /(見込|見通し|速報|暫定|未確定|概数|概算)[^、。,]{0,3}?(ではなく|でなく|ではない|でない|じゃない)/;

/** The 備考 row under (or over) the years: in the label column left of the actual that reads 実績 on its row, the nearest 備考 label. */
function remarkInColumn(grid: Grid, headings: RemarkHeadings, p: Point): Remark | null {
  for (let lc = p.col - 1; lc >= Math.max(grid.left, p.col - REACH); lc--) {
    if (headings.at(p.row, lc) !== 'actual') continue;
    for (let d = 1; d <= 6; d++)
      for (const r of [p.row + d, p.row - d])
        if (r >= grid.top && r <= grid.bottom && headings.at(r, lc) === 'note' && grid.anchor(r, p.col).col === p.col)
          return { text: grid.text(r, p.col), cell: a1(grid.anchor(r, p.col).row, p.col) };
    return null;
  }
  return null;
}

/**
 * The 備考 column of a block whose years run across (区分 | R2 | … | R7 | 備考 over 実績値 / 期待値 / 目標値 lines): on the row
 * of the actual's year heading (the first text above it in its column, figures and blanks between), the nearest 備考 heading;
 * the remark is that column's cell on the actual's line. A remark merged over other lines too (beside the whole block) speaks
 * of the actual only when it names it (「※R5実績は速報値」); one beside the 目標値 line alone is not the actual's.
 */
function remarkBesideYears(grid: Grid, headings: RemarkHeadings, p: Point): Remark | null {
  const year = p.period?.fiscalYear;
  if (year === undefined) return null;
  for (let hr = p.row - 1; hr >= Math.max(grid.top, p.row - REACH); hr--) {
    const v = grid.value(hr, p.col);
    if (v === null || typeof v === 'number') continue;
    if (findPeriod(grid.text(hr, p.col))?.period.fiscalYear !== year) return null;
    const nc = headings.nearestNote(hr, p.col, REACH);
    if (nc === null) return null;
    const text = grid.text(p.row, nc);
    const area = grid.merge(p.row, nc);
    if (area && (area.top !== area.bottom || area.top !== p.row) && !NAMES_ACTUAL.test(normalizeText(text))) return null;
    const at = grid.anchor(p.row, nc);
    return { text, cell: a1(at.row, at.col) };
  }
  return null;
}

/** A remark naming the actual (実績, 実績値). */
const NAMES_ACTUAL = /実績/;

/** Whether a remark speaks of this figure: short, about no other measure, naming no other year than its own. */
function speaksOf(remark: string, p: Point, alone: boolean): boolean {
  // 「令和5年度実績は速報値（9月に確定値に更新）」: the bracket says when the figure is made final, no more (values/madeFinal.ts).
  const t = withoutFinalLaterNote(normalizeText(remark).replace(/\s+/g, ''));
  if (!t || t.length > MAX_REMARK || OTHER_MEASURE.test(t) || DENIED.test(t) || saysMadeFinal(t)) return false;
  // 「速報値（令和6年5月時点）」: the date the figure was taken, no year of a figure (values/remarkAsOf.ts).
  const asOf = remarkAsOf(t);
  // An undated figure (a lone 実績値 column): the date cannot fall before its year, so the remark speaks as one naming no year.
  if (asOf && p.period && !datesFigureOf(asOf.date, p.period.fiscalYear)) return false;
  const named = findPeriod(asOf ? asOf.rest : t)?.period;
  if (named) return !!p.period && named.fiscalYear === p.period.fiscalYear;
  return alone;
}

/**
 * Whether the figure is the newest of its line's dated actuals (FY2022 実績 | FY2023 実績 | 備考): a remark naming no year
 * (速報値) speaks of the newest figure — the earlier years' figures are final by the time the next year's is written.
 */
export function newestOfLine(p: Point, line: readonly Point[]): boolean {
  const year = p.period?.fiscalYear;
  if (year === undefined) return false;
  return line.every((a) => a === p || (a.period !== undefined && a.period.fiscalYear < year));
}

/**
 * Whether a text of the sheet carries a qualifier word (qualifiesAlone): a remark is one of the sheet's texts (a number carries
 * none), so on a sheet without such a text no actual's remark can qualify it and none is looked for.
 */
function sheetHasQualifierWord(grid: Grid): boolean {
  // qualifiesAlone needs one of these words: a sheet writing none is not looked through (sheetTexts.ts).
  return sheetMentionsAny(grid, QUALIFIER_TRIGGERS) && textCells(grid).some((c) => qualifiesAlone(c.text));
}

/** Every word one of which a text carrying a qualifier word writes (values/qualifiers.ts PROVISIONAL, APPROXIMATE_WORDS, BEFORE_NUMBER). */
const QUALIFIER_TRIGGERS = ['見込', '見通し', '速報', '暫定', '未確定', '確定前', '仮集計', '推計中', '概数', '概算', '約', 'およそ', '概ね', 'ほぼ'];

/** Per row, the indicators holding figures there (targets or actuals): a 備考 line past another's row is that indicator's. */
function figureRowOwners(indicators: readonly RawIndicator[]): Map<number, Set<RawIndicator>> {
  const owners = new Map<number, Set<RawIndicator>>();
  for (const ind of indicators)
    for (const p of [...ind.actuals, ...ind.targets]) {
      const set = owners.get(p.row) ?? new Set<RawIndicator>();
      set.add(ind);
      owners.set(p.row, set);
    }
  return owners;
}

/** Marks each actual whose own line's 備考 says it is not final (a qualifier it does not carry yet). */
export function applyRemarkQualifiers(grid: Grid, indicators: RawIndicator[]): void {
  const unqualified = (p: Point) => p.parsed.status === 'value' && !p.parsed.qualifier;
  if (!indicators.some((ind) => ind.actuals.some(unqualified)) || !sheetHasQualifierWord(grid)) return;
  const headings = new RemarkHeadings(grid);
  let owners: Map<number, Set<RawIndicator>> | undefined;
  for (const ind of indicators)
    for (const p of ind.actuals) {
      if (p.parsed.status !== 'value' || p.parsed.qualifier) continue;
      // Years as rows headed by the quantity alone (受診率（％） beside 目標受診率（％）): the 備考 on that heading's row (yearRowsQuantity.ts).
      const onRow = remarkOnRow(grid, headings, p, REACH) ?? (ind.layout === 'year-rows' ? remarkUnderQuantityHeading(grid, headings, p, REACH) : null);
      const inColumn = onRow ? null : remarkInColumn(grid, headings, p);
      const beside = onRow || inColumn ? null : remarkBesideYears(grid, headings, p);
      const remark = onRow ?? inColumn ?? beside;
      if (!remark?.text) {
        // A 備考 line merged over the block's whole line names its year's 実績 (blockRemarkLine.ts).
        owners ??= figureRowOwners(indicators);
        const rowOwners = owners;
        const others = (row: number) => [...(rowOwners.get(row) ?? [])].some((o) => o !== ind);
        const line = blockRemarkQualifier(grid, headings, p, others);
        if (line) p.parsed = { ...p.parsed, qualifier: line.qualifier, text: `${p.parsed.text}（備考 ${line.remark.cell}：${line.remark.text}）` };
        continue;
      }
      // A block's line runs on to the plan's last year: its years not written yet (blank) are no newer figure.
      const line = ind.actuals.filter((a) => (onRow || beside ? a.row === p.row : a.col === p.col) && (!beside || a.parsed.status !== 'missing'));
      const alone = line.length === 1 || newestOfLine(p, line);
      const stated = speaksOf(remark.text, p, alone) ? qualifierOf(remark.text, [], []) : undefined;
      // 「7月の豪雨により約1か月休業」: the 約 qualifies the closure's length, not the figure (values/approximatedFigure.ts).
      const otherFigure = stated === 'approximate' && p.parsed.value !== undefined && approximatesOnlyOthers(remark.text, p.parsed.value);
      const qualifier = otherFigure ? undefined : stated;
      // The figure's text for messages names the remark that qualifies it: 「201（備考 D25：速報値）」.
      if (qualifier) p.parsed = { ...p.parsed, qualifier, text: `${p.parsed.text}（備考 ${remark.cell}：${remark.text}）` };
    }
}
