/**
 * Years down the rows: a 評価年度 stated inside the title sets the period (the latest filled row does not), and a short
 * indicator name with its unit in brackets over 目標 | 実績 sub-columns is a name, not a unit line.
 */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];

const sheet = (title: string) =>
  snap(
    '推移表',
    [
      [title],
      [],
      ['年度', '出生数（人）', null, '婚姻件数（件）', null],
      [null, '目標', '実績', '目標', '実績'],
      ['2021年度', 300, 281, 150, 149],
      ['2022年度', 310, 290, 155, 141],
      ['2023年度', 320, 301, 160, 170],
    ],
    { merges: ['B3:C3', 'D3:E3'] },
  );

test('a short name with its unit in brackets, merged over 目標 | 実績, keeps both sub-columns and its unit', () => {
  const inds = detectSheet(sheet('人口動態の推移'), scale).indicators;
  expect(inds.map((i) => [i.name, i.unit, i.targets.map((t) => t.cell).join(','), i.actuals.map((a) => a.cell).join(',')])).toEqual([
    ['出生数', '人', 'B5,B6,B7', 'C5,C6,C7'],
    ['婚姻件数', '件', 'D5,D6,D7', 'E5,E6,E7'],
  ]);
});

test.each([
  ['人口動態の推移【評価年度: 2022年度】', 2022],
  ['人口動態の推移（評価期間：2022年度）', 2022],
  ['人口動態の推移', 2023],
])('the title 「%s」 gives the evaluation period %s', (title, year) => {
  const { report } = checkWorkbook({ sheets: [sheet(title)] });
  expect(report.period?.fiscalYear).toBe(year);
  const births = report.indicators.find((i) => i.name === '出生数');
  expect([births?.target, births?.actual]).toEqual(year === 2022 ? [310, 290] : [320, 301]);
});
