/**
 * A target set as the term's 累計 beside a 累計実績 of the same term, the single years under a 単年度実績 heading of their own: the
 * total is the actual, dated by the term's last year; a total of fewer years, or beside a one-year target, is not read so.
 */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

/** No. | 整備項目 | 単位 | <target> | 単年度実績 over 令和3年度 … 令和5年度 | <total> | 備考. */
function plan(target: string, total: string) {
  return snap(
    '整備計画',
    [
      ['保育所等整備計画（令和３年度～令和５年度）進捗状況'],
      ['評価対象：令和５年度'],
      [],
      ['No.', '整備項目', '単位', target, '単年度実績', null, null, total, '備考'],
      [null, null, null, null, '令和3年度', '令和4年度', '令和5年度'],
      [1, '保育の受け皿整備量', '人', 600, 180, 210, 150, 540, null],
      [2, '保育士確保数', '人', 150, 48, 55, '集計中', '集計中', '6月末に確定'],
    ],
    { merges: ['A1:I1', 'A2:I2', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:G4', 'H4:H5', 'I4:I5'] },
  );
}

const read = (target: string, total: string) =>
  detectSheet(plan(target, total), scale).indicators.map((i) => [
    i.name,
    i.targets.map((t) => t.cell),
    i.actuals.map((a) => [a.cell, a.parsed.value ?? null, a.parsed.status, a.period?.fiscalYear]),
  ]);

test.each(['累計実績\n（令和３～５年度）', '実績累計（R3～R5）'])(
  'beside 目標値（令和３～５年度累計）, 「%s」 is the actual, dated 令和5年度; the single years are not read',
  (total) => {
    expect(read('目標値\n（令和３～５年度累計）', total)).toEqual([
      ['保育の受け皿整備量', ['D6'], [['H6', 540, 'value', 2023]]],
      ['保育士確保数', ['D7'], [['H7', null, 'pending', 2023]]],
    ]);
  },
);

test('the report grades the term total against the term target, with no doubt raised', () => {
  const report = checkWorkbook({ sheets: [plan('目標値\n（令和３～５年度累計）', '累計実績\n（令和３～５年度）')] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.actualStatus, i.cells.actual])).toEqual([
    ['保育の受け皿整備量', 600, 540, 'value', 'H6'],
    ['保育士確保数', 150, null, 'pending', 'H7'],
  ]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('a running total of fewer years than the target’s term (a mid-term 累計実績（令和３～４年度）) is not the actual', () => {
  for (const [, , actuals] of read('目標値\n（令和３～５年度累計）', '累計実績\n（令和３～４年度）')) expect(actuals).toEqual([]);
});

test('beside a target of one year (目標値（令和５年度）), the term’s 累計実績 is not read as the actual', () => {
  for (const [, , actuals] of read('目標値\n（令和５年度）', '累計実績\n（令和３～５年度）')) expect(actuals).toEqual([]);
});

test('a 累計実績 stating no term is not read so', () => {
  for (const [, , actuals] of read('目標値\n（令和３～５年度累計）', '累計実績')) expect(actuals).toEqual([]);
});

test('review rv67: a total written beside a year still being counted, or beside an estimate, is not read as the term’s result', () => {
  const sheet = (r5: string, row: (string | number | null)[]) =>
    snap(
      '整備計画',
      [
        ['保育所等整備計画（令和３年度～令和５年度）進捗状況'],
        ['No.', '整備項目', '単位', '目標値\n（令和３～５年度累計）', '単年度実績', null, null, '累計実績\n（令和３～５年度）'],
        [null, null, null, null, '令和3年度', '令和4年度', r5],
        row,
      ],
      { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:G2', 'H2:H3'] },
    );
  const actuals = (s: ReturnType<typeof sheet>) => detectSheet(s, scale).indicators.flatMap((i) => i.actuals.map((a) => a.cell));
  expect(actuals(sheet('令和5年度', [1, '保育の受け皿整備量', '人', 600, 180, 210, '集計中', 390]))).not.toContain('H4');
  expect(actuals(sheet('令和5年度（見込）', [1, '保育の受け皿整備量', '人', 600, 180, 210, 150, 540]))).not.toContain('H4');
  expect(actuals(sheet('令和5年度', [1, '保育の受け皿整備量', '人', 600, 180, 210, 150, 540]))).toEqual(['H4']);
});

test('review rv67: a five-year term’s total at its third year (R6 and R7 still blank) is no term’s result: not read so', () => {
  const s = snap(
    '整備計画',
    [
      ['保育所等整備計画（令和３年度～令和７年度）令和５年度進捗状況'],
      ['No.', '整備項目', '単位', '目標値\n（令和３～７年度累計）', '単年度実績', null, null, null, null, '累計実績\n（令和３～７年度）'],
      [null, null, null, null, '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度'],
      [1, '保育の受け皿整備量', '人', 1000, 180, 210, 150, null, null, 540],
    ],
    { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:I2', 'J2:J3'] },
  );
  expect(detectSheet(s, scale).indicators.flatMap((i) => i.actuals.map((a) => a.cell))).not.toContain('J4');
});
