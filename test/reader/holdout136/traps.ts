/**
 * Hold-out 136, traps a careless reader falls into: a 年度別推移 of 令和５年度 whose 令和6年度（9月末現在） column is already
 * filled and whose 目標値（R8） sits beside the 目標値（R5）; a 成果指標評価表 of 令和４年度 with a 「前年度以上」 target, a
 * 「０」 target to reduce to, full-width figures and 備考 holding other years' and 単年度 figures; a 令和６年度 table with
 * ％ stored as fractions under a % format and a 累計 row beside a 単年度（参考） row.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

/** Other years' columns: R3, R4, R5 actuals, R6 (9月末現在) partly filled, 目標値（R5） and 目標値（R8）. */
const L_SHEET = '年度別推移';
const laterYears: Holdout2Workbook = {
  name: 'h136-t-chokubai-later-years',
  layout: '年度別推移 (評価対象年度：令和５年度): 目標値（R5） and 目標値（R8）, 実績 R3／R4／R5／R6（9月末現在） all filled, a 減少 indicator',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(L_SHEET);
    widths(ws, [28, 8, 8, 12, 10, 10, 10, 14, 12]);
    merge(ws, 1, 1, 1, 9, '水産物流通・消費拡大　成果指標の年度別推移');
    put(ws, 2, 1, ['評価対象年度：令和５年度　　（作成：令和６年１０月　水産流通課）']);
    merge(ws, 4, 1, 5, 1, '指標名');
    merge(ws, 4, 2, 5, 2, '単位');
    merge(ws, 4, 3, 5, 3, '方向');
    merge(ws, 4, 4, 5, 4, '目標値（R5）');
    merge(ws, 4, 5, 4, 8, '実績値');
    put(ws, 5, 5, ['R3', 'R4', 'R5', 'R6\n（9月末現在）']);
    merge(ws, 4, 9, 5, 9, '目標値（R8）');
    const rows: (string | number)[][] = [
      ['漁協販売取扱高', '百万円', '増加', 1800, 1611, 1690, 1722, 940, 2000],
      ['漁業体験学習受入校数', '校', '増加', 12, 8, 11, 13, 7, 15],
      ['鮮魚直売所利用者数', '千人', '増加', 45, 29.8, 31.5, 33.6, 21.2, 50],
      ['漁船海難事故件数', '件', '減少', 3, 4, 3, 2, 2, 1],
    ];
    rows.forEach((row, i) => put(ws, 6 + i, 1, row));
    wrap(ws, 4, 1, 9, 9);
    box(ws, 4, 1, 9, 9);
    put(ws, 11, 1, ['※R6欄は令和6年9月末現在の速報値（参考）。海難事故件数は暦年。']);
  },
  expected: {
    file: 'h136-t-chokubai-later-years.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(L_SHEET, '漁協販売取扱高', '百万円', 1800, 1722),
      ind(L_SHEET, '漁業体験学習受入校数', '校', 12, 13),
      ind(L_SHEET, '鮮魚直売所利用者数', '千人', 45, 33.6),
      ind(L_SHEET, '漁船海難事故件数', '件', 3, 2, { direction: 'down' }),
    ],
    groups: [],
  },
};

/** A target that is not a number, a zero target to reduce to, full-width figures, 備考 with figures of other years. */
const N_SHEET = '成果指標評価表';
const notesTable: Holdout2Workbook = {
  name: 'h136-t-yugyo-notes',
  layout: '成果指標評価表 (令和４年度): 「前年度以上」 target, 「０」 target with 減少, full-width figures, 備考 with R3 and 単年度 figures',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(N_SHEET);
    widths(ws, [6, 30, 8, 12, 12, 12, 34]);
    merge(ws, 1, 1, 1, 7, '令和４年度　〇〇市水産業振興計画　成果指標評価表');
    put(ws, 3, 1, ['No.', '成果指標', '単位', '指標の方向性', '目標値', '実績値', '備考']);
    const rows: (string | number)[][] = [
      ['１', '遊漁船利用者数', '人', '増加', '前年度以上', '８，４２０', '（参考）R3実績：7,916人'],
      ['２', '漁港内事故件数', '件', '減少', '０', '０', 'R3：2件'],
      ['３', '藻場造成面積（累計）', 'ha', '増加', '１２．０', '１０．４', 'うち令和４年度造成 1.8ha'],
      ['４', '水産物学校給食提供回数', '回', '増加', '２４', '２４', 'R3実績 18回'],
      ['５', '漁業系廃棄物の適正処理率', '%', '増加', '１００％', '９８．５％', '漁網・発泡スチロール等'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 8, 7);
    box(ws, 3, 1, 8, 7);
  },
  expected: {
    file: 'h136-t-yugyo-notes.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(N_SHEET, '遊漁船利用者数', '人', null, 8420),
      ind(N_SHEET, '漁港内事故件数', '件', 0, 0, { direction: 'down' }),
      ind(N_SHEET, '藻場造成面積（累計）', 'ha', 12, 10.4),
      ind(N_SHEET, '水産物学校給食提供回数', '回', 24, 24),
      ind(N_SHEET, '漁業系廃棄物の適正処理率', '%', 100, 98.5),
    ],
    groups: [],
  },
};

/** ％ stored as fractions under a % format; a 累計 row with a 単年度（参考） row under it; 前年度実績 beside. */
const F_SHEET = '指標達成状況';
const fractions: Holdout2Workbook = {
  name: 'h136-t-kyosai-fraction',
  layout: '指標達成状況 (令和６年度): ％ as fractions under 0.0%, 人工漁礁設置基数 with a 累計 row and a 単年度（参考） row, 前年度実績（R5） column',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(F_SHEET);
    widths(ws, [28, 8, 14, 14, 14, 16]);
    merge(ws, 1, 1, 1, 6, '令和６年度　漁業経営安定・漁場整備　指標達成状況');
    put(ws, 3, 1, ['指標名', '単位', '区分', '目標値（R6）', '実績値（R6）', '前年度実績（R5）']);
    put(ws, 4, 1, ['漁業共済加入率', '%', '単年度', 0.85, 0.812, 0.798]);
    put(ws, 5, 1, ['漁港施設長寿命化対策実施率', '%', '累計', 0.6, 0.65, 0.52]);
    merge(ws, 6, 1, 7, 1, '人工漁礁設置基数');
    merge(ws, 6, 2, 7, 2, '基');
    put(ws, 6, 3, ['累計', 48, 45, 41]);
    put(ws, 7, 3, ['単年度（参考）', undefined, 4, 5]);
    put(ws, 8, 1, ['水産加工業従事者数', '人', '単年度', 420, 388, 402]);
    for (const r of [4, 5]) for (const c of [4, 5, 6]) ws.getCell(r, c).numFmt = '0.0%';
    wrap(ws, 3, 1, 8, 6);
    box(ws, 3, 1, 8, 6);
    put(ws, 10, 1, ['※加入率は漁業共済加入経営体数÷漁業経営体数。人工漁礁は平成28年度からの累計。']);
  },
  expected: {
    file: 'h136-t-kyosai-fraction.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(F_SHEET, '漁業共済加入率', '%', 85, 81.2),
      ind(F_SHEET, '漁港施設長寿命化対策実施率', '%', 60, 65),
      ind(F_SHEET, '人工漁礁設置基数', '基', 48, 45),
      ind(F_SHEET, '水産加工業従事者数', '人', 420, 388),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [laterYears, notesTable, fractions];
