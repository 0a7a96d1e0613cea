/**
 * Rating rows: a row labelled as a rating under a table is that table's rating cell, never an
 * indicator; stacked tables are each rated by their own row; a rating label's scale hint is not part of it.
 */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { isRatingRowLabel, isScaleLegend, ratingLabelText } from './ratingRows';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

test.each([
  ['施策の評価（Ａ～Ｄ）', '施策の評価'],
  ['総合評価(A・B・C・D)', '総合評価'],
  ['達成度評価', '達成度評価'],
])('%s reads as the label %s', (text, label) => {
  expect(ratingLabelText(text)).toBe(label);
  expect(isRatingRowLabel(text)).toBe(true);
});

test.each(['評価指標', '市民満足度', '評価', '評価の視点と今後の取組についての説明文です', '令和5年度の評価'])('%s is no rating row label', (text) => {
  expect(isRatingRowLabel(text)).toBe(false);
});

// Two tables stacked, years across, each ended by its 「政策の総合評価（Ａ～Ｄ）」 row; the first written, the second blank.
const rows: (string | number | null)[][] = [
  ['政策の進捗（令和５年度）', null, null, null, null],
  ['１　安全なまち', null, null, null, null],
  ['指標名', '単位', 'R4実績', 'R5目標', 'R5実績'],
  ['防犯灯設置数', '基', 310, 340, 352],
  ['自主防災組織率', '%', 81, 85, 83.5],
  ['政策の総合評価（Ａ～Ｄ）', null, 'A', '（B）', null],
  [null, null, null, null, null],
  ['２　快適なまち', null, null, null, null],
  ['指標名', '単位', 'R4実績', 'R5目標', 'R5実績'],
  ['公園愛護団体数', '団体', 40, 45, 38],
  ['市民の評価点', '点', 3.1, 3.5, 3.2],
  ['政策の総合評価（Ａ～Ｄ）', null, null, null, null],
];

test('each stacked table is rated by its own rating row; no rating row is an indicator', () => {
  const d = detectSheet(snap('政策評価', rows, { merges: ['A6:B6', 'A12:B12'] }), scale);
  expect(d.indicators.map((i) => i.name)).toEqual(['防犯灯設置数', '自主防災組織率', '公園愛護団体数', '市民の評価点']);
  expect(d.meta.groupGrades?.map((g) => [g.cell, g.top, g.bottom, g.name, g.previousGrade])).toEqual([
    ['C6', 1, 6, '１　安全なまち', 'B'],
    ['C12', 7, 12, '２　快適なまち', null],
  ]);
});

test('the check rolls each table up into its own rating cell', () => {
  const { report } = checkWorkbook({ sheets: [snap('政策評価', rows, { merges: ['A6:B6', 'A12:B12'] })] }, {});
  expect(report.groups.map((g) => [g.cell, g.existingGrade])).toEqual([
    ['C6', 'A'],
    ['C12', null],
  ]);
  expect(report.groups.every((g) => g.grade !== null)).toBe(true);
});

test('one rating row under one table rates the sheet', () => {
  const d = detectSheet(snap('政策評価', rows.slice(0, 6), { merges: ['A6:B6'] }), scale);
  expect(d.meta.groupGrade?.cell).toBe('C6');
  expect(d.meta.groupGrades).toBeUndefined();
});

test('「総合評価」 over a paragraph heads a narrative box: no rating cell', () => {
  const narrative = [
    ['指標名', '単位', 'R5目標', 'R5実績'],
    ['相談件数', '件', 120, 131],
    ['総合評価', null, null, null],
    ['相談体制の充実により相談件数は目標を上回った。引き続き周知に努める。', null, null, null],
  ];
  const d = detectSheet(snap('KPI', narrative, { merges: ['A4:D4'] }), scale);
  expect(d.meta.groupGrade).toBeUndefined();
});

test('the sheet’s title is no rating row, even named like one', () => {
  const titled = [['第２期総合戦略の評価', null, null, null], ...rows.slice(1, 5)];
  expect(detectSheet(snap('戦略', titled), scale).meta.groupGrade).toBeUndefined();
});

test('a row named like a rating but holding figures stays an indicator', () => {
  const withFigures = rows.map((r, i) => (i === 5 ? ['施策の評価', '点', 3, 4, 3.5] : r));
  const d = detectSheet(snap('政策評価', withFigures.slice(0, 6)), scale);
  expect(d.indicators.map((i) => i.name)).toContain('施策の評価');
});

test('a rating label with its scale in brackets beside an empty cell, above the table, is the sheet’s rating', () => {
  const policy = [
    ['施策評価シート', null, null, null],
    ['施策', '3-2　子育て支援の充実', null, null],
    ['施策の評価（Ａ～Ｄ）', null, null, null],
    [null, null, null, null],
    ['成果指標', '単位', '目標値', '実績値'],
    ['待機児童数', '人', 0, 3],
  ];
  const d = detectSheet(snap('施策3-2', policy, { merges: ['A3:B3'] }), scale);
  expect(d.meta.groupGrade?.cell).toBe('C3');
});

test('rating rows over their tables each rate the table below them; the grade may stand under the table’s 評価 column', () => {
  const over = [
    ['重点目標の進捗', null, null, null, null],
    ['重点目標Ａ　雇用の創出', null, null, null, null],
    ['重点目標の評価（４段階）', null, null, '（C）', 'B'],
    ['指標', '単位', 'R5目標', 'R5実績', '備考'],
    ['新規雇用者数', '人', 150, 162, null],
    ['重点目標Ｂ　観光の振興', null, null, null, null],
    ['重点目標の評価（４段階）', null, null, null, null],
    ['指標', '単位', 'R5目標', 'R5実績', '備考'],
    ['観光入込客数', '千人', 1800, 1650, null],
  ];
  const d = detectSheet(snap('目標', over, { merges: ['A3:C3', 'A7:C7'] }), scale);
  expect(d.indicators.map((i) => i.name)).toEqual(['新規雇用者数', '観光入込客数']);
  expect(d.meta.groupGrades?.map((g) => [g.cell, g.top, g.bottom, g.name, g.previousGrade])).toEqual([
    ['E3', 3, 6, '重点目標Ａ　雇用の創出', 'C'],
    ['D7', 7, 9, '重点目標Ｂ　観光の振興', null],
  ]);
});

test('the scale’s legend printed beside an empty rating cell is a key, not a grade: the row rates the table, no indicator', () => {
  const sheet = [
    ['令和5年度　施策評価票', null, null, null, null],
    ['指標名', '単位', '目標', '実績', null],
    ['防災訓練の参加者数', '人', 1200, 1310, null],
    ['自主防災組織の結成率', '％', 90, 84, null],
    [null, null, null, null, null],
    ['施策の総合評価', null, '◎：達成　○：概ね達成　△：未達成', null, null],
  ];
  const d = detectSheet(snap('施策', sheet), scale);
  expect(d.indicators.map((i) => i.name)).toEqual(['防災訓練の参加者数', '自主防災組織の結成率']);
  expect(d.meta.groupGrade?.cell).toBe('B6');
});

test.each([
  ['（Ａ：順調　Ｂ：概ね順調　Ｃ：やや遅れている　Ｄ：遅れている）', true],
  ['S=110%以上、A=100%以上', true],
  ['A：順調', false],
  ['B', false],
])('%s is a scale legend: %s', (text, legend) => {
  expect(isScaleLegend(text.normalize('NFKC').replace(/\s+/g, '').toUpperCase())).toBe(legend);
});

/** Two tables side by side sharing rows, each under its own policy line, each ended by the same rating label on one row. */
const sideBySide = (right: (string | null)[]) => [
  ['令和５年度　施策評価シート'],
  ['施策1-1　防災', null, null, null, null, '施策1-2　交通安全'],
  ['指標名', '単位', 'R5目標', 'R5実績', null, '指標名', '単位', 'R5目標', 'R5実績'],
  ['防災訓練参加者数', '人', 1000, 1100, null, '交通安全教室受講者数', '人', 100, 120],
  ['自主防災組織数', '団体', 50, 30, null, '免許返納者数', '人', 200, 210],
  ['施策の評価', null, null, null, null, ...right],
];

test('tables side by side each ended by the same rating label on one row: each rates its own columns, named by its own heading', () => {
  const result = checkWorkbook({ sheets: [snap('評価', sideBySide(['施策の評価', null]) as never)] });
  expect(result.report.groups.map((g) => [g.cell, g.name, g.grade])).toEqual([
    ['B6', '施策1-1　防災', 'B'],
    ['G6', '施策1-2　交通安全', 'A'],
  ]);
  expect(result.report.indicators.map((i) => i.name)).not.toContain('施策の評価');
});

test('another rating label on the same row is not a side of its own: the row is no rating row, as before', () => {
  const meta = detectSheet(snap('評価', sideBySide(['総合評価', null]) as never), scale).meta;
  expect(meta.groupGrades).toBeUndefined();
});

test('policies stacked, each line over its own table with the same rating label, and no 施策 label: each rates its own rows', () => {
  const head = ['指標名', '単位', 'R5目標', 'R5実績'];
  const s = snap('評価', [
    ['令和５年度　施策評価シート'],
    ['施策1-1　防災'],
    ['施策の評価', null],
    head,
    ['防災訓練参加者数', '人', 1000, 1100],
    ['自主防災組織数', '団体', 50, 30],
    [],
    ['施策1-2　交通安全'],
    ['施策の評価', null],
    head,
    ['免許返納者数', '人', 200, 210],
  ] as never);
  const result = checkWorkbook({ sheets: [s] });
  expect(result.report.groups.map((g) => [g.cell, g.name, g.grade])).toEqual([
    ['B3', '施策1-1　防災', 'B'],
    ['B9', '施策1-2　交通安全', 'A'],
  ]);
});

// Two policies stacked, each a title line with its department beside it, then 「施策の評価 | | （前年度：B）」 over its table.
const titled: (string | number | null)[][] = [
  ['令和6年度　施策評価'],
  ['施策3-1　地域福祉の推進', null, null, null, '担当課：福祉総務課'],
  ['施策の評価', null, '（前年度：B）'],
  ['成果指標', '単位', '目標値（R6）', '実績値（R6）'],
  ['相談件数', '件', 1100, 1148],
  ['地域サロンの設置数', 'か所', 50, 38],
  [],
  ['施策3-2　障がい者福祉の充実', null, null, null, '担当課：障がい福祉課'],
  ['施策の評価', null, '（前年度：C）'],
  ['成果指標', '単位', '目標値（R6）', '実績値（R6）'],
  ['グループホームの定員数', '人', 130, 98],
  ['修了者数', '人', 20, 15],
];

test('policies stacked, each headed with its department beside and last year’s grade labelled in brackets, each rate their own table', () => {
  const groups = checkWorkbook({ sheets: [snap('基本政策3', titled)] }, {}).report.groups.map((g) => [g.name, g.cell, g.grade]);
  expect(groups).toEqual([
    ['施策3-1　地域福祉の推進', 'B3', 'B'],
    ['施策3-2　障がい者福祉の充実', 'B9', 'C'],
  ]);
});

test('a rating label with a line saying the bracketed grade is last year’s (施策の達成状況⏎（　）は前年度) rates the sheet in the empty cell beside it', () => {
  const block = (name: string, target: number, actual: number) => [
    ['成果指標', '指標名', name],
    [null, '単位', '件'],
    [null, '区分', 'R3', 'R4', 'R5'],
    [null, '期待値', 100, target, 140],
    [null, '実績値', 95, actual, null],
    [],
  ];
  const rows = (label: string) => [
    ['令和４年度　基本施策評価シート'],
    ['評価対象期間：令和４年度'],
    ['基本施策', '3-2　公園の整備', null, label, null, null, '（B）'],
    [],
    ...block('公園愛護会の活動回数', 120, 126),
    ...block('緑化講習会の参加者数', 120, 90),
  ];
  const groups = (label: string) => checkWorkbook({ sheets: [snap('3-2', rows(label))] }, {}).report.groups.map((g) => [g.cell, g.grade, g.previousGrade]);
  expect(groups('施策の達成状況\n（　）は前年度')).toEqual([['E3', 'B', 'B']]);
  // A second line naming something else is part of the label: no rating label, no group.
  expect(groups('施策の達成状況\n（　）は目標値')).toEqual([]);
});
