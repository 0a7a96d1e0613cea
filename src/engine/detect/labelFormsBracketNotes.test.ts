/**
 * A colon inside a label's or a value's bracketed note (「実績値（前年度：260人）」「280人（前年度比：+5%）」) is the note's,
 * never the separator of a label and its value in one cell: the figure beside the label is the fact, the note's figure is not.
 */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));
const form = (targetLabel: string, target: string | number, actualLabel: string, actual: string | number) =>
  snap('票', [['令和5年度 事務事業評価シート'], ['指標名', '講座の受講者数'], [targetLabel, target], [actualLabel, actual], ['評価', 'B']]);
const facts = (s: ReturnType<typeof snap>) =>
  detectSheet(s, scale).indicators.map((i) => ({
    target: i.targets.map((p) => [p.cell, p.parsed.value]),
    actual: i.actuals.map((p) => [p.cell, p.parsed.value]),
  }));

test.each([
  ['目標値（当初：250人）', 300, '実績値', 280],
  ['目標値', 300, '実績値（前年度：260人）', 280],
  ['目標値（注：延べ人数）', 300, '実績値', 280],
  ['目標値', 300, '実績値（速報：R6.4末）', 280],
  ['目標値', '300人', '実績値', '280人（前年度比：+5%）'],
])("「%s」 | %s over 「%s」 | %s: the figures beside the labels, not a note's", (tl, t, al, a) => {
  expect(facts(form(tl, t, al, a))).toEqual([{ target: [['B3', 300]], actual: [['B4', 280]] }]);
});

test('a label with a bracketed note and its value in one cell splits at the colon outside the brackets', () => {
  const s = snap('票', [['指標名：講座の受講者数'], ['目標値（当初：250人）：300人'], ['実績値（注：延べ人数）：280人']]);
  expect(facts(s)).toEqual([{ target: [['A2', 300]], actual: [['A3', 280]] }]);
});

test('a figure label whose part after the colon is no figure is no label-and-value cell', () => {
  const s = snap('票', [['指標名', '講座の受講者数'], ['目標値', 300], ['実績値', 280], ['実績値：前年度の数値を記入']]);
  expect(facts(s)).toEqual([{ target: [['B2', 300]], actual: [['B3', 280]] }]);
});
