/**
 * A table whose groups are rows of its own: each 施策 a section row (its number and title, no figure)
 * with the group's grade in a rating column headed 施策評価 / 達成状況評価 beside the indicators' columns,
 * its indicators in the rows under it. The evidence is the rating column itself: filled, or left
 * to fill, only on rows without figures, while every row with figures leaves it empty.
 * Each section row rates the indicator rows under it, down to the next section row.
 */
import { a1 } from '../model/address';
import { parseGrade } from '../values/values';
import { normalizeText, oneLine } from '../values/text';
import type { CellIndex, IndexedCell } from './cells';
import type { Grid } from './grid';
import type { RawIndicator, SheetMeta, SideGroupGrade } from './types';

/** A header row: the rating label beside at least three other headings. */
function inHeaderRow(index: CellIndex, label: IndexedCell): boolean {
  return index.row(label.row).filter((c) => c !== label && (c.label || c.period)).length >= 3;
}

/** Whether a row left of the rating column holds a figure (a number, or a text that is one: 「12.5」). */
function hasFigure(grid: Grid, index: CellIndex, row: number, before: number): boolean {
  for (let c = grid.left; c < before; c++) {
    const v = grid.raw(row, c);
    if (typeof v === 'number') return true;
  }
  return index.row(row).some((c) => c.col < before && /^[\d,.\s%]+$/.test(normalizeText(c.text).trim()) && c.text.trim() !== '');
}

interface Section {
  row: number;
  name: string;
}

/** The rows under the header down to the table's end (five empty rows, or the sheet's end). */
function tableRows(grid: Grid, index: CellIndex, from: number): number[] {
  const rows: number[] = [];
  for (let r = from, blanks = 0; r <= grid.bottom && blanks < 5; r++) {
    if (!index.rows.has(r)) {
      blanks++;
      continue;
    }
    blanks = 0;
    rows.push(r);
  }
  return rows;
}

/** The section rows of the table under `label`'s header, or null when its rating column is not a section rating. */
function sectionsUnder(grid: Grid, index: CellIndex, label: IndexedCell, scale: { grade: string; label: string }[]): Section[] | null {
  const col = label.col;
  const sections: Section[] = [];
  let figuresSince = true;
  for (const r of tableRows(grid, index, (grid.merge(label.row, col)?.bottom ?? label.row) + 1)) {
    const texts = index.row(r).filter((c) => c.col < col && c.text.trim() !== '');
    const rating = grid.raw(r, col);
    if (hasFigure(grid, index, r, col)) {
      // A row with figures leaves the group's rating column empty.
      if (rating !== null && rating !== '') return null;
      figuresSince = true;
      continue;
    }
    if (!texts.length) continue;
    // A note under the table (「※達成率＝…」) ends it.
    if (/^[※*＊]|^[(（]?注[)）]?/.test(texts[0].text.trim())) break;
    if (rating !== null && rating !== '' && !parseGrade(rating, scale)?.grade) return null;
    if (!figuresSince) return null; // two section rows with no indicator between them: no sections
    const name = texts.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    sections.push({ row: r, name: oneLine(name.text) });
    figuresSince = false;
  }
  // A last 'section' with no figures under it is a line under the table, not a group.
  if (!figuresSince) sections.pop();
  return sections.length >= 2 ? sections : null;
}

/** The rating cells of section rows: one per section, owning the rows under it (empty when the sheet has none). */
export function sectionRatings(grid: Grid, index: CellIndex, ratingLabels: IndexedCell[], scale: { grade: string; label: string }[]): SideGroupGrade[] {
  for (const label of ratingLabels) {
    if (!inHeaderRow(index, label)) continue;
    const sections = sectionsUnder(grid, index, label, scale);
    if (!sections) continue;
    return sections.map((s, i) => ({
      labelCell: a1(label.row, label.col),
      cell: a1(s.row, label.col),
      row: s.row,
      col: label.col,
      raw: grid.raw(s.row, label.col),
      previousGrade: null,
      left: grid.left,
      right: grid.right,
      top: s.row,
      bottom: i === sections.length - 1 ? grid.bottom : sections[i + 1].row - 1,
      name: s.name,
      kind: 'measure',
      section: true,
    }));
  }
  return [];
}

/** The indicators without the section rows read as ones (a number and a title, no figure): a section row is its group's. */
export function withoutSectionRows(meta: SheetMeta, indicators: RawIndicator[]): RawIndicator[] {
  const rows = new Set((meta.groupGrades ?? []).filter((g) => g.section).map((g) => g.row));
  if (!rows.size) return indicators;
  const figureless = (i: RawIndicator) => [...i.targets, ...i.actuals, ...i.baselines].every((p) => p.parsed.status === 'missing');
  return indicators.filter((i) => !(rows.has(i.row) && figureless(i)));
}
