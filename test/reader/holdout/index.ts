/**
 * The reader's hold-out set (issue 16): workbooks laid out the way other city offices lay out the
 * documents in ../shared/seeds, written without looking at the reader or at test/reader/layouts, each
 * with the facts a clerk reads (the samples README's rules). Not to be tuned to: the figure it gives
 * is only honest while the reader is generalised, not taught these sheets.
 */
import ExcelJS from 'exceljs';
import type { Report } from '../../../src/engine/model/report';
import { runExpected } from '../run';
import type { FactResult } from '../score';
import { FORM_WORKBOOKS } from './forms';
import { MORE_WORKBOOKS } from './more';
import { TABLE_WORKBOOKS } from './tables';
import { TILED_WORKBOOKS } from './tiled';
import type { HoldoutWorkbook } from './types';

export type { HoldoutWorkbook } from './types';

export const HOLDOUT: HoldoutWorkbook[] = [...FORM_WORKBOOKS, ...TABLE_WORKBOOKS, ...MORE_WORKBOOKS, ...TILED_WORKBOOKS];

export async function holdoutBytes(h: HoldoutWorkbook): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  h.build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Writes the workbook, reads it back through the .xlsx adapter, checks it and scores every fact. */
export async function runHoldout(h: HoldoutWorkbook): Promise<{ report: Report; results: FactResult[] }> {
  return runExpected(await holdoutBytes(h), h.expected);
}
