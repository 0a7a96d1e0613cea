import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { DEFAULT_RULES } from './rules';
import { readSheetScale } from './sheetScale';

const AD = DEFAULT_RULES.scale;
const scaleOf = (...texts: string[]) => {
  const s = readSheetScale(
    texts.map((t, i): [string, string] => [`A${i + 20}`, t]),
    AD,
  );
  return s ? s.scale!.map((b) => [b.grade, b.min, b.points]) : null;
};

const SABC =
  '【評価基準】S：目標を大きく上回る（達成率110％以上）　A：目標を達成（100％以上110％未満）　B：概ね達成（80％以上100％未満）　C：未達成（80％未満）';

describe('readSheetScale: a scale of the sheet’s own grades its legend states whole', () => {
  test('every band closed by the one above it, in one cell or one entry a cell', () => {
    const sabc = [
      ['S', 1.1, 4],
      ['A', 1, 3],
      ['B', 0.8, 2],
      ['C', null, 1],
    ];
    expect(scaleOf(SABC)).toEqual(sabc);
    expect(scaleOf('S：110％以上', 'A：100％以上110％未満', 'B：80％以上100％未満', 'C：80％未満')).toEqual(sabc);
    expect(scaleOf('S 120%以上 / A 100%以上120%未満 / B 80%以上100%未満 / C 60%以上80%未満 / D 60%未満')).toHaveLength(5);
  });

  test('nothing when the bands overlap, leave a gap, skip a grade, or are the scale in force', () => {
    // 「A：100％以上」 under 「S：120％以上」: as written, 126 % is both.
    expect(scaleOf('S：達成率120％以上　A：100％以上　B：80％以上　C：80％未満')).toBeNull();
    expect(scaleOf('S：110％以上　A：100％以上105％未満　B：80％以上100％未満　C：80％未満')).toBeNull();
    expect(scaleOf('S：110％以上　B：80％以上110％未満　C：80％未満')).toBeNull();
    expect(scaleOf('S：110％以上　A：100％以上110％未満')).toBeNull();
    expect(scaleOf('A：100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満')).toBeNull();
    expect(scaleOf('※評価は前年度比による　S：110％以上　A：100％以上110％未満　B：80％以上100％未満　C：80％未満')).toBeNull();
  });
});

/** A KPI table at 113.9 %, 100 %, 88 % and 75.6 %, written grades on the sheet's S–C scale, its legend under it. */
const sheet = (legend: string) =>
  snap('KPI', [
    ['令和5年度 施策評価'],
    ['施策の評価', null],
    ['指標名', '単位', '目標', '実績', '評価'],
    ['訪問活動件数', '件', 9000, 10250, 'S'],
    ['地域サロンの設置数', 'か所', 48, 48, 'A'],
    ['ボランティア登録者数', '人', 1350, 1188, 'B'],
    ['相談件数', '件', 160, 121, 'C'],
    [],
    [legend],
  ]);

describe('a sheet whose legend states its own scale is graded on it', () => {
  test('graded S–C, the written S compared, the policy rolled up in its points, the legend named', () => {
    const report = checkWorkbook({ sheets: [sheet(SABC)] }, {}).report;
    expect(report.indicators.map((i) => [i.grade, i.existingGrade])).toEqual([
      ['S', 'S'],
      ['A', 'A'],
      ['B', 'B'],
      ['C', 'C'],
    ]);
    expect(report.findings.map((f) => f.code)).not.toContain('rating-invalid');
    expect(report.findings.find((f) => f.code === 'sheet-bands-used')?.message).toContain('S：110%以上');
    expect(report.counts).toMatchObject({ S: 1, A: 1, B: 1, C: 1 });
    // S 4, A 3, B 2, C 1: a mean of 2.5, rounded half up to A's 3 (on A–D, without S, it would be B).
    expect(report.groups.map((g) => g.grade)).toEqual(['A']);
  });

  test('a legend whose bands overlap, or a scale set in 評価設定 / --rules, leaves the written S as another scale’s', () => {
    const overlapping = checkWorkbook({ sheets: [sheet('S：120％以上　A：100％以上　B：80％以上　C：80％未満')] }, {}).report;
    expect(overlapping.indicators.map((i) => i.grade)).toEqual(['A', 'A', 'B', 'C']);
    expect(overlapping.findings.find((f) => f.code === 'rating-invalid')?.cell).toBe('E4');
    const scale = [{ grade: 'A', min: 1 }, { grade: 'B', min: 0.8 }, { grade: 'C', min: 0.5 }, { grade: 'D' }];
    expect(checkWorkbook({ sheets: [sheet(SABC)] }, { rules: { scale } }).report.indicators.map((i) => i.grade)).toEqual(['A', 'A', 'B', 'C']);
  });

  test('未実施 on such a sheet is its lowest grade', () => {
    const s = sheet(SABC);
    s.values[6] = ['相談件数', '件', 160, '未実施', null];
    expect(checkWorkbook({ sheets: [s] }, {}).report.indicators[3].grade).toBe('C');
  });
});
