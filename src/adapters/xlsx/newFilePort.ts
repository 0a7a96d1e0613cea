/** A new workbook file as a port (Node only: the package writer deflates with node:zlib). */
import { buildWorkbook } from './applyPlan';
import { fileOutcome, type FilePort } from './filePort';
import { newWorkbookBytes } from './newWorkbook';

/**
 * A new workbook: nothing to read (no sheets), apply makes a workbook of the plan's sheets.
 * `package`: the package writer (fast for the review's tens of thousands of rows, Node only);
 * `exceljs`: exceljs (the template, whose protected sheets, lists and looks it has always written).
 */
export function newFilePort(writer: 'package' | 'exceljs'): FilePort {
  return {
    read: async (progress) => {
      progress?.(1);
      return { sheets: [] };
    },
    async apply(plan, { onProgress }) {
      let bytes: Uint8Array;
      if (writer === 'package') {
        bytes = await newWorkbookBytes(
          plan.sheets.map((s) => s.spec),
          plan.scale,
        );
      } else
        bytes = new Uint8Array(
          (await buildWorkbook(
            plan.sheets.map((s) => s.spec),
            plan.scale,
          ).xlsx.writeBuffer()) as ArrayBuffer,
        );
      onProgress?.(1);
      return fileOutcome(plan, bytes, { keptEverything: true, lost: [] });
    },
  };
}
