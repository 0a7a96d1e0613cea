/**
 * The port over the bytes of a workbook file (Node or browser): read is the bounded reader
 * (loadWorkbook), apply the patcher (workbookWithPlan) writing the plan into a copy of the bytes.
 * Nothing here touches a file: the command line writes the outcome's bytes (src/cli/output.ts).
 */
import type { ApplyOutcome, WorkbookPort } from '../../engine/model/port';
import type { WritePlan } from '../../engine/model/plan';
import { loadWorkbook, type LoadedWorkbook } from './openWorkbook';
import { workbookWithPlan, type SaveOptions } from './savePlan';
import type { PartReader } from './zipReader';

/** What applying a plan to a file gives: the new workbook's bytes. */
export interface FileOutcome extends ApplyOutcome {
  bytes: Uint8Array;
}

export type FilePort = WorkbookPort<FileOutcome>;

export interface FilePortOptions extends SaveOptions {
  /** The zip reader (Node's native inflate on the command line). */
  openZip?: (bytes: Uint8Array) => Promise<PartReader>;
}

/** The outcome of writing `plan` as `bytes`. */
export const fileOutcome = (plan: WritePlan, bytes: Uint8Array, kept: { keptEverything: boolean; lost: string[] }): FileOutcome => ({
  cells: plan.cells.length,
  sheets: plan.sheets.map((s) => s.spec.name),
  keptEverything: kept.keptEverything,
  lost: kept.lost,
  bytes,
});

/**
 * A workbook file's bytes as a port. The bytes are read (and refused with an InputError naming
 * `fileName`) on the first read(); apply writes into a copy of them, never into `bytes`.
 */
export function filePort(bytes: Uint8Array, fileName: string, options: FilePortOptions = {}): FilePort {
  let loaded: Promise<LoadedWorkbook> | null = null;
  const load = () => (loaded ??= loadWorkbook(bytes, fileName, options.openZip));
  return {
    async read(progress) {
      progress?.(0);
      const { snapshot } = await load();
      progress?.(1);
      return snapshot;
    },
    async apply(plan, { onProgress }) {
      const saved = await workbookWithPlan(await load(), plan, { fileName, allowLoss: options.allowLoss });
      onProgress?.(1);
      return fileOutcome(plan, saved.bytes, saved);
    },
  };
}
