/**
 * A block's unit written as a bracketed note, 「（単位：人）」, in its period row's corner cell (left of the years, over the
 * 目標 / 実績 labels) or on a line of its own: the unit of that block's figures, each block its own, tiled or stacked.
 */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];

type Row = (string | number | null)[];

function block(no: string, name: string, unit: string, targets: number[], actuals: number[]): Row[] {
  return [
    [no, name, null, null, null],
    [`（単位：${unit}）`, 'R3', 'R4', 'R5', 'R6'],
    ['目標', ...targets],
    ['実績', ...actuals],
  ];
}

test('（単位：…） in the corner cell of each block: every block reads its own unit from that cell', () => {
  const a = block('指標1', '図書館の貸出冊数', '冊', [100, 110, 120, 130], [95, 108, 121]);
  const b = block('指標2', '講座の受講率', '％', [60, 62, 64, 66], [58, 61, 63]);
  const c = block('指標3', '体育施設の数', 'か所', [4, 5, 6, 7], [4, 5, 5]);
  const rows: Row[] = [['施策評価シート'], [], ...a.map((r, i) => [...r, null, ...b[i]]), [], ...c];
  const inds = detectSheet(snap('施策2-1', rows), scale).indicators;
  expect(inds.map((i) => [i.name, i.unit, i.unitCell])).toEqual([
    ['図書館の貸出冊数', '冊', 'A4'],
    ['講座の受講率', '%', 'G4'],
    ['体育施設の数', 'か所', 'A9'],
  ]);
});

test('a bracketed note that is no unit line (「（単位当たり）」) gives no unit', () => {
  const rows: Row[] = [
    ['指標1', '一人当たりの費用'],
    ['（単位当たり）', 'R3', 'R4', 'R5'],
    ['目標', 10, 11, 12],
    ['実績', 9, 10, 12],
  ];
  const inds = detectSheet(snap('施策', rows), scale).indicators;
  expect(inds.map((i) => i.unit ?? null)).not.toContain('当たり');
  expect(inds.map((i) => i.unitCell ?? null)).not.toContain('A2');
});
