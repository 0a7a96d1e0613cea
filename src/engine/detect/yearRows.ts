/**
 * Years as rows, indicators as columns (a KPI 推移 table): 年度 | 相談件数 目標 | 相談件数 実績 | … (one header row), or
 *   年度 | 相談件数（件）  (merged)     | 登録者数（人）  …      (an indicator over
 *        | 目標 | 実績                | 目標 | 実績              its measures).
 * A column of periods in increasing order, with a header above whose columns name an indicator and a measure; each indicator
 * takes, per row, the figure of its measure for that row's period. A 「（単位：橋）」 note over the header: yearRowsUnitNote.ts.
 */
import { a1, parseA1 } from '../model/address';
import type { Grid } from './grid';
import { classifyLabel, parseDirection, SERIES_ROLES, splitMeasure, type Direction, type Role } from '../values/labels';
import { periodOrder, type Period } from '../values/periods';
import { plausibleAxis, type CellIndex } from './cells';
import { point, valueRightOf, withKind } from './common';
import { cleanName, isNotAName } from './names';
import { cumulativeTwins } from './cumulativeTwins';
import { writtenUnit } from '../values/units';
import { metaLinesAbove, unitFromLines } from './metaLines';
import type { RawIndicator } from './types';
import { isReferenceCaption } from './referenceTables';
import { namesMeasureYear } from './measureYearHeading';
import { isRowDateColumn } from './rowDateColumns';
import { withoutSupersededTargetsLabelled } from './revisedTargets';
import { addColumnDirections, addFootTargets, namedYearColumns } from './namedYearColumns';
import { gradeCellsByYear, gradeColumnsUnderNames } from './yearRowsGradeColumns';
import { gradeLineUnderYears } from './yearRowsGradeLine';
import { targetFromLines } from './yearRowsTargetLine';
import { onlyUnitNote, unitFromMeasureHeadings, unitFromNoteAbove, unitFromUnitColumn } from './yearRowsUnitColumn';
import { markedProvisional } from './provisionalHeadings';
import { blockTitle, directionStatement, titleIsSure } from './yearRowsTitle';
import { withinName } from './yearRowsWay';
import { wayLineOfMeasures } from './yearRowsWayLabel';
import { readHeadTargetRows } from './headTargetRows';
import { unitOfLine } from '../values/unitLine';
import { namedIndicator } from './namedIndicator';
import { quantityCaption, twinActualColumns } from './yearRowsQuantity';
import { headLinesAbove } from './yearRowsHeadLines';
import { unitFromNoteOverYears } from './yearRowsUnitNote';
import { bracketedUnitWord, isUnitHeading as isUnit, unitLineRows } from './unitHeading';
import { addTargetYearRow } from './yearRowsTargetYear';
import { tiledYears } from './yearRowsTiledYears';
import { isCaptionLine } from './yearRowsCaptionLine';

interface PeriodColumn {
  col: number;
  rows: { row: number; period: Period; text: string }[];
}

interface MeasureColumn {
  col: number;
  role: Role;
  name: string;
  nameCell: string;
  unit?: { text: string; cell: string };
  /** The way written on a line the period column labels 目指す方向 (目指す方向 | ↓（縮減）): the column's indicator's. */
  way?: { value: Direction; text: string; cell: string };
}

/** Runs of increasing periods down one column (two or more rows). */
function periodColumns(index: CellIndex): PeriodColumn[] {
  const byCol = new Map<number, PeriodColumn['rows']>();
  for (const [row, cells] of index.rows)
    for (const c of cells) {
      if (!c.period) continue;
      const list = byCol.get(c.col) ?? [];
      if (!list.length) byCol.set(c.col, list);
      list.push({ row, period: c.period.period, text: c.text });
    }
  const out: PeriodColumn[] = [];
  for (const [col, cells] of byCol) {
    cells.sort((a, b) => a.row - b.row);
    let run: PeriodColumn['rows'] = [];
    const flush = () => {
      if (run.length >= 2 && plausibleAxis(run.map((c) => ({ text: c.text, period: c })))) out.push({ col, rows: run });
      run = [];
    };
    for (const c of cells) {
      const last = run[run.length - 1];
      if (last && (c.row !== last.row + 1 || periodOrder(c.period) <= periodOrder(last.period))) flush();
      run.push(c);
    }
    flush();
  }
  return out;
}

/** The heading a header row shows over a column (its own cell or a merge across it), with its cell. */
function heading(grid: Grid, row: number, col: number): { text: string; cell: string } | null {
  const a = grid.anchor(row, col);
  if (a.row !== row) return null;
  const text = grid.fullText(row, col).trim();
  return text ? { text, cell: a1(a.row, a.col) } : null;
}

/** A column of the header band as an indicator's measure: a measure label under a name, or both in one cell. */
function measureColumn(grid: Grid, band: number[], col: number, start: number, periodCol = start, unitRows = new Set<number>()): MeasureColumn | null {
  const hs = band.map((r) => heading(grid, r, col)).filter((h): h is { text: string; cell: string } => !!h);
  if (!hs.length) return null;
  // A heading on a row the period column labels 単位 (単位 | 手続 | 分), or on a unit line (件 | 言語: unitHeading.ts), is a unit, whatever its words.
  const unitRow = (row: number) => unitRows.has(row) || classifyLabel(grid.text(row, periodCol))?.role === 'unit';
  const onUnitRow = (h: { cell: string }) => unitRow(parseA1(h.cell)!.row);
  const onDirectionRow = (h: { cell: string }) => classifyLabel(grid.text(parseA1(h.cell)!.row, periodCol))?.role === 'direction';
  const below = wayLineOfMeasures(hs, onDirectionRow); // 目標 | 実績 over 目指す方向 ↓減少, or 「目指す方向：↑増加」 over them: the way (yearRowsWayLabel.ts)
  // A way the reader cannot read (「前年度より減少」「150人以下」) is never dropped for more-is-better: the column is left unread (review rv65).
  if (below && !parseDirection(below.text) && /[^\s　\-－―ー‐・]/.test(below.text)) return null;
  // A unit line under the measures (目標値 | 実績値 over (人) | (人)) is the measures' unit, not the column's last heading.
  const under = hs.length > 1 && (isUnit(hs[hs.length - 1].text) || onUnitRow(hs[hs.length - 1])) ? hs.pop() : undefined;
  const last = hs[hs.length - 1];
  const role = classifyLabel(last.text)?.role;
  if (role && SERIES_ROLES.has(role)) {
    // Above the measure: the name, and perhaps a unit line between them (相談件数 / 件 / 目標).
    const above = hs.slice(0, -1).reverse();
    // A short word wholly in brackets under the name (「（言語）」) is its unit, not the name (unitHeading.ts).
    const unit = under ?? above.find((h, i) => isUnit(h.text) || onUnitRow(h) || (bracketedUnitWord(h.text) && i < above.length - 1));
    // A label above (単位 of a 単位 | 人 line over the block) is not the name: it is further up, or to the left.
    // Nor is a direction statement beside the unit (単位 | 人 | ↑増加を目指す): it is the block's direction (blockLabels).
    let name =
      above.find((h) => h !== unit && !isUnit(h.text) && !onUnitRow(h) && !classifyLabel(h.text) && !directionStatement(h.text) && !labelValue(grid, h.cell)) ??
      null;
    // A name written once over its measures, without a merge: the nearest heading to the left on its row.
    for (let c = col - 1; !name && band.length > 1 && c >= start && c >= col - 4; c--) {
      const h = heading(grid, band[0], c);
      name = h && labelValue(grid, h.cell) ? null : h;
    }
    if (!name || classifyLabel(name.text)) return null;
    const m: MeasureColumn = { col, role, name: name.text, nameCell: name.cell };
    if (unit) m.unit = { text: unit.text, cell: unit.cell };
    const way = [below, ...above].find((h) => h && (h === below || onDirectionRow(h)) && parseDirection(h.text) && withinName(grid, h.cell, name!.cell));
    if (way) m.way = { value: parseDirection(way.text)!, text: way.text, cell: way.cell };
    return m;
  }
  const split = splitMeasure(last.text);
  return split ? { col, role: split.role, name: split.rest, nameCell: last.cell } : null;
}

/**
 * A value written right of its label on a label | value line over a block (方向性 | 増やす | 単位 | ％): never an
 * indicator's name. A value beside a name label (成果指標 | 観光入込客数) is one.
 */
function labelValue(grid: Grid, cell: string): boolean {
  const at = parseA1(cell);
  if (!at) return false;
  const { row, col } = at;
  const left = col > grid.left ? grid.anchor(row, col - 1) : null;
  const role = left ? classifyLabel(grid.text(left.row, left.col))?.role : undefined;
  return !!role && role !== 'name' && role !== 'id';
}

/** The last column of a period column's table: before another period column on the same rows (blocks tiled across). */
function blockEnd(grid: Grid, index: CellIndex, pc: PeriodColumn): number {
  const first = pc.rows[0].row;
  const next = index.row(first).find((c) => c.col > pc.col && tiledYears(index, pc.rows, c.col));
  return next ? next.col - 1 : grid.right;
}

/** The first column of a period column's table: its own when another table stands left of it on the same rows, else the sheet's edge. */
function blockStart(grid: Grid, index: CellIndex, pc: PeriodColumn): number {
  const first = pc.rows[0].row;
  const tiled = index.row(first).some((c) => c.col < pc.col && tiledYears(index, pc.rows, c.col));
  return tiled ? pc.col : grid.left;
}

/** The header rows right above a period column's first row, with headings over the table's own columns: one to three rows. */
function headerBand(grid: Grid, index: CellIndex, pc: PeriodColumn): number[] {
  const first = pc.rows[0].row;
  const end = blockEnd(grid, index, pc);
  const band: number[] = [];
  // A unit note or a caption over the last column alone (「西浦市商工観光課」: yearRowsCaptionLine.ts) heads no column.
  const heads = (r: number) =>
    index.row(r).some((c) => c.col > pc.col && c.col <= end && !c.period) && !onlyUnitNote(index, r, pc.col, end) && !isCaptionLine(index, r, pc.col, end);
  for (let r = first - 1; r >= first - 3 && heads(r); r--) band.unshift(r);
  // 指標 | names over 単位 / 集計期間 / 目指す方向 lines labelled in the period column: the header reaches the names (yearRowsHeadLines.ts).
  return band.length ? [...headLinesAbove(grid, pc.col, band[0]), ...band] : band;
}

/**
 * The period column's own heading is blank or a word such as 年度 / 年 / 期間, never a measure:
 * a column of figures that happen to read as years (2020, 2050, 2100) is not a period column. An
 * indicator's label over it (成果指標1 | name, a block whose years are rows) is a heading too.
 */
function periodHeading(grid: Grid, index: CellIndex, pc: PeriodColumn): boolean {
  // 実績値 | 時点: each row's as-of date, right of the actual it dates (rowDateColumns.ts).
  if (isRowDateColumn(grid, headerBand(grid, index, pc), pc.col, blockStart(grid, index, pc))) return false;
  for (const r of headerBand(grid, index, pc)) {
    const t = grid.text(r, pc.col);
    if (t && labelValue(grid, a1(r, pc.col + 1)) && grid.text(r, pc.col + 1) && !classifyLabel(grid.text(r, pc.col + 1))) continue; // 方向性 | 増やす
    if (t && namesMeasureYear(t)) return false; // 基準年度 over each row's baseline year (measureYearHeading.ts)
    const role = t ? classifyLabel(t)?.role : undefined;
    if (t && ((role && role !== 'name' && role !== 'id' && role !== 'unit') || splitMeasure(t))) return false;
  }
  return true;
}

/**
 * A block of one indicator whose years are rows (成果指標1 | name | 単位 | 人 over 年度 | 目標値 |
 * 実績値): the 単位 label's value and the 成果指標① label's number in the header band are its own.
 */
function blockLabels(grid: Grid, index: CellIndex, pc: PeriodColumn, ind: RawIndicator): void {
  const end = blockEnd(grid, index, pc);
  for (const r of headerBand(grid, index, pc))
    for (const c of index.row(r)) {
      if (c.col < pc.col || c.col > end) continue;
      if (c.col === pc.col && c.label?.role === 'name' && c.label.id && !ind.id) ind.id = c.label.id;
      const stated = !c.label && !c.period && !ind.statedDirection ? directionStatement(c.text) : null;
      if (stated) ind.statedDirection = { value: stated, cell: a1(r, c.col), text: c.text };
      // A way written as the value of a 方向性 label on the block's label | value line (方向性 | 減らす).
      const way = !ind.statedDirection && (c.label?.role === 'direction' || c.label?.role === 'futureDirection') ? grid.text(r, c.col + 1) : '';
      if (way && parseDirection(way)) ind.statedDirection = { value: parseDirection(way)!, cell: a1(r, c.col + 1), text: way };
      // 「■指標1 | name | 単位：人 | 評価 | B」: a unit line in one cell on the block's title row (values/unitLine.ts).
      const unitText = !c.label && !c.period && !ind.unitCell ? unitOfLine(c.text) : null;
      if (unitText && !/[、，,・]/.test(unitText)) [ind.unit, ind.unitCell] = [writtenUnit(unitText), a1(r, c.col)]; // 「人、％」: several, none (rv54)
      if (c.label?.role !== 'unit' || ind.unitCell) continue;
      const v = valueRightOf(grid, r, c.col, 3, end);
      const at = v && index.at(v.row, v.col);
      if (v && at && !at.label && !at.period && v.text.length <= 12) [ind.unit, ind.unitCell] = [writtenUnit(v.text), a1(v.row, v.col)];
    }
}

/**
 * The department's grade of a one-indicator block, on its title line above the measures (■指標1 | name | 単位：人 | 評価 | B),
 * else on a 評価 line right under its last year (評価 | A): the cell right of the label, within the block's own columns
 * (blocks tiled across each have theirs). A block graded on its title line takes nothing under its years: a 評価 there is
 * the next block's title line (blocks stacked down, one blank row apart); nor does a block with none: under the years, a
 * 評価 with a text left of it in the block's columns and a row of headings right under it is on the next block's title line.
 */
function blockGrade(grid: Grid, index: CellIndex, pc: PeriodColumn, ind: RawIndicator): void {
  const end = blockEnd(grid, index, pc);
  const band = headerBand(grid, index, pc);
  const last = pc.rows[pc.rows.length - 1].row;
  const lines = [...band.slice(0, -1), last + 1, last + 2].filter((r) => r <= grid.bottom);
  for (const r of lines) {
    if (ind.gradeCell) return;
    const label = index.row(r).find((c) => c.col >= pc.col && c.col < end && c.label?.role === 'grade');
    if (!label) continue;
    const a = grid.anchor(r, label.right + 1);
    const at = index.at(a.row, a.col);
    // On the title line, the grade is a mark or blank beside its label, never another label or a period, and the label
    // is no column heading merged down onto the measures' row (評価 over each year's grade: gradeColumnByYear).
    const down = grid.merge(r, label.col)?.bottom ?? r;
    if (r < pc.rows[0].row && (a.col > end || at?.label || at?.period || down >= band[band.length - 1])) continue;
    // Under the years, a text left of the label with a header right under it (年度 | 目標値 | 実績値) is the next block's title line
    // (「■指標3 再相談率（％） | 評価 | C」); with none under it, a line such as 「令和6年度 | 評価 | C」 is this block's (review rv42).
    if (r > last && index.row(r).some((c) => c.text && c.col >= pc.col && c.col < label.col) && index.row(r + 1).filter((c) => c.label).length >= 2) continue;
    ind.gradeCell = { row: a.row, col: a.col, cell: a1(a.row, a.col), raw: grid.raw(a.row, a.col) };
  }
}

function readTable(grid: Grid, index: CellIndex, pc: PeriodColumn): RawIndicator[] {
  const band = headerBand(grid, index, pc);
  if (!band.length) return [];
  const byName = new Map<string, RawIndicator>();
  const cols: number[] = [];
  for (let col = pc.col + 1; col <= blockEnd(grid, index, pc); col++) cols.push(col);
  const block = { from: blockStart(grid, index, pc), to: blockEnd(grid, index, pc) };
  const unitRows = unitLineRows(grid, band, cols);
  let measures = cols.map((col) => measureColumn(grid, band, col, block.from, pc.col, unitRows)).filter((m): m is MeasureColumn => !!m);
  measures = quantityHeaded(grid, index, band, cols, block, measures); // 受診率（％） beside 目標受診率（％）: its actual, a caption naming it the name (yearRowsQuantity.ts)
  // Names alone over the columns, a target row at the foot (目標値（令和７年度） | 40 | 25): each column one indicator (namedYearColumns.ts).
  const named = measures.length ? null : namedYearColumns(grid, index, band, cols, pc);
  if (named) measures = named.columns;
  const title = measures.length ? null : blockTitle(grid, index, band[0], block);
  if (title) measures = titledMeasures(grid, band[band.length - 1], cols, title);
  // An indicator's 実績（累計） column beside its 実績 column is derived: never the year's actual (cumulativeTwins.ts).
  const last = band[band.length - 1];
  const twins = cumulativeTwins(
    measures,
    (m) => `${cleanName(m.name).name}|${m.role}`,
    (m) => grid.fullText(last, m.col).replace(m.name, ''),
  );
  for (const m of measures) {
    if (twins.has(m)) continue;
    const col = m.col;
    const clean = cleanName(m.name);
    if (!clean.name || isNotAName(clean.name)) continue;
    const key = clean.name.replace(/\s+/g, '');
    let ind = byName.get(key);
    if (!ind) {
      ind = newIndicator(grid, clean, m, band[0]);
      byName.set(key, ind);
    }
    for (const { row, period, text } of pc.rows) {
      const p = point(grid, row, col, period);
      if (m.role === 'actual')
        ind.actuals.push(markedProvisional(p, [text])); // 「令和5年度（速報値）」: that year's figures are early
      else if (m.role === 'baseline') {
        if (p.parsed.status !== 'missing') ind.baselines.push(p);
      } else ind.targets.push(withKind(p, m.role === 'expected' ? 'expected' : 'target'));
    }
  }
  const namedOf = (m: MeasureColumn) => byName.get(cleanName(m.name).name.replace(/\s+/g, ''));
  if (named) addFootTargets(grid, named.foot, named.columns, namedOf);
  else addTargetYearRow(grid, index, pc, measures, namedOf); // 「R7（目標値）」 under the years: the plan's target line (yearRowsTargetYear.ts)
  if (named) addColumnDirections(named.columns, namedOf);
  // A 当初目標 column beside a 修正目標 column filled in the same year: the revised target counts (revisedTargets.ts).
  for (const ind of byName.values()) withoutSupersededTargetsLabelled(ind, (t) => band.map((r) => grid.text(r, t.col)).join(' '));
  if (captionedReference(grid, band[0], block)) return []; // 「参考指標（施策の評価には用いない）」 over its name: watched, never graded
  const found = [...byName.values()].filter((i) => i.actuals.length > 0);
  if (found.length === 1) blockLabels(grid, index, pc, found[0]);
  if (found.length === 1) unitFromLines(metaLinesAbove(grid, index, band[0], 6, block), found[0]);
  if (found.length === 1) blockGrade(grid, index, pc, found[0]);
  if (found.length === 1) gradeColumnByYear(grid, last, cols, pc, found[0]);
  if (found.length > 1) gradeColumnsUnderNames(grid, band, cols, pc.rows, found);
  // 「令和5年度評価 | B | C | A」 under the last year: each indicator's mark under its own columns (yearRowsGradeLine.ts).
  if (found.length > 1) gradeLineUnderYears(grid, index, pc.col, pc.rows[pc.rows.length - 1].row, found);
  if (found.length === 1) unitFromMeasureHeadings(grid, last, measures, found[0]);
  if (found.length === 1) unitFromUnitColumn(grid, last, cols, pc.rows, found[0]); // 年度 | 目標値 | 実績値 | 単位 (yearRowsUnitColumn.ts)
  unitFromNoteAbove(grid, index, band[0], block, found); // 「（単位：％）」 on a line of its own above the header
  if (title?.id) for (const ind of found) ind.id ??= title.id; // the number before the title: the id
  if (title?.aim && found.length === 1) found[0].statedDirection ??= title.aim; // 「指標②-1 | 名 | （減少を目指す）」 (yearRowsTitle.ts)
  // A 目標値（令和5年度） | 12,000人 line above the block (an indicator card): its target, the actuals converted to its unit.
  if (found.length === 1) targetFromLines(grid, metaLinesAbove(grid, index, last, 6, block), found[0]);
  // A title with neither a number nor a unit may be a heading rather than the indicator's name: a guess.
  for (const ind of title && !title.labelled && !titleIsSure(title.text) ? found : [])
    ind.guesses = [{ reason: 'name-from-description', cells: [title!.cell] }];
  return found;
}

/** Whether a line just above the block's header, within its columns, captions it as reference figures. */
function captionedReference(grid: Grid, top: number, block: { from: number; to: number }): boolean {
  for (let r = top - 1; r >= Math.max(grid.top, top - 2); r--)
    for (let c = block.from; c <= block.to; c++) if (isReferenceCaption(grid.text(r, c))) return true;
  return false;
}

/**
 * A one-indicator block with a 評価 column beside its measures (年度 | 目標値 | 実績値 | 評価): each year's row holds
 * that year's grade; the evaluation period picks among them (`guesses.ts`), a guess naming them when none is its own.
 */
function gradeColumnByYear(grid: Grid, headerRow: number, cols: number[], pc: PeriodColumn, ind: RawIndicator): void {
  if (ind.gradeCell || ind.gradeCells) return;
  const col = cols.find((c) => classifyLabel(grid.text(headerRow, c))?.role === 'grade');
  if (col !== undefined) gradeCellsByYear(grid, col, pc.rows, ind);
}

/** A table headed by its quantity alone: the target's twin as the actual, the caption naming the quantity as the name. */
function quantityHeaded(
  grid: Grid,
  index: CellIndex,
  band: number[],
  cols: number[],
  block: { from: number; to: number },
  measures: MeasureColumn[],
): MeasureColumn[] {
  const last = band[band.length - 1];
  const twins = twinActualColumns(grid, last, cols, measures);
  if (!twins.length) return measures;
  const all = [...measures, ...twins].sort((a, b) => a.col - b.col);
  const caption = quantityCaption(grid, index, last, block, all);
  return caption ? all.map((m) => ({ ...m, name: caption.text, nameCell: caption.cell })) : all;
}

/** The measure headings of a titled block's header row, each of the title's indicator. */
function titledMeasures(grid: Grid, row: number, cols: number[], title: { text: string; cell: string }): MeasureColumn[] {
  const out: MeasureColumn[] = [];
  for (const col of cols) {
    const role = classifyLabel(grid.text(row, col))?.role;
    if (role && SERIES_ROLES.has(role)) out.push({ col, role, name: title.text, nameCell: title.cell });
  }
  return out;
}

function newIndicator(grid: Grid, clean: ReturnType<typeof cleanName>, m: MeasureColumn, row: number): RawIndicator {
  const ind = namedIndicator(grid.name, 'year-rows', clean, row, m.nameCell, m.name); // its ※ aim line too (nameAimLines.ts)
  if (m.unit) [ind.unit, ind.unitCell] = [writtenUnit(unitOfLine(m.unit.text) ?? m.unit.text.replace(/[\s()（）]/g, '')), m.unit.cell];
  if (m.way) ind.statedDirection = { ...m.way };
  return ind;
}

/** `claimed`: the rows earlier readers took (a set or a list). */
export function detectYearRows(grid: Grid, index: CellIndex, claimed: Iterable<number>): { indicators: RawIndicator[]; consumedRows: Set<number> } {
  const consumed = new Set(claimed);
  const indicators: RawIndicator[] = [];
  const consumedRows = new Set<number>();
  // The last column each row's tables take: blocks tiled across share rows, not columns.
  const claimedTo = new Map<number, number>();
  for (const pc of periodColumns(index).sort((a, b) => a.col - b.col)) {
    if (pc.rows.some((r) => consumed.has(r.row) || (claimedTo.get(r.row) ?? 0) >= pc.col)) continue;
    // 区分 | 単位 | 目標値（R6） | 目標の考え方 labelled over the years, one indicator a column (headTargetRows.ts).
    const headed = readHeadTargetRows(grid, index, pc);
    if (headed) {
      indicators.push(...headed.indicators);
      for (const r of headed.rows) {
        consumedRows.add(r);
        claimedTo.set(r, grid.right);
      }
      continue;
    }
    if (!periodHeading(grid, index, pc)) continue;
    const found = readTable(grid, index, pc);
    if (!found.length) continue;
    const end = blockEnd(grid, index, pc);
    indicators.push(...unitFromNoteOverYears(grid, index, headerBand(grid, index, pc), pc.col, end, found));
    const gradeRows = found.flatMap((i) => (i.gradeCell ? [i.gradeCell.row] : []));
    for (const r of [...headerBand(grid, index, pc), ...pc.rows.map((x) => x.row), ...gradeRows]) {
      consumedRows.add(r);
      claimedTo.set(r, Math.max(claimedTo.get(r) ?? 0, end));
    }
  }
  return { indicators, consumedRows };
}
