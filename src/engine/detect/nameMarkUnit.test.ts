/** A unit said only in the footnote of the name's mark (「…融資実行額※2」, 「※2 融資実行額の単位は百万円」) is the row's unit. */
import { checkWorkbook } from '../actions/check';
import { footnoteUnitFor } from './nameMarkUnit';
import { snap } from './testing';

type Rows = (string | number | null)[][];

const table = (name: string, footnote: string, unit: string | null = null): Rows => [
  ['指標', '単位', '令和６年度\n目標', '令和６年度\n実績'],
  ['専門家派遣回数', '回', 140, 151],
  [name, unit, 1200, 1134],
  [],
  [footnote],
];
const unitOf = (rows: Rows) => checkWorkbook({ sheets: [snap('成果', rows)] }, { period: 'R6' }).report.indicators[1].unit;

test("the footnote of the name's mark gives the unit", () => {
  expect(unitOf(table('制度融資の融資実行額※2', '※2 融資実行額の単位は百万円（小規模企業振興資金の合計）。'))).toBe('百万円');
  expect(unitOf(table('制度融資の融資実行額※2', '※2 単位：千円'))).toBe('千円');
});

test('guards: another subject, another mark, a unit of its own, or a word that is no unit give none of it', () => {
  expect(footnoteUnitFor('※2 補助金交付額の単位は千円', '制度融資の融資実行額')).toBeNull();
  expect(footnoteUnitFor('※2 単位はすべて記載のとおり', '制度融資の融資実行額')).toBeNull();
  expect(unitOf(table('制度融資の融資実行額※2', '※1 融資実行額の単位は百万円'))).toBeNull();
  expect(unitOf(table('制度融資の融資実行額※2', '※2 融資実行額の単位は百万円', '千円'))).toBe('千円');
});
