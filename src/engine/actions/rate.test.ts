import { checkWorkbook } from './check';
import { planRating } from './rate';
import type { SheetSnapshot, WorkbookSnapshot } from '../model/port';

const sheetOf = (name: string, values: (string | number | null)[][]): SheetSnapshot => ({
  name,
  visibility: 'visible',
  protected: false,
  top: 1,
  left: 1,
  values,
  numberFormats: [],
  merges: [],
});

describe('planRating', () => {
  test('a workbook without indicators gets no empty 評価サマリー: the plan writes nothing and the report has the no-indicators warning', () => {
    const snapshot: WorkbookSnapshot = { sheets: [sheetOf('メモ', [['議事録'], ['出席者', '5名']])] };
    const result = checkWorkbook(snapshot, { file: 'memo.xlsx' });
    const plan = planRating(snapshot, result);
    expect(plan.sheets).toEqual([]);
    expect(plan.cells).toEqual([]);
    expect(result.report.findings.map((f) => [f.code, f.severity])).toContainEqual(['no-indicators', 'warning']);
  });

  test('a workbook with indicators still gets its summary', () => {
    const snapshot: WorkbookSnapshot = {
      sheets: [
        sheetOf('KPI', [
          ['指標名', '単位', 'R5目標', 'R5実績'],
          ['相談件数', '件', 100, 90],
        ]),
      ],
    };
    const result = checkWorkbook(snapshot, { file: 'kpi.xlsx' });
    expect(result.report.indicators).toHaveLength(1);
    expect(planRating(snapshot, result).sheets.map((s) => s.spec.name)).toEqual(['評価サマリー']);
  });
});
