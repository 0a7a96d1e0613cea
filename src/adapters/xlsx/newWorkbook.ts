/**
 * A new workbook made of EvalSheet's sheets (Node only), written by the package writer (sheet XML rendered
 * directly, much faster than exceljs for tens of thousands of rows): an empty one-sheet package
 * (./seedPackage), and the plan replaces that sheet and adds the others.
 */
import type { SheetSpec, WritePlan } from '../../engine/model/plan';
import { patchPackage } from './patchPackage';
import { seedPackage } from './seedPackage';
import { writeZip } from './zipWriter';

export async function newWorkbookBytes(specs: SheetSpec[], scale: WritePlan['scale'] = []): Promise<Uint8Array> {
  if (!specs.length) throw new Error('no sheets');
  const seed = await seedPackage(specs[0].name);
  // Node's native deflate at level 1: the review workbook's tens of thousands of rows in a fraction of the time.
  return patchPackage(seed, { cells: [], sheets: specs.map((spec) => ({ mode: 'replace', spec })), scale }, { level: 1, pack: writeZip });
}
