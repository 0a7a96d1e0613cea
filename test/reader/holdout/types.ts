/** A hold-out workbook: how a city office lays it out (written with exceljs) and the facts a clerk reads from it. */
import type { Workbook } from 'exceljs';
import type { ExpectedWorkbook } from '../model';

export interface HoldoutWorkbook {
  /** Also the file name (`${name}.xlsx`). */
  name: string;
  /** What is unusual about the layout, in one line. */
  layout: string;
  build(wb: Workbook): void;
  expected: ExpectedWorkbook;
}
