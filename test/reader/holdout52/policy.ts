/** Family A, as three other cities write a 施策評価シート: 前年度/当年度 side by side in each block, 実績値 above 目標値 over two pages, 年次 of the plan as period headings. */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------
// A1: each indicator block holds 前年度（令和４年度） and 当年度（令和５年度） side by side, then 最終目標.
const A1 = '施策2-3';
const A1_ROWS: [string, string, [number, number], [number, number], number][] = [
  ['創業支援による創業件数', '件', [20, 18], [22, 25], 30],
  ['市内事業所の新規雇用者数', '人', [300, 262], [320, 271], 360],
  ['中小企業相談件数', '件', [450, 470], [480, 355], 520],
  ['空き店舗への出店数', '店舗', [5, 3], [6, 3], 8],
  ['商店街の歩行者通行量（休日）', '人', [8000, 7420], [8200, 8310], 8600],
];
const A1_IND = A1_ROWS.map(([name, unit, , cur]) => ind(A1, name, unit, cur[0], cur[1]));

const a1: Holdout2Workbook = {
  name: 'h52-a-prev-and-current-blocks',
  layout: 'policy sheet, indicator blocks with 前年度 and 当年度 columns side by side (目標値/実績値/達成度 rows), 最終目標 column, a 参考指標 block',
  build(wb) {
    const ws = wb.addWorksheet(A1);
    put(ws, 1, 1, ['令和６年度　施策評価シート']);
    ws.mergeCells(1, 1, 1, 8);
    put(ws, 2, 6, ['評価対象年度', undefined, '令和５年度']);
    put(ws, 3, 1, ['基本目標', '２　活力ある産業のまち']);
    put(ws, 4, 1, ['施策', '２－３　商工業の振興']);
    put(ws, 5, 1, ['主管課', '商工観光課', undefined, '関係課', '農政課、企画課']);
    put(ws, 7, 1, ['施策の達成状況']);
    ws.mergeCells(7, 1, 7, 2);
    ws.mergeCells(7, 3, 7, 4);
    put(ws, 7, 5, ['（前年度：B）']);
    put(ws, 8, 1, ['※達成状況は A 順調、B 概ね順調、C やや遅れている、D 遅れている の４段階']);
    let r = 10;
    A1_ROWS.forEach(([name, unit, prev, cur, fin], i) => {
      put(ws, r, 1, [`成果指標${'①②③④⑤'[i]}`, name, undefined, undefined, '単位', unit]);
      ws.mergeCells(r, 2, r, 4);
      put(ws, r + 1, 2, ['区分', '前年度（令和４年度）', '当年度（令和５年度）', '最終目標（令和７年度）']);
      put(ws, r + 2, 2, ['目標値', prev[0], cur[0], fin]);
      put(ws, r + 3, 2, ['実績値', prev[1], cur[1]]);
      put(ws, r + 4, 2, ['達成度', prev[1] / prev[0], cur[1] / cur[0]]);
      ws.getCell(r + 4, 3).numFmt = '0.0%';
      ws.getCell(r + 4, 4).numFmt = '0.0%';
      for (let k = 2; k <= 3; k++) for (let c = 3; c <= 5; c++) ws.getCell(r + k, c).numFmt = '#,##0';
      ws.mergeCells(r, 1, r + 4, 1);
      r += 6;
    });
    put(ws, r, 1, ['参考指標', '市内総生産', undefined, undefined, '単位', '億円']);
    ws.mergeCells(r, 2, r, 4);
    put(ws, r + 1, 2, ['区分', '前年度（令和４年度）', '当年度（令和５年度）']);
    put(ws, r + 2, 2, ['実績値', 3412, 3468]);
    put(ws, r + 3, 1, ['※参考指標は目標を設定していないため、評価の対象外']);
    put(ws, r + 5, 1, ['達成状況の分析', '新規雇用者数は求人数が回復したものの、人材確保に苦慮する事業所が多く期待値を下回った。']);
    ws.getColumn(2).width = 30;
  },
  expected: {
    file: 'h52-a-prev-and-current-blocks.xlsx',
    fiscalYear: 2023,
    indicators: A1_IND,
    groups: [{ sheet: A1, cell: 'C7', grade: rollUp(A1_IND.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------
// A2: blocks stacked, 実績値 row above 目標値 row, unit in its own row under the name, split over two pages.
const A2 = '基本施策3-1';
type A2Row = [string, string, number, number[], number[], boolean];
// name, unit, 現状値(R2), actuals R3..R5, targets R3..R7, down
const A2_ROWS: A2Row[] = [
  ['地域の防災訓練参加者数', '人', 4200, [1850, 3100, 4650], [4300, 4400, 4500, 4600, 4800], false],
  ['自主防災組織の組織率', '％', 78.4, [79.0, 80.2, 81.1], [79.5, 81.0, 82.5, 84.0, 85.0], false],
  ['交通事故発生件数', '件', 312, [298, 305, 287], [300, 290, 280, 270, 260], true],
  ['防犯灯のLED化率', '％', 62.0, [70.5, 81.3, 90.2], [70, 80, 90, 100, 100], false],
  ['消防団員の充足率', '％', 91.2, [89.5, 88.0, 86.4], [92, 93, 94, 95, 95], false],
];
const A2_IND = A2_ROWS.map(([name, unit, , act, tgt, down]) => ind(A2, name, unit, tgt[2], act[2], down ? { direction: 'down' } : {}));

function a2Heading(ws: Worksheet, row: number, page: string): void {
  put(ws, row, 1, [`基本施策評価シート　${page}`, undefined, undefined, undefined, undefined, '評価対象期間：令和５年度（2023年度）']);
  put(ws, row + 1, 1, ['基本方針', '３　安全・安心に暮らせるまち']);
  put(ws, row + 2, 1, ['基本施策', '３－１　防災・防犯・交通安全の推進', undefined, undefined, '担当部', '危機管理部']);
}

function a2Block(ws: Worksheet, row: number, n: number, [name, unit, base, act, tgt, down]: A2Row): void {
  put(ws, row, 1, [`指標${'①②③④⑤'[n]}`, name]);
  ws.mergeCells(row, 2, row, 7);
  put(ws, row + 1, 2, [`（単位：${unit}）${down ? '　※減少を目指す指標' : ''}`]);
  put(ws, row + 2, 1, ['年度', 'R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
  put(ws, row + 3, 1, ['実績値', base, ...act]);
  put(ws, row + 4, 1, ['期待値\n※R7は目標値', undefined, ...tgt]);
  put(ws, row + 5, 1, ['備考']);
}

const a2: Holdout2Workbook = {
  name: 'h52-a-actual-first-two-pages',
  layout: 'policy sheet over two printed pages with the heading rows repeated, blocks stacked with 実績値 above 期待値, the unit in its own row under the name',
  build(wb) {
    const ws = wb.addWorksheet(A2);
    a2Heading(ws, 1, '（１／２）');
    put(ws, 5, 1, ['達成状況評価', undefined, '（B）']);
    put(ws, 6, 1, ['※（　）内は前年度の評価']);
    let r = 8;
    for (let i = 0; i < 3; i++) {
      a2Block(ws, r, i, A2_ROWS[i]);
      r += 7;
    }
    put(ws, r, 1, ['内部要因', '訓練は各地区の自主防災組織と連携して実施した。']);
    // page 2
    r = 36;
    a2Heading(ws, r, '（２／２）');
    r += 4;
    for (let i = 3; i < 5; i++) {
      a2Block(ws, r, i, A2_ROWS[i]);
      r += 7;
    }
    put(ws, r, 1, ['今後の方向性', '消防団員の確保に向け、機能別団員制度の周知を図る。']);
    ws.getColumn(1).width = 16;
  },
  expected: {
    file: 'h52-a-actual-first-two-pages.xlsx',
    fiscalYear: 2023,
    indicators: A2_IND,
    groups: [{ sheet: A2, cell: 'B5', grade: rollUp(A2_IND.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------
// A3: 総合計画の年次 (第1年次（R3）…第5年次（R7）) as period headings, 目標/実績 rows per indicator, a ↑/↓ column, 達成度 as a % only.
// Evaluation year 令和４年度 (on a cover sheet and each sheet's heading); later 年次 are empty.
type A3Row = [string, string, '↑' | '↓', number, number[], number[]];
// name, unit, arrow, 基準値(R2), targets 第1〜5年次, actuals 第1〜2年次
const A3_SHEETS: [string, string, A3Row[]][] = [
  [
    '施策1-2',
    '１－２　子育て支援の充実',
    [
      ['保育所待機児童数', '人', '↓', 12, [9, 5, 3, 0, 0], [10, 8]],
      ['子育て支援センター利用者数', '人', '↑', 15200, [17000, 18000, 19000, 20000, 21000], [14870, 16420]],
      ['放課後児童クラブ登録児童数', '人', '↑', 1040, [1100, 1150, 1200, 1250, 1300], [1096, 1188]],
      ['乳幼児健診受診率', '％', '↑', 95.1, [96.5, 97.0, 97.5, 98.0, 98.0], [96.2, 95.8]],
    ],
  ],
  [
    '施策1-3',
    '１－３　学校教育の充実',
    [
      ['全国学力調査で全国平均以上の教科の割合', '％', '↑', 50.0, [50.0, 50.0, 75.0, 75.0, 100.0], [50.0, 25.0]],
      ['不登校児童生徒数', '人', '↓', 55, [58, 60, 58, 55, 50], [63, 58]],
      ['図書館の年間貸出冊数', '冊', '↑', 482000, [500000, 520000, 530000, 540000, 550000], [471500, 498300]],
      ['学校支援ボランティア登録者数', '人', '↑', 320, [360, 400, 440, 480, 500], [298, 251]],
    ],
  ],
];
const A3_IND = A3_SHEETS.map(([sheet, , rows]) =>
  rows.map(([name, unit, arrow, , tgt, act]) => ind(sheet, name, unit, tgt[1], act[1], arrow === '↓' ? { direction: 'down' } : {})),
);

const a3: Holdout2Workbook = {
  name: 'h52-a-plan-year-headings',
  layout: "two policy sheets and a cover; period headings are the plan's 年次 (第2年次（R4）), 目標/実績 rows per indicator, ↑/↓ column, 達成度 only as a %",
  build(wb) {
    const cover = wb.addWorksheet('表紙');
    put(cover, 3, 2, ['第２次○○市総合計画　前期基本計画（令和３年度～令和７年度）']);
    put(cover, 5, 2, ['施策評価調書']);
    put(cover, 7, 2, ['（令和４年度実績に基づく評価）']);
    put(cover, 10, 2, ['令和５年８月　○○市企画政策課']);
    A3_SHEETS.forEach(([sheet, title, rows], s) => {
      const ws = wb.addWorksheet(sheet);
      put(ws, 1, 1, ['施策評価調書（令和４年度）']);
      put(ws, 2, 1, ['施策名', title, undefined, undefined, '担当課', s ? '学校教育課' : 'こども家庭課']);
      put(ws, 3, 1, ['施策の評価', undefined, undefined, undefined, '（評価基準：A 順調／B 概ね順調／C やや遅れている／D 遅れている）']);
      put(ws, 5, 1, [
        '成果指標',
        undefined,
        '単位',
        '方向',
        '基準値\n（R2）',
        '区分',
        '第1年次\n（R3）',
        '第2年次\n（R4）',
        '第3年次\n（R5）',
        '第4年次\n（R6）',
        '第5年次\n（R7）',
        '達成度\n（R4）',
      ]);
      let r = 6;
      rows.forEach(([name, unit, arrow, base, tgt, act]) => {
        put(ws, r, 1, [name, undefined, unit, arrow, base, '目標', ...tgt]);
        put(ws, r + 1, 6, ['実績', ...act]);
        const rate = arrow === '↓' ? tgt[1] / act[1] : act[1] / tgt[1];
        ws.getCell(r, 12).value = rate;
        ws.getCell(r, 12).numFmt = '0.0%';
        ws.mergeCells(r, 1, r + 1, 2);
        for (const c of [3, 4, 5, 12]) ws.mergeCells(r, c, r + 1, c);
        r += 2;
      });
      put(ws, r + 1, 1, ['※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い']);
      put(ws, r + 2, 1, ['※達成度＝実績÷目標（↓の指標は目標÷実績）']);
      ws.getColumn(1).width = 28;
    });
  },
  expected: {
    file: 'h52-a-plan-year-headings.xlsx',
    fiscalYear: 2022,
    indicators: A3_IND.flat(),
    groups: A3_SHEETS.map(([sheet], s) => ({ sheet, cell: 'B3', grade: rollUp(A3_IND[s].map((i) => i.grade)) })),
  },
};

export const POLICY_WORKBOOKS: Holdout2Workbook[] = [a1, a2, a3];
