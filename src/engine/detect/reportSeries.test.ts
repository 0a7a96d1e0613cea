/** Sheets of one form for successive months or quarters of a year: the latest with figures is read, the others left out and said. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];

/** A 月報 sheet: 項目 | 区分 | 単位 | 年間目標 | 当月実績 | 累計実績; `filled` false leaves the month's figures blank. */
function monthSheet(tab: string, title: string, k: number, filled = true) {
  const visits = [900, 1100, 1000, 1200, 1300, 1000, 900, 800, 700, 800, 900, 1000];
  const members = [210, 214, 218, 220, 223, 225, 226, 228, 231, 233, 236, 240];
  const sum = visits.slice(0, k + 1).reduce((a, b) => a + b, 0);
  return snap(tab, [
    [title],
    [],
    ['No.', '項目', '区分', '単位', '年間目標', '当月実績', '累計実績', '進捗率'],
    [1, '図書館来館者数', '延べ', '人', 12000, filled ? visits[k] : null, filled ? sum : null, filled ? sum / 12000 : null],
    [2, '読書会会員数', '月末現在', '人', 250, filled ? members[k] : null, '－', filled ? members[k] / 250 : null],
  ]);
}

const title = (m: string) => `令和６年度　図書館　月次進行管理報告（${m}分）`;

const read = (sheets: ReturnType<typeof snap>[]) => {
  const { report } = checkWorkbook({ sheets }, {});
  return {
    report,
    rows: report.indicators.map((i) => [i.sheet, i.name, i.actual, i.cells.actual]),
    leftOut: report.findings.filter((f) => f.code === 'sheet-left-out').map((f) => [f.sheet, f.params]),
    guesses: report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => [f.cell, (f.params as { reason: string }).reason]),
  };
};

test('one sheet per month, 4月 … 3月: the 3月 sheet is read (累計 the year’s, a month-end count its 当月), the others said', () => {
  const { rows, leftOut, guesses, report } = read(MONTHS.map((m, k) => monthSheet(m, title(m), k)));
  expect(rows).toEqual([
    ['3月', '図書館来館者数', 11600, 'G4'],
    ['3月', '読書会会員数', 240, 'F5'],
  ]);
  expect(report.period?.fiscalYear).toBe(2024);
  expect(leftOut).toHaveLength(11);
  expect(leftOut[0]).toEqual(['4月', expect.objectContaining({ reason: 'series', otherSheet: '3月', indicators: ['図書館来館者数', '読書会会員数'] })]);
  expect(guesses).toEqual([]);
});

test('later months’ forms not yet filled: the latest filled sheet is read, and its actuals, the year’s so far, are a guess', () => {
  const sheets = MONTHS.map((m, k) => monthSheet(m, title(m), k, k <= 8));
  const { rows, leftOut, guesses } = read(sheets);
  expect(rows).toEqual([
    ['12月', '図書館来館者数', 8900, 'G4'],
    ['12月', '読書会会員数', 231, 'F5'],
  ]);
  expect(leftOut.map(([s]) => s)).toEqual(['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '1月', '2月', '3月']);
  expect(guesses).toEqual([
    ['G4', 'year-to-date-report'],
    ['F5', 'year-to-date-report'],
  ]);
});

test('the month in the title alone, and quarters by tab: the same series', () => {
  const byTitle = read([monthSheet('報告A', title('5月'), 1), monthSheet('報告B', title('6月'), 2)]);
  expect(byTitle.rows.map((r) => r[0])).toEqual(['報告B', '報告B']);
  const quarters = read([monthSheet('第1四半期', '令和６年度　図書館　進行管理', 2), monthSheet('第2四半期', '令和６年度　図書館　進行管理', 5)]);
  expect(quarters.rows.map((r) => r[0])).toEqual(['第2四半期', '第2四半期']);
  expect(quarters.guesses.map((g) => g[1])).toEqual(['year-to-date-report', 'year-to-date-report']);
});

test('sheets of other indicators, of two years, or naming one month twice are each read as they stand', () => {
  const other = snap('5月', [
    [title('5月')],
    [],
    ['No.', '項目', '区分', '単位', '年間目標', '当月実績', '累計実績'],
    [1, '公民館講座数', '延べ', '回', 120, 10, 21],
    [2, '公民館利用者数', '延べ', '人', 30000, 2500, 5200],
  ]);
  expect(read([monthSheet('4月', title('4月'), 0), other]).rows).toHaveLength(4);
  const twoYears = read([monthSheet('4月', title('4月'), 0), monthSheet('3月', '令和５年度　図書館　月次進行管理報告（3月分）', 11)]);
  expect(twoYears.leftOut.filter(([, p]) => (p as { reason: string }).reason === 'series')).toEqual([]);
  expect(read([monthSheet('4月', title('4月'), 0), monthSheet('4月分', title('4月'), 0)]).rows).toHaveLength(4);
  // A date of writing (「令和7年4月10日集計」) names no month reported.
  const dated = (d: string) => `令和６年度　図書館　指標実績（令和7年${d}集計）`;
  expect(read([monthSheet('集計A', dated('4月10日'), 11), monthSheet('集計B', dated('6月28日'), 11)]).leftOut).toEqual([]);
});

test('a 目標値 sheet dated 4月 beside a 実績値 sheet dated 3月末: no series, the two joined', () => {
  const targets = snap('目標値', [
    ['令和６年度　成果指標の目標値（令和６年４月策定）'],
    [],
    ['指標名', '単位', '目標値'],
    ['図書館来館者数', '人', 12000],
    ['読書会会員数', '人', 250],
  ]);
  const actuals = snap('実績値', [
    ['令和６年度　成果指標の実績値（令和７年３月末現在）'],
    [],
    ['指標名', '単位', '実績値'],
    ['図書館来館者数', '人', 11600],
    ['読書会会員数', '人', 240],
  ]);
  const { report, leftOut } = read([targets, actuals]);
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['図書館来館者数', 12000, 11600],
    ['読書会会員数', 250, 240],
  ]);
  expect(leftOut).toEqual([]);
});

/** A sheet holding only its own part's figure under a plain 実績: 指標名 | 単位 | 年間目標 | 実績. */
const partSheet = (tab: string, figure: number) =>
  snap(tab, [[`令和６年度　窓口利用状況（${tab}）`], ['指標名', '単位', '年間目標', '実績'], ['観光案内所利用者数', '人', 6000, figure]]);

test('sheets whose plain 実績 holds only their own part’s figure form no series: each is read, the copies flagged (review rv44)', () => {
  const { rows, report } = read([partSheet('上期', 2500), partSheet('下期', 3000)]);
  expect(rows.map((r) => r[0])).toEqual(['上期', '下期']);
  expect(report.findings.some((f) => f.code === 'duplicate-indicator')).toBe(true);
});

test('tabs giving the year with the month are of that month’s fiscal year: 令和6年3月 and 令和6年9月 are no series (review rv44)', () => {
  const sheet = (tab: string, figure: number) =>
    snap(tab, [['健康づくり指標　進捗状況'], ['指標名', '単位', '年間目標', '実績（累計）'], ['特定健診受診者数', '人', 5000, figure]]);
  const { rows } = read([sheet('令和6年3月', 4800), sheet('令和6年9月', 2100)]);
  expect(rows.map((r) => r[0])).toEqual(['令和6年3月', '令和6年9月']);
});
