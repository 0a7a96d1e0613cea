/**
 * Hold-out 136, shapes outside the four families that offices of 水産業・漁港・内水面漁業 use: a 水揚実績の推移 with fiscal
 * years as rows and 目標／実績 column pairs per measure, a 事務事業評価シート one 事業 per sheet with a 達成率 column, a 種苗放流
 * 計画・実績 table with one column per 魚種 and 計画／実績／達成率 rows (a 集計中), and split sheets (指標一覧 with the 目標値 and
 * 方向, 実績報告 with the 実績値 and 備考) joined by No., with a 「－」.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

/** Years as rows: 水揚量 and 水揚金額, each with 目標 and 実績 columns; the evaluation year is 令和３年度. */
const Y_SHEET = '水揚実績';
const yearsAsRows: Holdout2Workbook = {
  name: 'h136-n-mizuage-suii',
  layout: '水揚実績の推移: fiscal years 平成29年度…令和3年度 as rows, 水揚量（t） and 水揚金額（百万円） each split 目標／実績 over two header rows',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [14, 12, 12, 12, 12, 30]);
    merge(ws, 1, 1, 1, 6, '〇〇漁港　水揚実績の推移（令和３年度事業評価資料）');
    put(ws, 2, 1, ['評価対象年度：令和３年度']);
    merge(ws, 4, 1, 5, 1, '年度');
    merge(ws, 4, 2, 4, 3, '水揚量（t）');
    merge(ws, 4, 4, 4, 5, '水揚金額（百万円）');
    merge(ws, 4, 6, 5, 6, '備考');
    put(ws, 5, 2, ['目標', '実績', '目標', '実績']);
    const rows: (string | number)[][] = [
      ['平成29年度', 5000, 5126, 2200, 2318, ''],
      ['平成30年度', 5050, 4988, 2250, 2204, ''],
      ['令和元年度', 5100, 4612, 2300, 2097, 'サンマ不漁'],
      ['令和2年度', 5150, 4433, 2350, 1986, '新型コロナによる単価下落'],
      ['令和3年度', 5200, 4870, 2400, 2515, 'ブリ類の水揚増'],
    ];
    rows.forEach((row, i) =>
      put(
        ws,
        6 + i,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      ),
    );
    box(ws, 4, 1, 10, 6);
  },
  expected: {
    file: 'h136-n-mizuage-suii.xlsx',
    fiscalYear: 2021,
    indicators: [ind(Y_SHEET, '水揚量', 't', 5200, 4870), ind(Y_SHEET, '水揚金額', '百万円', 2400, 2515)],
    groups: [],
  },
};

/** One 事業 per sheet: a 事務事業評価シート (令和６年度) with 成果指標 rows and a 達成率 column. */
const S1 = '漁港維持管理';
const S2 = '漁業担い手育成';
function jigyoSheet(wb: Workbook, sheet: string, title: string, purpose: string, rows: (string | number | undefined)[][]) {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [16, 30, 8, 12, 12, 12]);
  merge(ws, 1, 1, 1, 6, '令和６年度　事務事業評価シート');
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 6, title);
  put(ws, 4, 1, ['担当課']);
  merge(ws, 4, 2, 4, 6, '産業振興部　水産課');
  put(ws, 5, 1, ['事業の目的']);
  merge(ws, 5, 2, 5, 6, purpose);
  put(ws, 6, 1, ['評価年度']);
  merge(ws, 6, 2, 6, 6, '令和６年度（令和6年4月～令和7年3月）');
  box(ws, 3, 1, 6, 6);
  put(ws, 8, 1, ['区分', '指標名', '単位', '目標値', '実績値', '達成率']);
  rows.forEach((row, i) => put(ws, 9 + i, 1, row));
  merge(ws, 9, 1, 8 + rows.length, 1, '成果指標');
  box(ws, 8, 1, 8 + rows.length, 6);
  put(ws, 10 + rows.length, 1, ['事業費']);
  merge(ws, 10 + rows.length, 2, 10 + rows.length, 6, '12,480千円（うち県補助 4,000千円）');
  put(ws, 11 + rows.length, 1, ['今後の方向性', '継続']);
  box(ws, 10 + rows.length, 1, 11 + rows.length, 6);
  wrap(ws, 5, 2, 5, 6);
}
const perSheet: Holdout2Workbook = {
  name: 'h136-n-jimujigyo-sheets',
  layout: '事務事業評価シート one 事業 per sheet (令和６年度): 事業名, 担当課, 成果指標 rows 指標名／単位／目標値／実績値／達成率, 事業費 in 千円 below',
  build(wb: Workbook) {
    jigyoSheet(wb, S1, '漁港施設維持管理事業', '市管理漁港（５港）の施設を適切に維持管理し、安全な漁業活動を確保する。', [
      [undefined, '漁港施設の定期点検実施箇所数', '箇所', 14, 14, '100.0%'],
      [undefined, '係留施設の利用隻数', '隻', 180, 171, '95.0%'],
    ]);
    jigyoSheet(wb, S2, '漁業担い手育成支援事業', '新規就業者の確保と若手漁業者の技術向上を支援する。', [
      [undefined, '新規漁業就業者数', '人', 5, 2, '40.0%'],
      [undefined, '漁業技術研修会開催回数', '回', 6, 6, '100.0%'],
    ]);
  },
  expected: {
    file: 'h136-n-jimujigyo-sheets.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(S1, '漁港施設の定期点検実施箇所数', '箇所', 14, 14),
      ind(S1, '係留施設の利用隻数', '隻', 180, 171),
      ind(S2, '新規漁業就業者数', '人', 5, 2),
      ind(S2, '漁業技術研修会開催回数', '回', 6, 6),
    ],
    groups: [],
  },
};

/** Period over measures: one column per 魚種, rows 単位／計画／実績／達成率; 令和２年度; ナマコ 集計中. */
const H_SHEET = '種苗放流実績';
const speciesColumns: Holdout2Workbook = {
  name: 'h136-n-shubyo-horyu',
  layout: '種苗放流 計画・実績 (令和２年度): one column per 魚種 (ヒラメ放流尾数…), rows 単位／計画／実績／達成率, units 千尾／千個, ナマコ 集計中',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(H_SHEET);
    widths(ws, [12, 16, 16, 16, 16]);
    merge(ws, 1, 1, 1, 5, '令和２年度　栽培漁業　種苗放流計画・実績（〇〇地区栽培漁業推進協議会）');
    put(ws, 3, 1, ['区分', 'ヒラメ放流尾数', 'マダイ放流尾数', 'アワビ放流個数', 'ナマコ放流個数']);
    put(ws, 4, 1, ['単位', '千尾', '千尾', '千個', '千個']);
    put(ws, 5, 1, ['計画', 100, 50, 40, 20]);
    put(ws, 6, 1, ['実績', 96, 50, 31, '集計中']);
    put(ws, 7, 1, ['達成率', '96%', '100%', '78%', '－']);
    put(ws, 8, 1, ['備考', undefined, undefined, '餌料不足で生残率低下', '県栽培漁業センター確認中']);
    wrap(ws, 3, 1, 8, 5);
    box(ws, 3, 1, 8, 5);
  },
  expected: {
    file: 'h136-n-shubyo-horyu.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(H_SHEET, 'ヒラメ放流尾数', '千尾', 100, 96),
      ind(H_SHEET, 'マダイ放流尾数', '千尾', 50, 50),
      ind(H_SHEET, 'アワビ放流個数', '千個', 40, 31),
      ind(H_SHEET, 'ナマコ放流個数', '千個', 20, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

/** Split sheets: 指標一覧 (No., 指標名, 単位, 方向, 目標値) and 実績報告 (No., 指標名, 実績値, 備考), joined by No.; 令和７年度. */
const T1 = '指標一覧';
const T2 = '実績報告';
const splitSheets: Holdout2Workbook = {
  name: 'h136-n-umigyo-split',
  layout: '海業推進プラン: 指標一覧 with 方向 ↑／↓ and 目標値（R7）, 実績報告 with 実績値（R7） and 備考, joined by No.; one 「－」 (施設休館)',
  build(wb: Workbook) {
    const a = wb.addWorksheet(T1);
    widths(a, [6, 36, 10, 8, 14]);
    merge(a, 1, 1, 1, 5, '〇〇市海業推進プラン　成果指標一覧（令和７年度）');
    put(a, 3, 1, ['No.', '指標名', '単位', '方向', '目標値（R7）']);
    put(a, 4, 1, [1, '漁業所得向上計画策定経営体数', '経営体', '↑', 25]);
    put(a, 5, 1, [2, 'ブランド水産物認証品目数', '品目', '↑', 10]);
    put(a, 6, 1, [3, '漁港内の放置艇数', '隻', '↓', 10]);
    put(a, 7, 1, [4, '海業関連施設来訪者数', '千人', '↑', 85]);
    box(a, 3, 1, 7, 5);
    put(a, 9, 1, ['※方向　↑：増加を目指す　↓：減少を目指す']);
    const b = wb.addWorksheet(T2);
    widths(b, [6, 36, 14, 36]);
    merge(b, 1, 1, 1, 4, '令和７年度　成果指標実績報告');
    put(b, 3, 1, ['No.', '指標名', '実績値（R7）', '備考']);
    put(b, 4, 1, [1, '漁業所得向上計画策定経営体数', 21, '']);
    put(b, 5, 1, [2, 'ブランド水産物認証品目数', 12, '新規認証：〇〇ガキ、〇〇サバ']);
    put(b, 6, 1, [3, '漁港内の放置艇数', 14, '所有者不明艇の撤去手続中']);
    put(b, 7, 1, [4, '海業関連施設来訪者数', '－', '改修工事のため通年休館']);
    wrap(b, 3, 1, 7, 4);
    box(b, 3, 1, 7, 4);
  },
  expected: {
    file: 'h136-n-umigyo-split.xlsx',
    fiscalYear: 2025,
    indicators: [
      ind(T1, '漁業所得向上計画策定経営体数', '経営体', 25, 21),
      ind(T1, 'ブランド水産物認証品目数', '品目', 10, 12),
      ind(T1, '漁港内の放置艇数', '隻', 10, 14, { direction: 'down' }),
      ind(T1, '海業関連施設来訪者数', '千人', 85, null, { actualStatus: 'not-applicable' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [yearsAsRows, perSheet, speciesColumns, splitSheets];
