/** A row totalling the rows right above it is a tally of the table, never an indicator; 計 inside a name is no total. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { snap } from './testing';
import { totalNameKind } from './totalRows';

const read = (values: CellValue[][]) => checkWorkbook({ sheets: [snap('成果指標', values)] }, {}).report;
const names = (values: CellValue[][]) => read(values).indicators.map((i) => i.name);

const HEAD: CellValue[] = ['成果指標', '単位', '目標値', '実績値'];

test('a name ending in a total word after a space, its figures the sum of the rows above, is a total', () => {
  const values: CellValue[][] = [
    ['令和5年度 成果指標'],
    HEAD,
    ['観光入込客数（温泉地区）', '人', 420000, 398500],
    ['観光入込客数（市街地区）', '人', 260000, 271300],
    ['観光入込客数　計', '人', 680000, 669800],
    ['外国人宿泊者数', '人', 12000, 7450],
  ];
  const report = read(values);
  expect(report.indicators.map((i) => i.name)).toEqual(['観光入込客数（温泉地区）', '観光入込客数（市街地区）', '外国人宿泊者数']);
  expect(report.findings.find((f) => f.code === 'rows-left-out')?.params).toMatchObject({ reason: 'total', cells: ['A5'] });
});

test('a name closing with 合計 is a total when its figures are the sum of the rows right above it', () => {
  const values: CellValue[][] = [
    ['令和5年度 成果指標'],
    HEAD,
    ['スポーツ教室の開催数', '回', 95, 97],
    ['総合体育館の利用者数', '人', 155000, 158900],
    ['市民プールの利用者数', '人', 62000, 55800],
    ['利用者合計', '人', 217000, 214700],
  ];
  expect(names(values)).toEqual(['スポーツ教室の開催数', '総合体育館の利用者数', '市民プールの利用者数']);
});

test('a name closing with 合計 whose figures are no sum of the rows above is an indicator', () => {
  const values: CellValue[][] = [
    ['令和5年度 成果指標'],
    HEAD,
    ['総合体育館の利用者数', '人', 155000, 158900],
    ['市民プールの利用者数', '人', 62000, 55800],
    ['ごみ排出量合計', 't', 30000, 31200],
  ];
  expect(names(values)).toContain('ごみ排出量合計');
});

test('a spaced total of rates that are no sum (an overall rate) stays an indicator', () => {
  const values: CellValue[][] = [
    ['令和5年度 成果指標'],
    HEAD,
    ['胃がん検診受診率', '％', 40, 38.2],
    ['肺がん検診受診率', '％', 45, 44.1],
    ['がん検診受診率　計', '％', 42, 41.0],
  ];
  expect(names(values)).toContain('がん検診受診率　計');
});

test('a spaced total on a table’s first row has no rows to total: an indicator', () => {
  const values: CellValue[][] = [['令和5年度 成果指標'], HEAD, ['温室効果ガス排出量　合計', 't', 30000, 31200], ['森林面積', 'ha', 500, 505]];
  expect(names(values)).toContain('温室効果ガス排出量　合計');
});

test('計 inside an indicator’s name is no total, even over rows it happens to add up', () => {
  const values: CellValue[][] = [
    ['令和5年度 成果指標'],
    HEAD,
    ['新規利用者数', '人', 100, 90],
    ['継続利用者数', '人', 200, 210],
    ['利用者数累計', '人', 300, 300],
    ['会計年度任用職員数', '人', 40, 41],
    ['合計特殊出生率', '', 1.5, 1.4],
  ];
  expect(names(values)).toEqual(['新規利用者数', '継続利用者数', '利用者数累計', '会計年度任用職員数', '合計特殊出生率']);
});

test.each([
  ['観光入込客数　計', 'spaced'],
  ['計', 'spaced'],
  ['小計', 'spaced'],
  ['入込客数 合計（人）', 'spaced'],
  ['利用者合計', 'joined'],
  ['入込客数計', 'joined'],
  ['総計', 'spaced'],
  ['累計利用者数', null],
  ['会計年度任用職員数', null],
  ['合計特殊出生率', null],
  ['設計件数', null],
  ['利用者数累計', null],
  ['家計', null],
  ['統計調査の回答率', null],
])('totalNameKind(%s) is %s', (name, kind) => {
  expect(totalNameKind(name)).toBe(kind);
});

test('a total carrying the target its parts lack is the indicator: it stays, the parts too', () => {
  const values: CellValue[][] = [
    ['令和5年度 成果指標'],
    HEAD,
    ['観光入込客数（温泉地区）', '千人', null, 450],
    ['観光入込客数（市街地区）', '千人', null, 320],
    ['観光入込客数　計', '千人', 900, 770],
    ['宿泊者数', '千人', 150, 130],
  ];
  const report = read(values);
  expect(report.indicators.map((i) => i.name)).toEqual(['観光入込客数（温泉地区）', '観光入込客数（市街地区）', '観光入込客数　計', '宿泊者数']);
  expect(report.indicators[2]).toMatchObject({ target: 900, actual: 770, grade: 'B' });
  expect(report.findings.filter((f) => f.code === 'rows-left-out')).toEqual([]);
});
