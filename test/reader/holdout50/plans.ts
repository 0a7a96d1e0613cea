/** Hold-out 50, family D: plan-indicator tables with a 修正目標 column beside the original, a precomputed 達成率, a target below the baseline that is still up, and a 参考指標 block in the main table's shape. */
import type { Workbook } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const fin = (e: ExpectedIndicator): ExpectedIndicator => ({ ...e, targetSource: 'final' });

// ---------------------------------------------------------------- D1: 当初目標 and 修正目標
const S1 = '資料3';
const D1_ROWS: (string | number)[][] = [
  [1, '企業誘致件数（累計）', '計画期間中に市内に立地した企業の累計件数', '件', '3\n（令和3年度）', 10, '－', '6\n（令和5年度）', '60.0%', '商工労働課調べ'],
  [
    2,
    '製造業従業者数',
    '市内の製造業事業所の従業者数',
    '人',
    '10,796\n（令和3年6月1日）',
    10100,
    '－',
    '10,420\n（令和5年6月1日）',
    '103.2%',
    '経済構造実態調査',
  ],
  [
    3,
    '試験分析件数',
    '工業技術センターで行った依頼試験・分析の件数',
    '件',
    '1,117\n（令和3年度）',
    1100,
    1300,
    '1,254\n（令和5年度）',
    '96.5%',
    '工業技術センター実績',
  ],
  [
    4,
    '産業廃棄物の最終処分量',
    '市内事業所から出る産業廃棄物の最終処分量。削減を目指す指標',
    't',
    '4,820\n（令和3年度）',
    4000,
    '－',
    '4,310\n（令和5年度）',
    '92.8%',
    '産業廃棄物実態調査',
  ],
  [5, '工業団地の分譲率', '市の工業団地の分譲済み面積の割合', '％', '62.5\n（令和3年度）', 80, 85, '78.4\n（令和5年度）', '92.2%', '商工労働課調べ'],
  [6, '技能検定合格者数', '市内在勤者の技能検定の合格者数', '人', '48\n（令和3年度）', 60, '－', '集計中', '－', '県職業能力開発協会'],
];
const E1: ExpectedIndicator[] = [
  fin(ind(S1, '企業誘致件数（累計）', '件', 10, 6)),
  fin(ind(S1, '製造業従業者数', '人', 10100, 10420)),
  fin(ind(S1, '試験分析件数', '件', 1300, 1254)),
  fin(ind(S1, '産業廃棄物の最終処分量', 't', 4000, 4310, { direction: 'down' })),
  fin(ind(S1, '工業団地の分譲率', '％', 85, 78.4)),
  fin(ind(S1, '技能検定合格者数', '人', 60, null, { actualStatus: 'pending' })),
];

export const PLAN_REVISED: Holdout2Workbook = {
  name: 'h50-d-plan-revised-target',
  layout:
    'D: 現況 with its year, 目標（R8） and 修正目標（R8） side by side (「－」 = unchanged), 実績 with its year, a department 達成率 column, a target below the baseline yet up, 削減 only in the 説明',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 10, ['資料3']);
    put(ws, 2, 1, ['一関市工業振興計画（令和4年度～令和8年度）　指標の点検評価']);
    put(ws, 3, 1, ['（令和5年度実績）']);
    put(ws, 5, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標', undefined, '実績', '達成率', '現状把握の方法']);
    put(ws, 6, 6, ['当初目標\n（R8）', '修正目標\n（R8）']);
    ws.mergeCells(5, 6, 5, 7);
    for (const c of [1, 2, 3, 4, 5, 8, 9, 10]) ws.mergeCells(5, c, 6, c);
    D1_ROWS.forEach((row, i) => put(ws, 7 + i, 1, row));
    put(ws, 14, 1, ['※修正目標欄が「－」の指標は、当初目標のまま評価する。試験分析件数・工業団地の分譲率は令和5年度の中間見直しで目標を上方修正した。']);
    put(ws, 15, 1, ['※達成率＝実績÷目標（修正目標がある指標は修正目標、削減を目指す指標は目標÷実績）。']);
    ws.getColumn(2).width = 26;
    ws.getColumn(3).width = 40;
  },
  expected: { file: 'h50-d-plan-revised-target.xlsx', fiscalYear: 2023, indicators: E1, groups: [] },
};

// ---------------------------------------------------------------- D2: 参考指標 below the main table
const S2 = '点検評価';
const HEAD = ['指標', '指標の説明', '単位', '現況（計画策定時）', '目標（R9）', '実績', '現状把握の方法'];
const D2_ROWS: string[][] = [
  ['新規就農者数（累計）', '計画期間中に新たに就農した人数の累計', '人', '0\n（令和3年度）', '40', '17\n（令和5年度）', '農業委員会調べ'],
  ['認定農業者数', '農業経営改善計画の認定を受けた農業者数', '経営体', '312\n（令和3年度）', '330', '318\n（令和5年度末）', '農政課調べ'],
  ['農地集積率', '担い手に集積された農地面積の割合', '％', '52.4\n（令和3年度）', '65.0', '58.9\n（令和5年度）', '農地中間管理機構'],
  ['有害鳥獣による農作物被害額', '鳥獣による農作物の被害額。減少を目指す', '千円', '38,420\n（令和3年度）', '30,000', '29,860\n（令和5年度）', '被害調査'],
  ['農産物直売所の販売額', '市内8直売所の販売額の合計', '百万円', '286\n（令和3年度）', '350', '312\n（令和5年度）', '直売所からの報告'],
  [
    '学校給食における地場産物の使用割合',
    '食材数ベースでの地場産物の割合',
    '％',
    '28.0\n（令和3年度）',
    '35.0',
    '－\n（令和5年度は調査を実施せず）',
    '学校給食センター調査',
  ],
];
const E2: ExpectedIndicator[] = [
  fin(ind(S2, '新規就農者数（累計）', '人', 40, 17)),
  fin(ind(S2, '認定農業者数', '経営体', 330, 318)),
  fin(ind(S2, '農地集積率', '％', 65, 58.9)),
  fin(ind(S2, '有害鳥獣による農作物被害額', '千円', 30000, 29860, { direction: 'down' })),
  fin(ind(S2, '農産物直売所の販売額', '百万円', 350, 312)),
  fin(ind(S2, '学校給食における地場産物の使用割合', '％', 35, null, { actualStatus: 'not-applicable' })),
];

export const PLAN_REFERENCE: Holdout2Workbook = {
  name: 'h50-d-plan-reference-block',
  layout:
    'D: plan indicators with years in the cells, a 参考指標 block below with the same headings (one with a 目標), 減少 only in the 説明, an actual of 「－」 with a reason',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['第2次農業振興計画　指標の点検評価（令和5年度）']);
    put(ws, 2, 6, ['農林部　農政課']);
    put(ws, 4, 1, ['1　成果指標']);
    put(ws, 5, 1, HEAD);
    D2_ROWS.forEach((row, i) => put(ws, 6 + i, 1, row));
    put(ws, 13, 1, ['2　参考指標（目標の達成を評価しない指標）']);
    put(ws, 14, 1, HEAD);
    put(ws, 15, 1, ['農業産出額', '市町村別農業産出額（推計）', '億円', '128\n（令和2年）', '－', '131\n（令和4年）', '農林水産省統計']);
    put(ws, 16, 1, ['耕作放棄地面積', '荒廃農地調査による面積', 'ha', '412\n（令和3年度）', '400', '405\n（令和5年度）', '荒廃農地調査']);
    put(ws, 17, 1, ['農業者の平均年齢', '認定農業者の平均年齢', '歳', '63.8\n（令和3年度）', '－', '64.5\n（令和5年度）', '農政課調べ']);
    put(ws, 19, 1, ['※参考指標の目標欄は国・県の計画の数値を転記したもの。']);
    ws.getColumn(1).width = 30;
    ws.getColumn(2).width = 36;
  },
  expected: { file: 'h50-d-plan-reference-block.xlsx', fiscalYear: 2023, indicators: E2, groups: [] },
};

export const PLAN_WORKBOOKS = [PLAN_REVISED, PLAN_REFERENCE];
