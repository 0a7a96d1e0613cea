/**
 * A target written as a ceiling (「1,500万円以下」) makes the indicator lower-is-better, graded target ÷ actual;
 * a direction column or 評価設定 still wins; the source of the reading names the target cell.
 */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from '../detect';
import { snap } from '../detect/testing';
import { DEFAULT_RULES } from './rules';
import { directionWithSource } from './direction';

const rows = (way: string | null) => [
  ['令和5年度　事業実績', null, null, null, null],
  ['事業名', '方向', 'R5目標', 'R5実績', '自己評価'],
  ['不法投棄対策事業', way, '不法投棄件数 40件以内', '不法投棄件数 32件', 'A'],
  ['環境美化推進事業', null, '清掃活動参加者 1,000人以上', '清掃活動参加者 1,240人', 'A'],
];

test('a ceiling target reads down and grades target ÷ actual; a floor reads up', () => {
  const { report } = checkWorkbook({ sheets: [snap('事業', rows(null))] }, {});
  const by = (n: string) => report.indicators.find((i) => i.name === n)!;
  expect([by('不法投棄対策事業').direction, by('不法投棄対策事業').target, by('不法投棄対策事業').grade]).toEqual(['down', 40, 'A']);
  expect(by('環境美化推進事業').direction).toBe('up');
});

test('the reading names its source: the target cell that writes the bound', () => {
  const d = detectSheet(snap('事業', rows(null)), DEFAULT_RULES.scale);
  const ind = d.indicators.find((i) => i.name === '不法投棄対策事業')!;
  expect(directionWithSource(ind, DEFAULT_RULES)).toEqual({ value: 'down', source: 'target-bound', cell: 'C3' });
});

test('a stated direction column wins over the bound', () => {
  const { report } = checkWorkbook({ sheets: [snap('事業', rows('増加'))] }, {});
  expect(report.indicators.find((i) => i.name === '不法投棄対策事業')!.direction).toBe('up');
});
