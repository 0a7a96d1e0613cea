/** A 累計 column under another year's heading is that year's total: a row marked 累計 reads the total under its actual's year. */
import { detectSheet } from './index';
import { totalOfOtherYear } from './otherYearTotal';
import type { Column } from './column';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

/** 令和4年度実績 and 令和5年度実績 each merged over 単年度 | 累計, the R5 target between them, a 目標の捉え方 column per row. */
const sheet = () =>
  snap(
    '移動支援',
    [
      ['指標の状況（令和５年度）'],
      [],
      ['No', '指標', '単位', '目標の\n捉え方', '令和4年度実績', null, '令和5年度\n目標値', '令和5年度実績', null, '令和6年度\n目標値'],
      [null, null, null, null, '単年度', '累計', null, '単年度', '累計', null],
      [1, '乗合タクシー導入地区数', '地区', '累計', 3, 9, 12, 2, 11, 14],
      [2, '乗り方教室の参加者数', '人', '単年度', 128, 354, 200, 132, 486, 200],
      [3, 'ボランティア登録者数', '人', '累計', 31, 147, 200, 24, 171, 230],
    ],
    { merges: ['E3:F3', 'H3:I3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'G3:G4', 'J3:J4'] },
  );

test('a row marked 累計 takes the 累計 under its year (I), never the earlier year’s 累計 standing first (F); 単年度 rows keep H', () => {
  const read = detectSheet(sheet(), scale).indicators.map((i) => [i.name, i.actuals.map((a) => `${a.cell}:${a.period?.label}`)]);
  expect(read).toEqual([
    ['乗合タクシー導入地区数', ['E5:令和4年度', 'I5:令和5年度']],
    ['乗り方教室の参加者数', ['E6:令和4年度', 'H6:令和5年度']],
    ['ボランティア登録者数', ['E7:令和4年度', 'I7:令和5年度']],
  ]);
});

const R4 = { label: '令和4年度', fiscalYear: 2022, kind: 'fiscal', year: 2022 } as const;
const R5 = { label: '令和5年度', fiscalYear: 2023, kind: 'fiscal', year: 2023 } as const;
const col = (c: number, role: Column['role'], period?: typeof R4 | typeof R5): Column => ({ col: c, role, cells: [], ...(period ? { period } : {}) });

describe('guards', () => {
  const columns = [col(5, 'actual', R4), col(6, 'derived', R4), col(8, 'actual', R5), col(9, 'derived', R5), col(10, 'derived')];
  test('only the 累計 twin of another year’s actual is passed over', () => {
    expect(totalOfOtherYear(columns, 6, 8)).toBe(true);
    expect(totalOfOtherYear(columns, 9, 8)).toBe(false);
  });
  test('an undated total (累計（R3〜R5）), or a search from an undated column (a term’s 累計 target), is any', () => {
    expect(totalOfOtherYear(columns, 10, 8)).toBe(false);
    expect(totalOfOtherYear([...columns, col(11, 'target')], 6, 11)).toBe(false);
  });
  test('a dated total with no plain actual of its year (no twin) is not passed over', () => {
    expect(totalOfOtherYear([col(6, 'derived', R4), col(8, 'actual', R5)], 6, 8)).toBe(false);
  });
});
