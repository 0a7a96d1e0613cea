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

  test('sheets of other indicators, or stating no year, are read as before; beside a later sheet with no actuals the earlier sheet is read', () => {
    const other = snap('施策2', [['令和5年度 施策評価シート'], [], ['指標名', '単位', '目標値', '実績値'], ['図書貸出冊数', '冊', 1000, 980]]);
    expect(check([sheet('施策1', '令和6年度 施策評価シート', [104, 48, 21]), other]).indicators).toHaveLength(4);
    const undated = check([sheet('施策1', '施策評価シート', [104, 48, 21]), sheet('施策1（写）', '施策評価シート', [96, 41, 18])]);
    expect(undated.findings.map((x) => x.code)).not.toContain('other-period-copy-skipped');
    const noActuals = check([sheet('施策1', '令和6年度 施策評価シート', ['', '', '']), sheet('施策1（前年度）', '令和5年度 施策評価シート', [96, 41, 18])]);
    // The earlier sheet is never taken for a copy of a later empty form; that form, the same table, is the one left out (below).
    expect(noActuals.indicators.map((i) => [i.sheet, i.actual])).toEqual([
      ['施策1（前年度）', 96],
      ['施策1（前年度）', 41],
      ['施策1（前年度）', 18],
    ]);
    expect(noActuals.findings.filter((x) => x.code === 'other-period-copy-skipped').map((x) => x.sheet)).toEqual(['施策1']);
  });
});

describe('a later year’s copy of the same table is not read for the evaluation year', () => {
  test('the next year’s empty form beside this year’s sheet with actuals gives no indicators, and says so', () => {
    const report = check([sheet('令和5年度', '令和5年度 施策評価シート', [96, 41, 18]), sheet('令和6年度', '令和6年度 施策評価シート', ['', '', ''])]);
    expect(report.indicators.map((i) => [i.sheet, i.actual])).toEqual([
      ['令和5年度', 96],
      ['令和5年度', 41],
      ['令和5年度', 18],
    ]);
    const f = report.findings.find((x) => x.code === 'other-period-copy-skipped');
    expect(f).toMatchObject({ sheet: '令和6年度', params: { otherSheet: '令和5年度', period: '令和6年度', sheetPeriod: '令和5年度' } });
  });

  test('a later empty sheet of another table (targets only, no actual cells) is read as before', () => {
    const targets = snap('目標', [['令和7年度 目標値'], [], ['指標名', '単位', '目標値'], ['相談件数', '件', 120], ['講座参加者数', '人', 60]]);
    const report = check([sheet('令和5年度', '令和5年度 施策評価シート', [96, 41, 18]), targets]);
    expect(report.findings.map((x) => x.code)).not.toContain('other-period-copy-skipped');
  });

  test('with the evaluation year stated on a 表紙, that year’s sheet is read, not a later sheet already holding figures', () => {
    const cover = snap('表紙', [['行政評価調書'], [], ['評価対象年度：令和5年度']]);
    const sheets = [
      cover,
      sheet('令和4年度', '令和4年度 施策評価シート', [90, 40, 15]),
      sheet('令和5年度', '令和5年度 施策評価シート', [96, 41, 18]),
      sheet('令和6年度', '令和6年度 施策評価シート', [50, 20, 9]),
    ];
    const report = check(sheets);
    expect(report.period?.fiscalYear).toBe(2023);
    expect(report.indicators.map((i) => [i.sheet, i.actual])).toEqual([
      ['令和5年度', 96],
      ['令和5年度', 41],
      ['令和5年度', 18],
    ]);
    const skipped = report.findings.filter((x) => x.code === 'other-period-copy-skipped');
    expect(skipped.map((x) => [x.sheet, x.params.otherSheet])).toEqual([
      ['令和4年度', '令和5年度'],
      ['令和6年度', '令和5年度'],
    ]);
  });

  test('without a stated year, the latest sheet with actuals is read as before', () => {
    const sheets = [sheet('令和5年度', '令和5年度 施策評価シート', [96, 41, 18]), sheet('令和6年度', '令和6年度 施策評価シート', [50, 20, 9])];
    expect(check(sheets).indicators.map((i) => i.sheet)).toEqual(['令和6年度', '令和6年度', '令和6年度']);
  });
});

describe('the evaluation year given (--period, 評価設定) or stated on one sheet is the year whose sheet is read', () => {
  const r5 = () => sheet('令和5年度', '令和5年度 施策評価シート', [96, 41, 18]);
  const r6Empty = () => sheet('令和6年度', '令和6年度 施策評価シート', ['', '', '']);
  const skippedOf = (report: ReturnType<typeof check>) =>
    report.findings.filter((x) => x.code === 'other-period-copy-skipped').map((x) => [x.sheet, x.params.otherSheet]);

  test('--period 令和6年度 with its sheet still empty: 令和5年度’s figures are not graded as 令和6年度’s; its sheet is read, the other skipped', () => {
    const report = checkWorkbook({ sheets: [r5(), r6Empty()] }, { period: '令和6年度' }).report;
    expect(report.indicators.map((i) => [i.sheet, i.actual, i.grade])).toEqual([
      ['令和6年度', null, null],
      ['令和6年度', null, null],
      ['令和6年度', null, null],
    ]);
    expect(skippedOf(report)).toEqual([['令和5年度', '令和6年度']]);
  });

  test('評価設定’s period counts the same as --period', () => {
    const report = checkWorkbook({ sheets: [r5(), r6Empty()] }, { rules: { period: '令和6年度' } }).report;
    expect(report.indicators.map((i) => i.sheet)).toEqual(['令和6年度', '令和6年度', '令和6年度']);
  });

  test('評価対象期間 stated on the 令和5年度 sheet only, both filled: that sheet is read and the 令和6年度 one skipped, no duplicates', () => {
    const stated = snap('令和5年度', [
      ['施策評価シート'],
      ['評価対象期間：令和5年度'],
      [],
      ['指標名', '単位', '目標値', '実績値'],
      ['相談件数', '件', 100, 96],
      ['講座参加者数', '人', 50, 41],
      ['登録団体数', '団体', 20, 18],
    ]);
    const report = check([stated, sheet('令和6年度', '令和6年度 施策評価シート', [104, 48, 21])]);
    expect(report.indicators.map((i) => [i.sheet, i.actual])).toEqual([
      ['令和5年度', 96],
      ['令和5年度', 41],
      ['令和5年度', 18],
    ]);
    expect(skippedOf(report)).toEqual([['令和6年度', '令和5年度']]);
    expect(report.findings.map((x) => x.code)).not.toContain('duplicate-indicator');
  });
});
