/** Two evaluations side by side, each headed with its year and 今年度 / 前年度: this year's is read, whichever side it stands on. */
import { checkWorkbook } from '../actions/check';
import { evaluationSide } from '../values/evaluationSide';
import { snap } from './testing';

function sheet(left: string, right: string) {
  return snap(
    '事業評価',
    [
      ['事業名', '成果指標', left, null, null, right, null, null],
      [null, null, '目標', '実績', '評価', '目標', '実績', '評価'],
      ['健康づくり事業', '相談の利用者数', '450人', '472人', 'A', '430人', '401人', 'B'],
      ['図書館運営事業', '図書の貸出冊数', '52,000冊', '41,380冊', 'C', '50,000冊', '44,120冊', 'B'],
    ],
    { merges: ['C1:E1', 'F1:H1', 'A1:A2', 'B1:B2'] },
  );
}

const read = (left: string, right: string) => {
  const { report } = checkWorkbook({ sheets: [sheet(left, right)] }, {});
  return report;
};

test('the heading words: this year 0, last year −1, with the year written if any', () => {
  expect(evaluationSide('今年度評価（令和５年度）')).toEqual({ offset: 0, period: expect.objectContaining({ fiscalYear: 2023 }) });
  expect(evaluationSide('前年度評価（R4）')).toEqual({ offset: -1, period: expect.objectContaining({ fiscalYear: 2022 }) });
  expect(evaluationSide('前年度の評価')).toEqual({ offset: -1 });
  expect(evaluationSide('前年度実績')).toBeNull();
  expect(evaluationSide('令和5年度評価')).toBeNull();
});

test('this year’s evaluation on the left: its target, actual and grade are read, the right side is last year’s', () => {
  const report = read('今年度評価（令和５年度）', '前年度評価（令和４年度）');
  expect(report.period?.fiscalYear).toBe(2023);
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.existingGrade, i.cells.grade])).toEqual([
    ['相談の利用者数', 450, 472, 'A', 'E3'],
    ['図書の貸出冊数', 52000, 41380, 'C', 'E4'],
  ]);
  expect(report.findings.some((f) => f.code === 'reading-uncertain')).toBe(false);
});

test('this year’s evaluation on the right: the same, read from the right', () => {
  const rows = sheet('前年度評価（令和４年度）', '今年度評価（令和５年度）');
  // Swap the figures so that the right side holds this year's.
  rows.values = rows.values.map((r, i) => (i < 2 ? r : [r[0], r[1], r[5], r[6], r[7], r[2], r[3], r[4]]));
  const { report } = checkWorkbook({ sheets: [rows] }, {});
  expect(report.period?.fiscalYear).toBe(2023);
  expect(report.indicators.map((i) => [i.target, i.actual, i.existingGrade, i.cells.grade])).toEqual([
    [450, 472, 'A', 'H3'],
    [52000, 41380, 'C', 'H4'],
  ]);
});

test('words and years that disagree (今年度 the earlier year) are flagged, naming both headings', () => {
  const report = read('今年度評価（令和４年度）', '前年度評価（令和５年度）');
  const flags = report.findings.filter((f) => f.code === 'reading-uncertain');
  expect(flags.length).toBeGreaterThan(0);
  expect(JSON.stringify(flags[0])).toContain('C1');
  expect(JSON.stringify(flags[0])).toContain('F1');
});

test('the sides above a header whose name heading stands on its lower row only (指標名 | 単位 | 実績 | 評価 | 実績 | 評価 | 最終目標): this year’s actual, no grade of last year', () => {
  const s = snap(
    '進捗管理',
    [
      ['第2次健康増進計画 進捗管理表（令和５年度）'],
      [null, null, '前年度の達成状況（令和４年度）', null, '今年度の達成状況（令和５年度）', null, '最終目標（令和７年度）'],
      ['指標名', '単位', '実績', '評価', '実績', '評価', null],
      ['特定健診受診率', '％', 50, 'B', 45, null, 60],
      ['健康教室参加者数', '人', 1000, 'B', 1300, null, 1200],
    ],
    { merges: ['C2:D2', 'E2:F2', 'G2:G3'] },
  );
  const { report } = checkWorkbook({ sheets: [s] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.actual, i.existingGrade ?? null])).toEqual([
    ['特定健診受診率', 60, 45, 'E4', null],
    ['健康教室参加者数', 1200, 1300, 'E5', null],
  ]);
});

test('a row above of other headings beside a dated side is not taken into the header (only dated sides, or headings merged down)', () => {
  const s = snap(
    '進捗管理',
    [
      ['令和5年度 施策評価シート'],
      [null, null, '今年度の達成状況（令和５年度）', null, '参考'],
      ['指標名', '単位', '目標', '実績', '備考'],
      ['特定健診受診率', '％', 60, 45, null],
    ],
    { merges: ['C2:D2'] },
  );
  const { report } = checkWorkbook({ sheets: [s] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([['特定健診受診率', 60, 45]]);
});
