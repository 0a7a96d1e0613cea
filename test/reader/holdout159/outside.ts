/**
 * Hold-out 159, four shapes outside the families that 土地改良・農業用用排水施設 offices use: a ため池対策 進捗管理表 with years
 * as rows and 計画／実績 pairs under merged headings, 事務事業評価シート one 事業 per sheet with a 令和２年度実績 column beside
 * the year's 目標／実績, 成果目標 cards stacked down a sheet (label／value rows, written A–D), and split sheets (指標一覧 with
 * 令和６年度目標, 実績 by 指標番号 with a 集計中).
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const P_SHEET = '進捗管理表';
const PAIRS: [string, (number | undefined)[]][] = [
  ['令和２年度', [12, 12, 5, 4, 1, 1]],
  ['令和３年度', [15, 15, 8, 8, 2, 1]],
  ['令和４年度', [18, 17, 10, 9, 2, 2]],
  ['令和５年度', [18, 16, 10, 10, 3, 1]],
  ['令和６年度', [20, undefined, 12, undefined, 3, undefined]],
];
const NOTES = ['', '', '', '改修工事2箇所は入札不調により翌年度へ', '計画のみ'];

const tameike: Holdout2Workbook = {
  name: 'h159-n-tameike-taisaku-shinchoku',
  layout: 'outside: ため池対策 進捗管理表, years as rows, 計画／実績 pairs under merged headings with the unit, next year planned only',
  build(wb) {
    const ws = wb.addWorksheet(P_SHEET);
    widths(ws, [14, 9, 9, 9, 9, 9, 9, 36]);
    merge(ws, 1, 1, 1, 8, '防災重点農業用ため池　対策進捗管理表');
    merge(ws, 2, 1, 2, 8, '評価年度：令和５年度　　農林部 農地整備課');
    merge(ws, 4, 1, 5, 1, '年度');
    merge(ws, 4, 2, 4, 3, '劣化状況評価（箇所）');
    merge(ws, 4, 4, 4, 5, '地震・豪雨耐性評価（箇所）');
    merge(ws, 4, 6, 4, 7, '改修工事着手（箇所）');
    merge(ws, 4, 8, 5, 8, '備考');
    put(ws, 5, 2, ['計画', '実績', '計画', '実績', '計画', '実績']);
    PAIRS.forEach(([y, v], i) => {
      put(ws, 6 + i, 1, [y]);
      v.forEach((x, j) => put(ws, 6 + i, 2 + j, [x]));
      put(ws, 6 + i, 8, [NOTES[i] || undefined]);
    });
    box(ws, 4, 1, 5 + PAIRS.length, 8);
  },
  expected: {
    file: 'h159-n-tameike-taisaku-shinchoku.xlsx',
    fiscalYear: 2023,
    indicators: [ind(P_SHEET, '劣化状況評価', '箇所', 18, 16), ind(P_SHEET, '地震・豪雨耐性評価', '箇所', 10, 10), ind(P_SHEET, '改修工事着手', '箇所', 3, 1)],
    groups: [],
  },
};

interface Jigyo {
  sheet: string;
  name: string;
  purpose: string;
  rows: [string, string, string, string, number, number, number][];
}

const JIGYO: Jigyo[] = [
  {
    sheet: '事業01',
    name: '基幹水利施設ストックマネジメント事業',
    purpose: '頭首工・揚水機場等の機能診断を行い、機能保全計画に基づく計画的な補修・更新につなげる',
    rows: [
      ['活動指標', '機能診断実施施設数', '施設', '↑', 5, 6, 6],
      ['成果指標', '機能保全計画策定済み施設の割合', '％', '↑', 48.0, 55.0, 51.2],
    ],
  },
  {
    sheet: '事業02',
    name: '農業用用排水路維持管理事業',
    purpose: '市管理の用排水路の浚渫・草刈りにより通水機能を確保する',
    rows: [
      ['活動指標', '用排水路の浚渫延長', 'm', '↑', 3120, 3500, 2870],
      ['成果指標', '用排水路の通水障害発生件数', '件', '↓', 7, 5, 3],
    ],
  },
  {
    sheet: '事業03',
    name: '湛水防除事業',
    purpose: '低平地の排水機場・排水路を整備し、農地・農業用施設の湛水被害を防止する',
    rows: [
      ['活動指標', '排水ポンプ整備台数', '台', '↑', 1, 2, 2],
      ['成果指標', '湛水被害防止面積', 'ha', '↑', 85, 120, 120],
    ],
  },
];

const rate = (dir: string, t: number, a: number) => `${((dir === '↓' ? t / a : a / t) * 100).toFixed(1)}％`;

function jigyoSheet(ws: Worksheet, j: Jigyo): void {
  widths(ws, [12, 30, 8, 6, 14, 14, 14, 10]);
  merge(ws, 1, 1, 1, 8, '令和３年度　事務事業評価シート');
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 8, j.name);
  put(ws, 4, 1, ['担当課']);
  merge(ws, 4, 2, 4, 8, '農林整備課 農村整備係');
  put(ws, 5, 1, ['事業期間']);
  merge(ws, 5, 2, 5, 8, '平成28年度～令和７年度');
  put(ws, 6, 1, ['事業の目的']);
  merge(ws, 6, 2, 6, 8, j.purpose);
  box(ws, 3, 1, 6, 8);
  put(ws, 8, 1, ['区分', '指標名', '単位', '方向', '令和２年度実績', '令和３年度目標', '令和３年度実績', '達成率']);
  j.rows.forEach((r, i) => put(ws, 9 + i, 1, [...r, rate(r[3], r[5], r[6])]));
  wrap(ws, 8, 1, 8, 8);
  box(ws, 8, 1, 8 + j.rows.length, 8);
  put(ws, 12, 1, ['今後の方向性', '継続']);
  put(ws, 13, 1, ['※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い']);
}

const jigyo: Holdout2Workbook = {
  name: 'h159-n-jimujigyo-hyoka-per-sheet',
  layout: 'outside: 事務事業評価シート, one 事業 per sheet, 活動指標／成果指標 rows with 令和２年度実績, 令和３年度目標／実績 and 達成率',
  build(wb) {
    for (const j of JIGYO) jigyoSheet(wb.addWorksheet(j.sheet), j);
  },
  expected: {
    file: 'h159-n-jimujigyo-hyoka-per-sheet.xlsx',
    fiscalYear: 2021,
    indicators: JIGYO.flatMap((j) => j.rows.map((r) => ind(j.sheet, r[1], r[2], r[5], r[6], { direction: r[3] === '↓' ? 'down' : 'up' }))),
    groups: [],
  },
};

interface Card {
  item: string;
  name: string;
  unit: string;
  dir: '増加' | '減少';
  base: number;
  target: number;
  actual: number;
  grade: string;
}

const CARDS: Card[] = [
  { item: '農業用用排水施設の長寿命化', name: '長寿命化対策実施延長', unit: 'km', dir: '増加', base: 12.4, target: 30.0, actual: 27.6, grade: 'B' },
  { item: '農業用水の安定供給', name: '用水の安定供給が確保された地区数', unit: '地区', dir: '増加', base: 9, target: 14, actual: 14, grade: 'A' },
  { item: '排水条件の改善', name: '排水不良農地の解消面積', unit: 'ha', dir: '増加', base: 40, target: 260, actual: 171, grade: 'B' },
  { item: '施設の安全管理', name: '農業水利施設の突発事故件数', unit: '件', dir: '減少', base: 11, target: 5, actual: 7, grade: 'C' },
];

const CARD_SHEET = '成果目標';
const cards: Holdout2Workbook = {
  name: 'h159-n-seika-mokuhyo-cards',
  layout: 'outside: 成果目標 cards stacked down the sheet, label／value rows (基準値（H30）, 目標値（R5）, 実績値（R5）, 達成率, 評価 A–D)',
  build(wb) {
    const ws = wb.addWorksheet(CARD_SHEET);
    widths(ws, [16, 18, 18, 18]);
    merge(ws, 1, 1, 1, 4, '農業農村整備計画（平成31年度～令和５年度）　成果目標の達成状況');
    merge(ws, 2, 1, 2, 4, '評価時点：令和５年度末（計画最終年度）');
    merge(ws, 3, 1, 3, 4, '評価　A：順調（100％以上）　B：概ね順調（80％以上）　C：やや遅れている（60％以上）　D：遅れている（60％未満）');
    CARDS.forEach((c, i) => {
      const r = 5 + i * 10;
      const rows: [string, string | number][] = [
        ['目標項目', c.item],
        ['成果指標', c.name],
        ['単位', c.unit],
        ['目指す方向', c.dir],
        ['基準値（H30）', c.base],
        ['目標値（R5）', c.target],
        ['実績値（R5）', c.actual],
        ['達成率', `${((c.dir === '減少' ? c.target / c.actual : c.actual / c.target) * 100).toFixed(1)}%`],
        ['評価', c.grade],
      ];
      rows.forEach(([k, v], j) => {
        put(ws, r + j, 1, [k]);
        merge(ws, r + j, 2, r + j, 4, v);
      });
      box(ws, r, 1, r + rows.length - 1, 4);
    });
  },
  expected: {
    file: 'h159-n-seika-mokuhyo-cards.xlsx',
    fiscalYear: 2023,
    indicators: CARDS.map((c) => ind(CARD_SHEET, c.name, c.unit, c.target, c.actual, { direction: c.dir === '減少' ? 'down' : 'up', existing: c.grade })),
    groups: [],
  },
};

const LIST_SHEET = '指標一覧';
const split: Holdout2Workbook = {
  name: 'h159-n-chuki-keikaku-split',
  layout: 'outside: split sheets, 指標一覧 (番号, 指標名, 単位, 方向, 令和６年度目標) and 実績 (番号, 令和６年度実績, 備考), one 集計中',
  build(wb) {
    const a = wb.addWorksheet(LIST_SHEET);
    widths(a, [8, 40, 8, 8, 16]);
    merge(a, 1, 1, 1, 5, '農業農村整備中期計画（令和４年度～令和８年度）　指標一覧');
    put(a, 3, 1, ['指標番号', '指標名', '単位', '方向', '令和６年度目標']);
    const list: [string, string, string, string, number][] = [
      ['K-1', '農地中間管理機構関連ほ場整備の実施面積', 'ha', '増加', 85],
      ['K-2', '用水路のパイプライン化延長', 'km', '増加', 6.5],
      ['K-3', '揚水機場の電気料金', '千円', '削減', 48000],
      ['K-4', '地下かんがいシステム導入面積', 'ha', '増加', 40],
    ];
    list.forEach((row, i) => put(a, 4 + i, 1, row));
    box(a, 3, 1, 3 + list.length, 5);
    const b = wb.addWorksheet('実績');
    widths(b, [8, 16, 40]);
    merge(b, 1, 1, 1, 3, '令和６年度　指標実績（令和７年４月集計）');
    put(b, 3, 1, ['指標番号', '令和６年度実績', '備考']);
    const got: [string, number | string, string][] = [
      ['K-1', 78.4, '東部第二地区の面工事一部繰越'],
      ['K-2', 6.8, ''],
      ['K-3', 51300, '電力単価の上昇による'],
      ['K-4', '集計中', '土地改良区の報告待ち'],
    ];
    got.forEach((row, i) => put(b, 4 + i, 1, [row[0], row[1], row[2] || undefined]));
    box(b, 3, 1, 3 + got.length, 3);
  },
  expected: {
    file: 'h159-n-chuki-keikaku-split.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(LIST_SHEET, '農地中間管理機構関連ほ場整備の実施面積', 'ha', 85, 78.4),
      ind(LIST_SHEET, '用水路のパイプライン化延長', 'km', 6.5, 6.8),
      ind(LIST_SHEET, '揚水機場の電気料金', '千円', 48000, 51300, { direction: 'down' }),
      ind(LIST_SHEET, '地下かんがいシステム導入面積', 'ha', 40, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [tameike, jigyo, cards, split];
