import type { Point, RawIndicator } from '../detect';
import { renderFinding } from '../model/findingText';
import { findPeriod } from '../values/periods';
import { parseValue } from '../values/values';
import { readWrittenTargets } from './writtenTargets';

const R5 = findPeriod('R5')!.period;
const point = (cell: string, raw: string | number): Point => ({ cell, row: 4, col: 3, raw, formula: null, parsed: parseValue(raw) });

function indicator(more: Partial<RawIndicator>): RawIndicator {
  return {
    sheet: 'S',
    layout: 'table',
    row: 4,
    id: null,
    name: '相談件数',
    nameCell: 'A4',
    wordsForDirection: '',
    cumulative: false,
    repeated: false,
    actuals: [point('E4', 236)],
    targets: [],
    baselines: [],
    ...more,
  };
}

const baselineOf = (ind: RawIndicator) => ind.baselines[0];

test('a relative target gives a reading-uncertain finding naming the target and the baseline, and the report’s guess', () => {
  const written = indicator({ targets: [{ ...point('D4', '基準値比10%増'), kind: 'target' }], baselines: [point('C4', 200)] });
  const { ind, findings } = readWrittenTargets(written, R5, baselineOf);
  expect(ind.targets[0].parsed.value).toBe(220);
  expect(ind.guesses).toEqual([{ reason: 'target-from-baseline', cells: ['D4', 'C4'] }]);
  expect(findings.map((f) => [f.code, f.cell])).toEqual([['reading-uncertain', 'D4']]);
  expect(renderFinding(findings[0])).toContain('基準値（C4）');
});

test('a remark’s target gives a finding naming the 備考 cell; an indicator with nothing written so is unchanged', () => {
  const { findings } = readWrittenTargets(indicator({ note: '目標値 30人', noteCell: 'F4' }), R5, baselineOf);
  expect(renderFinding(findings[0])).toContain('備考（F4）');
  const plain = indicator({ targets: [{ ...point('D4', 250), kind: 'target' }] });
  expect(readWrittenTargets(plain, R5, baselineOf)).toEqual({ ind: plain, findings: [] });
});
