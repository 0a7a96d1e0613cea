/**
 * Hold-out 158, three traps of 公立大学・高等教育・産学連携 sheets: a KPI table with ％ stored as fractions and a 単年度／累計
 * pair whose target is the 累計; a 令和２年度 成果指標評価表 with targets that are no number (「前年度以上」「全国平均以上」),
 * 備考 that look like values, full-width digits and a 「－」; and a 令和７年度 行政評価シート of 令和６年度実績 with 令和７年度
 * 目標 and 実績（6月末現在） columns already filled and ◎○△× by a legend of bands.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------
// ％ as fractions under a 0.0% format; 大学発ベンチャー設立数 in a 単年度 row and a 累計 row, the target on the 累計 row.

const F_SHEET = 'KPI';

const fractionsCumulative: Holdout2Workbook = {
  name: 'sangaku-kpi-fraction-ruikei-r5',
  layout:
    'trap: ％ stored as fractions under 0.0%, a 単年度／累計 pair with the target on the 累計 row only, 令和3年度…令和5年度 columns and a 令和5年度目標 column',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(F_SHEET);
    widths(ws, [30, 6, 8, 11, 11, 11, 12, 28]);
    merge(ws, 1, 1, 1, 8, '産学連携KPI　進捗状況（令和５年度末現在）');
    put(ws, 3, 1, ['指標名', '単位', '区分', '令和3年度', '令和4年度', '令和5年度', '令和5年度\n目標', '備考']);
    put(ws, 4, 1, ['市内大学卒業生の県内就職率', '％', '実績', 0.401, 0.397, 0.385, 0.42, '学校基本調査（5月1日現在）']);
    merge(ws, 5, 1, 6, 1, '大学発ベンチャー設立数');
    merge(ws, 5, 2, 6, 2, '社');
    put(ws, 5, 3, ['単年度', 2, 4, 3, '－']);
    put(ws, 6, 3, ['累計', 4, 8, 11, 12, '目標は平成31年度からの累計']);
    put(ws, 7, 1, ['共同研究相談の成約率', '％', '実績', 0.22, 0.27, 0.25, 0.3, '相談件数に対する契約件数の割合']);
    put(ws, 8, 1, ['留学生の受入数', '人', '実績', 72, 81, 58, 100, '各年5月1日現在']);
    for (const r of [4, 7]) for (let c = 4; c <= 7; c++) ws.getCell(r, c).numFmt = '0.0%';
    wrap(ws, 3, 1, 8, 8);
    box(ws, 3, 1, 8, 8);
  },
  expected: {
    file: 'sangaku-kpi-fraction-ruikei-r5.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(F_SHEET, '市内大学卒業生の県内就職率', '％', 42, 38.5),
      ind(F_SHEET, '大学発ベンチャー設立数', '社', 12, 11),
      ind(F_SHEET, '共同研究相談の成約率', '％', 30, 25),
      ind(F_SHEET, '留学生の受入数', '人', 100, 58),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 令和２年度 成果指標評価表: 「前年度以上」「全国平均以上」 targets, 備考 with figures, full-width digits, 「－」 (隔年調査).

const T_SHEET = '成果指標評価';

const notNumberTargets: Holdout2Workbook = {
  name: 'r2-shiritsu-daigaku-seika-shihyo',
  layout:
    'trap: 令和２年度 成果指標評価表, targets 「前年度以上」「全国平均以上」, 備考 「R1実績 5.0倍」「前年度 2,410人」, full-width ５／３, 「－」 with 隔年調査',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T_SHEET);
    widths(ws, [5, 32, 6, 11, 12, 11, 40]);
    merge(ws, 1, 1, 1, 7, '令和２年度　市立大学連携施策　成果指標評価表');
    put(ws, 3, 1, ['No.', '成果指標', '単位', '基準値\n（H30）', '目標値\n（R2）', '実績値\n（R2）', '備考']);
    const rows: (string | number)[][] = [
      [1, '公立大学の志願倍率', '倍', 5.2, '前年度以上', 4.8, 'R1実績 5.0倍。一般選抜（前期・後期）の合計'],
      [2, '地域貢献型卒業研究の件数', '件', 14, 20, 22, 'うち企業との共同 8件'],
      [3, '市民向け公開講座の受講者数', '人', 2350, 2500, 1120, '新型コロナウイルス感染症の影響により講座数を縮小（前年度 2,410人）'],
      [4, '学生の地域活動参加率', '％', 31.0, '全国平均以上', 28.4, '学生生活実態調査'],
      [5, '産学連携による新商品開発数', '件', '２', '５', '３', ''],
      [6, 'インターンシップ受入企業数', '社', 48, 60, '－', '隔年調査（次回R3）'],
    ];
    rows.forEach((r, i) =>
      put(
        ws,
        4 + i,
        1,
        r.map((v) => (v === '' ? null : v)),
      ),
    );
    wrap(ws, 3, 1, 9, 7);
    box(ws, 3, 1, 9, 7);
  },
  expected: {
    file: 'r2-shiritsu-daigaku-seika-shihyo.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(T_SHEET, '公立大学の志願倍率', '倍', null, 4.8),
      ind(T_SHEET, '地域貢献型卒業研究の件数', '件', 20, 22),
      ind(T_SHEET, '市民向け公開講座の受講者数', '人', 2500, 1120),
      ind(T_SHEET, '学生の地域活動参加率', '％', null, 28.4),
      ind(T_SHEET, '産学連携による新商品開発数', '件', 5, 3),
      ind(T_SHEET, 'インターンシップ受入企業数', '社', 60, null, { actualStatus: 'not-applicable' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 令和７年度 行政評価シート（令和６年度実績）: 令和７年度目標 and 実績（6月末現在） already filled, ◎○△× with a legend of bands.

const M_SHEET = '行政評価';

const laterYearMarks: Holdout2Workbook = {
  name: 'r7-gyosei-hyoka-r6-jisseki-marks',
  layout:
    'trap: 令和７年度 行政評価シート of 令和６年度実績, 令和７年度目標 and 令和７年度実績（6月末現在） filled, ◎○△× by a legend of bands, a 減少を目指す 備考',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [5, 34, 6, 10, 10, 10, 10, 10, 12, 6, 22]);
    merge(ws, 1, 1, 1, 11, '令和７年度　行政評価シート（大学連携・産学連携分野）');
    put(ws, 2, 1, ['評価対象期間：令和６年度']);
    put(ws, 4, 1, [
      'No.',
      '指標名',
      '単位',
      '令和4年度\n実績',
      '令和5年度\n実績',
      '令和6年度\n目標',
      '令和6年度\n実績',
      '令和7年度\n目標',
      '令和7年度実績\n（6月末現在）',
      '評価',
      '備考',
    ]);
    const rows: (string | number)[][] = [
      [1, '市内企業と大学の共同研究件数', '件', 25, 29, 35, 31, 38, 9, '◎', ''],
      [2, '産学連携コーディネーターによるマッチング件数', '件', 48, 55, 60, 63, 65, 14, '◎', ''],
      [3, '大学生の市内定住意向割合', '％', 36.2, 35.0, 50.0, 34.0, 52.0, '－', '△', '学生アンケート（毎年1月実施）'],
      [4, '公立大学の中途退学者数', '人', 31, 28, 20, 26, 18, 5, '△', '減少を目指す指標'],
      [5, '地元高校生の市立大学への進学者数', '人', 98, 104, 110, 112, 115, '－', '◎', 'R7は入試前'],
    ];
    rows.forEach((r, i) =>
      put(
        ws,
        5 + i,
        1,
        r.map((v) => (v === '' ? null : v)),
      ),
    );
    wrap(ws, 4, 1, 9, 11);
    box(ws, 4, 1, 9, 11);
    merge(
      ws,
      11,
      1,
      11,
      11,
      '評価　◎：目標を達成（達成率100％以上）　○：概ね達成（80％以上100％未満）　△：一部未達成（60％以上80％未満）　×：未達成（60％未満）',
    );
  },
  expected: {
    file: 'r7-gyosei-hyoka-r6-jisseki-marks.xlsx',
    fiscalYear: 2024,
    // Corrected after the first run (main): the legend gives each mark a grade's band (100/80/60) and words naming what it means
    // (目標を達成, 概ね達成, 一部未達成, 未達成), so each mark is that grade's letter, as in set 119 (docs/architecture.md, markLegend.ts);
    // the builder's brief had read such a legend as one of bands alone.
    indicators: [
      ind(M_SHEET, '市内企業と大学の共同研究件数', '件', 35, 31, { existing: 'A' }),
      ind(M_SHEET, '産学連携コーディネーターによるマッチング件数', '件', 60, 63, { existing: 'A' }),
      ind(M_SHEET, '大学生の市内定住意向割合', '％', 50.0, 34.0, { existing: 'C' }),
      ind(M_SHEET, '公立大学の中途退学者数', '人', 20, 26, { direction: 'down', existing: 'C' }),
      ind(M_SHEET, '地元高校生の市立大学への進学者数', '人', 110, 112, { existing: 'A' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [fractionsCumulative, notNumberTargets, laterYearMarks];
