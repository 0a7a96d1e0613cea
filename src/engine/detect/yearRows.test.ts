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

test('indicator blocks stacked down, each with its years as rows: one indicator per block, its unit from the 単位 label, no year taken for a name', () => {
  const s = snap('施策1-2', [
    ['施策', '1-2 健康づくり'],
    [],
    ['指標①', '健診受診者数', null, '単位', '人'],
    ['年度', '目標', '実績', '達成率'],
    ['R4', 500, 450, '90%'],
    ['R5', 520, 530, '102%'],
    [],
    ['指標②', '禁煙外来の利用率', null, '単位', '％'],
    ['年度', '目標', '実績', '達成率'],
    ['R4', 10, 8, '80%'],
    ['R5', 12, null, '―'],
  ]);
  const inds = detectSheet(s, scale).indicators;
  expect(inds.map((i) => [i.name, i.id, i.unit, i.unitCell, i.layout])).toEqual([
    ['健診受診者数', '1', '人', 'E3', 'year-rows'],
    ['禁煙外来の利用率', '2', '%', 'E8', 'year-rows'],
  ]);
  expect(inds[1].actuals.map((p) => [p.cell, p.period?.label, p.parsed.status])).toEqual([
    ['C10', 'R4', 'value'],
    ['C11', 'R5', 'missing'],
  ]);
  expect(inds[0].targets.map((p) => p.cell)).toEqual(['B5', 'B6']);
});

test('blocks titled by one line over 年度 | 目標 | 実績 (merged across, or a blank row between): the title names the indicator of the block', () => {
  const s = snap(
    'S',
    [
      ['① 公民館利用者数（人）'],
      ['年度', '目標', '実績'],
      ['R4', 10, 9],
      ['R5', 11, 12],
      [],
      ['講座の満足度'],
      [],
      ['年度', '目標', '実績'],
      ['R4', 80, 70],
      ['R5', 80, 85],
    ],
    { merges: ['A1:C1'] },
  );
  const inds = detectSheet(s, scale).indicators;
  expect(inds.map((i) => [i.name, i.id, i.unit, i.nameCell, i.actuals.map((p) => p.cell).join()])).toEqual([
    ['公民館利用者数', '1', '人', 'A1', 'C3,C4'],
    ['講座の満足度', null, undefined, 'A6', 'C9,C10'],
  ]);
  // A plain title may be a heading rather than the name: a guess naming it; a numbered one with its unit is not.
  expect(inds.map((i) => i.guesses ?? [])).toEqual([[], [{ reason: 'name-from-description', cells: ['A6'] }]]);
});

test('blocks with years as rows tiled across: each takes its own columns and its own 単位 line (a 単位 label over 実績 is not a name)', () => {
  const s = snap('S', [
    ['成果指標1', '公民館利用者数', '単位', '人', null, '成果指標2', '講座満足度', '単位', '％'],
    ['年度', '目標', '実績', null, null, '年度', '目標', '実績'],
    ['R4', 10, 9, null, null, 'R4', 80, 70],
    ['R5', 11, 12, null, null, 'R5', 80, 85],
  ]);
  expect(
    detectSheet(s, scale).indicators.map((i) => [i.name, i.id, i.unit, i.unitCell, i.actuals.map((p) => p.cell).join(), i.targets.map((p) => p.cell).join()]),
  ).toEqual([
    ['公民館利用者数', '1', '人', 'D1', 'C3,C4', 'B3,B4'],
    ['講座満足度', '2', '%', 'I1', 'H3,H4', 'G3,G4'],
  ]);
});

test('a years-as-rows block captioned 参考指標（施策の評価には用いない） beside the indicators’ blocks is watched, never graded', () => {
  const sheet = snap('施策評価票', [
    ['令和5年度 施策評価票'],
    ['成果指標1', null, null, null, '参考指標（施策の評価には用いない）'],
    ['観光案内所利用者数', null, null, null, '観光入込客数'],
    ['年度', '期待値（人）', '実績値（人）', null, '年度', '期待値（千人）', '実績値（千人）'],
    ['令和4年度', 10500, 10110, null, '令和4年度', null, 1480],
    ['令和5年度', 12000, 12480, null, '令和5年度', null, 1655],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([['観光案内所利用者数', 12000, 12480]]);
});

test('years as rows, each indicator merged over a 計画 | 実績 pair: 計画 is the year plan, never a unit line', () => {
  const s = snap(
    '進捗管理',
    [
      ['年度', '橋梁点検実施数（橋）', null, '舗装修繕延長（km）', null],
      [null, '計画', '実績', '計画', '実績'],
      ['令和4年度', 60, 59, 4.5, 4.1],
      ['令和5年度', 62, 62, 4.5, 3.8],
      ['令和6年度', 60, null, 5.0, null],
    ],
    { merges: ['A1:A2', 'B1:C1', 'D1:E1'] },
  );
  const inds = detectSheet(s, scale).indicators;
  expect(inds.map((i) => [i.name, i.unit, i.targets.map((t) => [t.cell, t.kind]), i.actuals.map((a) => a.cell)])).toEqual([
    [
      '橋梁点検実施数',
      '橋',
      [
        ['B3', 'expected'],
        ['B4', 'expected'],
        ['B5', 'expected'],
      ],
      ['C3', 'C4', 'C5'],
    ],
    [
      '舗装修繕延長',
      'km',
      [
        ['D3', 'expected'],
        ['D4', 'expected'],
        ['D5', 'expected'],
      ],
      ['E3', 'E4', 'E5'],
    ],
  ]);
});

test('years as rows, a 目指す方向 line over each indicator’s 計画 | 実績 pair states its way (↓（縮減）)', () => {
  const s = snap(
    '進捗',
    [
      ['年度', '管理戸数', null, '入居率', null],
      ['単位', '戸', null, '％', null],
      ['目指す方向', '↓（縮減）', null, '↑', null],
      [null, '計画', '実績', '目標', '実績'],
      ['令和4年度', 1455, 1470, 89.5, 85.9],
      ['令和5年度', 1420, 1446, 90, 86.9],
    ],
    { merges: ['B1:C1', 'D1:E1', 'B2:C2', 'D2:E2', 'B3:C3', 'D3:E3'] },
  );
  const inds = detectSheet(s, scale).indicators;
  expect(inds.map((i) => [i.name, i.unit, i.statedDirection?.value ?? null])).toEqual([
    ['管理戸数', '戸', 'down'],
    ['入居率', '%', 'up'],
  ]);
});
