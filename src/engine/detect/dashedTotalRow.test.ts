/**
 * A row writing 「－」 in the 累計 actual column read, with no target figure, reads its 単年度 figure of the same year; a row
 * with a target figure keeps its 「－」.
 */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { snap } from './testing';

const HEAD = ['No.', '指標', '単位', '令和5年度末目標\n（累計）', '令和5年度実績\n（単年度）', '令和5年度末実績\n（累計）', '備考'];

function read(rows: CellValue[][]) {
  const sheet = snap('進捗状況', [['指標の進捗状況（令和５年度）'], [], HEAD, ...rows]);
  return checkWorkbook({ sheets: [sheet] }, {}).report.indicators.map((i) => [i.name, i.target ?? null, i.actual ?? null, i.cells?.actual]);
}

test('「－」 in the 累計 actual and a target in words (「増加」): the 単年度 figure is the actual', () => {
  const out = read([
    [1, '認定件数', '件', 12, 2, 10, ''],
    [2, '直売所の年間販売額', '千円', '増加', 212400, '－', '単年度の指標'],
  ]);
  expect(out[0]).toEqual(['認定件数', 12, 10, 'F4']);
  expect(out[1].slice(2)).toEqual([212400, 'E5']);
});

test('a row with a 累計 target figure keeps its 「－」: a single year is never set against the total', () => {
  const out = read([
    [1, '認定件数', '件', 12, 2, 10, ''],
    [2, '新規出荷者数', '人', 75, 14, '－', ''],
  ]);
  expect(out[1][2]).not.toBe(14);
  expect(out[1][3]).not.toBe('E5');
});
