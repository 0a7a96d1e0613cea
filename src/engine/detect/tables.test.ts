import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];

test('a composite name heading (基本目標／ＫＰＩ) over merged 基本目標 rows: the rows between are no indicators', () => {
  const s = snap(
    'KPI',
    [
      ['基本目標／ＫＰＩ', '単位', '基準値（R1）', '目標値（R6）', '実績値（R5）', '達成率'],
      ['基本目標１　安定した雇用を創出する'],
      ['製造品出荷額', '億円', 1800, 2000, 1955, '97.8%'],
      ['基本目標２　新しい人の流れをつくる'],
      ['転出超過数を減らす', '人', 350, 200, 265, '75.5%'],
    ],
    { merges: ['A2:F2', 'A4:F4'] },
  );
  const { indicators } = detectSheet(s, scale);
  expect(indicators.map((i) => [i.name, i.actuals[0]?.cell, i.targets[0]?.cell])).toEqual([
    ['製造品出荷額', 'E3', 'D3'],
    ['転出超過数を減らす', 'E5', 'D5'],
  ]);
  const report = checkWorkbook({ sheets: [s] }, {}).report;
  expect(report.indicators.map((i) => i.direction)).toEqual(['up', 'down']);
});

test('a target cell with its period before the number (R7 100件) is that number, with the period as its note', () => {
  const s = snap('事業', [
    ['No.', '事業名', '数値目標', '令和５年度実績', '自己評価'],
    [1, '空き家利活用促進事業', 'R7 100件', '62件', 'C'],
    [2, '企業誘致推進事業', 'R7　1,000社', '410社', 'B'],
  ]);
  const { indicators } = detectSheet(s, scale);
  expect(indicators.map((i) => [i.targets[0].parsed.status === 'value' && i.targets[0].parsed.value, i.targets[0].parsed.notePeriod?.fiscalYear])).toEqual([
    [100, 2025],
    [1000, 2025],
  ]);
});

test('two tables side by side whose headers stand on different rows: each is read whole, the lower header is no end of the other', () => {
  const s = snap('成果指標', [
    ['成果指標一覧（令和5年度）'],
    ['指標名', '単位', 'R5目標', 'R5実績'],
    ['防災訓練参加者数', '人', 1000, 1100, null, '指標名', '単位', 'R5目標', 'R5実績'],
    ['自主防災組織数', '団体', 50, 30, null, '交通安全教室受講者数', '人', 100, 120],
    [null, null, null, null, null, '免許返納者数', '人', 200, 210],
  ]);
  const read = detectSheet(s, scale).indicators.map((i) => [i.name, i.targets[0]?.cell, i.actuals[0]?.cell]);
  expect(read).toEqual([
    ['防災訓練参加者数', 'C3', 'D3'],
    ['自主防災組織数', 'C4', 'D4'],
    ['交通安全教室受講者数', 'H4', 'I4'],
    ['免許返納者数', 'H5', 'I5'],
  ]);
});

test('a list with both a 事業名 and a qualified 指標名 heading (成果指標名 / 活動指標名) is named by the indicator heading', () => {
  const s = snap('一覧', [
    ['事業名', '活動指標名', '単位', '目標値', '実績値'],
    ['図書館運営事業', '図書の貸出冊数', '冊', 50000, 48200],
    ['子育て相談事業', '相談対応件数', '件', 300, 320],
  ]);
  const { indicators } = detectSheet(s, scale);
  expect(indicators.map((i) => [i.name, i.targets[0]?.cell, i.actuals[0]?.cell])).toEqual([
    ['図書の貸出冊数', 'D2', 'E2'],
    ['相談対応件数', 'D3', 'E3'],
  ]);
});

test('a value heading left of the name column (「目標 | 指標 | 目標値 | 実績値」, the policy goal in words) is no figure of the rows: no crash, the figures right of the name are read', () => {
  const s = snap('施策', [
    ['目標', '指標', '目標値', '実績値'],
    ['地域で安心して暮らせる', '見守り協力員の数', '120人', '98人'],
    [null, '認知症サポーター養成数', '800人', '845人'],
  ]);
  const read = detectSheet(s, scale).indicators.map((i) => [i.name, i.targets[0]?.cell, i.actuals[0]?.cell]);
  expect(read).toEqual([
    ['見守り協力員の数', 'C2', 'D2'],
    ['認知症サポーター養成数', 'C3', 'D3'],
  ]);
});
