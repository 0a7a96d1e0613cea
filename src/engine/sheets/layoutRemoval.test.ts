/** planLayoutRemoval: one entry's row out of 読み取りの指定, the rows below moved up, nothing else written. */
import { snap } from '../detect/testing';
import { planLayoutRemoval, sameEntry } from './layoutRemoval';
import { readLayoutSection } from './layoutSettings';
import type { CellValue } from '../model/port';

const HEAD = ['読み取りの指定', '指標名のセル', '目標のセル', '実績のセル', '単位'];

function settings(): CellValue[][] {
  return [
    ['項目', '値'],
    ['評価方法', '達成率'],
    [],
    HEAD,
    ['（説明）'],
    ['事業メモ', 'J4:J6', 'B4:B6', 'D4:D6', null, null, 'メモ1'],
    ['補足', 'B2', 'E3', 'F3', '人'],
    ['事業メモ', 'J4', 'F4', null, null, null, 'メモ3'],
    [],
    ['後の行', 'そのまま'],
  ];
}

const at = (writes: { cell: string; value: unknown }[]) => Object.fromEntries(writes.map((w) => [w.cell, w.value]));

test('the middle entry: its row takes the next one, the last row of the section is emptied; cells right of the headings and rows outside stay', () => {
  const s = snap('評価設定', settings());
  const [, middle] = readLayoutSection(s)!.entries;
  const r = planLayoutRemoval(s, { sheet: '補足', names: 'B2', targets: 'E3', actuals: 'F3', unit: '人', source: middle.source });
  if (r.kind !== 'planned') throw new Error(r.kind);
  expect(r.entry.source).toBe('評価設定!A7');
  expect(r.remaining.map((e) => e.names)).toEqual(['J4:J6', 'J4']);
  expect(at(r.writes)).toEqual({ A7: '事業メモ', B7: 'J4', C7: 'F4', D7: null, E7: null, A8: null, B8: null, C8: null });
  expect(r.writes.every((w) => w.kind === 'setting' && w.sheet === '評価設定')).toBe(true);
  expect(r.writes.find((w) => w.cell === 'E7')?.previous).toBe('人');
});

test('the last entry: its row alone is emptied', () => {
  const s = snap('評価設定', settings());
  const last = readLayoutSection(s)!.entries[2];
  const r = planLayoutRemoval(s, last);
  if (r.kind !== 'planned') throw new Error(r.kind);
  expect(at(r.writes)).toEqual({ A8: null, B8: null, C8: null });
});

test('an entry that says something else than the row now holds is missing; of two rows saying the same, the one listed', () => {
  const s = snap('評価設定', settings());
  const first = readLayoutSection(s)!.entries[0];
  expect(planLayoutRemoval(s, { ...first, targets: 'B5:B7' }).kind).toBe('missing');
  expect(planLayoutRemoval(snap('評価設定', [['項目']]), first).kind).toBe('missing');
  // Listed at A6, now at A7 (a row was inserted above): the one row saying the same is found.
  const moved = settings();
  moved.splice(5, 0, ['補足', 'C2', 'E3', 'F3']);
  const r = planLayoutRemoval(snap('評価設定', moved), first);
  expect(r.kind === 'planned' && r.entry.source).toBe('評価設定!A7');
  // Two rows saying the same: the one at the listed row.
  const twice = settings();
  twice.splice(8, 0, ['事業メモ', 'J4:J6', 'B4:B6', 'D4:D6']);
  const second = readLayoutSection(snap('評価設定', twice))!.entries[3];
  const t = planLayoutRemoval(snap('評価設定', twice), second);
  expect(t.kind === 'planned' && t.entry.source).toBe('評価設定!A9');
  expect(planLayoutRemoval(snap('評価設定', twice), { ...second, source: null }).kind).toBe('missing');
});

test('sameEntry: sheet, names and every fact, blanks as absent, the source aside', () => {
  expect(sameEntry({ sheet: 'a', names: 'B2', unit: '' }, { sheet: 'a', names: ' B2 ', source: 'x' })).toBe(true);
  expect(sameEntry({ sheet: 'a', names: 'B2', grade: 'C2' }, { sheet: 'a', names: 'B2' })).toBe(false);
});
