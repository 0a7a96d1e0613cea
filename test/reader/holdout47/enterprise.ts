/**
 * Hold-out 47, public-enterprise sheets: a 下水道事業 経営比較 (目標 and 実績 for three years, a 方向 column
 * with ↗/↘ and 高いほど良い/低いほど良い) and a hospital 中期経営計画 進捗 (年度目標/実績 pairs for five years,
 * the evaluation year only in the title).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { Direction, ExpectedIndicator } from '../model';

const SEWER = '経営指標';

interface Yearly {
  name: string;
  unit: string;
  way: '↗' | '↘' | '高いほど良い' | '低いほど良い';
  /** 目標, 実績 for R3, R4, R5 as written. */
  cells: (string | number)[];
  peer: number;
  note?: string;
}

const SEWER_ROWS: Yearly[] = [
  { name: '経常収支比率', unit: '％', way: '↗', cells: [100.0, 101.2, 100.0, 99.4, 100.0, 98.7], peer: 106.2 },
  { name: '経費回収率', unit: '％', way: '↗', cells: [90.0, 86.1, 92.5, 87.9, 95.0, 88.3], peer: 97.4, note: '使用料改定（R7予定）' },
  { name: '汚水処理原価', unit: '円/㎥', way: '↘', cells: [155.0, 158.21, 152.0, 160.77, 150.0, 162.4], peer: 168.5 },
  { name: '水洗化率', unit: '％', way: '高いほど良い', cells: [92.0, 92.4, 92.5, 93.0, 93.0, 93.6], peer: 94.8 },
  { name: '有形固定資産減価償却率', unit: '％', way: '低いほど良い', cells: [43.0, 44.9, 44.0, 46.3, 45.0, 47.8], peer: 41.2 },
  { name: '企業債残高対事業規模比率', unit: '％', way: '↘', cells: [760.0, 1180.2, 730.0, 1152.9, 700.0, '１，１２０．５'], peer: 689.3 },
  { name: '流動比率', unit: '％', way: '↗', cells: [100.0, 78.4, 100.0, 81.6, 100.0, '85.2（見込み）'], peer: 62.9, note: '決算確定前の見込値' },
];

function buildSewer(ws: Worksheet): void {
  put(ws, 1, 1, ['遠野市公共下水道事業　経営比較分析表（目標と実績）']);
  ws.mergeCells('A1:L1');
  put(ws, 2, 1, ['評価対象年度：令和５年度（決算）　作成：上下水道課 経営係']);
  put(ws, 4, 1, ['指標名', '単位', '方向', '令和３年度', undefined, '令和４年度', undefined, '令和５年度', undefined, '類似団体平均値（R4）', '備考']);
  put(ws, 5, 4, ['目標', '実績', '目標', '実績', '目標', '実績']);
  for (const c of [1, 2, 3, 10, 11]) ws.mergeCells(4, c, 5, c);
  for (const c of [4, 6, 8]) ws.mergeCells(4, c, 4, c + 1);
  SEWER_ROWS.forEach((s, i) => put(ws, 6 + i, 1, [s.name, s.unit, s.way, ...s.cells, s.peer, s.note]));
  put(ws, 14, 1, ['※方向　↗：高いほど良い指標　↘：低いほど良い指標']);
  put(ws, 15, 1, ['※類似団体平均値は総務省「経営比較分析表」（令和４年度決算）による。']);
  ws.getColumn(1).width = 26;
}

function sewerFacts(): ExpectedIndicator[] {
  return SEWER_ROWS.map((s) => {
    const direction: Direction = s.way === '↘' || s.way === '低いほど良い' ? 'down' : 'up';
    const raw = s.cells[5];
    const provisional = typeof raw === 'string' && raw.includes('見込');
    const actual = typeof raw === 'number' ? raw : Number(raw.normalize('NFKC').replace(/[^0-9.]/g, ''));
    return ind(SEWER, s.name, s.unit, s.cells[4] as number, actual, { direction, ...(provisional ? { actualStatus: 'provisional' as const } : {}) });
  });
}

const PLAN = '進捗管理';

interface PlanRow {
  area?: string;
  item: string;
  name: string;
  unit: string;
  base: number;
  /** 年度目標, 実績 for R3 … R7 (R6, R7 実績 empty). */
  pairs: (number | string | undefined)[];
  note?: string;
}

const PLAN_ROWS: PlanRow[] = [
  {
    area: '経営の効率化',
    item: '病床の効率的運用',
    name: '病床利用率',
    unit: '％',
    base: 78.2,
    pairs: [76.0, 71.3, 78.0, 73.9, 80.0, 74.6, 82.0, undefined, 84.0],
  },
  { item: '入院患者の確保', name: '1日平均入院患者数', unit: '人', base: 151.4, pairs: [150, 139.6, 155, 144.1, 160, 148.3, 165, undefined, 170] },
  { item: '外来機能の適正化', name: '1日平均外来患者数', unit: '人', base: 445.0, pairs: [430, 428, 435, 425, 440, 431, 445, undefined, 450] },
  {
    area: '収支の改善',
    item: '経常黒字化',
    name: '経常収支比率',
    unit: '％',
    base: 98.1,
    pairs: [99.0, 103.2, 100.0, 101.5, 100.5, 97.9, 101.0, undefined, 101.5],
  },
  { item: '医業収支の改善', name: '医業収支比率', unit: '％', base: 89.5, pairs: [90.0, 86.4, 91.0, 87.2, 92.0, 88.1, 93.0, undefined, 94.0] },
  {
    item: '人件費の適正化',
    name: '職員給与費対医業収益比率',
    unit: '％',
    base: 57.8,
    pairs: [57.0, 59.9, 56.0, 59.1, 55.0, 58.3, 54.0, undefined, 53.0],
    note: '※低いほど良い指標',
  },
  {
    area: '地域連携の推進',
    item: '紹介患者の受入れ',
    name: '紹介率',
    unit: '％',
    base: 52.3,
    pairs: [55.0, 54.8, 57.5, 58.0, 60.0, '集計中', 62.5, undefined, 65.0],
  },
  { item: '薬剤費の抑制', name: '後発医薬品使用割合', unit: '％', base: 78.0, pairs: [80.0, 84.5, 82.5, 88.0, 85.0, 90.2, 87.5, undefined, 90.0] },
];

function buildPlan(ws: Worksheet): void {
  put(ws, 1, 1, ['市立病院 第２次中期経営計画（令和３年度～令和７年度）　令和５年度 進捗状況']);
  ws.mergeCells('A1:P1');
  put(ws, 2, 1, ['経営企画室　令和６年７月作成']);
  const years = ['令和３年度', '令和４年度', '令和５年度', '令和６年度', '令和７年度'];
  put(ws, 4, 1, ['区分', '取組項目', '指標', '単位', '基準値（R元）']);
  years.forEach((y, i) => {
    put(ws, 4, 6 + 2 * i, [y]);
    put(ws, 5, 6 + 2 * i, ['年度目標', '実績']);
    ws.mergeCells(4, 6 + 2 * i, 4, 7 + 2 * i);
  });
  put(ws, 4, 16, ['備考']);
  for (const c of [1, 2, 3, 4, 5, 16]) ws.mergeCells(4, c, 5, c);
  PLAN_ROWS.forEach((p, i) => {
    const pairs = [...p.pairs];
    while (pairs.length < 10) pairs.push(undefined);
    put(ws, 6 + i, 1, [p.area, p.item, p.name, p.unit, p.base, ...pairs, p.note]);
  });
  ws.mergeCells('A6:A8');
  ws.mergeCells('A9:A11');
  ws.mergeCells('A12:A13');
  put(ws, 15, 1, ['※令和６年度以降は年度目標のみ記載。実績欄の「集計中」は令和６年９月公表予定の数値。']);
  ws.getColumn(3).width = 26;
}

function planFacts(): ExpectedIndicator[] {
  return PLAN_ROWS.map((p) => {
    const direction: Direction = p.note?.includes('低いほど') ? 'down' : 'up';
    const actual = p.pairs[5];
    if (typeof actual !== 'number') return ind(PLAN, p.name, p.unit, p.pairs[4] as number, null, { direction, actualStatus: 'pending' });
    return ind(PLAN, p.name, p.unit, p.pairs[4] as number, actual, { direction });
  });
}

export const ENTERPRISE_WORKBOOKS: Holdout2Workbook[] = [
  {
    name: 'h47-sewer-management-comparison',
    layout:
      '公営企業 経営比較: 目標/実績 for R3–R5 under merged year headings, a 方向 column (↗/↘/高いほど良い/低いほど良い), a peer-average column, full-width and 見込み actuals',
    build: (wb) => buildSewer(wb.addWorksheet(SEWER)),
    expected: { file: 'h47-sewer-management-comparison.xlsx', fiscalYear: 2023, indicators: sewerFacts(), groups: [] },
  },
  {
    name: 'h47-hospital-midterm-plan',
    layout:
      '中期経営計画 進捗: 年度目標/実績 pairs for R3–R7, the year only in the title 「令和５年度 進捗状況」, 基準値 column, a 集計中 actual, direction in 備考',
    build: (wb) => buildPlan(wb.addWorksheet(PLAN)),
    expected: { file: 'h47-hospital-midterm-plan.xlsx', fiscalYear: 2023, indicators: planFacts(), groups: [] },
  },
];
