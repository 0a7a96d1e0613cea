/** A note saying the grade is taken on the 累計: the 累計 pair beside a single year's pair is the target and actual read. */
import { checkWorkbook } from '../actions/check';
import { isGradedOnCumulativeNote } from './gradedOnCumulative';
import { snap } from './testing';

test('notes whose subject is the grade and whose basis is the 累計', () => {
  for (const t of [
    '※評価は、計画期間の累計（目標・実績）による達成率で行う。',
    '※達成状況の評価は累計値に基づき行う。',
    '注：判定は計画期間の累計で行います。',
  ])
    expect([t, isGradedOnCumulativeNote(t)]).toEqual([t, true]);
});

test('a note of another subject, or naming the 累計 as a reference, says nothing', () => {
  for (const t of [
    '※累計は参考として記載。評価は単年度の実績による。',
    '※評価は単年度の実績により行う（累計は参考）。',
    '※累計は令和2年度からの合計。',
    '※実績は累計による。',
    // Review rv52: a denial, the single year kept beside the 累計, another sentence, an opinion.
    '※評価は、累計ではなく単年度の実績による。',
    '※評価は累計によらず単年度による。',
    '※評価は単年度の実績による。累計は令和2年度からの累計による。',
    '※評価は各年度の目標に対する実績による。なお累計値は計画策定時からの累計による。',
    '※評価は単年度で行い、累計による評価は最終年度に行う。',
    '※評価は、累計による達成率を算出し、単年度の実績で判定する。',
    '※評価は単年度実績により行い、累計値に基づく評価は行わない。',
    '評価は累計で行うべきとの意見あり',
  ])
    expect([t, isGradedOnCumulativeNote(t)]).toEqual([t, false]);
});

const rows = (note: string | null) => [
  ['令和５年度　河川維持管理計画　進捗状況'],
  ['No.', '項目', '単位', '令和５年度（単年度）', '', '計画期間累計（R2〜R5）', '', '評価'],
  [null, null, null, '目標', '実績', '目標', '実績'],
  [1, '河川改修延長', 'km', 0.8, 0.5, 3.6, 3.3, 'B'],
  [2, '河川巡視', '回', 48, 50, 192, 190, 'A'],
  [note],
];
const merges = ['D2:E2', 'F2:G2', 'A2:A3', 'B2:B3', 'C2:C3', 'H2:H3'];
const read = (note: string | null) => {
  const { report } = checkWorkbook({ sheets: [snap('進捗', rows(note), { merges })] }, {});
  return {
    figures: report.indicators.map((i) => [i.name, i.target, i.actual]),
    guesses: report.findings.filter((f) => f.code === 'reading-uncertain').length,
  };
};

test('with the note, the 累計 pair is read, no single-year guess', () => {
  expect(read('※評価は、計画期間の累計（目標・実績）による達成率で行う。')).toEqual({
    figures: [
      ['河川改修延長', 3.6, 3.3],
      ['河川巡視', 192, 190],
    ],
    guesses: 0,
  });
});

test('without it, the single year’s pair is read as before (the 累計 twin is derived)', () => {
  expect(read(null).figures).toEqual([
    ['河川改修延長', 0.8, 0.5],
    ['河川巡視', 48, 50],
  ]);
});

test('a 累計 actual with no 累計 target beside it is never graded against the single year’s target (review rv52)', () => {
  const s = snap('進捗', [
    ['令和５年度　進捗状況'],
    ['指標', '単位', '目標値', '実績値', '実績値（累計）'],
    ['空き家除却件数', '件', 20, 18, 75],
    ['創業支援件数', '件', 30, 33, 120],
    ['※評価は累計による。'],
  ]);
  const report = checkWorkbook({ sheets: [s] }, {}).report;
  expect(report.indicators.map((i) => [i.target, i.actual])).toEqual([
    [20, 18],
    [30, 33],
  ]);
});
