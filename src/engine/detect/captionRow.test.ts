/** A 【caption】 line under a table (「【事業の効果】 | 地方創生に相当程度効果があった」) ends it: its words are no indicator. */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

function sheet(label: string, figures: (number | null)[] = [null, null]) {
  return snap('事業1', [
    ['効果検証シート（令和5年度実施分）'],
    ['No.', '重要業績評価指標（KPI）', '単位', '令和5年度目標値', '令和5年度実績値'],
    ['KPI①', 'ワーケーション利用者数', '人', 800, 910],
    ['KPI②', '移住相談件数', '件', 150, 88],
    [],
    [label, '地方創生に相当程度効果があった', null, ...figures],
  ] as never);
}

const names = (s: ReturnType<typeof sheet>) => detectSheet(s, scale).indicators.map((i) => i.name);

test('a 【caption】 with no figure beside it ends the table: the words beside it are no indicator', () => {
  expect(names(sheet('【事業の効果】'))).toEqual(['ワーケーション利用者数', '移住相談件数']);
});

test('a numbered bracket (【KPI3】) or a caption row holding figures stays a row of the table', () => {
  expect(names(sheet('【KPI3】'))).toContain('地方創生に相当程度効果があった');
  expect(names(sheet('【事業の効果】', [100, 90]))).toContain('地方創生に相当程度効果があった');
});
