/**
 * A row struck out is no indicator: its name marked （削除）, or its name cell's note saying it was deleted or the
 * indicator abolished. A note of a plan, or an indicator marked （廃止） in its own name (reported discontinued), stays.
 */
import { checkWorkbook } from '../actions/check';
import { dropDeletedRows } from './deletedRows';
import { detectSheet } from './index';
import { snap } from './testing';

type Row = (string | number | null)[];

const table = (third: string): Row[] => [
  ['令和5年度　事務事業評価調書'],
  [],
  ['事業名', '単位', '令和5年度目標', '令和5年度実績', '評価'],
  ['移住相談事業', '件', 120, 131, 'A'],
  ['空き家改修補助事業', '件', 10, 8, 'B'],
  [third, '回', 4, 3, 'C'],
];

const names = (values: Row[], notes?: Record<string, string>) =>
  checkWorkbook({ sheets: [{ ...snap('調書', values), ...(notes ? { notes } : {}) }] }, {}).report.indicators.map((i) => i.name);

test.each([['（削除）商店街イベント支援事業'], ['【削除】商店街イベント支援事業'], ['商店街イベント支援事業[削除済]']])('%s is no indicator', (name) => {
  expect(names(table(name))).toEqual(['移住相談事業', '空き家改修補助事業']);
});

test.each([['R5年度から指標廃止（講座は相談会に統合）。評価の対象外。'], ['この行は削除'], ['指標を削除（事業統合のため）']])(
  'a note 「%s」 on the name cell: no indicator',
  (note) => {
    expect(names(table('商店街イベント支援事業'), { A6: note })).toEqual(['移住相談事業', '空き家改修補助事業']);
  },
);

test.each([['R6年度で廃止予定'], ['削除を検討中'], ['開催回数は延べ'], ['R4に名称変更（旧称の「延べ」を削除）']])('a note 「%s」 deletes nothing', (note) => {
  expect(names(table('商店街イベント支援事業'), { A6: note })).toEqual(['移住相談事業', '空き家改修補助事業', '商店街イベント支援事業']);
});

test('a note on another cell of the row deletes nothing; （廃止） in the name stays, reported discontinued', () => {
  expect(names(table('商店街イベント支援事業'), { C6: '削除' })).toContain('商店街イベント支援事業');
  expect(names(table('商店街イベント支援事業（廃止）'))).toContain('商店街イベント支援事業（廃止）');
});

// 削除 / 廃止 with another object in the note is about the figures or another indicator: the live indicator stays.
test.each([
  ['重複分は削除して再集計した値'],
  ['R5から対象地区の重複は削除して集計'],
  ['旧指標廃止に伴いR5年度から設定'],
  ['旧指標（来街者数）を削除し、本指標をR5年度に新設'],
])('a note 「%s」 keeps the row', (note) => {
  expect(names(table('商店街イベント支援事業'), { A6: note })).toEqual(['移住相談事業', '空き家改修補助事業', '商店街イベント支援事業']);
});

test.each([['削除'], ['（削除）'], ['この指標は削除'], ['本指標は廃止'], ['R5で廃止'], ['令和５年度末で廃止。']])(
  'a note 「%s」 about the row itself: no indicator',
  (note) => {
    expect(names(table('商店街イベント支援事業'), { A6: note })).toEqual(['移住相談事業', '空き家改修補助事業']);
  },
);

test('the rows a note took out are returned with the note and its cell; a name marked （削除） is not', () => {
  const plain = snap('調書', [...table('商店街イベント支援事業'), ['（削除）旧講座開催回数', '回', 2, 1, 'C']]);
  const indicators = detectSheet(plain, []).indicators.filter((i) => !i.name.includes('旧講座'));
  indicators.push({ ...indicators[0], name: '（削除）旧講座開催回数', nameCell: 'A7' });
  const notes = { A6: 'この指標は削除', A4: '重複分は削除して再集計した値' };
  expect(dropDeletedRows({ ...plain, notes }, indicators)).toEqual([{ cell: 'A6', text: 'この指標は削除', name: '商店街イベント支援事業' }]);
  expect(indicators.map((i) => i.name)).toEqual(['移住相談事業', '空き家改修補助事業']);
});

test('a row a note took out is said so: indicator-discontinued names the note cell and its words', () => {
  const { report } = checkWorkbook({ sheets: [{ ...snap('調書', table('商店街イベント支援事業')), notes: { A6: 'この指標は削除' } }] }, {});
  expect(report.indicators.map((i) => i.name)).not.toContain('商店街イベント支援事業');
  expect(report.findings.filter((f) => f.code === 'indicator-discontinued')).toMatchObject([
    { severity: 'info', sheet: '調書', cell: 'A6', indicator: '商店街イベント支援事業', params: { cell: 'A6', text: 'この指標は削除' } },
  ]);
});
