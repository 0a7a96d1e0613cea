/** A unit note on a line of its own above a table (「（単位：人）」) is the unit of every row with none of its own; a note of several units is none. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

function sheet(note: string) {
  return snap('指標', [
    ['生涯学習の成果指標', null, null, null],
    [null, null, null, note],
    ['指標名', '目標値', '実績値', '備考'],
    ['公民館講座の延べ受講者数', 5000, 5600, null],
    ['図書館の貸出冊数（冊）', 300000, 284000, null],
    ['生涯学習ボランティア登録者数', 120, 98, null],
  ]);
}

test('the noted unit goes to the rows without one; a unit in the name keeps its own', () => {
  const { report } = checkWorkbook({ sheets: [sheet('（単位：人）')] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.cells.unit ?? null])).toEqual([
    ['公民館講座の延べ受講者数', '人', 'D2'],
    ['図書館の貸出冊数', '冊', expect.anything()],
    ['生涯学習ボランティア登録者数', '人', 'D2'],
  ]);
});

test('a note naming several units gives no row a unit', () => {
  const { report } = checkWorkbook({ sheets: [sheet('（単位：人、冊ほか）')] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit])).toEqual([
    ['公民館講座の延べ受講者数', null],
    ['図書館の貸出冊数', '冊'],
    ['生涯学習ボランティア登録者数', null],
  ]);
});
