/** A unit written beside a 単位 label (単位 | 事業) is the line's unit, never a heading of the block's name. */
import { checkWorkbook } from '../actions/check';
import { CellIndex } from './cells';
import { Grid } from './grid';
import { snap } from './testing';
import { isUnitLineValue } from './unitLineValue';

const at = (rows: (string | number | null)[][], row: number, col: number) => {
  const index = new CellIndex(new Grid(snap('s', rows)));
  return isUnitLineValue(index, index.at(row, col)!);
};

test.each([
  [['単位', '事業', '目指す方向', '↑（増加）'], 2, true],
  [['単位', '事業所', null, null], 2, true],
  // Not the cell right beside the label, or not a unit alone.
  [['単位', null, '事業', null], 3, false],
  [['単位', '人', '事業', null], 3, false],
  [['単位', '指標名', null, null], 2, false],
  [['区分', '事業', null, null], 2, false],
] as [(string | null)[], number, boolean][])('%j, column %i: %s', (row, col, expected) => expect(at([row], 1, col)).toBe(expected));

const read = (rows: (string | number | null)[][], merges: string[] = []) =>
  checkWorkbook({ sheets: [snap('5-2', rows, { merges })] }, {}).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.direction]);

test('a policy block counted in 事業 (単位 | 事業 | 目指す方向 | ↑（増加）): its name is the 指標② line’s, with no guess', () => {
  const rows = [
    ['指標②', '圏域連携事業数', null, null, null],
    ['指標の説明', '共生ビジョンに位置付けた連携事業のうち実施した事業の数', null, null, null],
    ['単位', '事業', '目指す方向', '↑（増加）', null],
    ['区分', 'R2\n（現状値）', 'R3', 'R4', 'R5'],
    ['実績値', 26, 29, 34, null],
    ['期待値\n※R5は目標値', null, 28, 32, 34],
    ['備考', null, null, null, null],
  ];
  const { report } = checkWorkbook({ sheets: [snap('5-2', rows, { merges: ['B1:E1', 'B2:E2', 'D3:E3'] })] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.direction])).toEqual([['圏域連携事業数', '事業', 32, 34, 'up']]);
  // No guess about the name (the sheet states no period: that guess is the period's, naming no indicator).
  expect(report.findings.filter((f) => f.code === 'reading-uncertain' && f.indicator !== null)).toEqual([]);
});

test('事業 heading a table’s names left of its 単位 column still heads them (as before)', () => {
  const rows = [
    ['令和５年度　事業実績', null, null, null],
    ['事業', '単位', '目標値', '実績値'],
    ['移住相談会の開催', '回', 6, 6],
    ['企業説明会の開催', '回', 2, 1],
  ];
  expect(read(rows)).toEqual([
    ['移住相談会の開催', '回', 6, 6, 'up'],
    ['企業説明会の開催', '回', 2, 1, 'up'],
  ]);
});
