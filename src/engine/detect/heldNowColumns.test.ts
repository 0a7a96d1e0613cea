/** 現有数 / 現員数 heads the actual only when no other actual column stands beside it (review rv48). */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

function read(header: unknown[]) {
  const s = snap('施設', [['消防施設の整備状況（令和5年度）'], header, ['消防ポンプ自動車', '台', 12, 14, 13]] as never);
  return detectSheet(s, scale).indicators.map((i) => ({
    baseline: i.baselines[0]?.cell ?? null,
    target: i.targets.map((p) => p.cell),
    actual: i.actuals.map((p) => p.cell),
  }));
}

test('現有数 alone beside the target is the actual', () => {
  expect(read(['区分', '単位', '整備目標', '整備目標年度', '現有数'])[0].actual).toEqual(['E3']);
});

test('現有数 beside 実績 gives way to it', () => {
  expect(read(['区分', '単位', '現有数', '整備目標', '実績'])[0]).toMatchObject({ actual: ['E3'], target: ['D3'], baseline: null });
});

test('現有数（計画策定時） beside 令和5年度実績 is the baseline', () => {
  expect(read(['区分', '単位', '現有数\n（計画策定時）', '目標\n（令和7年度）', '令和5年度\n実績'])[0]).toMatchObject({
    actual: ['E3'],
    target: ['D3'],
    baseline: 'C3',
  });
});
