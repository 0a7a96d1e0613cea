import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const uncertain = (sheets: ReturnType<typeof snap>[], period?: string) =>
  checkWorkbook({ sheets }, period ? { period } : {})
    .report.findings.filter((f) => f.code === 'reading-uncertain')
    .map((f) => [f.indicator, f.cell, (f as { params?: { reason?: string } }).params?.reason]);

test('a period taken from the latest actuals that leaves one indicator blank while its previous year is filled', () => {
  const s = snap('KPI', [
    ['指標名', 'R4', 'R5', 'R6'],
    ['相談件数', 10, 12, 14],
    ['登録者数', 5, 6, null],
  ]);
  expect(uncertain([s])).toEqual([
    [null, 'D2', 'period-inferred'],
    ['登録者数', 'D3', 'period-blank'],
  ]);
  // A stated period is no guess.
  expect(uncertain([s], 'R6')).toEqual([]);
});

test('actual columns of several years: the period taken from the latest is a guess, unless a target or the title marks it', () => {
  const rows = [
    ['指標名', '目標値', 'R4', 'R5'],
    ['相談件数', 20, 10, 12],
    ['登録者数', 8, 5, 6],
  ];
  expect(uncertain([snap('KPI', rows)])).toEqual([[null, 'D2', 'period-inferred']]);
  expect(uncertain([snap('KPI', [['令和5年度 成果指標'], ...rows])])).toEqual([]);
  const marked = snap('事業', [
    ['事業名', 'R4年度実績値', 'R5年度数値目標', 'R5年度実績値'],
    ['相談事業', 10, 12, 13],
  ]);
  expect(uncertain([marked])).toEqual([]);
});

test('a trend ending in the period with its target dated that year marks the period for the workbook’s other sheets too', () => {
  const trend = snap('受診率', [
    ['年度', '胃がん検診受診率', '肺がん検診受診率'],
    ['令和3年度', 9.0, 6.8],
    ['令和4年度', 9.5, 7.0],
    ['令和5年度', 9.8, 7.1],
    ['目標値（令和5年度）', 12, 10],
  ]);
  const open = snap('精密検査', [
    ['検診', '令和4年度', '令和5年度', '目標値'],
    ['胃がん精密検査受診率', 83.9, 84.2, 90],
  ]);
  expect(uncertain([open])).toEqual([[null, 'C2', 'period-inferred']]);
  expect(uncertain([trend, open])).toEqual([]);
});

test('two actual columns of the period with different figures: the message names first the one the grade uses', () => {
  const s = snap('T', [
    ['指標名', '目標値', 'R5実績', 'R5実績'],
    ['相談件数', 20, 18, 19],
  ]);
  const { report } = checkWorkbook({ sheets: [s] }, { period: 'R5' });
  const used = report.indicators[0]!.cells.actual;
  const f = report.findings.find((x) => x.code === 'reading-uncertain');
  expect((f as { params?: { cells?: string[] } }).params?.cells?.[0]).toBe(used);
  expect(f?.message).toContain(`${used}を使いました`);
});

test('two final 目標 columns with different figures: the one used is named with the other', () => {
  const s = snap('T', [
    ['指標名', '目標値', '最終目標', '実績値'],
    ['相談件数', 20, 25, 18],
  ]);
  // No year anywhere either: grading the undated 実績値 as the period's is a guess of its own (period-unstated).
  expect(uncertain([s])).toEqual([
    [null, 'D2', 'period-unstated'],
    ['相談件数', 'B2', 'column-chosen'],
  ]);
});

test('a figure in the period column whose note names another year', () => {
  const s = snap('T', [
    ['指標名', '目標（R8）', 'R5実績'],
    ['人口', 10000, '9800（令和2年）'],
  ]);
  expect(uncertain([s], 'R5')).toEqual([['人口', 'C2', 'year-note-differs']]);
  const undated = snap('T', [
    ['指標', '目標（R8）', '実績'],
    ['観光入込客数', 1400, '1,607\n（令和5年度）'],
    ['参加者数', 3200, '2,450\n（令和4年度）'],
  ]);
  expect(uncertain([undated], 'R5')).toEqual([['参加者数', 'C3', 'year-note-differs']]);
});

test('a dash noting the next survey (「－（次回調査：令和7年度）」) is not applicable this year, no other year’s figure', () => {
  const rows = (dash: string) =>
    snap('T', [
      ['指標', '目標（R8）', '実績'],
      ['村民の割合（％）', 45, dash],
      ['登録者数（人）', 220, '203\n（令和5年度）'],
    ]);
  expect(uncertain([rows('－\n（次回調査：令和7年度）')], 'R5')).toEqual([]);
  // A dash dated by another year alone still names another year's column: a guess.
  expect(uncertain([rows('－\n（令和4年度）')], 'R5')).toEqual([['村民の割合', 'C2', 'year-note-differs']]);
});

test('a join by a similar name and a name from a heading are findings naming the cells', () => {
  const targets = snap('目標値', [
    ['指標名', 'R4', 'R5'],
    ['観光入込客数', 100, 110],
  ]);
  const actuals = snap('実績値', [
    ['指標名', 'R4', 'R5'],
    ['観光入込客数（延べ）', 90, 120],
  ]);
  expect(uncertain([targets, actuals])).toEqual([
    [null, '実績値!C2', 'period-inferred'],
    ['観光入込客数', 'A2', 'join-fuzzy'],
  ]);
  const block = snap('施策', [
    ['相談件数の推移', null, null],
    [null, 'R4', 'R5'],
    ['実績値', 10, 12],
    ['目標値', 10, 11],
  ]);
  expect(uncertain([block]).filter((u) => u[2] !== 'period-inferred')).toEqual([['相談件数の推移', 'A1', 'name-from-description']]);
});

describe('the grade column of the evaluation period (目標 実績 達成率 評価 repeated per year)', () => {
  const rows = [
    ['KPI', '単位', 'R4', null, null, 'R5', null, null],
    [null, null, '目標', '実績', '評価', '目標', '実績', '評価'],
    ['相談件数', '件', 10, 10, 'A', 20, 12, 'C'],
  ];
  const merges = ['C1:E1', 'F1:H1', 'A1:A2', 'B1:B2'];
  const existing = (period: string) => {
    const ind = checkWorkbook({ sheets: [snap('KPI', rows, { merges })] }, { period }).report.indicators[0];
    return [ind.existingGrade, ind.cells.grade];
  };
  test('the 評価 under the period heading of the actual is the written grade', () => {
    expect(existing('R5')).toEqual(['C', 'H3']);
    expect(existing('R4')).toEqual(['A', 'E3']);
  });
  test('a period without a grade column of its own: the first stays, and it is a guess naming the grade cells', () => {
    expect(uncertain([snap('KPI', rows, { merges })], 'R6')).toContainEqual(['相談件数', 'E3', 'column-chosen']);
  });
});

test('a year read from a column dated at its opening (R6.4.1現在) beside the next opening (R7.4.1現在): a guess naming both', () => {
  const s = snap('子育て', [
    ['令和6年度 子育て支援の指標（評価対象：令和6年度）', null, null, null, null, null],
    [],
    ['指標名', '単位', '目標値', 'R5.4.1現在', 'R6.4.1現在', 'R7.4.1現在'],
    ['保育所等待機児童数', '人', 0, 12, 8, 3],
  ]);
  expect(uncertain([s])).toEqual([['保育所等待機児童数', 'E4', 'column-chosen']]);
  const closing = snap('子育て', [
    ['令和6年度 子育て支援の指標（評価対象：令和6年度）', null, null, null, null],
    [],
    ['指標名', '単位', '目標値', 'R6.3.31現在', 'R7.3.31現在'],
    ['保育所等待機児童数', '人', 0, 12, 8],
  ]);
  expect(uncertain([closing])).toEqual([]);
});

test('a year column whose heading says its figures are of another year (「R5（R3数値）」) is read, as a guess naming the actual', () => {
  const s = snap('統計指標', [
    ['指標', '区分', 'R4\n（R2数値）', 'R5\n（R3数値）'],
    ['製造品出荷額等', '目標', 2250, 2300],
    [null, '実績', 1985, 2296],
  ]);
  const guesses = uncertain([s], 'R5');
  expect(guesses).toContainEqual(['製造品出荷額等', 'D3', 'year-note-differs']);
});

test('a trend marking the period does not silence another sheet whose later year’s column is left blank (review rv54)', () => {
  const trend = snap('受診率', [
    ['年度', '胃がん検診受診率', '肺がん検診受診率'],
    ['令和3年度', 9.0, 6.8],
    ['令和4年度', 9.5, 7.0],
    ['令和5年度', 9.8, 7.1],
    ['目標値（令和5年度）', 12, 10],
  ]);
  const open = snap('精密検査', [
    ['検診', '令和4年度', '令和5年度', '令和6年度', '目標値'],
    ['胃がん精密検査受診率', 83.9, 84.2, null, 90],
  ]);
  expect(uncertain([trend, open]).map((u) => u[2])).toContain('period-inferred');
});
