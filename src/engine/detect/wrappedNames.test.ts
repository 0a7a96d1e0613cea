/** A name written over two cells one below the other, beside an ID, unit and figures merged down over both rows. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const rows: (string | number | null)[][] = [
  ['令和5年度　生涯学習推進計画　指標一覧', null, null, null, null],
  ['番号', '指標名', '単位', '目標値', '実績値'],
  ['L-1', '市立図書館における', '冊', 300000, 284000],
  [null, '年間貸出冊数', null, null, null],
  ['L-2', '公民館講座の', '人', 5000, 5600],
  [null, '延べ受講者数', null, null, null],
];
// ID, unit and figures merged over each indicator's two rows; the name cells are not.
const merges = ['A3:A4', 'C3:C4', 'D3:D4', 'E3:E4', 'A5:A6', 'C5:C6', 'D5:D6', 'E5:E6'];

test('the second line of a wrapped name goes on with the name above, not a spurious indicator', () => {
  const { report } = checkWorkbook({ sheets: [snap('指標', rows, { merges })] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual])).toEqual([
    ['市立図書館における年間貸出冊数', '冊', 300000, 284000],
    ['公民館講座の延べ受講者数', '人', 5000, 5600],
  ]);
});

test('without the merges a row under another is an indicator of its own (with its own figures)', () => {
  const own = rows.map((r, i) => (i === 3 ? [null, '電子書籍の貸出冊数', '冊', 2000, 2500] : i === 5 ? [null, '出前講座の回数', '回', 30, 24] : r));
  const { report } = checkWorkbook({ sheets: [snap('指標', own)] }, {});
  expect(report.indicators.map((i) => i.name)).toEqual(['市立図書館における', '電子書籍の貸出冊数', '公民館講座の', '出前講座の回数']);
});
