/**
 * In a record export (施策名 | 事業名 | 指標名 | 区分 | R03 …, every name repeated on each row) several columns are headed as
 * names: the indicator is named by the finest one — a heading that says 指標 first, then 事業 (a project) over 施策 / 政策
 * (a policy), then any other; the coarser name columns are its groups, never indicators of their own.
 */
import type { IndexedCell } from './cells';

/** How fine a name heading is: 指標 3, 事業 2, any other name 1, 施策 / 政策 / 基本目標 0. */
function fineness(heading: string): number {
  const t = heading.normalize('NFKC').replace(/\s+/g, '');
  if (/指標/.test(t)) return 3;
  if (/事業|事務/.test(t)) return 2;
  if (/施策|政策|基本目標|分野/.test(t)) return 0;
  return 1;
}

/** The column of the finest of the header cells labelled as names (the first of the finest), or undefined when none is. */
export function finestNameColumn(headerCells: IndexedCell[]): number | undefined {
  let best: IndexedCell | undefined;
  for (const c of headerCells) if (c.label?.role === 'name' && (!best || fineness(c.text) > fineness(best.text))) best = c;
  return best?.col;
}
