/** A per-population bracket after a name is the indicator's unit when no unit cell gives one; beside a unit column it stays. */
import { checkWorkbook } from '../actions/check';
import { perPopulationBracket } from './perPopulationUnit';
import { snap } from './testing';

test('a bracket of a population scale and 対 / 当たり is a unit; one head, or a qualifier, is not', () => {
  expect(perPopulationBracket('結核り患率（人口10万対）')).toEqual({ name: '結核り患率', unit: '人口10万対' });
  expect(perPopulationBracket('自殺死亡率（人口10万人当たり）')).toEqual({ name: '自殺死亡率', unit: '人口10万人当たり' });
  expect(perPopulationBracket('交通事故発生件数（人口千人当たり）')).toEqual({ name: '交通事故発生件数', unit: '人口千人当たり' });
  expect(perPopulationBracket('ごみ排出量（1人1日当たり）')).toBeNull();
  expect(perPopulationBracket('図書貸出冊数（1人当たり）')).toBeNull();
  expect(perPopulationBracket('受診率（男性）')).toBeNull();
});

test('years as rows under 「結核り患率（人口10万対）」 over 目標値 | 実績値: the bracket is the unit', () => {
  const sheet = snap('保健所', [
    ['令和５年度　健康指標の推移'],
    [],
    ['年度', '結核り患率（人口10万対）', null, '食中毒発生件数（件）', null],
    [null, '目標値', '実績値', '目標値', '実績値'],
    ['令和４年度', 8.5, 11.2, 0, 0],
    ['令和５年度', 8.0, 10.4, 0, 2],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, { period: '2023' });
  expect(report.indicators.map((i) => [i.name, i.unit])).toEqual([
    ['結核り患率', '人口10万対'],
    ['食中毒発生件数', '件'],
  ]);
});

test('beside a unit column the bracket stays in the name, the column its unit', () => {
  const sheet = snap('指標', [
    ['指標名', '単位', '目標値', '実績値'],
    ['自殺死亡率（人口10万対）', '人', 15.0, 16.8],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, { period: '2023' });
  expect(report.indicators.map((i) => [i.name, i.unit])).toEqual([['自殺死亡率（人口10万対）', '人']]);
});
