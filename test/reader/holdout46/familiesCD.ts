/**
 * Hold-out 46: families C (KPI × period columns) and D (plan indicators) with traps: a 類似団体平均 row under
 * 実績値, a hidden sheet with last year's copy of the table, a direction given only by targets below the
 * baseline, one merged actual the sheet states is shared by two indicators, an actual of an earlier year.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { commaFormat, merge } from './kit46';

const C1 = 'KPI進捗';
const c1 = [
  ind(C1, '移住相談件数', '件', 300, 342),
  ind(C1, '移住者数', '人', 120, 97),
  ind(C1, '空き家数', '戸', 1150, 1180, { direction: 'down' }),
  ind(C1, '市民1人当たり図書貸出冊数', '冊', 5.0, 4.6),
  ind(C1, 'ふるさと納税寄附件数', '件', 25000, 31204),
];

type Kpi = [goal: string, name: string, unit: string, base: number, targets: number[], actuals: number[], avg?: (number | string)[]];

/** The KPI table (目標値 / 実績値 rows per KPI, an optional 類似団体平均 row) from row 4 down. */
function kpiTable(ws: Worksheet, years: string[], kpis: Kpi[]): void {
  put(ws, 4, 1, ['基本目標', 'KPI', '単位', '区分', `基準値（2020年度）`, ...years, '備考']);
  let r = 5;
  for (const [goal, name, unit, base, targets, actuals, avg] of kpis) {
    const rows = avg ? 3 : 2;
    put(ws, r, 1, [goal, name, unit, '目標値', undefined, ...targets]);
    put(ws, r + 1, 4, ['実績値', base, ...actuals]);
    if (avg) put(ws, r + 2, 4, ['類似団体平均', undefined, ...avg]);
    for (const col of ['A', 'B', 'C']) merge(ws, `${col}${r}:${col}${r + rows - 1}`);
    r += rows;
  }
  commaFormat(ws, 5, 5, r, 5 + years.length);
}

/** C: a KPI table with a 類似団体平均 row, a down KPI told only by its falling targets, and a hidden copy of last year's sheet. */
const kpiHiddenCopy: Holdout2Workbook = {
  name: 'h46-c-kpi-hidden-last-year',
  layout:
    'C: 総合戦略 KPI 進捗管理表, 目標値/実績値 rows × 2021年度…2024年度, a 類似団体平均 row, 空き家数 with targets below the baseline, a hidden sheet with the 2022 copy',
  build(wb) {
    const ws = wb.addWorksheet(C1);
    put(ws, 1, 1, ['第2期まち・ひと・しごと創生総合戦略　KPI進捗管理表']);
    put(ws, 2, 1, ['評価対象年度：2023年度（令和5年度）']);
    kpiTable(
      ws,
      ['2021年度', '2022年度', '2023年度', '2024年度'],
      [
        ['1 移住・定住の促進', '移住相談件数', '件', 210, [240, 270, 300, 330], [236, 288, 342]],
        ['1 移住・定住の促進', '移住者数', '人', 85, [95, 105, 120, 130], [88, 101, 97]],
        ['1 移住・定住の促進', '空き家数', '戸', 1240, [1220, 1190, 1150, 1100], [1236, 1201, 1180]],
        ['2 暮らしの魅力向上', '市民1人当たり図書貸出冊数', '冊', 4.5, [4.7, 4.8, 5.0, 5.2], [4.1, 4.4, 4.6], [5.1, 5.2, 5.3, '－']],
        ['3 稼ぐ力の強化', 'ふるさと納税寄附件数', '件', 12400, [15000, 20000, 25000, 30000], [17850, 24116, 31204]],
      ],
    );
    put(ws, 19, 1, ['※空き家数は市の空き家実態調査による推計値。類似団体平均は総務省「類似団体別市町村財政指数表」の区分による参考値。']);
    const old = wb.addWorksheet('KPI進捗（R4評価時）');
    old.state = 'hidden';
    put(old, 1, 1, ['第2期まち・ひと・しごと創生総合戦略　KPI進捗管理表']);
    put(old, 2, 1, ['評価対象年度：2022年度（令和4年度）']);
    kpiTable(
      old,
      ['2021年度', '2022年度', '2023年度', '2024年度'],
      [
        ['1 移住・定住の促進', '移住相談件数', '件', 210, [240, 270, 300, 330], [236, 281]],
        ['1 移住・定住の促進', '移住者数', '人', 85, [95, 105, 120, 130], [88, 99]],
        ['1 移住・定住の促進', '空き家数', '戸', 1240, [1220, 1190, 1150, 1100], [1236, 1210]],
        ['2 暮らしの魅力向上', '市民1人当たり図書貸出冊数', '冊', 4.5, [4.7, 4.8, 5.0, 5.2], [4.1, 4.3], [5.1, 5.2, '－', '－']],
        ['3 稼ぐ力の強化', 'ふるさと納税寄附件数', '件', 12400, [15000, 20000, 25000, 30000], [17850, 23980]],
      ],
    );
  },
  expected: { file: 'h46-c-kpi-hidden-last-year.xlsx', fiscalYear: 2023, indicators: c1, groups: [] },
};

const D1 = '成果指標の状況';
const final = { targetSource: 'final' };
const d1 = [
  { ...ind(D1, '認定農業者数', '人', 430, 401), ...final },
  { ...ind(D1, '6次産業化の取組件数', '件', 25, 27), ...final },
  { ...ind(D1, '農商工連携による新商品開発件数', '件', 30, 27), ...final },
  { ...ind(D1, '製造品出荷額等', '億円', 1940, 1885), ...final },
  { ...ind(D1, '企業誘致件数（累計）', '社', 39, 31), ...final },
  { ...ind(D1, '新規就農者数（累計）', '人', 40, null, { actualStatus: 'pending' }), ...final },
];

/** D: plan indicators with the year in the cell, one merged 実績 the 備考 says is shared by two indicators, one 実績 of 令和4年. */
const planSharedActual: Holdout2Workbook = {
  name: 'h46-d-plan-shared-actual',
  layout:
    'D: 後期基本計画 成果指標の状況, 現況/目標（R8）/実績 with years in the cells, a 実績 merged over two indicators with a 備考 saying it is common to both, one 実績 of 令和4年, 調査中',
  build(wb) {
    const ws = wb.addWorksheet(D1);
    put(ws, 1, 1, ['第２次総合計画（後期基本計画）　成果指標の状況　令和５年度実績']);
    put(ws, 2, 1, ['分野：農林業・商工業']);
    put(ws, 4, 1, ['No.', '指標', '指標の説明', '現況（計画策定時）', '目標（R8）', '実績', '現状把握の方法', '備考']);
    const rows: (string | number | undefined)[][] = [
      [1, '認定農業者数', '農業経営改善計画の認定を受けた農業者の数', '412人\n（令和2年度）', '430人', '401人\n（令和5年度）', '農政課調べ'],
      [2, '6次産業化の取組件数', '農業者等による加工・販売の取組件数', '18件\n（令和2年度）', '25件', '27件\n（令和5年度）', '農政課調べ'],
      [3, '農商工連携による新商品開発件数', '農業者と商工業者の連携による新商品の開発件数', '21件\n（令和2年度）', '30件', undefined, '商工課調べ'],
      [
        4,
        '製造品出荷額等',
        '市内製造業事業所の製造品出荷額等',
        '1,742億円\n（令和元年）',
        '1,940億円',
        '1,885億円\n（令和4年）',
        '経済構造実態調査',
        '令和5年の数値は令和7年公表',
      ],
      [5, '企業誘致件数（累計）', '平成18年度以降の誘致企業数', '24社\n（令和2年度）', '39社', '31社\n（令和5年度）', '企業立地課調べ'],
      [6, '新規就農者数（累計）', '令和3年度以降に新たに就農した人数', '32人\n（H28～R2累計）', '40人', '調査中', '農業委員会調べ'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    merge(ws, 'F6:F7');
    put(ws, 6, 8, ['※No.2とNo.3は一体の事業で実施しているため、実績は両指標に共通の値（27件）']);
    merge(ws, 'H6:H7');
  },
  expected: { file: 'h46-d-plan-shared-actual.xlsx', fiscalYear: 2023, indicators: d1, groups: [], guesses: ['other-year'] },
};

export const FAMILY_WORKBOOKS_CD: Holdout2Workbook[] = [kpiHiddenCopy, planSharedActual];
