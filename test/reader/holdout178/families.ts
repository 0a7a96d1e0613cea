/** Hold-out 178, the four families as バリアフリー・ユニバーサルデザイン・手話言語条例 offices write them. */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

/** A: one 施策評価シート, indicator blocks stacked, 令和４年度. */
function blockA(
  ws: Worksheet,
  r: number,
  no: string,
  name: string,
  desc: string,
  unit: string,
  dir: string,
  actuals: (string | number | undefined)[],
  expects: (number | undefined)[],
  note: string,
): void {
  merge(ws, r, 1, r, 1, no);
  merge(ws, r, 2, r, 8, name);
  put(ws, r + 1, 1, ['指標の説明']);
  merge(ws, r + 1, 2, r + 1, 8, desc);
  put(ws, r + 2, 1, ['単位', unit, '目指す方向', dir]);
  put(ws, r + 3, 1, ['区分', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
  put(ws, r + 4, 1, ['実績値', ...actuals]);
  put(ws, r + 5, 1, ['期待値\n※R7は目標値', ...expects]);
  put(ws, r + 6, 1, ['備考']);
  merge(ws, r + 6, 2, r + 6, 8, note);
  box(ws, r, 1, r + 6, 8);
  wrap(ws, r + 3, 1, r + 5, 8);
}

const A_SHEET = '3-2';
const aInds = [
  ind(A_SHEET, '公共施設のバリアフリー化率', '％', 72, 70.5),
  ind(A_SHEET, '手話奉仕員養成講座修了者数（累計）', '人', 120, 126),
  ind(A_SHEET, 'ノンステップバス導入率', '％', 60, null, { actualStatus: 'pending' }),
  ind(A_SHEET, '鉄道駅・公共施設のバリアフリーに関する苦情・要望件数', '件', 40, 46, { direction: 'down' }),
];

const shisaku: Holdout2Workbook = {
  name: 'h178-a-shisaku-ud',
  layout:
    '施策評価シート 3-2, four stacked indicator blocks R2（現状値）…R7 with 実績値／期待値 rows, a 集計中, a ↓（減少） indicator, empty 施策の達成状況 beside 「（B）」',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [16, 12, 12, 12, 12, 12, 12, 12, 10, 8]);
    merge(ws, 1, 1, 1, 10, '令和４年度　施策評価シート（評価対象期間：令和４年度）');
    put(ws, 3, 1, ['基本方針', '４　誰もが安心して暮らせるまちづくり']);
    put(ws, 4, 1, ['基本施策', '3-2　ユニバーサルデザインのまちづくり']);
    put(ws, 4, 8, ['施策の達成状況']);
    put(ws, 4, 10, ['（B）']);
    put(ws, 5, 1, ['担当部等', '福祉部 障がい福祉課／都市整備部 都市計画課']);
    box(ws, 3, 1, 5, 10);
    blockA(
      ws,
      7,
      '指標①',
      '公共施設のバリアフリー化率',
      '市有施設のうち、段差解消・多目的トイレ・視覚障害者誘導用ブロックの３項目を満たす施設の割合',
      '％',
      '↑（増加）',
      [61.0, 64.2, 70.5],
      [undefined, 65, 72, 76, 80, 85],
      '令和４年度は市民体育館・中央公民館の改修が完了',
    );
    blockA(
      ws,
      15,
      '指標②',
      '手話奉仕員養成講座修了者数（累計）',
      '手話奉仕員養成講座（入門・基礎）を修了した人数の累計',
      '人',
      '↑（増加）',
      [68, 92, 126],
      [undefined, 90, 120, 150, 180, 210],
      '手話言語条例（令和２年４月施行）に基づく事業',
    );
    blockA(
      ws,
      23,
      '指標③',
      'ノンステップバス導入率',
      '市内路線バス車両のうちノンステップバスの割合（事業者報告）',
      '％',
      '↑（増加）',
      [48.5, 53.0, '集計中'],
      [undefined, 55, 60, 65, 70, 75],
      'バス事業者からの報告は例年７月',
    );
    blockA(
      ws,
      31,
      '指標④',
      '鉄道駅・公共施設のバリアフリーに関する苦情・要望件数',
      '市民の声・窓口で受け付けたバリアフリーに関する苦情・要望の件数',
      '件',
      '↓（減少）',
      [58, 51, 46],
      [undefined, 50, 40, 35, 30, 25],
      '',
    );
    ws.getCell(4, 9).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  },
  expected: {
    file: 'h178-a-shisaku-ud.xlsx',
    fiscalYear: 2022,
    indicators: aInds,
    groups: [{ sheet: A_SHEET, cell: 'I4', grade: rollUp(aInds.map((i) => i.grade)) }],
  },
};

/** B: 令和３年度 事業実績, text figures, one 未実施 and one cell with two measures. */
const B_SHEET = '事業実績';
const jigyo: Holdout2Workbook = {
  name: 'h178-b-jigyo-shuwa',
  layout:
    '令和３年度 事業実績 of 手話言語条例・バリアフリー projects: code, name and 概要 in one cell, figures as text 「派遣件数 204件」, two 課程 in one cell, a 未実施, 自己評価 A–D',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 40, 16, 8, 22, 22, 10, 30]);
    merge(ws, 1, 1, 1, 8, '令和３年度　障がい福祉・ユニバーサルデザイン推進事業　事業実績');
    put(ws, 3, 1, ['No.', '推進事業', '令和２年度実績値', '自己評価', '令和３年度数値目標', '令和３年度実績値', '今後の方向性', '成果・課題']);
    const rows: (string | number)[][] = [
      [
        1,
        '(1)-①\n手話通訳者派遣事業\n聴覚障がい者の通院・手続き等に手話通訳者を派遣する',
        '派遣件数 172件',
        'A',
        '派遣件数 180件',
        '派遣件数 204件',
        '継続',
        '遠隔手話通訳の導入で件数が増加',
      ],
      [
        2,
        '(1)-②\n手話奉仕員養成講座\n手話言語条例に基づき手話奉仕員を養成する',
        '入門課程:16人 基礎課程:12人',
        'B',
        '入門課程:20人 基礎課程:15人',
        '入門課程:18人 基礎課程:9人',
        '継続',
        '基礎課程は感染症対策で定員を縮小',
      ],
      [
        3,
        '(2)-①\n公共施設バリアフリー改修事業\n市有施設の段差解消・多目的トイレ設置を行う',
        '改修施設数 2施設',
        'D',
        '改修施設数 3施設',
        '未実施',
        '見直し',
        '資材高騰により令和４年度に延期',
      ],
      [4, '(2)-②\nユニバーサルデザイン出前講座\n小中学校・町内会へ職員が出向き講座を行う', '開催回数 6回', 'B', '開催回数 12回', '開催回数 9回', '拡充', ''],
      [
        5,
        '(3)-①\nコミュニケーション支援ボード配備事業\n窓口に筆談ボード・支援ボードを配備する',
        '配備箇所 28か所',
        'A',
        '配備箇所 40か所',
        '配備箇所 46か所',
        '終了',
        '全窓口への配備を完了',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    box(ws, 3, 1, 8, 8);
    wrap(ws, 3, 1, 8, 8);
  },
  expected: {
    file: 'h178-b-jigyo-shuwa.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(B_SHEET, '手話通訳者派遣事業', '件', 180, 204, { existing: 'A' }),
      {
        sheet: B_SHEET,
        name: '手話奉仕員養成講座',
        unit: '人',
        measures: [
          { label: '入門課程', target: 20, actual: 18, unit: '人' },
          { label: '基礎課程', target: 15, actual: 9, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind(B_SHEET, '公共施設バリアフリー改修事業', '施設', 3, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, 'ユニバーサルデザイン出前講座', '回', 12, 9, { existing: 'B' }),
      ind(B_SHEET, 'コミュニケーション支援ボード配備事業', 'か所', 40, 46, { existing: 'A' }),
    ],
    groups: [],
  },
};

/** C: 手話言語・障がい者差別解消 KPI, 目標値／実績値 rows per 令和4年度…令和7年度, values with units. */
const C_SHEET = 'KPI';
const kpi: Holdout2Workbook = {
  name: 'h178-c-kpi-shuwa',
  layout: 'KPI table, 目標値 and 実績値 rows per KPI, period columns 令和4年度…令和7年度 (R7 empty), values 「652 人」 and 「-」, evaluated for 令和６年度',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [36, 8, 12, 12, 12, 12]);
    merge(ws, 1, 1, 1, 6, '手話言語条例推進・共生社会づくり　ＫＰＩ検証シート（令和６年度実績）');
    put(ws, 3, 1, ['ＫＰＩ', '区分', '令和4年度', '令和5年度', '令和6年度', '令和7年度']);
    const kpis: [string, (string | number)[], (string | number)[]][] = [
      ['手話言語条例に関する啓発イベント参加者数', ['-', '500 人', '600 人', '700 人'], ['412 人', '538 人', '652 人']],
      ['手話通訳者登録者数', ['18 人', '22 人', '25 人', '28 人'], ['17 人', '19 人', '21 人']],
      ['市ホームページのウェブアクセシビリティ適合ページ率', ['-', '80 %', '90 %', '100 %'], ['64.0 %', '71.2 %', '76.5 %']],
      ['バリアフリー重点整備地区の移動等円滑化経路整備延長', ['2.0 km', '3.0 km', '4.2 km', '5.0 km'], ['1.6 km', '2.1 km', '2.4 km']],
    ];
    kpis.forEach(([name, t, a], i) => {
      const r = 4 + i * 2;
      merge(ws, r, 1, r + 1, 1, name);
      put(ws, r, 2, ['目標値', ...t]);
      put(ws, r + 1, 2, ['実績値', ...a]);
    });
    box(ws, 3, 1, 11, 6);
    put(ws, 13, 1, ['※令和7年度実績は令和8年5月の推進会議で検証予定']);
  },
  expected: {
    file: 'h178-c-kpi-shuwa.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(C_SHEET, '手話言語条例に関する啓発イベント参加者数', '人', 600, 652),
      ind(C_SHEET, '手話通訳者登録者数', '人', 25, 21),
      ind(C_SHEET, '市ホームページのウェブアクセシビリティ適合ページ率', '%', 90, 76.5),
      ind(C_SHEET, 'バリアフリー重点整備地区の移動等円滑化経路整備延長', 'km', 4.2, 2.4),
    ],
    groups: [],
  },
};

/** D: ユニバーサルデザイン推進計画 成果指標, 現況 with its year in the cell, 目標（R8）, 実績 with its year, full-width digits. */
const D_SHEET = '計画の指標';
const dInd = (name: string, unit: string, target: number, actual: number) => ({ ...ind(D_SHEET, name, unit, target, actual), targetSource: 'final' });
const keikaku: Holdout2Workbook = {
  name: 'h178-d-keikaku-ud',
  layout:
    'ユニバーサルデザイン推進計画 成果指標: 現況（計画策定時） 「48.2⏎（令和元年度）」, 目標（R8）, 実績 「５５．０⏎（令和４年度）」 in full-width digits, 単位 column, 現状把握の方法',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [34, 30, 8, 16, 12, 16, 24]);
    merge(ws, 1, 1, 1, 7, '第２次ユニバーサルデザイン推進計画　成果指標の状況（令和４年度実績）');
    put(ws, 3, 1, ['指標', '指標の説明', '単位', '現況（計画策定時）', '目標（R8）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        '「ユニバーサルデザイン」の言葉の意味を知っている市民の割合',
        '市民意識調査で「意味を知っている」と回答した割合',
        '％',
        '48.2\n（令和元年度）',
        70,
        '５５．０\n（令和４年度）',
        '市民意識調査',
      ],
      [
        '多機能トイレ設置公共施設数',
        '多機能トイレ（誰でもトイレ）を設置した市有施設数',
        'か所',
        '31\n（令和元年度）',
        45,
        '３８\n（令和４年度）',
        '施設所管課照会',
      ],
      [
        '視覚障害者誘導用ブロック整備延長',
        '市道における誘導用ブロックの整備延長',
        'ｍ',
        '9,860\n（令和元年度）',
        12000,
        '１２，３５０\n（令和４年度）',
        '道路台帳',
      ],
      ['心のバリアフリー講座受講者数（累計）', '計画期間中の講座受講者の累計', '人', '0\n（令和元年度）', 3000, '１，４２０\n（令和４年度）', '講座受付名簿'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    box(ws, 3, 1, 7, 7);
    wrap(ws, 3, 1, 7, 7);
  },
  expected: {
    file: 'h178-d-keikaku-ud.xlsx',
    fiscalYear: 2022,
    indicators: [
      dInd('「ユニバーサルデザイン」の言葉の意味を知っている市民の割合', '％', 70, 55),
      dInd('多機能トイレ設置公共施設数', 'か所', 45, 38),
      dInd('視覚障害者誘導用ブロック整備延長', 'ｍ', 12000, 12350),
      dInd('心のバリアフリー講座受講者数（累計）', '人', 3000, 1420),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [shisaku, jigyo, kpi, keikaku];
