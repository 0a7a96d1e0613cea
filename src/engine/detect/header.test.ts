import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];

/** 指標名 | 単位 | 実績値 (R3…R6) | 目標値 (R3…R6), the measure merged over its years. */
function measureOverYears(opts: { stated?: string; merged?: boolean; lastYear?: (number | null)[] } = {}) {
  const merged = opts.merged ?? true;
  const last = opts.lastYear ?? [40, 8];
  const rows = [
    ...(opts.stated ? [[opts.stated]] : []),
    ['指標名', '単位', '実績値', null, null, null, '目標値', null, null, null],
    [null, null, 'Ｒ３', 'Ｒ４', 'Ｒ５', 'Ｒ６', 'Ｒ３', 'Ｒ４', 'Ｒ５', 'Ｒ６'],
    ['相談件数', '件', 10, 20, 30, last[0], 20, 25, 30, 40],
    ['事故件数', '件', 5, 6, 7, last[1], 8, 8, 8, 8],
  ];
  const h = opts.stated ? 2 : 1;
  const merges = merged ? [`C${h}:F${h}`, `G${h}:J${h}`, `A${h}:A${h + 1}`, `B${h}:B${h + 1}`] : [`A${h}:A${h + 1}`, `B${h}:B${h + 1}`];
  return snap('KPI', rows, { merges });
}

test.each([true, false])('a measure spanning period sub-columns gives each sub-column its year (merged: %s)', (merged) => {
  const { indicators } = detectSheet(measureOverYears({ merged }), scale);
  expect(indicators.map((i) => i.name)).toEqual(['相談件数', '事故件数']);
  const first = indicators[0];
  expect(first.actuals.map((p) => [p.cell, p.period?.fiscalYear])).toEqual([
    ['C3', 2021],
    ['D3', 2022],
    ['E3', 2023],
    ['F3', 2024],
  ]);
  expect(first.targets.map((p) => [p.cell, p.kind, p.period?.fiscalYear])).toEqual([
    ['G3', 'target', 2021],
    ['H3', 'target', 2022],
    ['I3', 'target', 2023],
    ['J3', 'target', 2024],
  ]);
});

test('years written as text (「２０２２」) under a measure heading date its sub-columns as number years do', () => {
  const s = snap(
    'KPI',
    [
      ['指標名', '単位', '実績値', null, null],
      [null, null, '２０２１', '２０２２', '２０２３'],
      ['相談件数', '件', 10, 20, 30],
    ],
    { merges: ['C1:E1', 'A1:A2', 'B1:B2'] },
  );
  const [ind] = detectSheet(s, scale).indicators;
  expect(ind.actuals.map((p) => [p.cell, p.period?.fiscalYear])).toEqual([
    ['C3', 2021],
    ['D3', 2022],
    ['E3', 2023],
  ]);
});

test('with no stated period, the latest year with actuals is evaluated, never the first column', () => {
  const { report } = checkWorkbook({ sheets: [measureOverYears()] });
  expect(report.period).toMatchObject({ fiscalYear: 2024, source: 'latest-actual' });
  expect(report.indicators.map((i) => [i.name, i.actual, i.target])).toEqual([
    ['相談件数', 40, 40],
    ['事故件数', 8, 8],
  ]);
});

test('the latest year with actuals is taken across the whole sheet: one row still blank for R6', () => {
  const { report } = checkWorkbook({ sheets: [measureOverYears({ lastYear: [null, 8] })] });
  expect(report.period?.fiscalYear).toBe(2024);
  expect(report.indicators[0]).toMatchObject({ name: '相談件数', actual: null, actualStatus: 'missing' });
});

test('a stated period picks its own column', () => {
  const { report } = checkWorkbook({ sheets: [measureOverYears({ stated: '評価対象期間：令和５年度' })] });
  expect(report.period).toMatchObject({ fiscalYear: 2023, source: 'sheet' });
  expect(report.indicators.map((i) => [i.name, i.actual, i.target])).toEqual([
    ['相談件数', 30, 30],
    ['事故件数', 7, 8],
  ]);
});

test('a three-row header: name over measure over years', () => {
  const s = snap(
    'T',
    [
      ['指標名', '実績値', null, '目標値', null],
      [null, '実績', null, '目標', null],
      [null, 'R4', 'R5', 'R4', 'R5'],
      ['登録者数', 100, 120, 110, 130],
    ],
    { merges: ['A1:A3', 'B1:C1', 'D1:E1', 'B2:C2', 'D2:E2'] },
  );
  const [ind] = detectSheet(s, scale).indicators;
  expect(ind.actuals.map((p) => [p.cell, p.period?.label])).toEqual([
    ['B4', 'R4'],
    ['C4', 'R5'],
  ]);
  expect(ind.targets.map((p) => p.period?.label)).toEqual(['R4', 'R5']);
});

test('the period over 目標 | 実績 sub-columns still reads as before', () => {
  const s = snap(
    'T',
    [
      ['指標', 'R4', null, 'R5', null],
      [null, '目標', '実績', '目標', '実績'],
      ['登録者数', 100, 90, 110, 120],
    ],
    { merges: ['A1:A2', 'B1:C1', 'D1:E1'] },
  );
  const [ind] = detectSheet(s, scale).indicators;
  expect(ind.actuals.map((p) => [p.cell, p.period?.label])).toEqual([
    ['C3', 'R4'],
    ['E3', 'R5'],
  ]);
});

test('達成率 columns and 合計 / 累計 rows are derived: never an actual, never an indicator', () => {
  const s = snap(
    'T',
    [
      ['指標名', '目標値', '実績値', '達成率', '達成率', null],
      [null, null, null, 'R4', 'R5', null],
      ['相談件数', 40, 30, 0.8, 0.75, null],
      ['合計', 40, 30, 0.8, 0.75, null],
      ['累計', 40, 30, 0.8, 0.75, null],
    ],
    { merges: ['A1:A2', 'B1:B2', 'C1:C2'] },
  );
  const inds = detectSheet(s, scale).indicators;
  expect(inds.map((i) => i.name)).toEqual(['相談件数']);
  expect(inds[0].actuals.map((p) => p.cell)).toEqual(['C3']);
});

test('an unknown heading over period sub-columns is not read as actuals', () => {
  const s = snap(
    'T',
    [
      ['指標名', '目標値', '実績値', '参考（県平均）', null],
      [null, null, null, 'R4', 'R5'],
      ['相談件数', 40, 30, 10, 11],
    ],
    { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1'] },
  );
  const [ind] = detectSheet(s, scale).indicators;
  expect(ind.actuals.map((p) => p.cell)).toEqual(['C3']);
});

test('period sub-columns written as dates (2024/3/31 as a serial with a date format) give each its fiscal year', () => {
  const s = snap(
    'KPI',
    [
      ['No.', '成果指標', '実績値', null, null],
      [null, null, 45016, 45382, 45747],
      [1, '空き店舗活用件数', 7, 4, 13],
    ],
    { merges: ['C1:E1', 'A1:A2', 'B1:B2'] },
  );
  s.numberFormats = [[], [null, null, 'yyyy/m/d', 'yyyy/m/d', 'yyyy/m/d'], []];
  const [ind] = detectSheet(s, scale).indicators;
  expect(ind.actuals.map((p) => [p.cell, p.period?.fiscalYear])).toEqual([
    ['C3', 2022],
    ['D3', 2023],
    ['E3', 2024],
  ]);
});

test('目標値 over term headings 前期（R3〜R5） | 後期（R6〜R8）: each column the target at its term’s end, no choice to guess', () => {
  const rows = [
    ['指標', '単位', '目標値', null, '実績値', null],
    [null, null, '前期（R3〜R5）', '後期（R6〜R8）', 'R4', 'R5'],
    ['図書館の貸出冊数', '冊', 500, 560, 470, 490],
    ['空き家の件数', '件', 80, 60, 95, 88],
  ];
  const sheet = snap('KPI', rows, { merges: ['C1:D1', 'E1:F1', 'A1:A2', 'B1:B2'] });
  const { indicators } = detectSheet(sheet, scale);
  expect(indicators[0].targets.map((t) => [t.cell, t.period?.fiscalYear])).toEqual([
    ['C3', 2023],
    ['D3', 2026],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, { period: 'R5' });
  expect(report.indicators.map((i) => i.target)).toEqual([500, 80]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('目標値 merged over 中間値（R5） | 最終値（R9）: both the plan’s targets, the 令和６年度実績 column the actual (review rv41a)', () => {
  const rows = [
    ['施策評価シート（評価対象期間：令和６年度）'],
    [null],
    ['指標名', '基準値（R2）', '目標値', null, '令和６年度実績', '単位'],
    [null, null, '中間値（R5）', '最終値（R9）', null, null],
    ['地域活動参加率', 30, 40, 50, 38, '%'],
  ];
  const [ind] = detectSheet(snap('施策', rows, { merges: ['C3:D3', 'A3:A4', 'B3:B4', 'E3:E4', 'F3:F4'] }), scale).indicators;
  expect(ind.actuals.map((p) => p.cell)).toEqual(['E5']);
  expect(ind.targets.map((p) => p.cell).sort()).toEqual(['C5', 'D5']);
});

test('目標（令和６年度） | 実績（令和６年度） under a 成果指標 heading continue the header, though the index reads 実績（…） as a period', () => {
  const rows = [
    ['令和６年度　主要な施策の成果'],
    ['No.', '事業名', '予算現額', '決算額', '成果指標', null, '自己評価'],
    [null, null, null, null, '目標（令和６年度）', '実績（令和６年度）'],
    [1, '病児保育事業', 24800, 24800, '開設日数　240日', '開設日数　243日', 'A'],
    [2, '地域子育て支援拠点事業', 52300, 50874, '延べ利用者数　18,000人', '延べ利用者数　15,320人', 'B'],
  ];
  const merges = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:F2', 'G2:G3'];
  const report = checkWorkbook({ sheets: [snap('主要な施策の成果', rows, { merges })] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.existingGrade])).toEqual([
    ['病児保育事業', '日', 240, 243, 'A'],
    ['地域子育て支援拠点事業', '人', 18000, 15320, 'B'],
  ]);
});

test('a year alone under 実績 beside 区分 | 目標値 under 目標 is the band’s second row: the table is read (review rv55)', () => {
  const sheet = snap(
    '実績',
    [
      ['令和５年度 実績報告'],
      ['指標', '単位', '目標', null, '実績'],
      [null, null, '目標区分', '目標値', '令和5年度'],
      ['待機児童数', '人', '減少', 5, 3],
      ['公園利用者数', '人', '増加', 5000, 5200],
    ],
    { merges: ['C2:D2', 'A2:A3', 'B2:B3'] },
  );
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.direction])).toEqual([
    ['待機児童数', 5, 3, 'down'],
    ['公園利用者数', 5000, 5200, 'up'],
  ]);
});

test('a body row with a measure word and a year under 実績 (計画策定 | － | 策定 | 令和6年3月 | 実績（見込）) stays a body row (review rv56)', () => {
  const sheet = snap('実績', [
    ['令和５年度 施策評価シート'],
    ['指標名', '単位', '目標値', '実績値', '備考'],
    ['計画策定', '－', '策定', '令和6年3月', '実績（見込）'],
    ['相談件数', '件', 300, 280, null],
  ]);
  const names = checkWorkbook({ sheets: [sheet] }, {}).report.indicators.map((i) => i.name);
  expect(names).toEqual(['計画策定', '相談件数']);
});
