/**
 * Hold-out set 94, three traps of the 照会 work, each read right only one way and that way plain from the workbook: a 記入例
 * sheet first in the book, laid out and filled exactly like the real reply (realistic names and figures, its only mark the tab);
 * a reply made by copying last year's sheet, so that 「回答」 still holds 令和4年度's figures and this year's are in 「回答 (2)」
 * (the titles and the 照会 say which); an original reply beside its 「（差替）」 sheet whose figures differ, the 差替 saying it
 * replaces the original.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { Direction, ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, dropdown, fill, fillRange, HEAD, lines, listSheet, numFmt, red, widths, wrap, YELLOW } from './families';

// ---------------------------------------------------------------------------------------------------------------------------
// T1: a 記入例 sheet that looks exactly like the real one

type SelfRow = [policy: string, name: string, unit: string, dir: '↑' | '↓', target: number, actual: number, self: string, reason: string];

const EXAMPLE: SelfRow[] = [
  ['1-1 移住・定住の促進', '移住相談件数', '件', '↑', 250, 268, 'A', 'オンライン相談会を年6回に増やしたことにより目標を上回った。'],
  ['6-2 情報発信の充実', '市公式LINE登録者数', '人', '↑', 15000, 13210, 'B', '登録キャンペーンを実施したが、目標には届かなかった。'],
  ['6-3 行財政改革の推進', '職員の時間外勤務時間', '時間', '↓', 60000, 64300, 'B', '災害対応により増加した。'],
];

const BOSAI: SelfRow[] = [
  ['7-1 防災体制の充実', '自主防災組織結成率', '%', '↑', 85.0, 82.3, 'B', '未結成の3地区に出前講座を実施した。'],
  ['7-1 防災体制の充実', '防災訓練参加者数', '人', '↑', 4000, 4615, 'A', '総合防災訓練を地区ごとの分散開催とした。'],
  ['7-1 防災体制の充実', '防災メール登録者数', '人', '↑', 12000, 9870, 'A', '転入者への登録案内を開始した。'],
  ['7-2 交通安全・防犯の推進', '交通事故発生件数', '件', '↓', 180, 166, 'A', '高齢者の交通安全教室を拡充した。'],
  ['7-2 交通安全・防犯の推進', '防犯灯LED化率', '%', '↑', 100.0, 96.4, 'B', '町内会管理分の一部が未更新。'],
  ['7-3 消防・救急体制の充実', '消防団員充足率', '%', '↑', 95.0, 88.6, 'B', '退団者数が入団者数を上回った。'],
];

function selfSheet(ws: Worksheet, who: [string, string, string, string], rows: SelfRow[]): void {
  widths(ws, [5, 22, 24, 7, 6, 12, 12, 9, 9, 44]);
  put(ws, 1, 1, ['令和5年度 施策成果指標 自己評価調書']);
  ws.mergeCells(1, 1, 1, 10);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  put(ws, 3, 1, ['課名', undefined, who[0], '担当者', undefined, who[1], '内線', who[2], '提出日', who[3]]);
  ws.mergeCells(3, 1, 3, 2);
  ws.mergeCells(3, 4, 3, 5);
  box(ws, 3, 1, 3, 10);
  put(ws, 5, 1, ['No.', '施策', '成果指標', '単位', '方向', '令和5年度\n目標値', '令和5年度\n実績値', '達成率', '自己評価', '評価の理由']);
  fillRange(ws, 5, 1, 5, 10, HEAD);
  rows.forEach((x, i) => {
    const r = 6 + i;
    const rate = x[3] === '↓' ? x[4] / x[5] : x[5] / x[4];
    put(ws, r, 1, [i + 1, x[0], x[1], x[2], x[3], x[4], x[5], rate, x[6], x[7]]);
    ws.getCell(r, 8).numFmt = '0.0%';
    numFmt(ws, r, 6, r, 7, x[2] === '%' ? '0.0' : '#,##0');
    fill(ws, r, 7, YELLOW);
    fill(ws, r, 9, YELLOW);
    dropdown(ws, r, 9, "'リスト'!$A$2:$A$5");
    dropdown(ws, r, 5, "'リスト'!$B$2:$B$3");
  });
  const last = 5 + rows.length;
  box(ws, 5, 1, last, 10);
  wrap(ws, 5, 1, last, 10);
  lines(ws, last + 2, 1, [
    '方向：↑ 増加を目指す　↓ 減少を目指す（↓の指標の達成率は目標値÷実績値）',
    '自己評価：A 達成率100％以上　B 80％以上100％未満　C 60％以上80％未満　D 60％未満',
  ]);
}

const S_T1 = '回答';

const kinyurei: Holdout2Workbook = {
  name: 'h94-kinyurei-futago',
  layout:
    'trap: a 記入例 sheet first in the book, the same 自己評価調書 as the real reply (課名・担当者・内線・提出日 filled, three realistic indicators with figures and grades), its only mark the tab name; the real 回答 of 防災安全課 (6 indicators, 方向 ↑↓, 自己評価) after it; a hidden リスト',
  build(wb: Workbook) {
    selfSheet(wb.addWorksheet('記入例'), ['企画課', '企画 太郎', '2104', '令和6年5月10日'], EXAMPLE);
    selfSheet(wb.addWorksheet(S_T1), ['防災安全課', '菅原 大輔', '2801', '令和6年5月28日'], BOSAI);
    listSheet(
      wb,
      'リスト',
      [
        ['評価', ['A', 'B', 'C', 'D']],
        ['方向', ['↑', '↓']],
      ],
      true,
    );
  },
  expected: {
    file: 'h94-kinyurei-futago.xlsx',
    fiscalYear: 2023,
    indicators: BOSAI.map((x) => ind(S_T1, x[1], x[2], x[4], x[5], { direction: (x[3] === '↓' ? 'down' : 'up') as Direction, existing: x[6] })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// T2: last year's sheet left as 「回答」, this year's reply in its copy 「回答 (2)」

type TaxRow = [name: string, unit: string, target: number, actual: number, grade: string, note: string];

const TAX_R4: TaxRow[] = [
  ['市税収納率（現年課税分）', '%', 99.0, 98.87, 'B', ''],
  ['キャッシュレス納付利用率', '%', 30.0, 31.2, 'A', ''],
  ['滞納繰越額', '百万円', 450, 472, 'B', '減少を目指す指標'],
  ['電子申告（eLTAX）利用率', '%', 65.0, 58.3, 'C', ''],
  ['納税相談件数', '件', 1200, 1310, 'A', ''],
  ['口座振替利用率', '%', 45.0, 42.0, 'B', ''],
];

const TAX_R5: TaxRow[] = [
  ['市税収納率（現年課税分）', '%', 99.0, 99.12, 'A', ''],
  ['キャッシュレス納付利用率', '%', 35.0, 38.6, 'A', 'スマホ決済アプリを2種追加'],
  ['滞納繰越額', '百万円', 420, 455, 'B', '減少を目指す指標'],
  ['電子申告（eLTAX）利用率', '%', 70.0, 66.1, 'A', ''],
  ['納税相談件数', '件', 1200, 1050, 'B', ''],
  ['口座振替利用率', '%', 45.0, 41.2, 'B', ''],
];

function taxSheet(ws: Worksheet, year: string, answered: string, rows: TaxRow[]): void {
  widths(ws, [5, 30, 9, 11, 11, 10, 8, 28]);
  put(ws, 1, 1, [`${year} 成果指標実績調査（回答）`]);
  ws.mergeCells(1, 1, 1, 8);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  put(ws, 2, 1, ['課名', undefined, '税務課', '担当者', '遠藤 真理子', '内線', '1520', `回答日：${answered}`]);
  ws.mergeCells(2, 1, 2, 2);
  box(ws, 2, 1, 2, 8);
  put(ws, 4, 1, ['No.', '指標名', '単位', '目標値', '実績値', '達成率', '評価', '備考']);
  fillRange(ws, 4, 1, 4, 8, HEAD);
  rows.forEach((x, i) => {
    const r = 5 + i;
    const down = x[5].includes('減少');
    put(ws, r, 1, [i + 1, x[0], x[1], x[2], x[3], down ? x[2] / x[3] : x[3] / x[2], x[4], x[5] || undefined]);
    ws.getCell(r, 6).numFmt = '0.0%';
    numFmt(ws, r, 4, r, 5, x[1] === '%' ? '0.00' : '#,##0');
    fill(ws, r, 5, YELLOW);
    fill(ws, r, 7, YELLOW);
  });
  box(ws, 4, 1, 4 + rows.length, 8);
  wrap(ws, 4, 1, 4 + rows.length, 8);
  put(ws, 6 + rows.length, 1, ['評価：A 達成率100％以上　B 80％以上100％未満　C 60％以上80％未満　D 60％未満']);
}

const S_T2 = '回答 (2)';

const zennendoCopy: Holdout2Workbook = {
  name: 'h94-zennendo-copy',
  layout:
    'trap: 照会 sheet for 令和5年度, then 「回答」 still holding last year’s reply (title 令和4年度, 回答日 令和5年5月26日) and 「回答 (2)」, the copy made from it with this year’s figures (title 令和5年度); same indicator names, same headings (目標値｜実績値｜達成率｜評価｜備考 with no year), 滞納繰越額 減少 in 備考',
  build(wb: Workbook) {
    const letter = wb.addWorksheet('照会');
    letter.getColumn(1).width = 100;
    lines(letter, 1, 1, [
      '令和6年5月13日',
      '各課長　様',
      '企画課長',
      '',
      '令和5年度 成果指標の実績について（照会）',
      '',
      '　令和5年度の成果指標の実績について、回答シートに記入の上、令和6年5月31日（金）までに回答願います。',
      '　様式は前年度と同じです。',
      '',
      '担当：企画課 行政経営係　内線2104',
    ]);
    taxSheet(wb.addWorksheet('回答'), '令和4年度', '令和5年5月26日', TAX_R4);
    taxSheet(wb.addWorksheet(S_T2), '令和5年度', '令和6年5月24日', TAX_R5);
  },
  expected: {
    file: 'h94-zennendo-copy.xlsx',
    fiscalYear: 2023,
    indicators: TAX_R5.map((x) => ind(S_T2, x[0], x[1], x[2], x[3], { direction: x[5].includes('減少') ? 'down' : 'up', existing: x[4] })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// T3: the original reply beside its 差替 sheet, whose figures differ

type SportRow = [name: string, unit: string, base: number, prev: number, target: number, actual: number | string, grade: string];

const SPORT_ORIGINAL: SportRow[] = [
  ['総合体育館利用者数', '人', 118200, 124650, 130000, 128400, 'B'],
  ['スポーツ教室参加者数', '人', 2050, 2180, 2400, 2210, 'B'],
  ['市民文化祭来場者数', '人', 6200, 7150, 8000, '集計中', ''],
  ['文化会館ホール稼働率', '%', 58.5, 62.0, 70.0, 64.2, 'B'],
  ['スポーツ少年団登録者数', '人', 1120, 1065, 1100, 1034, 'B'],
  ['美術展覧会入場者数', '人', 4310, 4980, 5000, 5210, 'A'],
  ['総合型地域スポーツクラブ会員数', '人', 640, 628, 900, 612, 'C'],
];

const SPORT_REVISED: SportRow[] = [
  ['総合体育館利用者数', '人', 118200, 124650, 130000, 131250, 'A'],
  ['スポーツ教室参加者数', '人', 2050, 2180, 2400, 2210, 'B'],
  ['市民文化祭来場者数', '人', 6200, 7150, 8000, 6912, 'B'],
  ['文化会館ホール稼働率', '%', 58.5, 62.0, 70.0, 55.1, 'B'],
  ['スポーツ少年団登録者数', '人', 1120, 1065, 1100, 1034, 'B'],
  ['美術展覧会入場者数', '人', 4310, 4980, 5000, 4870, 'B'],
  ['総合型地域スポーツクラブ会員数', '人', 640, 628, 900, 612, 'C'],
];

function sportSheet(ws: Worksheet, revised: boolean, rows: SportRow[]): void {
  widths(ws, [30, 7, 14, 14, 14, 14, 9]);
  put(ws, 1, 1, [`令和5年度 文化・スポーツ施策 指標実績報告${revised ? '【差替版】' : ''}`]);
  ws.mergeCells(1, 1, 1, 7);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  put(ws, 2, 1, ['所属：文化スポーツ課', '担当：熊谷 亜希子', undefined, '内線：4310', `提出日：${revised ? '令和6年6月3日' : '令和6年5月20日'}`]);
  if (revised) {
    put(ws, 3, 1, ['※5月20日提出分（シート「指標実績」）から実績値及び評価を修正しました（修正箇所は赤字）。取りまとめには本シートを使用してください。']);
    ws.mergeCells(3, 1, 3, 7);
    red(ws, 3, 1);
  }
  put(ws, 5, 1, ['指標名', '単位', '基準値\n（令和3年度）', '令和4年度\n実績', '令和5年度\n目標', '令和5年度\n実績', '評価']);
  fillRange(ws, 5, 1, 5, 7, HEAD);
  rows.forEach((x, i) => {
    const r = 6 + i;
    put(ws, r, 1, [...x.slice(0, 6), x[6] || undefined] as (string | number | undefined)[]);
    numFmt(ws, r, 3, r, 6, x[1] === '%' ? '0.0' : '#,##0');
    fill(ws, r, 6, YELLOW);
    if (revised && (SPORT_ORIGINAL[i][5] !== x[5] || SPORT_ORIGINAL[i][6] !== x[6])) {
      ws.getCell(r, 6).font = { color: { argb: 'FFFF0000' } };
      ws.getCell(r, 7).font = { color: { argb: 'FFFF0000' } };
    }
  });
  box(ws, 5, 1, 5 + rows.length, 7);
  wrap(ws, 5, 1, 5 + rows.length, 7);
  put(ws, 7 + rows.length, 1, ['評価：A 達成率100％以上　B 80％以上100％未満　C 60％以上80％未満　D 60％未満']);
}

const S_T3 = '指標実績（差替）';

const sashikae: Holdout2Workbook = {
  name: 'h94-sashikae',
  layout:
    'trap: 文化スポーツ課’s 指標実績 (5/20) and, after it, 指標実績（差替） (6/3, 【差替版】 in the title, a red note that it replaces the original): same 7 indicators, 基準値（令和3年度）｜令和4年度実績 columns before 令和5年度 目標｜実績｜評価, four 実績 (one 集計中 in the original) differ',
  build(wb: Workbook) {
    sportSheet(wb.addWorksheet('指標実績'), false, SPORT_ORIGINAL);
    sportSheet(wb.addWorksheet(S_T3), true, SPORT_REVISED);
  },
  expected: {
    file: 'h94-sashikae.xlsx',
    fiscalYear: 2023,
    indicators: SPORT_REVISED.map((x): ExpectedIndicator => ind(S_T3, x[0], x[1], x[4], x[5] as number, { existing: x[6] })),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [kinyurei, zennendoCopy, sashikae];
