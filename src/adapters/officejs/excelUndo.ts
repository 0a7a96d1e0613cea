/**
 * Excel's own undo for the add-in's actions (docs/undo.md). From ExcelApi 1.20 Excel keeps the
 * changes an add-in makes on its undo stack, and `Excel.run({ mergeUndoGroup: true }, …)` makes all
 * the syncs of one run one entry, taken back by one Ctrl+Z. Some calls have no undo: they empty the
 * stack, and inside a merged run they fail (UndoNotSupported) — among those EvalSheet would use:
 * deleting a sheet, protecting one, a sheet's visibility on the desktop, and the add-in's settings
 * saved (settings.saveAsync). An action whose plan needs one of them (the template's protected
 * sheets, the review's replaced sheets) is written without the merged run, with the add-in's own
 * undo record (undoRecord.ts), as on every Excel below 1.20.
 */
import type { WritePlan } from '../../engine/model/plan';

/** 'excel': Ctrl+Z (Excel's undo stack) takes an action back; 'record': the pane's 元に戻す (the add-in's record). */
export type UndoMode = 'excel' | 'record';

/**
 * The options of an Excel.run whose syncs are one entry on Excel's undo stack.
 * @apiSet ExcelApi 1.20
 */
export function mergedUndoGroup(): Excel.RunOptions {
  return { mergeUndoGroup: true };
}

/** Thrown by the port before anything is queued when a plan needs a call Excel cannot undo: the action is run again with the add-in's own record. */
export class NeedsOwnUndo extends Error {
  constructor(readonly why: string) {
    super(`Excel cannot undo this action (${why}): written with the add-in's own undo record`);
    this.name = 'NeedsOwnUndo';
  }
}

/** Why Excel's undo cannot take a plan back (a sheet protected or hidden, calls without undo), or null when it can. */
export function excelUndoBlocker(plan: WritePlan): string | null {
  for (const { spec } of plan.sheets) {
    if (spec.protect) return `sheet protection on ${spec.name}`;
    if (spec.visibility && spec.visibility !== 'visible') return `visibility of ${spec.name}`;
  }
  return null;
}
