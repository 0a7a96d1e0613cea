/** A note saying word targets (「増加」「維持」) set no number: a 維持 target is then no baseline figure, no grade. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { snap } from './testing';
import { keepsBaselineNoteOf, wayOnlyNoteOf } from './wayOnlyTargetNote';

test.each([
  ['※目標は計画最終年度（令和8年度）の値。「増加」「維持」は数値を定めず方向のみを示す目標。', ['増加', '維持']],
  ['目標欄の「維持」は方向性のみを示し、数値目標は設定していない。', ['維持']],
  ['※文字で記載した目標は、数値を設定せず方向性のみを示す目標です。', []],
])('a note that word targets set no number: %s', (text, words) => {
  expect(wayOnlyNoteOf(text)).toEqual(words);
});

test.each([
  '※目標は計画最終年度（令和8年度）の値。',
  '「維持」は策定時の値を維持することを目標とする。',
  '※数値目標を設定していない年度は最終目標で評価する。',
  '今後の方向性のみ記載',
])('no such note: %s', (text) => {
  expect(wayOnlyNoteOf(text)).toBeNull();
});

const sheet = (note: string | null): CellValue[][] => [
  ['地域福祉計画　評価指標の進捗状況（令和5年度）'],
  ['評価指標', '単位', '策定時（R3）', '目標（R8）', 'R4実績', 'R5実績'],
  ['生活支援コーディネーターの配置数', '人', 3, '維持', 3, 3],
  ['成年後見制度の利用支援件数', '件', 12, 20, 15, 22],
  [],
  [note],
];
const read = (note: string | null) => checkWorkbook({ sheets: [snap('進捗管理', sheet(note))] }, {}).report;

test('with the note a 維持 target is no number: no target, no grade, the target cell to fill named', () => {
  const report = read('※「増加」「維持」は数値を定めず方向のみを示す目標。');
  expect(report.indicators.map((i) => [i.target, i.grade])).toEqual([
    [null, null],
    [20, 'A'],
  ]);
  expect(report.findings.find((f) => f.code === 'missing-target')?.cell).toBe('D3');
  expect(report.findings.some((f) => f.code === 'target-maintain')).toBe(false);
});

test('without it a 維持 target keeps the baseline, said by target-maintain', () => {
  const report = read(null);
  expect(report.indicators[0]).toMatchObject({ target: 3, grade: 'A' });
  expect(report.findings.find((f) => f.code === 'target-maintain')?.cell).toBe('D3');
});

test('a note quoting only 「増加」 leaves 維持 the baseline', () => {
  expect(read('※「増加」は数値を定めず方向のみを示す目標。').indicators[0]).toMatchObject({ target: 3, grade: 'A' });
});

describe('keepsBaselineNoteOf: a quoted 維持 word said to keep the 基準値 itself', () => {
  test.each([
    '※「現状維持」は基準値を維持することを目標とする。',
    '「維持」は基準値（現状値（R2））の水準を維持することを目標とする',
    '「維持」とは策定時の値を目標とする',
  ])('%s keeps the baseline', (t) => expect(keepsBaselineNoteOf(t)).toBe(true));
  test.each([
    '※「現状維持」は基準値ではなく直近の実績値を維持することを目標とする。',
    '「維持」は基準値の９割以上の水準を維持することを目標とする。',
    '「維持」は基準値の95％を維持することを目標とする。',
    '「維持」は基準値以外の値を維持することを目標とする。',
    '公園の維持管理：基準値（R2）は指定管理者の報告による目標とする数値',
    '維持は基準値を維持することを目標とする',
  ])('%s does not', (t) => expect(keepsBaselineNoteOf(t)).toBe(false));
});
