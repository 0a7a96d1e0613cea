/** Hold-out 22, family B: 事業実績 tables (targets and actuals as text; a two-year merged heading). */
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';

const S1 = '事務事業実績';
const textValues: Holdout2Workbook = {
  name: 'h22-b-project-text-values',
  layout:
    '事業実績: 目標 and 実績 as text with units (約, full-width digits, 未実施, 集計中), a hidden 令和４年度実績（参考） column, 達成状況 words, 自己評価',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['令和５年度　事務事業実績報告書（観光交流課）']);
    ws.mergeCells(1, 1, 1, 10);
    put(ws, 3, 1, [
      'No.',
      '事業名',
      '指標（活動・成果）',
      '令和４年度実績（参考）',
      '令和５年度目標',
      '令和５年度実績',
      '達成状況',
      '自己評価',
      '今後の方向性',
      '備考',
    ]);
    put(ws, 4, 1, [1, '観光案内所運営事業', '案内件数', '11,850件', '12,000件', '約12,400件', '達成', 'A', '継続']);
    put(ws, 5, 1, [2, '観光パンフレット作成事業', '作成部数', '30,000部', '30,000部', '２８，５００部', '未達成', 'B', '継続']);
    put(ws, 6, 1, [3, '体験型観光推進事業', '体験メニュー造成数', '5件', '8件', '4件', '未達成', 'C', '見直し']);
    put(ws, 7, 1, [4, '観光ボランティアガイド育成事業', '養成講座開催回数', '2回', '3回', '未実施', '－', 'D', '継続', '講師の確保ができず未実施']);
    put(ws, 8, 1, [5, 'インバウンド誘客事業', '外国人宿泊者数', '3,200人', '5,000人', '集計中', '－', undefined, '拡充', '宿泊統計は7月に確定予定']);
    put(ws, 9, 1, [6, '花火大会開催支援事業', '来場者数', '約85,000人', '90,000人', '約92,000人', '達成', 'A', '継続', '主催者発表']);
    ws.getColumn(4).hidden = true;
  },
  expected: {
    file: 'h22-b-project-text-values.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S1, '案内件数', '件', 12000, 12400, { actualStatus: 'approximate', existing: 'A' }),
      ind(S1, '作成部数', '部', 30000, 28500, { existing: 'B' }),
      ind(S1, '体験メニュー造成数', '件', 8, 4, { existing: 'C' }),
      ind(S1, '養成講座開催回数', '回', 3, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(S1, '外国人宿泊者数', '人', 5000, null, { actualStatus: 'pending' }),
      ind(S1, '来場者数', '人', 90000, 92000, { actualStatus: 'approximate', existing: 'A' }),
    ],
    groups: [],
  },
};

const S2 = '事業評価';
const twoYears: Holdout2Workbook = {
  name: 'h22-b-project-two-year-merged-heading',
  layout:
    '事業評価調書: merged two-row headings 2022年度 | 2023年度 each over 目標/実績 (last year first), a spacer column, 単位 column, comma text figures, 達成率 column, a 減少 note in 備考, 評価 column',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['2023年度　事業評価調書（農林課）']);
    put(ws, 3, 1, ['番号', '事業名', '評価指標', '単位', '2022年度', undefined, undefined, '2023年度', undefined, undefined, '評価', '備考']);
    put(ws, 4, 5, ['目標', '実績', undefined, '目標', '実績', '達成率']);
    for (const c of [1, 2, 3, 4, 11, 12]) ws.mergeCells(3, c, 4, c);
    ws.mergeCells(3, 5, 3, 6);
    ws.mergeCells(3, 8, 3, 10);
    ws.getColumn(7).width = 2;
    put(ws, 5, 1, [1, '新規就農者支援事業', '新規就農者数', '人', 8, 6, undefined, 10, 11, '110.0%', 'A']);
    put(ws, 6, 1, [
      2,
      '有害鳥獣対策事業',
      '農作物被害額',
      '千円',
      '12,000',
      '13,500',
      undefined,
      '11,000',
      '9,800',
      '112.2%',
      'A',
      '被害額の減少を目指す指標（目標÷実績）',
    ]);
    put(ws, 7, 1, [3, '農地集積推進事業', '担い手への農地集積面積', 'ha', '1,800', '1,760', undefined, '1,900', '1,710', '90.0%', 'B']);
    put(ws, 8, 1, [
      4,
      '地産地消推進事業',
      '農産物直売所の販売額',
      '万円',
      '42,000',
      '40,100',
      undefined,
      '45,000',
      '31,200',
      '69.3%',
      'B',
      '主要直売所の改修工事による休業あり',
    ]);
    put(ws, 9, 1, [5, '森林整備事業', '間伐実施面積', 'ha', 120, 98, undefined, 120, 65.5, '54.6%', 'D']);
  },
  expected: {
    file: 'h22-b-project-two-year-merged-heading.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S2, '新規就農者数', '人', 10, 11, { existing: 'A' }),
      ind(S2, '農作物被害額', '千円', 11000, 9800, { direction: 'down', existing: 'A' }),
      ind(S2, '担い手への農地集積面積', 'ha', 1900, 1710, { existing: 'B' }),
      ind(S2, '農産物直売所の販売額', '万円', 45000, 31200, { existing: 'B' }),
      ind(S2, '間伐実施面積', 'ha', 120, 65.5, { existing: 'D' }),
    ],
    groups: [],
  },
};

export const PROJECT_WORKBOOKS: Holdout2Workbook[] = [textValues, twoYears];
