/** 「令和５年度（単年度）」 beside 「累計（令和３～５年度）」 under one 実績値: the year's own column, the 累計 its running total. */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { singleYearPeriod } from './singleYearHeading';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

const sheet = (single: string) =>
  snap(
    '港',
    [
      ['成果指標の状況（令和５年度）'],
      [null],
      ['指標名', '単位', '目標値（令和５年度）', '実績値', null, '備考'],
      [null, null, null, single, '累計\n（令和３～５年度）', null],
      ['見学会の開催回数（累計）', '回', 30, 12, 28, '目標値は令和３年度からの累計'],
      ['貨物取扱量', 'トン', 5000, 4800, 14100, '単年度の目標'],
    ],
    { merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4'] },
  );

const actuals = (single: string) => detectSheet(sheet(single), scale).indicators.map((i) => [i.name, i.actuals.map((a) => [a.cell, a.period?.fiscalYear])]);

test('the year closed by （単年度） is that year: a name marked （累計） reads the 累計 column, the others the year’s', () => {
  expect(actuals('令和５年度\n（単年度）')).toEqual([
    ['見学会の開催回数（累計）', [['E5', 2023]]],
    ['貨物取扱量', [['D6', 2023]]],
  ]);
});

test('the note is read only as a counting basis closing a year', () => {
  expect(singleYearPeriod('令和５年度\n（単年度）')?.period.fiscalYear).toBe(2023);
  expect(singleYearPeriod('R5（単年）')?.period.fiscalYear).toBe(2023);
  expect(singleYearPeriod('令和5年度（単年度目標）')).toBeNull();
  expect(singleYearPeriod('目標値（単年度）')).toBeNull();
  expect(singleYearPeriod('R3～R5（単年度）')).toBeNull();
});

test('counter-example: with the bracket saying more than the basis, the columns keep their old reading (no dated actual)', () => {
  // 「令和５年度（単年度分の速報）」 is no plain year: the actual column stays undated and the 累計 row is not moved to the total.
  expect(actuals('令和５年度\n（単年度分の速報）')[0][1]).toEqual([['D5', undefined]]);
});

test('review rv65: beside a target set over a term (目標値（令和３～５年度累計）), the 累計 column is not set aside: no row graded on the year’s figure', () => {
  const term = snap(
    '港',
    [
      ['指標名', '単位', '目標値\n（令和３～５年度累計）', '実績値', null],
      [null, null, null, '令和５年度\n（単年度）', '累計\n（令和３～５年度）'],
      ['見学会の開催回数', '回', 30, 12, 28],
    ],
    { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1'] },
  );
  const [ind] = detectSheet(term, scale).indicators;
  // Both stay undated candidates (as before the rule): the choice is flagged, never the year's 12 graded against 30 in silence.
  expect(ind.actuals.map((a) => [a.cell, a.period?.fiscalYear])).toEqual([
    ['D3', undefined],
    ['E3', undefined],
  ]);
  const { report } = checkWorkbook({ sheets: [term] }, {});
  expect(report.findings.some((f) => f.code === 'reading-uncertain')).toBe(true);
});

test('単年度 first, its year in brackets (単年度（令和5年度）): the same year; a row marked 累計 in 目標の区分 reads the 累計 column', () => {
  expect(singleYearPeriod('単年度\n（令和5年度）')?.period.fiscalYear).toBe(2023);
  expect(singleYearPeriod('単年度（R5）')?.period.fiscalYear).toBe(2023);
  expect(singleYearPeriod('単年度（令和3年度～令和5年度）')).toBeNull();
  expect(singleYearPeriod('単年度（目標）')).toBeNull();
  const marked = snap(
    '結婚',
    [
      ['指標名', '単位', '目標の\n区分', '令和5年度\n目標値', '実績値', null],
      [null, null, null, null, '単年度\n（令和5年度）', '累計\n（令和3年度～令和5年度）'],
      ['成婚数', '組', '累計', 20, 7, 18],
      ['婚活イベント参加者数', '人', '単年度', 250, 231, 648],
    ],
    { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1'] },
  );
  expect(detectSheet(marked, scale).indicators.map((i) => [i.name, i.actuals.map((a) => [a.cell, a.period?.fiscalYear])])).toEqual([
    ['成婚数', [['F3', 2023]]],
    ['婚活イベント参加者数', [['E4', 2023]]],
  ]);
});

test('counter-example: 単年度（令和5年度） with no measure heading over it keeps its old reading (undated, not read here)', () => {
  // The rule reads the year only under a measure heading (実績値); a bare 単年度 heading dates nothing.
  const bare = snap('結婚', [
    ['指標名', '単位', '目標値', '単年度（令和5年度）'],
    ['成婚数', '組', 20, 7],
  ]);
  expect(detectSheet(bare, scale).indicators.map((i) => i.actuals.map((a) => a.period?.fiscalYear))).toEqual([[undefined]]);
});

/* Review rv73: 単年度（令和5年度） dated the column while a row's target was a running total, graded on the year's figure silently. */

const marriage = (mark: string) =>
  snap(
    '結婚',
    [
      ['指標名', '単位', '目標の\n区分', '令和5年度\n目標値', '実績値', null],
      [null, null, null, null, '単年度\n（令和5年度）', '累計\n（令和3年度～令和5年度）'],
      ['成婚数', '組', mark, 20, 7, 18],
      ['婚活イベント参加者数', '人', '単年度', 250, 231, 648],
    ],
    { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1'] },
  );

test('a row marked 累積 or 通算 in 目標の区分 is marked as one marked 累計: it reads the 累計 column, graded on it', () => {
  for (const mark of ['累積', '通算']) {
    const { report } = checkWorkbook({ sheets: [marriage(mark)] }, {});
    expect([mark, report.indicators.map((i) => [i.actual, i.cells.actual, i.grade])]).toEqual([
      mark,
      [
        [18, 'F3', 'B'],
        [231, 'E4', 'B'],
      ],
    ]);
  }
});

test('目標値 over 単年度（令和5年度） | 累計: a row’s 「－」 in the year’s target no longer gives way to its 累計 target against the year’s actual', () => {
  const split = snap(
    '結婚',
    [
      ['指標名', '単位', '目標値', null, '実績値', null],
      [null, null, '単年度\n（令和5年度）', '累計\n（令和3～5年度）', '単年度\n（令和5年度）', '累計\n（令和3～5年度）'],
      ['成婚数', '組', '－', 60, 7, 58],
      ['婚活イベント参加者数', '人', 250, '－', 231, 648],
    ],
    { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1'] },
  );
  const { report } = checkWorkbook({ sheets: [split] }, {});
  // As before the year was read from the heading: the 累計 row is not graded (60 of the term against the year's 7 was a D).
  expect(report.indicators.map((i) => [i.target, i.grade])).toEqual([
    [null, null],
    [250, 'B'],
  ]);
  expect(report.findings.some((f) => f.code === 'reading-uncertain')).toBe(true);
});
