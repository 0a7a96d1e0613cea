/** Headings writing one quantity at different years beside a target heading: each is its year's column (the 基準 one the baseline's). */
import { checkWorkbook } from '../actions/check';
import { quantityAtYear } from './quantityYearHeadings';
import { snap } from './testing';

test('a heading splits into its year and the quantity it writes: two lines, a year leading, a year in brackets after', () => {
  expect(quantityAtYear('基準年度（平成28年度末）\n延床面積（㎡）')).toMatchObject({
    period: { period: { fiscalYear: 2016 }, baseline: true },
    quantity: '延床面積(m2)',
  });
  expect(quantityAtYear('令和5年度末\n延床面積（㎡）')).toMatchObject({ period: { period: { fiscalYear: 2023 }, baseline: false }, quantity: '延床面積(m2)' });
  expect(quantityAtYear('令和5年度末延床面積')).toMatchObject({ period: { period: { fiscalYear: 2023 } }, quantity: '延床面積' });
  expect(quantityAtYear('延床面積（R5）')).toMatchObject({ period: { period: { fiscalYear: 2023 } }, quantity: '延床面積' });
});

test('no year, a heading word for the rest, or a sentence is no quantity at a year', () => {
  expect(quantityAtYear('延床面積（㎡）')).toBeNull();
  expect(quantityAtYear('令和5年度\n目標値')).toBeNull();
  expect(quantityAtYear('令和5年度末\n延床面積は減少した。今後も縮減を進める')).toBeNull();
});

const sheet = (headings: string[]) =>
  snap('延床面積', [
    ['公共施設等総合管理計画 延床面積の状況（令和5年度末現在）'],
    ['施設類型', ...headings],
    ['学校教育系施設', 48620, 46000, 46210],
    ['公営住宅', 21350, 19000, 19880],
  ]);

const read = (headings: string[]) =>
  checkWorkbook({ sheets: [sheet(headings)] }, {}).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.cells.baseline ?? null]);

test('the same quantity at the base year and at 令和5年度末 beside a target: baseline and actual columns, the rows named by the plain word', () => {
  expect(read(['基準年度（平成28年度末）\n延床面積（㎡）', '目標（令和13年度）', '令和5年度末\n延床面積（㎡）'])).toEqual([
    ['学校教育系施設', 'm2', 46000, 46210, 'B3'],
    ['公営住宅', 'm2', 19000, 19880, 'B4'],
  ]);
});

test('one quantity heading alone, two of one year, or no target heading on the row: no year columns', () => {
  expect(read(['延床面積（㎡）', '目標（令和13年度）', '令和5年度末\n延床面積（㎡）'])).toEqual([]);
  expect(read(['令和5年度末\n延床面積（㎡）', '目標（令和13年度）', '令和5年度末\n延床面積（㎡）'])).toEqual([]);
  expect(read(['基準年度（平成28年度末）\n延床面積（㎡）', '備考', '令和5年度末\n延床面積（㎡）'])).toEqual([]);
});

test('a year’s words over sentences (「令和4年度⏎取組内容」 | 「令和5年度⏎取組内容」) are no quantity’s columns', () => {
  const report = checkWorkbook(
    {
      sheets: [
        snap('取組', [
          ['取組の状況（令和5年度）'],
          ['取組', '令和4年度\n取組内容', '目標（令和7年度）', '令和5年度\n取組内容'],
          ['学校施設の集約', '統合に向けた協議を開始した', '2校に統合', '地域説明会を開催した'],
        ]),
      ],
    },
    {},
  ).report;
  expect(report.indicators.map((i) => i.cells.actual ?? null).filter(Boolean)).toEqual([]);
});

const projects = (headings: string[], rows: (string | number)[][]) =>
  checkWorkbook({ sheets: [snap('事業', [['令和5年度　事務事業評価'], ['事業名', ...headings], ...rows])] }, {}).report.indicators.map((i) => [
    i.name,
    i.target,
    i.actual,
    i.grade,
  ]);

test('a year’s 決算額 / 事業費 beside 目標値 and 実績値: the 実績値 column is the actual, never the money spent', () => {
  const rows = [
    ['健康教室', 1200, 1350, 500, 420],
    ['介護予防', 3000, 2800, 800, 850],
  ];
  const right = [
    ['健康教室', 500, 420, 'B'],
    ['介護予防', 800, 850, 'A'],
  ];
  expect(projects(['令和4年度決算額', '令和5年度決算額', '目標値', '実績値'], rows)).toEqual(right);
  expect(projects(['予算額（R4）', '予算額（R5）', '目標', '実績'], rows)).toEqual(right);
});

test('a year’s 事業費 beside a 目標値 with no actual column: no actual, never the money graded against the target', () => {
  const rows = [
    ['健康教室', 1200, 1350, 500],
    ['介護予防', 3000, 2800, 800],
  ];
  expect(projects(['令和4年度\n事業費（千円）', '令和5年度\n事業費（千円）', '目標値'], rows)).toEqual([
    ['健康教室', 500, null, null],
    ['介護予防', 800, null, null],
  ]);
});
