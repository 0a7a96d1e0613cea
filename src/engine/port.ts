/**
 * The port the engine reads through, and the plain snapshot it expects.
 *
 * Adapters (exceljs for files, the Excel JavaScript API inside Excel) fold their host's value shapes into
 * these plain values, exactly as the Excel JavaScript API `range.values` gives them: numbers, strings,
 * booleans; errors as their text ("#DIV/0!"); dates as serial numbers; empty cells as "" or null.
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
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

/** What an adapter must supply to the engine. */
export interface WorkbookPort {
  /** Reads every sheet's name, state and used range. */
  read(): Promise<WorkbookSnapshot>;
}
