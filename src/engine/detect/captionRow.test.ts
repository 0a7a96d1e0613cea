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

test('a 【category】 row standing alone inside the table, or right under it, ends nothing', () => {
  const s = snap('指標', [
    ['令和5年度 まちづくり指標の状況'],
    ['指標名', '単位', '基準値（R元）', '目標値（R5）', '実績値（R5）'],
    ['子育て支援センターの利用者数', '人', 8000, 10000, 9500],
    ['【高齢者福祉】'],
    ['介護予防教室の参加者数', '人', 1200, 1500, 1400],
    [],
    ['【障害福祉】'],
    ['グループホームの定員', '人', 80, 100, 95],
  ] as never);
  expect(detectSheet(s, scale).indicators.map((i) => i.name)).toEqual(['子育て支援センターの利用者数', '介護予防教室の参加者数', 'グループホームの定員']);
});
