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

describe('a 計 / 全体 sub-row under one merged name is the indicator’s own figure', () => {
  const totals: (string | number | null)[][] = [
    ['福祉の指標（令和5年度）', null, null, null, null, null, null],
    ['指標名', '内訳', '単位', '基準値', '目標値', '実績値', '評価'],
    ['介護予防教室の参加者数', '東部', '人', 300, null, 320, null],
    [null, '西部', '人', 250, null, 240, null],
    [null, '合計', '人', 550, 600, 560, 'B'],
    ['健康づくり講座の受講者の割合', '若年層', '％', 10, '－', 12, null],
    [null, '全体', '％', 20, 25, 26, 'A'],
    ['相談窓口の利用件数', null, '件', 100, 120, 118, 'B'],
  ];
  const totalMerges = ['A3:A5', 'A6:A7'];

  test('the 合計 / 全体 row gives the target, actual and grade; the parts are no indicators; the name is found at its own cell', () => {
    const { report } = checkWorkbook({ sheets: [snap('福祉', totals, { merges: totalMerges })] }, {});
    expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.existingGrade])).toEqual([
      ['介護予防教室の参加者数', '人', 600, 560, 'B'],
      ['健康づくり講座の受講者の割合', '%', 25, 26, 'A'],
      ['相談窓口の利用件数', '件', 120, 118, 'B'],
    ]);
    expect(report.indicators[0].cells.name).toBe('A3');
    expect(report.indicators[0].cells.actual).toBe('F5');
  });

  test('男女計 / 市全体 are totals too; a 小計 is a part, never taken as the whole', () => {
    for (const word of ['男女計', '市全体']) {
      const named = totals.map((r, i) => (i === 4 ? [null, word, ...r.slice(2)] : r));
      const { report } = checkWorkbook({ sheets: [snap('福祉', named, { merges: totalMerges })] }, {});
      expect([report.indicators[0].name, report.indicators[0].target, report.indicators[0].actual]).toEqual(['介護予防教室の参加者数', 600, 560]);
    }
    const subtotal = totals.map((r, i) => (i === 4 ? [null, '小計', ...r.slice(2)] : r));
    const { report } = checkWorkbook({ sheets: [snap('福祉', subtotal, { merges: totalMerges })] }, {});
    expect(report.indicators.map((i) => i.actual)).not.toContain(560);
  });
});
