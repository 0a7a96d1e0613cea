/** A record by months with 計画 / 実績 lines per 区分 and a 年間計 after 3月: the total is the title year's column. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { snap } from './testing';

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const blank = (n: number): CellValue[] => Array<CellValue>(n).fill(null);
/** A line: name, 区分, unit, twelve months (two filled), its total. */
const line = (name: string | null, kind: string, a: number | string, b: number, total: number): CellValue[] => [name, kind, '人', a, b, ...blank(10), total];

const sheet = (title: string, o: { total?: string; months?: string[]; plans?: [number, number, number]; formulas?: (string | null)[] } = {}) => {
  const p = o.plans ?? [100, 80, 180];
  const values: CellValue[][] = [
    [title],
    [null],
    ['体験メニュー', '区分', '単位', ...(o.months ?? MONTHS), o.total ?? '年間計'],
    line('田植え体験', '計画', p[0], p[1], p[2]),
    line(null, '実績', 90, 96, 186),
    line('稲刈り体験', '計画', 60, 40, 100),
    line(null, '実績', '中止', 50, 50),
  ];
  const snapshot = snap('月別実績', values, { merges: ['A4:A5', 'A6:A7'] });
  if (o.formulas) snapshot.formulas = values.map((_, r) => values[r].map((__, c) => (c === 15 ? (o.formulas![r] ?? null) : null)));
  return snapshot;
};

const read = (s: ReturnType<typeof sheet>) =>
  checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.target, i.cells.actual]);

test('the 年間計 after 3月 is the title year’s: the plan’s total the target, the record’s the actual (a 中止 month counts nothing)', () => {
  const s = sheet('令和５年度　農業体験事業　月別実施状況');
  expect(checkWorkbook({ sheets: [s] }, {}).report.period?.fiscalYear).toBe(2023);
  expect(read(s)).toEqual([
    ['田植え体験', 180, 186, 'P4', 'P5'],
    ['稲刈り体験', 100, 50, 'P6', 'P7'],
  ]);
  // 年度計, 合計 head it as well.
  expect(read(sheet('令和５年度 月別実施状況', { total: '年度計' }))).toHaveLength(2);
});

test('a SUM over the line’s own months counts as its total, whatever the cached figure', () => {
  const sums = [null, null, null, 'SUM(D4:O4)', 'SUM(D5:O5)', 'SUM(D6:O6)', 'SUM(D7:O7)'];
  expect(read(sheet('令和５年度 月別実施状況', { formulas: sums }))).toHaveLength(2);
  // A SUM of another range (another row's months) is no total of the line.
  const other = [...sums.slice(0, 4), 'SUM(D4:O4)', ...sums.slice(5)];
  expect(read(sheet('令和５年度 月別実施状況', { formulas: other }))).toEqual([]);
});

test('refused: no year on the sheet, a total that is not the months’ sum, a 累計 or average heading, months not 4月 to 3月', () => {
  expect(read(sheet('農業体験事業　月別実施状況'))).toEqual([]);
  // 180 is no sum of 100 and 70: an average, a year-end count or a typed figure; left unread, never read at it.
  expect(read(sheet('令和５年度 月別実施状況', { plans: [100, 70, 180] }))).toEqual([]);
  for (const total of ['年間平均', '3月末']) expect(read(sheet('令和５年度 月別実施状況', { total })).filter((r) => r[1] === 180 && r[2] === 186)).toEqual([]);
  const calendar = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];
  expect(read(sheet('令和５年度 月別実施状況', { months: calendar })).filter((r) => r[1] === 180 && r[2] === 186)).toEqual([]);
});

/** Review rv80: a table of lines given as [name, 区分, plan-or-actual figures], under an optional caption at row 2. */
/** A full line: the first month `a`, the eleven others `b` each, its total. */
const full = (name: string | null, kind: string, a: number, b: number): CellValue[] => [name, kind, '人', a, ...Array<CellValue>(11).fill(b), a + 11 * b];
const table = (top: number, caption: string | null, rows: [string | null, string, number, number][]): CellValue[][] => [
  [caption],
  ['事業名', '区分', '単位', ...MONTHS, '年間計'],
  ...rows.map(([name, kind, a, b]) => full(name, kind, a, b)),
  [null],
];
const names = (values: CellValue[][], merges: string[]) =>
  checkWorkbook({ sheets: [snap('月別実績', values, { merges })] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual]);
const pairs = (actualA: number, actualB: number): [string | null, string, number, number][] => [
  ['田植え体験', '計画', 100, 80],
  [null, '実績', actualA, actualB],
  ['稲刈り体験', '計画', 60, 40],
  [null, '実績', 50, 40],
];

test('review rv80 item 2: a second table captioned with the next year is that year’s, never extra indicators of the sheet’s', () => {
  const values = [
    ['子育て支援事業　月別利用状況'],
    ['評価対象年度：令和5年度'],
    ...table(3, '【令和5年度】', pairs(90, 96)),
    ...table(10, '【令和6年度】（12月末現在）', pairs(70, 20)),
  ];
  const merges = ['A5:A6', 'A7:A8', 'A12:A13', 'A14:A15'];
  expect(names(values, merges)).toEqual([
    ['田植え体験', 980, 1146],
    ['稲刈り体験', 500, 490],
  ]);
});

test('review rv80 item 7: a 【参考】 months table of the year before under the sheet’s table gives no indicator', () => {
  const values = [['令和５年度　事務事業評価票'], [null], ...table(3, '【参考】令和4年度　月別利用実績', pairs(90, 96))];
  expect(names(values, ['A5:A6', 'A7:A8'])).toEqual([]);
  values[2] = ['【令和5年度】　月別利用実績'];
  expect(names(values, ['A5:A6', 'A7:A8'])).toHaveLength(2);
});

test('review rv80 item 4: a 前年度実績 line is no actual of the year; the plan and this year’s record are read', () => {
  const rows: [string | null, string, number, number][] = [
    ['田植え体験', '計画', 100, 80],
    [null, '実績', 90, 96],
    [null, '前年度実績', 70, 60],
    ['稲刈り体験', '計画', 60, 40],
    [null, '実績', 50, 40],
    [null, '前年度実績', 30, 30],
  ];
  const values = [['令和５年度　農業体験事業　月別実施状況'], [null], ...table(3, null, rows).slice(1)];
  const read = checkWorkbook({ sheets: [snap('月別実績', values, { merges: ['A4:A6', 'A7:A9'] })] }, {}).report;
  expect(read.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['田植え体験', 980, 1146],
    ['稲刈り体験', 500, 490],
  ]);
});

test('review rv80 item 6: a 達成率 line after 実績, or a plan holding only its 年間計: the plan’s total is the target, never the actual', () => {
  const values: CellValue[][] = [
    ['令和５年度　農業体験事業　月別実施状況'],
    [null],
    ['事業名', '区分', '単位', ...MONTHS, '年間計'],
    ['田植え体験', '計画', '人', ...blank(12), 1000],
    full(null, '実績', 90, 96),
    full('稲刈り体験', '計画', 60, 40),
    full(null, '実績', 50, 40),
    [null, '達成率', '％', 83.3, ...Array<CellValue>(11).fill(100), 98],
  ];
  expect(names(values, ['A4:A5', 'A6:A8'])).toEqual([
    ['田植え体験', 1000, 1146],
    ['稲刈り体験', 500, 490],
  ]);
});

test('review rv81 item 3: a unit line between each caption and its heading row; the sheet’s year’s table is read', () => {
  const captioned = (caption: string, rows: [string | null, string, number, number][]) => {
    const [, ...rest] = table(0, null, rows);
    return [[caption], ['（単位：人）'], ...rest];
  };
  const values = [
    ['令和５年度　農業体験事業　月別実施状況'],
    [null],
    ...captioned('令和5年度', pairs(90, 96)),
    ...captioned('令和4年度（参考）', pairs(70, 60)),
  ];
  const merges = ['A6:A7', 'A8:A9', 'A14:A15', 'A16:A17'];
  expect(names(values, merges)).toEqual([
    ['田植え体験', 980, 1146],
    ['稲刈り体験', 500, 490],
  ]);
});

test('review rv81 item 3: one menu’s 計画 / 実績 pair, its name merged over both, under a caption of the sheet’s year', () => {
  const pair = (caption: string, plan: number, done: number): CellValue[][] => [
    [caption],
    ['（単位：人）'],
    ['体験メニュー', '区分', ...MONTHS, '年間計'],
    ['田植え・稲刈り体験', '計画', plan, ...blank(11), plan],
    [null, '実績', done, ...blank(11), done],
    [null],
  ];
  const values = [['令和５年度　農業体験事業　月別実施状況'], [null], ...pair('令和5年度', 200, 183), ...pair('令和4年度（参考）', 180, 193)];
  expect(names(values, ['A6:A7', 'A12:A13'])).toEqual([['田植え・稲刈り体験', 200, 183]]);
  // The sheet's one table, uncaptioned: its name column found, read at the title's year as a table of two menus is.
  expect(names([['令和５年度　農業体験事業　月別実施状況'], [null], ...pair('', 200, 183).slice(1)], ['A5:A6'])).toEqual([['田植え・稲刈り体験', 200, 183]]);
});
