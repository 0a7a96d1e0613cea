/**
 * A name merged over sub-rows told apart by a short qualifier column (小学生 / 中学生, 市内 / 市外): one indicator per sub-row,
 * named 「name（qualifier）」; a kind column of 目標 / 実績 rows, or sub-rows with no figures of their own, are no qualifiers.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const rows: (string | number | null)[][] = [
  ['学校教育の指標（令和5年度）', null, null, null, null, null],
  ['指標名', '対象', '単位', '基準値', '目標値', '実績値'],
  ['朝食を毎日食べる児童生徒の割合', '小学生', '％', 88.1, 95, 90.2],
  [null, '中学生', null, 80.4, 90, 83.5],
  ['体力テストの総合評価がA・Bの割合', '小学生', '％', 42, 50, 47.5],
  [null, '中学生', null, 51.3, 60, 49],
  ['不登校児童生徒の出現率', '全体', '％', 2.1, 1.5, 2.4],
];
const merges = ['A3:A4', 'C3:C4', 'A5:A6', 'C5:C6'];

test('each sub-row under a merged name is an indicator named with its qualifier, the unit merged down shared (％ read as %)', () => {
  const { report } = checkWorkbook({ sheets: [snap('学校', rows, { merges })] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual])).toEqual([
    ['朝食を毎日食べる児童生徒の割合（小学生）', '%', 95, 90.2],
    ['朝食を毎日食べる児童生徒の割合（中学生）', '%', 90, 83.5],
    ['体力テストの総合評価がA・Bの割合（小学生）', '%', 50, 47.5],
    ['体力テストの総合評価がA・Bの割合（中学生）', '%', 60, 49],
    ['不登校児童生徒の出現率', '%', 1.5, 2.4],
  ]);
  // The sub-row below is found at its qualifier's cell.
  expect(report.indicators[1].cells.name).toBe('B4');
});

test('without the merge, a row with a blank name is not an indicator of its own; without figures of their own, sub-rows are no indicators', () => {
  const unmerged = checkWorkbook({ sheets: [snap('学校', rows, { merges: ['C3:C4', 'C5:C6'] })] }, {}).report;
  expect(unmerged.indicators.map((i) => i.name)).toEqual(['朝食を毎日食べる児童生徒の割合', '体力テストの総合評価がA・Bの割合', '不登校児童生徒の出現率']);
  const shared = rows.map((r, i) => (i === 3 || i === 5 ? [null, r[1], null, null, null, null] : r));
  const merged = checkWorkbook({ sheets: [snap('学校', shared, { merges: [...merges, 'D3:D4', 'E3:E4', 'F3:F4', 'D5:D6', 'E5:E6', 'F5:F6'] })] }, {}).report;
  expect(merged.indicators.map((i) => i.name)).toEqual(['朝食を毎日食べる児童生徒の割合', '体力テストの総合評価がA・Bの割合', '不登校児童生徒の出現率']);
});
