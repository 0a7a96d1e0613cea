/** A note saying the 見込量 is no target: the 見込量 columns give no target, the actual is read and not graded. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { snap } from './testing';

const sheet = (note: string | null): CellValue[][] => [
  ['障害児福祉計画の進捗状況（令和6年度）'],
  [note],
  ['サービス', '単位', '令和6年度', null, '令和7年度', null],
  [null, null, '見込量', '実績', '見込量', '実績'],
  ['児童発達支援', '人日/月', 2180, 2356, 2290, null],
  ['保育所等訪問支援', '人日/月', 64, 51, 72, null],
];
const merges = ['A3:A4', 'B3:B4', 'C3:D3', 'E3:F3'];
const read = (note: string | null) =>
  checkWorkbook({ sheets: [snap('活動指標', sheet(note), { merges })] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual, i.grade]);

test('「※見込量は…目標値ではありません」: no target, no grade, the actual read', () => {
  expect(read('※見込量は、各年度に必要となるサービス量を見込んだものであり、達成を目指す目標値ではありません。')).toEqual([
    ['児童発達支援', null, 2356, null],
    ['保育所等訪問支援', null, 51, null],
  ]);
});

test.each([null, '※見込量は、各年度に必要となるサービス量を見込んだものです。', '※実績は目標値ではありません。'])(
  'without a note denying the 見込量 is a target, it is the target: %s',
  (note) => {
    expect(read(note)).toEqual([
      ['児童発達支援', 2180, 2356, 'A'],
      ['保育所等訪問支援', 64, 51, 'C'],
    ]);
  },
);
