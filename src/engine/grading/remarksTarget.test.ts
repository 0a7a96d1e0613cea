import type { RawIndicator } from '../detect';
import { findPeriod } from '../values/periods';
import { parseValue } from '../values/values';
import { targetInRemark, withRemarksTarget } from './remarksTarget';

const R5 = findPeriod('R5')!.period;

function indicator(note: string, target?: string | number): RawIndicator {
  return {
    sheet: 'S',
    layout: 'table',
    row: 4,
    id: null,
    name: '補助件数',
    nameCell: 'B4',
    wordsForDirection: '',
    cumulative: false,
    repeated: false,
    note,
    noteCell: 'F4',
    actuals: [{ cell: 'E4', row: 4, col: 5, raw: 110, formula: null, parsed: parseValue(110), period: R5 }],
    targets: target === undefined ? [] : [{ cell: 'D4', row: 4, col: 4, raw: target, formula: null, parsed: parseValue(target), kind: 'target' }],
    baselines: [],
  };
}

describe('targetInRemark', () => {
  test.each([
    ['R5目標：120件', 120, 2023],
    ['目標値 30人。前年度から制度拡充', 30, undefined],
    ['R7目標 150件（計画最終年度）', 150, 2025],
  ])('%s', (text, value, fiscalYear) => {
    const got = targetInRemark(text);
    expect(got?.value.value).toBe(value);
    expect(got?.period?.fiscalYear).toBe(fiscalYear);
  });

  test.each([['目標：前年度以上'], ['前年度から10件増加'], ['制度拡充 30人']])('%s states no target figure', (text) => {
    expect(targetInRemark(text)).toBeNull();
  });
});

describe('withRemarksTarget', () => {
  test('the remark’s target of the period is used, as a guess naming the 備考 cell', () => {
    const { ind, guesses } = withRemarksTarget(indicator('R5目標：120件'), R5);
    expect(ind.targets).toMatchObject([{ cell: 'F4', row: 4, col: 6, kind: 'target', parsed: { value: 120, unit: '件' } }]);
    expect(guesses).toEqual([{ reason: 'target-from-remarks', cells: ['F4'] }]);
  });

  test('a target of another year gives no target, and a guess naming the cell', () => {
    const { ind, guesses } = withRemarksTarget(indicator('R7目標 150件（計画最終年度）'), R5);
    expect(ind.targets).toEqual([]);
    expect(guesses).toEqual([{ reason: 'year-note-differs', cells: ['F4'] }]);
  });

  test('a row with a target figure of its own keeps it and reads nothing from the remark', () => {
    const written = indicator('R5目標：120件', 100);
    expect(withRemarksTarget(written, R5)).toEqual({ ind: written, guesses: [] });
  });
});
