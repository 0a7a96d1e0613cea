/**
 * A policy block's text lines (指標の説明, 備考) between stacked blocks are never series rows of the block above, even
 * when their text reads like a measure heading (「利用者数（年間合計）。…」 classifies as 実績): periodAxes.ts.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';
import type { CellValue } from '../model/port';

// Classified as a 実績 heading by its bracket (values/labels.ts), yet a sentence describing the indicator.
const DESCRIPTION = '利用者数（年間合計）。市民プールと体育館の利用者';

/** Two blocks stacked down: 指標① name / 指標の説明 / 区分 単位 R3 R4 R5 / 実績値 / 目標値, the second's description as given. */
function stacked(description: CellValue[], descriptionLabel: CellValue = '指標の説明'): CellValue[][] {
  const block = (no: string, name: string, desc: CellValue[], actuals: number[], targets: number[]): CellValue[][] => [
    [`指標${no}`, name, null, null, null, null],
    [descriptionLabel, ...desc],
    ['区分', '単位', 'R3', 'R4', 'R5', '備考'],
    ['実績値', '人', ...actuals, null],
    ['目標値', '人', ...targets, null],
    [null, null, null, null, null, null],
  ];
  return [
    ['令和５年度　施策評価シート（評価対象期間：令和５年度）', null, null, null, null, null],
    [null, null, null, null, null, null],
    ...block('①', 'スポーツ教室参加者数', ['教室の延べ参加者', null, null, null, null], [410, 455, 470], [450, 450, 450]),
    ...block('②', '公共スポーツ施設利用者数', description, [91000, 98000, 102000], [95000, 100000, 105000]),
  ];
}

const read = (values: CellValue[][], merges: string[] = []) =>
  checkWorkbook({ sheets: [snap('施策', values, { merges })] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual]);

const RIGHT = [
  ['スポーツ教室参加者数', 450, 470],
  ['公共スポーツ施設利用者数', 105000, 102000],
];

test('a description merged across the period columns is a line of text, not an unnamed indicator of the block above', () => {
  // The description sits on row 10, under block ①'s rows (6, 7) and above block ②'s period row (11).
  expect(read(stacked([DESCRIPTION, null, null, null, null]), ['B10:F10'])).toEqual(RIGHT);
});

test('the text right of a 指標の説明 label is the description even in its own cell left of the periods', () => {
  expect(read(stacked([DESCRIPTION, null, null, null, null]))).toEqual(RIGHT);
});

test('a line with no label of its own, no name and no figure under a block is no unnamed indicator of it', () => {
  expect(read(stacked([DESCRIPTION, null, null, null, null], null))).toEqual(RIGHT);
});

test('a later group of a block with figures of its own is still read (unnamed), not dropped', () => {
  const values = stacked(['教室の延べ参加者', null, null, null, null]);
  values.splice(7, 0, ['実績値', '人', 30, 32, 35, null]);
  expect(read(values)).toContainEqual(['（名称未記入）', null, 35]);
});
