/**
 * Hold-out 163, shapes outside the four families that 地域医療・救急 offices use: a 消防本部 救急業務 table with years as rows
 * and a 目標値 row, 事務事業評価シート one 事業 per sheet with 活動指標／成果指標 and full-width figures, a 公立病院経営強化プラン
 * 点検・評価表 with 計画／実績 for two years and ○×, and へき地医療 目標 and 実績 on two sheets joined by 指標ID.
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- 救急業務の現況 (years as rows, 令和６年度)

const Q_SHEET = '救急業務';

const yearsAsRows: Holdout2Workbook = {
  name: 'h163-o-kyukyu-gyomu-suii',
  layout: 'years as rows 令和2年度…令和6年度, a 目標値（令和6年度） row and a 目指す方向 row (短縮／増加／向上), units in the headings 「（分）」「（％）」',
  build(wb) {
    const ws = wb.addWorksheet(Q_SHEET);
    widths(ws, [22, 16, 16, 16, 22]);
    merge(ws, 1, 1, 1, 5, '○○市消防本部　救急業務の現況と目標（令和６年度）');
    put(ws, 3, 1, ['年度', '現場到着平均時間（分）', '病院収容平均時間（分）', '救命講習受講者数（人）', '心肺停止傷病者の1か月後生存率（％）']);
    const rows: (string | number)[][] = [
      ['令和2年度', 8.9, 38.6, 612, 10.8],
      ['令和3年度', 9.0, 39.9, 1024, 11.2],
      ['令和4年度', 9.3, 41.2, 1388, 9.7],
      ['令和5年度', 9.2, 42.0, 1610, 12.6],
      ['令和6年度', 9.1, 42.3, 1145, 13.5],
      ['目標値（令和6年度）', 8.5, 38.0, 2000, 12.0],
      ['目指す方向', '短縮', '短縮', '増加', '向上'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    for (let r = 4; r <= 9; r++) for (const c of [2, 3, 5]) ws.getCell(r, c).numFmt = '0.0';
    ws.getCell(9, 4).numFmt = '#,##0';
    box(ws, 3, 1, 10, 5);
    wrap(ws, 3, 1, 3, 5);
    put(ws, 12, 1, ['※現場到着平均時間：119番入電から現場到着まで。病院収容平均時間：119番入電から医療機関収容まで。']);
    put(ws, 13, 1, ['※令和6年度は講習会場（消防庁舎3階）改修のため受講定員を縮小した。']);
  },
  expected: {
    file: 'h163-o-kyukyu-gyomu-suii.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(Q_SHEET, '現場到着平均時間', '分', 8.5, 9.1, { direction: 'down' }),
      ind(Q_SHEET, '病院収容平均時間', '分', 38.0, 42.3, { direction: 'down' }),
      ind(Q_SHEET, '救命講習受講者数', '人', 2000, 1145),
      ind(Q_SHEET, '心肺停止傷病者の1か月後生存率', '％', 12.0, 13.5),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- 事務事業評価シート, one 事業 per sheet (令和２年度)

interface Jigyo {
  sheet: string;
  name: string;
  ka: string;
  purpose: string;
  rows: [string, string, string, string, string, string, string, string, string][];
}

function jigyoSheet(ws: Worksheet, j: Jigyo): void {
  widths(ws, [12, 30, 6, 8, 8, 8, 8, 8, 26]);
  merge(ws, 1, 1, 1, 9, '令和２年度　事務事業評価シート');
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 9, j.name);
  put(ws, 4, 1, ['担当課']);
  merge(ws, 4, 2, 4, 9, j.ka);
  put(ws, 5, 1, ['事業の目的']);
  merge(ws, 5, 2, 5, 9, j.purpose);
  put(ws, 6, 1, ['評価対象年度']);
  merge(ws, 6, 2, 6, 9, '令和２年度（令和２年度の実績による評価）');
  box(ws, 3, 1, 6, 9);
  merge(ws, 7, 1, 8, 1, '区分');
  merge(ws, 7, 2, 8, 2, '指標名');
  merge(ws, 7, 3, 8, 3, '単位');
  merge(ws, 7, 4, 7, 5, '令和元年度');
  merge(ws, 7, 6, 7, 7, '令和２年度');
  put(ws, 7, 8, ['令和３年度']);
  merge(ws, 7, 9, 8, 9, '備考');
  put(ws, 8, 4, ['目標', '実績', '目標', '実績', '目標']);
  j.rows.forEach((r, i) => put(ws, 9 + i, 1, r));
  box(ws, 7, 1, 8 + j.rows.length, 9);
  wrap(ws, 7, 1, 8 + j.rows.length, 9);
  put(ws, 12, 1, ['今後の方向性']);
  merge(ws, 12, 2, 12, 9, '継続');
}

const JIGYO: Jigyo[] = [
  {
    sheet: 'No.1 地域医療支援センター',
    name: '地域医療支援センター運営事業',
    ka: '保健医療課',
    purpose: '大学・県と連携し、医師の派遣調整を行い市内医療機関の医師不足の解消を図る。',
    rows: [
      ['活動指標', '派遣調整会議の開催回数', '回', '６', '６', '６', '５', '６', '第1回は書面開催'],
      ['成果指標', '派遣医師数（延べ）', '人', '２０', '２１', '２４', '１９', '２６', ''],
    ],
  },
  {
    sheet: 'No.2 医師招へい',
    name: '医師招へい推進事業',
    ka: '保健医療課',
    purpose: '医科大学等への訪問や就業説明により、市内医療機関への医師の新規着任を促進する。',
    rows: [
      ['活動指標', '医師招へいのための大学訪問数', '校', '８', '９', '８', '５', '８', '感染症拡大により訪問を自粛'],
      ['成果指標', '招へいによる新規着任医師数', '人', '２', '２', '３', '３', '３', ''],
    ],
  },
];

const perSheet: Holdout2Workbook = {
  name: 'h163-o-jimujigyo-ishi-haken',
  layout:
    '事務事業評価シート one 事業 per sheet: 活動指標／成果指標 rows under 令和元年度・令和２年度 目標／実績 and 令和３年度 目標, full-width digits as text',
  build(wb) {
    for (const j of JIGYO) jigyoSheet(wb.addWorksheet(j.sheet), j);
  },
  expected: {
    file: 'h163-o-jimujigyo-ishi-haken.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(JIGYO[0].sheet, '派遣調整会議の開催回数', '回', 6, 5),
      ind(JIGYO[0].sheet, '派遣医師数（延べ）', '人', 24, 19),
      ind(JIGYO[1].sheet, '医師招へいのための大学訪問数', '校', 8, 5),
      ind(JIGYO[1].sheet, '招へいによる新規着任医師数', '人', 3, 3),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- 公立病院経営強化プラン 点検・評価表 (令和５年度)

const H_SHEET = '点検評価';

const hospitalPlan: Holdout2Workbook = {
  name: 'h163-o-byoin-keiei-kyoka',
  layout:
    '公立病院経営強化プラン 点検・評価表: 区分 merged down, 令和4年度・令和5年度 each 計画／実績, 達成状況 ○× with a legend of words only, 「数値が低いほど良好」 in 備考',
  build(wb) {
    const ws = wb.addWorksheet(H_SHEET);
    widths(ws, [10, 28, 6, 9, 9, 9, 9, 10, 22]);
    merge(ws, 1, 1, 1, 9, '○○市民病院経営強化プラン　令和５年度 点検・評価表');
    merge(ws, 3, 1, 4, 1, '区分');
    merge(ws, 3, 2, 4, 2, '指標');
    merge(ws, 3, 3, 4, 3, '単位');
    merge(ws, 3, 4, 3, 5, '令和4年度');
    merge(ws, 3, 6, 3, 7, '令和5年度');
    merge(ws, 3, 8, 4, 8, '達成状況');
    merge(ws, 3, 9, 4, 9, '備考');
    put(ws, 4, 4, ['計画', '実績', '計画', '実績']);
    merge(ws, 5, 1, 7, 1, '経営指標');
    merge(ws, 8, 1, 10, 1, '医療機能');
    const rows: (string | number)[][] = [
      ['経常収支比率', '％', 98.5, 97.2, 100.0, 98.6, '×', ''],
      ['病床利用率', '％', 75.0, 70.8, 78.0, 71.2, '×', '一般病床（199床）'],
      ['職員給与費対医業収益比率', '％', 61.0, 64.8, 60.0, 63.4, '×', '数値が低いほど良好'],
      ['救急車受入件数', '件', 2300, 2288, 2400, 2515, '○', ''],
      ['常勤医師数', '人', 41, 40, 42, 40, '×', '年度末現在'],
      ['紹介率', '％', 50.0, 52.3, 55.0, 55.0, '○', '地域医療支援病院の承認要件を意識'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 2, r));
    for (let r = 5; r <= 10; r++) for (let c = 4; c <= 7; c++) ws.getCell(r, c).numFmt = r === 8 || r === 9 ? '#,##0' : '0.0';
    box(ws, 3, 1, 10, 9);
    wrap(ws, 3, 1, 10, 9);
    put(ws, 12, 1, ['達成状況　○：計画値を達成　×：計画値に未達成']);
  },
  expected: {
    file: 'h163-o-byoin-keiei-kyoka.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(H_SHEET, '経常収支比率', '％', 100.0, 98.6, { existing: '×' }),
      ind(H_SHEET, '病床利用率', '％', 78.0, 71.2, { existing: '×' }),
      ind(H_SHEET, '職員給与費対医業収益比率', '％', 60.0, 63.4, { direction: 'down', existing: '×' }),
      ind(H_SHEET, '救急車受入件数', '件', 2400, 2515, { existing: '○' }),
      ind(H_SHEET, '常勤医師数', '人', 42, 40, { existing: '×' }),
      ind(H_SHEET, '紹介率', '％', 55.0, 55.0, { existing: '○' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- へき地医療 目標 and 実績 on two sheets (令和４年度)

const splitSheets: Holdout2Workbook = {
  name: 'h163-o-hekichi-iryo-split',
  layout:
    'へき地医療対策: a 目標 sheet (指標ID, 指標名, 単位, 目標値（令和４年度）) and a 実績 sheet (指標ID, 指標名, 令和４年度実績, 前年度実績, 備考) joined by ID, a 集計中',
  build(wb) {
    const t = wb.addWorksheet('目標');
    widths(t, [10, 30, 6, 16, 30]);
    merge(t, 1, 1, 1, 5, '令和４年度　へき地医療対策 進捗状況（目標）');
    put(t, 3, 1, ['指標ID', '指標名', '単位', '目標値（令和４年度）', '設定根拠']);
    const targets: (string | number)[][] = [
      ['H-01', 'へき地診療所の診療日数', '日', 240, '週5日×48週'],
      ['H-02', '巡回診療の実施回数', '回', 48, '4地区×月1回'],
      ['H-03', 'オンライン診療の実施件数', '件', 100, '令和3年度試行実績の2倍'],
      ['H-04', '患者輸送車の利用者数', '人', 1200, ''],
    ];
    targets.forEach((r, i) => put(t, 4 + i, 1, r));
    box(t, 3, 1, 7, 5);
    const a = wb.addWorksheet('実績');
    widths(a, [10, 30, 16, 14, 34]);
    merge(a, 1, 1, 1, 5, '令和４年度　へき地医療対策 進捗状況（実績）');
    put(a, 3, 1, ['指標ID', '指標名', '令和４年度実績', '前年度実績', '備考']);
    const actuals: (string | number)[][] = [
      ['H-01', 'へき地診療所の診療日数', 226, 218, '医師の研修参加による休診14日'],
      ['H-02', '巡回診療の実施回数', 31, 40, '冬期の道路事情により中止あり'],
      ['H-03', 'オンライン診療の実施件数', 134, 50, ''],
      ['H-04', '患者輸送車の利用者数', '集計中', 1096, '委託事業者からの報告待ち'],
    ];
    actuals.forEach((r, i) => put(a, 4 + i, 1, r));
    box(a, 3, 1, 7, 5);
  },
  expected: {
    file: 'h163-o-hekichi-iryo-split.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('実績', 'へき地診療所の診療日数', '日', 240, 226),
      ind('実績', '巡回診療の実施回数', '回', 48, 31),
      ind('実績', 'オンライン診療の実施件数', '件', 100, 134),
      ind('実績', '患者輸送車の利用者数', '人', 1200, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [yearsAsRows, perSheet, hospitalPlan, splitSheets];
