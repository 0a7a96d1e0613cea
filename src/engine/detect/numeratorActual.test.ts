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
  ['結核新規登録患者数', '人/10万人', 8.0, 9, 98000, 9.2],
  ['刑法犯認知件数（人口千人につき）', '件', 6, 520, 98000, 5.3],
  ['市民１人１日のごみ排出量', 'g', 850, 31000, 35.8, 867],
  ['相談対応件数', '件', 500, 480, 600, 80.0],
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

test('a unit per so many, or a name per head (につき, １人１日), keeps the rate; 対 in a word (相談対応) is no ratio', () => {
  expect(by('結核新規登録患者数').actual).toBe(9.2);
  expect(by('刑法犯認知件数（人口千人につき）').actual).toBe(5.3);
  expect(by('市民１人１日のごみ排出量').actual).toBe(867);
  expect(by('相談対応件数')).toMatchObject({ actual: 480, cells: { actual: 'D12' } });
});

test('a numerator under the target heading is never the actual, and with targets over the rate’s terms the rates compare', () => {
  const twoSided = [
    ['令和6年度 指標', null, null, null, null, null, null, null],
    [],
    ['指標名', '単位', '実績値（R6）', null, null, '目標値（R6）', null, null],
    [null, null, '分子', '分母', '率', '分子', '分母', '率'],
    ['精密検査受診者数', '人', 85, 100, 85.0, 90, 100, 90.0],
  ];
  const merges2 = ['C3:E3', 'F3:H3', 'A3:A4', 'B3:B4'];
  const r = checkWorkbook({ sheets: [snap('検診', twoSided, { merges: merges2 })] }, {}).report;
  expect(r.indicators[0]).toMatchObject({ actual: 85, target: 90, cells: { actual: 'E5', target: 'H5' } });
});

test('an empty numerator gives nothing: the row keeps what it read', () => {
  expect(by('保健指導実施者数').cells?.actual).toBe('F7');
});
