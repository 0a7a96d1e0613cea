/** A unit cell holding only a footnote mark takes the unit of that mark's footnote; a bare mark is never a unit. */
import { checkWorkbook } from '../actions/check';
import { bareFootnoteMark, footnoteUnit } from './footnoteUnit';
import { snap } from './testing';

function sheet(notes: string[]) {
  return snap('指標', [
    ['指標名', '単位', '目標値', '実績値'],
    ['自転車駐車場の利用台数', '＊1', 3000, 3100],
    ['不法投棄の通報件数※2', '（注2）', 40, 52],
    ['公園の清掃回数', '回', 12, 12],
    ['街路樹の植栽本数', '※3', 200, 150],
    [null, null, null, null],
    ...notes.map((n) => [n, null, null, null]),
  ]);
}

test('the mark in a unit cell refers to the footnote of that mark: its unit and its direction words are the row’s', () => {
  const { report } = checkWorkbook({ sheets: [sheet(['＊1 単位：台（1日平均）', '（注2）単位：件。減少を目指す指標です。', '※3 市全域の合計'])] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.cells.unit ?? null])).toEqual([
    ['自転車駐車場の利用台数', '台', 'A7'],
    ['不法投棄の通報件数', '件', 'A8'],
    ['公園の清掃回数', '回', 'B4'],
    ['街路樹の植栽本数', null, null],
  ]);
  expect(report.indicators[1].direction).toBe('down');
});

test('a mark with no footnote, or with several, gives no unit rather than the mark itself', () => {
  const { report } = checkWorkbook({ sheets: [sheet(['＊1 単位：台', '＊1 単位：人'])] }, {});
  expect(report.indicators.map((i) => i.unit)).toEqual([null, null, '回', null]);
});

test('only a cell of nothing but a mark is a mark; a footnote names its unit after 単位', () => {
  expect(['※1', '（注2）', '＊', '※10', '※1 単位：人', '人※1', '注'].map(bareFootnoteMark)).toEqual(['※1', '注2', '*', '※10', null, null, '注']);
  expect(['※1 単位：千t-CO2（換算）。削減を目指す。', '※3 単位：％', '※4 8地点の割合'].map(footnoteUnit)).toEqual(['千t-CO2', '%', null]);
});
