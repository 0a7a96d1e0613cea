/**
 * The scales cities use, end to end: the rules in a workbook's 評価設定 sheet grade its indicators,
 * roll its policies up, judge what is written and head the 評価サマリー count table.
 */
import { checkWorkbook } from '../actions/check';
import { planRating } from '../actions/rate';
import type { SheetSnapshot, WorkbookSnapshot } from '../model/port';
import type { SheetSpec } from '../model/plan';
import { settingsSheetSpec } from '../sheets/settingsSheet';
import { defaultRules, type Rules } from './rules';

type Row = (string | number | null)[];

const sheetOf = (name: string, values: Row[], merges: string[] = []): SheetSnapshot => ({
  name,
  visibility: 'visible',
  protected: false,
  top: 1,
  left: 1,
  values,
  merges,
});
const settingsOf = (rules: Partial<Rules>): SheetSnapshot => {
  const spec: SheetSpec = settingsSheetSpec({ ...defaultRules(), ...rules });
  return sheetOf(
    spec.name,
    spec.rows.map((r) => r.map((c) => (c?.value ?? null) as string | number | null)),
  );
};
const check = (sheets: SheetSnapshot[]) => checkWorkbook({ sheets } as WorkbookSnapshot, { file: 'city.xlsx', period: '令和5年度' });
const byName = (r: ReturnType<typeof check>, name: string) => r.report.indicators.find((i) => i.name === name)!;
const codes = (r: ReturnType<typeof check>, name: string) => r.report.findings.filter((f) => f.indicator === name).map((f) => f.code);

const MARKS: Rules['scale'] = [
  { grade: '◎', label: '順調', min: 1, points: 4 },
  { grade: '○', label: '概ね順調', min: 0.8, points: 3 },
  { grade: '△', label: 'やや遅れ', min: 0.5, points: 2 },
  { grade: '×', label: '遅れ', min: null, points: 1 },
];

describe('a ◎○△× scale set in 評価設定', () => {
  const kpi = sheetOf('KPI', [
    ['指標名', '単位', 'R5目標', 'R5実績', '評価'],
    ['相談件数', '件', 100, 85, '○'],
    ['講座参加者数', '人', 200, 90, 'B'],
    ['登録団体数', '団体', 40, 44, '順調'],
  ]);
  const result = check([kpi, settingsOf({ scale: MARKS, notImplementedGrade: '×' })]);

  test('grades the indicators in its marks and accepts marks and names written in the sheet', () => {
    expect(['相談件数', '講座参加者数', '登録団体数'].map((n) => [byName(result, n).grade, byName(result, n).existingGrade])).toEqual([
      ['○', '○'],
      ['×', null],
      ['◎', '◎'],
    ]);
  });

  test('a grade of another scale is rating-invalid, naming the marks', () => {
    const f = result.report.findings.find((x) => x.code === 'rating-invalid')!;
    expect([f.cell, f.indicator]).toEqual(['E3', '講座参加者数']);
    expect(f.message).toContain('◎ 順調／○ 概ね順調／△ やや遅れ／× 遅れ');
    expect(codes(result, '相談件数')).not.toContain('rating-invalid');
  });

  test("look-alike marks a clerk types (〇 for ○, ✕ for ×) are read as the scale's marks", () => {
    const typed = sheetOf('KPI', [
      ['指標名', '単位', 'R5目標', 'R5実績', '評価'],
      ['相談件数', '件', 100, 85, '〇'],
      ['講座参加者数', '人', 200, 90, '✕'],
    ]);
    const r = check([typed, settingsOf({ scale: MARKS, notImplementedGrade: '×' })]);
    expect(r.report.indicators.map((i) => i.existingGrade)).toEqual(['○', '×']);
    expect(r.report.findings.filter((f) => f.code === 'rating-invalid' || f.code === 'rating-mismatch')).toEqual([]);
  });

  test('marks without names are listed without stray spaces', () => {
    const bare = MARKS.map((b) => ({ ...b, label: '' }));
    const r = checkWorkbook({ sheets: [kpi] }, { file: 'city.xlsx', period: '令和5年度', rules: { scale: bare, notImplementedGrade: '×' } });
    expect(r.report.findings.find((x) => x.code === 'rating-invalid')!.message).toContain('（◎／○／△／×）');
  });

  test('the counts and the 評価サマリー count table list the marks', () => {
    expect(result.report.counts).toEqual({ '◎': 1, '○': 1, '△': 0, '×': 1, none: 0 });
    const summary = planRating({ sheets: [kpi] }, result).sheets.find((s) => s.spec.name === '評価サマリー')!.spec;
    const header = summary.rows.find((r) => r.some((c) => c?.value === 'グループ'))!.map((c) => c?.value ?? null);
    expect(header).toEqual(expect.arrayContaining(['◎ 順調', '○ 概ね順調', '△ やや遅れ', '× 遅れ']));
    expect(header).not.toContain('A 順調');
  });
});

describe('the policy roll-up follows the scale and its rounding', () => {
  // Two indicators: 520 / 520 = 100 % (top grade), 100 / 110 = 91 % (second grade): a mean of 3.5 points.
  const policy = (written: string) =>
    sheetOf(
      '2-1',
      [
        ['令和６年度 基本施策事後評価シート（評価対象期間：令和５年度）'],
        ['基本施策', '2-1.子育て支援', null, null, '達成状況\n評　　　価', written],
        [],
        ['指標①', '保育所入所者数'],
        ['単位', null, 'R4', 'R5', 'R6'],
        ['人', '実績値', 500, 520, null],
        [null, '期待値', 500, 520, 540],
        ['指標②', '病児保育利用者数'],
        ['単位', null, 'R4', 'R5', 'R6'],
        ['人', '実績値', 80, 100, null],
        [null, '期待値', 100, 110, 120],
      ],
      ['A6:A7', 'A10:A11'],
    );

  test.each([
    ['half-up', '◎'],
    ['down', '○'],
    ['up', '◎'],
  ] as const)('rounding %s: %s', (rollupRounding, grade) => {
    const r = check([policy('○'), settingsOf({ scale: MARKS, notImplementedGrade: '×', rollupRounding })]);
    expect(r.report.groups).toEqual([expect.objectContaining({ grade, existingGrade: '○', cell: 'F2' })]);
    expect(r.report.findings.some((f) => f.code === 'rating-mismatch' && f.cell === 'F2')).toBe(grade !== '○');
    expect(r.report.findings.some((f) => f.code === 'rating-invalid')).toBe(false);
  });

  test('a written grade of another scale on the policy is rating-invalid', () => {
    const r = check([policy('B'), settingsOf({ scale: MARKS, notImplementedGrade: '×' })]);
    expect(r.report.findings.find((f) => f.code === 'rating-invalid')).toMatchObject({ cell: 'F2' });
  });
});

describe('the baseline-relative method (評価方法: 進捗率)', () => {
  const kpi = sheetOf('KPI', [
    ['指標名', '単位', '方向', '基準値', 'R5目標', 'R5実績'],
    ['相談件数', '件', '上昇', 100, 200, 150],
    ['待機児童数', '人', '減少', 50, 10, 30],
    ['講座参加者数', '人', '上昇', 100, 200, 90],
    ['従業者数', '人', '上昇', 10796, 10100, 10500],
    ['登録団体数', '団体', '上昇', 40, 40, 44],
    ['公園面積', 'ha', '維持', 40, 40, 39],
  ]);
  const r = check([kpi, settingsOf({ method: 'progress' })]);

  test('(actual − baseline) ÷ (target − baseline), for increase and decrease indicators', () => {
    expect(byName(r, '相談件数')).toMatchObject({ attainment: 0.5, grade: 'D' });
    expect(byName(r, '待機児童数')).toMatchObject({ attainment: 0.5, grade: 'D' });
  });

  test('an actual that fell back past the baseline: the lowest grade, and a finding that says so', () => {
    expect(byName(r, '講座参加者数')).toMatchObject({ attainment: -0.1, grade: 'D' });
    expect(r.report.findings.find((f) => f.code === 'progress-backward')).toMatchObject({ indicator: '講座参加者数', cell: 'F4', severity: 'info' });
  });

  test('a target on the wrong side of the baseline, or equal to it: no grade, a finding naming the target', () => {
    expect(byName(r, '従業者数')).toMatchObject({ attainment: null, grade: null });
    expect(r.report.findings.find((f) => f.indicator === '従業者数' && f.code === 'progress-undefined')).toMatchObject({
      cell: 'E5',
      params: { reason: 'target-against-direction' },
    });
    expect(byName(r, '登録団体数')).toMatchObject({ attainment: null, grade: null });
    expect(r.report.findings.find((f) => f.indicator === '登録団体数')).toMatchObject({
      code: 'progress-undefined',
      params: { reason: 'baseline-equals-target' },
    });
  });

  test('a 維持 indicator whose target is its baseline is judged within the tolerance (5 %)', () => {
    expect(byName(r, '公園面積')).toMatchObject({ attainment: 1, grade: 'A' });
    expect(codes(r, '公園面積')).toEqual([]);
  });
});

describe('a tolerance band for survey indicators', () => {
  const kpi = sheetOf('KPI', [
    ['指標名', '単位', '方向', 'R5目標', 'R5実績'],
    ['市民満足度', '%', '上昇', 65, 63.5],
    ['施策の認知度', '%', '上昇', 50, 47],
    ['相談件数', '件', '上昇', 100, 99],
    ['健康意識の割合', '%', '維持', 80, 78.5],
    ['転出超過数', '人', '減少', 300, 325],
  ]);
  const r = check([kpi, settingsOf({ surveyTolerance: 2, tolerances: { 転出超過数: 30 }, directions: {} })]);

  test('within ± 2 points of the target counts as met, with a finding that says why', () => {
    expect(byName(r, '市民満足度')).toMatchObject({ attainment: 1, grade: 'A' });
    const f = r.report.findings.find((x) => x.code === 'tolerance-met' && x.indicator === '市民満足度')!;
    expect([f.cell, f.severity]).toEqual(['E2', 'info']);
    expect(f.message).toContain('±2ポイント');
  });

  test('3 points short is not within it; an indicator in 件 has no survey band', () => {
    expect(byName(r, '施策の認知度')).toMatchObject({ attainment: 0.94, grade: 'B' });
    expect(byName(r, '相談件数')).toMatchObject({ attainment: 0.99, grade: 'B' });
    expect(codes(r, '相談件数')).not.toContain('tolerance-met');
  });

  test("last year's grade, computed from last year's figures, uses the band too", () => {
    const years = sheetOf('KPI', [
      ['指標名', '単位', 'R4目標', 'R4実績', 'R5目標', 'R5実績'],
      ['市民満足度', '%', 60, 58.5, 65, 66],
    ]);
    expect(byName(check([years, settingsOf({ surveyTolerance: 2 })]), '市民満足度').previousGrade).toBe('A');
    expect(byName(check([years]), '市民満足度').previousGrade).toBe('B');
  });

  test('維持 within the band below the target counts as kept (more is better in ratio grading); a band set for one indicator in its own unit', () => {
    expect(byName(r, '健康意識の割合')).toMatchObject({ attainment: 1, grade: 'A' });
    expect(byName(r, '転出超過数')).toMatchObject({ attainment: 1, grade: 'A' });
    expect(r.report.findings.filter((f) => f.code === 'tolerance-met').map((f) => f.indicator)).toEqual(['市民満足度', '健康意識の割合', '転出超過数']);
  });
});

describe('a target written as 維持: the baseline is the target', () => {
  const kpi = sheetOf('KPI', [
    ['指標名', '単位', '方向', '基準値', 'R5目標', 'R5実績'],
    ['市民満足度', '%', '上昇', 62, '維持', 60.5],
    ['公園面積', 'ha', '維持', 40, '現状維持', 37],
    ['相談件数', '件', '上昇', null, '維持', 90],
  ]);
  const r = check([kpi, settingsOf({ surveyTolerance: 2 })]);

  test('compared with the baseline, the band applying to it, with a finding that names the baseline', () => {
    expect(byName(r, '市民満足度')).toMatchObject({ target: 62, attainment: 1, grade: 'A', cells: expect.objectContaining({ target: 'E2' }) });
    expect(r.report.findings.find((f) => f.code === 'target-maintain' && f.indicator === '市民満足度')).toMatchObject({
      cell: 'E2',
      severity: 'info',
      params: { written: '維持', baseline: 62, baselineCell: 'D2' },
    });
    expect(codes(r, '市民満足度')).toContain('tolerance-met');
  });

  test('a 維持 indicator 7.5 % off its baseline (beyond the 5 % tolerance) is 92.5 %', () => {
    expect(byName(r, '公園面積')).toMatchObject({ target: 40, attainment: 0.925, grade: 'B' });
  });

  test('without a baseline, 維持 is still a target that cannot be used', () => {
    expect(byName(r, '相談件数')).toMatchObject({ grade: null });
    expect(r.report.findings.find((f) => f.indicator === '相談件数')).toMatchObject({ code: 'missing-target', cell: 'E4' });
  });
});
