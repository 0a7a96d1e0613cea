/**
 * A form's section about one measure, as the national 様式 of a 農業委員会's 点検・評価 (or a plan's report by theme) lays it out:
 * a numbered heading naming what the section is about (「Ⅱ」 | 「担い手への農地の利用集積・集約化」, 「（２）…」), and under it a
 * small box of one target heading and one actual heading (目標及び実績 | 集積目標（C） | 集積実績（D） | 達成状況（D/C）) over a
 * single line of figures, with no name in the box: the section's heading names the indicator, as a clerk reads it.
 * Sub-headings on the way up that only name the box's kind (「２　令和４年度の目標及び実績」「１　現状及び課題」) are passed
 * over; boxes of other figures (現状 | 管内の農地面積（A） | …) hold no target and actual and are no indicator. A box under
 * another box of targets before its heading, a box with a name or row label left of its figures (a table's row) or with
 * figures on the line below too (a table of rows), and a heading that is not numbered, name nothing.
 */
import { a1 } from '../model/address';
import { findPeriod } from '../values/periods';
import { normalizeText } from '../values/text';
import { parseValue } from '../values/values';
import type { CellIndex, IndexedCell } from './cells';
import { namedIndicator, point, withKind } from './common';
import type { Grid } from './grid';
import { cleanName, isNotAName } from './names';
import { sectionNumber } from './sectionHeadings';
import type { RawIndicator } from './types';
import { withoutOrdinalPrefix } from '../values/ordinalPrefix';
import { directionFromWords } from '../values/labels';
import { lowerIsBetterSubject } from '../values/lowerIsBetter';

/** How far above its box a section's heading may stand (a 現状 box and a sub-heading between). */
const HEADING_REACH = 8;

/**
 * Words that only name a box's kind or a section's part (「目標及び実績」「現状及び課題」「活動に対する評価」「取組の成果」), years
 * aside: no name of what is measured.
 */
const BOX_WORDS =
  /^(?:目標|実績|現状|課題|評価|点検|達成|状況|活動|数値|成果|取組|取り組み|結果|概要|内容|事業|指標|進捗|計画|実施|効果|及び|および|並びに|ならびに|と|の|に|対する|向けた|その|[・、／/\s])+$/;

/** A section mark standing in a cell of its own: Ⅱ, IV, 第3, ３, (2), ② . */
const MARK = /^(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[IVX]{1,4}|第?[0-9一二三四五六七八九十]{1,2}[.、]?|\([0-9]{1,2}\)|[①-⑳])$/;

interface Box {
  row: number;
  target: IndexedCell;
  actual: IndexedCell;
}

/** Whether a text only names a box's kind or a section's part (its years taken out). */
export function namesBoxKind(text: string): boolean {
  let t = normalizeText(text).replace(/[(（][^()（）]*[)）]/g, '');
  for (let i = 0, p = findPeriod(t); p && p.length > 0 && i < 3; i++, p = findPeriod(t)) t = t.slice(0, p.index) + t.slice(p.index + p.length);
  t = t.replace(/^(年度|年)/, '').trim();
  return t !== '' && BOX_WORDS.test(t);
}

/**
 * The row's box headings: one target and one actual heading, derived figures (達成状況, 達成率) right of them, and at most a
 * caption cell left of them naming the box's kind (目標及び実績) or a 区分; nothing else.
 */
function boxHeadings(index: CellIndex, row: number): Box | null {
  const cells = index.row(row).filter((c) => c.text.trim());
  if (cells.length < 2 || cells.length > 5) return null;
  const targets = cells.filter((c) => c.label?.role === 'target');
  const actuals = cells.filter((c) => c.label?.role === 'actual');
  if (targets.length !== 1 || actuals.length !== 1) return null;
  const [target, actual] = [targets[0], actuals[0]];
  const lo = Math.min(target.col, actual.col);
  const hi = Math.max(target.col, actual.col);
  for (const [i, c] of cells.entries()) {
    if (c === target || c === actual) continue;
    const role = c.label?.role;
    if ((role === 'derived' || role === 'grade') && c.col > hi) continue;
    if (i === 0 && c.col < lo && (role === 'category' || (!role && namesBoxKind(c.text)))) continue;
    return null;
  }
  return { row, target, actual };
}

/** The line under the headings: a target figure and an actual under theirs, nothing left of them, nothing under no heading. */
function figuresUnder(grid: Grid, index: CellIndex, box: Box): boolean {
  const r = box.row + 1;
  const lo = Math.min(box.target.col, box.actual.col);
  const filled = index.row(r).filter((c) => c.text.trim() || typeof grid.raw(r, c.col) === 'number');
  if (!filled.length || filled.some((c) => c.col < lo || !grid.text(box.row, c.col))) return false;
  const target = parseValue(grid.raw(r, box.target.col), grid.numberFormat(r, box.target.col));
  const actual = parseValue(grid.raw(r, box.actual.col), grid.numberFormat(r, box.actual.col));
  if (target.status !== 'value' || actual.status === 'missing' || actual.status === 'text') return false;
  // One line only: a target and an actual figure on the line below too make a table of nameless rows, read by no one here.
  return ![box.target.col, box.actual.col].every((c) => parseValue(grid.raw(r + 1, c), grid.numberFormat(r + 1, c)).status === 'value');
}

interface Heading {
  row: number;
  cell: IndexedCell;
  text: string;
}

/** A numbered section heading on the row: a mark in a cell of its own and the title right of it, or 「（２）title」 in one cell. */
function numberedHeading(index: CellIndex, row: number): Heading | null {
  const cells = index.row(row).filter((c) => c.text.trim());
  if (cells.length === 2 && MARK.test(normalizeText(cells[0].text).trim()) && !cells[1].label && !cells[1].period)
    return { row, cell: cells[1], text: cells[1].text };
  if (cells.length !== 1 || cells[0].label || cells[0].period) return null;
  const t = cells[0].text;
  const rest = withoutOrdinalPrefix(t) ?? (sectionNumber(t) ? normalizeText(t).replace(/^(第?[0-9一二三四五六七八九十]{1,2}[.、章節]?)\s*/, '') : null);
  return rest ? { row, cell: cells[0], text: rest } : null;
}

/** Words of a sub-heading about the figures (「２　数値目標の達成度」「評価指標」): no name of what is measured, nor to pass over. */
const FIGURE_WORDS = /目標|実績|達成|指標|評価|KPI/;

/** A line naming the measure itself (指標名 | 認定農業者数, 「指標：…」): the section's heading is then no name of it. */
function namesMeasure(index: CellIndex, row: number): boolean {
  return index.row(row).some((c) => c.label?.role === 'name' || /^(?:成果|評価|活動)?指標/.test(normalizeText(c.text).trim()));
}

/**
 * The section heading naming the box: the nearest numbered heading above that names more than the box's kind. None when a
 * line on the way names the measure (指標名 | …) or a numbered sub-heading speaks of figures without only naming the box's
 * kind (「２　数値目標の達成度」): the name would be a guess.
 */
function sectionHeading(index: CellIndex, box: Box, consumed: Set<number>): Heading | null {
  for (let r = box.row - 1; r >= Math.max(index.grid.top, box.row - HEADING_REACH); r--) {
    if (consumed.has(r) || boxHeadings(index, r) || namesMeasure(index, r)) return null;
    const h = numberedHeading(index, r);
    if (!h || namesBoxKind(h.text)) continue;
    return isNotAName(h.text) || FIGURE_WORDS.test(normalizeText(h.text)) ? null : h;
  }
  return null;
}

/**
 * Whether the section's title or the box's headings say a way (遊休農地の解消, 荒廃農地の削減, 転出超過の抑制, 削減目標): a
 * policy's aim, not the box's figures' — they may be the area resolved (more is better) or the area left (less is): no reading.
 */
function saysAWay(box: Box, heading: Heading): boolean {
  const title = cleanName(heading.text.trim()).name;
  return !!directionFromWords(title) || !!lowerIsBetterSubject(title) || !!directionFromWords(`${box.target.text} ${box.actual.text}`);
}

/** The box's indicator: named by its section's heading, the figures under its target and actual headings. */
function readBox(grid: Grid, box: Box, heading: Heading): RawIndicator {
  const clean = cleanName(heading.text.trim());
  const ind = namedIndicator(grid.name, 'label-form', heading.row, a1(heading.cell.row, heading.cell.col), clean.id ?? null, clean);
  const r = box.row + 1;
  ind.targets.push(withKind(point(grid, r, box.target.col, box.target.label?.period), 'target'));
  ind.actuals.push(point(grid, r, box.actual.col, box.actual.label?.period));
  const unit = ind.targets[0].parsed.unit ?? ind.actuals[0].parsed.unit;
  if (!ind.unit && unit) [ind.unit, ind.unitCell] = [unit, ind.targets[0].parsed.unit ? ind.targets[0].cell : ind.actuals[0].cell];
  ind.wordsForDirection = [clean.name, clean.note ?? '', box.target.text, box.actual.text].join(' ');
  return ind;
}

/** Every such box on rows no other reader took; the box's rows are claimed. */
export function detectSectionBoxes(grid: Grid, index: CellIndex, consumed: Set<number>): RawIndicator[] {
  const out: RawIndicator[] = [];
  for (const row of [...index.rows.keys()].sort((a, b) => a - b)) {
    if (consumed.has(row) || consumed.has(row + 1)) continue;
    const box = boxHeadings(index, row);
    if (!box || !figuresUnder(grid, index, box)) continue;
    const heading = sectionHeading(index, box, consumed);
    if (!heading || saysAWay(box, heading)) continue;
    out.push(readBox(grid, box, heading));
    consumed.add(row);
    consumed.add(row + 1);
  }
  return out;
}
