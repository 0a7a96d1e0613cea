/** A policy block's 期待値 row 「－」 in every year but the one its label names the 目標値: the final target, said. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Cell = string | number | null;

/** One block as a 施策評価シート writes it: R2（現状値） … R7（目標）, a 実績値 row and a labelled 期待値 row. */
const sheet = (label: string, expected: Cell[]) =>
  snap('3-2', [
    ['令和６年度　施策評価シート（令和５年度の取組の評価）'],
    [null, null, null, null, null, null, '評価対象年度', '令和５年度'],
    ['指標①', '日常の移動に不便を感じている高齢者の割合', null, null, '単位', '%', '目指す方向', '↓（減少）'],
    ['年度', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標）', '備考'],
    ['実績値', 38.5, '－', '－', 35.4, null, null, '高齢者実態調査（3年ごと実施）'],
    [label, ...expected],
    ['指標の説明', '「移動に不便を感じる」と回答した65歳以上の市民の割合'],
  ]);

const DASHES: Cell[] = ['－', '－', '－', '－', '－', 28];

const read = (label: string, expected: Cell[]) => {
  const { report } = checkWorkbook({ sheets: [sheet(label, expected)] }, {});
  const i = report.indicators[0];
  const said = report.findings.filter((f) => f.code === 'target-from-final').map((f) => f.params);
  return { got: [i.target, i.actual, i.targetSource, i.grade], said };
};

test('「期待値⏎※R7は目標値」 over 「－」 in every year but R7: the year is judged against R7’s target, said naming the label', () => {
  const { got, said } = read('期待値\n※R7は目標値', DASHES);
  expect(got).toEqual([28, 35.4, 'final', 'C']);
  expect(said).toEqual([{ written: '－', writtenCell: 'E6', final: '28', finalCell: 'G6', noteCell: 'A6' }]);
});

describe('guards: the 「－」 stays no target', () => {
  test('a label naming no year’s figure the target (期待値 alone)', () => {
    expect(read('期待値', DASHES).got).toEqual([null, 35.4, null, null]);
  });
  test('a label naming another year than the last figure’s (※R6は目標値), or the figure something else (※R7は見込値)', () => {
    expect(read('期待値\n※R6は目標値', DASHES).got).toEqual([null, 35.4, null, null]);
    expect(read('期待値\n※R7は見込値', DASHES).got).toEqual([null, 35.4, null, null]);
  });
  test('a 期待値 written for some year before the last: the plan left that 「－」 year without one', () => {
    expect(read('期待値\n※R7は目標値', ['－', 36, 34, '－', '－', 28]).got).toEqual([null, 35.4, null, null]);
  });
  test('a year left blank, not written 「－」', () => {
    expect(read('期待値\n※R7は目標値', ['－', null, '－', '－', '－', 28]).got).toEqual([null, 35.4, null, null]);
  });
});

test('review rv83: near spellings of the label — 「※R7：目標値」 and 「（R7欄は目標値）」', () => {
  expect(read('期待値\n※R7：目標値', DASHES).got).toEqual([28, 35.4, 'final', 'C']);
  expect(read('期待値\n（R7欄は目標値）', DASHES).got).toEqual([28, 35.4, 'final', 'C']);
});
