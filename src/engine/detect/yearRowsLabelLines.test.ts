/**
 * Blocks whose years are rows, each under a label | value line (方向性 | 減らす | 単位 | 人) and a title with a
 * name label above it (指標① over the name), tiled across: the label line is no header (its values are no names),
 * the 方向性 value is the block's stated way, and the title under 指標① is a sure name. The sheet's year stands
 * beside its 評価対象年度 label on a row of several label | value pairs.
 */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

const BLOCKS = [
  { name: '図書館来館者数', way: '増やす', unit: '人', t: [100, 110, 120], a: [95, 112, 118] },
  { name: '交通事故件数', way: '減らす', unit: '件', t: [50, 45, 40], a: [52, 47, 44] },
  { name: 'ボランティア登録者数', way: '増やす', unit: '人', t: [300, 320, 340], a: [290, 330, 350] },
];

function sheet() {
  const across = (f: (b: (typeof BLOCKS)[number], i: number) => unknown[]) => BLOCKS.flatMap((b, i) => [...f(b, i), null]);
  const rows: unknown[][] = [
    ['施策評価シート'],
    ['評価対象年度', '令和5年度', null, null, null, null, null, null, '施策の評価', null, '前年度評価', 'B'],
    [],
    across((_, i) => [`指標${'①②③'[i]}`, null, null, null]),
    across((b) => [b.name, null, null, null]),
    across((b) => ['方向性', b.way, '単位', b.unit]),
    across(() => ['年度', '目標', '実績', '達成率']),
    ...[2021, 2022, 2023].map((y, k) => across((b) => [`${y}年度`, b.t[k], b.a[k], null])),
  ];
  return snap('施策1', rows as never, { merges: ['A5:D5', 'F5:I5', 'K5:N5'] });
}

test('each block takes its title under 指標① as a sure name, its unit and the way beside 方向性', () => {
  const read = detectSheet(sheet(), scale).indicators.map((i) => [
    i.name,
    i.unit ?? null,
    i.statedDirection?.value ?? null,
    i.actuals.map((a) => a.cell),
    i.guesses ?? [],
  ]);
  expect(read).toEqual([
    ['図書館来館者数', '人', 'up', ['C8', 'C9', 'C10'], []],
    ['交通事故件数', '件', 'down', ['H8', 'H9', 'H10'], []],
    ['ボランティア登録者数', '人', 'up', ['M8', 'M9', 'M10'], []],
  ]);
});

test('the year beside 評価対象年度 on a row of several label | value pairs is the stated period', () => {
  expect(detectSheet(sheet(), scale).meta.statedPeriod).toMatchObject({ cell: 'B2', period: { fiscalYear: 2023 } });
  const { report } = checkWorkbook({ sheets: [sheet()] }, {});
  expect(report.period).toMatchObject({ fiscalYear: 2023, source: 'sheet' });
  expect(report.indicators.map((i) => [i.target, i.actual])).toEqual([
    [120, 118],
    [40, 44],
    [340, 350],
  ]);
});

test('a row with two stated labels and two years (評価年度 | 令和5年度 | 対象年度 | 令和4年度) is no one statement', () => {
  const s = snap('事業', [['事業評価シート'], ['評価年度', '令和5年度', null, '対象年度', '令和4年度', null, '前年度評価', 'B']] as never);
  expect(detectSheet(s, scale).meta.statedPeriod?.cell).not.toBe('B2');
});
