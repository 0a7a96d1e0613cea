/** An action's 計画 (捕獲計画) beside the result and a 計画比 is the year's plan; without the ratio, or a plan document's name, none. */
import { checkWorkbook } from '../actions/check';
import { labelRatioPlan, labelRatioPlanOverParts } from './ratioPlanHeading';
import { snap } from './testing';
import type { Label } from '../values/labels';

type Cell = { col: number; text: string; label: Label | null; period: unknown };
const row = (...heads: [string, Label | null][]): Cell[] => heads.map(([text, label], col) => ({ col, text, label, period: null }));
const planOf = (cells: Cell[]) => cells.filter((c) => c.label?.role === 'expected').map((c) => c.text);

const month: [string, Label] = ['3月', { role: 'part' }];

test.each(['捕獲計画', '販売計画', '捕獲計画頭数', '植栽計画量'])('「%s」 left of 計画比 beside the months’ 年度計 is the plan', (t) => {
  const cells = row(['鳥獣種', null], month, ['年度計', { role: 'actual' }], [t, null], ['計画比', { role: 'derived' }]);
  labelRatioPlan(cells);
  expect(planOf(cells)).toEqual([t]);
});

test.each(['事業計画', '関連計画', '基本計画', '実施計画', '年度計画', '計画期間'])('「%s」 names a plan document or a term: none', (t) => {
  const cells = row(['品目', null], month, ['実績', { role: 'actual' }], [t, null], ['計画比', { role: 'derived' }]);
  labelRatioPlan(cells);
  expect(planOf(cells)).toEqual([]);
});

test('review rv64: a term or a total in the bracket, no months (a plan’s whole term may be meant), or a 区分 column: none', () => {
  const cases = [
    row(['鳥獣種', null], month, ['年度計', { role: 'actual' }], ['捕獲計画（5か年）', null], ['計画比', { role: 'derived' }]),
    row(['鳥獣種', null], month, ['年度計', { role: 'actual' }], ['捕獲計画（R3-R7計）', null], ['計画比', { role: 'derived' }]),
    row(['鳥獣種', null], month, ['年度計', { role: 'actual' }], ['捕獲計画（累計）', null], ['計画比', { role: 'derived' }]),
    row(['品目', null], ['実績', { role: 'actual' }], ['販売計画', null], ['計画達成率', { role: 'derived' }]),
    row(['鳥獣種', null], ['区分', { role: 'category' }], month, ['年度計', { role: 'actual' }], ['捕獲計画', null], ['計画比', { role: 'derived' }]),
  ];
  for (const cells of cases) {
    labelRatioPlan(cells);
    expect(planOf(cells)).toEqual([]);
  }
  const unit = row(['鳥獣種', null], month, ['年度計', { role: 'actual' }], ['捕獲計画（頭）', null], ['計画比', { role: 'derived' }]);
  labelRatioPlan(unit);
  expect(planOf(unit)).toEqual(['捕獲計画（頭）']);
});

test('without a 計画比 (or with the ratio left of it, or two such headings) no plan is read', () => {
  const none = row(['鳥獣種', null], month, ['年度計', { role: 'actual' }], ['捕獲計画', null], ['備考', { role: 'note' }]);
  const left = row(['計画比', { role: 'derived' }], month, ['年度計', { role: 'actual' }], ['捕獲計画', null]);
  const two = row(month, ['年度計', { role: 'actual' }], ['捕獲計画', null], ['駆除計画', null], ['計画比', { role: 'derived' }]);
  for (const cells of [none, left, two]) {
    labelRatioPlan(cells);
    expect(planOf(cells)).toEqual([]);
  }
});

const read = (rows: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [snap('捕獲実績', rows)] }, {}).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual]);

test('鳥獣種 | 4月 … | 年度計 | 捕獲計画 | 計画比: each kind is an indicator, its 年度計 the actual and the plan its target', () => {
  const rows = [
    ['令和２年度　有害鳥獣捕獲実績（月別）', null, null, null, null, null, null, null],
    [null, null, null, null, null, null, '（単位：頭）', null],
    ['鳥獣種', '４月', '５月', '６月', '年度計', '捕獲計画', '計画比', '備考'],
    ['イノシシ', 120, 150, 166, 436, 400, 1.09, null],
    ['ニホンジカ', 80, 90, 77, 247, 300, 0.823, null],
    ['ツキノワグマ', 1, 0, 2, 3, '－', '－', '錯誤捕獲を含む'],
  ];
  expect(read(rows)).toEqual([
    ['イノシシ', '頭', 400, 436],
    ['ニホンジカ', '頭', 300, 247],
    ['ツキノワグマ', '頭', null, 3],
  ]);
});

test('the same count by kind with 捕獲計画 and no ratio stays a breakdown, no indicators (as before)', () => {
  const rows = [
    ['令和２年度　有害鳥獣捕獲実績（月別）', null, null, null, null, null],
    ['鳥獣種', '４月', '５月', '６月', '年度計', '捕獲計画'],
    ['イノシシ', 120, 150, 166, 436, 400],
    ['ニホンジカ', 80, 90, 77, 247, 300],
  ];
  expect(read(rows)).toEqual([]);
});

describe('hold-out 164: 年間計画発電量, and the months on the header’s second row', () => {
  test.each(['年間計画発電量', '年間計画件数', '年間計画量'])('「%s」 left of 計画比 beside the months’ 年度計 is the plan', (t) => {
    const cells = row(['施設名', null], month, ['年度計', { role: 'actual' }], [t, null], ['計画比', { role: 'derived' }]);
    labelRatioPlan(cells);
    expect(planOf(cells)).toEqual([t]);
  });
  test.each(['年間計画', '年間計画表', '年間計画発電量（5か年）'])('「%s」 (a schedule, a term) stays unread', (t) => {
    const cells = row(['施設名', null], month, ['年度計', { role: 'actual' }], [t, null], ['計画比', { role: 'derived' }]);
    labelRatioPlan(cells);
    expect(planOf(cells)).toEqual([]);
  });

  const heads = (plan: string, ratio: string) =>
    [
      ['施設名', null],
      ['月別発電量', null],
      ['年度計', { role: 'actual' }],
      [plan, null],
      [ratio, ratio === '計画比' ? { role: 'derived' } : null],
    ].map(([text, label], i) => ({ col: i === 0 ? 0 : i === 1 ? 1 : 11 + i, text: text as string, label: label as Label | null, period: null }));
  const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'].map((text, i) => ({
    col: 1 + i,
    text,
    label: { role: 'part' } as Label,
    period: null,
  }));
  test('headings merged down over a row of months read as one row; without the ratio, or not merged down, none', () => {
    const above = heads('年間計画発電量', '計画比');
    labelRatioPlanOverParts(above, months, (c) => c.col !== 1);
    expect(planOf(above)).toEqual(['年間計画発電量']);
    const noRatio = heads('年間計画発電量', '備考');
    labelRatioPlanOverParts(noRatio, months, (c) => c.col !== 1);
    expect(planOf(noRatio)).toEqual([]);
    const notDown = heads('年間計画発電量', '計画比');
    labelRatioPlanOverParts(notDown, months, () => false);
    expect(planOf(notDown)).toEqual([]);
  });

  const sheet = (plan: string) => [
    ['令和４年度　公共施設太陽光発電設備　月別発電実績', null, null, null, null, null, null, null],
    ['施設名', '設備容量（kW）', '月別発電量', null, null, '年度計', plan, '計画比'],
    [null, null, '4月', '5月', '3月', null, null, null],
    ['市役所本庁舎', 50, 5000, 5600, 5100, 15700, 15000, 1.047],
    ['中央公民館', 20, 1900, 2000, 1800, 5700, 6000, 0.95],
  ];
  const merges = ['A2:A3', 'B2:B3', 'C2:E2', 'F2:F3', 'G2:G3', 'H2:H3'];
  test('a facility × months record with 年間計画発電量 over two header rows: each facility’s plan is its target', () => {
    const got = checkWorkbook({ sheets: [snap('発電実績', sheet('年間計画\n発電量'), { merges })] }, {}).report.indicators;
    expect(got.map((i) => [i.name, i.target, i.actual])).toEqual([
      ['市役所本庁舎', 15000, 15700],
      ['中央公民館', 6000, 5700],
    ]);
  });
  test('counter-example: a bare 年間計画 there (a schedule column) sets no target', () => {
    const got = checkWorkbook({ sheets: [snap('発電実績', sheet('年間計画'), { merges })] }, {}).report.indicators;
    expect(got.every((i) => i.target === null)).toBe(true);
  });
});

test.each(['年間計画変更件数', '年間計画外件数', '年間計画未達件数'])('review rv74: 「%s」 counts something about the plan, not the plan', (t) => {
  const cells = row(['施設名', null], month, ['年度計', { role: 'actual' }], [t, null], ['計画比', { role: 'derived' }]);
  labelRatioPlan(cells);
  expect(planOf(cells)).toEqual([]);
});

describe('review rv74: a plan of what is used up or given off, and a year not over', () => {
  const read = (rows: unknown[][], merges: string[]) => checkWorkbook({ sheets: [snap('S', rows as never, { merges })] }, {}).report;

  test.each(['年間計画使用量', '年間計画排出量', '処理計画量'])('「%s」 (a ceiling) is not read as a plan to reach: flagged, never graded A', (plan) => {
    const report = read(
      [
        ['令和４年度　公共施設エネルギー使用状況'],
        ['施設名', '月別使用量（kWh）', null, null, '年度計', plan, '計画比'],
        [null, '4月', '5月', '3月', null, null, null],
        ['市役所本庁舎', 30000, 31000, 29000, 355000, 340000, 1.044],
        ['中央公民館', 3000, 3100, 2900, 35500, 36000, 0.986],
      ],
      ['A2:A3', 'B2:D2', 'E2:E3', 'F2:F3', 'G2:G3'],
    );
    expect(report.indicators.find((i) => i.name === '市役所本庁舎')?.grade ?? null).not.toBe('A');
    expect(report.indicators.every((i) => i.target === null)).toBe(true);
    expect(report.findings.some((f) => f.code === 'missing-target')).toBe(true);
  });

  test('a record 「（9月末現在）」 with 10月 … 3月 blank is a year not over: no plan read, flagged, not graded D', () => {
    const report = read(
      [
        ['令和５年度　公共施設太陽光発電設備　月別発電実績（9月末現在）'],
        ['施設名', '月別発電量', null, null, null, '年度計', '年間計画発電量', '計画比'],
        [null, '4月', '5月', '9月', '3月', null, null, null],
        ['市役所本庁舎', 5000, 5600, 5100, null, 15700, 60000, 0.26],
      ],
      ['A2:A3', 'B2:E2', 'F2:F3', 'G2:G3', 'H2:H3'],
    );
    expect(report.indicators.map((i) => [i.name, i.target, i.grade ?? null])).toEqual([['市役所本庁舎', null, null]]);
    expect(report.findings.some((f) => f.code === 'missing-target')).toBe(true);
  });

  test('counter-example: the whole year filled (3月 too) still reads the plan of what is produced', () => {
    const report = read(
      [
        ['令和５年度　公共施設太陽光発電設備　月別発電実績'],
        ['施設名', '月別発電量', null, null, null, '年度計', '年間計画発電量', '計画比'],
        [null, '4月', '5月', '9月', '3月', null, null, null],
        ['市役所本庁舎', 5000, 5600, 5100, 4900, 60700, 60000, 1.01],
      ],
      ['A2:A3', 'B2:E2', 'F2:F3', 'G2:G3', 'H2:H3'],
    );
    expect(report.indicators.map((i) => [i.target, i.actual])).toEqual([[60000, 60700]]);
  });
});

test('review rv76: a count of cases handled (年間計画処理件数) is work to get through, the year’s plan; 処理量 stays a ceiling', () => {
  const plan = (t: string) => {
    const cells = row(['窓口', null], month, ['年度計', { role: 'actual' }], [t, null], ['計画比', { role: 'derived' }]);
    labelRatioPlan(cells);
    return planOf(cells);
  };
  expect(plan('年間計画処理件数')).toEqual(['年間計画処理件数']);
  expect(plan('年間計画処理量')).toEqual([]);
});
