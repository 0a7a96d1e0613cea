/** The fiscal year a sheet's name opens with. */
import { sheetNamePeriod } from './sheetNamePeriod';

test('a year opening the name, with 年度 or before a separator or a word, is the sheet’s', () => {
  for (const [name, year] of [
    ['令和５年度評価', 2023],
    ['R5_放課後子ども教室', 2023],
    ['2022年度_実績', 2022],
    ['H30評価', 2018],
    ['令和元年度', 2019],
    ['R6', 2024],
  ] as const)
    expect(sheetNamePeriod(name)?.fiscalYear).toBe(year);
});

test('a year inside the name, a bare number, a year joined to letters or a range states none', () => {
  for (const name of ['第2期R5', '5', '2023', 'R5a', 'R3-R7', 'R3～R7', '集計表', 'Sheet1']) expect(sheetNamePeriod(name)).toBeNull();
});

test('the last part after an underscore, the year alone or its 実績 / 評価, is the sheet’s', () => {
  for (const [name, year] of [
    ['成果指標_R05実績', 2023],
    ['KPI_2023年度評価', 2023],
  ] as const)
    expect(sheetNamePeriod(name)?.fiscalYear).toBe(year);
  for (const name of ['計画_R7目標', '指標一覧_令和5年度', '成果指標一覧_R6', '成果指標_R05実績_確定', '成果指標_第2期R5', '指標_R3-R7', '成果指標R05実績'])
    expect(sheetNamePeriod(name)).toBeNull();
});
