/** The sheet's title lines: a form's number line above the title is none of them. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

test('a 様式第５号 line above 「令和５年度 …補助金 成果報告書」: the title under it names the year', () => {
  const sheet = snap('様式第５号（１）', [
    ['様式第５号（第１２条関係）'],
    [],
    [null, '令和５年度 地域づくり活動支援補助金 成果報告書'],
    [],
    [null, '成果指標（１）', 'ワークショップ参加者数'],
    [null, '目標値', '150人'],
    [null, '実績値', '173人'],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.period?.fiscalYear).toBe(2023);
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([['ワークショップ参加者数', 150, 173]]);
  expect(report.findings.filter((f) => f.code === 'period-undetermined')).toEqual([]);
});
