import { checkWorkbook } from '../actions/check';
import { measurePair, splitPairCell } from './measurePairs';
import { snap } from './testing';

test.each([
  ['R5 実績／目標', ['actual', 'target'], [2023, 2023], 'slash'],
  ['目標/実績', ['target', 'actual'], [undefined, undefined], 'slash'],
  ['実績（目標）', ['actual', 'target'], [undefined, undefined], 'bracket'],
  ['計画値 / 実績値', ['expected', 'actual'], [undefined, undefined], 'slash'],
  ['実績（R5）／目標（R8）', ['actual', 'target'], [2023, 2026], 'slash'],
])('%s names two measures in the order of its cells', (heading, roles, years, joint) => {
  const pair = measurePair(heading);
  expect(pair?.roles).toEqual(roles);
  expect(pair?.periods.map((p) => p?.fiscalYear)).toEqual(years);
  expect(pair?.joint).toBe(joint);
});

test.each(['計画値／目標値', '目標値（計画値）', '目標・実績', '現況（計画策定時）', '目標（R8）', '実績／実績', '実績値', '指標名／単位', '実績（見込み）'])(
  '%s is no pair of measures',
  (heading) => {
    expect(measurePair(heading)).toBeNull();
  },
);

test.each([
  ['52,300／60,000', 'slash', [52300, 60000]],
  ['１，２４０ / １，０００', 'slash', [1240, 1000]],
  ['25（30）', 'bracket', [25, 30]],
  ['集計中／120', 'slash', [null, 120]],
  ['／120', 'slash', [null, 120]],
])('the cell %s holds two figures', (text, joint, values) => {
  const split = splitPairCell(text, joint as 'slash' | 'bracket');
  expect(split?.map((p) => p.value ?? null)).toEqual(values);
});

test.each([
  ['52,300', 'slash'],
  ['1／2／3', 'slash'],
  ['2,450（令和4年度）', 'bracket'],
  ['25（30）', 'slash'],
  ['実施／未実施', 'slash'],
])('the cell %s does not split into the two figures', (text, joint) => {
  expect(splitPairCell(text, joint as 'slash' | 'bracket')).toBeNull();
});

const sheet = (heading: string, rows: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [snap('施策1', [['令和５年度　施策評価'], [], ['指標名', '単位', heading, '備考'], ...rows])] }, {}).report;

test('a table whose cells hold 実績／目標 under a heading naming both gives each indicator its target and actual from the one cell', () => {
  const report = sheet('R5 実績／目標', [
    ['相談件数', '件', '45／60', null],
    ['講座参加者数', '人', '1,210 / 1,000', null],
  ]);
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.grade])).toEqual([
    ['相談件数', 60, 45, 'C'],
    ['講座参加者数', 1000, 1210, 'A'],
  ]);
  expect(report.indicators[0].cells).toMatchObject({ target: 'C4', actual: 'C4' });
  expect(report.period?.fiscalYear).toBe(2023);
});

test('the order comes from the heading: 目標（実績） reads the bracketed figure as the actual', () => {
  const report = sheet('目標（実績）', [['相談件数', '件', '60（45）', null]]);
  expect(report.indicators.map((i) => [i.target, i.actual])).toEqual([[60, 45]]);
});

test('a lone figure under a heading naming two measures is graded as neither, and the check names its cell', () => {
  const report = sheet('実績／目標', [
    ['相談件数', '件', '45／60', null],
    ['講座参加者数', '人', 1210, null],
  ]);
  const lone = report.indicators.find((i) => i.name === '講座参加者数')!;
  expect(lone.actual ?? null).toBeNull();
  expect(lone.grade ?? null).toBeNull();
  const onCell = report.findings.filter((f) => f.cell === 'C5');
  expect(onCell.map((f) => [f.code, f.params])).toEqual([['value-unparseable', { variant: 'pair-cell', value: '1210', cell: 'C5', heading: '実績／目標' }]]);
  expect(onCell[0].message).toContain('目標も実績も読まず');
});

/** The same two indicators, 実績／目標 in each cell, in the layouts that read a series: each gives R5's 45 of 60 and 1,210 of 1,000. */
const sameFacts = (rows: (string | number | null)[][], merges: string[] = []) => {
  const report = checkWorkbook({ sheets: [snap('施策1', rows, { merges })] }, {}).report;
  return report.indicators.map((i) => [i.name, i.target, i.actual, i.cells?.actual]);
};

test('a year over 実績／目標 sub-columns (a two-row header) dates both figures of each cell', () => {
  const rows = [
    ['令和５年度　施策評価'],
    ['指標名', '単位', 'R4', 'R5'],
    [null, null, '実績／目標', '実績／目標'],
    ['相談件数', '件', '40／50', '45／60'],
    ['講座参加者数', '人', '900／1,000', '1,210／1,000'],
  ];
  expect(sameFacts(rows)).toEqual([
    ['相談件数', 60, 45, 'D4'],
    ['講座参加者数', 1000, 1210, 'D5'],
  ]);
});

test('実績／目標 merged over the years: each year column holds both figures of that year', () => {
  const rows = [
    ['令和５年度　施策評価'],
    ['指標名', '単位', '実績／目標', null, null],
    [null, null, 'R3', 'R4', 'R5'],
    ['相談件数', '件', '30／50', '40／50', '45／60'],
    ['講座参加者数', '人', '800／1,000', '900／1,000', '1,210／1,000'],
  ];
  expect(sameFacts(rows, ['A2:A3', 'B2:B3', 'C2:E2'])).toEqual([
    ['相談件数', 60, 45, 'E4'],
    ['講座参加者数', 1000, 1210, 'E5'],
  ]);
});

test('years across with a 実績／目標 line per indicator (a period axis)', () => {
  const rows = [
    ['令和５年度　施策評価'],
    ['指標名', '単位', '', 'R3', 'R4', 'R5'],
    ['相談件数', '件', '実績／目標', '30／50', '40／50', '45／60'],
    ['講座参加者数', '人', '実績／目標', '800／1,000', '900／1,000', '1,210／1,000'],
  ];
  expect(sameFacts(rows)).toEqual([
    ['相談件数', 60, 45, 'F3'],
    ['講座参加者数', 1000, 1210, 'F4'],
  ]);
});

test('label / value forms and indicators across the columns read a 「R5 実績／目標」 line the same way', () => {
  const forms = [
    ['指標名', '相談件数'],
    ['単位', '件'],
    ['R5 実績／目標', '45／60'],
    [],
    ['指標名', '講座参加者数'],
    ['単位', '人'],
    ['R5 実績／目標', '1,210／1,000'],
  ];
  expect(sameFacts(forms)).toEqual([
    ['相談件数', 60, 45, 'B3'],
    ['講座参加者数', 1000, 1210, 'B7'],
  ]);
  const across = [['令和５年度'], ['項目', '相談件数', '講座参加者数'], ['単位', '件', '人'], ['R5 実績／目標', '45／60', '1,210／1,000']];
  expect(sameFacts(across)).toEqual([
    ['相談件数', 60, 45, 'B4'],
    ['講座参加者数', 1000, 1210, 'C4'],
  ]);
});

test('a bracketed heading over plain figures is a measure with a gloss: 実績（目標） over 45 reads 45 as the actual, as before', () => {
  const report = checkWorkbook(
    { sheets: [snap('施策1', [['令和５年度　施策評価'], [], ['指標名', '単位', '目標値', '実績（目標）'], ['相談件数', '件', 60, 45]])] },
    {},
  ).report;
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([['相談件数', 60, 45]]);
});

test('a derived third part stands aside: 実績／目標／達成率 over 45／60／75.0％ reads 45 and 60', () => {
  const pair = measurePair('R5 実績／目標／達成率')!;
  expect([pair.roles, pair.count, pair.at, pair.periods[1]?.fiscalYear]).toEqual([['actual', 'target'], 3, [0, 1], 2023]);
  expect(measurePair('達成率/目標/実績')).toMatchObject({ roles: ['target', 'actual'], at: [1, 2] });
  expect(measurePair('実績／達成率')).toBeNull();
  expect(splitPairCell('45／60／75.0%', pair)?.map((p) => p.value)).toEqual([45, 60]);
  expect(splitPairCell('45／60', pair)).toBeNull();
  const report = sheet('R5 実績／目標／達成率', [['相談件数', '件', '45／60／75.0％', null]]);
  expect(report.indicators.map((i) => [i.target, i.actual, i.grade])).toEqual([[60, 45, 'C']]);
});

test('one figure per line under a two-line heading (目標⏎実績, 上段：目標⏎下段：実績), when the cells hold two lines', () => {
  expect(measurePair('上段：目標\n下段：実績')).toMatchObject({ roles: ['target', 'actual'], joint: 'lines', heading: '上段：目標 下段：実績' });
  expect(measurePair('実績値\n（R5）')).toBeNull();
  const two = sheet('目標\n実績', [
    ['相談件数', '件', '60\n45', null],
    ['講座参加者数', '人', '1,000\n1,210（速報値）', null],
  ]);
  expect(two.indicators.map((i) => [i.name, i.target, i.actual, i.actualStatus ?? 'value'])).toEqual([
    ['相談件数', 60, 45, 'value'],
    ['講座参加者数', 1000, 1210, 'provisional'],
  ]);
  // A wrapped heading over one figure per cell is no pair: the column reads as before (nothing here).
  const one = sheet('目標\n実績', [['相談件数', '件', 60, null]]);
  expect(one.indicators.map((i) => i.actual ?? null)).toEqual([]);
});
