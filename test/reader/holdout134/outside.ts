/** Hold-out 134: shapes outside the four families that 統計調査・情報政策・行政DX offices use. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const M_SHEET = '月別利用状況';
const M_ROWS: [string, number[], number][] = [
  ['証明書オンライン請求件数', [180, 205, 221, 198, 240, 236, 262, 251, 230, 288, 301, 352], 3000],
  ['公共施設予約件数', [1520, 1688, 1702, 1850, 1433, 1601, 1799, 1655, 1390, 1288, 1402, 1611], 20000],
  ['子育て関連電子申請件数', [88, 95, 102, 91, 77, 85, 110, 98, 79, 94, 101, 140], 1500],
];
const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);

const monthly: Holdout2Workbook = {
  name: 'h134-denshi-shinsei-getsubetsu',
  layout: 'outside: 電子申請 月別利用件数 4月…3月 with 年度計, 年度目標 and 達成率 columns after it, 令和５年度',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [28, 6, ...MONTHS.map(() => 7), 10, 10, 9]);
    merge(ws, 1, 1, 1, 17, '令和５年度 電子申請サービス 月別利用状況');
    put(ws, 2, 15, ['（単位：件）']);
    put(ws, 3, 1, ['区分', '単位', ...MONTHS, '年度計', '年度目標', '達成率']);
    M_ROWS.forEach(([name, m, t], i) => {
      put(ws, 4 + i, 1, [name, '件', ...m, sum(m), t, `${((100 * sum(m)) / t).toFixed(1)}%`]);
    });
    box(ws, 3, 1, 6, 17);
    put(ws, 8, 1, ['※公共施設予約は10月のシステム更新に伴い一部窓口受付分を含む']);
  },
  expected: {
    file: 'h134-denshi-shinsei-getsubetsu.xlsx',
    fiscalYear: 2023,
    indicators: M_ROWS.map(([name, m, t]) => ind(M_SHEET, name, '件', t, sum(m))),
    groups: [],
  },
};

const J1 = '統計調査事務';
const J2 = '統計書刊行事業';
const jimuSheet = (wb: Workbook, sheet: string, head: [string, string][], rows: (string | number)[][], comment: string) => {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [14, 30, 8, 14, 14, 14]);
  merge(ws, 1, 1, 1, 6, '事務事業評価シート（令和６年度実施事業）');
  head.forEach(([k, v], i) => {
    put(ws, 3 + i, 1, [k]);
    merge(ws, 3 + i, 2, 3 + i, 6, v);
  });
  const r0 = 4 + head.length;
  put(ws, r0, 1, ['区分', '指標名', '単位', '令和５年度実績', '令和６年度目標', '令和６年度実績']);
  rows.forEach((row, i) => put(ws, r0 + 1 + i, 1, row));
  box(ws, 3, 1, r0 + rows.length, 6);
  put(ws, r0 + rows.length + 2, 1, ['担当課の所見']);
  merge(ws, r0 + rows.length + 2, 2, r0 + rows.length + 3, 6, comment);
  wrap(ws, r0, 1, r0, 6);
};
const perProject: Holdout2Workbook = {
  name: 'h134-jimujigyo-toukei',
  layout: 'outside: 事務事業評価シート one 事業 per sheet, label-value header, 活動指標／成果指標 rows with 令和５年度実績, 令和６年度目標, 令和６年度実績',
  build(wb: Workbook) {
    jimuSheet(
      wb,
      J1,
      [
        ['事業名', '統計調査事務'],
        ['担当課', '企画課 統計担当'],
        ['事業概要', '国の基幹統計調査の実施（調査員の任命・説明会・審査）'],
      ],
      [
        ['活動指標', '調査員説明会開催回数', '回', 10, 12, 12],
        ['成果指標', '調査票オンライン回答率', '％', 31.5, 40.0, 35.2],
      ],
      'オンライン回答の周知を強化した。',
    );
    jimuSheet(
      wb,
      J2,
      [
        ['事業名', '統計書刊行事業'],
        ['担当課', '企画課 統計担当'],
        ['事業概要', '統計書の刊行、統計講座の開催'],
      ],
      [
        ['活動指標', '統計講座受講者数', '人', 41, 60, 34],
        ['成果指標', '統計書ダウンロード件数', '件', 4620, 5000, 6130],
      ],
      '講座は平日開催で参加が伸び悩んだ。',
    );
  },
  expected: {
    file: 'h134-jimujigyo-toukei.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(J1, '調査員説明会開催回数', '回', 12, 12),
      ind(J1, '調査票オンライン回答率', '％', 40, 35.2),
      ind(J2, '統計講座受講者数', '人', 60, 34),
      ind(J2, '統計書ダウンロード件数', '件', 5000, 6130),
    ],
    groups: [],
  },
};

const Y_SHEET = '進捗管理表';
const Y_YEARS = ['令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度'];
const yearsAsRows: Holdout2Workbook = {
  name: 'h134-dx-suishin-shintyoku',
  layout:
    'outside: DX推進計画 進捗管理表, years as rows 令和3年度…令和7年度, each indicator a merged heading over 目標／実績 columns, unit in the heading, 令和５年度末時点',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [14, 10, 10, 10, 10, 10, 10]);
    merge(ws, 1, 1, 1, 7, '自治体ＤＸ推進計画 進捗管理表（令和５年度末時点）');
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, '行政手続オンライン化数（手続）');
    merge(ws, 3, 4, 3, 5, 'ペーパーレス会議実施率（％）');
    merge(ws, 3, 6, 3, 7, '職員ＩＣＴ研修受講者数（人）');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const data: (number | string)[][] = [
      [120, 118, 40, 38, 200, 210],
      [160, 171, 55, 52, 250, 262],
      [200, 214, 70, 55, 300, 245],
      [240, '', 80, '', 350, ''],
      [280, '', 90, '', 400, ''],
    ];
    Y_YEARS.forEach((y, i) => put(ws, 5 + i, 1, [y, ...data[i]]));
    wrap(ws, 3, 1, 4, 7);
    box(ws, 3, 1, 9, 7);
    put(ws, 11, 1, ['※ペーパーレス会議実施率は庁議・部長会議等の対象会議に占める割合']);
  },
  expected: {
    file: 'h134-dx-suishin-shintyoku.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(Y_SHEET, '行政手続オンライン化数', '手続', 200, 214),
      ind(Y_SHEET, 'ペーパーレス会議実施率', '％', 70, 55),
      ind(Y_SHEET, '職員ＩＣＴ研修受講者数', '人', 300, 245),
    ],
    groups: [],
  },
};

const P_SHEET = '達成状況';
const pairs: Holdout2Workbook = {
  name: 'h134-joho-pairs-r2',
  layout: 'outside: 令和２年度 情報化施策 達成状況, 平成30年度／令和元年度／令和２年度 each a 目標・実績 pair, ○× 達成状況 column with its legend',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(P_SHEET);
    widths(ws, [30, 8, 9, 9, 9, 9, 9, 9, 10, 24]);
    merge(ws, 1, 1, 1, 10, '令和２年度 情報化施策の達成状況');
    merge(ws, 3, 1, 4, 1, '指標名');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 3, 4, '平成30年度');
    merge(ws, 3, 5, 3, 6, '令和元年度');
    merge(ws, 3, 7, 3, 8, '令和２年度');
    merge(ws, 3, 9, 4, 9, '達成状況');
    merge(ws, 3, 10, 4, 10, '備考');
    put(ws, 4, 3, ['目標', '実績', '目標', '実績', '目標', '実績']);
    put(ws, 5, 1, ['公共施設Ｗｉ－Ｆｉ設置箇所数', '箇所', 20, 22, 30, 31, 40, 43, '○', '']);
    put(ws, 6, 1, ['統計データ利活用研修参加者数', '人', 80, 85, 90, 92, 100, 48, '×', '新型コロナの影響で定員を半減']);
    put(ws, 7, 1, ['コンビニ交付利用率', '％', 5.0, 4.1, 7.5, 6.0, 10.0, 8.6, '×', '']);
    wrap(ws, 3, 1, 7, 10);
    box(ws, 3, 1, 7, 10);
    put(ws, 9, 1, ['達成状況　○：目標達成　×：目標未達成']);
  },
  expected: {
    file: 'h134-joho-pairs-r2.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(P_SHEET, '公共施設Ｗｉ－Ｆｉ設置箇所数', '箇所', 40, 43, { existing: '○' }),
      ind(P_SHEET, '統計データ利活用研修参加者数', '人', 100, 48, { existing: '×' }),
      ind(P_SHEET, 'コンビニ交付利用率', '％', 10, 8.6, { existing: '×' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthly, perProject, yearsAsRows, pairs];
