/**
 * 実績値（R6） over 分子 | 分母 | 率: a rate's actual is the rate, a count's (受診者数 人) the numerator; a row with no unit keeps
 * what it read, and a numerator left empty gives nothing.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const rows = [
  ['令和6年度 健康増進計画 指標の進捗', null, null, null, null, null],
  [],
  ['指標名', '単位', '目標値（R6）', '実績値（R6）', null, null],
  [null, null, null, '分子', '分母', '率'],
  ['特定健診受診者数', '人', 5000, 4800, 12000, 40.0],
  ['特定健診受診率', '％', 45, 4800, 12000, 40.0],
  ['保健指導実施者数', '人', 600, null, 1500, 36.0],
  ['１人当たり医療費', '円', 430000, 7821250000, 17820, 438903],
];
const merges = ['D3:F3', 'A3:A4', 'B3:B4', 'C3:C4'];
const run = () => checkWorkbook({ sheets: [snap('健康づくり', rows, { merges })] }, {}).report;
const by = (n: string) => run().indicators.find((i) => i.name === n)!;

test('a count under 分子 | 分母 | 率 takes the numerator as its actual', () => {
  expect(by('特定健診受診者数')).toMatchObject({ unit: '人', target: 5000, actual: 4800, grade: 'B', cells: { actual: 'D5' } });
});

test('a rate keeps the rate, and so does a ratio of another unit (１人当たり… 円)', () => {
  expect(by('特定健診受診率')).toMatchObject({ unit: '%', actual: 40, cells: { actual: 'F6' } });
  expect(by('１人当たり医療費')).toMatchObject({ unit: '円', actual: 438903, cells: { actual: 'F8' } });
});

test('an empty numerator gives nothing: the row keeps what it read', () => {
  expect(by('保健指導実施者数').cells?.actual).toBe('F7');
});
