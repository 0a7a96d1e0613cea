import { readMonthly } from './monthly';
import type { SheetSnapshot } from './port';

const serial = (y: number, m: number) => (Date.UTC(y, m - 1, 1) - Date.UTC(1899, 11, 30)) / 86400000;
const FISCAL = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];

function monthlySheet(name: string, heads: (string | number)[], fmt: string | null): SheetSnapshot {
  return {
    name,
    visibility: 'visible',
    protected: false,
    top: 1,
    left: 1,
    merges: [],
    values: [
      ['指標名', '年間目標', ...heads],
      ['窓口相談件数', 1200, 110, 95],
    ],
    numberFormats: [[null, null, ...heads.map(() => fmt)], []],
  };
}

test.each([
  ['dates shown as 4月', FISCAL.map((m) => serial(m <= 3 ? 2025 : 2024, m)), 'm"月"'],
  ['dates shown as 2024年4月', FISCAL.map((m) => serial(m <= 3 ? 2025 : 2024, m)), 'yyyy"年"m"月"'],
  ['texts with the year', FISCAL.map((m) => `${m <= 3 ? 2025 : 2024}年${m}月`), null],
  ['era texts', FISCAL.map((m) => `R${m <= 3 ? 7 : 6}.${m}`), null],
])('month headers written as %s are read', (_, heads, fmt) => {
  const [s] = readMonthly({ sheets: [monthlySheet('月次', heads, fmt)] });
  expect([...s.monthCols.entries()]).toEqual(FISCAL.map((m, i) => [m, 3 + i]));
  expect(s.indicators.map((i) => [i.name, i.annualTarget, [...i.actuals]])).toEqual([['窓口相談件数', 1200, [[4, 110], [5, 95]]]]);
});

test('plain numbers 4…3 without a date format are not months (they may be figures)', () => {
  expect(readMonthly({ sheets: [monthlySheet('月次', FISCAL, null)] })).toEqual([]);
});
