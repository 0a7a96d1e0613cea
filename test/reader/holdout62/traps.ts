/**
 * Hold-out 62, traps a careless reader reads wrong with confidence: 県平均 / 類似団体平均 columns left of the city's own
 * 目標値 / 実績値, a 第１期戦略 (前期計画) target and actual left of this plan's, indicators as columns with the 単位 row
 * above the figures and a 目指す方向 row, and the committee's grade (二次評価) left of the department's (一次評価).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const widths = (ws: Worksheet, w: number[]) => w.forEach((x, i) => (ws.getColumn(i + 1).width = x));

const P = '施策4-2';
const peers: Holdout2Workbook = {
  name: 'h62-trap-peer-columns',
  layout: '施策評価シート: 他団体との比較（県平均, 類似団体平均, 令和４年度）merged over two columns left of 本市の目標値/実績値',
  build(wb) {
    const ws = wb.addWorksheet(P);
    widths(ws, [3, 32, 7, 11, 12, 11, 11, 7, 30]);
    put(ws, 2, 2, ['令和５年度　施策評価シート']);
    ws.mergeCells('B2:I2');
    put(ws, 3, 2, ['施策名', '4-2 健康寿命の延伸']);
    put(ws, 4, 2, ['担当課', '健康づくり課']);
    ws.mergeCells('C3:F3');
    ws.mergeCells('C4:F4');
    put(ws, 6, 2, ['成果指標', '単位', '他団体との比較（令和４年度）', undefined, '本市（令和５年度）', undefined, '評価', '備考']);
    put(ws, 7, 4, ['県平均', '類似団体平均', '目標値', '実績値']);
    for (const c of ['B6:B7', 'C6:C7', 'D6:E6', 'F6:G6', 'H6:H7', 'I6:I7']) ws.mergeCells(c);
    const rows: [string, string, number | string, number | string, number, number, string, string?][] = [
      ['特定健康診査受診率', '％', 41.3, 39.8, 45.0, 42.1, 'B', '法定報告値'],
      ['がん検診（胃がん）受診率', '％', 8.9, 7.6, 12.0, 9.4, 'C'],
      ['健康ポイント事業参加者数', '人', '—', '—', 2500, 2718, 'A'],
      ['ゲートキーパー養成講座受講者数', '人', '—', '—', 300, 246, 'B'],
    ];
    rows.forEach((row, i) => put(ws, 8 + i, 2, row));
    put(ws, 13, 2, ['※評価　A：目標達成　B：達成率80％以上　C：達成率60％以上　D：達成率60％未満']);
    ws.mergeCells('B13:I13');
  },
  expected: {
    file: 'h62-trap-peer-columns.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(P, '特定健康診査受診率', '％', 45.0, 42.1, { existing: 'B' }),
      ind(P, 'がん検診（胃がん）受診率', '％', 12.0, 9.4, { existing: 'C' }),
      ind(P, '健康ポイント事業参加者数', '人', 2500, 2718, { existing: 'A' }),
      ind(P, 'ゲートキーパー養成講座受講者数', '人', 300, 246, { existing: 'B' }),
    ],
    groups: [],
  },
};

const K = 'KPI進捗';
const previousPlan: Holdout2Workbook = {
  name: 'h62-trap-previous-plan',
  layout: '第２期創生総合戦略 KPI: 第１期戦略（H27〜R1）の目標値/実績値 left of 令和５年度 目標値/実績値, 達成率 and 最終目標値（R6）right',
  build(wb) {
    const ws = wb.addWorksheet(K);
    widths(ws, [5, 30, 7, 12, 12, 12, 12, 10, 12]);
    put(ws, 1, 1, ['第２期○○市まち・ひと・しごと創生総合戦略　KPI進捗状況（令和５年度実績）']);
    ws.mergeCells('A1:I1');
    put(ws, 3, 1, ['No.', 'KPI', '単位', '第１期戦略（平成27年度～令和元年度）', undefined, '第２期戦略（令和２年度～令和６年度）']);
    put(ws, 4, 4, ['目標値\n（令和元年度）', '実績値\n（令和元年度）', '令和５年度\n目標値', '令和５年度\n実績値', '達成率', '最終目標値\n（令和６年度）']);
    for (const c of ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:I3']) ws.mergeCells(c);
    const rows: [number, string, string, number, number, number, number, number][] = [
      [1, '観光入込客数', '万人', 180, 171.3, 150, 162.4, 160],
      [2, '新規就農者数', '人', 10, 12, 8, 6, 8],
      [3, '転入者数', '人', 2800, 2614, 2700, 2655, 2750],
      [4, '企業誘致件数（累計）', '件', 10, 11, 15, 13, 18],
      [5, 'ふるさと納税寄附件数', '件', 8000, 12460, 20000, 24871, 22000],
    ];
    rows.forEach(([no, n, u, t1, a1, t, a, fin], i) => {
      put(ws, 5 + i, 1, [no, n, u, t1, a1, t, a, a / t, fin]);
      ws.getCell(5 + i, 8).numFmt = '0.0%';
    });
    put(ws, 11, 2, ['※第１期戦略の値は参考として掲載。企業誘致件数は第２期戦略期間（令和２年度以降）の累計。']);
    ws.mergeCells('B11:I11');
  },
  expected: {
    file: 'h62-trap-previous-plan.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K, '観光入込客数', '万人', 150, 162.4),
      ind(K, '新規就農者数', '人', 8, 6),
      ind(K, '転入者数', '人', 2700, 2655),
      ind(K, '企業誘致件数（累計）', '件', 15, 13),
      ind(K, 'ふるさと納税寄附件数', '件', 20000, 24871),
    ],
    groups: [],
  },
};

const U = '成果指標';
const unitRow: Holdout2Workbook = {
  name: 'h62-trap-unit-row',
  layout:
    '環境基本計画 年次報告: indicators as columns, a 単位 row above the figures, rows 基準値/目標値（R5）/実績値（R5）/目標値（R12）, a 目指す方向 row (↓ 削減)',
  build(wb) {
    const ws = wb.addWorksheet(U);
    widths(ws, [3, 16, 18, 14, 18, 16, 18]);
    put(ws, 2, 2, ['令和５年度　○○市環境基本計画　年次報告書　～成果指標の状況～']);
    ws.mergeCells('B2:G2');
    put(ws, 4, 2, [
      '区分',
      '市民１人１日当たりごみ排出量',
      'リサイクル率',
      '住宅用太陽光発電設備設置補助件数',
      '環境学習講座参加者数',
      '市有施設の温室効果ガス排出量',
    ]);
    put(ws, 5, 2, ['単位', 'g', '％', '件', '人', 't-CO2']);
    put(ws, 6, 2, ['基準値（令和２年度）', 912, 18.4, 64, 1020, 12480]);
    put(ws, 7, 2, ['目標値（令和５年度）', 880, 22.0, 90, 1500, 11200]);
    put(ws, 8, 2, ['実績値（令和５年度）', 871, 19.6, 104, 1284, 11630]);
    put(ws, 9, 2, ['目標値（令和12年度）', 820, 27.0, 120, 2000, 9500]);
    put(ws, 10, 2, ['目指す方向', '↓（削減）', '↑', '↑', '↑', '↓（削減）']);
    for (let c = 3; c <= 7; c++) ws.getCell(4, c).alignment = { wrapText: true, vertical: 'middle' };
    put(ws, 12, 2, ['※ごみ排出量は家庭系及び事業系の合計を人口及び年間日数で除したもの。温室効果ガス排出量は電気及び燃料の使用量から算定。']);
    ws.mergeCells('B12:G12');
  },
  expected: {
    file: 'h62-trap-unit-row.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(U, '市民１人１日当たりごみ排出量', 'g', 880, 871, { direction: 'down' }),
      ind(U, 'リサイクル率', '％', 22.0, 19.6),
      ind(U, '住宅用太陽光発電設備設置補助件数', '件', 90, 104),
      ind(U, '環境学習講座参加者数', '人', 1500, 1284),
      ind(U, '市有施設の温室効果ガス排出量', 't-CO2', 11200, 11630, { direction: 'down' }),
    ],
    groups: [],
  },
};

const C = '二次評価結果';
const committeeFirst: Holdout2Workbook = {
  name: 'h62-trap-committee-first',
  layout: '事務事業 二次評価結果一覧: 評価 merged over 二次評価（委員会）then 一次評価（担当課）, the committee column first; table at C4',
  build(wb) {
    const ws = wb.addWorksheet(C);
    widths(ws, [3, 3, 5, 24, 28, 6, 12, 12, 11, 11, 12]);
    put(ws, 2, 3, ['令和６年度　事務事業評価結果（令和５年度実施事業）　二次評価結果一覧']);
    ws.mergeCells('C2:K2');
    put(ws, 4, 3, ['No.', '事務事業名', '成果指標', '単位', '令和５年度\n目標値', '令和５年度\n実績値', '評価', undefined, '今後の方向性']);
    put(ws, 5, 9, ['二次評価\n（委員会）', '一次評価\n（担当課）']);
    for (const c of ['C4:C5', 'D4:D5', 'E4:E5', 'F4:F5', 'G4:G5', 'H4:H5', 'I4:J4', 'K4:K5']) ws.mergeCells(c);
    const rows: [number, string, string, string, number, number, string, string, string][] = [
      [1, '放課後児童クラブ運営事業', '放課後児童クラブ登録児童数', '人', 850, 872, 'A', 'A', '継続'],
      [2, '地域公共交通確保事業', 'デマンド交通利用者数', '人', 24000, 17950, 'C', 'B', '見直し'],
      [3, '空き家バンク事業', '空き家バンク成約件数', '件', 25, 19, 'C', 'B', '継続'],
      [4, '図書館管理運営事業', '図書館貸出冊数', '冊', 420000, 398214, 'B', 'A', '継続'],
      [5, '消防団員確保事業', '消防団員充足率', '％', 95.0, 88.6, 'B', 'B', '拡充'],
    ];
    rows.forEach((row, i) => put(ws, 6 + i, 3, row));
    put(ws, 12, 3, ['※一次評価は担当課による自己評価、二次評価は行政評価委員会による評価（A：目標達成　B：80％以上　C：60％以上　D：60％未満）。']);
    ws.mergeCells('C12:K12');
  },
  expected: {
    file: 'h62-trap-committee-first.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C, '放課後児童クラブ登録児童数', '人', 850, 872, { existing: 'A' }),
      ind(C, 'デマンド交通利用者数', '人', 24000, 17950, { existing: 'B' }),
      ind(C, '空き家バンク成約件数', '件', 25, 19, { existing: 'B' }),
      ind(C, '図書館貸出冊数', '冊', 420000, 398214, { existing: 'A' }),
      ind(C, '消防団員充足率', '％', 95.0, 88.6, { existing: 'B' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [peers, previousPlan, unitRow, committeeFirst];
