/**
 * A grade written on another well-known scale than the configured one (◎○△×, S–D, A–E, 5–1): the department's grade as
 * written, reported as existing, never compared with the computed grade nor overwritten until 評価設定 sets the scale.
 */
import { checkWorkbook } from '../actions/check';
import { planRating } from '../actions/rate';
import { snap } from '../detect/testing';
import type { WorkbookSnapshot } from '../model/port';
import { otherScaleGrade } from './otherScales';

const AD = ['A', 'B', 'C', 'D'].map((grade) => ({ grade }));

describe('otherScaleGrade', () => {
  test.each([
    ['◎', '◎'],
    ['〇', '○'],
    ['△（横ばい）', '△'],
    ['× 未達成', '×'],
    ['S', 'S'],
    ['Ｓ：大きく上回る', 'S'],
    [5, '5'],
    ['３', '3'],
    ['E', 'E'],
    ['Ｅ（評価困難）', 'E'],
  ])('%s is %s of another scale than A–D', (raw, grade) => {
    expect(otherScaleGrade(raw, AD)?.grade).toBe(grade);
  });

  test.each([['A'], ['b'], ['－'], ['済'], ['5年'], [4.5], ['Sランク'], ['Excellent'], [''], [null]])('%s is none', (raw) => {
    expect(otherScaleGrade(raw, AD)).toBeNull();
  });

  test("under a city's own scale (set in 評価設定) no mark is read as another scale's", () => {
    const marks = [{ grade: '◎' }, { grade: '○' }, { grade: '△' }, { grade: '×' }];
    expect(otherScaleGrade('A', marks)).toBeNull();
    expect(otherScaleGrade('5', marks)).toBeNull();
  });
});

/** A 事業評価 table whose 担当課評価 column mixes S–D and 5–1 with an on-scale grade and an empty cell. */
const book = (): WorkbookSnapshot => ({
  sheets: [
    snap('事業評価', [
      ['令和5年度 事務事業評価一覧', null, null, null, null],
      ['事業名', '単位', 'R5目標', 'R5実績', '担当課評価'],
      ['健康教室の開催', '回', 40, 44, 'S'],
      ['特定健診の受診者数', '人', 5000, 4100, 4],
      ['食育講座の参加者数', '人', 600, 300, 'B'],
      ['がん検診の受診者数', '人', 3000, 3100, null],
    ]),
  ],
});

describe('a written grade of another scale in check and rate', () => {
  const result = checkWorkbook(book(), {});
  const byName = (n: string) => result.report.indicators.find((i) => i.name === n)!;

  test('it is the existing grade as written, beside the computed one', () => {
    expect([byName('健康教室の開催').existingGrade, byName('健康教室の開催').grade]).toEqual(['S', 'A']);
    expect([byName('特定健診の受診者数').existingGrade, byName('特定健診の受診者数').grade]).toEqual(['4', 'B']);
  });

  test('a finding names each such cell; no rating-mismatch for them, one for the on-scale grade that differs', () => {
    const other = result.report.findings.filter((f) => f.code === 'rating-invalid');
    expect(other.map((f) => f.cell)).toEqual(['E3', 'E4']);
    expect(other[0].message).toContain('評価設定');
    expect(other[0].params).toMatchObject({ variant: 'other-scale', grade: 'S', computed: 'A' });
    expect(result.report.findings.filter((f) => f.code === 'rating-mismatch').map((f) => f.cell)).toEqual(['E5']);
  });

  test('rate never writes over it, even with overwrite; it fills the empty cell and replaces the on-scale grade', () => {
    const plan = planRating(book(), result, { overwrite: true, summary: false });
    expect(plan.cells.map((c) => [c.cell, c.value])).toEqual([
      ['E5', 'D'],
      ['E6', 'A'],
    ]);
    expect(planRating(book(), result, { summary: false }).cells.map((c) => c.cell)).toEqual(['E6']);
  });
});

test("a policy sheet's own rating of another scale is kept as written and never overwritten", () => {
  const policy: WorkbookSnapshot = {
    sheets: [
      snap('基本施策2-3', [
        ['令和5年度 基本施策評価シート', null, null, null],
        ['基本施策', '2-3 生涯学習の推進', null, null],
        ['達成状況評価', '○', null, null],
        ['成果指標', '公民館の利用者数', null, null],
        ['単位', '人', null, null],
        ['年度', '令和3年度', '令和4年度', '令和5年度'],
        ['目標', 30000, 32000, 34000],
        ['実績', 20000, 21000, 22000],
      ]),
    ],
  };
  const result = checkWorkbook(policy, {});
  expect(result.report.groups.map((g) => [g.cell, g.existingGrade, g.grade])).toEqual([['B3', '○', 'C']]);
  expect(result.report.findings.filter((f) => f.code === 'rating-invalid').map((f) => [f.cell, f.params.variant])).toEqual([['B3', 'other-scale']]);
  expect(result.report.findings.some((f) => f.code === 'rating-mismatch')).toBe(false);
  expect(planRating(policy, result, { overwrite: true, summary: false }).cells).toEqual([]);
});
