/** A legend of lower-case letters written on over lines (a … c, then d, e in the cell under it) is one legend. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { letterRunOf } from './letterLegendLines';
import { snap } from './testing';

const read = (values: CellValue[][]) => checkWorkbook({ sheets: [snap('評価指標', values)] }, {}).report;

const table = (first: string, second: string | null, gap = false): CellValue[][] => [
  ['食育推進計画　評価指標の状況（令和5年度）'],
  ['指標', '計画策定時の値（R2）', '直近値（R5）', '目標値（R8）', '評価'],
  ['朝食を毎日食べる子どもの割合', 92.1, 93.4, 100, 'b'],
  ['食育に関心のある市民の割合', 70.2, 66.3, 90, 'd'],
  ['地場産物を使用する割合', 30.5, '－', 40, 'e'],
  [],
  [first],
  ...(gap ? [[]] : []),
  [second],
];

test.each([
  ['d：悪化している　e：評価困難', ['d', 'e']],
  ['e：評価困難', ['e']],
  ['a＝達成、b＝改善', ['a', 'b']],
])('the letters a line states, from whichever it starts: %s', (text, letters) => {
  expect(letterRunOf(text)).toEqual(letters);
});

test.each(['d：悪化　f：評価困難', 'D：悪化　E：評価困難', '※直近値の「－」は調査未実施'])('no run of letters: %s', (text) => {
  expect(letterRunOf(text)).toEqual([]);
});

test('a legend written on in the cell under it: d and e are the sheet letters, reported as written', () => {
  const report = read(table('a：目標値に達した　b：改善傾向にある　c：変わらない', 'd：悪化している　e：評価困難'));
  expect(report.indicators.map((i) => i.existingGrade)).toEqual(['b', 'd', 'e']);
});

test('a line under it not going on from c (a again, or b) does not write the legend on: d and e stay the grades they spell', () => {
  for (const second of ['a：達成　b：未達成', 'b：改善　c：横ばい', null]) {
    const report = read(table('a：目標値に達した　b：改善傾向にある　c：変わらない', second));
    expect(report.indicators.map((i) => i.existingGrade)).toEqual(['b', 'D', 'E']);
  }
});

test('a line two rows down is no continuation', () => {
  const report = read(table('a：目標値に達した　b：改善傾向にある　c：変わらない', 'd：悪化している　e：評価困難', true));
  expect(report.indicators.map((i) => i.existingGrade)).toEqual(['b', 'D', 'E']);
});
