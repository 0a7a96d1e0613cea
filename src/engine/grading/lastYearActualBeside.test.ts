/** 「前年度実績以上」 beside last year's 実績 on a row writing no grade: that figure, flagged as a guess naming both cells. */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';

type Cell = string | number | null;

const sheet = (target: Cell, grade?: Cell) =>
  snap('成果指標（R6）', [
    ['連携事業　成果指標の達成状況（令和６年度）'],
    [],
    ['指標', '単位', '令和５年度\n実績', '令和６年度\n目標', '令和６年度\n実績', ...(grade === undefined ? [] : ['評価']), '備考'],
    ['専門家派遣回数', '回', 142, target, 151, ...(grade === undefined ? [] : [grade]), null],
    ['相談件数', '件', 300, 320, 330, ...(grade === undefined ? [] : ['A']), null],
  ]);

const read = (target: Cell, grade?: Cell) => {
  const { report } = checkWorkbook({ sheets: [sheet(target, grade)] }, {});
  const i = report.indicators.find((x) => x.name === '専門家派遣回数')!;
  const guesses = report.findings.filter((f) => f.code === 'reading-uncertain' && f.indicator === i.name).map((f) => f.params);
  return { got: [i.target, i.grade], guesses };
};

test('「前年度実績以上」 with last year’s 実績 on the row and no grade written: 142, a target-from-last-year guess', () => {
  const { got, guesses } = read('前年度実績以上');
  expect(got).toEqual([142, 'A']);
  expect(guesses).toEqual([expect.objectContaining({ reason: 'target-from-last-year', cells: ['D4', 'C4'] })]);
  expect(read('昨年度実績値以上').got).toEqual([142, 'A']);
  expect(read('令和5年度実績以上').got).toEqual([142, 'A']);
});

describe('guards: the words stay words, no number', () => {
  test('a bare 「前年度以上」 (last year’s target, perhaps) or 「前年度目標以上」', () => {
    expect(read('前年度以上').got).toEqual([null, null]);
    expect(read('前年度目標以上').got).toEqual([null, null]);
  });
  test('a row writing a grade that disagrees with last year’s figure (gradeByLastYear.ts decides)', () => {
    expect(read('前年度実績以上', 'C').got[0]).toBeNull();
  });
  test('another year than last year named (令和4年度実績以上 on a 令和６年度 row)', () => {
    expect(read('令和4年度実績以上').got).toEqual([null, null]);
  });
  test('a row whose 達成率 is written 「－」 where the other rows compute one: the office took no figure (dashedAttainment.ts)', () => {
    const rows = (mine: Cell) => [
      ['評価シート（令和６年度）'],
      ['成果指標', '単位', '令和５年度実績', '令和６年度目標', '令和６年度実績', '達成率', '備考'],
      ['相談件数', '件', 300, 320, 336, 1.05, null],
      ['専門家派遣回数', '件', 142, '前年度実績以上', 151, mine, null],
    ];
    const target = (mine: Cell) =>
      checkWorkbook({ sheets: [snap('評価シート', rows(mine))] }, {}).report.indicators.find((x) => x.name === '専門家派遣回数')!.target;
    expect(target('－')).toBeNull();
    expect(target(null)).toBe(142);
  });
});
