/**
 * Hold-out 139, shapes outside the four families that 除雪・雪対策 offices use: a 道路除雪計画 進行管理表 with years as rows and
 * 目標／実績 pairs per indicator, 事務事業評価シート one 事業 per sheet, a 流雪溝整備計画 進捗 with 単年度／累計／整備率 rows
 * and 計画／実績 per year, and a 雪対策アクションプラン 取組状況 with ○△× and full-width digits.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

/** Years as rows, each indicator a merged heading over 目標／実績, a 目指す方向 row, 令和５年度 evaluated. */
const O1_SHEET = '進行管理表';
const yearsAsRows: Holdout2Workbook = {
  name: 'h139-o-josetsu-shinko-kanri',
  layout: 'years as rows (令和3年度…令和6年度), indicator headings with the unit 「（％）」 merged over 目標／実績, a 目指す方向 row ↑／↓',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(O1_SHEET);
    widths(ws, [14, 10, 10, 10, 10, 10, 10]);
    merge(ws, 1, 1, 1, 7, '道路除雪計画　進行管理表');
    put(ws, 2, 1, ['評価年度：令和５年度']);
    put(ws, 4, 1, ['年度']);
    merge(ws, 4, 2, 4, 3, '朝7時までの除雪完了率（％）');
    merge(ws, 4, 4, 4, 5, '除雪車GPS搭載台数（台）');
    merge(ws, 4, 6, 4, 7, '除雪に関する苦情件数（件）');
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    put(ws, 6, 1, ['目指す方向']);
    merge(ws, 6, 2, 6, 3, '↑');
    merge(ws, 6, 4, 6, 5, '↑');
    merge(ws, 6, 6, 6, 7, '↓');
    put(ws, 7, 1, ['令和3年度', 93.0, 90.4, 40, 38, 1000, 1214]);
    put(ws, 8, 1, ['令和4年度', 94.0, 91.8, 50, 52, 950, 1020]);
    put(ws, 9, 1, ['令和5年度', 95.0, 92.1, 60, 64, 900, 1130]);
    put(ws, 10, 1, ['令和6年度', 96.0, undefined, 70, undefined, 850, undefined]);
    box(ws, 4, 1, 10, 7);
    put(ws, 12, 1, ['※除雪完了率は除雪出動日における第1種路線の完了割合。苦情件数はコールセンター受付分を含む。']);
  },
  expected: {
    file: 'h139-o-josetsu-shinko-kanri.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(O1_SHEET, '朝7時までの除雪完了率', '％', 95, 92.1),
      ind(O1_SHEET, '除雪車GPS搭載台数', '台', 60, 64),
      ind(O1_SHEET, '除雪に関する苦情件数', '件', 900, 1130, { direction: 'down' }),
    ],
    groups: [],
  },
};

/** One 事業 per sheet: a small 指標 table with 令和５年度実績 beside 令和６年度 目標／実績 and a 達成率 column. */
const jigyoSheet = (
  wb: Workbook,
  title: string,
  outline: string,
  rows: [string, string, string, string, number, number, number][],
  selfGrade: string,
): void => {
  const ws = wb.addWorksheet(title);
  widths(ws, [12, 26, 6, 6, 14, 14, 14, 10]);
  merge(ws, 1, 1, 1, 8, '令和６年度　事務事業評価シート');
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 8, title);
  put(ws, 4, 1, ['所管課']);
  merge(ws, 4, 2, 4, 8, '建設部　道路維持課');
  put(ws, 5, 1, ['事業概要']);
  merge(ws, 5, 2, 5, 8, outline);
  box(ws, 3, 1, 5, 8);
  put(ws, 7, 1, ['■　指標']);
  put(ws, 8, 1, ['区分', '指標名', '単位', '方向', '令和５年度実績', '令和６年度目標', '令和６年度実績', '達成率']);
  rows.forEach(([kind, name, unit, dir, last, target, actual], i) => {
    const r = 9 + i;
    put(ws, r, 1, [kind, name, unit, dir, last, target, actual]);
    const rate = ws.getCell(r, 8);
    rate.value = dir === '↓' ? Math.round((target / actual) * 1000) / 1000 : Math.round((actual / target) * 1000) / 1000;
    rate.numFmt = '0.0%';
  });
  box(ws, 8, 1, 8 + rows.length, 8);
  put(ws, 12, 1, ['■　評価']);
  put(ws, 13, 1, ['自己評価', selfGrade]);
  put(ws, 14, 1, ['今後の方向性', '継続']);
  box(ws, 13, 1, 14, 2);
};
const perSheet: Holdout2Workbook = {
  name: 'h139-o-jimu-jigyo-hyoka',
  layout: 'one 事務事業評価シート per sheet (令和６年度), 活動指標／成果指標 rows with 令和５年度実績 beside the year, 方向 ↓, a 達成率 in %',
  build(wb: Workbook) {
    jigyoSheet(
      wb,
      '歩道除雪事業',
      '通学路・バス停周辺の歩道を小型除雪車で除雪する。',
      [
        ['活動指標', '歩道除雪の出動回数', '回', '↑', 36, 40, 33],
        ['成果指標', '歩道除雪延長', 'km', '↑', 84.1, 85.0, 86.4],
      ],
      'B',
    );
    jigyoSheet(
      wb,
      '除雪機械整備事業',
      '老朽化した市保有の除雪機械を計画的に更新する。',
      [
        ['活動指標', '除雪機械更新台数', '台', '↑', 3, 4, 4],
        ['成果指標', '除雪機械の平均使用年数', '年', '↓', 16.8, 15.0, 16.2],
      ],
      'A',
    );
  },
  expected: {
    file: 'h139-o-jimu-jigyo-hyoka.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('歩道除雪事業', '歩道除雪の出動回数', '回', 40, 33),
      ind('歩道除雪事業', '歩道除雪延長', 'km', 85, 86.4),
      ind('除雪機械整備事業', '除雪機械更新台数', '台', 4, 4),
      ind('除雪機械整備事業', '除雪機械の平均使用年数', '年', 15, 16.2, { direction: 'down' }),
    ],
    groups: [],
  },
};

/** 単年度・累計・整備率 rows, each with its own 計画, 計画／実績 pairs per year, 令和５年度末現在. */
const O3_SHEET = '流雪溝';
const cumulative: Holdout2Workbook = {
  name: 'h139-o-ryusetsuko-shinchoku',
  layout: '流雪溝整備計画 進捗: 単年度整備延長／累計整備延長／整備率 rows, 計画／実績 under each 令和X年度, 令和５年度末現在, a note with the 全体計画延長',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(O3_SHEET);
    widths(ws, [16, 6, 9, 9, 9, 9, 9, 9, 9, 9]);
    merge(ws, 1, 1, 1, 10, '流雪溝整備計画　進捗状況（令和５年度末現在）');
    merge(ws, 3, 1, 4, 1, '項目');
    merge(ws, 3, 2, 4, 2, '単位');
    ['令和3年度', '令和4年度', '令和5年度', '令和6年度'].forEach((y, i) => {
      merge(ws, 3, 3 + i * 2, 3, 4 + i * 2, y);
      put(ws, 4, 3 + i * 2, ['計画', '実績']);
    });
    put(ws, 5, 1, ['単年度整備延長', 'm', 800, 812, 820, 790, 850, 720, 850, undefined]);
    put(ws, 6, 1, ['累計整備延長', 'm', 10850, 10862, 11670, 11652, 12520, 12372, 13370, undefined]);
    put(ws, 7, 1, ['整備率', '％', 54.3, 54.3, 58.4, 58.3, 62.6, 61.9, 66.9, undefined]);
    for (let r = 5; r <= 6; r++) for (let c = 3; c <= 10; c++) ws.getCell(r, c).numFmt = '#,##0';
    box(ws, 3, 1, 7, 10);
    put(ws, 9, 1, ['※全体計画延長 20,000m（令和2年度末累計 10,050m）。整備率＝累計整備延長÷全体計画延長。']);
  },
  expected: {
    file: 'h139-o-ryusetsuko-shinchoku.xlsx',
    fiscalYear: 2023,
    indicators: [ind(O3_SHEET, '単年度整備延長', 'm', 850, 720), ind(O3_SHEET, '累計整備延長', 'm', 12520, 12372), ind(O3_SHEET, '整備率', '％', 62.6, 61.9)],
    groups: [],
  },
};

/** 取組 merged over its indicators, 目標（R2）／実績（R2）, full-width digits, ○△× with a legend, 備考 with a figure. */
const O4_SHEET = '取組状況';
const actionPlan: Holdout2Workbook = {
  name: 'h139-o-action-plan-torikumi',
  layout:
    '雪対策アクションプラン 取組状況 (令和２年度): 取組 merged over its 指標, 目標（R2）／実績（R2）, 「１２」 full-width, ○△× marks with a legend, 「うち民有地 ４か所」 in 備考',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(O4_SHEET);
    widths(ws, [18, 30, 6, 10, 10, 10, 34]);
    merge(ws, 1, 1, 1, 7, '雪対策アクションプラン　取組状況（令和２年度）');
    put(ws, 3, 1, ['取組', '指標名', '単位', '目標（R2）', '実績（R2）', '達成状況', '備考']);
    put(ws, 4, 1, ['(1) 雪捨て場の確保']);
    put(ws, 4, 2, ['雪捨て場の設置箇所数', 'か所', '１２', '１２', '○', 'うち民有地 ４か所']);
    merge(ws, 5, 1, 6, 1, '(2) 地域ぐるみの除雪');
    put(ws, 5, 2, ['除雪ボランティア講習会の開催回数', '回', 6, 3, '×', '新型コロナウイルス感染症の影響により3回中止']);
    put(ws, 6, 2, ['地域除雪団体への助成件数', '件', 35, 31, '△', undefined]);
    put(ws, 7, 1, ['(3) 担い手の確保']);
    put(ws, 7, 2, ['除雪オペレーター研修受講者数', '人', 30, 27, '△', '受講者のうち新規 11人']);
    wrap(ws, 3, 1, 7, 7);
    box(ws, 3, 1, 7, 7);
    put(ws, 9, 1, ['達成状況　○：目標達成　△：目標の８割以上　×：目標の８割未満']);
  },
  expected: {
    file: 'h139-o-action-plan-torikumi.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(O4_SHEET, '雪捨て場の設置箇所数', 'か所', 12, 12, { existing: '○' }),
      ind(O4_SHEET, '除雪ボランティア講習会の開催回数', '回', 6, 3, { existing: '×' }),
      ind(O4_SHEET, '地域除雪団体への助成件数', '件', 35, 31, { existing: '△' }),
      ind(O4_SHEET, '除雪オペレーター研修受講者数', '人', 30, 27, { existing: '△' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [yearsAsRows, perSheet, cumulative, actionPlan];
