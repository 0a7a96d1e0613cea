/**
 * Policies side by side, each headed on its rating label's row by a group label and its name (施策 | 1-2 … | 評価 | □),
 * with its indicators in label/value blocks under it: each side starts at its group label, so the right-hand policy's own
 * rating cell is found and its indicators roll up into it, not into the left one's.
 */
import type { CellValue } from '../model/port';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));
const N = null;
type Block = [string, string, number[], number[]];

/** One policy: 施策 | title (merged over six columns) | 評価 | □, then a block of rows per indicator. */
function side(title: string, blocks: Block[]): CellValue[][] {
  const rows: CellValue[][] = [['施策', title, N, N, N, N, N, '評価', N], []];
  blocks.forEach(([name, unit, t, a], i) =>
    rows.push([`指標${i + 1}`, name], ['単位', unit], ['年度', '2021年度', '2022年度', '2023年度', '2024年度'], ['目標値', ...t], ['実績値', ...a], []),
  );
  return rows;
}

/** The two policies at columns A and `at`, under a title stating the year. */
function sheet(at: number) {
  const left = side('1-1　防災力の向上', [
    ['防災訓練参加者数', '人', [100, 110, 120, 130], [90, 115, 125]],
    ['自主防災組織数', '団体', [50, 52, 54, 56], [48, 50, 51]],
  ]);
  const right = side('1-2　交通安全の推進', [
    ['交通安全教室参加者数', '人', [300, 320, 340, 360], [280, 300, 200]],
    ['免許返納者数', '人', [200, 210, 220, 230], [150, 160, 170]],
  ]);
  const rows: CellValue[][] = [['施策評価シート　評価対象年度：2023年度'], []];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = [...(left[i] ?? [])];
    while (l.length < at - 1) l.push(N);
    rows.push([...l, ...(right[i] ?? [])]);
  }
  const col = (n: number) => String.fromCharCode(64 + n);
  return snap('施策評価', rows, { merges: ['B3:G3', `${col(at + 1)}3:${col(at + 6)}3`] });
}

test.each([11, 13])('the right-hand policy (from column %d) starts at its 施策 label and has its own rating cell', (at) => {
  const { meta, indicators } = detectSheet(sheet(at), scale);
  const col = (n: number) => String.fromCharCode(64 + n);
  expect(meta.groupGrades?.map((g) => [g.cell, g.left, g.name])).toEqual([
    ['I3', 1, '1-1 防災力の向上'],
    [`${col(at + 8)}3`, at, '1-2 交通安全の推進'],
  ]);
  expect(indicators.map((i) => [i.name, i.group])).toEqual([
    ['防災訓練参加者数', '1-1 防災力の向上'],
    ['交通安全教室参加者数', '1-2 交通安全の推進'],
    ['自主防災組織数', '1-1 防災力の向上'],
    ['免許返納者数', '1-2 交通安全の推進'],
  ]);
});

test('one policy alone with its 施策 label before its rating label: one rating for the sheet, no sides', () => {
  const rows = side('1-1　防災力の向上', [['防災訓練参加者数', '人', [100, 110, 120, 130], [90, 115, 125]]]);
  const { meta } = detectSheet(snap('施策評価', [['施策評価シート　評価対象年度：2023年度'], [], ...rows], { merges: ['B3:G3'] }), scale);
  expect(meta.groupGrades).toBeUndefined();
  expect(meta.groupGrade?.cell).toBe('I3');
});
