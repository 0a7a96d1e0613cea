/** A policy block's name after its 指標② label: a measure's whole 「…（合計）」 is the name, never its 指標の説明 line. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const block = (name: string) => [
  ['令和５年度　施策評価シート'],
  ['指標②', name, '', '', '', '単位', '人'],
  ['指標の説明', '市公式のInstagram・X・LINE・Facebookのフォロワー数の合計（各年度末）'],
  ['年度', 'R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）'],
  ['期待値', '－', 11000, 14000, 17000, 20000, 23000],
  ['実績値', 8240, 10512, 13020, 17350],
];

test('「市公式SNSフォロワー数（合計）」 after the 指標 label names the block', () => {
  const { report } = checkWorkbook({ sheets: [snap('3-3', block('市公式SNSフォロワー数（合計）'))] }, {});
  expect(report.indicators.map((i) => [i.name, i.cells?.name, i.target, i.actual])).toEqual([['市公式SNSフォロワー数（合計）', 'B2', 17000, 17350]]);
});

test('a bare 合計 after the label names nothing: the block is not named by it', () => {
  const { report } = checkWorkbook({ sheets: [snap('3-3', block('合計'))] }, {});
  expect(report.indicators.map((i) => i.name)).not.toContain('合計');
});
