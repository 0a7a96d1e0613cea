/** Hold-out 59, families 1 and 2: 施策評価シート with indicator blocks, and 事業実績 tables with text targets and actuals. */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const widths = (ws: Worksheet, w: number[]) => w.forEach((x, i) => (ws.getColumn(i + 1).width = x));

/** One stacked indicator block: name row, heading row of years, 期待値 and 実績値 rows. Returns the next free row. */
function stackedBlock(
  ws: Worksheet,
  row: number,
  no: string,
  name: string,
  unit: string,
  dir: string,
  expected: (number | string | null)[],
  actual: (number | string | null)[],
): number {
  put(ws, row, 2, [`成果指標${no}`, name, undefined, undefined, '単位', unit, '方向', dir]);
  ws.mergeCells(row, 3, row, 5);
  put(ws, row + 1, 2, ['区分', 'R3', 'R4', 'R5', 'R6', 'R7（目標）']);
  put(ws, row + 2, 2, ['期待値', ...expected]);
  put(ws, row + 3, 2, ['実績値', ...actual]);
  return row + 5;
}

const A1 = '施策2-3';
const aStacked: Holdout2Workbook = {
  name: 'h59-a-stacked-reiwa',
  layout: 'A: 施策評価シート, three stacked blocks (R3…R7, 期待値 above 実績値), a 方向 cell per block, rating cell filled in afterwards',
  build(wb) {
    const ws = wb.addWorksheet(A1);
    widths(ws, [2, 14, 16, 10, 10, 10, 12, 8, 10]);
    put(ws, 1, 2, ['第6次総合計画　令和6年度 施策評価シート（評価対象：令和5年度実績）']);
    ws.mergeCells('B1:I1');
    put(ws, 3, 2, ['政策', '2　子どもを安心して産み育てられるまち']);
    ws.mergeCells('C3:F3');
    put(ws, 3, 7, ['施策評価', undefined]);
    put(ws, 4, 2, ['施策', '2-3　子育て家庭への支援の充実']);
    ws.mergeCells('C4:F4');
    put(ws, 4, 7, ['前年度評価', '（B）']);
    put(ws, 5, 2, ['担当課', 'こども家庭課・保育課']);
    put(ws, 5, 7, ['方向：↑増加　↓減少']);
    let r = 7;
    r = stackedBlock(ws, r, '①', '子育て支援センター利用者数', '人', '↑', [38000, 40000, 42000, 44000, 46000], [36210, 38940, 39500]);
    r = stackedBlock(ws, r, '②', '保育所等待機児童数', '人', '↓', [5, 2, 0, 0, 0], [7, 4, 3]);
    r = stackedBlock(ws, r, '③', '放課後児童クラブ登録児童数', '人', '↑', [1050, 1100, 1150, 1180, 1200], [1032, 1121, 1163]);
    put(ws, r, 2, ['※期待値は各年度の中間値、R7は計画の目標値。施策評価欄は評価会議後に記入する。']);
    ws.mergeCells(r, 2, r, 9);
  },
  expected: {
    file: 'h59-a-stacked-reiwa.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(A1, '子育て支援センター利用者数', '人', 42000, 39500),
      ind(A1, '保育所等待機児童数', '人', 0, 3, { direction: 'down' }),
      ind(A1, '放課後児童クラブ登録児童数', '人', 1150, 1163),
    ],
    groups: [{ sheet: A1, cell: 'H3', grade: rollUp(['B', 'D', 'A']) }],
  },
};

const A2 = '基本施策3-1';
/** A tiled block of 5 columns: name, 単位/方向, years 2021…2025年度, 期待値 and 実績値. */
function tiledBlock(ws: Worksheet, row: number, col: number, no: string, name: string, unit: string, dir: string, exp: number[], act: (number | null)[]) {
  put(ws, row, col, [`指標${no}`, name]);
  ws.mergeCells(row, col + 1, row, col + 5);
  put(ws, row + 1, col, ['単位', unit, '方向', dir]);
  put(ws, row + 2, col, [undefined, '2021年度', '2022年度', '2023年度', '2024年度', '2025年度']);
  put(ws, row + 3, col, ['期待値', ...exp]);
  put(ws, row + 4, col, ['実績値', ...act]);
}
const aTiled: Holdout2Workbook = {
  name: 'h59-a-tiled-ad-years',
  layout: 'A: blocks tiled two across, western fiscal years 2021年度…2025年度, evaluation 2024年度 in the title, ↑/↓ direction cells',
  build(wb) {
    const ws = wb.addWorksheet(A2);
    widths(ws, [9, 11, 11, 11, 11, 11, 3, 9, 11, 11, 11, 11, 11]);
    put(ws, 1, 1, ['健康増進計画推進シート　　評価対象年度：2024年度']);
    ws.mergeCells('A1:M1');
    put(ws, 2, 1, ['基本施策', '3-1 健康づくりの推進']);
    ws.mergeCells('B2:F2');
    put(ws, 2, 8, ['施策の総合評価', undefined, '（前年度 B）']);
    put(ws, 3, 1, ['担当', '健康推進課']);
    tiledBlock(ws, 5, 1, '1', '特定健康診査受診率', '％', '↑', [46.0, 48.0, 50.0, 52.0, 55.0], [44.1, 45.9, 46.5, 47.8, null]);
    tiledBlock(ws, 5, 8, '2', 'がん検診受診者数', '人', '↑', [9200, 9400, 9600, 9800, 10000], [8800, 9350, 9710, 10120, null]);
    tiledBlock(ws, 11, 1, '3', '健康ポイント事業参加者数', '人', '↑', [1500, 2000, 2500, 3000, 3500], [980, 1420, 1690, 1850, null]);
    tiledBlock(ws, 11, 8, '4', '自殺死亡率（人口10万対）', '人', '↓', [18.0, 17.0, 16.0, 15.0, 14.0], [19.4, 18.2, 17.5, 16.8, null]);
    put(ws, 17, 1, ['※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い　　2025年度の期待値は計画目標値']);
    ws.mergeCells('A17:M17');
  },
  expected: {
    file: 'h59-a-tiled-ad-years.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(A2, '特定健康診査受診率', '％', 52.0, 47.8),
      ind(A2, 'がん検診受診者数', '人', 9800, 10120),
      ind(A2, '健康ポイント事業参加者数', '人', 3000, 1850),
      ind(A2, '自殺死亡率（人口10万対）', '人', 15.0, 16.8, { direction: 'down' }),
    ],
    groups: [{ sheet: A2, cell: 'I2', grade: rollUp(['B', 'A', 'C', 'B']) }],
  },
};

const A3 = '施策評価票(5-2)';
const aRows: Holdout2Workbook = {
  name: 'h59-a-years-down-provisional',
  layout: 'A: blocks side by side with the years down the rows (令和3年度…令和7年度), a 実績値 「78,300（見込み）」, a 参考指標 block',
  build(wb) {
    const ws = wb.addWorksheet(A3);
    widths(ws, [2, 12, 11, 11, 3, 12, 11, 11, 3, 12, 11, 11, 3, 12, 11, 11]);
    put(ws, 2, 2, ['令和5年度　施策評価票　　施策 5-2　観光交流の推進（観光課）']);
    ws.mergeCells('B2:L2');
    put(ws, 3, 2, ['施策の評価', undefined, '評価基準：A 順調　B 概ね順調　C やや遅れている　D 遅れている']);
    ws.mergeCells('D3:L3');
    const block = (col: number, title: string, name: string, unit: string, rows: [string, number | string | null, number | string | null][]) => {
      put(ws, 5, col, [title]);
      ws.mergeCells(5, col, 5, col + 2);
      put(ws, 6, col, [name]);
      ws.mergeCells(6, col, 6, col + 2);
      put(ws, 7, col, ['年度', `期待値（${unit}）`, `実績値（${unit}）`]);
      rows.forEach((r, i) => put(ws, 8 + i, col, r));
    };
    block(2, '成果指標1', '観光案内所利用者数', '人', [
      ['令和3年度', 9000, 7420],
      ['令和4年度', 10500, 10110],
      ['令和5年度', 12000, 12480],
      ['令和6年度', 13000, null],
      ['令和7年度', 14000, null],
    ]);
    block(6, '成果指標2', '市内宿泊者数', '人泊', [
      ['令和3年度', 70000, 61200],
      ['令和4年度', 78000, 72950],
      ['令和5年度', 85000, '78,300（見込み）'],
      ['令和6年度', 90000, null],
      ['令和7年度', 95000, null],
    ]);
    block(10, '成果指標3', '観光ボランティアガイド登録者数', '人', [
      ['令和3年度', 50, 47],
      ['令和4年度', 55, 49],
      ['令和5年度', 60, 52],
      ['令和6年度', 65, null],
      ['令和7年度', 70, null],
    ]);
    block(14, '参考指標（施策の評価には用いない）', '観光入込客数', '千人', [
      ['令和3年度', null, 1210],
      ['令和4年度', null, 1480],
      ['令和5年度', null, 1655],
    ]);
    put(ws, 14, 2, ['※宿泊者数の令和5年度実績は県の宿泊旅行統計確定前のため見込み値。']);
    ws.mergeCells('B14:L14');
  },
  expected: {
    file: 'h59-a-years-down-provisional.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(A3, '観光案内所利用者数', '人', 12000, 12480),
      ind(A3, '市内宿泊者数', '人泊', 85000, 78300, { actualStatus: 'provisional' }),
      ind(A3, '観光ボランティアガイド登録者数', '人', 60, 52),
    ],
    groups: [{ sheet: A3, cell: 'C3', grade: rollUp(['A', 'B', 'B']) }],
  },
};

const B1 = '事業実績(令和5年度)';
const bText: Holdout2Workbook = {
  name: 'h59-b-text-targets',
  layout: 'B: 事業実績 table at B4 with 令和4年度実績 beside, targets/actuals as text (年4回, 約1,200人, 30件以上, 100%, 社 vs 件), 未実施, 自己評価',
  build(wb) {
    const ws = wb.addWorksheet(B1);
    widths(ws, [2, 5, 30, 12, 18, 18, 18, 9, 12]);
    put(ws, 2, 2, ['令和5年度　生涯学習・文化振興計画　推進事業実績一覧']);
    ws.mergeCells('B2:I2');
    put(ws, 4, 2, ['No.', '事業名', '担当課', '令和4年度実績', '令和5年度数値目標', '令和5年度実績値', '自己評価', '今後の方向性']);
    put(ws, 5, 2, [1, '市民文化祭の開催', '文化振興課', '年3回', '年4回', '年4回', 'A', '継続']);
    put(ws, 6, 2, [2, '公民館講座の受講者数', '生涯学習課', '約980人', '約1,200人', '約1,050人', 'B', '継続']);
    put(ws, 7, 2, [3, '出前講座の実施件数', '生涯学習課', '24件', '30件以上', '27件', 'B', '拡充']);
    put(ws, 8, 2, [4, '文化財説明板の更新', '文化財課', '90%', '100%', '96.5%', 'A', '継続']);
    put(ws, 9, 2, [5, '文化団体活動補助金', '文化振興課', '交付決定 9社', '交付決定 10社', '交付決定 12件', 'A', '見直し']);
    put(ws, 10, 2, [6, '読書ボランティア養成講座', '図書館', '1回', '2回', '未実施', 'D', '見直し']);
    put(ws, 12, 2, ['※数値目標は第3次生涯学習推進計画の年度目標。自己評価は担当課による（A：目標達成　B：概ね達成　C：一部達成　D：未達成）。']);
    ws.mergeCells('B12:I12');
  },
  expected: {
    file: 'h59-b-text-targets.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B1, '市民文化祭の開催', '回', 4, 4, { existing: 'A' }),
      ind(B1, '公民館講座の受講者数', '人', 1200, 1050, { existing: 'B', actualStatus: 'approximate' }),
      ind(B1, '出前講座の実施件数', '件', 30, 27, { existing: 'B' }),
      ind(B1, '文化財説明板の更新', '%', 100, 96.5, { existing: 'A' }),
      ind(B1, '文化団体活動補助金', '社', 10, 12, { existing: 'A' }),
      ind(B1, '読書ボランティア養成講座', '回', 2, null, { existing: 'D', actualStatus: 'not-implemented' }),
    ],
    groups: [],
  },
};

const B2 = '主要事業の実績';
const bEstimate: Holdout2Workbook = {
  name: 'h59-b-estimate-prevyear',
  layout: 'B: mid-year table at C5, units only in the 指標（単位） text, 前年度実績 column before, 本年度実績見込 column, derived 達成率, 事業費 合計 row',
  build(wb) {
    const ws = wb.addWorksheet(B2);
    widths(ws, [2, 2, 26, 22, 12, 12, 14, 10, 8, 12]);
    put(ws, 2, 3, ['令和6年度　主要事業の実績（9月末時点の見込み）']);
    ws.mergeCells('C2:J2');
    put(ws, 3, 3, ['農林部　農政課']);
    put(ws, 5, 3, ['事業名', '指標（単位）', '令和5年度実績', '令和6年度目標', '令和6年度実績見込', '達成率', '評価', '事業費（千円）']);
    put(ws, 6, 3, ['新規就農者支援事業', '新規就農者数（人）', 7, 8, 9, 1.125, 'A', 12400]);
    put(ws, 7, 3, ['農地集積推進事業', '担い手への農地集積率（％）', 61.2, 65.0, 62.8, 0.966, 'B', 3800]);
    put(ws, 8, 3, ['鳥獣被害防止対策事業', '農作物被害額（千円）', 18600, 15000, 17200, 0.872, 'B', 9100]);
    put(ws, 9, 3, ['地産地消推進事業', '直売所出荷者数（人）', 412, 450, 398, 0.884, 'B', 2600]);
    put(ws, 10, 3, ['食農教育推進事業', '農業体験参加児童数（人）', 1320, 1500, 840, 0.56, 'D', 1500]);
    put(ws, 11, 3, ['合計', undefined, undefined, undefined, undefined, undefined, undefined, 29400]);
    for (let r = 6; r <= 10; r++) ws.getCell(r, 8).numFmt = '0.0%';
    put(ws, 13, 3, ['※達成率は実績見込÷目標。農作物被害額は減少を目指す指標のため目標÷実績見込で算出。実績は年度末に確定する。']);
    ws.mergeCells('C13:J13');
  },
  expected: {
    file: 'h59-b-estimate-prevyear.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(B2, '新規就農者数', '人', 8, 9, { actualStatus: 'provisional', existing: 'A' }),
      ind(B2, '担い手への農地集積率', '％', 65.0, 62.8, { actualStatus: 'provisional', existing: 'B' }),
      ind(B2, '農作物被害額', '千円', 15000, 17200, { actualStatus: 'provisional', existing: 'B', direction: 'down' }),
      ind(B2, '直売所出荷者数', '人', 450, 398, { actualStatus: 'provisional', existing: 'B' }),
      ind(B2, '農業体験参加児童数', '人', 1500, 840, { actualStatus: 'provisional', existing: 'D' }),
    ],
    groups: [],
  },
};

const B3 = 'R5実績';
const bTwoTables: Holdout2Workbook = {
  name: 'h59-b-two-tables-sheet',
  layout: 'B: two 基本目標 tables stacked on one sheet, 活動指標 name and text values (延べ800人, 6講座, 3,000部), 事業費 column, notes between',
  build(wb) {
    const ws = wb.addWorksheet(B3);
    widths(ws, [24, 26, 16, 16, 10, 12]);
    put(ws, 1, 1, ['男女共同参画推進プラン　令和5年度 事業実施状況']);
    ws.mergeCells('A1:F1');
    put(ws, 3, 1, ['基本目標1　あらゆる分野への男女共同参画']);
    ws.mergeCells('A3:F3');
    put(ws, 4, 1, ['取組', '活動指標', '目標（R5）', '実績（R5）', '自己評価', '事業費（千円）']);
    put(ws, 5, 1, ['審議会等への女性登用促進', '審議会等委員の女性比率', '35.0%', '31.8%', 'B', 0]);
    put(ws, 6, 1, ['女性人材育成セミナー', 'セミナー受講者数', '延べ800人', '延べ712人', 'B', 1450]);
    put(ws, 7, 1, ['企業向け出前講座', '出前講座の開催数', '6講座', '6講座', 'A', 320]);
    put(ws, 8, 1, ['※事業費は決算額。']);
    put(ws, 10, 1, ['基本目標2　男女共同参画の意識づくり']);
    ws.mergeCells('A10:F10');
    put(ws, 11, 1, ['取組', '活動指標', '目標（R5）', '実績（R5）', '自己評価', '事業費（千円）']);
    put(ws, 12, 1, ['情報紙の発行', '情報紙の発行部数', '3,000部', '3,000部', 'A', 540]);
    put(ws, 13, 1, ['男女共同参画週間の啓発', 'パネル展の来場者数', '500人', '286人', 'C', 110]);
    put(ws, 14, 1, ['DV相談窓口の周知', '相談窓口カード配布枚数', '2,000枚', '2,450枚', 'A', 90]);
  },
  expected: {
    file: 'h59-b-two-tables-sheet.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B3, '審議会等委員の女性比率', '%', 35.0, 31.8, { existing: 'B' }),
      ind(B3, 'セミナー受講者数', '人', 800, 712, { existing: 'B' }),
      ind(B3, '出前講座の開催数', '講座', 6, 6, { existing: 'A' }),
      ind(B3, '情報紙の発行部数', '部', 3000, 3000, { existing: 'A' }),
      ind(B3, 'パネル展の来場者数', '人', 500, 286, { existing: 'C' }),
      ind(B3, '相談窓口カード配布枚数', '枚', 2000, 2450, { existing: 'A' }),
    ],
    groups: [],
  },
};

export const FORM_WORKBOOKS: Holdout2Workbook[] = [aStacked, aTiled, aRows, bText, bEstimate, bTwoTables];
