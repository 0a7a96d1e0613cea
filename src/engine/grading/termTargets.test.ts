/**
 * Targets qualified by a plan's term (前期目標 / 後期目標 / 中間目標 / 最終目標), each with its own year or none:
 * the target of the evaluation period is used, a later term's only when the period has none; two targets with no
 * year to choose between them are a guess.
 */
import { checkWorkbook } from '../actions/check';
import { classifyLabel } from '../values/labels';
import { snap } from '../detect/testing';

const table = (headings: string[], period = '（評価対象：令和6年度）') =>
  snap('指標', [
    [`まちづくり指標の状況${period}`, null, null, null, null, null],
    [null, null, null, null, null, null],
    ['指標名', '単位', ...headings],
    ['図書館の年間貸出冊数', '冊', 410000, 300000, 450000, 380000],
    ['公民館講座の参加者数', '人', 5200, 6000, 7000, 6600],
  ]);

const read = (headings: string[], period?: string) => {
  const { report } = checkWorkbook({ sheets: [table(headings, period)] }, {});
  const uncertain = report.findings.filter((f) => f.code === 'reading-uncertain').length;
  return { rows: report.indicators.map((i) => [i.target, i.grade, i.cells.target]), uncertain };
};

describe('a term before a target word', () => {
  test.each([
    ['前期目標（R6）', 2024],
    ['後期目標値(令和12年度)', 2030],
    ['第2期目標（令和８年度）', 2026],
  ])('%s is a target of its year', (text, fy) => {
    expect(classifyLabel(text)).toMatchObject({ role: 'target', period: { fiscalYear: fy } });
  });

  test('前期 / 後期 with no target word keep their meaning (前期の評価 is the last grade)', () => {
    expect(classifyLabel('前期の評価')?.role).toBe('previousGrade');
    expect(classifyLabel('前期目標')?.role).toBe('target');
  });
});

describe('choosing among term targets', () => {
  test("the target of the evaluation period is used, not the later term's", () => {
    const got = read(['基準値（R1）', '前期目標（R6）', '後期目標（R11）', 'R6実績']);
    expect(got.rows).toEqual([
      [300000, 'A', 'D4'],
      [6000, 'A', 'D5'],
    ]);
    expect(got.uncertain).toBe(0);
  });

  test("with the earlier term's year passed, the later term's target is the final one", () => {
    const got = read(['基準値（R1）', '前期目標（R5）', '後期目標（R11）', 'R6実績']);
    expect(got.rows.map((r) => [r[0], r[2]])).toEqual([
      [450000, 'E4'],
      [7000, 'E5'],
    ]);
  });

  test('two term targets with no year to choose between them: one is used and the reading is a guess', () => {
    const got = read(['基準値', '前期目標', '後期目標', '実績値']);
    expect(got.rows.every((r) => r[0] !== null)).toBe(true);
    expect(got.uncertain).toBeGreaterThan(0);
  });
});
