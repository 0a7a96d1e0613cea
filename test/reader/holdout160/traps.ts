/**
 * Hold-out 160, traps: a 令和６年度 行政評価シート of 令和５年度 with 令和４年度実績 and 令和６年度目標 columns beside, a target
 * 「前年度実績以上」 and ％ stored as fractions; a 動物園リニューアル計画 進捗管理表 with 単年度／累計 indicators, later years'
 * targets and a 「R3～R4累計」 column; a 美術館 運営状況 of 令和６年度 in a 令和７年度 協議会資料 with 備考 figures
 * (「前年度 58,102人」「参考：令和5年度実績 2,874人」) beside a 集計中, ％ as fractions and as text.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

// ---------------------------------------------------------------- other years' columns, a target in words (令和５年度)

const T_SHEET = '評価シート';

function buildOtherYears(wb: Workbook): void {
  const ws = wb.addWorksheet(T_SHEET);
  widths(ws, [30, 6, 14, 16, 14, 10, 16, 30]);
  merge(ws, 1, 1, 1, 8, '令和６年度　行政評価シート（令和５年度実施事業）');
  merge(ws, 2, 1, 2, 8, '施策：博物館・科学館の活用促進　　所管：教育委員会 生涯学習課');
  put(ws, 4, 1, ['成果指標', '単位', '令和４年度実績', '令和５年度目標', '令和５年度実績', '達成率', '令和６年度目標', '備考']);
  put(ws, 5, 1, ['科学館プラネタリウム観覧者数', '人', 28400, 30000, 31215, undefined, 32000, '新番組の投影開始']);
  put(ws, 6, 1, ['文化財公開施設の来場者数', '人', 9870, '前年度実績以上', 10342, '－', '前年度実績以上', '旧家住宅・民俗資料館の合計']);
  put(ws, 7, 1, ['博物館講座の受講者満足度', '％', 0.861, 0.9, 0.874, undefined, 0.9, '受講者アンケート']);
  put(ws, 8, 1, ['美術館収蔵品の貸出件数', '件', 11, 12, 14, undefined, 12, '他館の企画展への貸出']);
  for (const r of [5, 7, 8]) {
    ws.getCell(r, 6).value = { formula: `E${r}/D${r}`, result: (ws.getCell(r, 5).value as number) / (ws.getCell(r, 4).value as number) };
    ws.getCell(r, 6).numFmt = '0.0%';
  }
  for (const c of [3, 4, 5, 7]) {
    ws.getCell(7, c).numFmt = '0.0%';
    for (const r of [5, 6, 8]) ws.getCell(r, c).numFmt = '#,##0';
  }
  wrap(ws, 4, 1, 8, 8);
  box(ws, 4, 1, 8, 8);
}

const OTHER_YEARS: Holdout2Workbook = {
  name: 'h160-t-science-museum-years',
  layout: 'trap: 令和４年度実績 and 令和６年度目標 columns beside 令和５年度, a target 「前年度実績以上」 (no number), ％ stored as fractions',
  build: buildOtherYears,
  expected: {
    file: 'h160-t-science-museum-years.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T_SHEET, '科学館プラネタリウム観覧者数', '人', 30000, 31215),
      ind(T_SHEET, '文化財公開施設の来場者数', '人', null, 10342),
      ind(T_SHEET, '博物館講座の受講者満足度', '％', 90, 87.4),
      ind(T_SHEET, '美術館収蔵品の貸出件数', '件', 12, 14),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- 単年度 vs 累計 (令和４年度)

const C_SHEET = '進捗管理';

const C_ROWS: { name: string; unit: string; how: string; targets: number[]; actuals: number[]; sum: [number | string, number | string]; note: string }[] = [
  { name: '動物ふれあい教室参加者数', unit: '人', how: '単年度', targets: [1400, 1500, 1600, 1700], actuals: [1288, 1362], sum: [2900, 2650], note: '' },
  {
    name: '飼育員による出前講座開催回数',
    unit: '回',
    how: '単年度',
    targets: [20, 24, 24, 24],
    actuals: [21, 13],
    sum: [44, 34],
    note: '鳥インフルエンザ対応で秋以降中止',
  },
  {
    name: 'デジタルアーカイブ公開点数',
    unit: '点',
    how: '累計',
    targets: [3000, 6000, 9000, 12000],
    actuals: [3240, 5520],
    sum: ['－', '－'],
    note: '年度末時点の累計',
  },
  { name: '新展示施設の整備進捗率', unit: '％', how: '累計', targets: [20, 45, 80, 100], actuals: [20, 40], sum: ['－', '－'], note: '事業費ベース' },
];

function buildCumulative(wb: Workbook): void {
  const ws = wb.addWorksheet(C_SHEET);
  widths(ws, [30, 6, 10, 6, 11, 11, 11, 11, 14, 28]);
  merge(ws, 1, 1, 1, 10, '○○市動物公園リニューアル基本計画（令和3年度～令和6年度）進捗管理表');
  put(ws, 2, 1, ['評価対象年度：令和４年度']);
  put(ws, 4, 1, ['指標', '単位', '集計方法', '区分', '令和3年度', '令和4年度', '令和5年度', '令和6年度', 'R3～R4累計', '備考']);
  C_ROWS.forEach((x, i) => {
    const r = 5 + i * 2;
    merge(ws, r, 1, r + 1, 1, x.name);
    merge(ws, r, 2, r + 1, 2, x.unit);
    merge(ws, r, 3, r + 1, 3, x.how);
    put(ws, r, 4, ['目標', ...x.targets, x.sum[0]]);
    put(ws, r + 1, 4, ['実績', ...x.actuals, undefined, undefined, x.sum[1]]);
    merge(ws, r, 10, r + 1, 10, x.note || undefined);
    for (let c = 5; c <= 9; c++) for (const rr of [r, r + 1]) ws.getCell(rr, c).numFmt = '#,##0';
  });
  box(ws, 4, 1, 4 + C_ROWS.length * 2, 10);
}

const CUMULATIVE: Holdout2Workbook = {
  name: 'h160-t-zoo-renewal-cumulative',
  layout: 'trap: 単年度／累計 indicators, later years’ targets already written, a 「R3～R4累計」 column beside the year columns',
  build: buildCumulative,
  expected: {
    file: 'h160-t-zoo-renewal-cumulative.xlsx',
    fiscalYear: 2022,
    indicators: C_ROWS.map((x) => ind(C_SHEET, x.name, x.unit, x.targets[1], x.actuals[1])),
    groups: [],
  },
};

// ---------------------------------------------------------------- notes that look like values, ％ as fractions and text (令和６年度)

const N_SHEET = '運営状況';

function buildNotes(wb: Workbook): void {
  const ws = wb.addWorksheet(N_SHEET);
  widths(ws, [26, 6, 12, 12, 10, 40]);
  merge(ws, 1, 1, 1, 6, '令和７年度 第１回○○市立美術館協議会　資料３');
  merge(ws, 2, 1, 2, 6, '美術館運営状況の評価');
  put(ws, 3, 1, ['評価対象年度：令和６年度']);
  put(ws, 5, 1, ['評価指標', '単位', '目標値', '実績値', '達成率', '備考']);
  put(ws, 6, 1, ['観覧者数', '人', 70000, 64388, undefined, '前年度 58,102人（改修に伴う2か月休館を含む）']);
  put(ws, 7, 1, ['有料観覧者の割合', '％', 0.55, 0.612, undefined, '観覧料収入 41,260千円']);
  put(ws, 8, 1, ['教育普及事業参加者数', '人', 3000, '集計中', '－', '参考：令和5年度実績 2,874人']);
  put(ws, 9, 1, ['作品貸出件数', '件', 20, 23, undefined, 'うち海外 2件']);
  put(ws, 10, 1, ['来館者満足度', '％', '85.0%', '88.0%', undefined, '来館者アンケート（n=1,312）']);
  for (const r of [6, 7, 9]) {
    const t = ws.getCell(r, 3).value as number;
    const a = ws.getCell(r, 4).value as number;
    ws.getCell(r, 5).value = { formula: `D${r}/C${r}`, result: a / t };
    ws.getCell(r, 5).numFmt = '0.0%';
  }
  ws.getCell(10, 5).value = { formula: 'D10/C10', result: 88 / 85 };
  ws.getCell(10, 5).numFmt = '0.0%';
  ws.getCell(7, 3).numFmt = '0%';
  ws.getCell(7, 4).numFmt = '0.0%';
  for (const r of [6, 8, 9]) for (const c of [3, 4]) ws.getCell(r, c).numFmt = '#,##0';
  wrap(ws, 5, 6, 10, 6);
  box(ws, 5, 1, 10, 6);
  put(ws, 12, 1, ['※教育普及事業参加者数は、連携事業分の報告を待って確定する（令和７年７月頃）']);
}

const NOTES: Holdout2Workbook = {
  name: 'h160-t-art-museum-notes',
  layout: 'trap: 令和７年度 協議会資料 of 令和６年度, 備考 figures beside the values and a 集計中, ％ as fractions under 0% and as text 「88.0%」',
  build: buildNotes,
  expected: {
    file: 'h160-t-art-museum-notes.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(N_SHEET, '観覧者数', '人', 70000, 64388),
      ind(N_SHEET, '有料観覧者の割合', '％', 55, 61.2),
      ind(N_SHEET, '教育普及事業参加者数', '人', 3000, null, { actualStatus: 'pending' }),
      ind(N_SHEET, '作品貸出件数', '件', 20, 23),
      ind(N_SHEET, '来館者満足度', '％', 85, 88),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [OTHER_YEARS, CUMULATIVE, NOTES];
