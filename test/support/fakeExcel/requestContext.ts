/**
 * `Excel.RequestContext`: the batch of one `Excel.run`. Writes are queued and run in order at
 * `sync()`, with the loads asked for in between; an error stops the batch there (what ran before it
 * stays applied, as in Excel). Every sync is counted with the size of its request and response, and
 * a request or response over Excel on the web's limit fails as a whole. A cell being edited fails
 * every sync.
 */
import { Application } from './application';
import type { Batch, ClientObject } from './clientObject';
import { FakeExcelError } from './errors';
import { Runtime } from './runtime';
import { Workbook } from './workbook';
import { copySheets, type UndoEntry } from './undoStack';
import type { FakeSheetData, FakeWorkbookData, SyncStat } from './workbookData';

type Op = { describe: unknown; run: () => void };

export class Context implements Batch {
  readonly ops: Op[] = [];
  readonly loads: ClientObject[] = [];
  readonly workbook: Workbook;
  readonly application: Application;
  readonly runtime: Runtime;

  /** The run's one entry on Excel's undo stack when it was asked for with mergeUndoGroup (ExcelApi 1.20). */
  private undoEntry: UndoEntry<FakeSheetData> | null = null;

  constructor(
    readonly data: FakeWorkbookData,
    readonly mergeUndoGroup = false,
  ) {
    this.workbook = new Workbook(this);
    this.application = new Application(this);
    this.runtime = new Runtime(this);
  }

  queue(describe: unknown, run: () => void): void {
    this.ops.push({ describe, run });
  }

  async sync(): Promise<void> {
    const ops = this.ops.splice(0);
    const loads = this.loads.splice(0);
    const request = JSON.stringify({ ops: ops.map((o) => o.describe), loads: loads.map((l) => l.loadDescription()) });
    const stat: SyncStat = { requestBytes: request.length, responseBytes: 0 };
    this.data.syncs.push(stat);
    if (this.data.editing)
      throw new FakeExcelError(
        'InvalidOperationInCellEditMode',
        'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
      );
    if (stat.requestBytes > this.data.maxPayload)
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    // Loads and writes run in the order they were queued; a load sees the writes queued before it.
    const all = [...ops.map((o, i) => ({ i, kind: 'op' as const, o })), ...loads.map((l) => ({ i: l.loadOrder, kind: 'load' as const, l }))].sort(
      (a, b) => a.i - b.i,
    );
    // The response size is known before anything runs: an oversized read fails as a whole.
    const response = loads.reduce((n, l) => n + l.estimate(), 0);
    if (response > this.data.maxPayload) {
      stat.responseBytes = response;
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    const undo = this.data.undoStack.check(
      ops.map((o) => o.describe),
      this.mergeUndoGroup,
    );
    const before = undo.changes && this.data.apiMinor >= 20 ? copySheets(this.data.sheets) : [];
    try {
      for (const step of all) {
        if (step.kind === 'op') step.o.run();
        else stat.responseBytes += step.l.materialize();
      }
    } finally {
      if (undo.changes)
        this.undoEntry = this.data.undoStack.record({
          apiMinor: this.data.apiMinor,
          merged: this.mergeUndoGroup,
          runEntry: this.undoEntry,
          before,
          clears: undo.clears,
        });
    }
  }

  order(): number {
    return this.ops.length;
  }
}
