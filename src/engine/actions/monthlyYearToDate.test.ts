/**
 * The monthly year to date is graded as rate grades (the same rules from 評価設定, the same
 * tolerance bands), so that one indicator gets one grade whichever action grades it.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../model/port';
import { defaultRules, type Rules } from '../grading/rules';
import { settingsSheetSpec } from '../sheets/settingsSheet';
import { checkWorkbook, resolveRules } from './check';
import { importMonth } from './monthly';
import { readMonthly } from './monthlySheets';
import { rateMonthly } from './monthlyYearToDate';

type Row = (string | number | null)[];

const sheetOf = (name: string, values: Row[]): SheetSnapshot => ({ name, visibility: 'visible', protected: false, top: 1, left: 1, values, merges: [] });
const settingsOf = (rules: Partial<Rules>): SheetSnapshot =>
  sheetOf(
    '評価設定',
    settingsSheetSpec({ ...defaultRules(), ...rules }).rows.map((r) => r.map((c) => (c?.value ?? null) as string | number | null)),
  );

const MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3].map((m) => `${m}月`);
const blank = (n: number) => Array<null>(n).fill(null);

/** 4月 and 5月 filled: a survey rate 63.5 % (latest month) against 65, 転出超過数 110 + 115 against 1,200 × 2/12. */
const monthly = sheetOf('月次', [
  ['番号', '指標名', '単位', '年間目標', ...MONTHS],
  ['K-1', '市民満足度', '%', 65, 61, 63.5, ...blank(10)],
  ['K-2', '施策の認知度', '%', 50, 46, 47, ...blank(10)],
  ['K-3', '転出超過数', '人', 1200, 110, 115, ...blank(10)],
]);
/** The same survey figures as a year's KPI table, as rate reads them. */
const kpi = sheetOf('KPI', [
  ['指標名', '単位', '方向', 'R5目標', 'R5実績'],
  ['市民満足度', '%', '上昇', 65, 63.5],
  ['施策の認知度', '%', '上昇', 50, 47],
]);

function ytd(settings: SheetSnapshot[]) {
  const snapshot: WorkbookSnapshot = { sheets: [monthly, ...settings] };
  const ratings = rateMonthly(readMonthly(snapshot), 5, resolveRules(snapshot, undefined).rules);
  return Object.fromEntries(ratings.map((g) => [g.name, g]));
}

const SETTINGS = settingsOf({ surveyTolerance: 2, tolerances: { 転出超過数: 30 }, directions: { 転出超過数: 'down' } });

test('a survey rate within the ± 2 points of 評価設定 counts as met in the year to date (band said), as in rate', () => {
  expect(ytd([SETTINGS])['市民満足度']).toMatchObject({ yearToDate: 63.5, target: 65, attainment: 1, grade: 'A', band: 2 });
  // 3 points short: outside the band, graded by its ratio.
  expect(ytd([SETTINGS])['施策の認知度']).toMatchObject({ yearToDate: 47, attainment: 0.94, grade: 'B', band: null });
});

test('without a band in 評価設定 the same figures are graded by their ratio', () => {
  const g = ytd([])['市民満足度'];
  expect(g).toMatchObject({ grade: 'B', band: null });
  expect(g.attainment).toBeCloseTo(63.5 / 65, 10);
});

test("an indicator's own band, in its own unit, applies to its year to date against the pro-rated target", () => {
  // 225 people against 200 (down): 88.9 % without the band, met within ± 30.
  expect(ytd([SETTINGS])['転出超過数']).toMatchObject({ yearToDate: 225, target: 200, targetSource: 'prorated', attainment: 1, grade: 'A', band: 30 });
  expect(ytd([settingsOf({ directions: { 転出超過数: 'down' } })])['転出超過数']).toMatchObject({ grade: 'B', band: null });
});

test.each([
  ['with the survey band', [SETTINGS]],
  ['without it', [settingsOf({})]],
])('%s, the monthly year to date and rate give each survey indicator the same grade', (_, settings) => {
  const rate = checkWorkbook({ sheets: [kpi, ...settings] }, { file: 'city.xlsx', period: '令和5年度' }).report.indicators;
  const month = ytd(settings);
  for (const name of ['市民満足度', '施策の認知度']) {
    const rated = rate.find((i) => i.sheet === 'KPI' && i.name === name)!;
    expect([name, month[name].grade, month[name].attainment]).toEqual([name, rated.grade, rated.attainment]);
  }
});

test("the import's year to date (importMonth) reads the band from the workbook's 評価設定", () => {
  const snapshot: WorkbookSnapshot = { sheets: [monthly, SETTINGS] };
  const { ratings } = importMonth(
    snapshot,
    [
      ['番号', '指標名', '実績'],
      ['K-1', '市民満足度', 63.5],
    ],
    5,
    { overwrite: true },
  );
  expect(ratings.find((g) => g.name === '市民満足度')).toMatchObject({ grade: 'A', band: 2 });
});
