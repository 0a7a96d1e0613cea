/** Hold-out 36: family A (施策評価シート) as yet other offices lay them out: grids of blocks, a 前年度 copy, a summary sheet. */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

type Cell = string | number | undefined;

/** A block of the 2×2 grid: name, unit, direction word, baseline, actuals R1…R5, 期待値 R1…R5, final target. */
interface GridBlock {
  name: string;
  unit: string;
  down?: boolean;
  baseline: number;
  actuals: Cell[];
  expect: Cell[];
  final: number;
  note: string;
}

function gridBlock(ws: Worksheet, r: number, c: number, i: number, b: GridBlock): void {
  put(ws, r, c, [`成果指標${'１２３４'[i]}`, b.name, undefined, undefined, undefined, undefined, undefined, `単位：${b.unit}`]);
  ws.mergeCells(r, c + 1, r, c + 6);
  put(ws, r + 1, c, ['説明', b.note, undefined, undefined, undefined, undefined, '方向', b.down ? '↓減少' : '↑増加']);
  ws.mergeCells(r + 1, c + 1, r + 1, c + 5);
  put(ws, r + 2, c, ['区分', '基準値\n（H30）', 'R1', 'R2', 'R3', 'R4', 'R5', '最終目標\n（R7）']);
  put(ws, r + 3, c, ['実績値', b.baseline, ...b.actuals]);
  put(ws, r + 4, c, ['期待値', undefined, ...b.expect, b.final]);
  put(ws, r + 5, c, ['備考', '']);
}

const G = '施策2-3';
const gridBlocks: GridBlock[] = [
  {
    name: '創業支援件数',
    unit: '件',
    baseline: 18,
    actuals: [21, 19, 24, 27],
    expect: [20, 22, 26, 30, 32],
    final: 35,
    note: '創業支援事業計画に基づく支援を受けて創業した件数',
  },
  {
    name: '市内事業所の従業者数',
    unit: '人',
    baseline: 10796,
    actuals: [10650, 10588, 10470, 10412],
    expect: [10700, 10550, 10400, 10300, 10200],
    final: 10100,
    note: '経済センサス等による市内民営事業所の従業者数（人口減少を見込んだ目標）',
  },
  {
    name: '中心市街地の空き店舗数',
    unit: '店舗',
    down: true,
    baseline: 31,
    actuals: [29, 27, 25, 22],
    expect: [28, 25, 22, 18, 16],
    final: 12,
    note: '中心商店街の空き店舗の数（各年度3月末）',
  },
  {
    name: '観光入込客数',
    unit: '万人',
    baseline: 142.3,
    actuals: [128.4, 61.2, 70.8, 84.5],
    expect: [145, 100, 110, 120, 130],
    final: 150,
    note: '岩手県観光統計による年間の入込客数',
  },
];
const g = [
  ind(G, '創業支援件数', '件', 30, 27),
  ind(G, '市内事業所の従業者数', '人', 10300, 10412),
  ind(G, '中心市街地の空き店舗数', '店舗', 18, 22, { direction: 'down' }),
  ind(G, '観光入込客数', '万人', 120, 84.5),
];

/** A: one 施策 sheet made in R5 about R4, four blocks in a 2×2 grid with 基準値 and 最終目標 beside the years, 達成度 far right. */
const grid2x2: Holdout2Workbook = {
  name: 'h36-01-policy-grid-2x2-baseline-final',
  layout:
    'A: 施策 sheet titled 令和5年度評価（令和4年度実績）, 4 blocks in a 2x2 grid (基準値 H30 left of R1…R5, 最終目標 R7 right), R5 期待値 filled, a ↓減少 block, 施策の達成度 cell far right',
  build(wb) {
    const ws = wb.addWorksheet(G);
    put(ws, 1, 1, ['花巻市まちづくり総合計画　令和５年度　施策評価シート（令和４年度実績）']);
    ws.mergeCells(1, 1, 1, 17);
    put(ws, 3, 1, ['政策', '2 活力ある産業のまち']);
    put(ws, 4, 1, ['施策', '2-3 商工業の振興と雇用の確保']);
    put(ws, 5, 1, ['主管課', '商工労政課']);
    put(ws, 3, 22, ['施策の達成度', undefined]);
    put(ws, 4, 22, ['（A～D）']);
    ws.mergeCells(3, 23, 4, 23);
    put(ws, 5, 22, ['前年度評価', '（B）']);
    gridBlocks.forEach((b, i) => gridBlock(ws, 8 + Math.floor(i / 2) * 8, 1 + (i % 2) * 9, i, b));
    put(ws, 25, 1, ['※期待値は各年度の目標とする値。最終目標は令和７年度の値。']);
  },
  expected: {
    file: 'h36-01-policy-grid-2x2-baseline-final.xlsx',
    fiscalYear: 2022,
    indicators: g,
    groups: [{ sheet: G, cell: 'W3', grade: rollUp(g.map((x) => x.grade)) }],
  },
};

const T = '基本施策3-2';
const t: ExpectedIndicator[] = [
  ind(T, '移住相談件数', '件', 400, 438),
  ind(T, '移住者数', '人', 120, 103),
  ind(T, '空き家バンク成約件数', '件', 25, null, { actualStatus: 'pending' }),
  ind(T, '地域おこし協力隊員の定住率', '％', 70, 62.5, { actualStatus: 'provisional' }),
  ind(T, '転出超過数', '人', 300, 412, { direction: 'down' }),
];

/** One block three across: the unit in the heading, 目標値 above 実績値, years as 2021年度… */
function acrossBlock(ws: Worksheet, r: number, c: number, no: string, head: string, targets: Cell[], actuals: Cell[], note = ''): void {
  put(ws, r, c, [no, head]);
  ws.mergeCells(r, c + 1, r, c + 5);
  put(ws, r + 1, c, ['', '2021年度', '2022年度', '2023年度', '2024年度', '2025年度\n（目標年度）']);
  put(ws, r + 2, c, ['目標値', ...targets]);
  put(ws, r + 3, c, ['実績値', ...actuals]);
  put(ws, r + 4, c, ['備考', note]);
  ws.mergeCells(r + 4, c + 1, r + 4, c + 5);
}

/** A: blocks three across (3 + 2), unit in each heading, 評価年度 cell, a pending, a 見込み, a 2024 actual, 達成度 at the bottom. */
const threeAcross: Holdout2Workbook = {
  name: 'h36-02-policy-three-across-bottom-grade',
  layout:
    'A: 基本施策 sheet, 5 blocks three across then two, 目標値 row above 実績値, 2021年度… columns, unit in the heading, 集計中 / （見込み） / full-width actuals, a 2024年度 actual already in, 評価年度 cell, 施策の達成度 at the bottom',
  build(wb) {
    const ws = wb.addWorksheet(T);
    put(ws, 1, 1, ['奥州市総合計画　基本施策評価表']);
    put(ws, 2, 1, ['評価年度', '2023年度', undefined, undefined, '担当部', '協働まちづくり部']);
    put(ws, 3, 1, ['基本施策', '3-2 移住・定住の促進']);
    acrossBlock(ws, 5, 1, '指標1', '移住相談件数（単位：件）', [350, 380, 400, 420, 450], [362, 371, 438, 121], '2024年度は4～6月の件数');
    acrossBlock(ws, 5, 8, '指標2', '移住者数（単位：人）', [100, 110, 120, 130, 140], [96, 118, '１０３']);
    acrossBlock(ws, 5, 15, '指標3', '空き家バンク成約件数（単位：件）', [20, 22, 25, 28, 30], [19, 24, '集計中']);
    acrossBlock(ws, 12, 1, '指標4', '地域おこし協力隊員の定住率（単位：％）', [70, 70, 70, 70, 70], [66.7, 75, '62.5（見込み）']);
    acrossBlock(ws, 12, 8, '指標5', '転出超過数（単位：人）', [340, 320, 300, 280, 250], [388, 365, 412], '少ないほど良い指標（減少を目指す）');
    put(ws, 19, 1, ['施策の達成度', undefined, undefined, '評価の基準：A 順調　B 概ね順調　C やや遅れている　D 遅れている']);
    put(ws, 20, 1, ['総合所見', '移住相談は増加したが、転出超過が拡大した。']);
  },
  expected: {
    file: 'h36-02-policy-three-across-bottom-grade.xlsx',
    fiscalYear: 2023,
    indicators: t,
    groups: [{ sheet: T, cell: 'B19', grade: rollUp(t.map((x) => x.grade)) }],
  },
};

export const POLICY_GRID_WORKBOOKS: Holdout2Workbook[] = [grid2x2, threeAcross];
