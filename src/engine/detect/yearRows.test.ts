import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];

test('years as rows, an indicator merged over its 目標 | 実績 sub-columns', () => {
  const s = snap(
    'KPI推移',
    [
      ['年度', '相談件数（件）', null, '登録者数（人）', null, '達成率'],
      [null, '目標', '実績', '目標', '実績', null],
      ['R4', 20, 18, 100, 90, 0.9],
      ['R5', 25, 26, 110, 80, 1.04],
      ['合計', 45, 44, 210, 170, null],
    ],
    { merges: ['B1:C1', 'D1:E1', 'A1:A2'] },
  );
  const inds = detectSheet(s, scale).indicators;
  expect(inds.map((i) => [i.name, i.unit, i.layout])).toEqual([
    ['相談件数', '件', 'year-rows'],
    ['登録者数', '人', 'year-rows'],
  ]);
  expect(inds[0].actuals.map((p) => [p.cell, p.period?.label])).toEqual([
    ['C3', 'R4'],
    ['C4', 'R5'],
  ]);
  expect(inds[0].targets.map((p) => [p.cell, p.kind, p.period?.label])).toEqual([
    ['B3', 'target', 'R4'],
    ['B4', 'target', 'R5'],
  ]);
});

test('years as rows with one header row 「名称 目標（単位）」; the latest year with actuals is evaluated', () => {
  const s = snap('KPI', [
    ['KPIの推移'],
    ['年度', '移住相談件数 目標（件）', '移住相談件数 実績（件）', '受診率 目標（％）', '受診率 実績（％）'],
    ['令和４年度', 240, 163, 32.3, 27.4],
    ['令和５年度', 250, 251, 33.6, 31.6],
    ['令和６年度', 260, null, 35, null],
  ]);
  const { report } = checkWorkbook({ sheets: [s] });
  expect(report.period?.fiscalYear).toBe(2023);
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual])).toEqual([
    ['移住相談件数', '件', 250, 251],
    ['受診率', '%', 33.6, 31.6],
  ]);
});

test('a column of figures that read as years is not a period column', () => {
  const s = snap('T', [
    ['指標名', '目標値', '実績値'],
    ['来場者数', 2000, 2050],
    ['参加者数', 2010, 2060],
  ]);
  const inds = detectSheet(s, scale).indicators;
  expect(inds.map((i) => [i.name, i.layout, i.actuals[0].parsed.value])).toEqual([
    ['来場者数', 'table', 2050],
    ['参加者数', 'table', 2060],
  ]);
});

test('years as rows with a unit line between the indicator and its measures', () => {
  const s = snap(
    'KPI推移',
    [
      ['年度', '相談件数', null, '認定農業者数', null],
      [null, '件', null, '経営体', null],
      [null, '目標', '実績', '目標', '実績'],
      ['R4', 20, 18, 300, 290],
      ['R5', 25, 26, 310, 320],
    ],
    { merges: ['B1:C1', 'D1:E1', 'B2:C2', 'D2:E2', 'A1:A3'] },
  );
  expect(detectSheet(s, scale).indicators.map((i) => [i.name, i.unit, i.unitCell, i.actuals.length])).toEqual([
    ['相談件数', '件', 'B2', 2],
    ['認定農業者数', '経営体', 'D2', 2],
  ]);
});
