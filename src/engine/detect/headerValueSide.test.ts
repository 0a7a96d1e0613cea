import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Rows = (string | number | null)[][];

// A rating label merged past the sheet's last used column (D3:E3): its empty rating cell lies right of it, past the used range.
const sheet = (department: Rows): Rows => [
  ['令和5年度 施策評価シート'],
  ['政策', '2 子育てのまちづくり'],
  ['施策', '2-1 子育て支援の充実', null, '施策の達成状況'],
  ...department,
  [],
  ['成果指標', '単位', '目標値', '実績値'],
  ['相談件数', '件', 100, 120],
  ['参加者数', '人', 50, 40],
];
const groups = (rows: Rows) => checkWorkbook({ sheets: [snap('施策2-1', rows, { merges: ['D3:E3'] })] }, {}).report.groups.map((g) => g.cell);

test("where the header lines' labels hold their values right of them, the rating cell is right of its label too, past the used range", () => {
  expect(groups(sheet([['担当課', '子育て支援課']]))).toEqual(['F3']);
});

test('where a header label has its value under it, the blank cell under the rating label stays its cell', () => {
  expect(groups(sheet([['担当課'], ['子育て支援課']]))).toEqual(['D4']);
});

test('a merged box drawn under the rating label, as wide as it, stays its cell whatever side the header values are on', () => {
  const rows = sheet([['担当課', '子育て支援課']]);
  expect(checkWorkbook({ sheets: [snap('施策2-1', rows, { merges: ['D3:E3', 'D4:E4'] })] }, {}).report.groups.map((g) => g.cell)).toEqual(['D4']);
});
