/**
 * A policy sheet's blocks under period headings: a block left as an empty template (its headings and series labels,
 * no name, no figure, no grade) is no indicator; an unnamed block with figures is still read (and its name flagged).
 */
import { DEFAULT_RULES } from '../grading/rules';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = DEFAULT_RULES.scale.map(({ grade, label }) => ({ grade, label }));

const block = (no: string, name: string, unit: string, targets: (number | null)[], actuals: (number | null)[]) => [
  [`指標${no}`, name],
  ['単位', unit],
  ['年度', '令和3年度', '令和4年度', '令和5年度'],
  ['目標値', ...targets],
  ['実績値', ...actuals],
  [],
];

const sheet = (last: (string | number | null)[][]) =>
  snap('施策2-1', [['施策評価シート'], [], ...block('１', '自主防災組織の結成率', '％', [80, 82, 85], [79.5, 81.2, 83.0]), ...last]);

test('an empty template block (no name, no figure) is no indicator', () => {
  const inds = detectSheet(sheet(block('２', '', '', [null, null, null], [null, null, null])), scale).indicators;
  expect(inds.map((i) => i.name)).toEqual(['自主防災組織の結成率']);
});

test('an unnamed block with figures is still read', () => {
  const inds = detectSheet(sheet(block('２', '', '', [120, 130, 140], [118, 125, 151])), scale).indicators;
  expect(inds.map((i) => i.name)).toEqual(['自主防災組織の結成率', '（名称未記入）']);
  expect(inds[1].actuals.map((p) => p.raw)).toEqual([118, 125, 151]);
});
