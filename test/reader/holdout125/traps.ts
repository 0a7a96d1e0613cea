/**
 * Hold-out 125, traps: a 投票率 推移表 of 評価年度 令和４年度 whose 令和５年度 column already holds the April 2023 統一地方選挙
 * (％ stored as fractions); a 監査委員事務局 成果指標評価表 of 令和３年度 with targets that are not numbers (「監査計画どおり」,
 * 「－」), a 集計中, a 備考 「令和４年度目標 5回」 and a lower-is-better 日数 marked in 備考; a 投票環境向上計画 KPI of 令和６年度
 * with 累計 targets beside 単年度 and 累計 actuals, a cell 「9⏎（うち大学構内１）」 and a （参考） row without target.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------------

const RATE_SHEET = '成果指標推移';

const rateRows: [string, number[], number[], string][] = [
  ['各種選挙の平均投票率', [0.5, 0.5, 0.5, 0.5], [0.4412, 0.5236, 0.4815, 0.3862], '各年度に執行した選挙の投票率の平均'],
  ['18歳・19歳の投票率', [0.4, 0.4, 0.4, 0.4], [0.3551, 0.381, 0.3325, 0.215], '18歳・19歳の有権者の投票率の平均'],
  ['期日前投票者の割合', [0.3, 0.32, 0.34, 0.36], [0.287, 0.334, 0.3615, 0.299], '投票者総数に占める期日前投票者数の割合'],
];

const rateTrend: Holdout2Workbook = {
  name: 'h125-t-touhyouritsu-r5-column',
  layout:
    'Trap: 評価年度 令和４年度 stated in a cell, but the 令和５年度 column already filled (統一地方選挙 of April 2023, lower); ％ stored as fractions under % formats',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(RATE_SHEET);
    widths(ws, [24, 6, 7, 11, 11, 11, 11, 34]);
    merge(ws, 1, 1, 1, 8, '投票率向上に係る成果指標の推移');
    put(ws, 2, 1, ['評価年度', '令和４年度']);
    put(ws, 2, 7, ['選挙管理委員会事務局']);
    put(ws, 4, 1, ['成果指標', '単位', '区分', '令和２年度', '令和３年度', '令和４年度', '令和５年度', '備考']);
    rateRows.forEach(([name, targets, actuals, note], i) => {
      const r = 5 + 2 * i;
      merge(ws, r, 1, r + 1, 1, name);
      merge(ws, r, 2, r + 1, 2, '％');
      put(ws, r, 3, ['目標', ...targets]);
      put(ws, r + 1, 3, ['実績', ...actuals]);
      for (let c = 4; c <= 7; c++) {
        ws.getCell(r, c).numFmt = '0.0%';
        ws.getCell(r + 1, c).numFmt = '0.00%';
      }
      merge(ws, r, 8, r + 1, 8, note);
    });
    wrap(ws, 4, 1, 10, 8);
    box(ws, 4, 1, 10, 8);
    put(ws, 12, 1, ['※令和５年度欄は令和５年４月執行の統一地方選挙（県議会議員選挙・市議会議員選挙）の結果']);
  },
  expected: {
    file: 'h125-t-touhyouritsu-r5-column.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(RATE_SHEET, '各種選挙の平均投票率', '％', 50, 48.15),
      ind(RATE_SHEET, '18歳・19歳の投票率', '％', 40, 33.25),
      ind(RATE_SHEET, '期日前投票者の割合', '％', 34, 36.15),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------

const KANSA_SHEET = '成果指標評価表';

const kansaText: Holdout2Workbook = {
  name: 'h125-t-kansa-text-targets',
  layout:
    'Trap: 監査委員事務局 令和３年度 成果指標評価表, targets 「監査計画どおり」 and 「－」, an actual 集計中, 備考 「令和４年度目標 5回」, a 日数 whose 備考 says smaller is better, 達成／未達成 column',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(KANSA_SHEET);
    widths(ws, [5, 32, 7, 14, 12, 10, 40]);
    merge(ws, 1, 1, 1, 7, '令和３年度　監査委員事務局　成果指標評価表');
    put(ws, 3, 1, ['No.', '成果指標', '単位', '令和３年度\n目標', '令和３年度\n実績', '達成状況', '備考']);
    const rows: (string | number)[][] = [
      [1, '例月出納検査の実施回数', '回', 12, 12, '達成', ''],
      [2, '定期監査の実施対象課数', '課', '監査計画どおり', 24, '－', '対象課は毎年度の監査計画で定める'],
      [3, '監査委員研修会への参加回数', '回', 4, 3, '未達成', '令和４年度目標 5回'],
      [4, '指摘事項に対する措置状況報告率', '％', 100.0, '集計中', '－', '令和４年６月末確定予定'],
      [5, '財政援助団体等監査の実施団体数', '団体', '－', 5, '－', '隔年で対象団体を選定するため目標設定なし'],
      [6, '監査結果の公表までの平均日数', '日', 30, 21, '達成', '数値が小さいほど良い指標'],
    ];
    rows.forEach((r, i) =>
      put(
        ws,
        4 + i,
        1,
        r.map((v) => (v === '' ? undefined : v)),
      ),
    );
    ws.getCell(7, 4).numFmt = '0.0';
    wrap(ws, 3, 1, 9, 7);
    box(ws, 3, 1, 9, 7);
  },
  expected: {
    file: 'h125-t-kansa-text-targets.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(KANSA_SHEET, '例月出納検査の実施回数', '回', 12, 12),
      ind(KANSA_SHEET, '定期監査の実施対象課数', '課', null, 24),
      ind(KANSA_SHEET, '監査委員研修会への参加回数', '回', 4, 3),
      ind(KANSA_SHEET, '指摘事項に対する措置状況報告率', '％', 100, null, { actualStatus: 'pending' }),
      ind(KANSA_SHEET, '財政援助団体等監査の実施団体数', '団体', null, 5),
      ind(KANSA_SHEET, '監査結果の公表までの平均日数', '日', 30, 21, { direction: 'down' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------

const KPI_SHEET = 'KPI進捗';

const cumulative: Holdout2Workbook = {
  name: 'h125-t-demae-ruikei',
  layout:
    'Trap: 投票環境向上計画 KPI of 令和６年度, 目標値（累計） against 実績値（単年度） and 実績値（累計） rows, 「－」 in a year without election, 「9⏎（うち大学構内１）」, a （参考） row without target',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(KPI_SHEET);
    widths(ws, [28, 6, 16, 10, 10, 10, 14, 12, 30]);
    merge(ws, 1, 1, 1, 9, '第２次○○市投票環境向上計画　ＫＰＩ進捗状況');
    put(ws, 2, 1, ['評価対象年度：令和６年度']);
    put(ws, 2, 8, ['選挙管理委員会事務局']);
    put(ws, 4, 1, ['ＫＰＩ', '単位', '区分', '令和３年度', '令和４年度', '令和５年度', '令和６年度', '目標値\n（令和７年度）', '備考']);
    merge(ws, 5, 1, 7, 1, '主権者教育出前講座の実施回数');
    merge(ws, 5, 2, 7, 2, '回');
    put(ws, 5, 3, ['目標値（累計）', 10, 20, 30, 40, 50]);
    put(ws, 6, 3, ['実績値（単年度）', 8, 10, 11, 9]);
    put(ws, 7, 3, ['実績値（累計）', 8, 18, 29, 38]);
    merge(ws, 5, 9, 7, 9, '計画期間（令和３～７年度）の累計で評価');
    merge(ws, 8, 1, 9, 1, '期日前投票者数の割合');
    merge(ws, 8, 2, 9, 2, '％');
    put(ws, 8, 3, ['目標値', 36.0, 37.0, 38.0, 39.0, 40.0]);
    put(ws, 9, 3, ['実績値', 35.2, 38.9, '－', 41.7]);
    merge(ws, 8, 9, 9, 9, '令和５年度は執行選挙なし');
    merge(ws, 10, 1, 11, 1, '期日前投票所の設置数');
    merge(ws, 10, 2, 11, 2, 'か所');
    put(ws, 10, 3, ['目標値', 8, 8, 9, 10, 10]);
    put(ws, 11, 3, ['実績値', 8, 9, 9, '9\n（うち大学構内１）']);
    merge(ws, 10, 9, 11, 9, '移動期日前投票所を除く');
    put(ws, 12, 1, ['（参考）期日前投票者数', '人', '実績値', 12480, 17215, '－', 18930, undefined, '参考値（目標設定なし）']);
    for (let r = 8; r <= 9; r++) for (let c = 4; c <= 8; c++) ws.getCell(r, c).numFmt = '0.0';
    for (let c = 4; c <= 7; c++) ws.getCell(12, c).numFmt = '#,##0';
    wrap(ws, 4, 1, 12, 9);
    box(ws, 4, 1, 12, 9);
  },
  expected: {
    file: 'h125-t-demae-ruikei.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(KPI_SHEET, '主権者教育出前講座の実施回数', '回', 40, 38),
      ind(KPI_SHEET, '期日前投票者数の割合', '％', 39.0, 41.7),
      ind(KPI_SHEET, '期日前投票所の設置数', 'か所', 10, 9),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [rateTrend, kansaText, cumulative];
