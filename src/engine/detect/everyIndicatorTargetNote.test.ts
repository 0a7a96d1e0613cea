/** A note stating one target for every indicator (「各指標とも、令和5年度の目標値は80.0％とする」) on a sheet with no target column. */
import { detectSheet } from './index';
import { everyIndicatorTarget } from './everyIndicatorTargetNote';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

test('a note for every indicator gives its one figure and year; other notes give none', () => {
  expect(everyIndicatorTarget('※目標値：各指標とも、令和5年度の目標値は80.0％とする（ビジョン第4章）。')).toEqual({
    period: expect.objectContaining({ fiscalYear: 2023 }),
    figure: '80.0%',
  });
  expect(everyIndicatorTarget('すべての指標の目標値を90％とする')).toEqual({ figure: '90%' });
  expect(everyIndicatorTarget('各指標とも、目標値は前年度以上とする')).toBeNull();
  expect(everyIndicatorTarget('各指標とも、目標値は5％増とする')).toBeNull();
  expect(everyIndicatorTarget('各指標とも、目標値は80％以上とする')).toBeNull();
  expect(everyIndicatorTarget('各指標とも、目標値は70％又は80％とする')).toBeNull();
  expect(everyIndicatorTarget('目標値は80.0％とする')).toBeNull();
  expect(everyIndicatorTarget('各指標とも達成率80％以上でA評価')).toBeNull();
});

function sheet(units: string[], target: unknown = null) {
  return snap('S', [
    ['令和5年度　指標の状況'],
    [],
    ['指標', '単位', '令和4年度', '令和5年度', '目標値'],
    ['児童の割合', units[0], 84.2, 86.8, target],
    ['生徒の割合', units[1], 73.6, 77.1, null],
    [],
    ['※目標値：各指標とも、令和5年度の目標値は80.0％とする。'],
  ] as never);
}

test('with no target anywhere and one unit, each indicator takes the note as its target of that year', () => {
  const inds = detectSheet(sheet(['％', '％']), scale).indicators;
  expect(inds.map((i) => [i.targets.length, i.targets[0]?.cell, i.targets[0]?.parsed.value, i.targets[0]?.period?.fiscalYear])).toEqual([
    [1, 'A7', 80, 2023],
    [1, 'A7', 80, 2023],
  ]);
});

test('an indicator of another unit, or a target written in the table, leaves the note unread', () => {
  for (const ind of detectSheet(sheet(['％', '人']), scale).indicators) expect(ind.targets.every((t) => t.cell !== 'A7')).toBe(true);
  for (const ind of detectSheet(sheet(['％', '％'], 82), scale).indicators) expect(ind.targets.every((t) => t.cell !== 'A7')).toBe(true);
});
