/**
 * 基準値 | 基準年度 | 目標値 | 目標年度 | 令和5年度実績: the first rows' years (「H30」「R7」 under 基準年度 and 目標年度) stand
 * beside figures, so those rows are values, not period sub-headings continuing the header.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const header = ['No.', '指標名', '単位', '基準値', '基準年度', '目標値', '目標年度', '令和5年度実績'];

test('rows whose year cells repeat under year headings are indicators, the first ones too', () => {
  const rows = [
    ['環境基本計画　計画指標の進捗状況'],
    [],
    header,
    [1, 'ごみ排出量', 'g', 905, 'H30', 850, 'R7', 872],
    [2, 'リサイクル率', '％', 18.2, 'H30', 25, 'R7', 19.6],
    [3, '講座の参加者数', '人', 1350, 'R1', 1500, 'R7', 1620],
  ];
  const { report } = checkWorkbook({ sheets: [snap('計画指標', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.actual])).toEqual([
    ['ごみ排出量', 850, 872, 'H4'],
    ['リサイクル率', 25, 19.6, 'H5'],
    ['講座の参加者数', 1500, 1620, 'H6'],
  ]);
});

test('a row of period sub-headings with no figures still continues the header', () => {
  const rows = [
    ['指標名', '実績値', '', '目標値'],
    ['', 'R4', 'R5', 'R7'],
    ['相談件数', 120, 130, 150],
  ];
  const { report } = checkWorkbook({ sheets: [snap('指標', rows)] }, { period: 'R5' });
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.actual])).toEqual([['相談件数', 150, 130, 'C3']]);
});
