/** Hold-out 113, four workbooks outside the families: a 指定管理者 評価シート (S〜D), monthly users, years as rows, one card per 文化財施設. */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { Direction, ExpectedIndicator } from '../model';

const wrap = { wrapText: true, vertical: 'middle' as const };

// ---------------------------------------------------------------------------------------------------------------------------
// 指定管理者評価シート with its own S〜D scale.

const S_SHEET = '評価シート';

/** The sheet's own scale: S ≥ 110 %, A ≥ 100 %, B ≥ 90 %, C ≥ 80 %, D below (苦情件数: 目標値÷実績値). */
function sGrade(target: number, actual: number, direction: Direction): string {
  const rate = direction === 'up' ? actual / target : actual === 0 ? Infinity : target / actual;
  return rate >= 1.1 ? 'S' : rate >= 1 ? 'A' : rate >= 0.9 ? 'B' : rate >= 0.8 ? 'C' : 'D';
}

const S_ROWS: [string, string, number, number, string, Direction][] = [
  ['大ホール稼働率', '％', 70.0, 74.8, 'A', 'up'],
  ['小ホール稼働率', '％', 75.0, 84.1, 'S', 'up'],
  ['練習室・会議室稼働率', '％', 60.0, 52.3, 'B', 'up'],
  ['自主事業入場者数', '人', 18000, 16540, 'B', 'up'],
  ['施設利用者数', '人', 210000, 236800, 'S', 'up'],
  ['利用者満足度', '％', 90.0, 91.2, 'A', 'up'],
  ['利用者からの苦情件数', '件', 12, 14, 'C', 'down'],
];

const shiteiKanri: Holdout2Workbook = {
  name: 'h113-shitei-kanri-bunka-kaikan',
  layout:
    '指定管理者評価シート 市民文化会館: label-value header, 数値目標 table with 達成率 and the sheet’s own S〜D scale (110/100/90/80), 苦情件数 目標値÷実績値, a 収支 sheet',
  build(wb) {
    const ws = wb.addWorksheet(S_SHEET);
    put(ws, 1, 1, ['令和５年度　指定管理者評価シート']);
    ws.mergeCells(1, 1, 1, 7);
    put(ws, 3, 1, ['施設名', '市民文化会館']);
    put(ws, 4, 1, ['指定管理者', '公益財団法人 市文化振興財団']);
    put(ws, 5, 1, ['指定期間', '令和3年4月1日～令和8年3月31日']);
    put(ws, 6, 1, ['所管課', '文化振興課']);
    for (const r of [3, 4, 5, 6]) ws.mergeCells(r, 2, r, 7);
    put(ws, 8, 1, ['１　管理運営の状況']);
    put(ws, 9, 1, ['項目', '指定管理者の自己評価', '所管課の評価']);
    ws.mergeCells(9, 3, 9, 7);
    put(ws, 10, 1, ['施設の維持管理', '適正に実施した', '良好']);
    put(ws, 11, 1, ['利用者サービス', 'Webによる空き状況照会を開始', '良好']);
    put(ws, 13, 1, ['２　数値目標の達成状況']);
    put(ws, 14, 1, ['項目', '単位', '目標値', '実績値', '達成率', '評価', '備考']);
    S_ROWS.forEach(([name, unit, t, a, g, d], i) => {
      const rate = d === 'up' ? a / t : t / a;
      put(ws, 15 + i, 1, [name, unit, t, a, Math.round(rate * 1000) / 1000, g, d === 'down' ? '目標値÷実績値で算出' : undefined]);
      ws.getCell(15 + i, 5).numFmt = '0.0%';
      if (unit === '％') for (const c of [3, 4]) ws.getCell(15 + i, c).numFmt = '0.0';
      else for (const c of [3, 4]) ws.getCell(15 + i, c).numFmt = '#,##0';
    });
    put(ws, 22, 1, ['評価基準　S：達成率110％以上　A：100％以上110％未満　B：90％以上100％未満　C：80％以上90％未満　D：80％未満']);
    put(ws, 23, 1, ['※利用者満足度は利用者アンケートで「満足」「やや満足」と回答した割合']);
    put(ws, 25, 1, ['３　総合評価', 'A']);
    put(ws, 26, 1, ['所見', '大・小ホールとも目標を上回り、施設利用者数は過去最高となった。練習室の稼働率向上が課題。']);
    ws.mergeCells(26, 2, 26, 7);
    ws.getCell(26, 2).alignment = wrap;
    ws.getColumn(1).width = 26;
    const money = wb.addWorksheet('収支状況');
    put(money, 1, 1, ['収支状況（単位：千円）']);
    put(money, 2, 1, ['区分', '令和4年度決算', '令和5年度決算', '増減']);
    const lines: [string, number, number][] = [
      ['指定管理料', 182400, 182400],
      ['利用料金収入', 61230, 68810],
      ['自主事業収入', 24115, 22902],
      ['支出合計', 265980, 271044],
    ];
    lines.forEach(([k, a, b], i) => put(money, 3 + i, 1, [k, a, b, b - a]));
  },
  expected: {
    file: 'h113-shitei-kanri-bunka-kaikan.xlsx',
    fiscalYear: 2023,
    indicators: S_ROWS.map(([name, unit, t, a, g, d]): ExpectedIndicator => ({
      ...ind(S_SHEET, name, unit, t, a, { direction: d, existing: g }),
      grade: sGrade(t, a, d),
    })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// Monthly users of sports facilities, 合計 column = the year's actual, 年間目標, 休館 months, a 合計 row without a target.

const M_SHEET = '月別利用者数';
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const M_ROWS: [string, (number | string)[], number][] = [
  ['総合体育館', [14210, 15020, 14880, 13950, 12040, 14330, 15510, 15120, 12870, 11960, 13040, 13420], 170000],
  ['武道館', [3120, 3340, 3290, 3010, 2480, 3150, 3420, 3380, 2910, 2760, 3050, 3110], 40000],
  ['市民プール', [8210, 8540, 9120, 12860, 14230, 8820, 7960, 7010, '休館', '休館', '休館', 6120], 110000],
  ['陸上競技場', [5120, 6840, 5230, 4980, 4210, 6120, 7480, 5330, 2110, 1890, 2210, 3980], 52000],
  ['野球場', [2310, 3120, 2870, 2950, 2480, 2760, 3010, 2640, 410, 0, 220, 1820], 30000],
  ['テニスコート', [2980, 3410, 2760, 3020, 2840, 3100, 3560, 3220, 1980, 1760, 1890, 2540], 32000],
];
const sumOf = (xs: (number | string)[]) => xs.reduce<number>((s, x) => s + (typeof x === 'number' ? x : 0), 0);

const monthly: Holdout2Workbook = {
  name: 'h113-sports-shisetsu-getsubetsu',
  layout: 'スポーツ施設 月別利用者数: 施設 rows × 4月〜3月, 合計 | 年間目標 | 達成率, 「休館」 months, a 合計 row with no target',
  build(wb) {
    const ws = wb.addWorksheet(M_SHEET);
    put(ws, 1, 1, ['令和６年度　市立スポーツ施設　月別利用者数']);
    put(ws, 2, 16, ['（単位：人）']);
    put(ws, 3, 1, ['施設名', ...MONTHS, '合計', '年間目標', '達成率']);
    M_ROWS.forEach(([name, months, target], i) => {
      const total = sumOf(months);
      put(ws, 4 + i, 1, [name, ...months, total, target, Math.round((total / target) * 1000) / 10]);
      for (let c = 2; c <= 15; c++) ws.getCell(4 + i, c).numFmt = '#,##0';
      ws.getCell(4 + i, 16).numFmt = '0.0"%"';
    });
    const tr = 4 + M_ROWS.length;
    const monthTotals = MONTHS.map((_, m) => M_ROWS.reduce((s, r) => s + (typeof r[1][m] === 'number' ? (r[1][m] as number) : 0), 0));
    put(ws, tr, 1, ['合計', ...monthTotals, sumOf(monthTotals)]);
    for (let c = 2; c <= 14; c++) ws.getCell(tr, c).numFmt = '#,##0';
    put(ws, tr + 2, 1, ['※市民プールは熱源設備改修工事のため令和6年12月～令和7年2月休館']);
    put(ws, tr + 3, 1, ['※野球場は冬期（12月～2月）は積雪のため原則閉鎖（除雪時のみ開放）']);
    put(ws, tr + 4, 1, ['※指定管理者（市スポーツ協会）の月次報告による']);
    ws.getColumn(1).width = 16;
  },
  expected: {
    file: 'h113-sports-shisetsu-getsubetsu.xlsx',
    fiscalYear: 2024,
    indicators: M_ROWS.map(([name, months, target]) => ind(M_SHEET, name, '人', target, sumOf(months))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// Library statistics, 年度 as rows, a 目標値（令和7年度） row at the bottom.

const Y_SHEET = '図書館統計';
const Y_COLS: [string, string][] = [
  ['個人貸出冊数', '冊'],
  ['図書館利用登録率', '％'],
  ['レファレンス件数', '件'],
  ['来館者数', '人'],
  ['行事参加者数', '人'],
];
const Y_ROWS: [string, (number | string)[]][] = [
  ['平成30年度', [702340, 30.8, 3410, 362100, 8120]],
  ['令和元年度', [688120, 31.2, 3380, 351400, 7460]],
  ['令和2年度　※', [560210, 31.5, 2870, 248300, 2130]],
  ['令和3年度', [611870, 31.8, 3612, 290410, 4870]],
  ['令和4年度', [640330, 32.4, 3705, 322560, 7010]],
  ['令和5年度', [672590, 33.0, 3880, 348900, 8560]],
  ['令和6年度', [655210, 33.1, 4712, 301450, 9380]],
];
const Y_TARGET = [720000, 35.0, 4500, 380000, 9000];

const yearsAsRows: Holdout2Workbook = {
  name: 'h113-toshokan-tokei-nendo',
  layout: '図書館統計 年度 as rows (平成30年度〜令和6年度), unit in each heading, a 目標値（令和7年度） row at the bottom, ※ notes for 臨時休館 and 改修休館',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    put(ws, 1, 1, ['令和６年度　市立図書館の運営状況（評価対象：令和6年度実績）']);
    ws.mergeCells(1, 1, 1, 6);
    put(ws, 3, 1, ['年度', ...Y_COLS.map(([n, u]) => `${n}\n（${u}）`)]);
    for (let c = 2; c <= 6; c++) ws.getCell(3, c).alignment = wrap;
    Y_ROWS.forEach(([y, v], i) => {
      put(ws, 4 + i, 1, [y, ...v]);
      for (const c of [2, 4, 5, 6]) ws.getCell(4 + i, c).numFmt = '#,##0';
      ws.getCell(4 + i, 3).numFmt = '0.0';
    });
    const tr = 4 + Y_ROWS.length;
    put(ws, tr, 1, ['目標値（令和7年度）', ...Y_TARGET]);
    for (const c of [2, 4, 5, 6]) ws.getCell(tr, c).numFmt = '#,##0';
    ws.getCell(tr, 3).numFmt = '0.0';
    put(ws, tr + 2, 1, ['※令和2年度は新型コロナウイルス感染症拡大防止のため臨時休館（令和2年4月8日～5月31日）']);
    put(ws, tr + 3, 1, ['※令和6年度は中央図書館空調設備改修工事のため7月～9月休館（分館・移動図書館は通常どおり）']);
    put(ws, tr + 4, 1, ['※目標値は第2次図書館サービス計画（令和3年度～令和7年度）の最終年度の目標']);
    ws.getColumn(1).width = 20;
  },
  expected: {
    file: 'h113-toshokan-tokei-nendo.xlsx',
    fiscalYear: 2024,
    indicators: Y_COLS.map(([n, u], i) => {
      const x = ind(Y_SHEET, n, u, Y_TARGET[i], Y_ROWS[6][1][i] as number);
      x.targetSource = 'final';
      return x;
    }),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// One card per 文化施設 (three sheets): label-value header, a 成果指標 table, a 通年休館 「－」.

type Card = [string, string, [string, string, number, number | string, string][]];
const CARDS: Card[] = [
  [
    '歴史民俗資料館',
    '市指定文化財（民具・古文書）の収蔵・展示',
    [
      ['公開日数', '日', 280, 291, ''],
      ['入館者数', '人', 12000, 10230, ''],
      ['体験学習参加者数', '人', 1500, 1610, '小学校の校外学習を含む'],
    ],
  ],
  [
    '旧佐藤家住宅',
    '国登録有形文化財（主屋・土蔵）の公開',
    [
      ['公開日数', '日', 200, '－', '保存修理工事のため通年休館'],
      ['出前講座の実施回数', '回', 10, 12, '休館中の代替事業として実施'],
    ],
  ],
  [
    '郷土美術館',
    '郷土ゆかりの作家作品の収集・展示',
    [
      ['企画展開催回数', '回', 4, 4, ''],
      ['入館者数', '人', 20000, 14800, '展示室照明改修のため11月に12日間臨時休館'],
      ['学校団体の鑑賞件数', '件', 30, 33, ''],
    ],
  ],
];

const cards: Holdout2Workbook = {
  name: 'h113-bunkazai-shisetsu-card',
  layout:
    '文化財・文化施設 one sheet per 施設: label-value header (施設名, 概要, 評価年度 令和６年度), 成果指標 table 指標名｜単位｜目標値｜実績値｜備考, a 「－」 for 通年休館',
  build(wb) {
    for (const [sheet, summary, rows] of CARDS) {
      const ws = wb.addWorksheet(sheet);
      put(ws, 1, 1, ['文化施設　事業評価調書']);
      put(ws, 2, 1, ['評価年度', '令和６年度']);
      put(ws, 3, 1, ['施設名', sheet]);
      put(ws, 4, 1, ['概要', summary]);
      put(ws, 5, 1, ['所管課', '生涯学習課 文化財係']);
      for (const r of [2, 3, 4, 5]) ws.mergeCells(r, 2, r, 5);
      put(ws, 7, 1, ['成果指標']);
      put(ws, 8, 1, ['指標名', '単位', '目標値', '実績値', '備考']);
      rows.forEach((r, i) =>
        put(
          ws,
          9 + i,
          1,
          r.map((x) => (x === '' ? undefined : x)),
        ),
      );
      put(ws, 9 + rows.length + 1, 1, ['今後の方向性', '継続']);
      ws.getColumn(1).width = 20;
      ws.getColumn(5).width = 30;
    }
  },
  expected: {
    file: 'h113-bunkazai-shisetsu-card.xlsx',
    fiscalYear: 2024,
    indicators: CARDS.flatMap(([sheet, , rows]) =>
      rows.map(([n, u, t, a]) => (typeof a === 'number' ? ind(sheet, n, u, t, a) : ind(sheet, n, u, t, null, { actualStatus: 'not-applicable' }))),
    ),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [shiteiKanri, monthly, yearsAsRows, cards];
