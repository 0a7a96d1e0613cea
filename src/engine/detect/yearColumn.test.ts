/** A table's year column holding one year on every row states the year of the table's figures. */
import { detectSheet } from './index';
import { snap } from './testing';

const exported = (heading: string, years: (string | number)[]) =>
  snap('Sheet1', [
    [heading, '課名', '指標名', '単位', '目標値', '実績値'],
    [years[0], '市民課', '窓口アンケート満足度', '％', 80, 78.5],
    [years[1], '保健課', '健康相談件数', '件', '1,200', '1,315'],
    [years[2], '道路課', '道路補修件数', '件', 300, 287],
  ]);

test.each([
  ['対象年度', [2024, 2024, 2024]],
  ['年度', ['2024', '2024', '2024']],
  ['会計年度', ['令和6年度', '令和6年度', '令和6年度']],
])('a %s column of one year on every row is the year of the figures', (heading, years) => {
  const meta = detectSheet(exported(heading, years), []).meta;
  expect(meta.statedPeriod?.period.fiscalYear).toBe(2024);
  expect(meta.statedPeriod?.cell).toBe('A1');
});

test('a year column of several years states no year (it is a long table’s axis)', () => {
  expect(detectSheet(exported('年度', [2022, 2023, 2024]), []).meta.statedPeriod).toBeUndefined();
});

test('a 評価年度 column of one year states the evaluation period, as a 評価年度：令和6年度 line does', () => {
  const meta = detectSheet(exported('評価年度', [2024, 2024, 2024]), []).meta;
  expect(meta.statedPeriod?.period.fiscalYear).toBe(2024);
  expect(meta.statedPeriod?.cell).toBe('A1');
  expect(detectSheet(exported('評価年度', [2023, 2024, 2024]), []).meta.statedPeriod).toBeUndefined();
});

test('a 対象年度 column (the year of the figures) comes before a 評価年度 column of another year (last year’s results are evaluated this year)', () => {
  const s = snap('Sheet1', [
    ['評価年度', '対象年度', '指標名', '単位', '目標値', '実績値'],
    ['令和6年度', '令和5年度', '窓口アンケート満足度', '％', 80, 78.5],
    ['令和6年度', '令和5年度', '健康相談件数', '件', '1,200', '1,315'],
  ]);
  const meta = detectSheet(s, []).meta;
  expect(meta.statedPeriod?.period.fiscalYear).toBe(2023);
  expect(meta.statedPeriod?.cell).toBe('B1');
});
