/**
 * Blocks of years as rows stacked down the sheet, each titled by one line (（１） | 事業名 | name | 単位 | 人) over a heading row
 * whose measures are numbered (①量の見込み | ②確保方策 | ③利用実績 | ④確保実績 | ④－② | 評価): each block is its title's one
 * indicator, the plan its target, the supply achieved its actual, the 評価 of the evaluation year's row its grade. A numbered
 * heading (③利用実績) is never read as an indicator's name.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Row = (string | number | null)[];
const HEAD: Row = ['年度', '①量の見込み', '②確保方策', '③利用実績', '④確保実績', '④－②', '評価'];

function block(no: string, name: string, unit: string, r5: Row, merged: boolean, at: number, merges: string[]): Row[] {
  if (merged) merges.push(`C${at}:E${at}`);
  return [
    [no, '事業名', name, merged ? name : null, merged ? name : null, '単位', unit],
    HEAD,
    ['令和3年度', 200, 240, 185, 240, '±0', 'A'],
    ['令和4年度', 190, 240, 172, 240, '±0', 'A'],
    ['令和5年度', ...r5],
    ['令和6年度', 175, 240],
    [],
  ];
}

function read(merged: boolean) {
  const merges: string[] = [];
  const rows: Row[] = [['第２期子ども・子育て支援事業計画　点検・評価シート（令和５年度実績）'], []];
  rows.push(...block('（１）', '延長保育事業', '人', [180, 150, 168, 150, '±0', 'A'], merged, rows.length + 1, merges));
  rows.push(...block('（２）', '病児保育事業', '人日', [600, 800, 215, 400, '－400', 'D'], merged, rows.length + 1, merges));
  const { report } = checkWorkbook({ sheets: [snap('量の見込みと確保方策', rows, { merges })] }, {});
  return report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.existingGrade]);
}

test.each([true, false])('each stacked block is its title’s indicator, the numbered headings its measures (title merged: %s)', (merged) => {
  expect(read(merged)).toEqual([
    ['延長保育事業', '人', 150, 150, 'A'],
    ['病児保育事業', '人日', 800, 400, 'D'],
  ]);
});

test('a block titled by a numbered line alone reads the same measures', () => {
  const rows: Row[] = [
    ['子ども・子育て支援事業計画　点検・評価（令和５年度）'],
    [],
    ['（１）延長保育事業（人）'],
    HEAD,
    ['令和4年度', 190, 150, 172, 150, '±0', 'A'],
    ['令和5年度', 180, 150, 168, 140, '－10', 'B'],
  ];
  const { report } = checkWorkbook({ sheets: [snap('事業', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.existingGrade])).toEqual([['延長保育事業', '人', 150, 140, 'B']]);
});
