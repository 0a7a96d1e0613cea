/** The bytes of a loaded workbook with a plan applied, keeping everything the plan does not own. */
import type { WritePlan } from '../../engine/plan';
import { applyPlan } from './applyPlan';
import type { LoadedWorkbook } from './openWorkbook';
import { patchPackage } from './patchPackage';
import { UnsupportedPart } from './xml';

export interface PlannedBytes {
  bytes: Uint8Array;
  /** false when the workbook had to be re-serialised by exceljs (charts and drawings are then lost). */
  keptEverything: boolean;
}

/**
 * Patches the original package; only when a part is in a shape the patcher does not edit
 * (rare: cells without addresses, a shared formula's master cell to overwrite) does it let
 * exceljs write the whole workbook instead.
 */
export async function workbookWithPlan(loaded: LoadedWorkbook, plan: WritePlan): Promise<PlannedBytes> {
  try {
    return { bytes: await patchPackage(loaded.bytes, plan), keptEverything: true };
  } catch (e) {
    if (!(e instanceof UnsupportedPart)) throw e;
  }
  const workbook = await loaded.exceljs();
  applyPlan(workbook, plan);
  const buffer = await workbook.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer as ArrayBuffer), keptEverything: false };
}
