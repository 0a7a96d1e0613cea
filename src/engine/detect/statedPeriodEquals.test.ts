/** 「評価年度＝令和4年度」 in a line of conditions (a system's 出力条件 / 抽出条件 line, after a colon): the stated evaluation period. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const sheet = (condition: string) =>
  snap('出力', [
    ['成果指標一覧'],
    [condition],
    [],
    ['指標名', '単位', 'R3実績', 'R4目標', 'R4実績', 'R5実績'],
    ['防災訓練の参加者数', '人', 700, 1000, 880, 910],
    ['自主防災組織の結成率', '％', 80, 90, 91, 92],
  ]);

test('評価年度 after a colon and before an equals sign states the period: R4 is read, nothing guessed', () => {
  const { report } = checkWorkbook({ sheets: [sheet('抽出条件：評価年度＝令和4年度　部局＝全部局')] }, {});
  expect(report.period?.fiscalYear).toBe(2022);
  expect(report.indicators.map((i) => i.actual)).toEqual([880, 91]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});
