/**
 * A 維持 (or →) written in the sheet's direction column keeps the level: graded by the default rules as more is better
 * (an actual above the target is met), or as less is better when the indicator's words or subject say so; a two-sided
 * 維持 band stays the city's choice in 評価設定.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import type { SheetSnapshot } from '../model/port';
import { settingsSheetSpec } from '../sheets/settingsSheet';
import { defaultRules, type Rules } from './rules';

const settingsOf = (rules: Partial<Rules>): SheetSnapshot => {
  const spec = settingsSheetSpec({ ...defaultRules(), ...rules });
  return snap(
    spec.name,
    spec.rows.map((r) => r.map((c) => (c?.value ?? null) as string | number | null)),
  );
};

const rows = [
  ['令和5年度　成果指標', null, null, null, null],
  ['指標名', '単位', '方向', 'R5目標', 'R5実績'],
  ['河川のBOD環境基準達成率', '％', '維持', 90, 100],
  ['保育所等待機児童数', '人', '維持', 2, 3],
  ['公園の面積', 'ha', '→', 40, 37],
];
const by = (r: ReturnType<typeof checkWorkbook>, n: string) => r.report.indicators.find((i) => i.name === n)!;

test('維持 in the direction column: more is better, an actual above the target is met, named by the direction cell', () => {
  const r = checkWorkbook({ sheets: [snap('指標', rows)] }, {});
  expect(by(r, '河川のBOD環境基準達成率')).toMatchObject({ direction: 'up', grade: 'A', cells: expect.objectContaining({ direction: 'C3' }) });
  expect(by(r, '公園の面積')).toMatchObject({ direction: 'up', grade: 'B' });
});

test('維持 of what nobody wants more of is less is better, with no conflict finding', () => {
  const r = checkWorkbook({ sheets: [snap('指標', rows)] }, {});
  expect(by(r, '保育所等待機児童数')).toMatchObject({ direction: 'down', grade: 'C' });
  expect(r.report.findings.filter((f) => f.code === 'direction-conflict')).toEqual([]);
});

test('a 維持 set in 評価設定 stays two-sided: an actual far above the target is off it', () => {
  const r = checkWorkbook({ sheets: [snap('指標', rows), settingsOf({ directions: { 河川のBOD環境基準達成率: 'maintain' } })] }, {});
  expect(by(r, '河川のBOD環境基準達成率')).toMatchObject({ direction: 'maintain', grade: 'B' });
});
