/** A rating label noting another year than the sheet's is that year's rating, not the sheet's (review rv72). */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Row = (string | number | null)[];

/** A 令和６年度 施策評価シート: its header lines, the rating line given, and one indicator graded B (35.2 against 38). */
const read = (ratingLines: Row[]) =>
  checkWorkbook(
    {
      sheets: [
        snap('施策3-2', [
          ['令和６年度　施策評価シート（評価対象期間：令和６年度）'],
          [],
          ['基本方針', '３　知と人材が循環するまち'],
          ['基本施策', '３－２　公立大学と連携した地域人材の育成'],
          ['担当部等', '企画政策部　大学連携推進課'],
          ...ratingLines,
          [],
          ['成果指標①', '市内就職率'],
          ['単位', '％'],
          ['年度', 'R5', 'R6'],
          ['実績値', 33.6, 35.2],
          ['期待値', 36.0, 38.0],
        ]),
      ],
    },
    {},
  ).report;

const groups = (r: ReturnType<typeof read>) => r.groups.map((g) => [g.cell, g.existingGrade]);
const mismatches = (r: ReturnType<typeof read>) => r.findings.filter((f) => f.code === 'rating-mismatch');

test('last year’s label (対象年度：令和５年度) first: this year’s label beside it is the sheet’s rating, no mismatch', () => {
  const r = read([['施策評価（対象年度：令和５年度）', 'A', '施策評価（対象年度：令和６年度）', 'B']]);
  expect(groups(r)).toEqual([['D6', 'B']]);
  expect(mismatches(r)).toEqual([]);
});

test('last year’s label with its A, this year’s blank: this year’s rating is blank, A is not it', () => {
  const r = read([['施策の達成状況\n（対象：R5）', 'A', '施策の達成状況\n（対象：R6）', null]]);
  expect(groups(r)).toEqual([['D6', null]]);
  expect(mismatches(r)).toEqual([]);
});

test('only last year’s label: no rating of the sheet’s year is read', () => {
  const r = read([['施策の達成状況\n（対象：R5）', 'A', null, 'A：順調　B：概ね順調']]);
  expect(groups(r)).toEqual([]);
  expect(mismatches(r)).toEqual([]);
});

test('this year’s label first, or alone above last year’s, still reads this year’s rating', () => {
  expect(groups(read([['施策の達成状況（対象：R6）', 'B', '施策の達成状況（対象：R5）', 'A']]))).toEqual([['B6', 'B']]);
  expect(
    groups(
      read([
        ['施策の達成状況（対象：R6）', null],
        ['施策の達成状況（対象：R5）', 'A'],
      ]),
    ),
  ).toEqual([['B6', null]]);
});

/** 令和５年度's sheet: last year's rating row (対象：R4, graded B) above this year's (対象：R5, blank). Review rv80 items 2 and 10. */
const twoRows = (title: string) =>
  checkWorkbook(
    {
      sheets: [
        snap('施策2-1', [
          [title],
          ['基本施策', '2-1 子育て支援の充実'],
          ['担当課', 'こども家庭課', '達成状況\n（対象：R4）', 'B'],
          [null, null, '達成状況\n（対象：R5）', null],
          [],
          ['指標名', '単位', 'R5目標', 'R5実績'],
          ['地域子育て支援拠点の利用者数', '人', 24000, 22100],
        ]),
      ],
    },
    {},
  ).report;

test('a rating label’s 「（対象：R4）」 states no period under a 令和５年度 title; this year’s row below is the rating', () => {
  const r = twoRows('令和５年度　施策評価シート');
  expect([r.period?.fiscalYear, r.indicators.map((i) => [i.target, i.actual])]).toEqual([2023, [[24000, 22100]]]);
  expect(r.groups.map((g) => g.cell)).toEqual(['D4']);
});

test('with the year stated on the title line too, last year’s row is passed over, this year’s row found', () => {
  expect(twoRows('施策評価シート　　評価対象年度：令和5年度').groups.map((g) => g.cell)).toEqual(['D4']);
});
