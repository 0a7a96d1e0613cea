/** A target over the plan's whole term is compared with the total column beside the years, never with one year's figure. */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];

/** 指標名 | 計画期間の目標 | R2 | R3 | R4 | <total> | 備考, figures of the target written with 延べ / 累計. */
function plan(target: string, total: string | null) {
  const head = ['指標名', target, '令和2年度', '令和3年度', '令和4年度', ...(total ? [total] : []), '備考'];
  const rows: (string | number)[][] = [
    ['防災訓練参加者数', '延べ 3,000人', 800, 900, 700, 2400],
    ['企業誘致件数', '累計 12件', 3, 4, 2, 9],
  ];
  return snap('KPI', [['まちづくり計画　成果指標の進捗（令和4年度末）'], [], head, ...rows.map((r) => (total ? r : r.slice(0, 5)))]);
}

test.each(['計画期間の目標', '4年間の目標', '累計目標値', '目標値'])(
  'under 「%s」 the 実績累計 column is the actual, dated as the latest year; the years are its parts',
  (heading) => {
    const { indicators } = detectSheet(plan(heading, '実績累計'), scale);
    expect(
      indicators.map((i) => [i.name, i.targets.map((t) => [t.cell, t.parsed.value, t.parsed.unit]), i.actuals.map((a) => [a.cell, a.parsed.value])]),
    ).toEqual([
      ['防災訓練参加者数', [['B4', 3000, '人']], [['F4', 2400]]],
      ['企業誘致件数', [['B5', 12, '件']], [['F5', 9]]],
    ]);
    const report = checkWorkbook({ sheets: [plan(heading, '実績累計')] }, {}).report;
    expect(report.period?.fiscalYear).toBe(2022);
    expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual])).toEqual([
      ['防災訓練参加者数', '人', 3000, 2400],
      ['企業誘致件数', '件', 12, 9],
    ]);
    expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
  },
);

test('a total heading with the range it sums (「累計（R2～R4）」) is read the same', () => {
  const [ind] = detectSheet(plan('計画期間の目標', '累計（R2～R4）'), scale).indicators;
  expect(ind.actuals.map((a) => a.cell)).toEqual(['F4']);
});

test('without a total column, the latest year graded against a cumulative target is a guess naming the target and the years', () => {
  const report = checkWorkbook({ sheets: [plan('計画期間の目標', null)] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.actual])).toEqual([
    ['防災訓練参加者数', 700],
    ['企業誘致件数', 2],
  ]);
  const flagged = report.findings.filter((f) => f.code === 'reading-uncertain');
  expect(flagged.map((f) => f.cell)).toEqual(['B4', 'B5']);
  expect(flagged[0].message).toMatch(/累計/);
});

test('a plain target column with plain figures keeps the year’s actual, and a 合計 column beside it stays derived', () => {
  const s = snap('KPI', [
    ['令和4年度　成果指標'],
    [],
    ['指標名', '目標値', '令和2年度', '令和3年度', '令和4年度', '合計'],
    ['防災訓練参加者数', 900, 800, 900, 700, 2400],
  ]);
  const [ind] = detectSheet(s, scale).indicators;
  expect(ind.actuals.map((a) => a.cell)).toEqual(['C4', 'D4', 'E4']);
  expect(ind.guesses ?? []).toEqual([]);
});

/** 指標名 | 単位 | 累計目標 | R3 | R4 | R5 | <between> | 合計: a budget block's 合計 after the indicator table. */
function withBudget(between: (string | null)[]) {
  const row = ['防災訓練参加者数', '人', 3000, 800, 900, 700, ...between.map((h) => (h === null ? null : 100)), 2000];
  return snap('KPI', [['令和5年度　成果指標'], [], ['指標名', '単位', '累計目標', '令和3年度', '令和4年度', '令和5年度', ...between, '合計'], row] as never);
}

test.each([
  ['after a blank spacer column', [null, '事業費']],
  ['over cost columns', ['事業費（千円）']],
])('a 合計 %s is no cumulative actual: the year stays, a guess naming the target', (_, between) => {
  const sheet = withBudget(between);
  const [ind] = detectSheet(sheet, scale).indicators;
  expect(ind.actuals.map((a) => a.cell)).toEqual(['D4', 'E4', 'F4']);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.indicators.map((i) => [i.name, i.actual])).toEqual([['防災訓練参加者数', 700]]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => f.cell)).toEqual(['C4']);
});

/** 指標名 | 単位 | 目標値 | R3 | R4 | R5 | 合計, the targets written as given. */
function lengths(targets: string[]) {
  const rows = targets.map((t, i) => [['歩道の整備延長', '自転車道の整備延長'][i], 'km', t, 0.5, 0.6, 0.7, 1.8]);
  return snap('KPI', [['令和5年度　成果指標'], [], ['指標名', '単位', '目標値', '令和3年度', '令和4年度', '令和5年度', '合計'], ...rows]);
}

test('延長 / 延床 before a figure is a length or a floor area, no running total: the year is the actual, 合計 stays derived', () => {
  const inds = detectSheet(lengths(['延長 2.0km', '延床 1.5km']), scale).indicators;
  expect(inds.map((i) => i.actuals.map((a) => a.cell))).toEqual([
    ['D4', 'E4', 'F4'],
    ['D5', 'E5', 'F5'],
  ]);
  expect(inds.flatMap((i) => i.guesses ?? [])).toEqual([]);
});

test('延 straight before a figure (「延 2.0km」) is still a running total', () => {
  const inds = detectSheet(lengths(['延 2.0km', '延べ 2.0km']), scale).indicators;
  expect(inds.map((i) => i.actuals.map((a) => a.cell))).toEqual([['G4'], ['G5']]);
});

test('a percentage or rate under 「計画期間の目標」 is a level, not a running total: its latest year is read with no guess', () => {
  const sheet = snap('KPI', [
    ['令和5年度　成果指標'],
    [],
    ['指標名', '単位', '計画期間の目標', '令和3年度', '令和4年度', '令和5年度'],
    ['市民満足度', '%', 70, 62, 65, 68],
    ['ごみのリサイクル率', null, 30, 25, 27, 29],
    ['イベント参加者数', '人', 3000, 800, 900, 700],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.indicators.map((i) => [i.name, i.actual])).toEqual([
    ['市民満足度', 68],
    ['ごみのリサイクル率', 29],
    ['イベント参加者数', 700],
  ]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => f.cell)).toEqual(['C6']);
});

test('a row marking its own target 累計 in a 区分 cell, with yearly actuals not covering its run and no total: a guess naming the cells', () => {
  const sheet = snap('住宅施策', [
    ['住生活基本計画 成果指標の推移（令和5年度末時点）'],
    ['指標', '単位', '目標の区分', '目標値', 'R3', 'R4', 'R5'],
    ['住宅リフォーム補助件数', '件', '累計（R2〜R7）', 500, 90, 110, 105],
    ['移住体験住宅利用者数', '人', '単年度', 60, 48, 55, 63],
  ]);
  const read = detectSheet(sheet, scale).indicators.map((i) => [i.name, (i.guesses ?? []).map((g) => g.reason)]);
  expect(read).toEqual([
    ['住宅リフォーム補助件数', ['cumulative-single-year']],
    ['移住体験住宅利用者数', []],
  ]);
});
