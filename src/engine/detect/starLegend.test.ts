/** A legend giving each run of stars a letter (「★★★★：Ａ　★★★：Ｂ　★★：Ｃ　★：Ｄ」): a written 「★★★」 is that letter. */
import { checkWorkbook } from '../actions/check';
import { legendEntries } from './markLegend';
import { snap } from './testing';

const AD = [{ grade: 'A' }, { grade: 'B' }, { grade: 'C' }, { grade: 'D' }];

test('each run of stars is one mark, and the legend gives it the letter after it', () => {
  expect(legendEntries('★★★★：Ａ 目標を達成　★★★：Ｂ 概ね順調　★★：Ｃ やや遅れ　★：Ｄ 遅れ', AD)).toEqual([
    ['★★★★', 'A'],
    ['★★★', 'B'],
    ['★★', 'C'],
    ['★', 'D'],
  ]);
  expect(legendEntries('★★★＝A　★★☆＝B　★☆☆＝C', AD)).toEqual([
    ['★★★', 'A'],
    ['★★☆', 'B'],
    ['★☆☆', 'C'],
  ]);
});

/** A KPI table graded in stars; `legend`: the line under it. */
const sheet = (legend: string) =>
  snap('KPI', [
    ['総合戦略 KPIの進捗状況（令和6年度）'],
    ['指標名', '単位', '目標値', '実績値', '進捗状況'],
    ['新規就農者数', '人', 40, 42, '★★★★'],
    ['転入者数', '人', 3200, 3054, '★★★'],
    ['空き家バンク成約件数', '件', 25, 14, '★'],
    [],
    [legend],
  ]);
const existing = (legend: string) => checkWorkbook({ sheets: [sheet(legend)] }, {}).report.indicators.map((i) => i.existingGrade);

test('stars in the grade column are the letters the legend names, with no other-scale finding', () => {
  const legend = '【進捗状況の見方】★★★★：Ａ 目標を達成　★★★：Ｂ 概ね順調　★★：Ｃ やや遅れ　★：Ｄ 遅れ';
  expect(existing(legend)).toEqual(['A', 'B', 'D']);
  expect(checkWorkbook({ sheets: [sheet(legend)] }, {}).report.findings.map((f) => f.code)).not.toContain('rating-invalid');
});

test('a legend naming no letter, or giving fewer stars a better letter, leaves the stars as written', () => {
  expect(existing('★★★★ 目標を達成　★★★ 概ね順調　★ 遅れ')).toEqual(['★★★★', '★★★', '★']);
  expect(existing('★★★★：Ｄ　★★★：Ｃ　★★：Ｂ　★：Ａ')).toEqual(['★★★★', '★★★', '★']);
});
