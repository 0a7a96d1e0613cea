/**
 * The reader's second, blind hold-out set (issue 16): layouts a different city office would use,
 * written without looking at the reader, at test/reader/layouts or at the first hold-out's layouts,
 * each with the facts a clerk reads (the samples README's rules). Scored with the shared scorer;
 * groups are matched by sheet and cell, since one sheet here holds two policies with their own cells.
 */
import ExcelJS from 'exceljs';
import type { Report } from '../../../src/engine/model/report';
import { runExpected } from '../run';
import type { FactResult } from '../score';
import { FORM_WORKBOOKS } from './forms';
import type { Holdout2Workbook } from './kit';
import { TABLE_WORKBOOKS } from './tables';

export type { Holdout2Workbook } from './kit';

export const HOLDOUT2: Holdout2Workbook[] = [...TABLE_WORKBOOKS, ...FORM_WORKBOOKS];

export async function holdout2Bytes(h: Holdout2Workbook): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  h.build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * One fact per expected group: the group the reader reported at that sheet and cell (else the sheet's first group, wrong).
 * `cell` says where an expected cell is in the workbook read (a variant may move the sheet: test/reader/variants).
 */
export function groupFacts(h: Holdout2Workbook, report: Report, cell: (address: string) => string = (a) => a): FactResult[] {
  const uncertain = report.findings.some((f) => f.code === 'reading-uncertain');
  return h.expected.groups.map((g) => {
    const grp = { ...g, cell: cell(g.cell) };
    const onSheet = report.groups.filter((x) => x.sheet === grp.sheet);
    const got = onSheet.find((x) => x.cell === grp.cell) ?? onSheet[0];
    const ok = !!got && got.cell === grp.cell && got.grade === grp.grade;
    return {
      indicator: `group ${grp.sheet}!${g.cell}`,
      fact: 'group',
      expected: [grp.cell, grp.grade],
      got: got ? [got.cell, got.grade] : null,
      verdict: got ? (ok ? 'right' : 'wrong') : 'missed',
      flagged: uncertain,
    };
  });
}

/** Writes the workbook, reads it back through the .xlsx adapter, checks it and scores every fact. */
export async function runHoldout2(h: Holdout2Workbook): Promise<{ report: Report; results: FactResult[] }> {
  const { report, results } = await runExpected(await holdout2Bytes(h), { ...h.expected, groups: [] });
  return { report, results: [...results, ...groupFacts(h, report)] };
}
