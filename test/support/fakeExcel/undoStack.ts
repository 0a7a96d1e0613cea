/**
 * Excel's own undo stack, as the fake keeps it (ExcelApi 1.20, "undo support for Excel JavaScript
 * APIs"; https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities):
 * - from ExcelApi 1.20 every sync that changes the workbook is one entry; in an
 *   `Excel.run({ mergeUndoGroup: true }, …)` all the run's syncs are one entry;
 * - a call without undo support (deleting a sheet, protecting one, a sheet's visibility on the
 *   desktop, the add-in's settings saved) empties the stack; inside a merged run it fails instead
 *   (UndoNotSupported) and the sync stops there;
 * - below ExcelApi 1.20 every change an add-in makes empties the stack.
 * Each entry keeps the workbook's sheets as they were before it, so `undo()` (Ctrl+Z) puts them back.
 */
import { FakeExcelError } from './errors';

/** One entry of the stack; `S` is the fake's sheet data (workbookData.ts), kept generic so that the two modules do not import each other. */
export interface UndoEntry<S = unknown> {
  /** The syncs merged into this entry. */
  syncs: number;
  /** The sheets before the entry's first sync. */
  before: S[];
}

/** What a queued operation's description says about undo: not a change, a change, or a call that empties the stack. */
export type UndoEffect = 'none' | 'change' | 'clears';

const NOT_CHANGES = new Set(['select', 'activate', 'suspendCalc', 'suspendScreen', 'enableEvents']);

export class FakeUndoStack<S = unknown> {
  entries: UndoEntry<S>[] = [];
  /** Each call that emptied the stack (its operation's description), in order. */
  clears: unknown[] = [];
  /** Where the add-in runs: a sheet's visibility is undoable in Excel on the web only. */
  platform: 'web' | 'desktop' = 'desktop';

  effect(describe: unknown): UndoEffect {
    const keys = Object.keys((describe ?? {}) as object);
    if (keys.some((k) => k === 'deleteSheet' || k === 'protect' || k === 'unprotect' || k === 'settingsSaved')) return 'clears';
    if (keys.includes('visibility') && this.platform === 'desktop') return 'clears';
    return keys.every((k) => NOT_CHANGES.has(k)) ? 'none' : 'change';
  }

  /**
   * Before a sync's operations run: whether they change the workbook; a merged run refuses a call that
   * would empty the stack (the sync fails before any of its operations runs).
   */
  check(describes: unknown[], merged: boolean): { changes: boolean; clears: unknown | null } {
    const effects = describes.map((d) => this.effect(d));
    const clears = describes.find((_, i) => effects[i] === 'clears') ?? null;
    if (clears && merged) throw new FakeExcelError('UndoNotSupported', `The operation cannot be grouped into one undo: ${JSON.stringify(clears)}`);
    return { changes: effects.includes('change') || !!clears, clears };
  }

  /** After a sync that changed the workbook: a new entry, or the run's entry when merged; the stack emptied by a call without undo. */
  record(o: { apiMinor: number; merged: boolean; runEntry: UndoEntry<S> | null; before: S[]; clears: unknown | null }): UndoEntry<S> | null {
    if (o.clears || o.apiMinor < 20) {
      this.entries = [];
      if (o.clears) this.clears.push(o.clears);
      return null;
    }
    if (o.merged && o.runEntry && this.entries.includes(o.runEntry)) {
      o.runEntry.syncs++;
      return o.runEntry;
    }
    const entry = { syncs: 1, before: o.before };
    this.entries.push(entry);
    return entry;
  }

  /** The settings saved into the workbook: the stack is emptied. */
  settingsSaved(): void {
    this.entries = [];
    this.clears.push({ settingsSaved: true });
  }
}

/** A deep copy of the sheets (their Maps and Sets too). */
export function copySheets<S>(sheets: S[]): S[] {
  return structuredClone(sheets);
}
