/** Hold-out 169's traps: what a careless reader of a 公園緑地・街路樹 workbook gets wrong. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

/** 令和６年度 施策評価 with R5実績 before and R7目標／R7実績（見込） after the evaluated year, 区分 累計／単年度, a written A–D with a banded legend. */
const otherYears: Holdout2Workbook = {
  name: 'h169-trap-r6-mikomi-columns',
  layout: 'trap: R5実績, R6目標／R6実績, R7目標／R7実績（見込） all filled; 評価対象年度 令和６年度; 区分 累計／単年度; 方向 ↓; 評価 A–D with 100/80/60 legend',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('施策評価');
    widths(ws, [5, 28, 7, 7, 5, 10, 10, 10, 10, 10, 10, 6]);
    merge(ws, 1, 1, 1, 12, '施策評価表　施策4-3　みどり豊かな都市空間の形成');
    put(ws, 2, 1, ['評価対象年度：令和６年度（令和７年度評価実施）']);
    put(ws, 4, 1, ['No.', '成果指標', '単位', '区分', '方向', '基準値\n（R1）', 'R5実績', 'R6目標', 'R6実績', 'R7目標', 'R7実績\n（見込）', '評価']);
    const rows: (string | number)[][] = [
      [1, '街路樹の植栽本数', '本', '累計', '↑', 7820, 8190, 8600, 8452, 8800, 8800, 'B'],
      [2, '新規開設公園数', 'か所', '単年度', '↑', 2, 4, 3, 2, 3, 3, 'C'],
      [3, '指定管理公園の利用者満足度', '％', '単年度', '↑', 74.0, 78.5, 80.0, 82.4, 82.0, '－', 'A'],
      [4, '公園内の事故件数', '件', '単年度', '↓', 5, 3, 2, 4, 2, 1, 'C'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    wrap(ws, 4, 1, 8, 12);
    box(ws, 4, 1, 8, 12);
    merge(ws, 10, 1, 10, 12, '評価（R6実績の達成率）　A：順調（100％以上）　B：概ね順調（80％以上）　C：やや遅れている（60％以上）　D：遅れている（60％未満）');
    merge(ws, 11, 1, 11, 12, '※R7実績は令和７年９月末時点の見込み');
  },
  expected: {
    file: 'h169-trap-r6-mikomi-columns.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('施策評価', '街路樹の植栽本数', '本', 8600, 8452, { existing: 'B' }),
      ind('施策評価', '新規開設公園数', 'か所', 3, 2, { existing: 'C' }),
      ind('施策評価', '指定管理公園の利用者満足度', '％', 80.0, 82.4, { existing: 'A' }),
      ind('施策評価', '公園内の事故件数', '件', 2, 4, { direction: 'down', existing: 'C' }),
    ],
    groups: [],
  },
};

/** 成果指標 with targets 「増加」 and 「－」, 備考 that look like values (「前年度 198回」「※うち精密診断 45本」), a 集計中. */
const wordTargets: Holdout2Workbook = {
  name: 'h169-trap-zouka-target',
  layout: 'trap: 目標値 「増加」 and 「－」 (no numeric target), 備考 with figures of other years and subsets, 集計中 under ↓',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('成果指標');
    widths(ws, [34, 7, 5, 12, 12, 28]);
    merge(ws, 1, 1, 1, 6, '令和２年度　公園緑地課　成果指標の実績');
    put(ws, 3, 1, ['成果指標', '単位', '方向', '目標値（R2）', '実績値（R2）', '備考']);
    const rows: (string | number)[][] = [
      ['市民花壇の設置箇所数', 'か所', '↑', '増加', 58, 'R1：52か所'],
      ['緑の募金の募金額', '千円', '↑', '－', '3,412', '目標設定なし（参考指標）'],
      ['公園ボランティアの活動回数', '回', '↑', 240, 251, '前年度 198回'],
      ['樹木診断の実施本数', '本', '↑', 500, 380, '※うち精密診断 45本'],
      ['樹木の剪定に関する苦情件数', '件', '↓', 60, '集計中', '例年5月頃確定'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 8, 6);
    box(ws, 3, 1, 8, 6);
  },
  expected: {
    file: 'h169-trap-zouka-target.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind('成果指標', '市民花壇の設置箇所数', 'か所', null, 58),
      ind('成果指標', '緑の募金の募金額', '千円', null, 3412),
      ind('成果指標', '公園ボランティアの活動回数', '回', 240, 251),
      ind('成果指標', '樹木診断の実施本数', '本', 500, 380),
      ind('成果指標', '樹木の剪定に関する苦情件数', '件', 60, null, { direction: 'down', actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

/** 指標の推移 with ％ stored as fractions under a 0.0% format, a 単年度／累計 pair where the target is on the 累計 row, and a 備考 with a figure. */
const fractions: Holdout2Workbook = {
  name: 'h169-trap-percent-ruikei',
  layout:
    'trap: ％ as fractions (0.28 shown 28.0%), 街路樹植栽本数 as 単年度 and 累計 rows with the target on 累計, R2・R3実績 beside R4実績, （参考） figure in 備考',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('推移');
    widths(ws, [30, 8, 6, 12, 10, 10, 10, 28]);
    merge(ws, 1, 1, 1, 8, '緑化推進指標の推移（令和４年度評価）');
    put(ws, 3, 1, ['指標名', '区分', '単位', '目標値（R4）', 'R2実績', 'R3実績', 'R4実績', '備考']);
    put(ws, 4, 1, ['緑化率（市街化区域）', '', '％', 0.28, 0.251, 0.258, 0.265, '']);
    merge(ws, 5, 1, 6, 1, '街路樹植栽本数');
    put(ws, 5, 2, ['単年度', '本', null, 380, 395, 410, '']);
    put(ws, 6, 2, ['累計', '本', 9000, 7915, 8310, 8720, '平成25年度からの累計']);
    put(ws, 7, 1, ['公園施設の長寿命化対策実施率', '', '％', 0.6, 0.31, 0.42, 0.52, '']);
    put(ws, 8, 1, ['都市緑化フェア来場者数', '', '人', 15000, 9800, 12400, 16230, '（参考）R1：21,400人（コロナ前）']);
    for (const r of [4, 7]) for (let c = 4; c <= 7; c++) ws.getCell(r, c).numFmt = '0.0%';
    for (let r = 5; r <= 8; r++) if (r !== 7) for (let c = 4; c <= 7; c++) ws.getCell(r, c).numFmt = '#,##0';
    wrap(ws, 3, 1, 8, 8);
    box(ws, 3, 1, 8, 8);
  },
  expected: {
    file: 'h169-trap-percent-ruikei.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('推移', '緑化率（市街化区域）', '％', 28, 26.5),
      ind('推移', '街路樹植栽本数', '本', 9000, 8720),
      ind('推移', '公園施設の長寿命化対策実施率', '％', 60, 52),
      ind('推移', '都市緑化フェア来場者数', '人', 15000, 16230),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, wordTargets, fractions];
