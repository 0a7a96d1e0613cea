/** A year beside the office writing the sheet, on the line under its title, is the title's year. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { titleYearLine } from './titleYearLine';
import { yearOfficeLine } from './yearOfficeLine';
import { snap } from './testing';

test.each([
  ['令和5年度　健康推進課', 2023],
  ['令和5年度 進行管理　　福祉政策課', 2023],
  ['R6年度　こども政策課・子育て支援課', 2024],
])('a year and its office: %s', (text, year) => {
  expect(yearOfficeLine(text)?.fiscalYear).toBe(year);
  expect(titleYearLine(text)?.fiscalYear).toBe(year);
});

test.each([
  '令和5年度予算　財政課',
  '令和6年度目標　健康推進課',
  '令和5年度健康推進課',
  '令和5年度　健康づくりの推進',
  '健康推進課　令和5年度',
  '令和6年7月　健康推進課',
])('no such line: %s', (text) => {
  expect(yearOfficeLine(text)).toBeNull();
});

const sheet = (line: string): CellValue[][] => [
  ['健康増進計画　指標の進捗状況'],
  [line],
  [],
  ['指標', '単位', '基準値（H28）', 'R4', 'R5', '目標値（R9）'],
  ['野菜摂取量が350g以上の者の割合', '％', 25.1, 26.0, 27.2, 35],
];
const read = (line: string) => checkWorkbook({ sheets: [snap('指標', sheet(line))] }, {}).report;
const guessed = (line: string) => read(line).findings.some((f) => f.code === 'reading-uncertain' && JSON.stringify(f.params).includes('period-inferred'));

test('the line states the period: no guess from the latest actual', () => {
  expect(guessed('令和5年度　健康推進課')).toBe(false);
  expect(guessed('健康推進課')).toBe(true);
});
