/** A note naming the plan's final target beside one saying 「－」 sets no target: a year's 「－」 is judged against the final target. */
import { checkWorkbook } from '../actions/check';
import { Grid } from './grid';
import { finalTargetNote } from './finalTargetNote';
import { snap } from './testing';

const noteOf = (...notes: string[]) => finalTargetNote(new Grid(snap('S', [['KPIの進捗状況'], ...notes.map((n) => [null, n])])));

test.each([
  [['※令和7年3月末の目標値は計画期間（令和2年度～令和6年度）の最終目標。「－」は目標を設定していない年次。']],
  [['※R7の目標値は計画最終年度の目標。', '※「-」は目標値を定めていない年度。']],
  [['「－」は目標を設定していない年度', '令和8年度の計画値は最終目標値']],
])('the final target named and the 「－」 explained: %s', (notes) => {
  expect(noteOf(...notes)?.text).toMatch(/最終/);
});

test.each([
  // The 「－」 explained alone (sets 51, 79): no target for that year.
  [['※「－」は目標値を設定していない年度。']],
  // The final target named alone: nothing said of the 「－」 years.
  [['※令和7年3月末の目標値は計画期間の最終目標。']],
  // Someone else's final target, or the judging denied.
  [['※令和7年度の目標値は国の最終目標。「－」は目標を設定していない年度。']],
  [['※令和7年度の目標値は最終目標。「－」は目標を設定していない年度で、評価しない。']],
  // A 「－」 that is no target (an actual not yet counted).
  [['※令和7年度の目標値は最終目標。「－」は実績が未確定の年度。']],
])('no such statement: %s', (notes) => {
  expect(noteOf(...notes)).toBeUndefined();
});

/** KPI × 3月末 columns, 目標 / 実績 rows; 出生率's own target 「－」, its final 1.5 under 「令和7年3月末（目標年次）」. */
const kpi = (note: string | null) =>
  snap(
    'KPI',
    [
      ['総合戦略 KPIの進捗状況'],
      ['令和6年3月末時点'],
      ['KPI', '単位', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末\n（目標年次）'],
      ['転入者数', '人', '目標', 420, 430, 440, 450],
      [null, null, '実績', 412, 398, 441, null],
      ['出生率', '－', '目標', '－', '－', '－', 1.5],
      [null, null, '実績', 1.4, 1.38, 1.31, null],
      [note],
    ],
    { merges: ['A4:A5', 'B4:B5', 'A6:A7', 'B6:B7'] },
  );

const birthRate = (note: string | null) => {
  const { report } = checkWorkbook({ sheets: [kpi(note)] }, {});
  const ind = report.indicators.find((i) => i.name === '出生率')!;
  return [ind.target, ind.targetSource, ind.grade, report.findings.filter((f) => f.indicator === '出生率').map((f) => `${f.code} ${f.cell}`)];
};

test('with both statements the 「－」 year is judged against the final target (R7.3), and said', () => {
  const note = '※令和7年3月末の目標値は計画期間の最終目標。「－」は目標を設定していない年次。';
  expect(birthRate(note)).toEqual([1.5, 'final', 'B', ['target-from-final G6']]);
});

test('with the 「－」 explained alone it stays no target for the year', () => {
  expect(birthRate('※「－」は目標を設定していない年次。')).toEqual([null, null, null, ['missing-target F6']]);
});
