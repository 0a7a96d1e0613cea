/** Hold-out 167, shapes outside the four families that sports offices use. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

/** Years as rows: 体育施設利用状況の推移, 目標／実績 pairs per facility, 令和６年度 with targets only. */
const yearsAsRows: Holdout2Workbook = {
  name: 'h167-facility-use-years-rows',
  layout: 'years as rows (令和元年度…令和６年度), three measures as 目標／実績 column pairs under merged captions, 評価年度 stated, R6 targets without actuals',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('利用状況');
    widths(ws, [14, 12, 12, 12, 12, 12, 12, 26]);
    merge(ws, 1, 1, 1, 8, '体育施設等利用者数の推移と目標（スポーツ振興課）');
    put(ws, 2, 1, ['評価年度：令和５年度']);
    merge(ws, 2, 1, 2, 3);
    put(ws, 2, 8, ['単位：人']);
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, '市民体育館利用者数');
    merge(ws, 3, 4, 3, 5, '学校体育施設開放利用者数');
    merge(ws, 3, 6, 3, 7, 'スポーツ教室参加者数');
    merge(ws, 3, 8, 4, 8, '備考');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number)[][] = [
      ['令和元年度', 160000, 168442, 95000, 97310, 6000, 6122, ''],
      ['令和２年度', 160000, 88214, 95000, 41207, 6000, 2310, '新型コロナウイルス感染症により休館あり'],
      ['令和３年度', 160000, 121530, 92000, 55848, 5800, 3987, ''],
      ['令和４年度', 162000, 150066, 92000, 64120, 5800, 4650, ''],
      ['令和５年度', 165000, 171230, 92000, 70915, 5800, 5104, '５月より利用制限を全面解除'],
      ['令和６年度', 168000, '', 94000, '', 6000, '', ''],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    for (let r = 5; r <= 10; r++) for (let c = 2; c <= 7; c++) ws.getCell(r, c).numFmt = '#,##0';
    wrap(ws, 3, 1, 10, 8);
    box(ws, 3, 1, 10, 8);
  },
  expected: {
    file: 'h167-facility-use-years-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('利用状況', '市民体育館利用者数', '人', 165000, 171230),
      ind('利用状況', '学校体育施設開放利用者数', '人', 92000, 70915),
      ind('利用状況', 'スポーツ教室参加者数', '人', 5800, 5104),
    ],
    groups: [],
  },
};

function jimuSheet(wb: Workbook, sheet: string, title: string, rows: (string | number)[][]): void {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [12, 30, 8, 11, 11, 11, 11, 11]);
  merge(ws, 1, 1, 1, 8, '事務事業評価シート（令和６年度事業）');
  put(ws, 2, 1, ['事業名', title]);
  merge(ws, 2, 2, 2, 8);
  put(ws, 3, 1, ['担当課', 'スポーツ推進課']);
  merge(ws, 3, 2, 3, 4);
  put(ws, 3, 5, ['評価対象年度', '令和６年度']);
  merge(ws, 3, 6, 3, 8);
  put(ws, 5, 1, ['区分', '指標名', '単位', '令和4年度\n実績', '令和5年度\n実績', '令和6年度\n目標', '令和6年度\n実績', '達成率']);
  rows.forEach((row, i) => put(ws, 6 + i, 1, row));
  for (let r = 6; r < 6 + rows.length; r++) ws.getCell(r, 8).numFmt = '0.0%';
  wrap(ws, 5, 1, 5 + rows.length, 8);
  box(ws, 2, 1, 3, 8);
  box(ws, 5, 1, 5 + rows.length, 8);
  put(ws, 7 + rows.length, 1, ['今後の方向性', '継続']);
}

/** One 事業 per sheet: 事務事業評価シート with 活動指標／成果指標 rows, R4 and R5 実績 beside R6 目標／実績 and a written 達成率. */
const projectPerSheet: Holdout2Workbook = {
  name: 'h167-jimu-jigyo-sheets',
  layout: "one 事務事業評価シート per sheet (two sheets), 活動指標／成果指標 rows, earlier years' 実績 columns, R6 目標／実績 and a 達成率 column as %",
  build(wb: Workbook) {
    jimuSheet(wb, '部活動地域移行', '部活動地域移行推進事業', [
      ['活動指標', '地域クラブ指導者登録数', '人', 22, 35, 60, 48, 0.8],
      ['成果指標', '地域クラブ参加生徒数', '人', 120, 268, 400, 452, 1.13],
    ]);
    jimuSheet(wb, '総合型クラブ支援', '総合型地域スポーツクラブ運営支援事業', [
      ['活動指標', 'クラブ運営支援回数', '回', 18, 22, 24, 24, 1],
      ['成果指標', '総合型クラブ会員数', '人', 1488, 1530, 1800, 1566, 0.87],
    ]);
  },
  expected: {
    file: 'h167-jimu-jigyo-sheets.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('部活動地域移行', '地域クラブ指導者登録数', '人', 60, 48),
      ind('部活動地域移行', '地域クラブ参加生徒数', '人', 400, 452),
      ind('総合型クラブ支援', 'クラブ運営支援回数', '回', 24, 24),
      ind('総合型クラブ支援', '総合型クラブ会員数', '人', 1800, 1566),
    ],
    groups: [],
  },
};

/** 進捗管理表 with its own 100/80/50 scale in letters (Ａ～Ｄ, bands only): the written letter is existing as written. */
const ownScale: Holdout2Workbook = {
  name: 'h167-chiiki-iko-progress',
  layout:
    '部活動地域移行 進捗管理表, 令和５年度 目標／実績, a 達成率 column, 評価 Ａ～Ｄ in full-width letters on a 100/80/50 scale (bands only), 備考 with figures',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('進捗管理表');
    widths(ws, [34, 7, 12, 12, 10, 8, 34]);
    merge(ws, 1, 1, 1, 7, '学校部活動の地域連携・地域移行推進計画　令和５年度進捗管理表');
    put(ws, 2, 1, ['取組指標', '単位', '令和５年度\n目標', '令和５年度\n実績', '達成率', '評価', '備考']);
    wrap(ws, 2, 1, 2, 7);
    const rows: (string | number)[][] = [
      ['地域クラブへ移行した部活動数（累計）', '部', '１８', '１０', '55.6%', 'Ｃ', '令和４年度末 ４部（令和５年度 ６部移行）'],
      ['部活動指導員の配置数', '人', '３０', '２７', '90.0%', 'Ｂ', '退職等により年度途中で３人減'],
      ['地域クラブ指導者研修会の開催回数', '回', '６', '６', '100.0%', 'Ａ', ''],
    ];
    rows.forEach((row, i) => put(ws, 3 + i, 1, row));
    wrap(ws, 3, 1, 5, 7);
    box(ws, 2, 1, 5, 7);
    put(ws, 7, 1, ['評価基準　Ａ：100％以上　Ｂ：80％以上100％未満　Ｃ：50％以上80％未満　Ｄ：50％未満']);
  },
  expected: {
    file: 'h167-chiiki-iko-progress.xlsx',
    fiscalYear: 2023,
    indicators: [
      // The sheet's own legend gives every grade its lower bound (100 / 80 / 50 ％): 55.6 ％ is its C, as sets 87, 110 and 119.
      { ...ind('進捗管理表', '地域クラブへ移行した部活動数（累計）', '部', 18, 10, { existing: 'C' }), grade: 'C' },
      ind('進捗管理表', '部活動指導員の配置数', '人', 30, 27, { existing: 'B' }),
      ind('進捗管理表', '地域クラブ指導者研修会の開催回数', '回', 6, 6, { existing: 'A' }),
    ],
    groups: [],
  },
};

/** 指定管理者モニタリング: 実績 by year R3…R5 and one final 目標値（R7）, a 方向 column with 減少. */
const monitoring: Holdout2Workbook = {
  name: 'h167-shitei-kanri-monitoring',
  layout: '指定管理者 モニタリング評価表: 実績 R3・R4・R5 columns and one 目標値（R7） (final target), 方向 増加／減少, 評価対象 stated above the table',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('モニタリング');
    widths(ws, [30, 7, 8, 10, 10, 10, 12, 26]);
    merge(ws, 1, 1, 1, 8, '○○市総合運動公園　指定管理者モニタリング評価表');
    put(ws, 2, 1, ['評価対象：令和５年度（令和５年４月１日～令和６年３月31日）']);
    merge(ws, 2, 1, 2, 8);
    put(ws, 3, 1, ['指定管理者：一般財団法人○○市スポーツ協会']);
    merge(ws, 3, 1, 3, 8);
    put(ws, 5, 1, ['評価指標', '単位', '方向', 'R3実績', 'R4実績', 'R5実績', '目標値\n（R7）', '備考']);
    wrap(ws, 5, 1, 5, 8);
    const rows: (string | number)[][] = [
      ['利用者満足度（「満足」「やや満足」の割合）', '％', '増加', 81.5, 84.0, 86.4, 90.0, '利用者アンケート（回答 1,204件）'],
      ['主要施設の稼働率', '％', '増加', 58.3, 66.8, 71.2, 75.0, '体育館・武道館・テニスコート'],
      ['利用者からの苦情件数', '件', '減少', 22, 17, 14, 10, ''],
    ];
    rows.forEach((row, i) => put(ws, 6 + i, 1, row));
    wrap(ws, 6, 1, 8, 8);
    box(ws, 5, 1, 8, 8);
  },
  expected: {
    file: 'h167-shitei-kanri-monitoring.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind('モニタリング', '利用者満足度（「満足」「やや満足」の割合）', '％', 90.0, 86.4), targetSource: 'final' },
      { ...ind('モニタリング', '主要施設の稼働率', '％', 75.0, 71.2), targetSource: 'final' },
      { ...ind('モニタリング', '利用者からの苦情件数', '件', 10, 14, { direction: 'down' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [yearsAsRows, projectPerSheet, ownScale, monitoring];
