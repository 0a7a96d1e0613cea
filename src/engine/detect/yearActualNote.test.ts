/** A line of its own saying a year's 実績 is 速報値 / 暫定値 / 概数 makes that year's actuals provisional (approximate), no other year's. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';
import { yearActualQualifier } from './yearActualNote';

type Row = (string | number | null)[];

function statuses(rows: Row[]) {
  return checkWorkbook({ sheets: [snap('指標', rows)] }, {}).report.indicators.map((i) => [i.actual, i.actualStatus]);
}

const table = (note: string): Row[] => [
  ['令和5年度 施策の成果指標'],
  ['指標名', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績'],
  ['相談件数', '件', 260, 300, 280],
  ['講座参加者数', '人', 480, 500, 520],
  [],
  [note],
];

test('the note’s year and word', () => {
  expect(yearActualQualifier('※令和5年度の実績値は速報値であり、確定値は7月に公表予定。')).toEqual({ fiscalYear: 2023, qualifier: 'provisional' });
  expect(yearActualQualifier('※R5実績は、令和6年4月末時点の暫定値です。')).toEqual({ fiscalYear: 2023, qualifier: 'provisional' });
  expect(yearActualQualifier('注：2023年度実績は概数')).toEqual({ fiscalYear: 2023, qualifier: 'approximate' });
});

test('a note saying the early figures have since been replaced by the final ones says they are final', () => {
  expect(yearActualQualifier('※令和5年度の実績値は速報値を記載していたが、確定値に更新した。')).toBeNull();
  expect(yearActualQualifier('※R5実績は見込値を掲載していましたが、6月に確定しました。')).toBeNull();
  expect(yearActualQualifier('※R5実績は速報値であり、確定値は7月に公表予定。')).toEqual({ fiscalYear: 2023, qualifier: 'provisional' });
});

test.each([
  ['※令和5年度の実績値は速報値であり、確定値は7月に公表予定。', 'provisional'],
  ['※R5実績は暫定値です。', 'provisional'],
  ['※令和5年度の実績は概数', 'approximate'],
])('%s under the table: every R5 actual is %s', (note, status) => {
  expect(statuses(table(note))).toEqual([
    [280, status],
    [520, status],
  ]);
});

test.each([
  ['※令和4年度の実績値は速報値'], // another year
  ['※No.1のR5実績は速報値'], // one row
  ['※令和5年度の実績値は一部速報値を含む'], // a part
  ['※令和5年度の実績値は速報値ではなく確定値'], // a denial
  ['※令和5年度の実績値は令和6年5月末現在'], // a date, no word
  ['※令和5年度の目標値は見込値'], // another measure
])('%s says nothing of the R5 actuals', (note) => {
  expect(statuses(table(note))).toEqual([
    [280, 'value'],
    [520, 'value'],
  ]);
});

test('an undated 実績 column on a sheet of the named year is that year’s', () => {
  const rows: Row[] = [['令和5年度 施策の成果指標'], ['指標名', '単位', '目標値', '実績値'], ['相談件数', '件', 300, 280], [], ['※令和5年度の実績値は速報値']];
  expect(statuses(rows)).toEqual([[280, 'provisional']]);
});

test('the note in a row’s cell beside figures is no line of its own', () => {
  const rows: Row[] = [
    ['令和5年度 施策の成果指標'],
    ['指標名', '単位', '目標値', '実績値', '説明'],
    ['相談件数', '件', 300, 280, '※令和5年度の実績値は速報値'],
    ['講座参加者数', '人', 500, 520, null],
  ];
  expect(statuses(rows)).toEqual([
    [280, 'value'],
    [520, 'value'],
  ]);
});
