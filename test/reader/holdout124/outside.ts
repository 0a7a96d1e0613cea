/**
 * Hold-out set 124, four workbooks outside the four families, in shapes 中山間地域・集落支援 offices use: a 地域おこし協力隊
 * 受入・定住状況 table with years as rows and 目標／実績 pairs under merged headings; 事務事業評価シート one 事業 per sheet with
 * 活動指標 and 成果指標; a 過疎地域持続的発展計画 進捗管理表 with 基準値（R2）, 目標値（R7）, yearly 実績 columns and a ○×
 * 達成状況; a 集落対策 点検表 with the unit in the heading 「集落点検実施数（集落）」 and the department's written A–D.
 */
import type { Workbook } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';

// ---------------------------------------------------------------------------------------------------------------------------
// 5. Years as rows: 地域おこし協力隊 受入・定住状況, 令和元年度…令和５年度 rows, 目標／実績 pairs under merged headings.

const Y_SHEET = '協力隊受入状況';

const yearsAsRows: Holdout2Workbook = {
  name: 'h124-kyoryokutai-years-rows',
  layout: '地域おこし協力隊 受入・定住状況: years as rows (令和元年度…令和５年度), 目標／実績 pairs under merged headings with units',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [14, 10, 10, 10, 10, 10, 10, 24]);
    merge(ws, 1, 1, 1, 8, '地域おこし協力隊 受入・定住状況（令和５年度評価）');
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, '新規委嘱者数（人）');
    merge(ws, 3, 4, 3, 5, '任期終了後の定住率（％）');
    merge(ws, 3, 6, 3, 7, '協力隊ＯＢ・ＯＧの起業者数（人）');
    merge(ws, 3, 8, 4, 8, '備考');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number | undefined)[][] = [
      ['令和元年度', 3, 3, 50.0, 40.0, 1, 0, '制度導入２年目'],
      ['令和２年度', 4, 2, 55.0, 50.0, 1, 1, 'コロナ禍で募集停止期間あり'],
      ['令和３年度', 4, 4, 60.0, 62.5, 1, 1, undefined],
      ['令和４年度', 5, 5, 60.0, 58.3, 2, 1, undefined],
      ['令和５年度', 5, 4, 65.0, 70.0, 2, 3, '任期終了者10人中7人が定住'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    box(ws, 3, 1, 9, 8);
    wrap(ws, 3, 1, 4, 8);
    put(ws, 11, 1, ['※定住率は当該年度に任期を終了した隊員のうち、市内に定住した者の割合']);
  },
  expected: {
    file: 'h124-kyoryokutai-years-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(Y_SHEET, '新規委嘱者数', '人', 5, 4),
      ind(Y_SHEET, '任期終了後の定住率', '％', 65, 70),
      ind(Y_SHEET, '協力隊ＯＢ・ＯＧの起業者数', '人', 2, 3),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 6. 事務事業評価シート, one 事業 per sheet: 活動指標 and 成果指標 rows with R3実績, R4目標, R4実績, 達成率 as text.

interface Project {
  sheet: string;
  title: string;
  purpose: string;
  rows: [string, string, string, number, number, number][];
  review: string;
}

const PROJECTS: Project[] = [
  {
    sheet: '集落支援員設置事業',
    title: '集落支援員設置事業',
    purpose: '集落支援員を配置し、集落の巡回・点検を通じて集落の維持・活性化を図る。',
    rows: [
      ['活動指標', '集落巡回訪問回数', '回', 455, 480, 512],
      ['成果指標', '集落点検の実施集落数', '集落', 28, 40, 31],
    ],
    review: 'B（概ね順調）',
  },
  {
    sheet: '地域運営組織育成支援事業',
    title: '地域運営組織育成支援事業',
    purpose: '地域運営組織の設立と運営を支援し、住民主体の地域づくりを進める。',
    rows: [
      ['活動指標', '研修会の開催回数', '回', 5, 6, 6],
      ['成果指標', '地域運営組織の設立数（累計）', '団体', 6, 9, 7],
    ],
    review: 'C（やや遅れている）',
  },
];

const pct1 = (a: number, t: number) => `${((100 * a) / t).toFixed(1)}%`;

const perSheet: Holdout2Workbook = {
  name: 'h124-jimujigyo-per-sheet',
  layout: '事務事業評価シート one 事業 per sheet: label-value header, 活動指標／成果指標 rows with R3実績, R4目標, R4実績 and 達成率 text',
  build(wb: Workbook) {
    for (const p of PROJECTS) {
      const ws = wb.addWorksheet(p.sheet);
      widths(ws, [12, 30, 8, 12, 12, 12, 12]);
      merge(ws, 1, 1, 1, 7, '事務事業評価シート（令和４年度実施事業）');
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 7, p.title);
      put(ws, 4, 1, ['担当課']);
      merge(ws, 4, 2, 4, 7, '地域振興部 中山間地域振興課');
      put(ws, 5, 1, ['事業の目的']);
      merge(ws, 5, 2, 5, 7, p.purpose);
      box(ws, 3, 1, 5, 7);
      put(ws, 7, 1, ['区分', '指標名', '単位', 'R3実績', 'R4目標', 'R4実績', '達成率']);
      p.rows.forEach((r, i) => put(ws, 8 + i, 1, [...r, pct1(r[5], r[4])]));
      box(ws, 7, 1, 7 + p.rows.length, 7);
      put(ws, 11, 1, ['一次評価']);
      merge(ws, 11, 2, 11, 7, p.review);
      put(ws, 12, 1, ['今後の方向性']);
      merge(ws, 12, 2, 12, 7, '継続');
      box(ws, 11, 1, 12, 7);
    }
  },
  expected: {
    file: 'h124-jimujigyo-per-sheet.xlsx',
    fiscalYear: 2022,
    indicators: PROJECTS.flatMap((p): ExpectedIndicator[] => p.rows.map((r) => ind(p.sheet, r[1], r[2], r[4], r[5]))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 7. 過疎地域持続的発展計画 進捗管理表: 基準値（R2）, 目標値（R7）, R3…R6 実績 columns, ○× 達成状況, 令和６年度 評価.

const K_SHEET = '進捗管理表';

const progressTable: Holdout2Workbook = {
  name: 'h124-kaso-shinchoku-kanri',
  layout: '過疎計画 進捗管理表: 基準値（R2）, 目標値（R7）, R3…R6 実績 columns, ○× 達成状況 column, 令和６年度 in the title',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(K_SHEET);
    widths(ws, [34, 8, 12, 12, 10, 10, 10, 10, 10, 26]);
    merge(ws, 1, 1, 1, 10, '過疎地域持続的発展計画 進捗管理表（令和６年度末時点）');
    merge(ws, 3, 1, 4, 1, '評価指標');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 4, 3, '基準値\n（R2）');
    merge(ws, 3, 4, 4, 4, '目標値\n（R7）');
    merge(ws, 3, 5, 3, 8, '実績');
    put(ws, 4, 5, ['R3', 'R4', 'R5', 'R6']);
    merge(ws, 3, 9, 4, 9, '達成状況');
    merge(ws, 3, 10, 4, 10, '備考');
    const rows: (string | number | undefined)[][] = [
      ['地域運営組織が設立された地区の割合', '％', 25.0, 60.0, 30.0, 36.0, 42.0, 48.0, '×', '全25地区中12地区'],
      ['小さな拠点の形成数', 'か所', 1, 4, 1, 1, 2, 2, '×', undefined],
      ['集落支援員の配置数', '人', 3, 8, 4, 5, 7, 8, '○', '目標前倒し達成'],
      ['移動販売車の運行集落数', '集落', 12, 20, 14, 16, 19, 21, '○', undefined],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    box(ws, 3, 1, 8, 10);
    wrap(ws, 3, 1, 4, 10);
    put(ws, 10, 1, ['※達成状況：○ 目標値に到達、× 未到達（令和６年度実績と目標値（R7）との比較）']);
  },
  expected: {
    file: 'h124-kaso-shinchoku-kanri.xlsx',
    fiscalYear: 2024,
    indicators: [
      { ...ind(K_SHEET, '地域運営組織が設立された地区の割合', '％', 60, 48), targetSource: 'final' },
      { ...ind(K_SHEET, '小さな拠点の形成数', 'か所', 4, 2), targetSource: 'final' },
      { ...ind(K_SHEET, '集落支援員の配置数', '人', 8, 8), targetSource: 'final' },
      { ...ind(K_SHEET, '移動販売車の運行集落数', '集落', 20, 21), targetSource: 'final' },
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 8. 集落対策 点検表: unit in the heading (「集落点検実施数（集落）」), 目標値／実績値／達成率／評価 (written A–D)／備考, 令和７年度.

const T_SHEET = '点検表';

const checkTable: Holdout2Workbook = {
  name: 'h124-shuraku-tenken-hyo',
  layout: '集落対策 点検表: unit in the indicator heading, 目標値／実績値／達成率／評価 (written A–D) and 備考 with figures, 令和７年度',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T_SHEET);
    widths(ws, [40, 10, 10, 10, 8, 30]);
    merge(ws, 1, 1, 1, 6, '集落対策事業 点検表');
    put(ws, 2, 1, ['評価年度：令和７年度']);
    put(ws, 2, 6, ['作成：地域づくり推進課']);
    put(ws, 4, 1, ['指標名（単位）', '目標値', '実績値', '達成率', '評価', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['集落点検実施数（集落）', 45, 45, '100.0%', 'A', '全集落で実施'],
      ['地域運営組織の新規設立数（団体）', 2, 1, '50.0%', 'C', '※R8設立予定 1団体'],
      ['高齢者世帯の見守り訪問実施率（％）', 90.0, 84.6, '94.0%', 'B', '対象 1,248世帯'],
      ['集落の話し合い（ワークショップ）開催回数（回）', 24, 30, '125.0%', 'A', undefined],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    box(ws, 4, 1, 8, 6);
    wrap(ws, 4, 1, 8, 6);
    put(ws, 10, 1, ['評価 A：順調 B：概ね順調 C：やや遅れている D：遅れている']);
  },
  expected: {
    file: 'h124-shuraku-tenken-hyo.xlsx',
    fiscalYear: 2025,
    indicators: [
      ind(T_SHEET, '集落点検実施数', '集落', 45, 45, { existing: 'A' }),
      ind(T_SHEET, '地域運営組織の新規設立数', '団体', 2, 1, { existing: 'C' }),
      ind(T_SHEET, '高齢者世帯の見守り訪問実施率', '％', 90, 84.6, { existing: 'B' }),
      ind(T_SHEET, '集落の話し合い（ワークショップ）開催回数', '回', 24, 30, { existing: 'A' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [yearsAsRows, perSheet, progressTable, checkTable];
