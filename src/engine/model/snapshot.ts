/**
 * The plain snapshot of a workbook the engine reads: what every adapter folds its host's value shapes into,
 * exactly as the Excel JavaScript API `range.values` gives them: numbers, strings, booleans; errors as
 * their text ("#DIV/0!"); dates as serial numbers; empty cells as "" or null.
 */
export type CellValue = string | number | boolean | null;

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetSnapshot {
  name: string;
  visibility: SheetVisibility;
  /** True when the sheet is protected: the engine never plans a write into it. */
  protected: boolean;
  /** 1-based row and column of values[0][0] (the top-left of the used range). */
  top: number;
  left: number;
  /** Cell values of the used range, row by row. Rows may be shorter than the range (ragged). */
  values: CellValue[][];
  /** Formulas ("=SUM(A1:A3)") where a cell holds one, else null; same shape as values. Optional. */
  formulas?: (string | null)[][];
  /** Number formats ("0.0%", "@", "General"); same shape as values. Optional. */
  numberFormats?: (string | null)[][];
  /** Merged areas in A1 notation ("A1:C3"). */
  merges: string[];
  /**
   * Of a protected sheet, the cells a person may still edit (their lock removed, as a template's
   * input cells), in A1 notation; the engine writes into these. Absent: every cell is locked.
   */
  unlocked?: string[];
  /** Cell notes (comments) by A1 address ("B5" → "少ないほど良い"), as their text; absent when the sheet has none. Optional. */
  notes?: Record<string, string>;
  /**
   * The notes EvalSheet wrote on its findings' cells (their text starts with 【EvalSheet】, model/cellNotes.ts), kept
   * apart from `notes` so the reader never reads them; by A1 address. Optional.
   */
  evalsheetNotes?: Record<string, string>;
  /**
   * Rows and columns the author hid (Excel's 非表示, a collapsed outline), 1-based sheet numbers in
   * ascending order, within the used range; absent when none is hidden or the adapter cannot tell.
   * The reader never reads an indicator from a hidden row or a value from a hidden column.
   */
  hiddenRows?: number[];
  hiddenColumns?: number[];
  /**
   * Filled cells whose font is struck through (取り消し線: what the author crossed out), by A1 address; absent when none
   * is or the adapter cannot tell. Optional.
   */
  struck?: string[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

/** Whether the engine may write a cell: any cell of an unprotected sheet, an unlocked one of a protected sheet. */
export function writable(sheet: Pick<SheetSnapshot, 'protected' | 'unlocked'>): (cell: string) => boolean {
  if (!sheet.protected) return () => true;
  const open = new Set(sheet.unlocked ?? []);
  return (cell) => open.has(cell);
}
