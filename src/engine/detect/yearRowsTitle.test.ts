/**
 * The title line over a block whose years are rows: a number cell before the name is the block's id (the name is sure), and
 * an aim stated beside the name (「（減少を目指す）」) is the block's direction, never a second title that unnames the block.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';
import { directionStatement } from './yearRowsTitle';

test.each([
  ['（減少を目指す）', 'down'],
  ['↑増加を目指す', 'up'],
  ['少ない方がよい', 'down'],
  ['農地の集積率', null],
  ['（人）', null],
])('%s states the way %s', (text, way) => {
  expect(directionStatement(text)).toBe(way);
});

test('an aim beside a numbered title, a blank line above the header, is the block’s direction; the block beside keeps up', () => {
  const rows = [
    ['施策評価シート　評価対象年度：令和5年度'],
    [],
    ['指標②-1', '有害鳥獣による被害額', '（減少を目指す）', null, null, '指標②-2', '直売所の売上額'],
    [],
    ['年度', '目標値', '実績値', '単位', null, '年度', '目標値', '実績値', '単位'],
    ['R4(2022)', 9500, 10820, '千円', null, 'R4(2022)', 420, 433, '百万円'],
    ['R5(2023)', 9000, 8640, '千円', null, 'R5(2023)', 440, 426, '百万円'],
  ];
  const report = checkWorkbook({ sheets: [snap('施策5-2', rows)] }, {}).report;
  const read = report.indicators.map((i) => [i.name, i.cells?.name, i.target, i.actual, i.direction, i.cells?.direction, i.guesses]);
  expect(read.sort((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual([
    ['有害鳥獣による被害額', 'B3', 9000, 8640, 'down', 'C3', []],
    ['直売所の売上額', 'G3', 440, 426, 'up', null, []],
  ]);
});
