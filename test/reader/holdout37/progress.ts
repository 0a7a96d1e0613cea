/**
 * Hold-out 37: progress layouts outside the four families: a 四半期 progress table with a year total,
 * a 中間評価 table (計画期間 R3–R7, 中間目標 R5 beside the 最終目標) and 累計 targets against cumulative actuals.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { merge, percent, widths } from './sheet';

const Q = '四半期進捗';

type QuarterRow = [string, string, number, (string | number)[], string | number, number, string?];

const QUARTER_ROWS: QuarterRow[] = [
  ['産業支援センター相談件数', '件', 800, [180, 210, 195, 187], 772, 772 / 800],
  ['創業支援セミナー受講者数', '人', 120, [0, 45, 38, 52], 135, 135 / 120, '第1四半期は募集期間'],
  ['観光入込客数', '千人', 1450, [402, 455, 318, '260（見込み）'], '1,435（見込み）', 1435 / 1450, '1～3月は見込み'],
  ['求人充足率', '％', 35, [31.2, 33.8, 36.1, 34.0], 34.1, 34.1 / 35, '年間計は年度平均'],
  ['労働相談の未解決件数', '件', 20, [6, 7, 5, 8], 26, 20 / 26, '減少を目指す指標（目標以下で達成）'],
  ['空き店舗活用件数', '件', 12, [2, 3, '－', 1], 6, 6 / 12],
];

/** 第1〜第4四半期 actuals with a 年間計 column (the year's actual), a 達成率 column and 備考 notes. */
const quarterly: Holdout2Workbook = {
  name: 'h37-quarterly-progress',
  layout:
    '四半期 progress table: 年間目標, 第1〜第4四半期 (4-6月…) under a merged 四半期実績 heading, 年間計 (a year average for a rate), 達成率 as %, 備考, and a （参考）令和5年度 table of last year below',
  build(wb) {
    const ws = wb.addWorksheet(Q);
    widths(ws, [5, 30, 6, 10, 12, 12, 12, 12, 12, 9, 30]);
    merge(ws, 1, 1, 1, 11, '令和6年度　実施計画事業　四半期進捗管理表');
    put(ws, 2, 8, ['所管：産業振興部 商工観光課', undefined, undefined, '令和7年4月末現在']);
    merge(ws, 4, 1, 5, 1, 'No.');
    merge(ws, 4, 2, 5, 2, '指標名');
    merge(ws, 4, 3, 5, 3, '単位');
    merge(ws, 4, 4, 5, 4, '年間目標');
    merge(ws, 4, 5, 4, 8, '四半期実績');
    put(ws, 5, 5, ['第1四半期\n(4-6月)', '第2四半期\n(7-9月)', '第3四半期\n(10-12月)', '第4四半期\n(1-3月)']);
    merge(ws, 4, 9, 5, 9, '年間計');
    merge(ws, 4, 10, 5, 10, '達成率');
    merge(ws, 4, 11, 5, 11, '備考');
    QUARTER_ROWS.forEach(([name, unit, target, quarters, total, rate, note], i) => {
      put(ws, 6 + i, 1, [i + 1, name, unit, target, ...quarters, total]);
      percent(ws, 6 + i, 10, rate);
      if (note) ws.getCell(6 + i, 11).value = note;
    });
    put(ws, 13, 2, ['※年間計は第1～第4四半期の合計（求人充足率は年度平均）。達成率＝年間計÷年間目標（減少を目指す指標は年間目標÷年間計）']);
    put(ws, 15, 2, ['（参考）令和5年度の年間実績']);
    put(ws, 16, 2, ['指標名', '単位', '年間目標', '年間実績']);
    put(ws, 17, 2, ['産業支援センター相談件数', '件', 750, 744]);
    put(ws, 18, 2, ['観光入込客数', '千人', 1400, 1366]);
    put(ws, 19, 2, ['求人充足率', '％', 34, 32.6]);
  },
  expected: {
    file: 'h37-quarterly-progress.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(Q, '産業支援センター相談件数', '件', 800, 772),
      ind(Q, '創業支援セミナー受講者数', '人', 120, 135),
      ind(Q, '観光入込客数', '千人', 1450, 1435, { actualStatus: 'provisional' }),
      ind(Q, '求人充足率', '％', 35, 34.1),
      ind(Q, '労働相談の未解決件数', '件', 20, 26, { direction: 'down' }),
      ind(Q, '空き店舗活用件数', '件', 12, 6),
    ],
    groups: [],
  },
};

const M = '中間評価';

type MidRow = [string, string, '増加' | '減少', number, number[], number, number, string?];

const MID_ROWS: [string, MidRow[]][] = [
  [
    '基本目標１\n安定したしごとをつくる',
    [
      ['新規創業件数', '件', '増加', 18, [21, 24, 27], 25, 30, 'A'],
      ['誘致企業数（累計）', '社', '増加', 27, [29, 31, 33], 33, 37, 'A'],
      ['市内事業所従業者数', '人', '増加', 10796, [10650, 10540, 10480], 10400, 10100, 'A'],
    ],
  ],
  [
    '基本目標２\n新しいひとの流れをつくる',
    [
      ['転入者数', '人', '増加', 2310, [2280, 2245, 2190], 2400, 2500, 'B'],
      ['転出超過数', '人', '減少', 420, [380, 395, 455], 300, 200, 'B'],
      ['子育て支援センター利用者数', '人', '増加', 15200, [9800, 12400, 14900], 16000, 17000],
    ],
  ],
];

/** A 中間評価 sheet: R3–R5 actuals, 中間目標（R5） and 最終目標（R7） side by side, a 方向 column, 基本目標 merged down. */
const midterm: Holdout2Workbook = {
  name: 'h37-midterm-review',
  layout: '中間評価 table: 計画期間 R3–R7, R3〜R5実績, 中間目標（R5） then 最終目標（R7）, 方向 増加/減少, 基本目標 merged down column A, 中間評価 grades',
  build(wb) {
    const ws = wb.addWorksheet(M);
    widths(ws, [18, 28, 6, 6, 10, 9, 9, 9, 10, 10, 8, 36]);
    merge(ws, 1, 1, 1, 12, '第2期 鶴見市まち・ひと・しごと創生総合戦略　中間評価シート');
    put(ws, 2, 1, ['計画期間：令和3年度～令和7年度　／　中間評価年度：令和5年度']);
    put(ws, 4, 1, [
      '基本目標',
      '重要業績評価指標（KPI）',
      '単位',
      '方向',
      '基準値\n（R2）',
      'R3実績',
      'R4実績',
      'R5実績',
      '中間目標\n（R5）',
      '最終目標\n（R7）',
      '中間評価',
      '評価の理由',
    ]);
    let row = 5;
    for (const [goal, rows] of MID_ROWS) {
      merge(ws, row, 1, row + rows.length - 1, 1, goal);
      for (const [name, unit, dir, base, actuals, mid, fin, grade] of rows) {
        put(ws, row, 2, [name, unit, dir, base, ...actuals, mid, fin, grade]);
        row++;
      }
    }
    ws.getCell(9, 12).value = 'R5は転出が増え中間目標に届かなかったが、改善の兆しがある';
    put(ws, row + 1, 1, ['※中間評価は令和5年度実績を中間目標と比べたもの。最終目標は令和7年度の目標']);
  },
  expected: {
    file: 'h37-midterm-review.xlsx',
    fiscalYear: 2023,
    indicators: MID_ROWS.flatMap(([, rows]) =>
      rows.map(([name, unit, dir, , actuals, mid, , grade]) =>
        ind(M, name, unit, mid, actuals[2], { direction: dir === '減少' ? 'down' : 'up', ...(grade ? { existing: grade } : {}) }),
      ),
    ),
    groups: [],
  },
};

const C = '累計進捗';

type CumRow = [string, string, string, (string | number)[], string | number, number, number, boolean];

const CUM_ROWS: CumRow[] = [
  ['ＩＣＴ関連企業の新規立地件数', '累計 10社', '社', [2, 3, 1], 6, 10, 6, false],
  ['新規雇用者数', '延べ 1,000人', '人', [210, 185, 225], 620, 1000, 620, false],
  ['ＩＣＴ人材育成講座修了者数', '延べ 300人', '人', [95, 110, 120], 325, 300, 325, false],
  ['サテライトオフィス利用企業数', '5年間で延べ 50社', '社', [12, 15, '18（見込み）'], '45（見込み）', 50, 45, true],
  ['ＵＩＪターン就職者数', '累計 150人', '人', [20, 25, 28], 73, 150, 73, false],
];

/** Five-year 累計 targets written as text, yearly actuals R3–R5 and a 累計 column (the actual to compare). */
const cumulative: Holdout2Workbook = {
  name: 'h37-cumulative-targets',
  layout: '累計 KPI: ５年間の目標 as text ("延べ 1,000人", "累計 10社"), yearly R3〜R5 actuals, 累計（R3～R5） column, 進捗率, a 見込み year',
  build(wb) {
    const ws = wb.addWorksheet(C);
    widths(ws, [5, 30, 18, 11, 11, 11, 14, 9, 24]);
    merge(ws, 1, 1, 1, 9, '北見地域雇用創造計画　ＫＰＩ進捗状況（令和5年度末）');
    put(ws, 3, 1, ['計画期間　令和3年度～令和7年度（5年間）']);
    put(ws, 5, 1, ['№', 'ＫＰＩ', '５年間の目標', '令和3年度', '令和4年度', '令和5年度', '累計（R3～R5）', '進捗率', '備考']);
    CUM_ROWS.forEach(([name, targetText, , years, total, target, actual, provisional], i) => {
      put(ws, 6 + i, 1, [i + 1, name, targetText, ...years, total]);
      percent(ws, 6 + i, 8, actual / target);
      if (provisional) ws.getCell(6 + i, 9).value = '令和5年度は3月末時点の見込み';
    });
    put(ws, 12, 2, ['※累計は計画期間の初年度（令和3年度）からの合計。進捗率＝累計÷５年間の目標']);
  },
  expected: {
    file: 'h37-cumulative-targets.xlsx',
    fiscalYear: 2023,
    indicators: CUM_ROWS.map(([name, , unit, , , target, actual, provisional]) =>
      ind(C, name, unit, target, actual, provisional ? { actualStatus: 'provisional' } : {}),
    ),
    groups: [],
  },
};

export const PROGRESS_WORKBOOKS: Holdout2Workbook[] = [quarterly, midterm, cumulative];
