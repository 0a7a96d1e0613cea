/**
 * No target of the period's own: graded against the final target; when that target is of a year before the period (a
 * 中間目標（R5） read in R6, a plan's last target after its term), a `target-past-year` guess names the target and the
 * actual. A final target of a later year, one of the period itself, or an actual of the target's own past year: no guess.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import type { CellValue } from '../model/port';

const table = (targetHeading: string, actualHeading = '実績値（R6）'): CellValue[][] => [
  ['成果指標の進捗（令和６年度）', null, null, null, null],
  ['指標名', '単位', '現状値（R2）', targetHeading, actualHeading],
  ['市民活動団体数', '団体', 120, 140, 150],
  ['図書館利用者数', '人', 50000, 55000, 52000],
];
const run = (rs: CellValue[][]) => checkWorkbook({ sheets: [snap('成果指標', rs)] }, {}).report;
const by = (r: ReturnType<typeof run>, n: string) => r.indicators.find((i) => i.name === n)!;

test('a mid-term target of R5 read in R6: graded against it, a guess naming the target and the actual', () => {
  const r = run(table('中間目標値（R5）'));
  expect(by(r, '市民活動団体数')).toMatchObject({ target: 140, actual: 150, grade: 'A', guesses: [{ reason: 'target-past-year', cells: ['D3', 'E3'] }] });
  const f = r.findings.filter((x) => x.code === 'reading-uncertain' && x.indicator === '図書館利用者数');
  expect(f).toHaveLength(1);
  expect(f[0].message).toContain('最後の目標（D4）と実績（E4）');
  expect(f[0].message).toContain('R6より前の年度の目標');
});

test('a final target of a later year, or of the period itself: no guess', () => {
  expect(by(run(table('目標値（R8）')), '市民活動団体数').guesses).toEqual([]);
  expect(by(run(table('目標値（R6）')), '市民活動団体数').guesses).toEqual([]);
});

test('an actual of the past target’s own year (the latest figure, R5): judged by that year’s target, no guess', () => {
  expect(by(run(table('目標値（R5）', '実績値（R5）')), '市民活動団体数').guesses.filter((g) => g.reason === 'target-past-year')).toEqual([]);
});

test('the plan’s points under one target heading, R5（中間） and R8（最終）: the final one, of a later year, no guess', () => {
  const rs: CellValue[][] = [
    ['成果指標の進捗（令和６年度）', null, null, null, null, null],
    ['指標名', '単位', '現状値（R2）', '目標値', null, '実績値（R6）'],
    [null, null, null, 'R5（中間）', 'R8（最終）', null],
    ['市民活動団体数', '団体', 120, 140, 160, 150],
  ];
  const merges = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3'];
  const r = checkWorkbook({ sheets: [snap('成果指標', rs, { merges })] }, {}).report;
  expect(by(r, '市民活動団体数')).toMatchObject({ target: 160, guesses: [] });
});
