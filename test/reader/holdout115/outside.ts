/**
 * Hold-out 115, four workbooks outside the families: 中心市街地 歩行者通行量 by 地点 (平日｜休日) with a 空き店舗率 sheet, a
 * 産業振興ビジョン in two sheets (目標 and 実績 joined by 番号), a 事務事業評価シート per 事業 on its own sheet, and the 市制度融資
 * figures with periods as rows (目標／実績 per 年度) and the indicators as columns.
 */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook, gradeOf, ind, put } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

function widths(ws: Worksheet, w: number[]): void {
  w.forEach((x, i) => (ws.getColumn(i + 1).width = x));
}

// ---------------------------------------------------------------------------------------------------------------------
// 1. 中心市街地活性化基本計画: 地点別の歩行者通行量（平日｜休日） and 商店街別の空き店舗率 (lower is better).

const T1 = '歩行者通行量';
const T2 = '空き店舗率';
const points: [string, number, number, number, number, number, number][] = [
  // 地点, 基準 平日, 休日, 目標 平日, 休日, 実績 平日, 休日
  ['①駅前大通り（○○銀行前）', 3980, 5120, 4200, 5600, 4356, 5210],
  ['②本町アーケード中央', 2610, 3540, 2800, 3900, 2415, 3135],
  ['③銀座通り（市民ホール前）', 1750, 2210, 1900, 2400, 1012, 1380],
  ['④中央公園通り', 1380, 1890, 1500, 2100, 1622, 2245],
  ['⑤新町交差点', 1120, 1410, 1200, 1500, 905, 1160],
];
const sum = (k: number) => points.reduce((a, p) => a + (p[k] as number), 0);
const pointRows: [string, number, number, number, number, number, number][] = [...points, ['合計（5地点）', sum(1), sum(2), sum(3), sum(4), sum(5), sum(6)]];
const pairOf = (name: string, tw: number, th: number, aw: number, ah: number): ExpectedIndicator => ({
  sheet: T1,
  name,
  measures: [
    { label: '平日', target: tw, actual: aw, unit: '人' },
    { label: '休日', target: th, actual: ah, unit: '人' },
  ],
  direction: 'up',
  grade: gradeOf(1, Math.min(aw / tw, ah / th)),
});
const shops: [string, number, number, number, number, number][] = [
  ['駅前商店街', 62, 7, 12.9, 11.3, 12.0],
  ['本町商店街', 85, 16, 17.6, 18.8, 15.0],
  ['銀座商店街', 48, 9, 20.8, 18.8, 18.0],
  ['新町商店街', 36, 4, 13.9, 11.1, 12.0],
  ['中心商店街全体', 231, 36, 16.0, 15.6, 14.5],
];
const chushinWorkbook: Holdout2Workbook = {
  name: 'h115-chushin-tsukoryo',
  layout: '中活 目標指標: 地点 rows × 基準値／目標値（R5）／実績値（R5）, each 平日｜休日 (measure pairs) + 合計 row; 2nd sheet 商店街別 空き店舗率 (↓)',
  build(wb) {
    const ws = wb.addWorksheet(T1);
    widths(ws, [28, 10, 10, 10, 10, 10, 10, 22]);
    put(ws, 1, 1, ['令和５年度　中心市街地活性化基本計画　目標指標の状況（歩行者・自転車通行量）']);
    ws.mergeCells(1, 1, 1, 8);
    put(ws, 2, 1, ['調査日：令和5年10月18日（水）・10月22日（日）　9時〜19時']);
    put(ws, 2, 8, ['（単位：人／日）']);
    put(ws, 3, 1, ['調査地点', '基準値（H30）', '', '目標値（R5）', '', '実績値（R5）', '', '備考']);
    put(ws, 4, 2, ['平日', '休日', '平日', '休日', '平日', '休日']);
    ws.mergeCells(3, 1, 4, 1);
    ws.mergeCells(3, 2, 3, 3);
    ws.mergeCells(3, 4, 3, 5);
    ws.mergeCells(3, 6, 3, 7);
    ws.mergeCells(3, 8, 4, 8);
    pointRows.forEach((p, i) => put(ws, 5 + i, 1, p));
    put(ws, 7, 8, ['アーケード改修工事（9〜11月）の影響あり']);
    put(ws, 12, 1, ['※通行量は歩行者と自転車の合計。雨天の場合は翌週に再調査。']);

    const ws2 = wb.addWorksheet(T2);
    widths(ws2, [18, 10, 10, 12, 12, 12, 24]);
    put(ws2, 1, 1, ['商店街別の空き店舗率（各年10月1日現在）']);
    ws2.mergeCells(1, 1, 1, 7);
    put(ws2, 2, 1, ['※空き店舗率＝空き店舗数÷総店舗数。目標は空き店舗率の低下（↓）。']);
    put(ws2, 3, 1, ['商店街名', '総店舗数\n（R5）', '空き店舗数\n（R5）', '空き店舗率（％）', '', '目標値（％）\n（R5）', '備考']);
    put(ws2, 4, 4, ['R4', 'R5']);
    for (const c of [1, 2, 3, 6, 7]) ws2.mergeCells(3, c, 4, c);
    ws2.mergeCells(3, 4, 3, 5);
    shops.forEach((s, i) => put(ws2, 5 + i, 1, s));
    put(ws2, 6, 7, ['大型店撤退の影響']);
  },
  expected: {
    file: 'h115-chushin-tsukoryo.xlsx',
    fiscalYear: 2023,
    indicators: [
      // The name as written without its number (①…⑤), as the samples README states a name.
      ...pointRows.map(([name, , , tw, th, aw, ah]) => pairOf(name.replace(/^[①-⑤]/, ''), tw, th, aw, ah)),
      ...shops.map(([name, , , , actual, target]) => ind(T2, name, '％', target, actual, { direction: 'down' })),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 2. 産業振興ビジョン: 目標 sheet (基準値, 目標値（R7）, 目指す方向 ↑↓) and 実績 sheet (R3 | R4 | R5), joined by 番号.

const V1 = '成果指標と目標';
const V2 = '実績';
const vision: [string, string, string, number | string, number, '↑' | '↓', (number | string)[], string?][] = [
  ['V-1', '創業支援件数（年間）', '件', 24, 40, '↑', [28, 33, 36]],
  ['V-2', '企業立地件数（R3からの累計）', '件', '－', 10, '↑', [3, 5, 8]],
  ['V-3', '立地企業の新規雇用者数（R3からの累計）', '人', '－', 300, '↑', [72, 148, 205]],
  ['V-4', '製造品出荷額等', '億円', 2150, 2400, '↑', [2205, 2288, '集計中'], '経済構造実態調査（R6.12公表予定）'],
  ['V-5', '事業所の廃業件数', '件', 58, 45, '↓', [52, 49, 47]],
  ['V-6', 'ふるさと名物の販売額', '百万円', 312, 400, '↑', [298, 335, 352]],
  ['V-7', '合同就職面接会での就職者数', '人', 31, 40, '↑', [18, 27, 22]],
];
const visionWorkbook: Holdout2Workbook = {
  name: 'h115-vision-2sheets',
  layout: '産業振興ビジョン 2 sheets: 成果指標と目標 (基準値, 目標値（R7）, 目指す方向 ↑↓, 出典) and 実績 (R3〜R5 by 番号), 集計中 for 出荷額',
  build(wb) {
    const ws = wb.addWorksheet(V1);
    widths(ws, [8, 38, 8, 14, 14, 10, 34]);
    put(ws, 1, 1, ['○○市産業振興ビジョン（令和3年度〜令和7年度）　成果指標と目標']);
    ws.mergeCells(1, 1, 1, 7);
    put(ws, 3, 1, ['番号', '成果指標', '単位', '基準値\n（令和元年度）', '目標値\n（令和7年度）', '目指す\n方向', '出典']);
    const src = [
      '創業支援事業者報告',
      '企業立地推進室調べ',
      '企業立地推進室調べ',
      '工業統計調査／経済構造実態調査（暦年）',
      '商工会議所調べ',
      '認定事業者報告',
      'ハローワーク調べ',
    ];
    vision.forEach(([no, name, unit, base, target, dir], i) => put(ws, 4 + i, 1, [no, name, unit, base, target, dir, src[i]]));
    put(ws, 12, 1, ['※目指す方向　↑：増加を目指す　↓：減少を目指す']);

    const ws2 = wb.addWorksheet(V2);
    widths(ws2, [8, 38, 12, 12, 12, 34]);
    put(ws2, 1, 1, ['成果指標の実績（令和5年度評価）']);
    ws2.mergeCells(1, 1, 1, 6);
    put(ws2, 3, 1, ['番号', '成果指標', '令和3年度', '令和4年度', '令和5年度', '備考']);
    vision.forEach(([no, name, , , , , a, note], i) => put(ws2, 4 + i, 1, [no, name, ...a, note]));
  },
  expected: {
    file: 'h115-vision-2sheets.xlsx',
    fiscalYear: 2023,
    indicators: vision.map(([, name, unit, , target, dir, a]) => {
      const actual = typeof a[2] === 'number' ? a[2] : null;
      const e = ind(V2, name, unit, target, actual, { direction: dir === '↓' ? 'down' : 'up' });
      if (actual === null) e.actualStatus = 'pending';
      e.targetSource = 'final';
      return e;
    }),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 3. 事務事業評価シート: one 事業 per sheet, label-value header, 活動指標／成果指標 table, 事業費 (千円) rows below.

interface Card {
  sheet: string;
  title: string;
  grade: string;
  rows: [string, string, string, number, number, number, number][];
  cost: [number, number, number];
}
const cards: Card[] = [
  {
    sheet: '商品券',
    title: 'プレミアム付商品券発行事業',
    grade: 'B',
    rows: [
      ['活動指標', '発行冊数', '冊', 18000, 20000, 20000, 20000],
      ['成果指標', '販売冊数', '冊', 17560, 19880, 20000, 19412],
      ['成果指標', '換金率', '％', 99.1, 99.3, 99.0, 99.4],
    ],
    cost: [92000, 89540, 2460],
  },
  {
    sheet: '面接会',
    title: '合同就職面接会開催事業',
    grade: 'C',
    rows: [
      ['活動指標', '開催回数', '回', 2, 3, 3, 3],
      ['成果指標', '参加企業数', '社', 35, 41, 40, 46],
      ['成果指標', '面接会を通じた就職者数', '人', 18, 27, 30, 22],
    ],
    cost: [1800, 1652, 148],
  },
  {
    sheet: '名物',
    title: 'ふるさと名物販路拡大事業',
    grade: 'B',
    rows: [
      ['活動指標', '商談会・物産展への出展回数', '回', 5, 7, 8, 6],
      ['成果指標', 'ふるさと名物販売額', '万円', 2710, 2960, 3500, 3180],
      ['成果指標', '新規取引成立件数', '件', 9, 12, 15, 17],
    ],
    cost: [6500, 6212, 288],
  },
];
const cardWorkbook: Holdout2Workbook = {
  name: 'h115-jimujigyo-cards',
  layout:
    '事務事業評価シート, one 事業 per sheet: label-value header, 区分|指標名|単位|R3実績|R4実績|R5目標|R5実績|達成率, 事業費（千円） rows and one 事業 grade',
  build(wb) {
    for (const c of cards) {
      const ws = wb.addWorksheet(c.sheet);
      widths(ws, [12, 30, 8, 12, 12, 12, 12, 10]);
      put(ws, 1, 1, ['令和５年度　事務事業評価シート']);
      ws.mergeCells(1, 1, 1, 8);
      put(ws, 2, 1, ['事業名', c.title]);
      ws.mergeCells(2, 2, 2, 5);
      put(ws, 2, 6, ['担当課', '商工振興課']);
      ws.mergeCells(2, 7, 2, 8);
      put(ws, 3, 1, ['施策体系', '4-2　雇用の確保と創業の支援']);
      ws.mergeCells(3, 2, 3, 5);
      put(ws, 3, 6, ['評価年度', '令和5年度']);
      ws.mergeCells(3, 7, 3, 8);
      put(ws, 5, 1, ['■指標']);
      put(ws, 6, 1, ['区分', '指標名', '単位', '令和3年度\n実績', '令和4年度\n実績', '令和5年度\n目標', '令和5年度\n実績', '達成率']);
      c.rows.forEach((r, i) => {
        put(ws, 7 + i, 1, r);
        ws.getCell(7 + i, 8).value = { formula: `G${7 + i}/F${7 + i}`, result: r[6] / r[5] };
        ws.getCell(7 + i, 8).numFmt = '0.0%';
      });
      put(ws, 11, 1, ['■事業費（単位：千円）']);
      put(ws, 12, 1, ['予算額', c.cost[0], '決算額', c.cost[1], '不用額', c.cost[2]]);
      put(ws, 14, 1, ['■評価']);
      put(ws, 15, 1, ['一次評価', c.grade, '（A：目標以上の成果　B：概ね目標どおり　C：目標を下回る　D：成果が上がっていない）']);
      ws.mergeCells(15, 3, 15, 8);
      put(ws, 16, 1, ['今後の方向性', '継続']);
    }
  },
  expected: {
    file: 'h115-jimujigyo-cards.xlsx',
    fiscalYear: 2023,
    indicators: cards.flatMap((c) => c.rows.map(([, name, unit, , , target, actual]) => ind(c.sheet, name, unit, target, actual))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 4. 市制度融資: periods as rows (年度 merged over 目標／実績), indicators as columns with their units in the heading.

const Y = '制度融資実績';
const loanCols: [string, string][] = [
  ['新規貸付件数', '件'],
  ['新規貸付額', '千円'],
  ['創業支援資金貸付件数', '件'],
  ['保証料補給件数', '件'],
  ['利子補給件数', '件'],
];
const loanRows: [string, (number | null)[], (number | null)[]][] = [
  ['令和3年度', [300, 1500000, 20, 280, 600], [276, 1402300, 17, 251, 588]],
  ['令和4年度', [300, 1500000, 20, 280, 600], [241, 1198700, 19, 230, 562]],
  ['令和5年度', [300, 1500000, 20, 280, 600], [232, 1284600, 23, 225, 571]],
  ['令和6年度', [300, 1500000, 25, 280, 600], [null, null, null, null, null]],
];
const loanWorkbook: Holdout2Workbook = {
  name: 'h115-yushi-nendo',
  layout:
    '市制度融資: 年度 rows (merged over 目標／実績) × indicator columns 「新規貸付件数（件）」「新規貸付額（千円）」, R6 実績 empty; 2nd sheet 制度別 件数｜金額 without targets',
  build(wb) {
    const ws = wb.addWorksheet(Y);
    widths(ws, [12, 8, 14, 16, 16, 14, 14]);
    put(ws, 1, 1, ['中小企業振興資金（市制度融資）の目標と実績']);
    ws.mergeCells(1, 1, 1, 7);
    put(ws, 2, 7, ['令和6年4月末現在']);
    put(ws, 3, 1, ['年度', '区分', ...loanCols.map(([n, u]) => `${n}\n（${u}）`)]);
    loanRows.forEach(([year, t, a], i) => {
      const r = 4 + i * 2;
      put(ws, r, 1, [year, '目標', ...t]);
      put(ws, r + 1, 2, ['実績', ...a]);
      ws.mergeCells(r, 1, r + 1, 1);
      for (let c = 3; c <= 7; c++) ws.getCell(r + 1, c).numFmt = '#,##0';
      for (let c = 3; c <= 7; c++) ws.getCell(r, c).numFmt = '#,##0';
    });
    put(ws, 13, 1, ['※保証料補給・利子補給は当該年度に補給を行った件数（既往貸付分を含む）。']);

    const ws2 = wb.addWorksheet('制度別内訳（R5）');
    widths(ws2, [22, 10, 16]);
    put(ws2, 1, 1, ['令和5年度　制度別の新規貸付実績']);
    put(ws2, 2, 1, ['制度名', '件数（件）', '金額（千円）']);
    const kinds: [string, number, number][] = [
      ['小口零細企業資金', 88, 201400],
      ['運転資金', 74, 498000],
      ['設備資金', 29, 356200],
      ['創業支援資金', 23, 92000],
      ['経営安定資金', 18, 137000],
    ];
    kinds.forEach((k, i) => put(ws2, 3 + i, 1, k));
    put(ws2, 8, 1, ['合計', 232, 1284600]);
  },
  expected: {
    file: 'h115-yushi-nendo.xlsx',
    fiscalYear: 2023,
    indicators: loanCols.map(([name, unit], i) => ind(Y, name, unit, loanRows[2][1][i], loanRows[2][2][i])),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [chushinWorkbook, visionWorkbook, cardWorkbook, loanWorkbook];
