/**
 * The rows and columns hidden on each sheet (SheetSnapshot.hiddenRows / hiddenColumns), read without a
 * sync of their own: the used range's rowHidden / columnHidden (ExcelApi 1.2) come with it in sync (2),
 * true when all its rows are hidden, false when none is, null when some are; only a sheet with some
 * hidden asks for each row's or column's (getRowProperties / getColumnProperties, ExcelApi 1.9), queued
 * with sync (2) over each sheet's window (read.ts), and for a sheet larger than its window with the
 * first sync of its cells. A used range taller (or wider) than LINES_MAX with some lines
 * hidden is not asked: its snapshot says nothing hidden (the engine cannot tell, as with a file reader
 * that does not read them).
 */
import type { SheetSnapshot } from '../../engine/model/port';

export const LINES_MAX = 20_000;

interface Pending {
  snap: SheetSnapshot;
  range: Excel.Range;
  rows: boolean;
  columns: boolean;
  rowProps?: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  columnProps?: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
}

/** What is still to read, queued with a sync of the cells until one succeeds. */
export interface HiddenLinesRead {
  /** Whether some sheet has lines to read one by one (a sync of their own when no cells are left to read). */
  readonly needed: boolean;
  /** Queues the per-line reads (again, after a sync refused as too large). */
  queue(): void;
  /** After the sync: the hidden lines into the snapshots. */
  store(): void;
}

const lines = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

/** Each row's and each column's hidden flag over a sheet's window, read with sync (2) (read.ts). */
export interface WindowLines {
  rows: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  columns: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
}

/** The hidden lines among a window's, from `from` for `count` lines (1-based). */
function hiddenIn(props: { hidden: boolean | undefined; index: number | undefined }[], from: number, count: number): number[] {
  return props.filter((p) => p.hidden && p.index! + 1 >= from && p.index! + 1 < from + count).map((p) => p.index! + 1);
}

/**
 * From used ranges loaded with rowHidden and columnHidden: the lines all hidden now; the mixed ones
 * from the window's lines when the window held the sheet (`read`), else to read.
 */
export function hiddenLines(used: { range: Excel.Range; lines?: WindowLines | null; read?: boolean }[], snaps: SheetSnapshot[]): HiddenLinesRead {
  const pending: Pending[] = [];
  used.forEach(({ range, lines: window, read }, i) => {
    if (range.isNullObject) return;
    const snap = snaps[i];
    if (range.rowHidden === true && range.rowCount <= LINES_MAX) snap.hiddenRows = lines(snap.top, range.rowCount);
    if (range.columnHidden === true && range.columnCount <= LINES_MAX) snap.hiddenColumns = lines(snap.left, range.columnCount);
    let rows = range.rowHidden === null && range.rowCount <= LINES_MAX;
    let columns = range.columnHidden === null && range.columnCount <= LINES_MAX;
    if (window && read && rows) {
      const hidden = hiddenIn(
        window.rows.value.map((r) => ({ hidden: r.rowHidden, index: r.rowIndex })),
        snap.top,
        range.rowCount,
      );
      if (hidden.length) snap.hiddenRows = hidden;
      rows = false;
    }
    if (window && read && columns) {
      const hidden = hiddenIn(
        window.columns.value.map((c) => ({ hidden: c.columnHidden, index: c.columnIndex })),
        snap.left,
        range.columnCount,
      );
      if (hidden.length) snap.hiddenColumns = hidden;
      columns = false;
    }
    if (rows || columns) pending.push({ snap, range, rows, columns });
  });
  return {
    get needed() {
      return pending.length > 0;
    },
    queue() {
      for (const p of pending) {
        if (p.rows) p.rowProps = p.range.getRowProperties({ rowHidden: true, rowIndex: true });
        if (p.columns) p.columnProps = p.range.getColumnProperties({ columnHidden: true, columnIndex: true });
      }
    },
    store() {
      for (const p of pending) {
        const rows = (p.rowProps?.value ?? []).filter((r) => r.rowHidden).map((r) => r.rowIndex! + 1);
        const columns = (p.columnProps?.value ?? []).filter((c) => c.columnHidden).map((c) => c.columnIndex! + 1);
        if (rows.length) p.snap.hiddenRows = rows;
        if (columns.length) p.snap.hiddenColumns = columns;
      }
      pending.length = 0;
    },
  };
}
