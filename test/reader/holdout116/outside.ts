/**
 * Hold-out 116, outside the four families: 量の見込み｜確保の内容｜実績 per 年度, years as rows with a 目標値 row at the bottom,
 * one card per ひとり親 就業支援 事業, and 乳幼児健診 対象者数｜受診者数｜受診率 per 年度 beside a 目標受診率.
 */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const wrap = (ws: Worksheet, addr: string) => {
  ws.getCell(addr).alignment = { wrapText: true, vertical: 'middle' };
};

// ---------------------------------------------------------------------------------------------
// 量の見込み｜確保の内容｜実績（確保量） per 年度; the sheet says 確保の内容 is the target, 量の見込み is not.

const Q = '地域子ども・子育て支援事業';
// name, unit, R4 [量, 確保, 実績], R5 [量, 確保, 実績], R6 [量, 確保], 自己評価
const RYOU: [string, string, number[], number[], number[], string][] = [
  ['延長保育事業', '人', [1150, 1200, 1164], [1180, 1250, 1200], [1200, 1300], 'B'],
  ['放課後児童健全育成事業', '人', [1480, 1350, 1362], [1520, 1400, 1405], [1550, 1450], 'A'],
  ['子育て短期支援事業', '人日', [140, 120, 0], [150, 120, 96], [150, 120], 'B'],
  ['地域子育て支援拠点事業', '人回', [44000, 40000, 36204], [45000, 42000, 38517], [46000, 44000], 'B'],
  ['一時預かり事業（幼稚園型）', '人日', [27500, 29000, 22950], [28000, 30000, 23400], [28500, 30000], 'B'],
  ['一時預かり事業（幼稚園型以外）', '人日', [7000, 5800, 4870], [7200, 6000, 5130], [7400, 6200], 'B'],
  ['病児保育事業', '人日', [1250, 1100, 588], [1300, 1100, 642], [1350, 1100], 'C'],
  ['ファミリー・サポート・センター事業（就学児）', '人日', [2500, 2300, 1790], [2600, 2400, 1872], [2700, 2500], 'C'],
  ['利用者支援事業', 'か所', [3, 3, 3], [3, 3, 3], [3, 3], 'A'],
];

const ryou: Holdout2Workbook = {
  name: 'h116-ryou-kakuho',
  layout:
    '量の見込み｜確保の内容｜実績（確保量） under merged 令和4・5・6年度 headings, 令和6年度 without 実績, a note that 確保の内容 is the target and 量の見込み a demand estimate, 自己評価 last',
  build(wb) {
    const ws = wb.addWorksheet(Q);
    ws.getColumn(1).width = 40;
    put(ws, 1, 1, ['第２期子ども・子育て支援事業計画　地域子ども・子育て支援事業の進捗状況（令和５年度実績）']);
    ws.mergeCells('A1:M1');
    put(ws, 2, 1, [
      '※「量の見込み」はニーズ調査に基づく需要量の推計値であり、目標値ではありません。計画の目標は「確保の内容」（提供体制の確保量）とし、実績（確保量）との比較により評価しています。',
    ]);
    ws.mergeCells('A2:M2');
    wrap(ws, 'A2');
    put(ws, 4, 1, [
      '事業名',
      '単位',
      '令和４年度',
      undefined,
      undefined,
      '令和５年度',
      undefined,
      undefined,
      '令和６年度',
      undefined,
      '自己評価\n（令和５年度）',
    ]);
    put(ws, 5, 3, ['量の見込み', '確保の内容', '実績\n（確保量）', '量の見込み', '確保の内容', '実績\n（確保量）', '量の見込み', '確保の内容']);
    ws.mergeCells('A4:A5');
    ws.mergeCells('B4:B5');
    ws.mergeCells('C4:E4');
    ws.mergeCells('F4:H4');
    ws.mergeCells('I4:J4');
    ws.mergeCells('K4:K5');
    RYOU.forEach(([name, unit, r4, r5, r6, self], i) => put(ws, 6 + i, 1, [name, unit, ...r4, ...r5, ...r6, self]));
    put(ws, 6 + RYOU.length + 1, 1, ['自己評価　A：確保の内容を達成　B：概ね達成（80％以上）　C：やや遅れ（60％以上）　D：遅れ']);
  },
  expected: {
    file: 'h116-ryou-kakuho.xlsx',
    fiscalYear: 2023,
    indicators: RYOU.map(([name, unit, , r5, , self]) => ind(Q, name, unit, r5[1], r5[2], { existing: self })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// Years as rows: 令和元年度（基準値）〜令和6年度, the 目標値（令和6年度） row at the bottom, units in the headings.

const N = '指標の推移';
const COLS: [string, string][] = [
  ['子育て世代包括支援センター相談件数', '件'],
  ['乳児家庭全戸訪問実施率', '％'],
  ['1歳6か月児健康診査受診率', '％'],
  ['3歳児健康診査受診率', '％'],
  ['養育支援訪問事業訪問世帯数', '世帯'],
  ['児童虐待相談対応件数', '件'],
  ['要保護児童対策地域協議会実務者会議開催回数', '回'],
];
const YEARS: [string, (number | string | null)[]][] = [
  ['令和元年度（基準値）', [1320, 96.1, 95.4, 94.2, 41, 124, 12]],
  ['令和２年度', [1498, 92.8, 93.0, 92.5, 47, 139, 10]],
  ['令和３年度', [1710, 95.9, 95.7, 94.8, 52, 151, 12]],
  ['令和４年度', [1902, 96.6, 96.0, 95.3, 58, 172, 12]],
  ['令和５年度', [2046, 97.4, 96.8, '集計中', 64, 186, 12]],
  ['令和６年度', [null, null, null, null, null, null, null]],
];
const GOAL: (number | string)[] = [2000, 100.0, 98.0, 97.0, 70, '－', 12];

const suii: Holdout2Workbook = {
  name: 'h116-suii-nendo',
  layout:
    'years as rows (令和元年度（基準値）〜令和６年度, 令和６年度 empty), indicators as columns under 母子保健／児童虐待防止 group headings, units in the headings, 目標値（令和６年度） row at the bottom, 集計中 and 「－」',
  build(wb) {
    const ws = wb.addWorksheet(N);
    ws.getColumn(1).width = 22;
    put(ws, 1, 1, ['母子保健・児童虐待防止に関する指標の推移']);
    put(ws, 2, 1, ['評価年度：令和５年度']);
    put(ws, 4, 1, ['年度', '母子保健', undefined, undefined, undefined, '児童虐待防止']);
    ws.mergeCells('B4:E4');
    ws.mergeCells('F4:H4');
    put(
      ws,
      5,
      2,
      COLS.map(([n, u]) => `${n}\n（${u}）`),
    );
    ws.mergeCells('A4:A5');
    for (let c = 2; c <= 8; c++) {
      ws.getColumn(c).width = 18;
      ws.getCell(5, c).alignment = { wrapText: true };
    }
    YEARS.forEach(([y, v], i) => put(ws, 6 + i, 1, [y, ...v]));
    put(ws, 6 + YEARS.length, 1, ['目標値（令和６年度）', ...GOAL]);
    put(ws, 6 + YEARS.length + 2, 1, [
      '※3歳児健康診査受診率の令和５年度分は、未受診者の受診勧奨後に確定するため集計中。児童虐待相談対応件数は目標値を設定しない。',
    ]);
  },
  expected: {
    file: 'h116-suii-nendo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(N, COLS[0][0], '件', 2000, 2046),
      ind(N, COLS[1][0], '％', 100.0, 97.4),
      ind(N, COLS[2][0], '％', 98.0, 96.8),
      ind(N, COLS[3][0], '％', 97.0, null, { actualStatus: 'pending' }),
      ind(N, COLS[4][0], '世帯', 70, 64),
      ind(N, COLS[5][0], '件', null, 186),
      ind(N, COLS[6][0], '回', 12, 12),
    ].map((i) => ({ ...i, targetSource: 'final' })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// One card per 事業 down the sheet: 事業名, 指標, 単位, 目標／実績 (令和5年度), 達成率, 自己評価, 今後の方向性.

const H = 'ひとり親就業支援';
// 事業名, 概要, 指標, 単位, 目標, 実績, 達成率, 自己評価, 方向性
const CARDS: [string, string, string, string, number, number | string, string, string, string][] = [
  ['母子家庭等就業・自立支援センター事業', '就業相談、就業情報の提供、就業支援講習会の案内', '就業相談件数', '件', 350, 312, '89.1%', 'B', '継続'],
  ['自立支援教育訓練給付金事業', '指定教育訓練講座の受講費用の一部を支給', '支給件数', '件', 15, 17, '113.3%', 'A', '継続'],
  ['高等職業訓練促進給付金等事業', '看護師・保育士等の資格取得期間中の生活費を支給', '資格取得者数', '人', 8, 6, '75.0%', 'B', '拡充'],
  ['母子・父子自立支援プログラム策定事業', '児童扶養手当受給者の自立に向けた個別プログラムを策定', 'プログラム策定件数', '件', 30, 24, '80.0%', 'B', '継続'],
  ['ひとり親家庭就業支援講習会', 'パソコン・簿記等の就業に役立つ講習会を開催', '講習会開催回数', '回', 6, '未実施', '－', 'D', '見直し'],
  ['ハローワーク連携就業支援事業', 'ハローワークと連携した個別の職業紹介', '就職者数', '人', 30, 22, '73.3%', 'C', '継続'],
];

const cards: Holdout2Workbook = {
  name: 'h116-hitorioya-card',
  layout:
    'one card per ひとり親 就業支援 事業 down the sheet (事業名／事業概要／指標・単位／令和5年度 目標・実績・達成率／自己評価・今後の方向性), one 未実施 with its reason beside',
  build(wb) {
    const ws = wb.addWorksheet(H);
    ws.getColumn(1).width = 16;
    ws.getColumn(2).width = 30;
    ws.getColumn(4).width = 14;
    put(ws, 1, 1, ['令和５年度　ひとり親家庭等自立促進計画　事業評価シート']);
    ws.mergeCells('A1:F1');
    put(ws, 2, 1, ['所管：こども家庭課　　評価対象：令和５年度']);
    CARDS.forEach(([jigyo, gaiyo, shihyo, unit, t, a, rate, self, way], i) => {
      const r = 4 + i * 7;
      put(ws, r, 1, [`事業${i + 1}`, jigyo]);
      ws.mergeCells(`B${r}:F${r}`);
      put(ws, r + 1, 1, ['事業概要', gaiyo]);
      ws.mergeCells(`B${r + 1}:F${r + 1}`);
      put(ws, r + 2, 1, ['指標', shihyo, '単位', unit]);
      put(ws, r + 3, 1, ['令和５年度目標', t, '令和５年度実績', a, '達成率', rate]);
      put(ws, r + 4, 1, ['自己評価', self, '今後の方向性', way]);
      if (typeof a === 'string') put(ws, r + 5, 1, ['備考', '講師の確保ができず開催を見送った']);
    });
  },
  expected: {
    file: 'h116-hitorioya-card.xlsx',
    fiscalYear: 2023,
    indicators: CARDS.map(([, , shihyo, unit, t, a, , self]) =>
      typeof a === 'number'
        ? ind(H, shihyo, unit, t, a, { existing: self })
        : ind(H, shihyo, unit, t, null, { existing: self, actualStatus: 'not-implemented' }),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 乳幼児健診: 対象者数｜受診者数｜受診率 per 年度, 目標受診率 (令和5年度) beside.

const E = '乳幼児健診';
// name, R4 [対象, 受診], R5 [対象, 受診], 目標
const KENSHIN: [string, number[], number[], number][] = [
  ['1か月児健康診査（医療機関委託）', [835, 818], [820, 806], 100.0],
  ['4か月児健康診査', [826, 810], [812, 801], 98.0],
  ['10か月児健康診査', [809, 781], [798, 770], 97.0],
  ['1歳6か月児健康診査', [861, 827], [845, 818], 97.0],
  ['2歳児歯科健康診査', [872, 590], [860, 560], 85.0],
  ['3歳児健康診査', [880, 838], [873, 829], 96.0],
];
const rate = (n: number[]) => Math.round((n[1] / n[0]) * 1000) / 10;

const kenshin: Holdout2Workbook = {
  name: 'h116-kenshin-jushinritsu',
  layout: '乳幼児健診 rows, 令和4年度／令和5年度 each 対象者数（人）｜受診者数（人）｜受診率（％）, then 目標受診率（令和5年度）; the 受診率 is the actual',
  build(wb) {
    const ws = wb.addWorksheet(E);
    ws.getColumn(1).width = 30;
    put(ws, 1, 1, ['令和５年度　乳幼児健康診査の実施状況']);
    put(ws, 2, 9, ['母子保健課']);
    put(ws, 3, 1, ['健診名', '令和４年度', undefined, undefined, '令和５年度', undefined, undefined, '目標受診率\n（令和５年度）', '備考']);
    put(ws, 4, 2, ['対象者数（人）', '受診者数（人）', '受診率（％）', '対象者数（人）', '受診者数（人）', '受診率（％）']);
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:D3');
    ws.mergeCells('E3:G3');
    ws.mergeCells('H3:H4');
    ws.mergeCells('I3:I4');
    KENSHIN.forEach(([name, r4, r5, goal], i) => {
      put(ws, 5 + i, 1, [name, r4[0], r4[1], rate(r4), r5[0], r5[1], rate(r5), goal]);
      for (const c of [4, 7, 8]) ws.getCell(5 + i, c).numFmt = '0.0';
    });
    put(ws, 9, 9, ['未受診者には個別に受診勧奨']);
    put(ws, 12, 1, ['※受診率＝受診者数÷対象者数。対象者数は年度内に健診月齢に達した児の数。']);
  },
  expected: {
    file: 'h116-kenshin-jushinritsu.xlsx',
    fiscalYear: 2023,
    indicators: KENSHIN.map(([name, , r5, goal]) => ind(E, name, '％', goal, rate(r5))),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [ryou, suii, cards, kenshin];
