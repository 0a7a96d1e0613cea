/** A 備考 sets the direction only by words about the indicator's aim, in a table row, a policy block and a label form alike. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const direction = (rows: (string | number | null)[][]) => checkWorkbook({ sheets: [snap('事業', rows)] }, {}).report.indicators.map((i) => i.direction);

const table = (remark: string) => [
  ['事業名', '計画値', '実績値', '備考'],
  ['介護予防教室事業', 1200, 650, remark],
];
const block = (remark: string) => [
  ['成果指標１', '児童クラブ登録者数（人）', null, null],
  ['区分', 'R4', 'R5', 'R6'],
  ['目標値', 20, 15, 10],
  ['実績値', 18, 9, null],
  ['備考', remark, null, null],
];
const form = (remark: string) => [
  ['指標名', '教室参加者数'],
  ['単位', '人'],
  ['目標値（R5）', 1200],
  ['実績値（R5）', 650],
  ['備考', remark],
];

test.each([
  ['a table row', table],
  ['a policy block', block],
  ['a label form', form],
])('in %s, a circumstance (定員縮小) leaves the direction up; an aim (減少を目指す) turns it down', (_, layout) => {
  expect(direction(layout('感染症対策で定員縮小'))).toEqual(['up']);
  expect(direction(layout('減少を目指す指標'))).toEqual(['down']);
});
