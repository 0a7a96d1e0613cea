import { checkWorkbook } from './check';
import { ReviewCollector } from './review';
import type { WorkbookSnapshot } from '../model/port';

/** A one-table workbook: one indicator with the unit and actual given, for 令和5年度. */
function workbook(unit: string, actual: number): WorkbookSnapshot {
  return {
    sheets: [
      {
        name: '事業実績',
        visibility: 'visible',
        protected: false,
        top: 1,
        left: 1,
        merges: [],
        values: [
          ['令和5年度 事業実績（評価対象期間：令和5年度）', '', '', ''],
          ['指標名', '単位', '目標値', '実績値'],
          ['公園の整備', unit, 20, actual],
        ],
      },
    ],
  };
}

function differs(a: [string, number], b: [string, number]): string[] {
  const collector = new ReviewCollector();
  for (const [i, [unit, actual]] of [a, b].entries()) {
    const { report } = checkWorkbook(workbook(unit, actual), { file: `f${i}.xlsx`, period: null, rules: undefined });
    collector.addReport(`f${i}.xlsx`, report);
  }
  return [...collector.finish().findings()].filter((f) => f.code === 'review-actual-differs').map((f) => f.file ?? '');
}

test('the same indicator in two files with 箇所 and か所 (one unit written two ways) and different actuals is a cross-file difference', () => {
  expect(differs(['箇所', 10], ['か所', 12]).sort()).toEqual(['f0.xlsx', 'f1.xlsx']);
});

test('different units are not compared', () => {
  expect(differs(['箇所', 10], ['人', 12])).toEqual([]);
});
