import type { SheetSnapshot } from '../model/port';
import type { SheetSpec } from '../model/plan';
import { defaultRules, type Rules } from '../grading/rules';
import { readSettingsSheet, settingsSheetSpec } from './settingsSheet';

type Cell = string | number | null;

/** The sheet as Excel would give it back: the spec's values, row by row. */
function snapshotOf(spec: SheetSpec): SheetSnapshot {
  return {
    name: spec.name,
    visibility: 'visible',
    protected: false,
    top: 1,
    left: 1,
    values: spec.rows.map((r) => r.map((c) => (c?.value ?? null) as Cell)),
    merges: [],
  };
}

/** The row (1-based) whose column A reads `label`. */
const rowOf = (snap: SheetSnapshot, label: string) => snap.values.findIndex((r) => r[0] === label) + 1;

/** Sets a cell of the snapshot (1-based row, column letter). */
function put(snap: SheetSnapshot, row: number, col: 'A' | 'B' | 'C' | 'D', value: Cell): void {
  const r = snap.values[row - 1] ?? (snap.values[row - 1] = []);
  const i = col.charCodeAt(0) - 65;
  while (r.length <= i) r.push(null);
  r[i] = value;
}

/** Replaces the grade rows with `bands` (grade, name, lower bound %, points), keeping the sheet's other rows. */
function withScale(snap: SheetSnapshot, bands: Cell[][]): SheetSnapshot {
  const header = rowOf(snap, '評価区分');
  let end = header;
  while (snap.values[end]?.[0]) end++;
  const values = [...snap.values.slice(0, header), ...bands, ...snap.values.slice(end)];
  return { ...snap, values };
}

const read = (snap: SheetSnapshot, base: Rules = defaultRules()) => readSettingsSheet(snap, base);
const problems = (snap: SheetSnapshot) => read(snap).findings.map((f) => [f.cell, (f.params as { variant: string }).variant]);

describe('評価設定: written and read back', () => {
  test('the default sheet reads back as the defaults, without findings', () => {
    const r = read(snapshotOf(settingsSheetSpec(defaultRules())));
    expect(r.findings).toEqual([]);
    expect(r.rules).toEqual(defaultRules());
  });

  test("a city's scale, survey band, rounding and per-indicator bands written by the engine read back the same", () => {
    const rules: Rules = {
      ...defaultRules(),
      scale: [
        { grade: 'S', label: '大きく上回る', min: 1.2, points: 5 },
        { grade: 'A', label: '達成', min: 1.1, points: 4 },
        { grade: 'B', label: '概ね達成', min: 0.8, points: 3 },
        { grade: 'C', label: 'やや遅れ', min: 0.5, points: 2 },
        { grade: 'D', label: '遅れ', min: null, points: 1 },
      ],
      surveyTolerance: 2,
      rollupRounding: 'down',
      directions: { 転出超過数: 'down' },
      tolerances: { 転出超過数: 30, 市民満足度: 3 },
    };
    const r = read(snapshotOf(settingsSheetSpec(rules)));
    expect(r.findings).toEqual([]);
    expect(r.rules).toEqual(rules);
  });
});

describe('評価設定: a scale a clerk edits', () => {
  const base = () => snapshotOf(settingsSheetSpec(defaultRules()));

  test('◎○△× with their bounds, points from the order', () => {
    const snap = withScale(base(), [
      ['◎', '順調', 100, null],
      ['○', '概ね順調', 80, null],
      ['△', 'やや遅れ', '50%', null],
      ['×', '遅れ', null, null],
    ]);
    const r = read(snap);
    expect(r.findings.map((f) => f.params)).toEqual([{ variant: 'not-implemented-grade', grade: 'D' }]);
    expect(r.rules.scale).toEqual([
      { grade: '◎', label: '順調', min: 1, points: 4 },
      { grade: '○', label: '概ね順調', min: 0.8, points: 3 },
      { grade: '△', label: 'やや遅れ', min: 0.5, points: 2 },
      { grade: '×', label: '遅れ', min: null, points: 1 },
    ]);
    // The 未実施 grade D is not on the new scale: the finding names its cell and the lowest grade is used.
    expect(r.findings[0].cell).toBe(`B${rowOf(snap, '未実施の評価')}`);
    expect(r.rules.notImplementedGrade).toBe('×');
  });

  test('five levels, A at 110 %', () => {
    const snap = withScale(base(), [
      ['S', '', 120, 5],
      ['A', '', 110, 4],
      ['B', '', 90, 3],
      ['C', '', 70, 2],
      ['D', '', null, 1],
    ]);
    const r = read(snap);
    expect(r.findings).toEqual([]);
    expect(r.rules.scale.map((b) => [b.grade, b.min])).toEqual([
      ['S', 1.2],
      ['A', 1.1],
      ['B', 0.9],
      ['C', 0.7],
      ['D', null],
    ]);
  });

  test('a grade row that cannot be read keeps the whole scale from being used (not one grade fewer)', () => {
    const snap = withScale(base(), [
      ['◎', '', 100, null],
      ['○', '', '八割', null],
      ['×', '', null, null],
    ]);
    const r = read(snap);
    expect(r.findings.map((f) => f.params)).toEqual([{ variant: 'band-min', grade: '○', value: '八割' }]);
    expect(r.rules.scale).toEqual(defaultRules().scale);
  });

  test('each problem names its own cell, and the scale is left as it was', () => {
    const header = rowOf(base(), '評価区分');
    const snap = withScale(base(), [
      ['A', '', 100, 4],
      ['B', '', 80, '三'],
      ['C', '', 90, 2],
      ['C', '', null, 3],
    ]);
    const r = read(snap);
    expect(r.findings.map((f) => [f.cell, f.params])).toEqual([[`D${header + 2}`, { variant: 'band-points', grade: 'B', value: '三' }]]);
    expect(r.rules.scale).toEqual(defaultRules().scale);
    const fixed = withScale(base(), [
      ['A', '', 100, 4],
      ['B', '', 80, 3],
      ['C', '', 90, 2],
      ['C', '', null, 3],
    ]);
    expect(read(fixed).findings.map((f) => [f.cell, f.params])).toEqual([
      [`C${header + 3}`, { variant: 'band-order', upper: 'B', lower: 'C' }],
      [`A${header + 4}`, { variant: 'grades-repeat', grade: 'C' }],
      [`D${header + 4}`, { variant: 'band-points-order', upper: 'C', lower: 'C' }],
    ]);
    expect(read(fixed).rules.scale).toEqual(defaultRules().scale);
    expect(r.findings.every((f) => f.sheet === '評価設定' && f.severity === 'error')).toBe(true);
  });

  test('an empty lower bound above the last grade and bounds out of order name the bound cells', () => {
    const header = rowOf(base(), '評価区分');
    const snap = withScale(base(), [
      ['A', '', 100, null],
      ['B', '', null, null],
      ['C', '', 60, null],
      ['D', '', 70, null],
    ]);
    expect(problems(snap)).toEqual([
      [`C${header + 2}`, 'band-min-empty'],
      [`C${header + 4}`, 'band-order'],
    ]);
  });

  test('a scale of one grade is refused at the section heading', () => {
    const header = rowOf(base(), '評価区分');
    expect(problems(withScale(base(), [['A', '', null, null]]))).toEqual([[`A${header}`, 'scale-too-short']]);
  });
});

describe('評価設定: tolerance bands and rounding', () => {
  const base = () => snapshotOf(settingsSheetSpec(defaultRules()));

  test('a survey band in points, a rounding, an indicator band with a direction or alone', () => {
    const snap = base();
    put(snap, rowOf(snap, '％の指標の許容幅(ポイント)'), 'B', '±2ポイント');
    put(snap, rowOf(snap, '平均の端数'), 'B', '切り上げ');
    const first = rowOf(snap, '指標の方向') + 2;
    put(snap, first, 'A', '転出超過数');
    put(snap, first, 'B', '減少');
    put(snap, first, 'C', 30);
    snap.values.push(['市民満足度', null, '3pt']);
    const r = read(snap);
    expect(r.findings).toEqual([]);
    expect(r.rules.surveyTolerance).toBe(2);
    expect(r.rules.rollupRounding).toBe('up');
    expect(r.rules.directions).toEqual({ 転出超過数: 'down' });
    expect(r.rules.tolerances).toEqual({ 転出超過数: 30, 市民満足度: 3 });
  });

  test('values that cannot be used name their cells', () => {
    const snap = base();
    const survey = rowOf(snap, '％の指標の許容幅(ポイント)');
    const rounding = rowOf(snap, '平均の端数');
    put(snap, survey, 'B', '少し');
    put(snap, rounding, 'B', '五捨六入');
    const first = rowOf(snap, '指標の方向') + 2;
    put(snap, first, 'A', '市民満足度');
    put(snap, first, 'C', -1);
    const r = read(snap);
    expect(r.findings.map((f) => [f.cell, f.params])).toEqual([
      [`B${survey}`, { variant: 'survey-tolerance', value: '少し' }],
      [`B${rounding}`, { variant: 'rounding', value: '五捨六入' }],
      [`C${first}`, { variant: 'indicator-tolerance', indicator: '市民満足度', value: '-1' }],
    ]);
    expect(r.rules.surveyTolerance).toBeNull();
    expect(r.rules.tolerances).toEqual({});
    expect(r.findings[0].message).toContain('％の指標の許容幅「少し」');
  });
});
