/**
 * A table's header row on a sheet's first line (a system's export: 施策コード | 指標名 | 単位 | R05_目標値 | R05_実績値 …, no
 * title above it) is no title line: its longest heading is no title and the year of its first period column no title year.
 * A header row has at least three headings the reader knows (name, unit, measures) making up half its texts at least; a
 * title line beside a heading or two (「令和5年度評価 | 目標」) stays a title line.
 */
import type { IndexedCell } from './cells';

const MIN_HEADINGS = 3;

export function isHeaderRowLine(cells: IndexedCell[]): boolean {
  const texts = cells.filter((c) => c.text.trim());
  const headings = texts.filter((c) => c.label !== null && c.label.role !== 'note');
  return headings.length >= MIN_HEADINGS && headings.length * 2 >= texts.length;
}
