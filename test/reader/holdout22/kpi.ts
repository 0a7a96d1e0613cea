/** Hold-out 22, family C: KPI tables per period (月末 periods, years down the rows, 達成率 columns, no stated year). */
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';

const S1 = 'KPI進捗';
const halfYear: Holdout2Workbook = {
  name: 'h22-c-kpi-month-end-periods',
  layout:
    'KPI 目標値/実績値 row pairs over 令和5年3月末 | 令和5年9月末 | 令和6年3月末 columns (last year-end first, a half-year column), units inside the values, 累計 stated in 備考',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['第２期まち・ひと・しごと創生総合戦略　KPI進捗状況（令和５年度）']);
    ws.mergeCells(1, 1, 1, 6);
    put(ws, 3, 1, ['KPI', '区分', '令和5年3月末', '令和5年9月末', '令和6年3月末', '備考']);
    const rows: [string, string[], string[], string?][] = [
      ['移住相談件数', ['200 件', '100 件', '220 件'], ['215 件', '98 件', '231 件']],
      ['創業支援による創業者数', ['15 人', '8 人', '16 人'], ['12 人', '5 人', '13 人']],
      ['市内高校生の地元就職率', ['40 ％', '－', '42 ％'], ['38.5 ％', '－', '35.0 ％'], '中間集計なし'],
      ['空き家バンク成約件数', ['60 件', '70 件', '80 件'], ['58 件', '66 件', '71 件'], '平成29年度からの累計'],
    ];
    rows.forEach(([kpi, t, a, note], i) => {
      put(ws, 4 + 2 * i, 1, [kpi, '目標値', ...t, note]);
      put(ws, 5 + 2 * i, 1, [kpi, '実績値', ...a]);
      ws.mergeCells(4 + 2 * i, 6, 5 + 2 * i, 6);
    });
  },
  expected: {
    file: 'h22-c-kpi-month-end-periods.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S1, '移住相談件数', '件', 220, 231),
      ind(S1, '創業支援による創業者数', '人', 16, 13),
      ind(S1, '市内高校生の地元就職率', '％', 42, 35.0),
      ind(S1, '空き家バンク成約件数', '件', 80, 71),
    ],
    groups: [],
  },
};

const S2 = '数値目標';
const yearsDown: Holdout2Workbook = {
  name: 'h22-c-kpi-fy-rows-cumulative-total',
  layout:
    'years down the rows (FY2021…FY2024), each indicator a merged heading with its unit over 目標/実績, a spacer column, a 累計 total row under the years, 評価年度：FY2023 on top',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['観光振興計画　数値目標の推移']);
    put(ws, 2, 1, ['評価年度：FY2023']);
    put(ws, 4, 1, ['年度', '観光入込客数（千人）', undefined, undefined, '観光消費額（百万円）', undefined, '宿泊者数（人）', undefined, '観光客満足度（％）']);
    put(ws, 5, 2, ['目標', '実績', undefined, '目標', '実績', '目標', '実績', '目標', '実績']);
    ws.mergeCells(4, 1, 5, 1);
    for (const c of [2, 5, 7, 9]) ws.mergeCells(4, c, 4, c + 1);
    ws.getColumn(4).width = 2;
    put(ws, 6, 1, ['FY2021', 1800, 1450, undefined, 9000, 8200, 310000, 250000, 80, 78.2]);
    put(ws, 7, 1, ['FY2022', 1900, 1720, undefined, 9500, 9100, 320000, 290000, 82, 81.0]);
    put(ws, 8, 1, ['FY2023', 2000, 2050, undefined, 10000, 9350, 330000, 260000, 85, 83.4]);
    put(ws, 9, 1, ['FY2024', 2100, undefined, undefined, 10500, undefined, 340000, undefined, 85]);
    put(ws, 10, 1, ['累計（FY2021～FY2023）', 5700, 5220, undefined, 28500, 26650, 960000, 800000]);
    put(ws, 12, 1, ['※FY2024は目標のみ。満足度は来訪者アンケートによる。']);
  },
  expected: {
    file: 'h22-c-kpi-fy-rows-cumulative-total.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S2, '観光入込客数', '千人', 2000, 2050),
      ind(S2, '観光消費額', '百万円', 10000, 9350),
      ind(S2, '宿泊者数', '人', 330000, 260000),
      ind(S2, '観光客満足度', '％', 85, 83.4),
    ],
    groups: [],
  },
};

const S3 = '成果指標';
const rateColumns: Holdout2Workbook = {
  name: 'h22-c-kpi-fullwidth-era-rate-columns',
  layout:
    'one row per indicator with Ｒ４目標 Ｒ４実績 (last year) then Ｒ５目標 Ｒ５実績 Ｒ５達成率 (full-width era), 単位 column, （見込み） in an actual, 減少 direction only in 備考',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 1, ['Ｒ５　地域福祉計画　成果指標の達成状況']);
    put(ws, 3, 1, ['No', '成果指標', '単位', 'Ｒ４目標', 'Ｒ４実績', 'Ｒ５目標', 'Ｒ５実績', 'Ｒ５達成率', '備考']);
    put(ws, 4, 1, [1, '民生委員・児童委員の相談支援件数', '件', 5200, 5010, 5300, '5,480（見込み）', '103.4%', '3月分は見込み']);
    put(ws, 5, 1, [2, '地域サロン設置数', 'か所', 60, 58, 65, 61, '93.8%']);
    put(ws, 6, 1, [3, '孤独死発生件数', '件', 5, 6, 4, 5, '80.0%', '減少を目標とする指標（達成率＝目標÷実績）']);
    put(ws, 7, 1, [4, 'ボランティア登録者数', '人', '1,500', '1,380', '1,550', '1,120', '72.3%']);
    put(ws, 8, 1, [5, '福祉出前講座の開催回数', '回', 24, 20, 24, 24, '100.0%']);
  },
  expected: {
    file: 'h22-c-kpi-fullwidth-era-rate-columns.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S3, '民生委員・児童委員の相談支援件数', '件', 5300, 5480, { actualStatus: 'provisional' }),
      ind(S3, '地域サロン設置数', 'か所', 65, 61),
      ind(S3, '孤独死発生件数', '件', 4, 5, { direction: 'down' }),
      ind(S3, 'ボランティア登録者数', '人', 1550, 1120),
      ind(S3, '福祉出前講座の開催回数', '回', 24, 24),
    ],
    groups: [],
  },
};

const S4 = 'KPI';
const noYear: Holdout2Workbook = {
  name: 'h22-c-kpi-year-not-stated',
  layout:
    'R4目標 R4実績 R5目標 R5実績 R6目標 R6実績 columns with R6 actuals still empty and no evaluation year written anywhere (the latest year with actuals is a guess), 低下 direction in 備考',
  build(wb) {
    const ws = wb.addWorksheet(S4);
    put(ws, 1, 1, ['中心市街地商店街活性化事業　KPI']);
    put(ws, 3, 1, ['指標', '単位', 'R4目標', 'R4実績', 'R5目標', 'R5実績', 'R6目標', 'R6実績', '備考']);
    put(ws, 4, 1, ['空き店舗への新規出店数', '件', 5, 4, 6, 7, 6]);
    put(ws, 5, 1, ['商店街イベント来場者数', '人', '12,000', '9,800', '15,000', '13,100', '15,000']);
    put(ws, 6, 1, ['商店街の空き店舗率', '％', 12.0, 12.8, 11.0, 13.5, 10.0, undefined, '低下を目指す指標']);
  },
  expected: {
    file: 'h22-c-kpi-year-not-stated.xlsx',
    fiscalYear: 2023,
    guesses: ['period'],
    indicators: [
      ind(S4, '空き店舗への新規出店数', '件', 6, 7),
      ind(S4, '商店街イベント来場者数', '人', 15000, 13100),
      ind(S4, '商店街の空き店舗率', '％', 11.0, 13.5, { direction: 'down' }),
    ],
    groups: [],
  },
};

export const KPI_WORKBOOKS: Holdout2Workbook[] = [halfYear, yearsDown, rateColumns, noYear];
