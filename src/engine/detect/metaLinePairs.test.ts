import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { oneCellLine } from './metaLines';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];

/** One titled block of years as rows under a title line and the given unit line. */
function card(title: string, unitLine: string) {
  return snap('指標推移', [
    [title],
    [unitLine],
    ['年度', '目標値', '実績値', '備考'],
    ['2021年度', 12, 13.5],
    ['2022年度', 11, 12.2],
    ['2023年度', 10, 9.6],
    ['2024年度', 9, null],
  ]);
}

test('several 「label：value」 pairs in one cell: the first value ends where a known label starts, the others are pairs of their own', () => {
  const line = oneCellLine('単位：％　　目指す方向：減少', 'A2');
  expect(line).toMatchObject({ label: '単位', value: '%', role: 'unit', cell: 'A2' });
  expect(line?.more).toEqual([expect.objectContaining({ label: '目指す方向', value: '減少', role: 'direction', cell: 'A2' })]);
  expect(oneCellLine('指標名：待機児童数　単位：人', 'A1')).toMatchObject({ value: '待機児童数', more: [{ label: '単位', value: '人' }] });
});

test('a colon after a word of no role stays in the value (「単位：％ 注：速報」), and one pair has no further pairs', () => {
  expect(oneCellLine('単位：％ 注：速報', 'A1')).toMatchObject({ value: '% 注:速報' });
  expect(oneCellLine('単位：％ 注：速報', 'A1')?.more).toBeUndefined();
  expect(oneCellLine('単位：人', 'A1')?.more).toBeUndefined();
});

test('a direction on the unit line above years as rows is the indicator direction, not part of its unit', () => {
  const s = card('不満と答えた人の割合', '単位：％　　目指す方向：減少');
  const [ind] = detectSheet(s, scale).indicators;
  expect([ind.unit, ind.unitCell, ind.statedDirection?.value, ind.statedDirection?.cell]).toEqual(['%', 'A2', 'down', 'A2']);
  const { report } = checkWorkbook({ sheets: [s] }, {});
  expect(report.indicators.map((i) => [i.unit, i.direction, i.target, i.actual])).toEqual([['%', 'down', 10, 9.6]]);
});

test('an ordinal label before the name in the title cell (成果指標①, 活動指標2) is its number, not part of the name', () => {
  for (const [title, id] of [
    ['成果指標①　観光施設の入込客数', '1'],
    ['活動指標2　観光施設の入込客数', '2'],
    ['指標③ 観光施設の入込客数', '3'],
  ]) {
    const [ind] = detectSheet(card(title, '単位：人'), scale).indicators;
    expect([ind.name, ind.id, ind.unit]).toEqual(['観光施設の入込客数', id, '人']);
  }
});
