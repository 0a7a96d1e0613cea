/** Hold-out 140, shapes outside the four families that 自殺対策・精神保健・依存症対策 offices use. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];

/** こころの相談 月別実績 (令和３年度): 相談種別 × 4月…3月, 年度計 and 年間目標, 単位 above the table. */
const monthly: Holdout2Workbook = {
  name: 'h140-kokoro-soudan-monthly',
  layout: 'outside: 令和３年度 こころの相談 月別実績, 相談種別 rows × 4月…3月, 年度計, 年間目標, （単位：件）',
  build(wb) {
    const ws = wb.addWorksheet('月別実績');
    widths(ws, [16, ...MONTHS.map(() => 7), 9, 10, 18]);
    merge(ws, 1, 1, 1, 16, '令和３年度　こころの相談　月別実績');
    put(ws, 2, 16, ['（単位：件）']);
    put(ws, 3, 1, ['相談種別', ...MONTHS, '年度計', '年間目標', '備考']);
    const rows: [string, number[], number, string][] = [
      ['電話相談', [98, 102, 110, 95, 88, 120, 101, 97, 93, 105, 99, 112], 1300, '夜間ダイヤル含む'],
      ['来所相談', [21, 18, 25, 19, 16, 22, 20, 17, 15, 18, 14, 23], 300, ''],
      ['SNS相談', [40, 52, 61, 58, 70, 66, 59, 63, 71, 80, 77, 85], 600, '令和３年４月開設'],
      ['訪問相談', [6, 5, 8, 4, 7, 6, 5, 6, 3, 4, 5, 7], 60, ''],
    ];
    rows.forEach(([name, m, goal, note], i) => put(ws, 4 + i, 1, [name, ...m, m.reduce((a, b) => a + b, 0), goal, note]));
    box(ws, 3, 1, 7, 16);
    put(ws, 9, 1, ['※年間目標は第２次自殺対策計画の活動指標による']);
  },
  expected: {
    file: 'h140-kokoro-soudan-monthly.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind('月別実績', '電話相談', '件', 1300, 1220),
      ind('月別実績', '来所相談', '件', 300, 228),
      ind('月別実績', 'SNS相談', '件', 600, 782),
      ind('月別実績', '訪問相談', '件', 60, 66),
    ],
    groups: [],
  },
};

/** ゲートキーパー養成の推移: years as rows 令和元年度…令和６年度, 目標／実績 pairs for two indicators, 評価対象年度 stated. */
const yearsAsRows: Holdout2Workbook = {
  name: 'h140-gatekeeper-years-rows',
  layout: 'outside: years as rows (令和元年度…令和６年度), 研修開催回数／養成者数 each with 目標・実績, 累計 column, 評価対象年度：令和５年度',
  build(wb) {
    const ws = wb.addWorksheet('養成状況');
    widths(ws, [14, 10, 10, 10, 10, 12, 20]);
    merge(ws, 1, 1, 1, 7, 'ゲートキーパー養成の推移');
    put(ws, 2, 1, ['評価対象年度：令和５年度']);
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, '研修開催回数（回）');
    merge(ws, 3, 4, 3, 6, '養成者数（人）');
    merge(ws, 3, 7, 4, 7, '備考');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '累計']);
    const rows: (string | number)[][] = [
      ['令和元年度', 8, 8, 250, 262, 1262, ''],
      ['令和２年度', 8, 3, 250, 71, 1333, 'コロナ禍により縮小'],
      ['令和３年度', 10, 7, 300, 188, 1521, ''],
      ['令和４年度', 10, 10, 300, 305, 1826, ''],
      ['令和５年度', 10, 9, 300, 236, 2062, 'オンライン研修を含む'],
      ['令和６年度', 12, '', 320, '', '', ''],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    box(ws, 3, 1, 10, 7);
    put(ws, 12, 1, ['※累計は平成26年度からの養成者数']);
  },
  expected: {
    file: 'h140-gatekeeper-years-rows.xlsx',
    fiscalYear: 2023,
    indicators: [ind('養成状況', '研修開催回数', '回', 10, 9), ind('養成状況', '養成者数', '人', 300, 236)],
    groups: [],
  },
};

function chousho(ws: import('exceljs').Worksheet, title: string, rows: [string, string, string, number, number, string][]): void {
  widths(ws, [14, 30, 8, 12, 12, 12]);
  merge(ws, 1, 1, 1, 6, '事務事業評価調書');
  put(ws, 3, 1, ['評価年度', '令和６年度']);
  put(ws, 4, 1, ['事業名', title]);
  put(ws, 5, 1, ['所管課', '障がい福祉課　精神保健係']);
  put(ws, 6, 1, ['根拠法令', '精神保健及び精神障害者福祉に関する法律']);
  box(ws, 3, 1, 6, 2);
  put(ws, 8, 1, ['区分', '指標名', '単位', '目標値', '実績値', '達成率']);
  rows.forEach((r, i) => put(ws, 9 + i, 1, r));
  box(ws, 8, 1, 8 + rows.length, 6);
  put(ws, 12, 1, ['事業の評価', 'B']);
  put(ws, 13, 1, ['今後の方向性', '継続']);
  wrap(ws, 3, 1, 13, 6);
}

/** 事務事業評価調書 (令和６年度), one 事業 per sheet, label-value header, 活動指標／成果指標 rows with a 達成率 text. */
const perSheet: Holdout2Workbook = {
  name: 'h140-seishin-jigyo-chousho',
  layout: 'outside: 事務事業評価調書 one 事業 per sheet (評価年度 令和６年度), 活動指標／成果指標 rows, 達成率 as text, a 事業 grade',
  build(wb) {
    chousho(wb.addWorksheet('精神保健福祉相談事業'), '精神保健福祉相談事業', [
      ['活動指標', '相談会開催回数', '回', 24, 24, '100.0％'],
      ['成果指標', '相談実人数', '人', 180, 151, '83.9％'],
    ]);
    chousho(wb.addWorksheet('ギャンブル等依存症対策'), 'ギャンブル等依存症対策事業', [
      ['活動指標', '普及啓発リーフレット配布部数', '部', 5000, 5300, '106.0％'],
      ['成果指標', '家族教室参加者数', '人', 60, 34, '56.7％'],
    ]);
  },
  expected: {
    file: 'h140-seishin-jigyo-chousho.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('精神保健福祉相談事業', '相談会開催回数', '回', 24, 24),
      ind('精神保健福祉相談事業', '相談実人数', '人', 180, 151),
      ind('ギャンブル等依存症対策', '普及啓発リーフレット配布部数', '部', 5000, 5300),
      ind('ギャンブル等依存症対策', '家族教室参加者数', '人', 60, 34),
    ],
    groups: [],
  },
};

/** 普及啓発 事業量の進捗 (令和４年度): 目標／実績 column pairs per 令和３年度…令和５年度, the 令和５年度 pair still empty. */
const pairs: Holdout2Workbook = {
  name: 'h140-fukyu-keihatsu-pairs',
  layout: 'outside: 目標／実績 pairs side by side per year (R3, R4, R5), 令和４年度 進捗状況, units in a 単位 column, the next year blank',
  build(wb) {
    const ws = wb.addWorksheet('進捗状況');
    widths(ws, [30, 6, 8, 8, 8, 8, 8, 8, 18]);
    merge(ws, 1, 1, 1, 9, '精神保健福祉 普及啓発事業の進捗状況（令和４年度）');
    merge(ws, 3, 1, 4, 1, '事業量');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 3, 4, 'R3');
    merge(ws, 3, 5, 3, 6, 'R4');
    merge(ws, 3, 7, 3, 8, 'R5');
    merge(ws, 3, 9, 4, 9, '備考');
    put(ws, 4, 3, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number)[][] = [
      ['こころの健康講座 開催回数', '回', 6, 4, 6, 6, 6, '', ''],
      ['こころの健康講座 参加者数', '人', 240, 131, 240, 198, 240, '', ''],
      ['精神保健福祉ボランティア登録者数', '人', 50, 38, 50, 29, 50, '', '年度末時点'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    box(ws, 3, 1, 7, 9);
    wrap(ws, 3, 1, 7, 9);
  },
  expected: {
    file: 'h140-fukyu-keihatsu-pairs.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('進捗状況', 'こころの健康講座 開催回数', '回', 6, 6),
      ind('進捗状況', 'こころの健康講座 参加者数', '人', 240, 198),
      ind('進捗状況', '精神保健福祉ボランティア登録者数', '人', 50, 29),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthly, yearsAsRows, perSheet, pairs];
