/** Builds real .xlsx files for the tests from plain rows, through the project's exceljs adapter. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { buildWorkbook } from '../../src/adapters/xlsx/applyPlan';
import { readWorkbookFile, writeWorkbookFile } from '../../src/adapters/xlsx/files';
import { checkWorkbook, type CheckOptions } from '../../src/engine';
import type { PlanCell, SheetSpec } from '../../src/engine/model/plan';

export type Raw = string | number | null;

/** A sheet spec from rows of plain values, optionally starting at (top, left). */
export function sheet(
  name: string,
  rows: Raw[][],
  opts: { merges?: string[]; top?: number; left?: number; visibility?: SheetSpec['visibility'] } = {},
): SheetSpec {
  const top = opts.top ?? 1;
  const left = opts.left ?? 1;
  const out: (PlanCell | null)[][] = [];
  for (let i = 0; i < top - 1; i++) out.push([]);
  for (const r of rows) out.push([...Array(left - 1).fill(null), ...r.map((v) => (v === null ? null : { value: v }))]);
  const spec: SheetSpec = { name, rows: out };
  if (opts.merges) spec.merges = opts.merges;
  if (opts.visibility) spec.visibility = opts.visibility;
  return spec;
}

export async function tempDir(prefix = 'evalsheet-test-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function writeXlsx(dir: string, name: string, specs: SheetSpec[], tweak?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = buildWorkbook(specs);
  tweak?.(wb);
  const file = path.join(dir, name);
  await writeWorkbookFile(wb, file);
  return file;
}

export async function checkFile(file: string, options: CheckOptions = {}) {
  const loaded = await readWorkbookFile(file);
  return checkWorkbook(loaded.snapshot, { file: path.basename(file), ...options }).report;
}

export interface CellDump {
  value: string;
  formula: string | null;
  numFmt: string;
}

/** Every non-empty cell of every sheet: value, formula and number format (merged areas once, at their top-left). */
export async function dumpCells(file: string): Promise<Map<string, CellDump>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, CellDump>();
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (c) => {
        if (c.isMerged && c.master !== c) return;
        out.set(`${ws.name}!${c.address}`, { value: JSON.stringify(c.value), formula: c.formula ?? null, numFmt: c.numFmt ?? '' });
      });
    });
  });
  return out;
}
