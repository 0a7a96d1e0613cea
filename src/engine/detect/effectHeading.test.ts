import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const rows = (name: string, heading: string) => [
  ['No.', '取組項目', heading, null, '取組の進捗'],
  [null, null, '目標', '実績', null],
  [1, name, 3200, 3260, '○'],
];
const read = (name: string, heading: string) =>
  checkWorkbook({ sheets: [snap('進捗', rows(name, heading), { merges: ['C1:D1', 'A1:A2', 'B1:B2', 'E1:E2'] })] }, {}).report.indicators[0];

test('under an effect amount (効果額), a 削減 in the action’s name says what it does: more effect is better', () => {
  const got = read('ペーパーレス化による印刷経費の削減', '効果額（千円）');
  expect(got).toMatchObject({ direction: 'up', actual: 3260, grade: 'A', unit: '千円' });
});

test('without an effect heading, the name’s 削減 still says lower is better', () => {
  expect(read('印刷経費の削減', '印刷経費（千円）').direction).toBe('down');
});
