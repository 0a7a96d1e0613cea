/** Hold-out 168, shapes outside the four families that 浄化槽・し尿処理・生活排水対策 offices use. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const Y_SHEET = '指標の推移';
const yearsAsRows: Holdout2Workbook = {
  name: 'h168-n-years-as-rows',
  layout: '令和２年度 生活排水対策 指標の推移: years as rows, each indicator a 目標／実績 pair under its name with the unit in the heading, a 減少 note',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [14, 12, 12, 12, 12, 12, 12]);
    merge(ws, 1, 1, 1, 7, '生活排水対策　指標の推移');
    put(ws, 2, 1, ['評価年度：令和２年度']);
    merge(ws, 4, 1, 5, 1, '年度');
    merge(ws, 4, 2, 4, 3, '合併処理浄化槽設置基数（基）');
    merge(ws, 4, 4, 4, 5, '浄化槽法定検査受検率（％）');
    merge(ws, 4, 6, 4, 7, 'し尿収集量（kL）');
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number | undefined)[][] = [
      ['平成30年度', 4900, 4887, 50.0, 48.9, 9300, 9512],
      ['令和元年度', 5050, 4962, 52.5, 51.7, 9100, 9420],
      ['令和2年度', 5200, 5046, 55.0, 57.3, 8900, 9350],
      ['令和3年度', 5350, undefined, 57.5, undefined, 8700, undefined],
      ['令和4年度', 5500, undefined, 60.0, undefined, 8500, undefined],
    ];
    rows.forEach((row, i) => put(ws, 6 + i, 1, row));
    for (let r = 6; r <= 10; r++) {
      for (const c of [2, 3, 6, 7]) ws.getCell(r, c).numFmt = '#,##0';
      for (const c of [4, 5]) ws.getCell(r, c).numFmt = '0.0';
    }
    box(ws, 4, 1, 10, 7);
    merge(ws, 11, 1, 11, 7, '※合併処理浄化槽設置基数は各年度末の累計。し尿収集量は下水道接続及び浄化槽への転換により減少を目標とする。');
  },
  expected: {
    file: 'h168-n-years-as-rows.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(Y_SHEET, '合併処理浄化槽設置基数', '基', 5200, 5046),
      ind(Y_SHEET, '浄化槽法定検査受検率', '％', 55.0, 57.3),
      ind(Y_SHEET, 'し尿収集量', 'kL', 8900, 9350, { direction: 'down' }),
    ],
    groups: [],
  },
};

function jimuSheet(
  wb: Workbook,
  sheet: string,
  jigyo: string,
  gaiyo: string,
  inds: [string, string, string, number, number, number][],
  cost: [number, number],
): void {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [12, 30, 8, 14, 14, 14, 10]);
  merge(ws, 1, 1, 1, 7, '事務事業評価シート（令和６年度）');
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 7, jigyo);
  put(ws, 4, 1, ['担当課']);
  merge(ws, 4, 2, 4, 7, '環境課　生活排水係');
  put(ws, 5, 1, ['事業概要']);
  merge(ws, 5, 2, 5, 7, gaiyo);
  put(ws, 6, 1, ['根拠法令']);
  merge(ws, 6, 2, 6, 7, '浄化槽法、市浄化槽設置整備事業補助金交付要綱');
  box(ws, 3, 1, 6, 7);
  put(ws, 8, 1, ['区分', '指標名', '単位', '令和5年度実績', '令和6年度目標', '令和6年度実績', '達成率']);
  inds.forEach(([kind, name, unit, prev, target, actual], i) =>
    put(ws, 9 + i, 1, [kind, name, unit, prev, target, actual, `${((actual / target) * 100).toFixed(1)}％`]),
  );
  box(ws, 8, 1, 8 + inds.length, 7);
  put(ws, 12, 1, ['事業費（千円）', '令和5年度決算', '', '令和6年度決算']);
  put(ws, 13, 1, ['', cost[0], '', cost[1]]);
  ws.getCell(13, 2).numFmt = '#,##0';
  ws.getCell(13, 4).numFmt = '#,##0';
  box(ws, 12, 1, 13, 4);
  put(ws, 15, 1, ['今後の方向性', '継続']);
  wrap(ws, 3, 1, 15, 7);
}

const J1 = '浄化槽設置整備';
const J2 = '浄化槽維持管理適正化';
const projectPerSheet: Holdout2Workbook = {
  name: 'h168-n-jimu-jigyo-sheets',
  layout:
    '事務事業評価シート（令和６年度）one 事業 per sheet: label rows, a 活動指標／成果指標 table with 令和5年度実績 beside 令和6年度目標／実績, 達成率 text, 事業費（千円）',
  build(wb: Workbook) {
    jimuSheet(
      wb,
      J1,
      '浄化槽設置整備事業',
      '公共下水道等の整備計画区域外で合併処理浄化槽を設置する者に対し、設置費用の一部を補助する。',
      [
        ['活動指標', '補助金交付基数', '基', 47, 50, 43],
        ['成果指標', '汚水処理人口普及率', '％', 87.5, 89.0, 88.2],
      ],
      [17820, 18540],
    );
    jimuSheet(
      wb,
      J2,
      '浄化槽維持管理適正化事業',
      '浄化槽管理者に対し保守点検・清掃・法定検査の実施を指導し、未受検者へ通知する。',
      [
        ['活動指標', '指導通知件数', '件', 391, 400, 436],
        ['成果指標', '11条検査受検率', '％', 58.0, 65.0, 61.2],
      ],
      [2310, 2465],
    );
  },
  expected: {
    file: 'h168-n-jimu-jigyo-sheets.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(J1, '補助金交付基数', '基', 50, 43),
      ind(J1, '汚水処理人口普及率', '％', 89.0, 88.2),
      ind(J2, '指導通知件数', '件', 400, 436),
      ind(J2, '11条検査受検率', '％', 65.0, 61.2),
    ],
    groups: [],
  },
};

const P_SHEET = '実施状況';
const periodOverMeasures: Holdout2Workbook = {
  name: 'h168-n-indicators-as-columns',
  layout:
    '令和４年度 生活排水対策推進計画 実施状況: indicators as columns, 単位／目標／実績／達成率／評価 as rows, full-width digits, ○× with a legend of 達成／未達成 only',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(P_SHEET);
    widths(ws, [10, 18, 18, 18, 18]);
    merge(ws, 1, 1, 1, 5, '令和４年度　生活排水対策推進計画　実施状況');
    put(ws, 3, 1, ['項目', '浄化槽設置補助基数', '単独処理浄化槽からの転換基数', '浄化槽維持管理補助件数', '生活排水対策講習会の開催回数']);
    put(ws, 4, 1, ['単位', '基', '基', '件', '回']);
    put(ws, 5, 1, ['目標', '３５', '１５', '２５０', '６']);
    put(ws, 6, 1, ['実績', '３５', '９', '２３１', '６']);
    put(ws, 7, 1, ['達成率', '100.0％', '60.0％', '92.4％', '100.0％']);
    put(ws, 8, 1, ['評価', '○', '×', '×', '○']);
    wrap(ws, 3, 1, 8, 5);
    box(ws, 3, 1, 8, 5);
    put(ws, 10, 1, ['評価　○：目標達成　×：目標未達成']);
  },
  expected: {
    file: 'h168-n-indicators-as-columns.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(P_SHEET, '浄化槽設置補助基数', '基', 35, 35, { existing: '○' }),
      ind(P_SHEET, '単独処理浄化槽からの転換基数', '基', 15, 9, { existing: '×' }),
      ind(P_SHEET, '浄化槽維持管理補助件数', '件', 250, 231, { existing: '×' }),
      ind(P_SHEET, '生活排水対策講習会の開催回数', '回', 6, 6, { existing: '○' }),
    ],
    groups: [],
  },
};

const L_SHEET = '個別目標';
const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });
const labelValueCards: Holdout2Workbook = {
  name: 'h168-n-kankyo-cards',
  layout:
    '環境基本計画 個別目標の進捗状況（令和５年度）: one label／value card per indicator stacked down the sheet, 現状値（令和元年度）, 目標値（令和７年度）, 令和５年度実績, a 減少 target of 0',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(L_SHEET);
    widths(ws, [22, 40]);
    merge(ws, 1, 1, 1, 2, '環境基本計画　個別目標の進捗状況（令和５年度）');
    put(ws, 2, 1, ['基本目標３　きれいな水を守るまち']);
    const cards: [string, string, string, number, number, number, string][] = [
      ['河川のBOD環境基準達成率', '％', '増加', 80.0, 100, 90.0, '10地点中9地点で環境基準を達成した。'],
      ['生活排水処理率', '％', '増加', 78.4, 92.0, 85.3, '合併処理浄化槽への転換が進み、前年度から1.2ポイント上昇した。'],
      ['浄化槽汚泥等の不法投棄件数', '件', '減少', 3, 0, 2, 'パトロールを強化し、投棄者への指導を行った。'],
    ];
    cards.forEach(([name, unit, dir, base, target, actual, comment], i) => {
      const r = 4 + i * 9;
      put(ws, r, 1, ['個別目標', '3-2　生活排水による水質汚濁の防止']);
      put(ws, r + 1, 1, ['指標名', name]);
      put(ws, r + 2, 1, ['単位', unit]);
      put(ws, r + 3, 1, ['目指す方向', dir]);
      put(ws, r + 4, 1, ['現状値（令和元年度）', base]);
      put(ws, r + 5, 1, ['目標値（令和７年度）', target]);
      put(ws, r + 6, 1, ['令和５年度実績', actual]);
      put(ws, r + 7, 1, ['評価コメント', comment]);
      wrap(ws, r, 1, r + 7, 2);
      box(ws, r, 1, r + 7, 2);
    });
  },
  expected: {
    file: 'h168-n-kankyo-cards.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(L_SHEET, '河川のBOD環境基準達成率', '％', 100, 90.0)),
      final(ind(L_SHEET, '生活排水処理率', '％', 92.0, 85.3)),
      final(ind(L_SHEET, '浄化槽汚泥等の不法投棄件数', '件', 0, 2, { direction: 'down' })),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [yearsAsRows, projectPerSheet, periodOverMeasures, labelValueCards];
