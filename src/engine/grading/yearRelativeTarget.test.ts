/** Targets relative to a named year's figure (「2013年度比△46％」): that year's figure on the row times 1 ± N/100, a guess. */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { relativeToYear } from './yearRelativeTarget';

describe('relativeToYear', () => {
  test.each([
    ['2013年度比△46％', { year: 2013, percent: 46, way: 'down' }],
    ['2013年度比▲46%', { year: 2013, percent: 46, way: 'down' }],
    ['平成25年度比26％削減', { year: 2013, percent: 26, way: 'down' }],
    ['2019年度から 10% 増', { year: 2019, percent: 10, way: 'up' }],
    ['令和元年度比＋5％', { year: 2019, percent: 5, way: 'up' }],
    ['2013年度比46％減（令和12年度）', { year: 2013, percent: 46, way: 'down' }],
    ['2013年比 -46%', { year: 2013, percent: 46, way: 'down' }],
    ['2019年水準', { year: 2019, percent: 0 }],
    ['2019年度の水準まで回復', { year: 2019, percent: 0 }],
    ['令和元年度並み', { year: 2019, percent: 0 }],
  ])('%s', (text, expected) => expect(relativeToYear(text)).toEqual(expected));

  test.each([
    // The figure written beside the level is the target (review rv46).
    '2019年水準（12,000千人）',
    '基準年度比10%増',
    '前年度比5%増',
    '2013年度比46%',
    '2013年度比△46％増',
    '令和12年度に46%削減',
    '2013年度比△46％の削減を目指し事業を進める',
    '46%削減',
    '675',
    '基準年水準',
    'コロナ前の水準',
  ])('%s is no target relative to a named year', (text) => expect(relativeToYear(text)).toBeNull());
});

describe('a table whose target is 「2013年度比△46％」', () => {
  const sheet = (baseline: string | number) =>
    snap('指標', [
      ['環境基本計画　令和5年度 年次報告'],
      ['No.', '環境指標', '単位', '基準値', '目標値（令和12年度）', '令和5年度実績'],
      [1, '温室効果ガス排出量', '千t-CO2', baseline, '2013年度比△46％', 1012],
      [2, 'リサイクル率', '％', '17.8（令和元年度）', 25, 19.4],
    ]);

  test('the target is the 2013年度 baseline times 0.54, pointing down, a guess naming both cells', () => {
    const { report } = checkWorkbook({ sheets: [sheet('1,250（2013年度）')] }, {});
    const co2 = report.indicators[0];
    expect([co2.name, co2.target, co2.direction, co2.actual]).toEqual(['温室効果ガス排出量', 675, 'down', 1012]);
    const guess = report.findings.find((f) => f.code === 'reading-uncertain' && f.cell === 'E3');
    expect(guess?.params).toMatchObject({ reason: 'target-from-baseline', cells: ['E3', 'D3'] });
    expect(report.indicators[1].target).toBe(25);
  });

  test('a baseline of another year, or of no stated year, gives no number (never −46)', () => {
    for (const baseline of ['1,250（2019年度）', 1250]) {
      const { report } = checkWorkbook({ sheets: [sheet(baseline)] }, {});
      expect(report.indicators[0].target).toBeNull();
      expect(report.findings.some((f) => f.cell === 'E3' && f.code === 'missing-target')).toBe(true);
    }
  });

  test('the year’s figure may be that year’s actual in its own column', () => {
    const rows = [
      ['成果指標', '単位', '2013年度実績', '2030年度目標', '2023年度実績'],
      ['温室効果ガス排出量', '千t-CO2', 1250, '2013年度比46％削減', 1012],
    ];
    const { report } = checkWorkbook({ sheets: [snap('指標', rows)] }, { period: '2023年度' });
    expect(report.indicators.map((i) => [i.name, i.target, i.direction])).toEqual([['温室効果ガス排出量', 675, 'down']]);
  });

  test('a target that is a year’s level itself (「2019年水準」) is that year’s figure, with a guess and no way stated', () => {
    const rows = [
      ['指標', '単位', '2019年（コロナ前）', '2023年 目標', '2023年 実績'],
      ['外国人観光入込客数', '千人', 185, '2019年水準', 160],
    ];
    const { report } = checkWorkbook({ sheets: [snap('指標', rows)] }, { period: '2023' });
    expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.direction, i.grade])).toEqual([['外国人観光入込客数', 185, 160, 'up', 'B']]);
    const guesses = report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => f.params);
    expect(guesses).toEqual([expect.objectContaining({ reason: 'target-from-baseline', cells: ['D2', 'C2'] })]);
  });
});
