/** A pivot table's row items over their 目標値 / 実績値 lines, in the same column: each names its group. */
import { detectWorkbook } from './index';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];
const read = (rows: (string | number | null)[][]) =>
  detectWorkbook([snap('ピボット', rows)], scale)[0].indicators.map((i) => [
    i.name,
    i.unit ?? null,
    i.targets.find((t) => t.period?.fiscalYear === 2024)?.parsed.value ?? null,
    i.actuals.find((a) => a.period?.fiscalYear === 2024)?.parsed.value ?? null,
  ]);

const pivot = [
  ['デジタル推進計画ＫＰＩ　2024年度実績'],
  [],
  ['合計 / 値', '列ラベル'],
  ['行ラベル', 2023, 2024, '総計'],
  ['A01 手続のオンライン化件数（件）', 271, 318, 589],
  ['目標値', 130, 150, 280],
  ['実績値', 141, 168, 309],
  ['A02 窓口の相談件数（人）', 45, 38, 83],
  ['目標値', 25, 20, 45],
  ['実績値', 20, 18, 38],
  ['総計', 316, 356, 672],
];

test('each item line names the lines under it; the captions 列ラベル / 総計 name nothing', () => {
  expect(read(pivot)).toEqual([
    ['手続のオンライン化件数', '件', 150, 168],
    ['窓口の相談件数', '人', 20, 18],
  ]);
});

test('a group without its item line: no group is named by the rule, not even those with one', () => {
  const rows = pivot.filter((r) => r[0] !== 'A02 窓口の相談件数（人）');
  expect(read(rows).map((r) => r[0])).not.toContain('手続のオンライン化件数');
});

test('an item of a blank source cell (（空白）) is no name', () => {
  const rows = pivot.map((r) => (r[0] === 'A02 窓口の相談件数（人）' ? ['（空白）', ...r.slice(1)] : r));
  expect(read(rows).map((r) => r[0])).not.toContain('（空白）');
});

test('an outline by hand with a describing line under each name: the topmost line names the group (review rv40)', () => {
  const rows = [
    ['デジタル推進計画ＫＰＩ　2024年度実績'],
    [],
    ['指標', 2023, 2024],
    ['手続のオンライン化件数（件）'],
    ['オンラインで申請できる手続の数', null, null],
    ['目標値', 130, 150],
    ['実績値', 141, 168],
    ['窓口の相談件数（人）'],
    ['窓口で受けた相談の延べ件数', null, null],
    ['目標値', 25, 20],
    ['実績値', 20, 18],
  ];
  expect(read(rows)).toEqual([
    ['手続のオンライン化件数', '件', 150, 168],
    ['窓口の相談件数', '人', 20, 18],
  ]);
});
