/** Hold-out 16, family D: plan-indicator tables (計画の指標) as two other offices lay them out. */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const D1 = '成果指標';

/** 指標名 | 単位 | 基準値（R2） | 目標値（R8） | 令和5年度実績 | 評価 (by the department) | 把握方法; only the final target, a 未調査 actual. */
const finalColumns: Holdout2Workbook = {
  name: 'h16-plan-final-target-columns',
  layout:
    'plan indicators: No. | 指標名 | 単位 | 基準値（R2） | 目標値（R8） | 令和5年度実績 | 評価 | 把握方法; final target only, department grades, one actual 未調査',
  build(wb) {
    const ws = wb.addWorksheet(D1);
    put(ws, 1, 1, ['第２次環境基本計画　成果指標の達成状況']);
    put(ws, 3, 1, ['No.', '指標名', '単位', '基準値（R2）', '目標値（R8）', '令和5年度実績', '評価', '把握方法']);
    put(ws, 4, 1, [1, '市民１人１日当たりのごみ排出量（少ないほど良い）', 'g', 912, 850, 868, 'B', '清掃事業概要']);
    put(ws, 5, 1, [2, 'リサイクル率', '％', 18.4, 25.0, 19.6, 'C', '清掃事業概要']);
    put(ws, 6, 1, [3, '住宅用太陽光発電設備設置件数（累計）', '件', '2,140', '3,500', '3,612', 'A', '補助金交付実績']);
    put(ws, 7, 1, [4, '環境学習講座参加者数', '人', 640, 1000, 512, 'D', '環境政策課調べ']);
    put(ws, 8, 1, [5, '環境に配慮した行動をしている市民の割合', '％', 62.0, 75.0, '未調査', '－', '市民意識調査（隔年実施、次回R6）']);
    put(ws, 10, 1, ['※評価　A：目標達成　B：80％以上　C：60％以上　D：60％未満（基準値からではなく目標値に対する割合）']);
  },
  expected: {
    file: 'h16-plan-final-target-columns.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(D1, '市民１人１日当たりのごみ排出量', 'g', 850, 868, { direction: 'down', existing: 'B' }), targetSource: 'final' },
      { ...ind(D1, 'リサイクル率', '％', 25, 19.6, { existing: 'C' }), targetSource: 'final' },
      { ...ind(D1, '住宅用太陽光発電設備設置件数（累計）', '件', 3500, 3612, { existing: 'A' }), targetSource: 'final' },
      { ...ind(D1, '環境学習講座参加者数', '人', 1000, 512, { existing: 'D' }), targetSource: 'final' },
      { ...ind(D1, '環境に配慮した行動をしている市民の割合', '％', 75, null, { actualStatus: 'missing' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

const D2 = '計画指標';

/** Years inside the cells ("785\n（令和元年度）"), units inside the value text, full-width digits, a 備考 column, two tables on one sheet. */
const yearsInCells: Holdout2Workbook = {
  name: 'h16-plan-years-in-cells',
  layout:
    'plan indicators, two tables (one per 基本目標) stacked on one sheet: 指標 | 現状値 (year in cell) | 目標値（令和９年度） | 直近実績 (value with unit and year in the cell) | 備考',
  build(wb) {
    const ws = wb.addWorksheet(D2);
    put(ws, 1, 1, ['農業振興計画　指標の進捗（令和５年度実績）']);
    put(ws, 3, 1, ['基本目標１　担い手の確保・育成']);
    put(ws, 4, 1, ['指標', '現状値', '目標値（令和９年度）', '直近実績', '備考']);
    put(ws, 5, 1, ['認定農業者数', '412経営体\n（令和元年度）', '450経営体', '427経営体\n（令和５年度）']);
    put(ws, 6, 1, ['新規就農者数（年間）', '８人\n（令和元年度）', '１５人', '１１人\n（令和５年度）']);
    put(ws, 7, 1, ['集落営農組織数', '36組織\n（令和元年度）', '40組織', '36組織\n（令和５年度）', '法人化に伴う統合２件']);
    put(ws, 10, 1, ['基本目標２　農地の保全と有効活用']);
    put(ws, 11, 1, ['指標', '現状値', '目標値（令和９年度）', '直近実績', '備考']);
    put(ws, 12, 1, ['担い手への農地集積率', '58.2％\n（令和元年度）', '70.0％', '63.5％\n（令和５年度）']);
    put(ws, 13, 1, ['荒廃農地面積（減少を目指す）', '96ha\n（令和元年度）', '80ha', '101ha\n（令和５年度）', '現地調査による']);
    put(ws, 14, 1, ['多面的機能支払交付金の取組面積', '3,840ha\n（令和元年度）', '4,200ha', '4,050ha\n（令和５年度）']);
  },
  expected: {
    file: 'h16-plan-years-in-cells.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(D2, '認定農業者数', '経営体', 450, 427), targetSource: 'final' },
      { ...ind(D2, '新規就農者数（年間）', '人', 15, 11), targetSource: 'final' },
      { ...ind(D2, '集落営農組織数', '組織', 40, 36), targetSource: 'final' },
      { ...ind(D2, '担い手への農地集積率', '％', 70, 63.5), targetSource: 'final' },
      { ...ind(D2, '荒廃農地面積', 'ha', 80, 101, { direction: 'down' }), targetSource: 'final' },
      { ...ind(D2, '多面的機能支払交付金の取組面積', 'ha', 4200, 4050), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const PLAN_WORKBOOKS: Holdout2Workbook[] = [finalColumns, yearsInCells];
