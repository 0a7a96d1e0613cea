/** Set 61's workbooks that tempt a confident wrong grade: last year's figure in the actual cell, 「現状維持」 targets, 減少 only in the name, 割 targets, hidden / greyed previous-plan columns, 累計 targets with yearly actuals. */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const widths = (ws: Worksheet, w: number[]) => w.forEach((x, i) => (ws.getColumn(i + 1).width = x));
const GREY = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFBFBFBF' } };

/** 実績値 cells carrying last year's figure in brackets: 「R5: 88（R4: 104）」. */
const PREV_IN_CELL: [string, string, number, string, number, string][] = [
  ['生涯学習講座受講者数', '人', 130, '120（R4: 98）', 120, 'B'],
  ['市立図書館の年間利用者数', '人', 4800, '4,512\n（R4：4,380）', 4512, 'A'],
  ['公民館まつり参加団体数', '団体', 100, 'R5: 88（R4: 104）', 88, 'A'],
  ['生涯学習ボランティア登録率', '％', 65, 'R5: 63.5（R4: 61.0）', 63.5, 'B'],
  ['市民講座の満足度', '％', 85, '86.2（前年度 83.0）', 86.2, 'A'],
  ['出前講座実施回数', '回', 60, '52（R4：57）', 52, 'B'],
];

const prevInCell: Holdout2Workbook = {
  name: 'h61-trap-prev-in-cell',
  layout: 'plan indicators at A4 with 実績値（R5） written with last year in brackets 「R5: 88（R4: 104）」, written 評価 A–D',
  build(wb) {
    const ws = wb.addWorksheet('成果指標');
    widths(ws, [28, 7, 12, 22, 8, 24]);
    put(ws, 1, 1, ['岩代市生涯学習推進計画　令和5年度 成果指標の状況']);
    ws.mergeCells('A1:F1');
    put(ws, 2, 1, ['（実績値欄の括弧内は前年度実績）']);
    put(ws, 4, 1, ['指標名', '単位', '目標値（R5）', '実績値（R5）', '評価', '所管課']);
    PREV_IN_CELL.forEach(([name, unit, target, cell, , grade], i) => {
      put(ws, 5 + i, 1, [name, unit, target, cell, grade, '生涯学習課']);
      ws.getCell(5 + i, 4).alignment = { wrapText: true };
    });
    put(ws, 12, 1, ['評価　A：目標達成　B：目標の8割以上　C：6割以上　D：6割未満']);
  },
  expected: {
    file: 'h61-trap-prev-in-cell.xlsx',
    fiscalYear: 2023,
    indicators: PREV_IN_CELL.map(([name, unit, target, , actual, grade]) => ind('成果指標', name, unit, target, actual, { existing: grade })),
    groups: [],
  },
};

/** 目標値 「現状維持」 / 「現状値以上」 beside a 基準値 column: the target is the 基準値. */
const MAINTAIN: [string, string, number, number | string, number, number][] = [
  ['図書館の蔵書数', '冊', 312000, '現状維持', 309500, 312000],
  ['地域公民館の利用者数', '人', 48200, 55000, 41300, 55000],
  ['文化財ボランティア登録者数', '人', 35, '現状維持', 37, 35],
  ['市民芸術祭の出展者数', '人', 410, 450, 452, 450],
  ['読書が好きな児童の割合', '％', 72.4, '現状値以上', 70.1, 72.4],
  ['図書館の貸出冊数', '冊', 520000, 560000, 498000, 560000],
];

const maintain: Holdout2Workbook = {
  name: 'h61-trap-maintain',
  layout: 'table at B3: 基準値（R2） | 目標値（R5） with 「現状維持」「現状値以上」 | 実績値（R5）; the clerk takes the 基準値 as target',
  build(wb) {
    const ws = wb.addWorksheet('指標');
    widths(ws, [2, 28, 6, 12, 12, 12, 20]);
    put(ws, 1, 2, ['文化・スポーツ部　令和5年度 指標実績一覧']);
    ws.mergeCells('B1:G1');
    put(ws, 3, 2, ['指標', '単位', '基準値\n（R2）', '目標値\n（R5）', '実績値\n（R5）', '備考']);
    MAINTAIN.forEach(([name, unit, base, target, actual], i) => put(ws, 4 + i, 2, [name, unit, base, target, actual]));
    ws.getCell('G8').value = '全国学力・学習状況調査 児童質問紙';
    put(ws, 11, 2, ['※「現状維持」は基準値を維持することを目標とする。']);
  },
  expected: {
    file: 'h61-trap-maintain.xlsx',
    fiscalYear: 2023,
    indicators: MAINTAIN.map(([name, unit, , , actual, target]) => ind('指標', name, unit, target, actual)),
    groups: [],
  },
};

/** 減少 stated only in the name (「〜の減少」) beside plain 「〜件数」 indicators, with the department's naive 達成率 column. */
const DOWN_NAME: [string, number, number, number, 'up' | 'down'][] = [
  ['交通事故発生件数の減少', 342, 280, 301, 'down'],
  ['刑法犯認知件数の減少', 512, 450, 398, 'down'],
  ['交通安全教室開催件数', 52, 60, 48, 'up'],
  ['防犯パトロール実施件数', 210, 240, 252, 'up'],
  ['こども110番の家登録件数', 640, 700, 655, 'up'],
  ['特殊詐欺被害件数の減少', 18, 10, 14, 'down'],
];

const downName: Holdout2Workbook = {
  name: 'h61-trap-down-name',
  layout: 'table at A3: 指標名 | 単位 | 基準値(R1) | 目標値(R5) | 実績値(R5) | 達成率 (actual ÷ target even for 「〜の減少」) ; direction only in the name',
  build(wb) {
    const ws = wb.addWorksheet('安全安心');
    widths(ws, [30, 6, 11, 11, 11, 10]);
    put(ws, 1, 1, ['市民生活部　防犯・交通安全施策　令和5年度評価']);
    ws.mergeCells('A1:F1');
    put(ws, 3, 1, ['指標名', '単位', '基準値(R1)', '目標値(R5)', '実績値(R5)', '達成率']);
    DOWN_NAME.forEach(([name, base, target, actual], i) => put(ws, 4 + i, 1, [name, '件', base, target, actual, `${((100 * actual) / target).toFixed(1)}%`]));
    put(ws, 11, 1, ['※達成率＝実績値÷目標値']);
  },
  expected: {
    file: 'h61-trap-down-name.xlsx',
    fiscalYear: 2023,
    indicators: DOWN_NAME.map(([name, , target, actual, direction]) => ind('安全安心', name, '件', target, actual, { direction })),
    groups: [],
  },
};

/** Targets in 割 (「7割」「5割以上」) with actuals in ％, and a ポイント unit: the target's unit, actual converted. */
const WARI: [string, string, string, string, number, number][] = [
  // The project's convention (decided after the first figure, as set 50 reads it): a rate written in 割 beside figures in ％
  // is reported in ％ (「7割」 is 70 ％); this set first expected the ％ actuals in 割 (6.42). The grades are the same either way.
  ['市政に満足している市民の割合', '7割', '64.2%', '％', 70, 64.2],
  ['地域活動に参加している市民の割合', '5割以上', '38.0％', '％', 50, 38],
  ['自治会加入率', '8割', '78.4％', '％', 80, 78.4],
  ['男性職員の育児休業取得率', '3割', '31.5％', '％', 30, 31.5],
  ['健康づくりに取り組む市民の割合', '60.0％', '57.3％', '％', 60, 57.3],
  ['全国学力調査平均正答率の全国平均との差', '2.0ポイント', '1.2ポイント', 'ポイント', 2, 1.2],
];

const percentUnits: Holdout2Workbook = {
  name: 'h61-trap-percent-units',
  layout: 'units in the cells: targets 「7割」「5割以上」 with actuals in ％, one ％ pair, one ポイント pair; table at A4 under a survey note',
  build(wb) {
    const ws = wb.addWorksheet('市民意識');
    widths(ws, [38, 14, 14, 14]);
    put(ws, 1, 1, ['総合計画　市民意識調査に基づく指標（令和5年度）']);
    ws.mergeCells('A1:D1');
    put(ws, 2, 1, ['調査時期：令和5年11月　回答数 1,284人']);
    put(ws, 4, 1, ['指標', '目標値（R5）', '実績値（R5）', '所管課']);
    WARI.forEach(([name, t, a], i) => put(ws, 5 + i, 1, [name, t, a, i === 5 ? '学校教育課' : '企画課']));
  },
  expected: {
    file: 'h61-trap-percent-units.xlsx',
    fiscalYear: 2023,
    indicators: WARI.map(([name, , , unit, target, actual]) => ind('市民意識', name, unit, target, actual)),
    groups: [],
  },
};

/** The previous plan's columns hidden, the original 目標値 greyed beside the revised 見直し後目標値. */
const HIDDEN: [string, string, number, number, number, number, number][] = [
  ['子育て支援センター利用者数', '人', 18000, 16900, 22000, 20000, 19100],
  ['一時預かり事業利用者数', '人', 2800, 2610, 3500, 3000, 3120],
  ['乳幼児健診受診率', '％', 97.0, 96.2, 98.0, 98.0, 96.8],
  ['ファミリー・サポート・センター会員数', '人', 600, 548, 650, 600, 472],
  ['子育てアプリ登録者数', '人', 1500, 1820, 3000, 4000, 3450],
  ['産後ケア事業利用者数', '人', 50, 31, 120, 80, 61],
];

const hiddenPrev: Holdout2Workbook = {
  name: 'h61-trap-hidden-prev',
  layout: 'table at A4: 前期計画 目標値/実績 (H30) columns hidden, 当初目標値（R5） greyed and struck through, 見直し後目標値（R5）, 実績値（R5）',
  build(wb) {
    const ws = wb.addWorksheet('子育て');
    widths(ws, [34, 6, 12, 12, 13, 13, 12, 16]);
    ws.getColumn(3).hidden = true;
    ws.getColumn(4).hidden = true;
    put(ws, 1, 1, ['岩代市子ども・子育て支援事業計画（第2期）　令和5年度 点検・評価']);
    ws.mergeCells('A1:H1');
    put(ws, 2, 1, ['※令和4年度の中間見直しにより目標値を変更（当初目標値は参考として灰色で表示）']);
    ws.mergeCells('A2:H2');
    put(ws, 4, 1, [
      '指標',
      '単位',
      '前期計画\n目標値（H30）',
      '前期計画\n実績（H30）',
      '当初目標値\n（R5）',
      '見直し後\n目標値（R5）',
      '実績値\n（R5）',
      '担当課',
    ]);
    HIDDEN.forEach(([name, unit, pt, pa, orig, rev, actual], i) => {
      put(ws, 5 + i, 1, [name, unit, pt, pa, orig, rev, actual, 'こども家庭課']);
      const c = ws.getCell(5 + i, 5);
      c.fill = GREY;
      c.font = { color: { argb: 'FF808080' }, strike: true };
    });
    ws.getCell('E4').fill = GREY;
  },
  expected: {
    file: 'h61-trap-hidden-prev.xlsx',
    fiscalYear: 2023,
    indicators: HIDDEN.map(([name, unit, , , , rev, actual]) => ind('子育て', name, unit, rev, actual)),
    groups: [],
  },
};

/** A 累計 target over the plan (R3〜R7) with yearly actuals: the actual is the total so far, against the 累計 target. */
const CUMULATIVE: [string, string, string, number, number[]][] = [
  ['住宅リフォーム補助件数', '件', '累計', 500, [90, 110, 105]],
  ['空き家除却件数', '件', '累計', 50, [8, 12, 15]],
  ['移住体験住宅利用者数', '人', '単年度', 60, [48, 55, 63]],
  ['木造住宅耐震診断件数', '件', '累計', 150, [28, 31, 40]],
  ['市営住宅入居率', '％', '単年度', 95, [93.1, 92.4, 94.0]],
  ['住まいの相談会開催回数', '回', '単年度', 12, [12, 12, 11]],
];

const cumulative: Holdout2Workbook = {
  name: 'h61-trap-cumulative',
  layout: 'table at A3: 目標値 with a 目標の区分 column (累計（R3〜R7） / 単年度) and yearly actuals R3–R7 (R6, R7 blank); 累計 actual = sum of R3–R5',
  build(wb) {
    const ws = wb.addWorksheet('住宅施策');
    widths(ws, [28, 6, 14, 10, 9, 9, 9, 9, 9]);
    put(ws, 1, 1, ['岩代市住生活基本計画　成果指標の推移（令和5年度末時点）']);
    ws.mergeCells('A1:I1');
    put(ws, 3, 1, ['指標', '単位', '目標の区分', '目標値', '実績', undefined, undefined, undefined, undefined]);
    put(ws, 4, 5, ['R3', 'R4', 'R5', 'R6', 'R7']);
    ws.mergeCells('E3:I3');
    for (const c of ['A', 'B', 'C', 'D']) ws.mergeCells(`${c}3:${c}4`);
    CUMULATIVE.forEach(([name, unit, kind, target, a], i) => put(ws, 5 + i, 1, [name, unit, kind === '累計' ? '累計（R3〜R7）' : '単年度', target, ...a]));
    put(ws, 12, 1, ['※累計の目標値は計画期間（令和3年度〜令和7年度）の合計。実績は各年度の件数。']);
    ws.mergeCells('A12:I12');
  },
  expected: {
    file: 'h61-trap-cumulative.xlsx',
    fiscalYear: 2023,
    indicators: CUMULATIVE.map(([name, unit, kind, target, a]) => ind('住宅施策', name, unit, target, kind === '累計' ? a.reduce((x, y) => x + y, 0) : a[2])),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [prevInCell, maintain, downName, percentUnits, hiddenPrev, cumulative];
