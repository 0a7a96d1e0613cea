/**
 * A 評価設定 sheet a city made itself states the evaluation period under the label its sheets use
 * (評価対象年度, 評価年度, 対象年度), not only EvalSheet's own 評価対象期間: that year is the stated
 * period of the check, not one inferred from the latest actuals.
 */
import { checkWorkbook } from '../actions/check';
import { defaultRules } from '../grading/rules';
import type { CellValue, SheetSnapshot } from '../model/port';
import { readSettingsSheet } from './settingsSheet';
import { planRoll } from '../actions/roll';
import { fiscalYearLabel } from '../values/periods';

function sheet(name: string, values: (CellValue | null)[][]): SheetSnapshot {
  return { name, visibility: 'visible', protected: false, top: 1, left: 1, values, merges: [] };
}

const TABLE = sheet('指標', [
  ['成果指標の状況'],
  [],
  ['指標名', '単位', '令和4年度目標', '令和4年度実績', '令和5年度目標', '令和5年度実績'],
  ['相談件数', '件', 100, 90, 120, 110],
  ['参加者数', '人', 500, 520, 550, 560],
]);

describe('the 評価設定 sheet: the period under a sheet’s own label', () => {
  test.each(['評価対象年度', '評価年度', '対象年度', '評価対象 年度', '評価対象期間'])('%s | 令和4年度 is the rules’ period', (label) => {
    const { rules, findings } = readSettingsSheet(sheet('評価設定', [['評価設定'], [], [label, '令和4年度'], ['作成部署', '企画課']]), defaultRules());
    expect(rules.period).toBe('令和4年度');
    expect(findings).toEqual([]);
  });

  test('a label that does not name the period (作成年度) sets none', () => {
    const { rules } = readSettingsSheet(sheet('評価設定', [['作成年度', '令和4年度']]), defaultRules());
    expect(rules.period).toBeNull();
  });

  test('a city’s 評価対象 row that is no period (成果指標のみ) is left alone, no finding; 評価対象期間 itself is still checked', () => {
    const own = readSettingsSheet(sheet('評価設定', [['評価対象', '成果指標のみ']]), defaultRules());
    expect([own.rules.period, own.findings]).toEqual([null, []]);
    const canonical = readSettingsSheet(sheet('評価設定', [['評価対象期間', '来年']]), defaultRules());
    expect(canonical.rules.period).toBe('来年');
  });

  test('the check evaluates the stated year with no reading-uncertain finding; without the sheet it infers the latest and says so', () => {
    const stated = checkWorkbook({ sheets: [sheet('評価設定', [['評価対象年度', '2022年度']]), TABLE] }).report;
    expect(stated.period).toMatchObject({ fiscalYear: 2022, source: 'settings' });
    expect(stated.indicators.map((i) => i.actual)).toEqual([90, 520]);
    expect(stated.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);

    const inferred = checkWorkbook({ sheets: [TABLE] }).report;
    expect(inferred.period).toMatchObject({ fiscalYear: 2023, source: 'latest-actual' });
    expect(inferred.findings.some((f) => f.code === 'reading-uncertain')).toBe(true);
  });
});

describe('roll: the 評価設定 period row under a sheet’s own label', () => {
  test('a stated 評価対象年度 moves to the next year; a blank one is set to it, as 評価対象期間 is', () => {
    const rollOf = (value: string | null) => {
      const wb = { sheets: [sheet('評価設定', [['評価対象年度', value]]), TABLE] };
      return planRoll(wb, checkWorkbook(wb), 2024)
        .plan.cells.filter((c) => c.sheet === '評価設定')
        .map((c) => [c.cell, c.value]);
    };
    expect(rollOf('2023年度')).toEqual([['B1', '2024年度']]);
    expect(rollOf(null)).toEqual([['B1', fiscalYearLabel(2024)]]);
  });
});
