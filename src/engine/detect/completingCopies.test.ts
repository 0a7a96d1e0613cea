/** An 評価 sheet taking an 入力 sheet's actuals by formula and adding its own targets is the reading; the 入力 rows are left out. */
import { checkWorkbook } from '../actions/check';
import type { CellValue, SheetSnapshot } from '../model/port';
import { completesSource } from './completingCopies';
import { referredCell } from './formulaCopies';
import type { Point, RawIndicator } from './types';
import { snap } from './testing';

const withFormulas = (s: SheetSnapshot, formulas: (string | null)[][]): SheetSnapshot => ({ ...s, formulas });

const input = (grades = false) =>
  snap('入力', [
    ['実績値入力シート（令和5年度）'],
    ['No.', '指標名', '単位', '令和5年度実績', ...(grades ? ['評価'] : [])],
    [1, '有収率', '％', 88.4, ...(grades ? ['B'] : [])],
    [2, '漏水修理件数', '件', 48, ...(grades ? ['A'] : [])],
  ]);

/** The 評価 sheet: name, unit and actual by formula on 入力, the target typed (or taken from `targetFrom`). */
function evaluation(targetFrom?: string): SheetSnapshot {
  const values: CellValue[][] = [
    ['令和5年度　指標評価シート'],
    ['No.', '指標名', '単位', '目標値（R5）', '実績値（R5）', '評価'],
    [1, '有収率', '％', 90, 88.4, 'B'],
    [2, '漏水修理件数', '件', 60, 48, 'A'],
  ];
  const f = (r: number) => [null, `入力!B${r}`, `入力!C${r}`, targetFrom ? `${targetFrom}!D${r}` : null, `入力!D${r}`, null];
  return withFormulas(snap('評価', values), [[null], values[1].map(() => null), f(3), f(4)]);
}

const read = (sheets: SheetSnapshot[]) => {
  const { report } = checkWorkbook({ sheets }, {});
  return {
    rows: report.indicators.map((i) => [i.sheet, i.name, i.target, i.actual]),
    leftOut: report.findings.filter((f) => f.code === 'rows-left-out').map((f) => f.params),
  };
};

test('the 評価 sheet completing the 入力 sheet is read once, the 入力 rows left out as copies naming it', () => {
  const { rows, leftOut } = read([input(), evaluation()]);
  expect(rows).toEqual([
    ['評価', '有収率', 90, 88.4],
    ['評価', '漏水修理件数', 60, 48],
  ]);
  expect(leftOut).toEqual([expect.objectContaining({ sheet: '入力', reason: 'copy', sources: ['評価!B3', '評価!B4'] })]);
});

test('a source with a written grade of its own is not completed by the copy: both are read', () => {
  expect(read([input(true), evaluation()]).rows.map((r) => r[0])).toEqual(['入力', '入力', '評価', '評価']);
});

test('completesSource: every actual a formula on the source’s sheet, the targets the copy’s own, the source without targets', () => {
  const point = (raw: CellValue, formula: string | null, cell = 'A1'): Point =>
    ({ raw, formula, cell, row: 1, col: 1, parsed: { status: 'value', text: String(raw) } }) as unknown as Point;
  const ind = (actuals: Point[], targets: Point[], sheet: string): RawIndicator => ({ sheet, actuals, targets }) as unknown as RawIndicator;
  const cells = {
    referredSheet: (p: Point) => referredCell(p.formula)?.sheet ?? null,
    referredAddress: (p: Point) => referredCell(p.formula)?.cell ?? null,
    hasWrittenGrade: () => false,
  };
  const src = ind([point(48, null, 'D4')], [], '入力');
  expect(completesSource(ind([point(48, '入力!D4')], [point(60, null)], '評価'), src, cells)).toBe(true);
  // A typed actual beside the one taken: the row's own reading.
  expect(completesSource(ind([point(48, '入力!D4'), point(50, null)], [point(60, null)], '評価'), src, cells)).toBe(false);
  // A target taken from a sheet of targets: no target of the copy's own.
  expect(completesSource(ind([point(48, '入力!D4')], [point(60, '目標!D4')], '評価'), src, cells)).toBe(false);
  // No target at all: a plain copy (formulaCopies.ts decides).
  expect(completesSource(ind([point(48, '入力!D4')], [], '評価'), src, cells)).toBe(false);
  // The source has a target of its own.
  expect(completesSource(ind([point(48, '入力!D4')], [point(60, null)], '評価'), ind([point(48, null, 'D4')], [point(55, null)], '入力'), cells)).toBe(false);
  // A formula on a cell that is no actual of the source row (an old formula left on another column).
  expect(completesSource(ind([point(48, '入力!C4')], [point(60, null)], '評価'), src, cells)).toBe(false);
});

test('an old formula left on last year’s column is no copy: both sheets read, the figures told apart', () => {
  const twoYears = snap('入力', [['実績値入力シート'], ['No.', '指標名', '単位', '令和4年度実績', '令和5年度実績'], [1, '有収率', '％', 88.4, 91.0]]);
  const values: CellValue[][] = [
    ['令和5年度　指標評価シート'],
    ['No.', '指標名', '単位', '目標値（R5）', '実績値（R5）', '評価'],
    [1, '有収率', '％', 90, 88.4, 'B'],
  ];
  const evaluationSheet = withFormulas(snap('評価', values), [[null], values[1].map(() => null), [null, '入力!B3', '入力!C3', null, '入力!D3', null]]);
  expect(read([twoYears, evaluationSheet]).rows).toEqual([
    ['入力', '有収率', null, 91],
    ['評価', '有収率', 90, 88.4],
  ]);
});
