/**
 * A numbered measure caption over the rows of its parts and their total: 「成果指標1　文化施設の年間利用者数」 on a row of its
 * own, then 市民会館 | － | 101,870, 文化センター | － | 53,040 …, then 合計 | 190,000 | 181,000. As a clerk reads it, the caption
 * names the indicator, the 合計 row holds its figures (the target and the actual graded), and the part rows are its
 * breakdown (内訳), no indicators: they carry no target or grade of their own. So the total row is read as the indicator
 * named by the caption, and the parts are marked `partOfTotal`: left out, named in a rows-left-out finding (reason total-parts).
 * Only where every read row between the caption and the total lacks a target figure and a written grade (a part with
 * its own target is an indicator the plan grades), there are two parts or more, the total row holds a figure, nothing
 * read follows the total before the next caption, and the caption is a numbered measure label (成果指標1, 指標2, KPI3)
 * followed by words that read as a name: a caption naming a group (「（1）文化施設」) or no caption leaves the rows as read.
 * The caption stands in the body on the name column, alone on its row, or alone on a line right above the table's header.
 */
import { a1 } from '../model/address';
import type { CellIndex } from './cells';
import type { Grid } from './grid';
import { cleanName, looksLikeName } from './names';
import type { RawIndicator } from './types';

/** A numbered measure label, then the measure's name: 「成果指標1　…」「【指標2】…」「ＫＰＩ３：…」「成果指標①…」; the name as written. */
const MEASURE_CAPTION =
  /^[\s【［[〔(（<＜]*(?:成果指標|活動指標|評価指標|目標指標|数値目標|指標|KPI|ＫＰＩ)\s*(?:[0-9０-９]{1,2}(?:[-－―‐][0-9０-９]{1,2})?|[①-⑳])[\s】］\]〕)）>＞]*[:：.．、]?\s*(\S.*)$/i;

/** A total's label alone, brackets and spaces aside: 合計, 計, 総計, 総数, 全体 (never 小計, a part; nor 累計, a run of years). */
const TOTAL_LABEL = /^(?:合計|計|総計|総数|全体|全体計)(?:値)?$/;

/** The measure's name a caption names, or null when the text is no numbered measure caption. */
export function measureCaption(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  const m = MEASURE_CAPTION.exec(t);
  if (!m) return null;
  const name = m[1].trim();
  return looksLikeName(name) && !isTotalLabel(name) ? name : null;
}

/** Whether a name cell's text is a total's label alone (「合計」「【合計】」「　計」). */
export function isTotalLabel(text: string): boolean {
  const t = text
    .normalize('NFKC')
    .replace(/[\s【】[\]()（）〔〕<>＜＞]/g, '')
    .trim();
  return TOTAL_LABEL.test(t);
}

interface Body {
  /** The table's header rows, its first and last body rows. */
  band: number[];
  first: number;
  last: number;
  nameCol: number;
  /** The table's columns, first and last, and its value columns. */
  lo: number;
  hi: number;
  valueCols: number[];
}

/** The caption's name when row `r` holds a measure caption alone in the table's columns (in the name cell, or merged across them). */
function captionAt(grid: Grid, index: CellIndex, r: number, t: Body, inBody: boolean): { name: string; cell: string } | null {
  const cells = index.row(r).filter((c) => c.text.trim() && c.right >= t.lo && c.col <= t.hi);
  if (cells.length !== 1) return null;
  const c = cells[0];
  if (inBody && grid.anchor(r, t.nameCol).col !== c.col) return null;
  const name = measureCaption(c.text);
  return name ? { name, cell: a1(r, c.col) } : null;
}

/** The caption right above the header (blank rows between, at most two rows up), alone on its line. */
function captionAbove(grid: Grid, index: CellIndex, t: Body): { row: number; name: string; cell: string } | null {
  const top = Math.min(...t.band);
  for (let r = top - 1; r >= Math.max(grid.top, top - 2); r--) {
    if (!index.row(r).some((c) => c.text.trim() && c.right >= t.lo && c.col <= t.hi)) continue;
    const found = captionAt(grid, index, r, t, false);
    return found ? { row: r, ...found } : null;
  }
  return null;
}

const hasTargetFigure = (ind: RawIndicator) => ind.targets.some((p) => p.parsed.status === 'value');
const hasWrittenGrade = (ind: RawIndicator) => ind.gradeCell !== undefined && ind.gradeCell.raw !== null && String(ind.gradeCell.raw).trim() !== '';
const holdsFigure = (ind: RawIndicator) => [...ind.targets, ...ind.actuals].some((p) => p.parsed.status === 'value');

/**
 * The table side's rows once read, with each captioned total read as the caption's indicator (inserted in row order) and
 * its parts marked as its breakdown. `readTotal` reads a row as the table reads any (tables.ts readRow).
 */
export function readCaptionTotals(grid: Grid, index: CellIndex, t: Body, read: RawIndicator[], readTotal: (row: number) => RawIndicator): RawIndicator[] {
  const captions: { row: number; name: string; cell: string }[] = [];
  const above = captionAbove(grid, index, t);
  if (above) captions.push(above);
  for (let r = t.first; r <= t.last; r++) {
    const found = captionAt(grid, index, r, t, true);
    if (found) captions.push({ row: r, ...found });
  }
  if (!captions.length) return read;
  const out = [...read];
  captions.forEach((caption, i) => {
    const end = i + 1 < captions.length ? captions[i + 1].row - 1 : t.last;
    const total = totalRow(grid, t, Math.max(caption.row + 1, t.first), end);
    if (total === null) return;
    const parts = out.filter((ind) => ind.row > caption.row && ind.row < total);
    const after = out.filter((ind) => ind.row > total && ind.row <= end);
    if (parts.length < 2 || after.length || parts.some((p) => hasTargetFigure(p) || hasWrittenGrade(p))) return;
    const ind = readTotal(total);
    if (!holdsFigure(ind)) return;
    const clean = cleanName(caption.name);
    ind.name = clean.name;
    ind.nameCell = caption.cell;
    if (clean.unit && !ind.unit) ind.unit = clean.unit;
    ind.cumulative ||= clean.cumulative;
    ind.wordsForDirection = [clean.name, ind.wordsForDirection].join(' ');
    for (const p of parts) p.partOfTotal = true;
    out.splice(out.indexOf(parts[parts.length - 1]) + 1, 0, ind);
  });
  return out;
}

/** The first row from `from` to `to` whose name cell is a total's label alone, or null. */
function totalRow(grid: Grid, t: Body, from: number, to: number): number | null {
  for (let r = from; r <= to; r++) if (grid.anchor(r, t.nameCol).row === r && isTotalLabel(grid.text(r, t.nameCol))) return r;
  return null;
}

/** Takes the parts of captioned totals out of `indicators` (in place), returning them. */
export function dropTotalParts(indicators: RawIndicator[]): RawIndicator[] {
  const parts = indicators.filter((ind) => ind.partOfTotal);
  if (!parts.length) return [];
  const kept = indicators.filter((ind) => !ind.partOfTotal);
  indicators.splice(0, indicators.length, ...kept);
  return parts;
}
