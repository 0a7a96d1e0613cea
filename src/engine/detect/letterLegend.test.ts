/** A legend of the sheet's own lower-case letters (a：目標値に達した　b：…): a written 「b」 is that scale's, reported as written. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { letterLegendOf } from './letterLegend';
import { snap } from './testing';

const read = (values: CellValue[][]) => checkWorkbook({ sheets: [snap('中間評価', values)] }, {}).report;

const table = (legend: string | null): CellValue[][] => [
  ['健康増進計画　中間評価（令和5年度）'],
  ['指標', '策定時（H30）', '中間評価時（R5）', '目標（R10）', '判定'],
  ['成人の喫煙率', '16.8%', '13.9%', '12%以下', 'b'],
  ['特定健康診査の受診率', '38.2%', '42.6%', '60%', 'b'],
  ['1日の平均歩数', 6820, 6540, 8000, 'd'],
  [],
  [legend],
];

test.each([
  ['【判定の基準】　a：目標値に達した　b：目標値に達していないが改善傾向にある　c：変わらない　d：悪化している', ['a', 'b', 'c', 'd']],
  ['a＝達成、b＝改善、c＝横ばい', ['a', 'b', 'c']],
  ['判定 a:目標達成 b:改善', ['a', 'b']],
])('a legend of lower-case letters: %s', (text, letters) => {
  expect(letterLegendOf(text)).toEqual(letters);
});

test.each([
  'A：順調　B：概ね順調　C：遅れ',
  // Capital letters beside the lower-case ones: the scale's own letters explained, no scale of the sheet's own.
  'a：目標達成　B：概ね順調',
  // Out of order or not from a: no scale.
  'b：改善　c：横ばい',
  'a：達成',
  '※達成率＝実績値÷目標値',
])('no legend of lower-case letters: %s', (text) => {
  expect(letterLegendOf(text)).toEqual([]);
});

test('under a lower-case legend the written grades are reported as written and never compared', () => {
  const report = read(table('【判定の基準】　a：目標値に達した　b：改善傾向にある　c：変わらない　d：悪化している'));
  expect(report.indicators.map((i) => i.existingGrade)).toEqual(['b', 'b', 'd']);
  expect(report.findings.filter((f) => f.code === 'rating-mismatch')).toEqual([]);
  const invalid = report.findings.filter((f) => f.code === 'rating-invalid');
  expect(invalid.map((f) => f.cell)).toEqual(['E3', 'E4', 'E5']);
  expect(invalid[0].params).toMatchObject({ variant: 'other-scale', written: 'b', marks: ['a', 'b', 'c', 'd'] });
});

test('without such a legend a lower-case letter is the grade it spells', () => {
  const report = read(table(null));
  expect(report.indicators.map((i) => i.existingGrade)).toEqual(['B', 'B', 'D']);
});

test('a legend of capital letters leaves the written lower-case letters the grades they spell', () => {
  const report = read(table('A：順調　B：概ね順調　C：やや遅れ　D：遅れ'));
  expect(report.indicators.map((i) => i.existingGrade)).toEqual(['B', 'B', 'D']);
});

test.each([
  '【達成度】　a：達成（達成率100％以上）　b：概ね達成（80％以上100％未満）　c：やや遅れ（60％以上80％未満）　d：遅れ（60％未満）',
  'a：順調　b：概ね順調　c：やや遅れている　d：遅れている',
])('a lower-case legend restating the scale in force is that scale: a written 「d」 is D, compared (%s)', (legend) => {
  const report = read(table(legend));
  expect(report.indicators.map((i) => i.existingGrade)).toEqual(['B', 'B', 'D']);
  expect(report.findings.filter((f) => f.code === 'rating-invalid')).toEqual([]);
  // 1日の平均歩数 6,540 of 8,000 is 81.75 %: B computed, D written.
  const mismatch = report.findings.filter((f) => f.code === 'rating-mismatch');
  expect(mismatch.map((f) => [f.cell, f.params?.written, f.params?.computed])).toContainEqual(['E5', 'D', 'B']);
});

test('a lower-case legend with its own bands grades by them, the written letters compared', () => {
  const legend = 'a：100％以上　b：90％以上100％未満　c：70％以上90％未満　d：70％未満';
  const report = read(table(legend));
  expect(report.findings.filter((f) => f.code === 'rating-invalid')).toEqual([]);
  // 6,540 of 8,000 (81.75 %) is c under these bands.
  expect(report.indicators[2].grade).toBe('C');
});

test('a legend of the scale’s letters whose meanings are not its bands or labels stays the sheet’s own', () => {
  const report = read(table('a：達成　b：改善　c：横ばい　d：悪化'));
  expect(report.indicators.map((i) => i.existingGrade)).toEqual(['b', 'b', 'd']);
});

test('a falling legend written with each band’s upper bound first (「b：100％未満～80％以上」) restates the scale (review rv45)', () => {
  const report = read(table('【評価】a：100％以上　b：100％未満～80％以上　c：80％未満～60％以上　d：60％未満'));
  expect(report.indicators.map((i) => i.existingGrade)).toEqual(['B', 'B', 'D']);
  expect(report.findings.filter((f) => f.code === 'rating-invalid')).toEqual([]);
});

test('a lower-case legend whose bands rise from a to d (d the best) is the sheet’s own scale, never read as the scale in force', () => {
  // Read as A–D, its 「d」 would be D, the worst grade, where the sheet means its best band (review rv44).
  const report = read(table('a：60％未満　b：60％以上80％未満　c：80％以上100％未満　d：100％以上'));
  expect(report.indicators.map((i) => i.existingGrade)).toEqual(['b', 'b', 'd']);
  expect(report.findings.filter((f) => f.code === 'rating-mismatch')).toEqual([]);
  expect(report.findings.filter((f) => f.code === 'rating-invalid').map((f) => f.cell)).toEqual(['E3', 'E4', 'E5']);
});
