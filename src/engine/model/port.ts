/**
 * The port the use cases (src/app) read and write a workbook through, implemented by each adapter,
 * and the plain snapshot it reads (./snapshot).
 */
import type { WritePlan } from './plan';
import type { WorkbookSnapshot } from './snapshot';

export * from './snapshot';

/**
 * What a run writes, named for the record a person sees (the pane's undo record: 「評価の記入」…).
 * `review`: the plan's sheets are EvalSheet's own and large (the review's four): an earlier one is
 * replaced whole, written in blocks.
 */
export type ApplyAction = { name: 'rate' | 'roll' | 'template' | 'settings' | 'review' } | { name: 'import'; month: number };

export interface ApplyOptions {
  action: ApplyAction;
  /** Checked between steps where the adapter can still stop without having changed anything. */
  signal?: AbortSignal;
  /** 0..1 while the plan is written. */
  onProgress?: (fraction: number) => void;
}

/**
 * What applying a plan did. An empty plan changes nothing: the workbook (and, inside Excel, the last
 * run's undo record) stays as it was.
 */
export interface ApplyOutcome {
  /** Cells written. */
  cells: number;
  /** Sheets made or remade, by name. */
  sheets: string[];
  /** False when the adapter had to rewrite the whole workbook (a file the patcher could not edit in place). */
  keptEverything: boolean;
  /** What that rewrite did not carry over (charts, notes …); empty when everything was kept. */
  lost: string[];
}

/**
 * What an adapter supplies: the workbook read as a snapshot, and a plan applied to it. The file
 * adapter (src/adapters/xlsx) reads the bytes of a workbook and applies into a copy of them (its
 * outcome carries the new bytes: `WorkbookPort<ApplyOutcome & { bytes: Uint8Array }>`); the Excel
 * adapter (src/adapters/officejs) reads and writes the open workbook, with an undo record.
 * Cells a protection keeps out are never in a plan (the planners list them as blocked).
 */
export interface WorkbookPort<Outcome extends ApplyOutcome = ApplyOutcome> {
  /** Reads every sheet's name, state and used range. `progress`: 0..1. */
  read(progress?: (fraction: number) => void): Promise<WorkbookSnapshot>;
  /** Writes the plan (made from the snapshot `read` gave) into the workbook. */
  apply(plan: WritePlan, options: ApplyOptions): Promise<Outcome>;
}
