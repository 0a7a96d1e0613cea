/** An actual written as a part of a whole (「7/9館」「180/200台（90.0％）」): one figure, the count, or its rate where the target is a rate. */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { fractionOf } from './fractionActuals';

describe('fractionOf', () => {
  test.each([
    ['7/9館', { part: 7, whole: 9, unit: '館' }],
    ['180／200台（90.0％）', { part: 180, whole: 200, unit: '台', rate: 90 }],
    ['1,020/1,200件', { part: 1020, whole: 1200, unit: '件' }],
    ['4/4 (100%)', { part: 4, whole: 4, rate: 100 }],
  ])('%s', (text, expected) => expect(fractionOf(text)).toEqual(expected));

  test.each(['12/15', '9/7館', '3/31現在', '52,300／60,000', '7/9館 2/3室', '7館/9館'])('%s is no part of a whole', (text) =>
    expect(fractionOf(text)).toBeNull(),
  );
});

test('a table: the part is the actual against a count, its rate (written, else computed) against a rate', () => {
  const rows = [
    ['令和5年度 図書館整備の状況'],
    ['指標', '目標（R5）', '実績（R5）'],
    ['Wi-Fiを整備した分館数', '9館', '7/9館'],
    ['自動貸出機を置いた分館の割合', '100％', '6/8館（75.0％）'],
    ['点字資料を備えた分館の割合', '100％', '3/4館'],
  ];
  const { report } = checkWorkbook({ sheets: [snap('整備状況', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.actualStatus])).toEqual([
    ['Wi-Fiを整備した分館数', 9, 7, 'value'],
    ['自動貸出機を置いた分館の割合', 100, 75, 'value'],
    ['点字資料を備えた分館の割合', 100, 75, 'value'],
  ]);
});

test('the whole first, 「7人中5人（71.4％）」「15校のうち12校」: the part of the whole, its rate in brackets', () => {
  expect(fractionOf('7人中5人\n（71.4％）')).toEqual({ part: 5, whole: 7, unit: '人', rate: 71.4 });
  expect(fractionOf('15校のうち12校')).toEqual({ part: 12, whole: 15, unit: '校' });
  for (const text of ['7人中8人', '7人中5件', '7中5', '3月中5件']) expect(fractionOf(text)).toBeNull();
});

test('「7人中5人（71.4％）」 against a rate target is the rate written', () => {
  const rows = [
    ['令和5年度 効果検証'],
    ['指標', '単位', '目標（R5）', '実績（R5）'],
    ['協力隊員の任期終了後の定着率', '％', 60, '7人中5人\n（71.4％）'],
    ['協力隊員の定着者数', '人', 4, '7人中5人'],
  ];
  const { report } = checkWorkbook({ sheets: [snap('検証', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.grade])).toEqual([
    ['協力隊員の任期終了後の定着率', 60, 71.4, 'A'],
    ['協力隊員の定着者数', 4, 5, 'A'],
  ]);
  expect(report.findings.filter((f) => f.code === 'multiple-actuals')).toEqual([]);
});
