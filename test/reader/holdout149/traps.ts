/**
 * Hold-out 149, three traps of 感染症対策・予防接種・健康危機管理: a 数値目標の進捗状況 with 単年度 and 累計 実績 columns side by side
 * (the （累計） indicators are read from 累計) and a 接種率 stored as fractions under a ％ format; a 成果指標評価表 evaluated in
 * 令和７年度 of 令和６年度実績 with targets 「前年度以上」「増加」「０件」 and 備考 that look like values; a 年度別推移 with a
 * 令和6年度（9月末現在） column already filled beside the evaluated 令和5年度, a 集計中 and a final 目標値（令和7年度）.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------
// 累計 vs 単年度, and ％ stored as fractions; 令和７年度 (2025).

const R_SHEET = '進捗状況';

const cumulative: Holdout2Workbook = {
  name: 'r7-kansen-yobo-ruikei-tannendo',
  layout: 'trap: 単年度 and 累計 実績 columns side by side, （累計） indicators read from 累計, others from 単年度; a 接種率 stored as fractions under 0.0%',
  build(wb) {
    const ws = wb.addWorksheet(R_SHEET);
    widths(ws, [5, 38, 7, 14, 16, 18, 30]);
    merge(ws, 1, 1, 1, 7, '感染症予防計画　数値目標の進捗状況（令和７年度末）');
    put(ws, 3, 1, ['No.', '指標', '単位', '目標値\n（令和７年度）', '令和７年度実績\n（単年度）', '累計実績\n（令和4年度～）', '備考']);
    put(ws, 4, 1, [1, '感染症対策研修会受講者数（累計）', '人', 900, 310, 845, '令和４年度からの累計で目標設定']);
    put(ws, 5, 1, [2, '高齢者インフルエンザ予防接種率', '％', 0.6, 0.583, '－', '']);
    ws.getCell(5, 4).numFmt = '0%';
    ws.getCell(5, 5).numFmt = '0.0%';
    put(ws, 6, 1, [3, '保健所等との合同訓練回数（累計）', '回', 6, 2, 5, '令和４年度からの累計で目標設定']);
    put(ws, 7, 1, [4, '感染症相談窓口の相談件数', '件', 1800, 1620, 4980, '']);
    for (let r = 4; r <= 7; r++) for (const c of [4, 5, 6]) if (r !== 5) ws.getCell(r, c).numFmt = '#,##0';
    wrap(ws, 3, 1, 7, 7);
    box(ws, 3, 1, 7, 7);
  },
  expected: {
    file: 'r7-kansen-yobo-ruikei-tannendo.xlsx',
    fiscalYear: 2025,
    indicators: [
      ind(R_SHEET, '感染症対策研修会受講者数（累計）', '人', 900, 845),
      ind(R_SHEET, '高齢者インフルエンザ予防接種率', '％', 60, 58.3),
      ind(R_SHEET, '保健所等との合同訓練回数（累計）', '回', 6, 5),
      ind(R_SHEET, '感染症相談窓口の相談件数', '件', 1800, 1620),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// Targets that are not numbers, notes that look like values; 令和７年度評価 of 令和６年度実績 (2024).

const T_SHEET = '成果指標';

const wordTargets: Holdout2Workbook = {
  name: 'r6-kenkokiki-seika-shihyo-hyoka',
  layout: 'trap: 令和７年度評価 of 令和６年度実績, targets 「前年度以上」「増加」「０件」, 備考 「前年度実績 95.0％」「参考：R4実績 512人」, 減少 in a note',
  build(wb) {
    const ws = wb.addWorksheet(T_SHEET);
    widths(ws, [5, 36, 7, 12, 12, 12, 30]);
    merge(ws, 1, 1, 1, 7, '令和７年度　健康危機管理 成果指標評価表（対象：令和６年度実績）');
    put(ws, 3, 1, ['No.', '成果指標', '単位', '基準値\n（R5）', '目標値\n（R6）', '実績値\n（R6）', '備考']);
    const rows: (string | number)[][] = [
      [1, '麻しん風しん混合（ＭＲ）第２期接種率', '％', 91.2, 95.0, 92.6, '国の目標値95％以上'],
      [2, '結核患者のＤＯＴＳ（服薬支援）実施率', '％', 95.0, '前年度以上', 96.4, '前年度実績 95.0％'],
      [3, '感染症に関する出前講座の参加者数', '人', 455, 500, 468, '参考：R4実績 512人'],
      [4, '予防接種の間違い件数', '件', 2, '０件', 1, '減少を目指す指標'],
      [5, '新型インフルエンザ等対策訓練の参加機関数', '機関', 9, '増加', 12, '保健所・医師会・消防等'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    wrap(ws, 3, 1, 8, 7);
    box(ws, 3, 1, 8, 7);
  },
  expected: {
    file: 'r6-kenkokiki-seika-shihyo-hyoka.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(T_SHEET, '麻しん風しん混合（ＭＲ）第２期接種率', '％', 95, 92.6),
      ind(T_SHEET, '結核患者のＤＯＴＳ（服薬支援）実施率', '％', null, 96.4),
      ind(T_SHEET, '感染症に関する出前講座の参加者数', '人', 500, 468),
      ind(T_SHEET, '予防接種の間違い件数', '件', 0, 1, { direction: 'down' }),
      ind(T_SHEET, '新型インフルエンザ等対策訓練の参加機関数', '機関', null, 12),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 年度別推移 with a later, partial year filled; 評価対象年度：令和５年度 (2023); final 目標値（令和7年度）.

const S_SHEET = '年度別推移';

const laterYear: Holdout2Workbook = {
  name: 'r5-kansen-shihyo-nendobetsu-suii',
  layout:
    'trap: 年度別推移 令和2年度…令和6年度（9月末現在） with the later column filled, 評価対象年度：令和５年度 in a cell, a 集計中, only a 目標値（令和7年度）',
  build(wb) {
    const ws = wb.addWorksheet(S_SHEET);
    widths(ws, [34, 7, 10, 10, 10, 10, 14, 14]);
    merge(ws, 1, 1, 1, 8, '感染症予防対策　成果指標の年度別推移');
    put(ws, 2, 1, ['評価対象年度：令和５年度']);
    put(ws, 4, 1, ['指標名', '単位', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度\n（9月末現在）', '目標値\n（令和7年度）']);
    const rows: (string | number)[][] = [
      ['高齢者肺炎球菌ワクチン接種率', '％', 38.5, 42.0, 45.1, 48.2, 21.5, 55],
      ['結核健診受診率', '％', 27.4, 28.9, 29.8, '集計中', '－', 35],
      ['感染症予防講習会の受講者数', '人', 310, 620, 980, 1240, 530, 1200],
      ['感染症対応の協定締結医療機関数', '機関', '－', '－', 2, 8, 14, 20],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    wrap(ws, 4, 1, 8, 8);
    box(ws, 4, 1, 8, 8);
    put(ws, 9, 1, ['※令和6年度は9月末現在の速報値（年度途中）']);
  },
  expected: {
    file: 'r5-kansen-shihyo-nendobetsu-suii.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(S_SHEET, '高齢者肺炎球菌ワクチン接種率', '％', 55, 48.2), targetSource: 'final' },
      { ...ind(S_SHEET, '結核健診受診率', '％', 35, null, { actualStatus: 'pending' }), targetSource: 'final' },
      { ...ind(S_SHEET, '感染症予防講習会の受講者数', '人', 1200, 1240), targetSource: 'final' },
      { ...ind(S_SHEET, '感染症対応の協定締結医療機関数', '機関', 20, 8), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [cumulative, wordTargets, laterYear];
