import { checkWorkbook } from '../actions/check';
import { classifyLabel } from '../values/labels';
import { supersededTargets } from './revisedTargets';
import { snap } from './testing';

const read = (rows: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [snap('指標', rows)] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual, i.cells?.target]);

test('revised and original target headings are targets of their year', () => {
  for (const t of ['当初目標（R5）', '修正目標（R5）', '変更後の目標値（R5）', '見直し後目標（R5）', '修正前目標（R5）'])
    expect(classifyLabel(t)).toMatchObject({ role: 'target' });
});

test('an original target is left unread only where another target has the same key', () => {
  const items = [
    { k: 'target|2023', t: '当初目標（R5）' },
    { k: 'target|2023', t: '修正目標（R5）' },
    { k: 'target|2030', t: '当初目標（R12）' },
  ];
  const out = supersededTargets(
    items,
    (i) => i.k,
    (i) => i.t,
  );
  expect([...out].map((i) => i.t)).toEqual(['当初目標（R5）']);
});

test('the revised target replaces the original one, wherever the columns stand', () => {
  const head = ['指標名', '単位', '変更後目標値（R5）', '実績値（R5）', '変更前目標値（R5）'];
  const rows = [['令和5年度 指標の達成状況'], head, ['利用者数', '人', 900, 850, 1000]];
  expect(read(rows)).toEqual([['利用者数', 900, 850, 'C3']]);
});

test('a row whose revised target is blank keeps its original one', () => {
  const head = ['指標名', '単位', '当初目標値', '修正目標値', '実績値'];
  const rows = [['令和5年度 指標の達成状況'], head, ['利用者数', '人', 1000, 900, 850], ['相談件数', '件', 60, null, 58]];
  expect(read(rows)).toEqual([
    ['利用者数', 900, 850, 'D3'],
    ['相談件数', 60, 58, 'C4'],
  ]);
});

test('an original target standing alone is the target', () => {
  const rows = [['令和5年度 指標の達成状況'], ['指標名', '単位', '当初目標（R5）', '実績（R5）'], ['利用者数', '人', 1000, 850]];
  expect(read(rows)).toEqual([['利用者数', 1000, 850, 'C3']]);
});
