/** A year's actual in 速報値 | 確定値 columns: the final figure where written, else the early one, provisional. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const read = (rows: (string | number | null)[][], merges: string[]) => {
  const { report } = checkWorkbook({ sheets: [snap('指標', rows, { merges })] }, {});
  return {
    facts: report.indicators.map((i) => [i.name, i.actual, i.actualStatus, i.cells?.actual]),
    guesses: report.findings.filter((f) => f.code === 'reading-uncertain').length,
  };
};

test('the 確定値 where written, else the 速報値 marked provisional; no column choice to flag', () => {
  const rows = [
    ['令和5年度 指標の状況'],
    ['指標名', '単位', '令和5年度目標', '令和5年度実績', null],
    [null, null, null, '速報値', '確定値'],
    ['図書の貸出冊数', '冊', 50000, 48100, 48350],
    ['講座の参加者数', '人', 900, 960, null],
  ];
  expect(read(rows, ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2'])).toEqual({
    facts: [
      ['図書の貸出冊数', 48350, 'value', 'E4'],
      ['講座の参加者数', 960, 'provisional', 'D5'],
    ],
    guesses: 0,
  });
});

test('a 確定値 cell saying the figure is not out yet (未公表, …公表予定) is no figure: the 速報値 stands, provisional', () => {
  const rows = [
    ['令和5年度 指標の状況'],
    ['指標名', '単位', '令和5年度目標', '令和5年度実績', null],
    [null, null, null, '速報値', '確定値'],
    ['観光入込客数', '千人', 3200, 2950, '令和6年9月公表予定'],
    ['外国人観光消費額', '億円', 18, 12.1, '未公表'],
    ['図書の貸出冊数', '冊', 50000, 48100, 48350],
  ];
  expect(read(rows, ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2']).facts).toEqual([
    ['観光入込客数', 2950, 'provisional', 'D4'],
    ['外国人観光消費額', 12.1, 'provisional', 'D5'],
    ['図書の貸出冊数', 48350, 'value', 'E6'],
  ]);
  // Other words in the 確定値 cell (「確認中です」) do not hand over to the 速報値: the final cell is read, as unread words (review rv46).
  rows[3] = ['観光入込客数', '千人', 3200, 2950, '数値精査'];
  expect(read(rows, ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2']).facts[0]).toEqual(['観光入込客数', null, 'unparseable', 'E4']);
});

test('「同左」 in the 確定値 cell, the 速報値 left of it: the early figure confirmed, final, the 確定値 cell named', () => {
  const rows = [
    ['令和5年度 指標の状況'],
    ['指標名', '単位', '令和5年度目標', '令和5年度実績', null],
    [null, null, null, '速報値', '確定値'],
    ['観光入込客数', '千人', 3200, 2950, '同左'],
    ['外国人観光消費額', '億円', 18, null, '同左'],
  ];
  expect(read(rows, ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2']).facts).toEqual([
    ['観光入込客数', 2950, 'value', 'E4'],
    // Nothing left of it to be the same as: the words stay the final cell's, unread.
    ['外国人観光消費額', null, 'unparseable', 'E5'],
  ]);
});

test('two actual columns of a year that are not an early and a final figure stay a column choice', () => {
  const rows = [
    ['令和5年度 指標の状況'],
    ['指標名', '単位', '令和5年度目標', '令和5年度実績', null],
    [null, null, null, '窓口', '電子申請'],
    ['申請件数', '件', 500, 420, 90],
  ];
  expect(read(rows, ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2']).guesses).toBe(1);
});

test('a 見込 column beside the same year’s 確定値: the 確定値 where written, else the 見込 marked provisional', () => {
  const rows = [
    ['令和7年度 成果指標の実績'],
    ['指標名', '単位', '目標値（令和7年度）', '令和7年度実績（見込）', '令和7年度実績（確定値）'],
    ['病児保育利用者数', '人', 900, 760, 812],
    ['就職者数', '人', 25, 22, null],
  ];
  expect(read(rows, [])).toEqual({
    facts: [
      ['病児保育利用者数', 812, 'value', 'E3'],
      ['就職者数', 22, 'provisional', 'D4'],
    ],
    guesses: 0,
  });
});

test('決算見込 | 決算確定 beside the year’s 目標: the settled figure, also when only the forecast’s heading is dated', () => {
  const rows = (year: string | null) => [
    ['令和６年度　収納率等の進行管理表'],
    ['指標', '単位', year, null, null],
    [null, null, '目標', '決算見込\n（R7.2月末時点）', '決算確定\n（出納閉鎖後）'],
    ['市税収納率（現年課税分）', '％', 99.2, 99.25, 99.16],
    ['口座振替率', '％', 52, 51.8, null],
  ];
  const merges = ['A2:A3', 'B2:B3', 'C2:E2'];
  const facts = [
    ['市税収納率（現年課税分）', 99.16, 'value', 'E4'],
    ['口座振替率', 51.8, 'provisional', 'D5'],
  ];
  expect(read(rows('令和６年度'), merges).facts).toEqual(facts);
  expect(read(rows(null), merges).facts).toEqual(facts);
});
