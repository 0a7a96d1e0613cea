/**
 * Hold-out 145, four shapes outside the families that offices of 公害監視 use: 事務事業評価シート one 事業 per sheet with
 * 活動指標／成果指標 and 目標／実績 rows; a 公害苦情 推移 table with years as rows, 目標／実績 pairs and a 内訳 (no stated
 * period); 成果指標一覧 and 平成30年度実績 on two sheets joined by 指標ID; a 平成29年度 月別実績表 of 騒音・振動 work with a
 * 年度計 by formulas under 年間目標.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------
// 事務事業評価シート, one 事業 per sheet

interface JigyoIndicator {
  kind: '活動指標' | '成果指標';
  name: string;
  unit: string;
  way: '↑' | '↓';
  /** 令和３年度 … 令和７年度. */
  targets: number[];
  actuals: (number | null)[];
}

function jigyoSheet(wb: Workbook, sheet: string, name: string, purpose: string, outline: string, cost: number[], rows: JigyoIndicator[]): void {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [12, 34, 7, 6, 6, 11, 11, 11, 11, 14]);
  merge(ws, 1, 1, 1, 10, '令和６年度　事務事業評価シート（令和５年度実施事業）');
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(3, 1).value = '事務事業名';
  merge(ws, 3, 2, 3, 5, name);
  merge(ws, 3, 6, 3, 7, '担当課');
  merge(ws, 3, 8, 3, 10, '環境部 環境保全課');
  ws.getCell(4, 1).value = '事業の目的';
  merge(ws, 4, 2, 4, 10, purpose);
  ws.getCell(5, 1).value = '事業の概要';
  merge(ws, 5, 2, 5, 10, outline);
  box(ws, 3, 1, 5, 10);
  put(ws, 7, 1, ['区分', '指標名', '単位', '方向', null, '令和３年度', '令和４年度', '令和５年度', '令和６年度', '令和７年度\n（目標年度）']);
  rows.forEach((x, i) => {
    const r = 8 + i * 2;
    merge(ws, r, 1, r + 1, 1, x.kind);
    merge(ws, r, 2, r + 1, 2, x.name);
    merge(ws, r, 3, r + 1, 3, x.unit);
    merge(ws, r, 4, r + 1, 4, x.way);
    put(ws, r, 5, ['目標', ...x.targets]);
    put(ws, r + 1, 5, ['実績', ...x.actuals]);
  });
  const end = 7 + rows.length * 2;
  box(ws, 7, 1, end, 10);
  wrap(ws, 7, 1, 7, 10);
  ws.getCell(end + 1, 1).value = '方向　↑：増加を目指す　↓：減少を目指す';
  put(ws, end + 3, 1, ['コスト', '事業費（千円）', null, null, null, ...cost]);
  box(ws, end + 3, 1, end + 3, 9);
  put(ws, end + 5, 1, ['今後の方向性', '継続']);
}

const J_AIR = '大気汚染監視';
const J_NOISE = '騒音振動対策';
const J_WATER = '水質保全';

const JIMU_JIGYO: Holdout2Workbook = {
  name: 'h145-n-jimujigyo-sheets',
  layout: 'outside: 事務事業評価シート one 事業 per sheet, 活動指標／成果指標 with 目標／実績 rows over 令和３年度…令和７年度, a ↓ column, 事業費 below',
  build(wb) {
    jigyoSheet(
      wb,
      J_AIR,
      '大気汚染常時監視事業',
      '大気汚染の状況を常時監視し、市民の健康を保護する。',
      '一般環境大気測定局5局・自動車排出ガス測定局1局の維持管理、測定結果の公表',
      [18420, 18960, 21350, 19800],
      [
        { kind: '活動指標', name: '大気常時監視測定局の稼働局数', unit: '局', way: '↑', targets: [6, 6, 6, 6, 6], actuals: [6, 6, 6, null, null] },
        { kind: '成果指標', name: '大気環境基準の達成項目数', unit: '項目', way: '↑', targets: [5, 5, 5, 5, 5], actuals: [4, 4, 4, null, null] },
      ],
    );
    jigyoSheet(
      wb,
      J_NOISE,
      '騒音・振動対策事業',
      '騒音・振動の実態を把握し、発生源への指導により静穏な生活環境を保全する。',
      '自動車騒音の常時監視、道路交通振動・環境騒音の測定、特定建設作業の届出受理と立入指導',
      [6210, 6480, 6530, 6600],
      [
        { kind: '活動指標', name: '騒音・振動測定地点数', unit: '地点', way: '↑', targets: [30, 30, 30, 30, 30], actuals: [28, 30, 27, null, null] },
        { kind: '成果指標', name: '騒音・振動苦情件数', unit: '件', way: '↓', targets: [50, 48, 45, 43, 40], actuals: [55, 50, 52, null, null] },
      ],
    );
    jigyoSheet(
      wb,
      J_WATER,
      '公共用水域水質保全事業',
      '河川・湖沼の水質を監視し、水質汚濁を防止する。',
      '環境基準点等24地点の毎月の水質測定、結果の公表、異常時の原因調査',
      [9870, 10120, 10250, 10400],
      [
        { kind: '活動指標', name: '公共用水域の水質測定回数', unit: '回', way: '↑', targets: [288, 288, 288, 288, 288], actuals: [288, 276, 288, null, null] },
        {
          kind: '成果指標',
          name: '河川の環境基準（BOD）達成率',
          unit: '％',
          way: '↑',
          targets: [87.5, 93.8, 93.8, 100, 100],
          actuals: [87.5, 81.3, 87.5, null, null],
        },
      ],
    );
  },
  expected: {
    file: 'h145-n-jimujigyo-sheets.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(J_AIR, '大気常時監視測定局の稼働局数', '局', 6, 6),
      ind(J_AIR, '大気環境基準の達成項目数', '項目', 5, 4),
      ind(J_NOISE, '騒音・振動測定地点数', '地点', 30, 27),
      ind(J_NOISE, '騒音・振動苦情件数', '件', 45, 52, { direction: 'down' }),
      ind(J_WATER, '公共用水域の水質測定回数', '回', 288, 288),
      ind(J_WATER, '河川の環境基準（BOD）達成率', '％', 93.8, 87.5),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 公害苦情の推移: years as rows, no evaluation period stated

const K_SHEET = '苦情推移';

const KUJO_SUII: Holdout2Workbook = {
  name: 'h145-n-kujo-suii',
  layout: 'outside: 公害苦情 years as rows 平成27年度…令和２年度, 目標／実績 pairs under two indicators, a 内訳 without targets, period not stated',
  build(wb) {
    const ws = wb.addWorksheet(K_SHEET);
    widths(ws, [12, 9, 9, 9, 9, 8, 8, 8, 8, 8, 8]);
    merge(ws, 1, 1, 1, 11, '公害苦情の受付状況と目標');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    ws.getCell(2, 1).value = '※受付件数は少ないほど良い指標（削減目標）。解決率は受付年度内に解決した件数の割合。';
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, '公害苦情受付件数（件）');
    merge(ws, 3, 4, 3, 5, '苦情の年度内解決率（％）');
    merge(ws, 3, 6, 3, 11, '受付件数の内訳（件）');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '大気汚染', '水質汚濁', '騒音', '振動', '悪臭', 'その他']);
    const rows: (string | number | null)[][] = [
      ['平成27年度', '－', 214, '－', 90.2, 40, 19, 70, 12, 50, 23],
      ['平成28年度', 205, 198, 92.0, 91.4, 38, 17, 63, 10, 48, 22],
      ['平成29年度', 200, 187, 93.0, 92.5, 30, 16, 60, 12, 47, 22],
      ['平成30年度', 190, 193, 94.0, 90.7, 35, 18, 62, 11, 45, 22],
      ['令和元年度', 180, 171, 95.0, 88.9, 32, 14, 58, 9, 41, 17],
      ['令和２年度', 170, null, 95.0, null, null, null, null, null, null, null],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    box(ws, 3, 1, 4 + rows.length, 11);
    wrap(ws, 3, 1, 4, 11);
    ws.getCell(5 + rows.length, 1).value = '資料：環境保全課 公害苦情受付台帳';
  },
  expected: {
    file: 'h145-n-kujo-suii.xlsx',
    fiscalYear: 2019,
    indicators: [ind(K_SHEET, '公害苦情受付件数', '件', 180, 171, { direction: 'down' }), ind(K_SHEET, '苦情の年度内解決率', '％', 95.0, 88.9)],
    groups: [],
    guesses: ['period'],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 成果指標一覧 and 平成30年度実績 on two sheets, joined by 指標ID

const L_SHEET = '指標一覧';
const R_SHEET = 'H30実績';

const BUNKATSU: Holdout2Workbook = {
  name: 'h145-n-shihyo-bunkatsu',
  layout: 'outside: 成果指標一覧 (基準値・目標値（平成32年度）・方向) and H30実績 (実績値, 前年度, 備考) on two sheets by 指標ID in another order',
  build(wb) {
    const ws = wb.addWorksheet(L_SHEET);
    widths(ws, [8, 7, 36, 6, 6, 14, 14]);
    merge(ws, 1, 1, 1, 7, '東雲市環境保全行動計画（平成28年度～平成32年度）　成果指標一覧');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 3, 1, ['指標ID', '分野', '指標名', '単位', '方向', '基準値\n（平成26年度）', '目標値\n（平成32年度）']);
    const list: (string | number)[][] = [
      ['K-01', '大気', '二酸化硫黄の環境基準達成率', '％', '↑', 100, 100],
      ['K-02', '大気', '光化学スモッグ注意報の発令回数', '回', '↓', 5, 2],
      ['K-03', '水質', '海域のCOD環境基準達成率', '％', '↑', 50.0, 75.0],
      ['K-04', '騒音', '新幹線鉄道騒音の環境基準達成率', '％', '↑', 40.0, 60.0],
      ['K-05', '振動', '道路交通振動の要請限度超過地点数', '地点', '↓', 2, 0],
      ['K-06', '悪臭', '悪臭に関する苦情件数', '件', '↓', 32, 20],
    ];
    list.forEach((r, i) => put(ws, 4 + i, 1, r));
    box(ws, 3, 1, 3 + list.length, 7);
    wrap(ws, 3, 1, 3, 7);
    ws.getCell(4 + list.length, 1).value = '方向　↑：高いほど良い　↓：低いほど良い';

    const rs = wb.addWorksheet(R_SHEET);
    widths(rs, [8, 12, 14, 44]);
    merge(rs, 1, 1, 1, 4, '平成30年度　成果指標の実績値');
    rs.getCell(1, 1).font = { bold: true, size: 13 };
    put(rs, 3, 1, ['指標ID', '実績値', '（参考）\n平成29年度', '備考']);
    const actuals: (string | number | null)[][] = [
      ['K-03', 50.0, 75.0, '4地点中2地点で達成（赤潮発生の影響）'],
      ['K-01', 100, 100, null],
      ['K-05', 0, 1, null],
      ['K-02', 3, 4, '7月に2回、8月に1回'],
      ['K-06', '－', 27, '苦情分類の見直しにより平成30年度は集計対象外'],
      ['K-04', '５０．０', 40.0, '測定4地点中2地点で達成'],
    ];
    actuals.forEach((r, i) => put(rs, 4 + i, 1, r));
    box(rs, 3, 1, 3 + actuals.length, 4);
    wrap(rs, 3, 1, 3 + actuals.length, 4);
  },
  expected: {
    file: 'h145-n-shihyo-bunkatsu.xlsx',
    fiscalYear: 2018,
    indicators: [
      { ...ind(L_SHEET, '二酸化硫黄の環境基準達成率', '％', 100, 100), targetSource: 'final' },
      { ...ind(L_SHEET, '光化学スモッグ注意報の発令回数', '回', 2, 3, { direction: 'down' }), targetSource: 'final' },
      { ...ind(L_SHEET, '海域のCOD環境基準達成率', '％', 75.0, 50.0), targetSource: 'final' },
      { ...ind(L_SHEET, '新幹線鉄道騒音の環境基準達成率', '％', 60.0, 50.0), targetSource: 'final' },
      { ...ind(L_SHEET, '道路交通振動の要請限度超過地点数', '地点', 0, 0, { direction: 'down' }), targetSource: 'final' },
      { ...ind(L_SHEET, '悪臭に関する苦情件数', '件', 20, null, { direction: 'down', actualStatus: 'not-applicable' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 月別実績表 with a 年度計 by formulas and a 年間目標 row

const M_SHEET = '月別実績';

const TSUKIBETSU: Holdout2Workbook = {
  name: 'h145-n-soon-tsukibetsu',
  layout: 'outside: 平成29年度 騒音・振動 月別実績 4月…3月, 年度計 by SUM formulas, 年間目標 and 達成率 rows, units in the headings',
  build(wb) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [10, 16, 16, 16, 34]);
    merge(ws, 1, 1, 1, 5, '平成29年度　騒音・振動対策　月別実績表');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    ws.getCell(2, 5).value = '環境保全課 騒音振動係';
    put(ws, 3, 1, ['月', '特定建設作業立入件数（件）', '騒音測定実施地点数（地点）', '振動測定実施地点数（地点）', '備考']);
    const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
    const inspections = [4, 5, 6, 4, 5, 3, 6, 5, 4, 3, 5, 4];
    const noise = [0, 2, 6, 4, 3, 5, 6, 4, 2, 0, 2, 2];
    const vibration = [0, 0, 2, 1, 1, 0, 2, 1, 1, 0, 0, 0];
    const notes: Record<number, string> = { 2: '自動車騒音常時監視（6月～11月）', 6: '新幹線鉄道騒音・振動測定', 9: '積雪のため測定なし' };
    months.forEach((m, i) => put(ws, 4 + i, 1, [m, inspections[i], noise[i], vibration[i], notes[i]]));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    ws.getCell(16, 1).value = '年度計';
    [inspections, noise, vibration].forEach((xs, j) => {
      const col = String.fromCharCode(66 + j);
      ws.getCell(16, 2 + j).value = { formula: `SUM(${col}4:${col}15)`, result: sum(xs) };
    });
    put(ws, 17, 1, ['年間目標', 60, 36, 12]);
    ws.getCell(18, 1).value = '達成率';
    [inspections, noise, vibration].forEach((xs, j) => {
      const col = String.fromCharCode(66 + j);
      const cell = ws.getCell(18, 2 + j);
      cell.value = { formula: `${col}16/${col}17`, result: sum(xs) / [60, 36, 12][j] };
      cell.numFmt = '0.0%';
    });
    box(ws, 3, 1, 18, 5);
    wrap(ws, 3, 1, 3, 5);
  },
  expected: {
    file: 'h145-n-soon-tsukibetsu.xlsx',
    fiscalYear: 2017,
    indicators: [
      ind(M_SHEET, '特定建設作業立入件数', '件', 60, 54),
      ind(M_SHEET, '騒音測定実施地点数', '地点', 36, 36),
      ind(M_SHEET, '振動測定実施地点数', '地点', 12, 8),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [JIMU_JIGYO, KUJO_SUII, BUNKATSU, TSUKIBETSU];
