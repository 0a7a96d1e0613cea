/** Hold-out 187, workbooks that invite a silent wrong reading of 食品ロス削減 / フードバンク figures. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

/* ---------- 累計 and 単年度 rows of the same measure, later years already filled ---------- */

const K_SHEET = '進捗管理表';

const K_ROWS: [string, string, string, (number | null)[], (number | null)[], string?][] = [
  // name, unit, way, targets R3..R7, actuals R3..R7
  ['食べきり協力店登録数（累計）', '店', '増加', [80, 100, 120, 140, 160], [79, 101, 126, 139, null]],
  ['食べきり協力店新規登録数（単年度）', '店', '増加', [20, 20, 20, 20, 20], [21, 22, 14, 13, null]],
  ['フードドライブ回収量（累計）', 'kg', '増加', [5000, 11000, 18000, 26000, 35000], [3420, 8030, 16950, 23900, null], 'R3からの累計'],
  ['フードドライブ回収量（単年度）', 'kg', '増加', [4000, 5000, 6000, 7000, 8000], [3420, 4610, 5130, 6950, null]],
  ['生ごみ中の手つかず食品の割合', '%', '減少', [10.0, 9.0, 8.0, 7.0, 6.0], [10.8, 10.1, 9.6, 8.9, null], '家庭ごみ組成調査'],
];

const cumulative: Holdout2Workbook = {
  name: 'h187-kyoryokuten-ruikei',
  layout: 'a 進捗管理表 with the same measures as 累計 and 単年度 rows, R6 actuals already filled though R5 is evaluated, a 目指す方向 column with one 減少',
  build(wb) {
    const ws = wb.addWorksheet(K_SHEET);
    widths(ws, [36, 6, 8, 7, 9, 9, 9, 9, 9, 20]);
    merge(ws, 1, 1, 1, 10, '食品ロス削減推進計画 指標進捗管理表');
    put(ws, 2, 1, ['評価対象年度：令和５年度（令和６年度実績は速報として参考記載）']);
    merge(ws, 4, 1, 5, 1, '指標名');
    merge(ws, 4, 2, 5, 2, '単位');
    merge(ws, 4, 3, 5, 3, '目指す\n方向');
    merge(ws, 4, 4, 5, 4, '区分');
    merge(ws, 4, 5, 4, 9, '年度');
    put(ws, 5, 5, ['R3', 'R4', 'R5', 'R6', 'R7']);
    merge(ws, 4, 10, 5, 10, '備考');
    K_ROWS.forEach((k, i) => {
      const r = 6 + 2 * i;
      merge(ws, r, 1, r + 1, 1, k[0]);
      merge(ws, r, 2, r + 1, 2, k[1]);
      merge(ws, r, 3, r + 1, 3, k[2]);
      put(ws, r, 4, ['目標', ...k[3]]);
      put(ws, r + 1, 4, ['実績', ...k[4]]);
      if (k[5]) merge(ws, r, 10, r + 1, 10, k[5]);
      const fmt = k[1] === '%' ? '0.0' : '#,##0';
      for (let c = 5; c <= 9; c++) {
        ws.getCell(r, c).numFmt = fmt;
        ws.getCell(r + 1, c).numFmt = fmt;
      }
    });
    wrap(ws, 4, 1, 5 + 2 * K_ROWS.length, 3);
    box(ws, 4, 1, 5 + 2 * K_ROWS.length, 10);
  },
  expected: {
    file: 'h187-kyoryokuten-ruikei.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K_SHEET, '食べきり協力店登録数（累計）', '店', 120, 126),
      ind(K_SHEET, '食べきり協力店新規登録数（単年度）', '店', 20, 14),
      ind(K_SHEET, 'フードドライブ回収量（累計）', 'kg', 18000, 16950),
      ind(K_SHEET, 'フードドライブ回収量（単年度）', 'kg', 6000, 5130),
      ind(K_SHEET, '生ごみ中の手つかず食品の割合', '%', 8, 9.6, { direction: 'down' }),
    ],
    groups: [],
  },
};

/* ---------- survey results: ％ stored as fractions, a target in words, 以下 targets, a 前回調査 column ---------- */

const S_SHEET = '意識調査結果';

const S_ROWS: [string, number | string, number, number, string?][] = [
  ['食品ロス問題を知っている市民の割合', 0.9, 0.842, 0.874],
  ['「てまえどり」を実践している市民の割合', 0.6, 0.388, 0.452],
  ['家庭で食べ残しを「よくする」と回答した市民の割合', '10％以下', 0.131, 0.118, '低いほど良い'],
  ['賞味期限と消費期限の違いを理解している市民の割合', '増加', 0.742, 0.781, '数値目標なし'],
  ['食品ロス削減のために何らかの行動をしている市民の割合', 0.85, 0.803, 0.862],
];

const survey: Holdout2Workbook = {
  name: 'h187-ishiki-chosa',
  layout:
    'survey results with ％ stored as fractions under a % format, a 前回調査（R4） column beside 今回調査（R6）, a target "10％以下", a target in words (増加)',
  build(wb) {
    const ws = wb.addWorksheet(S_SHEET);
    widths(ws, [48, 12, 14, 14, 16]);
    merge(ws, 1, 1, 1, 5, '令和６年度 市民意識調査（食品ロス）結果と目標値の比較');
    put(ws, 2, 1, ['調査期間：令和６年７月１日～７月31日　回答数：1,184人（回収率39.5％）']);
    put(ws, 4, 1, ['設問項目', '目標値\n（R6）', '前回調査\n（R4）', '今回調査\n（R6）', '備考']);
    S_ROWS.forEach((s, i) => {
      const r = 5 + i;
      put(ws, r, 1, [s[0], s[1], s[2], s[3], s[4]]);
      for (let c = 2; c <= 4; c++) if (typeof ws.getCell(r, c).value === 'number') ws.getCell(r, c).numFmt = '0.0%';
    });
    wrap(ws, 4, 1, 4 + S_ROWS.length, 5);
    box(ws, 4, 1, 4 + S_ROWS.length, 5);
    put(ws, 11, 1, ['※調査は隔年実施。目標値は第２次食品ロス削減推進計画の中間目標。']);
  },
  expected: {
    file: 'h187-ishiki-chosa.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(S_SHEET, '食品ロス問題を知っている市民の割合', '%', 90, 87.4),
      ind(S_SHEET, '「てまえどり」を実践している市民の割合', '%', 60, 45.2),
      ind(S_SHEET, '家庭で食べ残しを「よくする」と回答した市民の割合', '%', 10, 11.8, { direction: 'down' }),
      ind(S_SHEET, '賞味期限と消費期限の違いを理解している市民の割合', '%', null, 78.1),
      ind(S_SHEET, '食品ロス削減のために何らかの行動をしている市民の割合', '%', 85, 86.2),
    ],
    groups: [],
  },
};

/* ---------- a 見込 column beside the 確定 actual, a revised target, one 確定 still 集計中 ---------- */

const P_SHEET = 'R5進捗';

const P_ROWS: [string, string, string, number | string, number | string, number, number | string, string?][] = [
  // name, unit, way, base (R元), R5 target, R5 見込 (11月時点), R5 実績 (確定), note
  ['事業系食品ロス量', 't', '↓', 3400, 2800, 2650, 2930],
  ['家庭系食品ロス量', 't', '↓', 4600, 3900, 3950, 3880],
  ['フードバンクへの食品寄贈量', 't', '↑', 12, 30, 28, '集計中', '確定値は７月公表'],
  ['食品ロス削減協力事業者数', '社', '↑', 18, 60, 55, 47],
  ['未利用食品の受付件数', '件', '↑', 150, '400\n（当初500）', 380, 372, 'R5目標は中間見直しで変更'],
];

const mikomi: Holdout2Workbook = {
  name: 'h187-shokuhin-loss-mikomi',
  layout:
    'a 実績見込（11月時点） column beside the 確定 actual, a target cell revised in words ("400（当初500）"), a 集計中 actual with a 見込 beside it, ↓ marks',
  build(wb) {
    const ws = wb.addWorksheet(P_SHEET);
    widths(ws, [30, 6, 8, 12, 12, 14, 12, 24]);
    merge(ws, 1, 1, 1, 8, '食品ロス削減推進計画　令和５年度 進捗状況');
    put(ws, 2, 8, ['令和６年６月 更新']);
    put(ws, 4, 1, ['指標名', '単位', '方向', '基準値\n（R元）', 'R5目標', 'R5実績見込\n（11月時点）', 'R5実績\n（確定）', '備考']);
    P_ROWS.forEach((p, i) => {
      const r = 5 + i;
      put(ws, r, 1, [p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]]);
      for (let c = 4; c <= 7; c++) if (typeof ws.getCell(r, c).value === 'number') ws.getCell(r, c).numFmt = '#,##0';
    });
    wrap(ws, 4, 1, 4 + P_ROWS.length, 8);
    box(ws, 4, 1, 4 + P_ROWS.length, 8);
    put(ws, 10, 1, ['※方向　↑：増加を目指す　↓：減少を目指す']);
    put(ws, 11, 1, ['※実績見込は予算要求時（11月）の見込値。評価は確定値による。']);
  },
  expected: {
    file: 'h187-shokuhin-loss-mikomi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(P_SHEET, '事業系食品ロス量', 't', 2800, 2930, { direction: 'down' }),
      ind(P_SHEET, '家庭系食品ロス量', 't', 3900, 3880, { direction: 'down' }),
      ind(P_SHEET, 'フードバンクへの食品寄贈量', 't', 30, null, { actualStatus: 'pending' }),
      ind(P_SHEET, '食品ロス削減協力事業者数', '社', 60, 47),
      ind(P_SHEET, '未利用食品の受付件数', '件', 400, 372),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [cumulative, survey, mikomi];
