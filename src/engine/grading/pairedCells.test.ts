import type { Point, RawIndicator } from '../detect';
import { findPeriod } from '../values/periods';
import { parseValue } from '../values/values';
import { splitTargetActual, withPairedCellsSplit } from './pairedCells';

function point(cell: string, raw: string | number, label?: string): Point {
  const period = label ? findPeriod(label)?.period : undefined;
  return { cell, row: 4, col: 5, raw, formula: null, parsed: parseValue(raw), ...(period ? { period } : {}) };
}

function indicator(actuals: Point[], targets: RawIndicator['targets'] = []): RawIndicator {
  return {
    sheet: 'S',
    layout: 'table',
    row: 4,
    id: null,
    name: '利用者数',
    nameCell: 'B4',
    wordsForDirection: '',
    cumulative: false,
    repeated: false,
    actuals,
    targets,
    baselines: [],
  };
}

describe('splitTargetActual', () => {
  test.each([
    ['目標 12,500 / 実績 13,010', 12500, 13010],
    ['目標 98\n実績 96.4', 98, 96.4],
    ['実績：3件　目標：5件', 5, 3],
    ['計画値 10／実績値 8', 10, 8],
  ])('%s', (text, target, actual) => {
    const pair = splitTargetActual(parseValue(text));
    expect(pair?.target.value).toBe(target);
    expect(pair?.actual.value).toBe(actual);
  });

  test.each([['新規高卒者:52人 若者等:19人'], ['12,500'], ['目標 10 / 目標 12'], ['実績 3 / 実績 4 / 目標 5']])('%s is not a pair', (text) => {
    expect(splitTargetActual(parseValue(text))).toBeNull();
  });
});

describe('withPairedCellsSplit', () => {
  test('an actual cell holding both gives the actual and that period’s target at the same cell', () => {
    const ind = withPairedCellsSplit(indicator([point('D4', '目標 12,000 / 実績 11,420', '令和4年度'), point('E4', '目標 12,500 / 実績 13,010', '令和5年度')]));
    expect(ind.actuals.map((p) => [p.cell, p.parsed.value])).toEqual([
      ['D4', 11420],
      ['E4', 13010],
    ]);
    expect(ind.targets.map((p) => [p.cell, p.period?.fiscalYear, p.parsed.value])).toEqual([
      ['D4', 2022, 12000],
      ['E4', 2023, 12500],
    ]);
  });

  test('a target of that period written in its own cell is kept', () => {
    const own = { ...point('F4', 12000, '令和5年度'), kind: 'target' as const };
    const ind = withPairedCellsSplit(indicator([point('E4', '目標 12,500 / 実績 13,010', '令和5年度')], [own]));
    expect(ind.targets).toEqual([own]);
    expect(ind.actuals[0].parsed.value).toBe(13010);
  });

  test('an indicator without paired cells is returned as it is', () => {
    const ind = indicator([point('E4', 13010, '令和5年度')]);
    expect(withPairedCellsSplit(ind)).toBe(ind);
  });
});
