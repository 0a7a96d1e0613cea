/**
 * An indicator that counts what nobody wants more of (「交通事故発生件数」「ごみ総排出量」) is lower-is-better
 * when nothing else says its way; a direction column, the words or a bound still win, and the source of the
 * reading names the name cell.
 */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from '../detect';
import { snap } from '../detect/testing';
import { DEFAULT_RULES } from './rules';
import { directionWithSource } from './direction';

const rows = (way: string | null) => [
  ['令和5年度　成果指標', null, null, null, null],
  ['指標名', '単位', '方向', 'R5目標', 'R5実績'],
  ['交通事故発生件数', '件', way, 250, 268],
  ['交通安全教室の参加者数', '人', null, 1200, 1300],
];

test('what the indicator counts gives its way when nothing else does, graded target ÷ actual', () => {
  const { report } = checkWorkbook({ sheets: [snap('指標', rows(null))] }, {});
  const by = (n: string) => report.indicators.find((i) => i.name === n)!;
  expect([by('交通事故発生件数').direction, by('交通事故発生件数').grade]).toEqual(['down', 'B']);
  expect(by('交通安全教室の参加者数').direction).toBe('up');
});

test('the reading names the name cell as its source', () => {
  const d = detectSheet(snap('指標', rows(null)), DEFAULT_RULES.scale);
  const ind = d.indicators.find((i) => i.name === '交通事故発生件数')!;
  expect(directionWithSource(ind, DEFAULT_RULES)).toEqual({ value: 'down', source: 'subject', cell: 'A3' });
});

test('a direction column written by the department wins', () => {
  const { report } = checkWorkbook({ sheets: [snap('指標', rows('増加'))] }, {});
  expect(report.indicators.find((i) => i.name === '交通事故発生件数')!.direction).toBe('up');
});
