/** A rating column merged down each policy's rows of one table: each merged cell rates the indicators of the rows it spans. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const rows: (string | number | null)[][] = [
  ['令和5年度　施策の評価一覧', null, null, null, null, null, null],
  [null, null, null, null, null, null, null],
  ['施策名', '成果指標', '単位', '目標値', '実績値', '指標評価', '施策評価'],
  ['観光の振興', '観光入込客数', '万人', 200, 210, 'A', null],
  [null, '宿泊者数', '人', 50000, 40000, 'C', null],
  ['農業の振興', '新規就農者数', '人', 10, 8, 'B', null],
  [null, '農産物直売所の売上額', '千円', 90000, 95000, 'A', null],
  [null, '耕作放棄地の解消面積', 'ha', 5, 2, 'C', null],
];

test('each merged rating cell owns the rows it spans: one group per policy, rolling up its own indicators', () => {
  const merges = ['A4:A5', 'G4:G5', 'A6:A8', 'G6:G8'];
  const { report } = checkWorkbook({ sheets: [snap('施策評価', rows, { merges })] }, {});
  expect(report.indicators).toHaveLength(5);
  // 観光: A and C → mean 3 → B; 農業: B, A, C → mean 3 → B; each in its own cell.
  expect(report.groups.map((g) => g.cell)).toEqual(['G4', 'G6']);
});

test('one merged rating cell over the whole table is the one rating of the sheet, as before', () => {
  const merges = ['A4:A5', 'A6:A8', 'G4:G8'];
  const { report } = checkWorkbook({ sheets: [snap('施策評価', rows, { merges })] }, {});
  expect(report.groups.map((g) => g.cell)).toEqual(['G4']);
});
