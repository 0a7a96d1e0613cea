/** Hold-out 172, shapes outside the four families that 地域おこし協力隊・関係人口・二地域居住 offices use. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const O1_SHEET = '受入状況';
const yearsAsRows: Holdout2Workbook = {
  name: 'h172-o-kyoryokutai-ukeire',
  layout: '協力隊の受入・定着状況: years as rows 令和元年度…令和５年度, 着任者数／定住者数 each with 目標／実績 under a merged heading with the unit',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(O1_SHEET);
    widths(ws, [14, 10, 10, 12, 10, 10, 28]);
    merge(ws, 1, 1, 1, 7, '地域おこし協力隊の受入・定着状況（令和６年３月31日現在）');
    merge(ws, 2, 1, 3, 1, '年度');
    merge(ws, 2, 2, 2, 3, '着任者数（人）');
    merge(ws, 2, 4, 3, 4, '退任者数（人）');
    merge(ws, 2, 5, 2, 6, '定住者数（人）');
    merge(ws, 2, 7, 3, 7, '備考');
    put(ws, 3, 2, ['目標', '実績']);
    put(ws, 3, 5, ['目標', '実績']);
    const rows: (string | number | undefined)[][] = [
      ['令和元年度', 4, 4, 2, 1, 1, undefined],
      ['令和２年度', 4, 3, 1, 1, 1, undefined],
      ['令和３年度', 5, 5, 3, 2, 2, '農業分野の隊員２名着任'],
      ['令和４年度', 5, 4, 2, 2, 1, undefined],
      ['令和５年度', 6, 5, 4, 3, 3, '定住者のうち起業２名'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    box(ws, 2, 1, 8, 7);
    put(ws, 10, 1, ['※定住者数は、当該年度に任期を終えた隊員のうち引き続き市内に住所を有する者の数']);
  },
  expected: {
    file: 'h172-o-kyoryokutai-ukeire.xlsx',
    fiscalYear: 2023,
    indicators: [ind(O1_SHEET, '着任者数', '人', 6, 5), ind(O1_SHEET, '定住者数', '人', 3, 3)],
    groups: [],
  },
};

const O2_SHEET = 'ワーケーション';
const quarters: Holdout2Workbook = {
  name: 'h172-o-workation-shihanki',
  layout: '令和３年度 ワーケーション受入実績 by quarter, 年度計 as SUM formulas, 年度目標 and 達成率 as a fraction under a % format',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(O2_SHEET);
    widths(ws, [26, 8, 10, 10, 10, 10, 10, 10, 10]);
    merge(ws, 1, 1, 1, 9, '令和３年度　ワーケーション受入実績（四半期別）');
    put(ws, 2, 1, [
      '項目',
      '単位',
      '第１四半期\n（4～6月）',
      '第２四半期\n（7～9月）',
      '第３四半期\n（10～12月）',
      '第４四半期\n（1～3月）',
      '年度計',
      '年度目標',
      '達成率',
    ]);
    const rows: [string, string, number[], number][] = [
      ['ワーケーション利用者数', '人', [152, 210, 265, 198], 800],
      ['延べ宿泊数', '泊', [410, 520, 630, 480], 2400],
      ['利用企業数', '社', [3, 5, 6, 4], 30],
    ];
    rows.forEach(([name, unit, q, target], i) => {
      const r = 3 + i;
      put(ws, r, 1, [name, unit, ...q]);
      const sum = q.reduce((a, b) => a + b, 0);
      ws.getCell(r, 7).value = { formula: `SUM(C${r}:F${r})`, result: sum };
      ws.getCell(r, 8).value = target;
      ws.getCell(r, 9).value = { formula: `G${r}/H${r}`, result: sum / target };
      ws.getCell(r, 9).numFmt = '0.0%';
    });
    box(ws, 2, 1, 5, 9);
    wrap(ws, 2, 1, 2, 9);
    put(ws, 7, 1, ['※利用企業数は市内コワーキングスペースの法人契約数']);
  },
  expected: {
    file: 'h172-o-workation-shihanki.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(O2_SHEET, 'ワーケーション利用者数', '人', 800, 825),
      ind(O2_SHEET, '延べ宿泊数', '泊', 2400, 2040),
      ind(O2_SHEET, '利用企業数', '社', 30, 18),
    ],
    groups: [],
  },
};

function projectSheet(wb: Workbook, sheet: string, project: string, rows: [string, string, string, number, number, number | string][]): void {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [12, 30, 8, 12, 12, 12, 10]);
  merge(ws, 1, 1, 1, 7, '事務事業評価シート（令和４年度）');
  put(ws, 2, 1, ['事業名']);
  merge(ws, 2, 2, 2, 7, project);
  put(ws, 3, 1, ['担当課', '地域振興課　移住定住係']);
  put(ws, 4, 1, ['評価年度', '令和４年度']);
  put(ws, 6, 1, ['区分', '指標名', '単位', 'R3実績', 'R4目標', 'R4実績', '達成率']);
  rows.forEach((row, i) => {
    put(ws, 7 + i, 1, row);
    const t = row[4];
    const a = typeof row[5] === 'number' ? row[5] : Number(String(row[5]).normalize('NFKC'));
    ws.getCell(7 + i, 7).value = `${Math.round((1000 * a) / t) / 10}％`;
  });
  box(ws, 6, 1, 6 + rows.length, 7);
  put(ws, 10, 1, ['今後の方向性', '継続']);
}

const O3_A = '二地域居住推進';
const O3_B = '移住支援金';
const perSheet: Holdout2Workbook = {
  name: 'h172-o-jimujigyo-hyoka',
  layout:
    '事務事業評価シート one 事業 per sheet (令和４年度), 活動指標／成果指標 rows with R3実績, R4目標, R4実績 and a 達成率 written as text, a full-width 「６」',
  build(wb: Workbook) {
    projectSheet(wb, O3_A, '二地域居住推進事業', [
      ['活動指標', '首都圏でのPRイベント開催回数', '回', 3, 4, 4],
      ['成果指標', '二地域居住実践者数', '人', 9, 15, 12],
    ]);
    projectSheet(wb, O3_B, '移住支援金交付事業', [
      ['活動指標', '移住相談会への出展回数', '回', 5, 6, '６'],
      ['成果指標', '移住支援金交付件数', '件', 8, 12, 7],
    ]);
  },
  expected: {
    file: 'h172-o-jimujigyo-hyoka.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(O3_A, '首都圏でのPRイベント開催回数', '回', 4, 4),
      ind(O3_A, '二地域居住実践者数', '人', 15, 12),
      ind(O3_B, '移住相談会への出展回数', '回', 6, 6),
      ind(O3_B, '移住支援金交付件数', '件', 12, 7),
    ],
    groups: [],
  },
};

const O4_SHEET = '交流事業';
const sideBySide: Holdout2Workbook = {
  name: 'h172-o-koryu-zennendo-hikaku',
  layout: '令和２年度 関係人口・交流事業の成果: 令和元年度 and 令和２年度 side by side, each 目標／実績／達成率, a コロナ note in 備考',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(O4_SHEET);
    widths(ws, [28, 8, 9, 9, 9, 9, 9, 9, 30]);
    merge(ws, 1, 1, 1, 9, '令和２年度　関係人口創出・都市交流事業の成果（前年度比較）');
    merge(ws, 2, 1, 3, 1, '指標');
    merge(ws, 2, 2, 3, 2, '単位');
    merge(ws, 2, 3, 2, 5, '令和元年度');
    merge(ws, 2, 6, 2, 8, '令和２年度');
    merge(ws, 2, 9, 3, 9, '備考');
    put(ws, 3, 3, ['目標', '実績', '達成率', '目標', '実績', '達成率']);
    const rows: [string, string, number, number, number, number, string | undefined][] = [
      ['関係人口創出イベント参加者数', '人', 300, 280, 350, 126, '新型コロナウイルス感染症の影響により３回中止'],
      ['オンライン移住相談件数', '件', 20, 15, 40, 58, '令和２年６月からオンライン相談を常設'],
      ['都市部との交流事業数', '事業', 8, 8, 10, 9, undefined],
    ];
    rows.forEach(([name, unit, t1, a1, t2, a2, note], i) => {
      const r = 4 + i;
      put(ws, r, 1, [name, unit, t1, a1, a1 / t1, t2, a2, a2 / t2, note]);
      ws.getCell(r, 5).numFmt = '0%';
      ws.getCell(r, 8).numFmt = '0%';
    });
    box(ws, 2, 1, 6, 9);
    wrap(ws, 4, 9, 6, 9);
  },
  expected: {
    file: 'h172-o-koryu-zennendo-hikaku.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(O4_SHEET, '関係人口創出イベント参加者数', '人', 350, 126),
      ind(O4_SHEET, 'オンライン移住相談件数', '件', 40, 58),
      ind(O4_SHEET, '都市部との交流事業数', '事業', 10, 9),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [yearsAsRows, quarters, perSheet, sideBySide];
