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

describe('a name wrapped onto the next row with the unit written there', () => {
  const head = [
    ['成果指標の達成状況（令和5年度）', null, null, null, null],
    ['No.', '指標', '単位', '目標値', '実績値'],
  ];

  test('the row below with only the rest of the name and the unit continues the name, the id merged over both rows', () => {
    const rows = [
      ...head,
      [1, '地域の行事や活動に参加している', null, 70, 66.4],
      [1, '村民の割合', '％', null, null],
      [2, '特定健康診査の受診率', '％', 60, 52.1],
    ];
    const { report } = checkWorkbook({ sheets: [snap('指標', rows, { merges: ['A3:A4'] })] }, {});
    expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.cells?.unit])).toEqual([
      ['地域の行事や活動に参加している村民の割合', '%', 70, 66.4, 'C4'],
      ['特定健康診査の受診率', '%', 60, 52.1, 'C5'],
    ]);
  });

  test('without an id column, the figures merged over both rows and the unit below say the same', () => {
    const rows = [
      ['成果指標', '単位', '目標値', '実績値'],
      ['障がいのある人も参加できる', null, 12, 9],
      ['スポーツ教室の開催回数', '回', 12, 9],
      ['町主催スポーツ大会の参加者数', '人', 1500, 1488],
    ];
    const { report } = checkWorkbook({ sheets: [snap('指標', rows, { merges: ['C2:C3', 'D2:D3'] })] }, {});
    expect(report.indicators.map((i) => [i.name, i.unit])).toEqual([
      ['障がいのある人も参加できるスポーツ教室の開催回数', '回'],
      ['町主催スポーツ大会の参加者数', '人'],
    ]);
  });

  test('a row with a unit of its own under a row that has one is an indicator, even without figures', () => {
    const rows = [
      ['成果指標', '単位', '目標値', '実績値'],
      ['観光入込客数', '千人', 200, 162],
      ['外国人宿泊者数', '人', null, null],
    ];
    const { report } = checkWorkbook({ sheets: [snap('指標', rows)] }, {});
    expect(report.indicators.map((i) => i.name)).toEqual(['観光入込客数', '外国人宿泊者数']);
  });
});

test('a 合計 line under the last numbered row is the table’s total, no next line of the name above', () => {
  const rows = [
    ['主要な施策の成果'],
    ['No.', '事業名', '予算現額', '目標', '実績'],
    [1, '病児保育事業', 24800, '開設日数　240日', '開設日数　243日'],
    [2, '妊婦・乳児健康診査事業', 98700, '受診率　95％', '受診率　96.2％'],
    [null, '合計', 123500, null, null],
  ];
  const report = checkWorkbook({ sheets: [snap('成果', rows)] }, {}).report;
  expect(report.indicators.map((i) => i.name)).toEqual(['病児保育事業', '妊婦・乳児健康診査事業']);
});
