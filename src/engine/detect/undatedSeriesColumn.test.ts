/** A 区分 table of 目標 / 実績 row pairs whose one figures' column is headed 内容: dated by the sheet's title year. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const sheet = (title: string, heading: string, kinds: [string, string] = ['目標', '実績']) =>
  snap(
    '事業',
    [
      [title],
      [null],
      ['事業名', '区分', heading, '自己評価'],
      ['空き家バンク事業', kinds[0], '成約件数 20件', 'B'],
      [null, kinds[1], '成約件数 17件', null],
      ['移住相談事業', kinds[0], '相談件数 150件', 'A'],
      [null, kinds[1], '相談件数 162件', null],
    ],
    { merges: ['A4:A5', 'D4:D5', 'A6:A7', 'D6:D7'] },
  );

const read = (s: ReturnType<typeof sheet>) =>
  checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.existingGrade, i.cells.actual]);

test('the 内容 column is the title year’s: each pair one indicator, its written grade merged over both rows', () => {
  const { report } = checkWorkbook({ sheets: [sheet('令和5年度 事業実績報告', '内容')] }, {});
  expect(report.period?.fiscalYear).toBe(2023);
  expect(read(sheet('令和5年度 事業実績報告', '内容'))).toEqual([
    ['空き家バンク事業', '件', 20, 17, 'B', 'C5'],
    ['移住相談事業', '件', 150, 162, 'A', 'C7'],
  ]);
  expect(read(sheet('R4 事業実績報告', '数値', ['計画', '実績']))).toHaveLength(2);
});

test('refused: no year on the sheet, or a 区分 column that does not pair targets with actuals', () => {
  for (const s of [sheet('事業実績報告', '内容'), sheet('令和5年度 事業実績報告', '内容', ['前期', '後期']), sheet('令和5年度 事業実績報告', '概要')]) {
    expect(read(s).filter((r) => r[0] === '空き家バンク事業' && r[2] === 20 && r[3] === 17)).toEqual([]);
  }
});

test('refused under a heading row with its own 年度 column: a long table, each row dated by its year (longTable.ts)', () => {
  const rows = [
    ['KPI実績データ'],
    ['評価対象年度：令和5年度（2023年度）'],
    ['指標コード', '指標名', '年度', '区分', '値', '単位'],
    ...[2021, 2022, 2023].flatMap((y, i) => [
      ['K1', '転入者数', y, '目標値', 5200 + 100 * i, '人'],
      ['K1', '転入者数', y, '実績値', 4986 + 136 * i, '人'],
    ]),
  ];
  const { report } = checkWorkbook({ sheets: [snap('KPI', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([['転入者数', 5400, 5258]]);
});
