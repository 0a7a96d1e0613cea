/**
 * Hold-out set 119, three traps: a 総合戦略 効果検証シート titled 令和６年度 for 令和５年度実績 with 当初 and 見直し後 目標値 (「同左」)
 * and 「7人中5人（71.4％）」; a 空き家 成果指標評価表 whose targets are 「前年度実績以上」 and 「基準値から2割削減」 (guesses); a
 * 移住定住 指標 table with a 令和6年度（6月末現在） column already partly filled, a 速報値 note and ％ stored as fractions.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 効果検証シート: 令和６年度 in the title, （令和５年度実績）; 目標値（令和6年度） 当初｜見直し後（R5.3改定）, 「同左」.

interface Review {
  name: string;
  unit: string;
  base: string | number;
  first: number;
  revised: number | '同左';
  actuals: (number | string)[];
  r5: number;
  grade: string;
  down?: boolean;
  note?: string;
  fmt?: string;
}

const REVIEWS: Review[] = [
  { name: '移住相談件数', unit: '件', base: 152, first: 250, revised: 350, actuals: [187, 243, 281, 328], r5: 328, grade: 'B' },
  {
    name: '移住支援制度を活用した移住者数（累計）',
    unit: '人',
    base: '－',
    first: 200,
    revised: '同左',
    actuals: [35, 88, 149, 201],
    r5: 201,
    grade: 'A',
    note: '令和2年度からの累計',
  },
  {
    name: '地域おこし協力隊員の任期終了後の定着率',
    unit: '％',
    base: 50.0,
    first: 60.0,
    revised: '同左',
    actuals: [50.0, 57.1, 62.5, '7人中5人\n（71.4％）'],
    r5: 71.4,
    grade: 'A',
    note: '制度開始からの累計',
    fmt: '0.0',
  },
  {
    name: '転出超過数',
    unit: '人',
    base: 294,
    first: 150,
    revised: 200,
    actuals: [198, 249, 256, 236],
    r5: 236,
    grade: 'B',
    down: true,
    note: '減少を目指す指標（転出者数－転入者数）',
  },
  {
    name: 'ふるさと納税寄附額',
    unit: '百万円',
    base: 312,
    first: 500,
    revised: 800,
    actuals: [398.6, 560.2, 683.0, 712.8],
    r5: 712.8,
    grade: 'B',
    fmt: '#,##0.0',
  },
  {
    name: '空き家バンク成約件数（累計）',
    unit: '件',
    base: 48,
    first: 120,
    revised: '同左',
    actuals: [62, 79, 95, 110],
    r5: 110,
    grade: 'B',
    note: '平成30年度からの累計',
  },
  { name: '市公式SNSフォロワー数', unit: '人', base: 5120, first: 15000, revised: 25000, actuals: [8240, 10512, 13020, 17350], r5: 17350, grade: 'C' },
  {
    name: '関係人口創出事業への参加者数',
    unit: '人',
    base: '－',
    first: 300,
    revised: '同左',
    actuals: ['－', 120, 233, 281],
    r5: 281,
    grade: 'B',
    note: '令和3年度事業開始',
  },
];

const kensho: Holdout2Workbook = {
  name: 'h119-trap-kensho-minaoshi',
  layout:
    '総合戦略 効果検証シート titled 「令和６年度」 over 「（令和５年度実績）」: 基準値（H30）｜目標値（令和6年度） 当初｜見直し後（R5.3改定） with 「同左」｜実績値 令和2年度…令和5年度｜達成率（R5） against the revised target｜評価; 「7人中5人⏎（71.4％）」; 転出超過数 減少 in 備考',
  build(wb) {
    const ws = wb.addWorksheet('効果検証');
    widths(ws, [5, 34, 7, 10, 10, 12, 10, 10, 10, 12, 10, 6, 28]);
    merge(ws, 1, 1, 1, 13, '令和６年度　第２期総合戦略 効果検証シート（令和５年度実績）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    merge(ws, 2, 1, 2, 13, '基本目標２　新しいひとの流れをつくる／基本目標４　魅力を発信し、応援してくれる人を増やす');
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '重要業績評価指標（KPI）');
    merge(ws, 3, 3, 4, 3, '単位');
    merge(ws, 3, 4, 4, 4, '基準値\n（H30）');
    merge(ws, 3, 5, 3, 6, '目標値（令和6年度）');
    put(ws, 4, 5, ['当初', '見直し後\n（R5.3改定）']);
    merge(ws, 3, 7, 3, 10, '実績値');
    put(ws, 4, 7, ['令和2年度', '令和3年度', '令和4年度', '令和5年度']);
    merge(ws, 3, 11, 4, 11, '達成率\n（R5）');
    merge(ws, 3, 12, 4, 12, '評価');
    merge(ws, 3, 13, 4, 13, '備考');
    REVIEWS.forEach((k, i) => {
      const r = 5 + i;
      const target = k.revised === '同左' ? k.first : k.revised;
      put(ws, r, 1, [i + 1, k.name, k.unit, k.base, k.first, k.revised, ...k.actuals]);
      ws.getCell(r, 11).value = Math.round((k.down ? target / k.r5 : k.r5 / target) * 1000) / 1000;
      ws.getCell(r, 11).numFmt = '0.0%';
      put(ws, r, 12, [k.grade, k.note]);
      for (const c of [4, 5, 6, 7, 8, 9, 10]) ws.getCell(r, c).numFmt = k.fmt ?? '#,##0';
      ws.getRow(r).height = 30;
    });
    const end = 4 + REVIEWS.length;
    wrap(ws, 3, 1, end, 13);
    box(ws, 3, 1, end, 13);
    merge(
      ws,
      end + 1,
      1,
      end + 1,
      13,
      '※令和5年3月の総合戦略改訂で一部の目標値を見直した。「同左」は見直しなし。達成率・評価は見直し後の目標値による（減少を目指す指標は目標値÷実績値）。',
    );
    merge(ws, end + 2, 1, end + 2, 13, '評価　A：100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満');
  },
  expected: {
    file: 'h119-trap-kensho-minaoshi.xlsx',
    fiscalYear: 2023,
    indicators: REVIEWS.map((k) => {
      const target = k.revised === '同左' ? k.first : k.revised;
      const out = ind('効果検証', k.name, k.unit, target, k.r5, { direction: k.down ? 'down' : 'up', existing: k.grade });
      out.targetSource = 'final';
      return out;
    }),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 成果指標評価表: targets 「前年度実績以上」 (the R4 actual beside it) and 「基準値から2割削減」 (基準値 × 0.8), a 見込み actual.

interface Row {
  name: string;
  unit: string;
  base: number;
  r3: number | string;
  r4: number | string;
  target: number | string;
  actual: number | string;
  self: string;
  note?: string;
}

const ROWS: Row[] = [
  { name: '空き家バンク新規登録件数', unit: '件', base: 31, r3: 36, r4: 38, target: '前年度実績以上', actual: 45, self: 'A' },
  { name: '空き家相談件数', unit: '件', base: 128, r3: 162, r4: 171, target: 150, actual: 139, self: 'B' },
  { name: '管理不全空家等の数', unit: '戸', base: 420, r3: 405, r4: 402, target: '基準値から2割削減', actual: 351, self: 'B', note: '減少を目指す指標' },
  { name: '空き家改修補助件数', unit: '件', base: 5, r3: 9, r4: 10, target: 12, actual: 12, self: 'A' },
  { name: '空き家バンク成約件数', unit: '件', base: 12, r3: 21, r4: 19, target: '前年度実績以上', actual: 13, self: 'C' },
  { name: '移住者住宅取得補助件数', unit: '件', base: 18, r3: 22, r4: 25, target: 30, actual: '26（見込み）', self: 'B', note: '3月末申請分を含む見込み値' },
  { name: '特定空家等の除却件数', unit: '件', base: 1, r3: 2, r4: 3, target: 5, actual: 0, self: 'D', note: '所有者との協議が長期化' },
  {
    name: '空き家率',
    unit: '％',
    base: 12.9,
    r3: '－',
    r4: '－',
    target: '－',
    actual: '－',
    self: '－',
    note: '市空家等実態調査（5年ごと、次回は令和7年度）。減少を目指す',
  },
];

const ROW_FACTS: ExpectedIndicator[] = [
  { ...ind('成果指標評価表', '空き家バンク新規登録件数', '件', 38, 45, { existing: 'A' }) },
  ind('成果指標評価表', '空き家相談件数', '件', 150, 139, { existing: 'B' }),
  ind('成果指標評価表', '管理不全空家等の数', '戸', 336, 351, { direction: 'down', existing: 'B' }),
  ind('成果指標評価表', '空き家改修補助件数', '件', 12, 12, { existing: 'A' }),
  ind('成果指標評価表', '空き家バンク成約件数', '件', 19, 13, { existing: 'C' }),
  ind('成果指標評価表', '移住者住宅取得補助件数', '件', 30, 26, { existing: 'B', actualStatus: 'provisional' }),
  ind('成果指標評価表', '特定空家等の除却件数', '件', 5, 0, { existing: 'D' }),
  { ...ind('成果指標評価表', '空き家率', '％', null, null, { direction: 'down', actualStatus: 'not-applicable' }), grade: null },
];

const zennendo: Holdout2Workbook = {
  name: 'h119-trap-akiya-zennendo',
  layout:
    '住宅政策課 成果指標評価表 (令和５年度): 基準値（R2）｜R3実績｜R4実績｜R5目標｜R5実績｜評価, targets written 「前年度実績以上」 (the R4 actual) and 「基準値から2割削減」 (420 × 0.8), 「26（見込み）」, an actual of 0, a 空き家率 of 「－」 throughout (surveyed every five years)',
  build(wb) {
    const ws = wb.addWorksheet('成果指標評価表');
    widths(ws, [5, 28, 6, 11, 9, 9, 18, 13, 7, 34]);
    merge(ws, 1, 1, 1, 10, '令和５年度　住宅政策課　成果指標評価表');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 10, ['（空家等対策計画・移住定住促進プラン関係）']);
    put(ws, 3, 1, ['No.', '指標名', '単位', '基準値\n（R2）', 'R3実績', 'R4実績', 'R5目標', 'R5実績', '評価', '備考']);
    ROWS.forEach((x, i) => put(ws, 4 + i, 1, [i + 1, x.name, x.unit, x.base, x.r3, x.r4, x.target, x.actual, x.self, x.note]));
    const end = 3 + ROWS.length;
    wrap(ws, 3, 1, 3, 10);
    box(ws, 3, 1, end, 10);
    merge(ws, end + 2, 1, end + 2, 10, '評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満（減少を目指す指標は目標÷実績）');
  },
  expected: {
    file: 'h119-trap-akiya-zennendo.xlsx',
    fiscalYear: 2023,
    indicators: ROW_FACTS,
    groups: [],
    guesses: ['target-from-last-year', 'target-from-baseline'],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. 年度別推移: 令和3年度…令和6年度（6月末現在） each 目標｜実績, the R6 actuals partly filled; the evaluated year in a note; ％ as fractions.

interface Trend {
  name: string;
  unit: string;
  years: [number, number | null][];
  fmt: string;
  note?: string;
}

const TRENDS: Trend[] = [
  {
    name: '移住相談件数',
    unit: '件',
    years: [
      [260, 248],
      [310, 335],
      [360, 392],
      [400, 98],
    ],
    fmt: '#,##0',
  },
  {
    name: '移住支援制度による移住者数',
    unit: '人',
    years: [
      [100, 59],
      [110, 97],
      [120, 131],
      [130, 24],
    ],
    fmt: '#,##0',
    note: '※令和5年度実績は速報値（9月に確定値に更新）',
  },
  {
    name: '地域おこし協力隊員の任期終了後の定着率',
    unit: '％',
    years: [
      [0.55, 0.571],
      [0.6, 0.5],
      [0.6, 0.714],
      [0.65, null],
    ],
    fmt: '0.0%',
    note: '任期終了者の累計に対する市内定住者の割合',
  },
  {
    name: 'お試し移住住宅の利用者数',
    unit: '人',
    years: [
      [40, 22],
      [50, 35],
      [60, 38],
      [60, 12],
    ],
    fmt: '#,##0',
  },
  {
    name: '移住関連ホームページ閲覧数',
    unit: '千件',
    years: [
      [120, 98.2],
      [135, 141.0],
      [150, 162.4],
      [160, 41.3],
    ],
    fmt: '#,##0.0',
  },
  {
    name: '空き家バンクを通じた移住世帯数',
    unit: '世帯',
    years: [
      [12, 11],
      [14, 10],
      [16, 8],
      [18, 3],
    ],
    fmt: '#,##0',
  },
  {
    name: '移住フェア出展回数',
    unit: '回',
    years: [
      [6, 4],
      [6, 6],
      [6, 5],
      [6, 1],
    ],
    fmt: '#,##0',
  },
];

const TREND_FACTS: ExpectedIndicator[] = [
  ind('推移', '移住相談件数', '件', 360, 392),
  ind('推移', '移住支援制度による移住者数', '人', 120, 131, { actualStatus: 'provisional' }),
  ind('推移', '地域おこし協力隊員の任期終了後の定着率', '％', 60, 71.4),
  ind('推移', 'お試し移住住宅の利用者数', '人', 60, 38),
  ind('推移', '移住関連ホームページ閲覧数', '千件', 150, 162.4),
  ind('推移', '空き家バンクを通じた移住世帯数', '世帯', 16, 8),
  ind('推移', '移住フェア出展回数', '回', 6, 5),
];

const r6: Holdout2Workbook = {
  name: 'h119-trap-iju-r6',
  layout:
    '移住・定住 成果指標の年度別推移: 令和3年度｜令和4年度｜令和5年度｜令和6年度（6月末現在） each 目標｜実績, the R6 actuals already filled (98, 24, …), the evaluated year only in a note under the table, a 速報値 note in 備考, the 定着率 stored as fractions under 0.0%; a 指標の定義 sheet',
  build(wb) {
    const ws = wb.addWorksheet('推移');
    widths(ws, [34, 6, 9, 9, 9, 9, 9, 9, 9, 9, 34]);
    merge(ws, 1, 1, 1, 11, '移住・定住施策　成果指標の年度別推移');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 11, ['地域振興課　移住定住係']);
    merge(ws, 3, 1, 4, 1, '指標');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 3, 4, '令和3年度');
    merge(ws, 3, 5, 3, 6, '令和4年度');
    merge(ws, 3, 7, 3, 8, '令和5年度');
    merge(ws, 3, 9, 3, 10, '令和6年度\n（6月末現在）');
    merge(ws, 3, 11, 4, 11, '備考');
    put(ws, 4, 3, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    ws.getRow(3).height = 30;
    TRENDS.forEach((t, i) => {
      const r = 5 + i;
      put(ws, r, 1, [t.name, t.unit, ...t.years.flat()]);
      for (let c = 3; c <= 10; c++) ws.getCell(r, c).numFmt = t.fmt;
      if (t.note) ws.getCell(r, 11).value = t.note;
    });
    const end = 4 + TRENDS.length;
    wrap(ws, 3, 1, end, 11);
    box(ws, 3, 1, end, 11);
    merge(ws, end + 2, 1, end + 2, 11, '※本表は令和５年度の施策評価に用いる。令和６年度の実績欄は６月末現在の参考値（評価の対象外）。');
    merge(ws, end + 3, 1, end + 3, 11, '※評価は達成率（実績÷目標）により、100％以上をA、80％以上をB、60％以上をC、60％未満をDとする。');

    const def = wb.addWorksheet('指標の定義');
    widths(def, [34, 60]);
    put(def, 1, 1, ['指標', '定義・把握方法']);
    const defs: [string, string][] = [
      ['移住相談件数', '移住相談窓口・オンライン相談・首都圏相談会の延べ件数'],
      ['移住支援制度による移住者数', '移住支援金・住宅取得補助等の交付を受けて転入した人数'],
      ['地域おこし協力隊員の任期終了後の定着率', '任期終了者（累計）のうち市内に定住した者の割合'],
      ['お試し移住住宅の利用者数', 'お試し移住住宅（2棟）の利用者の実人数'],
      ['移住関連ホームページ閲覧数', '移住定住ポータルサイトのページビュー数'],
      ['空き家バンクを通じた移住世帯数', '空き家バンク物件の成約により市外から転入した世帯数'],
      ['移住フェア出展回数', '首都圏・関西圏の移住フェアへの出展回数'],
    ];
    defs.forEach((d, i) => put(def, 2 + i, 1, d));
    box(def, 1, 1, 1 + defs.length, 2);
  },
  expected: { file: 'h119-trap-iju-r6.xlsx', fiscalYear: 2023, indicators: TREND_FACTS, groups: [] },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [kensho, zennendo, r6];
