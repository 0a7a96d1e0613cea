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
