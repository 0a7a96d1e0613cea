/** A table's body rows that hold no indicator: here, a section under the table whose sentence runs into the unit column. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const sheet = (last: (string | number | null)[]) => [
  ['令和5年度　経営評価'],
  ['経営指標', '単位', '目標', '実績', '評価'],
  ['売上高', '千円', 650000, 671230, 'A'],
  ['宿泊客数', '人', 12000, 11520, 'B'],
  [],
  last,
];
const names = (last: (string | number | null)[]) => checkWorkbook({ sheets: [snap('S', sheet(last))] }, {}).report.indicators.map((i) => i.name);

test('a section heading with a sentence written into the unit column is no indicator', () => {
  expect(names(['２　所管課の意見', '宿泊部門は好調。日帰り入浴は営業時間短縮の影響で目標を下回った。'])).toEqual(['売上高', '宿泊客数']);
});

test('a row with a unit and its figures still to come is an indicator; so is one whose unit is a word, not a sentence', () => {
  expect(names(['日帰り入浴客数', '人'])).toEqual(['売上高', '宿泊客数', '日帰り入浴客数']);
  expect(names(['自主事業の開催数', '件', 40, 43])).toEqual(['売上高', '宿泊客数', '自主事業の開催数']);
});

test('a template row still named 「（指標名を入力）」: left out when empty or 0, read when figures were written on it (review rv41b)', () => {
  const read = (last: (string | number | null)[]) =>
    checkWorkbook(
      { sheets: [snap('S', [['令和5年度　成果指標'], ['指標名', '単位', '目標', '実績', '評価'], ['相談件数', '件', 100, 90, 'B'], last])] },
      {},
    ).report.indicators.map((i) => i.name);
  expect(read(['（指標名を入力）', null, 0, 0])).toEqual(['相談件数']);
  expect(read(['（指標名を入力）', '件', 40, 30, 'C'])).toEqual(['相談件数', '（指標名を入力）']);
});

test('a description reading like a rating label (「…調査の総合評価」) on a row with figures leaves the row an indicator (hold-out 97)', () => {
  const rows = [
    ['令和5年度　成果指標の状況'],
    ['No.', '成果指標', '指標の説明', '単位', '目標値', '実績値', '評価'],
    [1, 'いじめの解消率', '認知したいじめのうち解消したものの割合', '％', 100, 91.7, 'B'],
    [2, '新体力テストの総合評価A・B・Cの児童生徒の割合', '体力・運動能力調査の総合評価', '％', 85, 76.1, 'B'],
  ];
  const { report } = checkWorkbook({ sheets: [snap('S', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['いじめの解消率', 100, 91.7],
    ['新体力テストの総合評価A・B・Cの児童生徒の割合', 85, 76.1],
  ]);
});

test('a policy title line with its rating label and one figure (「施策評価 | 3」) is no indicator (review rv43)', () => {
  const rows = [
    ['令和6年度　施策評価'],
    ['指標名', '単位', '目標値', '実績値'],
    ['施策1-1 子育て環境の充実', '施策評価', 3, null],
    ['子育て支援センター利用者数', '人', 5000, 5200],
  ];
  const names = checkWorkbook({ sheets: [snap('施策', rows)] }, {}).report.indicators.map((i) => i.name);
  expect(names).toEqual(['子育て支援センター利用者数']);
});

test('a remark heading in the name column with no figure (「所見 | 順調」) is a form line under the table, no indicator', () => {
  expect(names(['所見', '順調'])).toEqual(['売上高', '宿泊客数']);
  // A row with a unit word and no figure yet, named as a measure, is still read (the counter-example).
  expect(names(['所見件数', '件'])).toEqual(['売上高', '宿泊客数', '所見件数']);
});
