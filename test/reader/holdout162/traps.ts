/**
 * Hold-out set 162, three traps: a 結婚支援 成果指標 table with 単年度 and 累計 実績 side by side, where a 累計 target is met by the
 * 累計 column only (and a 成立率 stored as fractions under 0.0%); a 令和２年度 評価表 whose targets are 「前年度実績以上」 (the 令和元年度
 * 実績 beside it) or 「－」, with notes full of figures (「定員 各回20人」「申請 52件（うち不交付 5件）」) and a 未実施; a 令和６年度
 * 新婚世帯支援 実績 table with 令和５年度実績 before and 令和７年度目標 after the evaluated columns, 前年度比 and 達成率 formulas.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 単年度 vs 累計: 目標の区分 (単年度／累計), 令和5年度目標値, 実績値 単年度｜累計（令和3年度～）; ％ as fractions.

interface Row {
  name: string;
  unit: string;
  kind: '単年度' | '累計';
  target: number;
  year: number;
  total: number | '－';
  self: string;
  note?: string;
  fraction?: boolean;
}

const ROWS: Row[] = [
  {
    name: '結婚サポートセンターを通じた成婚数',
    unit: '組',
    kind: '累計',
    target: 20,
    year: 7,
    total: 18,
    self: 'B',
    note: '計画期間（R3～R7）の累計目標 30組に対する中間目標',
  },
  { name: '婚活イベント参加者数', unit: '人', kind: '単年度', target: 250, year: 231, total: 648, self: 'B' },
  { name: '結婚新生活支援補助金交付件数', unit: '件', kind: '累計', target: 150, year: 49, total: 145, self: 'B' },
  { name: '婚活イベントでのカップル成立数', unit: '組', kind: '単年度', target: 30, year: 24, total: 71, self: 'B' },
  { name: 'カップル成立率', unit: '％', kind: '単年度', target: 0.3, year: 0.26, total: '－', self: 'B', note: '成立組数×2÷参加者数', fraction: true },
  { name: '新婚世帯家賃補助の交付世帯数', unit: '世帯', kind: '単年度', target: 120, year: 131, total: 352, self: 'A' },
  { name: '縁結びサポーターの紹介による成婚数', unit: '組', kind: '累計', target: 10, year: 3, total: 8, self: 'B' },
];

const SHEET_1 = '成果指標の状況';

const RUIKEI_FACTS: ExpectedIndicator[] = ROWS.map((x) => {
  const actual = x.kind === '累計' ? (x.total as number) : x.year;
  if (x.fraction) return ind(SHEET_1, x.name, x.unit, Math.round(x.target * 1000) / 10, Math.round(actual * 1000) / 10, { existing: x.self });
  return ind(SHEET_1, x.name, x.unit, x.target, actual, { existing: x.self });
});

const ruikei: Holdout2Workbook = {
  name: 'h162-trap-ruikei',
  layout:
    '令和５年度 結婚支援施策 成果指標の状況: No.｜指標名｜単位｜目標の区分 (単年度／累計)｜令和5年度目標値｜実績値 単年度（令和5年度）｜累計（令和3年度～令和5年度）｜評価｜備考; 累計 targets compared with the 累計 column (18 of 20, not 7 of 20), a カップル成立率 stored as fractions under 0.0%, a note 「累計目標 30組」',
  build(wb) {
    const ws = wb.addWorksheet(SHEET_1);
    widths(ws, [5, 34, 6, 9, 12, 13, 15, 6, 34]);
    merge(ws, 1, 1, 1, 9, '令和５年度　結婚支援施策　成果指標の状況');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 9, ['こども政策課　結婚支援係']);
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '指標名');
    merge(ws, 3, 3, 4, 3, '単位');
    merge(ws, 3, 4, 4, 4, '目標の\n区分');
    merge(ws, 3, 5, 4, 5, '令和5年度\n目標値');
    merge(ws, 3, 6, 3, 7, '実績値');
    put(ws, 4, 6, ['単年度\n（令和5年度）', '累計\n（令和3年度～令和5年度）']);
    merge(ws, 3, 8, 4, 8, '評価');
    merge(ws, 3, 9, 4, 9, '備考');
    ROWS.forEach((x, i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1, x.name, x.unit, x.kind, x.target, x.year, x.total, x.self, x.note]);
      const fmt = x.fraction ? '0.0%' : '#,##0';
      for (const c of [5, 6, 7]) ws.getCell(r, c).numFmt = fmt;
    });
    const end = 4 + ROWS.length;
    wrap(ws, 3, 1, end, 9);
    box(ws, 3, 1, end, 9);
    merge(ws, end + 2, 1, end + 2, 9, '評価　A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満');
    merge(ws, end + 3, 1, end + 3, 9, '※目標の区分が「累計」の指標は、令和3年度からの累計実績を累計の目標値と比較して評価する。');
  },
  expected: { file: 'h162-trap-ruikei.xlsx', fiscalYear: 2023, indicators: RUIKEI_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 評価表 (令和２年度): targets 「前年度実績以上」 (the 令和元年度実績) and 「－」, notes with figures, a 未実施.

interface Eval {
  name: string;
  unit: string;
  last: number;
  target: number | string;
  actual: number | string;
  self: string;
  note: string;
}

const EVALS: Eval[] = [
  {
    name: '婚活イベント参加者数',
    unit: '人',
    last: 245,
    target: '前年度実績以上',
    actual: 112,
    self: 'D',
    note: '新型コロナの影響で定員を半減（定員 各回20人）',
  },
  { name: '結婚サポートセンター新規登録者数', unit: '人', last: 54, target: 60, actual: 71, self: 'A', note: '（参考）うちオンライン登録 38人' },
  { name: 'お見合い件数', unit: '件', last: 198, target: '－', actual: 142, self: '－', note: '参考指標（目標値は設定していない）' },
  { name: '婚活セミナー開催回数', unit: '回', last: 4, target: 4, actual: '未実施', self: 'D', note: '新型コロナウイルス感染症拡大防止のため全4回中止' },
  { name: '結婚新生活支援補助金交付件数', unit: '件', last: 38, target: 45, actual: 47, self: 'A', note: '申請 52件（うち不交付 5件）' },
  { name: '成婚数', unit: '組', last: 8, target: '前年度実績以上', actual: 6, self: 'C', note: 'センターへの成婚報告（R2.4～R3.3）による' },
  { name: 'カップル成立数', unit: '組', last: 35, target: 40, actual: 15, self: 'D', note: '参加者の減少による（成立率は 26.8％）' },
];

const SHEET_2 = '評価表';

const ZEN_FACTS: ExpectedIndicator[] = [
  ind(SHEET_2, '婚活イベント参加者数', '人', 245, 112, { existing: 'D' }),
  ind(SHEET_2, '結婚サポートセンター新規登録者数', '人', 60, 71, { existing: 'A' }),
  ind(SHEET_2, 'お見合い件数', '件', null, 142),
  ind(SHEET_2, '婚活セミナー開催回数', '回', 4, null, { existing: 'D', actualStatus: 'not-implemented' }),
  ind(SHEET_2, '結婚新生活支援補助金交付件数', '件', 45, 47, { existing: 'A' }),
  ind(SHEET_2, '成婚数', '組', 8, 6, { existing: 'C' }),
  ind(SHEET_2, 'カップル成立数', '組', 40, 15, { existing: 'D' }),
];

const zennendo: Holdout2Workbook = {
  name: 'h162-trap-zennendo',
  layout:
    '令和２年度 結婚支援施策 評価表: No.｜指標名｜単位｜令和元年度実績｜令和２年度目標｜令和２年度実績｜評価｜備考, targets 「前年度実績以上」 (the 令和元年度実績 beside it) and 「－」 (参考指標, 評価 「－」), notes with figures (「定員 各回20人」「申請 52件（うち不交付 5件）」「成立率は 26.8％」), one 未実施',
  build(wb) {
    const ws = wb.addWorksheet(SHEET_2);
    widths(ws, [5, 32, 6, 12, 15, 12, 6, 40]);
    merge(ws, 1, 1, 1, 8, '令和２年度　結婚支援施策　評価表');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 8, ['（第２期結婚・子育て応援プラン　基本目標１関係）']);
    put(ws, 3, 1, ['No.', '指標名', '単位', '令和元年度\n実績', '令和２年度\n目標', '令和２年度\n実績', '評価', '備考']);
    EVALS.forEach((x, i) => put(ws, 4 + i, 1, [i + 1, x.name, x.unit, x.last, x.target, x.actual, x.self, x.note]));
    const end = 3 + EVALS.length;
    wrap(ws, 3, 1, end, 8);
    box(ws, 3, 1, end, 8);
    merge(ws, end + 2, 1, end + 2, 8, '評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満又は未実施　－：目標を設定していない指標');
  },
  expected: { file: 'h162-trap-zennendo.xlsx', fiscalYear: 2020, indicators: ZEN_FACTS, groups: [], guesses: ['target-from-last-year'] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. 新婚世帯支援 実績 (令和６年度): 令和５年度実績｜令和６年度目標｜令和６年度実績｜前年度比｜達成率｜令和７年度目標; ％ as fractions.

interface Shinkon {
  name: string;
  unit: string;
  r5: number;
  target: number;
  actual: number | '集計中';
  r7: number;
  note?: string;
  fraction?: boolean;
}

const SHINKON: Shinkon[] = [
  { name: '結婚新生活支援補助金交付件数', unit: '件', r5: 52, target: 60, actual: 63, r7: 65 },
  { name: '新婚世帯家賃補助交付世帯数', unit: '世帯', r5: 118, target: 130, actual: 124, r7: 135 },
  { name: '新婚世帯向け市営住宅の入居世帯数', unit: '世帯', r5: 14, target: 20, actual: 11, r7: 20, note: '募集8戸に対し応募が少なかった' },
  { name: '新婚世帯住宅取得補助件数', unit: '件', r5: 31, target: 35, actual: 38, r7: 40 },
  { name: '交付世帯のうち市外からの転入世帯の割合', unit: '％', r5: 0.352, target: 0.4, actual: 0.368, r7: 0.4, fraction: true },
  { name: '結婚祝い品贈呈数', unit: '組', r5: 402, target: 420, actual: '集計中', r7: 420, note: '令和7年3月届出分を集計中' },
];

const SHEET_3 = '実績';

const SHINKON_FACTS: ExpectedIndicator[] = SHINKON.map((x) => {
  if (x.actual === '集計中') return ind(SHEET_3, x.name, x.unit, x.target, null, { actualStatus: 'pending' });
  if (x.fraction) return ind(SHEET_3, x.name, x.unit, Math.round(x.target * 1000) / 10, Math.round(x.actual * 1000) / 10);
  return ind(SHEET_3, x.name, x.unit, x.target, x.actual);
});

const hikaku: Holdout2Workbook = {
  name: 'h162-trap-shinkon-zennendohi',
  layout:
    '令和６年度 新婚世帯支援事業の実績: No.｜指標｜単位｜令和５年度実績 (before the evaluated columns)｜令和６年度目標｜令和６年度実績｜前年度比 and 達成率 (formulas, 0.0%)｜令和７年度目標 (after)｜備考; a 転入世帯の割合 stored as fractions under 0.0%, one 集計中',
  build(wb) {
    const ws = wb.addWorksheet(SHEET_3);
    widths(ws, [5, 36, 6, 11, 11, 11, 9, 9, 11, 30]);
    merge(ws, 1, 1, 1, 10, '令和６年度　新婚世帯支援事業の実績');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 10, ['都市整備部　住宅政策課']);
    put(ws, 3, 1, ['No.', '指標', '単位', '令和５年度\n実績', '令和６年度\n目標', '令和６年度\n実績', '前年度比', '達成率', '令和７年度\n目標', '備考']);
    SHINKON.forEach((x, i) => {
      const r = 4 + i;
      put(ws, r, 1, [i + 1, x.name, x.unit, x.r5, x.target, x.actual]);
      if (typeof x.actual === 'number') {
        ws.getCell(r, 7).value = { formula: `F${r}/D${r}`, result: x.actual / x.r5 };
        ws.getCell(r, 8).value = { formula: `F${r}/E${r}`, result: x.actual / x.target };
      } else put(ws, r, 7, ['－', '－']);
      put(ws, r, 9, [x.r7, x.note]);
      const fmt = x.fraction ? '0.0%' : '#,##0';
      for (const c of [4, 5, 6, 9]) ws.getCell(r, c).numFmt = fmt;
      for (const c of [7, 8]) ws.getCell(r, c).numFmt = '0.0%';
    });
    const end = 3 + SHINKON.length;
    wrap(ws, 3, 1, end, 10);
    box(ws, 3, 1, end, 10);
    merge(
      ws,
      end + 2,
      1,
      end + 2,
      10,
      '※前年度比＝令和６年度実績÷令和５年度実績、達成率＝令和６年度実績÷令和６年度目標。令和７年度目標は第３期計画による（参考）。',
    );
  },
  expected: { file: 'h162-trap-shinkon-zennendohi.xlsx', fiscalYear: 2024, indicators: SHINKON_FACTS, groups: [] },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [ruikei, zennendo, hikaku];
