/**
 * What the fake Excel holds: the sheets and their cells, the syncs it counted, the state of the
 * host around the workbook (requirement sets, selection, event handlers, files handed out, the
 * add-in's settings). Tests and benches read it to see what the add-in did.
 */
import { copySheets, FakeUndoStack } from './undoStack';

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  formula?: string;
  numberFormat?: string;
  font?: Record<string, unknown>;
  fill?: string;
  validation?: string[];
  /** A cell's lock (Format Cells → Protection); locked unless set false. Only matters on a protected sheet. */
  locked?: boolean;
}

export interface FakeSheetData {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  cells: Map<string, FakeCell>;
  merges: string[];
  tables: { name: string; address: string }[];
  charts: { type: string; source: string; series: { name: string; chartType: string }[]; title: string }[];
  conditionalFormats: { address: string; equals: string; fill: string }[];
  frozenRows: number;
  columnWidths: Map<number, number>;
  pageLayout?: Record<string, unknown>;
  /** Rows and columns hidden (1-based): Range.rowHidden / columnHidden, getRowProperties / getColumnProperties. */
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  /** Notes (ExcelApi 1.18) and comments (1.10) by cell: a cell holds one or the other (cellNotes.ts). */
  notes?: Map<string, FakeNote>;
}

/** A cell's note or (threaded) comment, with the text Excel gives as `content` and its author. */
export interface FakeNote {
  kind: 'note' | 'comment';
  content: string;
  author: string;
}

export interface SyncStat {
  requestBytes: number;
  responseBytes: number;
}

/** A workbook Excel.createWorkbook opened (in a new window, unsaved). */
export interface CreatedWorkbook {
  base64: string;
  bytes: Uint8Array;
}

export class FakeWorkbookData {
  sheets: FakeSheetData[] = [];
  syncs: SyncStat[] = [];
  /** Excel on the web's limit on a request or response. */
  maxPayload = 5 * 1024 * 1024;
  /** Simulates a cell in edit mode: the next syncs fail. */
  editing = false;
  /**
   * The highest ExcelApi requirement set this "Excel" supports: 1.<apiMinor>. By default 1.18, a
   * Microsoft 365 without the undo of 1.20 (Excel's undo stack, mergeUndoGroup: set 20 for it); Office 2021 has 1.14, LTSC 2024 1.17, and the add-in refuses below 1.13.
   */
  apiMinor = 18;
  selected: { sheet: string; address: string } | null = null;
  /** Event handlers the add-in registered (onChanged, onAdded, onDeleted). */
  handlers: ((e: unknown) => Promise<void>)[] = [];
  activeSheet: string | null = null;
  /** Workbooks Excel.createWorkbook opened, in order. */
  createdWorkbooks: CreatedWorkbook[] = [];
  /** Files getFileAsync handed out and not yet closed (Office allows two). */
  openFiles = 0;
  /** Files getFileAsync handed out. */
  filesRead = 0;
  /** The CompressedFile requirement set (false: as Excel on iPad, getFileAsync gives no .xlsx). */
  compressedFile = true;
  /** `Office.context.document.settings` as the add-in sees them now (set() changes only these). */
  settings = new Map<string, unknown>();
  /** The settings saved into the workbook (saveAsync): what the add-in sees after the workbook is opened again. */
  savedSettings = new Map<string, unknown>();
  /** Times settings.saveAsync ran. */
  settingsSaves = 0;
  /** Excel's own undo stack (ExcelApi 1.20; undoStack.ts). */
  undoStack = new FakeUndoStack<FakeSheetData>();
  /** The options of each Excel.run that was given some. */
  runOptions: { mergeUndoGroup?: boolean }[] = [];

  /** Ctrl+Z: the last entry of Excel's undo stack taken back; false when the stack is empty. */
  undo(): boolean {
    const entry = this.undoStack.entries.pop();
    if (!entry) return false;
    this.sheets = copySheets(entry.before);
    return true;
  }

  /** The workbook closed and opened again: the settings are what was saved. */
  reopen(): void {
    this.settings = new Map(this.savedSettings);
  }

  addSheet(name: string): FakeSheetData {
    const s: FakeSheetData = {
      name,
      visibility: 'Visible',
      protected: false,
      cells: new Map(),
      merges: [],
      tables: [],
      charts: [],
      conditionalFormats: [],
      frozenRows: 0,
      columnWidths: new Map(),
      hiddenRows: new Set(),
      hiddenColumns: new Set(),
    };
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheetData | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The value of a cell, "" when empty (as Excel gives it). */
  value(sheet: string, address: string): FakeValue {
    return this.sheet(sheet)?.cells.get(address)?.value ?? '';
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    return this.sheet(sheet)?.cells.get(address);
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  get largestPayload(): number {
    return Math.max(0, ...this.syncs.map((s) => Math.max(s.requestBytes, s.responseBytes)));
  }

  isSetSupported(name: string, version?: string): boolean {
    const [major, minor] = (version ?? '1.1').split('.').map(Number);
    // CompressedFile 1.1: getFileAsync as .xlsx bytes (Excel on Windows, Mac and the web; not on iPad).
    if (name === 'CompressedFile') return this.compressedFile && major === 1 && (minor ?? 0) <= 1;
    return name === 'ExcelApi' && major === 1 && (minor ?? 0) <= this.apiMinor;
  }
}
