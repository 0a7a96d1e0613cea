/** Last year's rating labelled on the rating's own line (「施策の評価 | B | 前年度 | B」): the sheet's rating is the first grade, last year's the one after 前年度. */
import { detectSheet } from './index';
import { isPreviousRatingLabel } from './previousRatingLabel';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

test.each(['前年度', '昨年度', '前回', '前年度評価', '前年度の評価', '（前年度）', '前年度：'])('%s labels last year’s grade', (text) => {
  expect(isPreviousRatingLabel(text)).toBe(true);
});

test.each(['前年度比', '前年度実績', '評価', '今年度', '前年度の評価は概ね順調でした'])('%s labels no grade of last year', (text) => {
  expect(isPreviousRatingLabel(text)).toBe(false);
});

// Indicator blocks tiled two across, the policy's rating at the sheet's foot with last year's beside it.
const rows: (string | number | null)[][] = [
  ['施策評価シート　対象年度：令和5年度', null, null, null, null, null, null, null, null],
  ['施策1-1　子育て支援の充実', null, null, null, null, null, null, null, null],
  ['成果指標1', '保育所待機児童数', null, null, null, '成果指標2', '子育て相談件数', null, null],
  ['単位：人', 'R4', 'R5', 'R6', null, '単位：件', 'R4', 'R5', 'R6'],
  ['目標', 5, 3, 0, null, '目標', 400, 420, 440],
  ['実績', 6, 2, null, null, '実績', 390, 350, null],
  [null, null, null, null, null, null, null, null, null],
  ['施策の評価', null, 'B', null, '前年度', 'C', null, null, null],
];

test('the rating row at the foot is the sheet’s rating, with last year’s grade after its 前年度 label', () => {
  const d = detectSheet(snap('1-1', rows, { merges: ['A8:B8'] }), scale);
  expect(d.indicators.map((i) => i.name)).toEqual(['保育所待機児童数', '子育て相談件数']);
  expect([d.meta.groupGrade?.cell, d.meta.groupGrade?.raw, d.meta.groupGrade?.previousGrade, d.meta.groupGrade?.previousCell]).toEqual(['C8', 'B', 'C', 'F8']);
});

test('two grades on the rating row with no 前年度 label between them rate nothing', () => {
  const two = rows.map((r, i) => (i === 7 ? ['施策の評価', null, 'B', null, null, 'C', null, null, null] : r));
  expect(detectSheet(snap('1-1', two, { merges: ['A8:B8'] }), scale).meta.groupGrade).toBeUndefined();
});
