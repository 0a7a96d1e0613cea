/** A 直近実績 / 最新値 / 現在値 heading heads the actual column; a year written in its cell of another year is a guess. */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

const sheet = (heading: string) =>
  snap('指標', [
    ['産業振興計画　数値目標の状況（令和6年度）'],
    [],
    ['番号', '目標項目', '単位', '基準値', '目標値', heading],
    [1, '新規創業件数', '件', 12, 30, '24\n（令和6年度）'],
    [2, '企業誘致件数', '件', 1, 5, '3\n（令和5年度）'],
  ]);

test.each(['直近実績', '最新実績', '直近値', '最新値', '現在値', '直近の実績値'])('the %s column is read as the actual', (heading) => {
  const read = detectSheet(sheet(heading), scale).indicators.map((i) => [i.name, i.actuals.map((a) => a.parsed.status === 'value' && a.parsed.value)]);
  expect(read).toEqual([
    ['新規創業件数', [24]],
    ['企業誘致件数', [3]],
  ]);
});

test.each(['現状値', '基準値'])('the %s column stays the baseline, not the actual', (heading) => {
  const read = detectSheet(sheet(heading), scale).indicators.map((i) => i.actuals.length);
  expect(read).toEqual([0, 0]);
});
