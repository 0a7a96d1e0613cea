import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const years = ['2019年度（基準）', '2020年度', '2021年度', '2022年度', '2023年度', '2024年度'];
const sheet = (foot: (string | number | null)[] | null) =>
  snap('推移', [
    ['数値目標の推移'],
    [],
    ['年度', '図書館の貸出冊数', '読書ボランティア登録者数'],
    ['（単位）', '万冊', '人'],
    ...years.map((y, i) => [y, i < 5 ? 50 + i : null, i < 5 ? 100 + 10 * i : null]),
    [],
    ...(foot ? [foot] : []),
  ]);

describe('years as rows under names alone, a target row at the foot', () => {
  test('each named column is one indicator: the years its actuals, the foot row its target, the unit from the row under the names', () => {
    const report = checkWorkbook({ sheets: [sheet(['目標値（2025年度）', 60, 150])] }, {}).report;
    expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.cells.target, i.cells.actual])).toEqual([
      ['図書館の貸出冊数', '万冊', 60, 54, 'B12', 'B9'],
      ['読書ボランティア登録者数', '人', 150, 140, 'C12', 'C9'],
    ]);
  });

  test('no period is stated: the latest year with actuals is the period, and the reading says it is a guess', () => {
    const report = checkWorkbook({ sheets: [sheet(['目標値（2025年度）', 60, 150])] }, {}).report;
    expect(report.period?.fiscalYear).toBe(2023);
    expect(report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => f.cell)).toEqual(['B9']);
  });

  test('without a target row at the foot, the columns are figures watched over the years: no indicator', () => {
    expect(checkWorkbook({ sheets: [sheet(null)] }, {}).report.indicators).toEqual([]);
    expect(checkWorkbook({ sheets: [sheet(['出典：市調べ', null, null])] }, {}).report.indicators).toEqual([]);
  });
});

test('rows of averages to compare with between the years and a plan’s target row (経営戦略目標値（令和５年度）) are passed over', () => {
  const sheet = snap('経営指標', [
    ['上下水道事業 経営指標の推移（令和５年度決算）'],
    ['年度', '有収率', '給水原価'],
    ['（単位）', '％', '円/㎥'],
    ['令和４年度', 87.1, 192.3],
    ['令和５年度', 88.3, 198.7],
    ['類似団体平均（令和４年度）', 85.3, 188.1],
    ['全国平均（令和４年度）', 89.8, 175.2],
    ['経営戦略目標値（令和５年度）', 88, 190],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual])).toEqual([
    ['有収率', '%', 88, 88.3],
    ['給水原価', '円/m3', 190, 198.7],
  ]);
});

test('a survey’s years as rows: a 増減 row above the target row is passed over, and its 有効回答数 column is no indicator', () => {
  const sheet = snap('市民意識調査', [
    ['市民意識調査　関連項目の推移'],
    [],
    ['調査年度', '有効回答数（人）', '広報紙を読んでいる市民の割合（％）', 'シティプロモーションの認知度（％）'],
    ['令和元年度', 1104, 70.1, 21.6],
    ['令和3年度', 1096, 68.3, 27.5],
    ['令和5年度', 1021, 66.0, 31.2],
    ['増減（R3→R5）', null, '▲2.3', '+3.7'],
    ['目標値（令和7年度）', null, 75, 40],
  ]);
  const report = checkWorkbook({ sheets: [sheet] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual])).toEqual([
    ['広報紙を読んでいる市民の割合', '%', 75, 66],
    ['シティプロモーションの認知度', '%', 40, 31.2],
  ]);
});

test('a bare 回収数 (tonnes collected) is an indicator, not a survey’s size (review rv51)', () => {
  const sheet = snap('推移', [
    ['資源物の推移'],
    [],
    ['年度', '回収数（t）', 'リサイクル率（％）'],
    ['令和3年度', 5120, 21.3],
    ['令和4年度', 5230, 21.9],
    ['令和5年度', 5310, 22.4],
    ['目標値（令和7年度）', null, 25],
  ]);
  const names = checkWorkbook({ sheets: [sheet] }, {}).report.indicators.map((i) => i.name);
  expect(names).toContain('回収数');
});

describe('group headings merged over the named columns (母子保健 | 児童虐待防止)', () => {
  const sheet = (groupRow: (string | null)[]) =>
    snap(
      '推移',
      [
        ['指標の推移（評価年度：令和５年度）'],
        groupRow,
        [null, '子育て相談件数\n（件）', '乳児家庭訪問実施率\n（％）', '虐待相談対応件数\n（件）'],
        ['令和４年度', 1902, 96.6, 172],
        ['令和５年度', 2046, 97.4, 186],
        ['目標値（令和６年度）', 2000, 100, 150],
      ],
      { merges: ['A2:A3', 'B2:C2'] },
    );

  test('each column’s own heading under the group is its name, with its unit; the group heading names none', () => {
    const { report } = checkWorkbook({ sheets: [sheet(['年度', '母子保健', null, '児童虐待防止'])] }, {});
    expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.cells.name])).toEqual([
      ['子育て相談件数', '件', 2000, 2046, 'B3'],
      ['乳児家庭訪問実施率', '%', 100, 97.4, 'C3'],
      ['虐待相談対応件数', '件', 150, 186, 'D3'],
    ]);
  });
});

test('a short word under a merged name (健康寿命 over 男性 | 女性) is no indicator’s name: no group row', () => {
  const sheet = snap(
    '推移',
    [
      ['健康寿命の推移'],
      ['年度', '健康寿命', null, '特定健診受診率'],
      [null, '男性', '女性', '（％）'],
      ['令和４年度', 79.1, 83.9, 38.2],
      ['令和５年度', 79.4, 84.1, 39.5],
      ['目標値（令和６年度）', 80, 85, 45],
    ],
    { merges: ['A2:A3', 'B2:C2'] },
  );
  const names = checkWorkbook({ sheets: [sheet] }, {}).report.indicators.map((i) => i.name);
  expect(names).not.toContain('男性');
  expect(names).not.toContain('女性');
  // Each column is the name measured for whom its word says.
  expect(names).toEqual(['健康寿命（男性）', '健康寿命（女性）', '特定健診受診率']);
});

describe('生徒指導の状況: 児童（小学校） | 生徒（中学校） groups, いじめ解消率（％） over 小学校 | 中学校', () => {
  const sheet = snap(
    '不登校・いじめ',
    [
      ['令和５年度　生徒指導の状況'],
      ['年度', '児童（小学校）', null, null, '生徒（中学校）', null, null],
      [null, '学校数', '不登校児童数', '不登校児童出現率', '学校数', '不登校生徒数', '不登校生徒出現率'],
      ['（単位）', '校', '人', '％', '校', '人', '％'],
      ['令和４年度', 18, 95, 1.5, 8, 180, 5.65],
      ['令和５年度', 18, 105, 1.68, 8, 191, 6.12],
      ['目標値（令和５年度）', null, null, 1.2, null, null, 5.0],
      [],
      ['年度', 'いじめ認知件数（件）', null, 'いじめ解消率（％）', null],
      [null, '小学校', '中学校', '小学校', '中学校'],
      ['令和４年度', 397, 110, 90.2, 96.4],
      ['令和５年度', 412, 98, 88.6, 97.1],
      ['目標値（令和５年度）', null, null, 95, 95],
    ],
    { merges: ['A2:A3', 'B2:D2', 'E2:G2', 'A9:A10', 'B9:C9', 'D9:E9'] },
  );
  const read = () => checkWorkbook({ sheets: [sheet] }, {}).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual]);

  test('単年度 | 累計 under one name are no subjects: one indicator, its year’s figure read', () => {
    const twins = snap(
      '整備',
      [
        ['年度', '防犯カメラ設置校数（校）', null],
        [null, '単年度', '累計'],
        ['令和４年度', 4, 8],
        ['令和５年度', 6, 14],
        ['目標値（令和５年度）', 5, null],
      ],
      { merges: ['A1:A2', 'B1:C1'] },
    );
    const report = checkWorkbook({ sheets: [twins] }, {}).report;
    expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([['防犯カメラ設置校数', 5, 6]]);
  });

  test('the columns the foot row leaves blank (学校数, 不登校児童数, いじめ認知件数) are counts watched, no indicators', () => {
    expect(read()).toEqual([
      ['不登校児童出現率', '%', 1.2, 1.68],
      ['不登校生徒出現率', '%', 5, 6.12],
      ['いじめ解消率（小学校）', '%', 95, 88.6],
      ['いじめ解消率（中学校）', '%', 95, 97.1],
    ]);
  });
});

test('a quantity over its parts, or short measure words under a subject (交通事故 over 発生件数 | 死傷者数), is no group row (review rv56)', () => {
  const sheet = (group: string, subs: [string, string]) =>
    snap(
      '推移',
      [
        ['指標の推移（評価年度：令和５年度）'],
        ['年度', group, null],
        [null, ...subs],
        ['令和４年度', 40, 30],
        ['令和５年度', 45, 28],
        ['目標値（令和６年度）', 40, 20],
      ],
      { merges: ['A2:A3', 'B2:C2'] },
    );
  for (const [group, subs] of [
    ['交通事故', ['発生件数（件）', '死傷者数（人）']],
    ['待機児童数', ['保育所等待機児童数（人）', '放課後児童クラブ待機児童数（人）']],
  ] as [string, [string, string]][]) {
    const names = checkWorkbook({ sheets: [sheet(group, subs)] }, {}).report.indicators.map((i) => i.name);
    expect(names).not.toContain('発生件数');
    expect(names).not.toContain('保育所等待機児童数');
  }
});
