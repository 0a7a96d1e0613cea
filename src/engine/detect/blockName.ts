/**
 * A period block's indicator name: a name column, a 指標① label above the period row (its value right of it or under it,
 * with a 指標の説明 line), or the nearest text above the period row (a guess the reader reports, unless a numbered caption).
 */
import { a1 } from '../model/address';
import type { Label, Role } from '../values/labels';
import type { CellIndex, IndexedCell } from './cells';
import { valueRightOf } from './common';
import { isNotAName, numberLabel } from './names';
import { unitOfLine } from '../values/unitLine';
import type { BlockContext, SeriesGroup } from './blockTypes';
import { captionsBlock } from './numberedCaption';
import { isUnitLineValue } from './unitLineValue';

export interface NameFacts {
  text: string;
  cell: string;
  id: string | null;
  description?: { text: string; cell: string };
  fromHeading?: boolean;
}

export function labelled(index: CellIndex, row: number, left: number, right: number, role: Role): IndexedCell | null {
  for (const cell of index.row(row)) if (cell.col >= left && cell.col <= right && cell.label?.role === role) return cell;
  return null;
}

/**
 * A policy block's 指標① label and name above the period row, with its 指標の説明 on that row or the next ones. The label
 * stands in the block's columns, never right of its last period: a 事業名 heading there heads another table beside it.
 */
function blockName(ctx: BlockContext, fallbackCell: string): NameFacts | null {
  const { grid, index, seg } = ctx;
  const { run } = seg;
  const found = nameLabelAbove(ctx, Math.min(seg.right, run.end)) ?? nameLabelAbove(ctx, seg.right, true);
  if (found) {
    const [r, nameLabel] = [found.row, found];
    const out: NameFacts = { text: '', cell: fallbackCell, id: nameLabel.label?.id ?? null };
    let v = valueRightOf(grid, r, nameLabel.col, 6, seg.right) ?? nameUnderLabel(ctx, nameLabel);
    // 「成果指標① | 指標名 | 待機児童数」: the numbered label heads the line, its 指標名 label names the cell after it.
    if (v && index.at(v.row, v.col)?.label?.role === 'name') v = valueRightOf(grid, v.row, v.col, 6, seg.right);
    // 「指標 | ① | 女性管理職比率」: a cell holding only the block's number is its id, the name the text after it.
    const n = v && out.id === null ? numberLabel(grid.fullText(v.row, v.col)) : null;
    if (v && n !== null) [out.id, v] = [n, valueRightOf(grid, v.row, v.col, 6, seg.right)];
    if (v && namesHere(index.at(v.row, v.col)?.label, grid.fullText(v.row, v.col))) [out.text, out.cell] = [grid.fullText(v.row, v.col), a1(v.row, v.col)];
    for (let d = r; d < run.row && !out.description; d++) {
      const desc = labelled(index, d, seg.left, seg.right, 'description');
      const dv = desc && valueRightOf(grid, d, desc.col, 6, seg.right);
      if (dv) out.description = { text: dv.text, cell: a1(dv.row, dv.col) };
    }
    return out;
  }
  return null;
}

/**
 * Whether the cell after a 指標① label holds the block's name: no label, or one read as a derived heading that is a measure's
 * whole (「市公式SNSフォロワー数（合計）」: the measure over all its accounts, names.ts isNotAName), never a bare 合計.
 */
function namesHere(label: Label | null | undefined, text: string): boolean {
  return !label || (label.role === 'derived' && !isNotAName(text));
}

/** Year or budget headings (R5決算, 予算額): a table's header line, not a block's name line. */
const TABLE_HEADING = /(決算|予算)/;

/**
 * The block's 指標名 label above its period row, in its columns up to `right`. `beside`: a label right of the years, refused
 * where its line carries year or 決算 / 予算 headings right of it (the 事業名 | R4決算 | R5決算 header of a table beside).
 */
function nameLabelAbove(ctx: BlockContext, right: number, beside = false): IndexedCell | null {
  const { grid, index, seg, axisRows } = ctx;
  for (let r = seg.run.row - 1; r >= Math.max(grid.top, seg.run.row - 6); r--) {
    if (axisRows.has(r)) break;
    const label = labelled(index, r, seg.left, right, 'name');
    // 「単位 | 事業」: the unit of a block counting projects, never its 指標名 heading (unitLineValue.ts).
    if (!label || isUnitLineValue(index, label)) continue;
    if (!beside) return label;
    for (let c = label.col + 1; c <= seg.right; c++) {
      const cell = index.at(r, c);
      if (cell && (cell.period || TABLE_HEADING.test(cell.text ?? ''))) return null;
    }
    return label;
  }
  return null;
}

/**
 * A 指標① label with nothing right of it heads its name: the first text under it, in its column, above the period row
 * (「成果指標１」 over a merged name line over 「単位：％」). A label, a period or a unit line there is no name.
 */
function nameUnderLabel(ctx: BlockContext, label: IndexedCell): { row: number; col: number; text: string } | null {
  const { grid, index, seg } = ctx;
  for (let r = (grid.merge(label.row, label.col)?.bottom ?? label.row) + 1; r < seg.run.row; r++) {
    const c = index.at(r, label.col);
    if (c?.text && !c.label && !c.period && !c.meta && !unitOfLine(c.text)) return { row: r, col: label.col, text: c.text };
  }
  return null;
}

/**
 * No 指標 label: the nearest text above the period row, at the block's left, never a unit line (a guess the reader reports).
 * A cell holding only the block's number (No.1, ①) is no name: the text right of it on its line is, numbered by it and no guess.
 */
function nearestHeading(ctx: BlockContext): NameFacts | null {
  const { grid, index, seg } = ctx;
  for (let r = seg.run.row - 1; r >= Math.max(grid.top, seg.run.row - 3); r--) {
    let id: string | null = null;
    for (const c of index.row(r)) {
      if (c.col >= seg.left && c.col <= seg.run.end && c.text && !c.label && !c.period && !c.meta && !unitOfLine(c.text)) {
        const n: string | null = id === null ? numberLabel(grid.fullText(c.row, c.col)) : null;
        if (n !== null) {
          id = n;
          continue;
        }
        const text = grid.fullText(c.row, c.col);
        // 「(1) 居宅介護」 right above a block of one indicator: its numbered caption, its name with no guess (numberedCaption.ts).
        const captioned = id === null && captionsBlock(text, r, seg.run.row, ctx.groups ?? 0, (k) => textInBlock(ctx, k), namedOnPeriodRow(ctx));
        return { text, cell: a1(c.row, c.col), id, ...(id === null && !captioned ? { fromHeading: true } : {}) };
      }
    }
  }
  return null;
}

/** Whether the period row holds, left of its periods, a text that is no label (「特定健康診査の受診率 | 単位 | 令和3年度」). */
function namedOnPeriodRow(ctx: BlockContext): boolean {
  return ctx.index
    .row(ctx.seg.run.row)
    .some((c) => c.col >= ctx.seg.left && c.col < ctx.seg.run.start && c.text.trim() !== '' && !c.label && !c.meta && !c.period);
}

/** Whether line `r` holds a text in the block's columns. */
function textInBlock(ctx: BlockContext, r: number): boolean {
  return ctx.index.row(r).some((c) => c.col >= ctx.seg.left && c.col <= ctx.seg.right && c.text.trim() !== '');
}

export function groupName(ctx: BlockContext, g: SeriesGroup, gi: number): NameFacts {
  const { grid } = ctx;
  const fallback: NameFacts = { text: '', cell: a1(g.series[0].row, ctx.labelCol), id: null };
  if (ctx.nameCol !== undefined) {
    if (g.nameRow === undefined) return fallback;
    const a = grid.anchor(g.nameRow, ctx.nameCol);
    const more = g.continuedRow === undefined ? '' : `\n${grid.fullText(g.continuedRow, ctx.nameCol)}`; // written on below
    return { text: grid.fullText(a.row, a.col) + more, cell: a1(a.row, a.col), id: null };
  }
  // A pivot table's row item over its group's 目標値 / 実績値 lines, in their column (outlineItemNames.ts).
  const item = ctx.outlineNames?.[gi];
  if (item) return { text: grid.fullText(item.row, item.col), cell: a1(item.row, item.col), id: null };
  if (gi !== 0) return fallback;
  const named = blockName(ctx, fallback.cell);
  if (named?.text) return named;
  const heading = nearestHeading(ctx);
  return heading ? { ...heading, id: named?.id ?? null, description: named?.description } : (named ?? fallback);
}
