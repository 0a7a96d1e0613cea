/**
 * Reference rows, whatever reader claimed them: the rows under a caption standing alone on its line that marks them as
 * figures a city watches (「2　参考指標（目標の達成を評価しない指標）」「＜参考指標＞」「（参考）給付費の状況（単位：千円）」),
 * down to the next caption of another kind, and a row whose own name is marked so (「（参考）市内IT関連事業所数」). Such rows
 * may repeat the graded table's headings and shape, even a 目標 column, yet they are never indicators: they are left out.
 * A caption or name that dates a year besides 参考 (「【参考】令和4年度の結果」) is a copy of the sheet's table for that
 * year, told by otherPeriodCopies.ts, not this, unless the caption's year is the sheet's own (「【参考】開示請求の処理状況
 * （令和5年度）」 on a 令和5年度 sheet: figures of the same year, so reference rows); a note line (※…) or a unit note under the caption does not end its rows.
 * A row headed 参考 left of its name (「【参考】 | 市の人口（各年度末） | 人 | 79,820 …」 under the table, 「（参考）」 in the No. or
 * 区分 column, merged down over several rows) is such a row too: the heading says what its rows are, whatever figures they hold.
 * So is a row named with another body's figure in brackets, 「経常収支比率（類似団体平均値）」 (comparisonRows.ts), 参考 or not.
 */
import { parseA1 } from '../model/address';
import { findPeriod } from '../values/periods';
import { compact, normalizeText, hasDigit } from '../values/text';
import type { CellIndex } from './cells';
import { isReferenceCaption, REFERENCE_LEAD, statesAFact } from './referenceTables';
import type { RawIndicator } from './types';
import { isComparisonName } from './comparisonRows';

/** A section number before the caption's words: 「2　参考指標」「(2) 参考指標」「２．参考指標」「Ⅱ 参考指標」. */
const SECTION_NUMBER = /^(?:[0-9０-９]{1,2}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[(（][0-9０-９]{1,2}[)）]|[①-⑳])[.．、)）\s　]*/;
/** 参考 in brackets or led by a colon, with no word saying what (the words with the bracketed 参考 are the caption). */
const BARE_REFERENCE = REFERENCE_LEAD;
/** A note under a caption: 「※…」「注1」「（単位：千円）」. It neither captions rows nor ends them. */
const NOTE_LINE = /^(?:[※＊*]|注[0-9０-９:：）)]|[(（]?単位[:：])/;

/**
 * Whether a line's text captions reference figures (a section number before it aside), not another year's copy. `sheetYear`:
 * the fiscal year the sheet states or its title names, if any.
 */
export function isReferenceSectionCaption(text: string, sheetYear: number | null = null): boolean {
  if (!text.includes('参考')) return false;
  const words = compact(normalizeText(text)).replace(SECTION_NUMBER, '');
  // 「（参考）関連計画：…」「参考：前年度の評価はB」: a fact stated beside the table, captioning nothing.
  if (!isReferenceCaption(words) || statesAFact(words)) return false;
  // 「【参考】令和4年度の結果」: a year's copy, left to otherPeriodCopies.ts; 「参考指標（令和5年度）」 still captions reference rows,
  // and so does 「【参考】開示請求の処理状況（令和5年度）」 on a sheet of 令和5年度: its own year's figures are no other year's copy.
  const year = BARE_REFERENCE.test(words) ? findPeriod(words) : null;
  return !year || (sheetYear !== null && year.period.kind === 'fiscal' && year.period.fiscalYear === sheetYear);
}

/** Whether an indicator's own name marks it as a reference row: 「（参考）市内IT関連事業所数」, no year in it. */
export function isReferenceName(text: string): boolean {
  if (!text.includes('参考')) return false;
  const words = compact(normalizeText(text));
  return BARE_REFERENCE.test(words) && !findPeriod(words);
}

/** A cell saying only that its row is for reference: 「参考」「【参考】」「（参考）」「参考：」「＜参考指標＞」, a section number aside. */
const REFERENCE_HEADING = /^[■□●○◆◇▼▽・※]*(?:[【［[〔(（<＜]参考(?:指標|値|データ|数値|項目)?[】］\]〕)）>＞][:：]?|参考(?:指標|値|データ|数値|項目)?[:：]?)$/;

/**
 * A short caption closed by a bracketed 参考 or naming a breakdown (「地域別内訳（参考）」「地域別内訳」「年代別（参考）」): the rows
 * of the sub-table it heads show a part of a figure, or a figure for reference. The same words in a 区分 column beside rows with
 * targets and grades (「内訳」 over 家庭系 / 事業系, 「満足度（参考）」) only sort indicators: see `headsSubTable`.
 */
const SUB_TABLE_HEADING =
  /^[■□●○◆◇▼▽・※]*(?:[^参\d０-９]{0,12}内訳(?:[【［[〔(（<＜]参考[】］\]〕)）>＞])?|[^参\d０-９]{1,12}[【［[〔(（<＜]参考[】］\]〕)）>＞])$/;

/** How far left of the name a row's heading cell (No., 区分) may stand: a table beside on the same row is not its heading. */
const ROW_HEADING_REACH = 3;

/**
 * Whether a cell just left of the indicator's name, on its row, heads the row as a reference figure: 参考 alone, or a breakdown
 * caption heading a sub-table of its own (on or merged over its header row) over a row with no number target and no written
 * grade of its own under that header (a row graded against its own target is an indicator, whatever sorts it).
 */
function headedAsReference(index: CellIndex, ind: RawIndicator): boolean {
  const at = parseA1(ind.nameCell);
  if (!at) return false;
  // Names across a heading row (years as rows): the cell left of the name is another column's name, no heading of its row;
  // a （参考） closing the column's own name marks that column alone (「全収納件数（参考）」).
  if (namesAColumn(ind, at)) return OWN_REFERENCE.test(compact(normalizeText(index.grid.text(at.row, at.col))));
  for (let c = Math.max(index.grid.left, at.col - ROW_HEADING_REACH); c < at.col; c++) {
    const text = index.grid.text(at.row, c);
    if (!text.includes('参考') && !text.includes('内訳')) continue;
    const words = compact(normalizeText(text)).replace(SECTION_NUMBER, '');
    if (REFERENCE_HEADING.test(words)) return true;
    const header = SUB_TABLE_HEADING.test(words) ? subTableHeader(index, at.row, c) : null;
    if (header !== null && !gradedOnItsOwn(index, ind, header)) return true;
  }
  return false;
}

/** A name closed by a bracketed 参考: 「全収納件数（参考）」. */
const OWN_REFERENCE = /^[^参]{1,24}[【［[〔(（<＜]参考[】］\]〕)）>＞]$/;

/** Whether the indicator's figures stand under its name, in its column (a name heading a column of years as rows). */
function namesAColumn(ind: RawIndicator, at: { row: number; col: number }): boolean {
  const points = [...ind.actuals, ...ind.targets];
  return points.length > 0 && points.every((p) => p.col === at.col && p.row > at.row);
}

/**
 * The header row of the sub-table a caption cell on row `r` heads: a row it stands on or is merged over holding, besides the
 * caption, headings (区分 | 北地域 | 南地域 | 計) and no figure; else null (the caption only sorts rows of the table).
 */
function subTableHeader(index: CellIndex, r: number, c: number): number | null {
  const grid = index.grid;
  const m = grid.merge(r, c);
  for (let row = m?.top ?? r; row <= (m?.bottom ?? r); row++) {
    const others: string[] = [];
    for (let col = grid.left; col <= grid.right; col++) if (col !== c && grid.text(row, col).trim()) others.push(grid.text(row, col));
    if (others.length >= 2 && !others.some((t) => /^[\d.,\s%+-]+$/.test(normalizeText(t)) && hasDigit(t))) return row;
  }
  return null;
}

/** The indicator has, under the sub-table's own 目標 / 評価 headings on row `header`, a number target or a written grade (not 「－」). */
function gradedOnItsOwn(index: CellIndex, ind: RawIndicator, header: number): boolean {
  const heading = (col: number) => index.at(header, col)?.label?.role;
  const grade = ind.gradeCell;
  const written = !!grade && heading(grade.col) === 'grade' && !/^[\s\-－―ー‐—–/／]*$/.test(String(grade.raw ?? ''));
  return written || ind.targets.some((t) => t.parsed.status === 'value' && heading(t.col) === 'target');
}

/** The only text of a row (one cell, nothing else on the row), or null. */
function loneText(index: CellIndex, r: number): { text: string; col: number } | null {
  const cells = index.row(r);
  return cells.length === 1 && cells[0].text.trim() ? { text: cells[0].text, col: cells[0].col } : null;
}

/** A row heading names and a measure (指標名 | 単位 | 目標値 | 実績値). */
function isMeasureHeader(index: CellIndex, r: number): boolean {
  const cells = index.row(r);
  return (
    cells.some((c) => c.label?.role === 'name') && cells.some((c) => c.label?.role === 'target' || c.label?.role === 'actual' || c.label?.role === 'expected')
  );
}

/** The reference sections of a sheet: from the row under each reference caption to the row before the next caption of another kind. */
function referenceSections(index: CellIndex, sheetYear: number | null): { from: number; to: number; col: number }[] {
  const sections: { from: number; to: number; col: number }[] = [];
  let open: { from: number; to: number; col: number } | null = null;
  const rows = [...index.rows.keys()].sort((a, b) => a - b);
  for (const r of rows) {
    const lone = loneText(index, r);
    // A header of names and measures (指標名 | 目標値 | 実績値) after the section's own rows starts another table: the section ends
    // (its own header, the first row under the caption, may repeat the graded table's headings).
    if (!lone && open && r > open.from && isMeasureHeader(index, r)) {
      open.to = r - 1;
      open = null;
    }
    if (!lone) continue;
    if (isReferenceSectionCaption(lone.text, sheetYear)) {
      if (open) open.to = r - 1;
      open = { from: r + 1, to: Infinity, col: lone.col };
      sections.push(open);
    } else if (open && !NOTE_LINE.test(compact(normalizeText(lone.text)))) {
      open.to = r - 1;
      open = null;
    }
  }
  return sections;
}

/**
 * Takes the indicators of reference rows out of `indicators` (in place), returning them. Reads only sheets that write 参考 (or
 * 内訳) at all.
 * `sheetYear`: the fiscal year the sheet states or its title names, if any.
 */
export function dropReferenceRows(index: CellIndex, indicators: RawIndicator[], sheetYear: number | null = null): RawIndicator[] {
  if (!indicators.length) return [];
  let any = false;
  for (const cells of index.rows.values()) if (cells.some((c) => c.text.includes('参考') || c.text.includes('内訳'))) any = true;
  const sections = any ? referenceSections(index, sheetYear) : [];
  const inSection = (ind: RawIndicator) => {
    const at = parseA1(ind.nameCell);
    return !!at && sections.some((s) => at.row >= s.from && at.row <= s.to && at.col >= s.col);
  };
  // 「経常収支比率（類似団体平均値）」: another body's figure beside the city's own, compared with, never graded (comparisonRows.ts).
  const marked = (ind: RawIndicator) => any && (inSection(ind) || isReferenceName(nameText(index, ind)) || headedAsReference(index, ind));
  const kept = indicators.filter((ind) => !marked(ind) && !isComparisonName(ind.name));
  if (kept.length === indicators.length) return [];
  const out = indicators.filter((ind) => !kept.includes(ind));
  indicators.splice(0, indicators.length, ...kept);
  return out;
}

/** The name cell's text as written (the indicator's name may have lost its 参考 mark to cleaning). */
function nameText(index: CellIndex, ind: RawIndicator): string {
  const at = parseA1(ind.nameCell);
  return at ? index.grid.text(at.row, at.col) || ind.name : ind.name;
}
