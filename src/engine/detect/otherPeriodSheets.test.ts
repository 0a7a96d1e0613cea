import { checkWorkbook } from '../actions/check';
import type { SheetSnapshot } from '../model/port';
import { snap } from './testing';

/** A policy table titled with its year; `actuals`: one figure per indicator. */
const sheet = (name: string, title: string, actuals: (number | string)[]): SheetSnapshot =>
  snap(name, [
    [title],
    [],
    ['指標名', '単位', '目標値', '実績値'],
    ['相談件数', '件', 100, actuals[0]],
    ['講座参加者数', '人', 50, actuals[1]],
    ['登録団体数', '団体', 20, actuals[2]],
  ]);

const check = (sheets: SheetSnapshot[]) => checkWorkbook({ sheets }, {}).report;

describe('a sheet that is a copy for an earlier period is not read, and says so', () => {
  test('last year’s copy of the sheet (its title names the year before): only the current sheet’s indicators, one finding naming both sheets', () => {
    const report = check([sheet('施策1', '令和6年度 施策評価シート', [104, 48, 21]), sheet('施策1（前年度）', '令和5年度 施策評価シート', [96, 41, 18])]);
    expect(report.indicators.map((i) => [i.sheet, i.actual])).toEqual([
      ['施策1', 104],
      ['施策1', 48],
      ['施策1', 21],
    ]);
    expect(report.period?.fiscalYear).toBe(2024);
    const f = report.findings.find((x) => x.code === 'other-period-copy-skipped');
    expect(f).toMatchObject({ sheet: '施策1（前年度）', params: { otherSheet: '施策1', period: '令和5年度', sheetPeriod: '令和6年度' } });
    expect(report.findings.map((x) => x.code)).not.toContain('duplicate-indicator');
  });

  test('sheets of other indicators, or stating no year, or a later sheet with no actuals, are all read as before', () => {
    const other = snap('施策2', [['令和5年度 施策評価シート'], [], ['指標名', '単位', '目標値', '実績値'], ['図書貸出冊数', '冊', 1000, 980]]);
    expect(check([sheet('施策1', '令和6年度 施策評価シート', [104, 48, 21]), other]).indicators).toHaveLength(4);
    const undated = check([sheet('施策1', '施策評価シート', [104, 48, 21]), sheet('施策1（写）', '施策評価シート', [96, 41, 18])]);
    expect(undated.findings.map((x) => x.code)).not.toContain('other-period-copy-skipped');
    const noActuals = check([sheet('施策1', '令和6年度 施策評価シート', ['', '', '']), sheet('施策1（前年度）', '令和5年度 施策評価シート', [96, 41, 18])]);
    expect(noActuals.findings.map((x) => x.code)).not.toContain('other-period-copy-skipped');
  });
});
