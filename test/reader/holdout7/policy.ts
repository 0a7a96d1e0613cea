/**
 * Hold-out 7, policy sheets: two family-A variants (indicator blocks stacked down the sheet with 目標値 above 実績値;
 * blocks tiled three across with full-era headings and 実績値 above 期待値), a workbook with a cover, an index and one
 * sheet per 施策, and a 総合計画 進捗管理表 with 前期/後期 targets. Written blind (see index.ts).
 */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { gradeOf, ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

/* 1. Family A, stacked: one block per indicator, 区分 column with 目標値 then 実績値, R3…R7 short era headings. */
const HANAMAKI_SHEET = '施策2-1';
type StackedBlock = { name: string; unit: string; down?: boolean; targets: number[]; actuals: number[] };
const HANAMAKI_BLOCKS: StackedBlock[] = [
  { name: '放課後児童クラブの待機児童数', unit: '人', down: true, targets: [12, 8, 4, 2, 0], actuals: [15, 9, 5] },
  { name: '子育て支援センター利用者数', unit: '人', targets: [18000, 19000, 20000, 21000, 22000], actuals: [16520, 17884, 19230] },
  { name: '乳幼児健康診査の受診率', unit: '％', targets: [96, 96.5, 97, 97.5, 98], actuals: [95.8, 97.1, 97.3] },
  { name: 'ファミリー・サポート・センター会員数', unit: '人', targets: [820, 850, 880, 910, 940], actuals: [801, 822, 650] },
];
const hanamakiExpected: ExpectedIndicator[] = HANAMAKI_BLOCKS.map((b) =>
  ind(HANAMAKI_SHEET, b.name, b.unit, b.targets[2], b.actuals[2], { direction: b.down ? 'down' : 'up' }),
);

const HANAMAKI: Holdout2Workbook = {
  name: 'h7-hanamaki-policy-stacked',
  layout: 'family A stacked down the sheet: per block 成果指標N + name, 単位 and 指標の方向 row, 区分 column with 目標値 above 実績値, R3…R7（目標）',
  build(wb) {
    const ws = wb.addWorksheet(HANAMAKI_SHEET);
    put(ws, 1, 1, ['令和６年度　施策評価シート（評価対象年度：令和５年度）']);
    put(ws, 3, 1, ['政策', '２　健やかに暮らせるまちづくり']);
    put(ws, 4, 1, ['施策', '２－１　子育て支援の充実']);
    put(ws, 5, 1, ['担当課', 'こども課']);
    put(ws, 6, 1, ['施策の達成度', undefined, '前年度評価', '（B）']);
    HANAMAKI_BLOCKS.forEach((b, i) => {
      const r = 8 + i * 6;
      put(ws, r, 1, [`成果指標${i + 1}`, b.name]);
      put(ws, r + 1, 1, ['単位', b.unit, '指標の方向', b.down ? '↓（少ないほど良い）' : '↑（多いほど良い）']);
      put(ws, r + 2, 1, ['区分', 'R3', 'R4', 'R5', 'R6', 'R7（目標）']);
      put(ws, r + 3, 1, ['目標値', ...b.targets]);
      put(ws, r + 4, 1, ['実績値', ...b.actuals]);
    });
  },
  expected: {
    file: 'h7-hanamaki-policy-stacked.xlsx',
    fiscalYear: 2023,
    indicators: hanamakiExpected,
    groups: [{ sheet: HANAMAKI_SHEET, cell: 'B6', grade: rollUp(hanamakiExpected.map((e) => e.grade)) }],
  },
};

/* 2. Family A, tiled three across: 指標①…, 令和３年度…令和７年度, 実績値 above 期待値 (※令和７年度は目標値). */
const KAMAISHI_SHEET = '基本施策3-2';
type TiledBlock = { name: string; unit: string; about: string; actuals: (number | string | undefined)[]; expects: (number | undefined)[] };
const KAMAISHI_BLOCKS: TiledBlock[] = [
  { name: '観光入込客数', unit: '千人', about: '市内観光地点の入込客数', actuals: [520, 610, 702], expects: [600, 650, 700, 750, 800] },
  { name: '宿泊者数', unit: '人', about: '市内宿泊施設の延べ宿泊者数', actuals: [58210, 66430, 70115], expects: [62000, 70000, 78000, 86000, 95000] },
  {
    name: '外国人観光客数',
    unit: '人',
    about: '令和５年度からの新規指標',
    actuals: [undefined, undefined, 1240],
    expects: [undefined, undefined, undefined, undefined, 3000],
  },
  {
    name: '体験型観光プログラム参加者数',
    unit: '人',
    about: '市が実施する体験プログラムの参加者数',
    actuals: ['－', 410, '未実施'],
    expects: [400, 450, 500, 550, 600],
  },
  {
    name: '観光ホームページ閲覧数',
    unit: '件',
    about: '観光協会サイトの年間閲覧数',
    actuals: [210500, 245300, 238900],
    expects: [220000, 240000, 260000, 280000, 300000],
  },
];
const kamaishiExpected: ExpectedIndicator[] = [
  ind(KAMAISHI_SHEET, '観光入込客数', '千人', 700, 702),
  ind(KAMAISHI_SHEET, '宿泊者数', '人', 78000, 70115),
  { ...ind(KAMAISHI_SHEET, '外国人観光客数', '人', 3000, 1240), targetSource: 'final' },
  ind(KAMAISHI_SHEET, '体験型観光プログラム参加者数', '人', 500, null, { actualStatus: 'not-implemented' }),
  ind(KAMAISHI_SHEET, '観光ホームページ閲覧数', '件', 260000, 238900),
];
const CIRCLED = ['①', '②', '③', '④', '⑤'];

function tiledBlock(ws: Worksheet, row: number, col: number, b: TiledBlock, i: number): void {
  put(ws, row, col, [`指標${CIRCLED[i]}`, b.name]);
  put(ws, row + 1, col, ['単位', b.unit]);
  put(ws, row + 2, col, ['指標の説明', b.about]);
  put(ws, row + 3, col, [undefined, '令和３年度', '令和４年度', '令和５年度', '令和６年度', '令和７年度']);
  put(ws, row + 4, col, ['実績値', ...b.actuals]);
  put(ws, row + 5, col, ['期待値\n※令和７年度は目標値', ...b.expects]);
}

const KAMAISHI: Holdout2Workbook = {
  name: 'h7-kamaishi-policy-tiled3',
  layout:
    'family A tiled three across (7-column pitch), full-era 令和３年度… headings, 実績値 row above 期待値 row, a new indicator with only the final 目標値',
  build(wb) {
    const ws = wb.addWorksheet(KAMAISHI_SHEET);
    put(ws, 1, 1, ['令和６年度　基本施策評価シート']);
    put(ws, 2, 1, ['（評価対象期間：令和５年度）']);
    put(ws, 3, 1, ['基本施策', '3-2　観光交流の推進']);
    put(ws, 3, 8, ['達成状況評価', undefined, '前年度', '（C）']);
    put(ws, 4, 1, ['担当部等', '商工観光部']);
    KAMAISHI_BLOCKS.forEach((b, i) => tiledBlock(ws, i < 3 ? 6 : 14, 1 + (i % 3) * 7, b, i));
  },
  expected: {
    file: 'h7-kamaishi-policy-tiled3.xlsx',
    fiscalYear: 2023,
    indicators: kamaishiExpected,
    groups: [{ sheet: KAMAISHI_SHEET, cell: 'I3', grade: rollUp(kamaishiExpected.map((e) => e.grade)) }],
  },
};

/* 3. A cover, an index and one sheet per 施策: each a small form with its own 施策の評価 cell and a table of indicators. */
type Row = [name: string, unit: string, way: '増加' | '減少', base: number, target: number, actual: number];
const SHISAKU: { sheet: string; title: string; rows: Row[] }[] = [
  {
    sheet: '施策1-1',
    title: '1-1　地域医療の確保',
    rows: [
      ['休日当番医の開設日数', '日', '増加', 70, 72, 72],
      ['救急搬送の平均所要時間', '分', '減少', 42.5, 40, 43.1],
      ['在宅医療連携会議の開催回数', '回', '増加', 2, 6, 4],
    ],
  },
  {
    sheet: '施策1-2',
    title: '1-2　健康づくりの推進',
    rows: [
      ['特定健康診査受診率', '％', '増加', 45.2, 55, 40.1],
      ['がん検診受診率（胃がん）', '％', '増加', 12.1, 15, 8.5],
      ['健康ポイント事業参加者数', '人', '増加', 850, 1500, 1620],
    ],
  },
];
const rowExpected = (sheet: string, [name, unit, way, , target, actual]: Row) =>
  ind(sheet, name, unit, target, actual, { direction: way === '減少' ? 'down' : 'up' });

const OSHU_BOOK: Holdout2Workbook = {
  name: 'h7-oshu-cover-index-per-shisaku',
  layout:
    '表紙 and 目次 sheets, then one sheet per 施策: 評価対象年度 cell, 施策の評価 cell, a table 成果指標/単位/方向/基準値(R元)/目標値(R5)/実績値(R5)/達成率',
  build(wb) {
    const cover = wb.addWorksheet('表紙');
    put(cover, 3, 1, ['令和５年度　行政評価（施策評価）調書']);
    put(cover, 5, 1, ['奥州市　総務企画部　政策企画課']);
    put(cover, 7, 1, ['令和６年８月']);
    const index = wb.addWorksheet('目次');
    put(index, 1, 1, ['目次']);
    put(index, 3, 1, ['No.', '施策名', 'シート名', 'ページ']);
    SHISAKU.forEach((s, i) => put(index, 4 + i, 1, [i + 1, s.title.replace(/^\S+\s+/, ''), s.sheet, i + 1]));
    for (const s of SHISAKU) {
      const ws = wb.addWorksheet(s.sheet);
      put(ws, 1, 1, ['施策評価シート']);
      put(ws, 2, 1, ['評価対象年度', '令和５年度']);
      put(ws, 3, 1, ['施策名', s.title]);
      put(ws, 4, 1, ['施策の評価']);
      put(ws, 6, 1, ['成果指標', '単位', '方向', '基準値(R元)', '目標値(R5)', '実績値(R5)', '達成率']);
      s.rows.forEach(([name, unit, way, base, target, actual], i) => {
        const rate = way === '減少' ? target / actual : actual / target;
        put(ws, 7 + i, 1, [name, unit, way, base, target, actual, `${(rate * 100).toFixed(1)}%`]);
      });
    }
  },
  expected: {
    file: 'h7-oshu-cover-index-per-shisaku.xlsx',
    fiscalYear: 2023,
    indicators: SHISAKU.flatMap((s) => s.rows.map((r) => rowExpected(s.sheet, r))),
    groups: SHISAKU.map((s) => ({ sheet: s.sheet, cell: 'B4', grade: rollUp(s.rows.map((r) => rowExpected(s.sheet, r).grade)) })),
  },
};

/* 4. 総合計画 進捗管理表: 施策 merged down its indicators, 基準値, 前期目標（令和５年度）, 後期目標（令和10年度）, 令和５年度実績値, 評価. */
const SHINCHOKU_SHEET = '進捗管理表';
type PlanRow = [
  code: string,
  policy: string,
  name: string,
  unit: string,
  way: '増加' | '減少',
  base: number,
  first: number,
  second: number,
  actual: number | string,
  own?: string,
];
const PLAN_ROWS: PlanRow[] = [
  ['1-1', '移住定住の促進', '移住者数', '人', '増加', 120, 180, 250, 196, 'A'],
  ['1-1', '移住定住の促進', '空き家バンク成約件数', '件', '増加', 8, 20, 30, 14, 'C'],
  ['2-1', '子育て環境の充実', '保育所待機児童数', '人', '減少', 12, 0, 0, 3, 'D'],
  ['2-1', '子育て環境の充実', '子育て支援に満足している市民の割合', '％', '増加', 48.3, 55, 60, 51.2, 'B'],
  ['3-1', '観光の振興', '観光入込客数', '万人', '増加', 182.4, 200, 220, 168.5, 'B'],
  ['3-1', '観光の振興', '市内宿泊者数', '千人', '増加', 95.2, 105, 115, '集計中'],
];

function planExpected([, , name, unit, way, , first, , actual, own]: PlanRow): ExpectedIndicator {
  const direction = way === '減少' ? 'down' : 'up';
  if (typeof actual === 'string') return { sheet: SHINCHOKU_SHEET, name, unit, target: first, actualStatus: 'pending', direction, grade: null };
  return { ...ind(SHINCHOKU_SHEET, name, unit, first, actual, { direction, existing: own }), grade: gradeOf(first, actual, direction) };
}

const SHINCHOKU: Holdout2Workbook = {
  name: 'h7-sogo-keikaku-shinchoku',
  layout: '総合計画 進捗管理表: 施策 merged down, 目指す方向 column, 基準値, 前期目標（令和５年度）and 後期目標（令和10年度）, 令和５年度実績値, 評価 written',
  build(wb) {
    const ws = wb.addWorksheet(SHINCHOKU_SHEET);
    put(ws, 1, 1, ['第２次花巻市総合計画　前期基本計画　成果指標進捗管理表']);
    put(ws, 2, 1, ['令和５年度実績（前期基本計画の最終年度）']);
    put(ws, 4, 1, ['施策番号', '施策名', '成果指標', '単位', '目指す方向', '基準値\n（令和元年度）', '前期目標\n（令和５年度）', '後期目標\n（令和10年度）']);
    put(ws, 4, 9, ['令和５年度\n実績値', '評価', '備考']);
    PLAN_ROWS.forEach(([code, policy, name, unit, way, base, first, second, actual, own], i) => {
      const r = 5 + i;
      put(ws, r, 1, i % 2 ? [] : [code, policy]);
      put(ws, r, 3, [name, unit, way, base, first, second, actual, own, typeof actual === 'string' ? '県統計の公表待ち' : undefined]);
      if (i % 2) {
        ws.mergeCells(r - 1, 1, r, 1);
        ws.mergeCells(r - 1, 2, r, 2);
      }
    });
    put(ws, 12, 1, ['※評価　A：前期目標を達成　B：８割以上　C：６割以上　D：６割未満']);
  },
  expected: { file: 'h7-sogo-keikaku-shinchoku.xlsx', fiscalYear: 2023, indicators: PLAN_ROWS.map(planExpected), groups: [] },
};

export const POLICY_WORKBOOKS: Holdout2Workbook[] = [HANAMAKI, KAMAISHI, OSHU_BOOK, SHINCHOKU];
