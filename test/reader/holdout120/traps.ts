/**
 * Hold-out set 120, three traps in 高齢者福祉・介護保険・地域包括ケア workbooks: a 第９期 進捗管理表 evaluated for 令和６年度
 * whose 令和７年度 columns already hold 見込 figures, with ％ stored as fractions and ↓ indicators; a 重点指標 評価表 whose
 * targets are words (「増加」) or 「－」 and whose 備考 hold last year's figures and a 参加者／対象者 count; a 総合事業 実施状況
 * with 単年度 and 累計 rows per indicator, the target on one of them, and earlier years' columns.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 第９期 進捗管理表 (令和６年度): R6 目標｜R6 実績｜R7 目標｜R7 実績（見込）｜R8 目標, ％ as fractions, ↓ indicators.

const PROGRESS: {
  name: string;
  unit: string;
  way: string;
  base: number | string;
  r6t: number;
  r6a: number | string;
  r7t: number;
  r7a: number | string | null;
  r8t: number;
  pct: boolean;
  note: string;
}[] = [
  {
    name: '通いの場への参加率',
    unit: '％',
    way: '↑',
    base: 0.074,
    r6t: 0.09,
    r6a: 0.082,
    r7t: 0.095,
    r7a: 0.091,
    r8t: 0.1,
    pct: true,
    note: '参加実人数÷65歳以上人口',
  },
  {
    name: '要介護（要支援）認定率',
    unit: '％',
    way: '↓',
    base: 0.186,
    r6t: 0.19,
    r6a: 0.196,
    r7t: 0.191,
    r7a: 0.189,
    r8t: 0.192,
    pct: true,
    note: '第１号被保険者、各年度3月末',
  },
  {
    name: '認知症サポーター養成者数（累計）',
    unit: '人',
    way: '↑',
    base: 21870,
    r6t: 24000,
    r6a: 24310,
    r7t: 25500,
    r7a: 25900,
    r8t: 27000,
    pct: false,
    note: '',
  },
  {
    name: '介護職員の離職率',
    unit: '％',
    way: '↓',
    base: 0.148,
    r6t: 0.13,
    r6a: '集計中',
    r7t: 0.125,
    r7a: null,
    r8t: 0.12,
    pct: true,
    note: '市内事業所調査（毎年10月公表）',
  },
];

const OTHER_YEARS: Holdout2Workbook = {
  name: 'h120-t-9ki-shinchoku-mikomi',
  layout:
    '第９期 成果指標進捗管理表, 評価対象年度：令和６年度, with R7 目標｜R7 実績（見込）already filled and R8 目標 to the right, ％ stored as fractions under 0.0%, 方向 ↑／↓, one 集計中',
  build(wb) {
    const ws = wb.addWorksheet('進捗管理');
    widths(ws, [5, 34, 6, 6, 12, 10, 10, 10, 12, 10, 28]);
    put(ws, 1, 1, ['第９期介護保険事業計画（令和６～８年度）　成果指標進捗管理表']);
    put(ws, 2, 1, ['評価対象年度：令和６年度']);
    put(ws, 2, 9, ['令和７年９月　介護保険運営協議会']);
    merge(ws, 4, 1, 5, 1, 'No.');
    merge(ws, 4, 2, 5, 2, '指標');
    merge(ws, 4, 3, 5, 3, '単位');
    merge(ws, 4, 4, 5, 4, '方向');
    merge(ws, 4, 5, 5, 5, '計画策定時\n（R4）');
    merge(ws, 4, 6, 4, 7, '令和６年度');
    merge(ws, 4, 8, 4, 9, '令和７年度');
    put(ws, 4, 10, ['令和８年度']);
    put(ws, 5, 6, ['目標', '実績', '目標', '実績（見込）', '目標']);
    merge(ws, 4, 11, 5, 11, '備考');
    PROGRESS.forEach((x, i) => {
      const r = 6 + i;
      put(ws, r, 1, [i + 1, x.name, x.unit, x.way, x.base, x.r6t, x.r6a, x.r7t, x.r7a, x.r8t, x.note || undefined]);
      for (let c = 5; c <= 10; c++) if (typeof ws.getCell(r, c).value === 'number') ws.getCell(r, c).numFmt = x.pct ? '0.0%' : '#,##0';
    });
    wrap(ws, 4, 1, 5, 11);
    box(ws, 4, 1, 5 + PROGRESS.length, 11);
    put(ws, 7 + PROGRESS.length, 1, ['※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い']);
    put(ws, 8 + PROGRESS.length, 1, ['※令和７年度の実績は６月末時点の見込みです。']);
  },
  expected: {
    file: 'h120-t-9ki-shinchoku-mikomi.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('進捗管理', '通いの場への参加率', '％', 9.0, 8.2),
      ind('進捗管理', '要介護（要支援）認定率', '％', 19.0, 19.6, { direction: 'down' }),
      ind('進捗管理', '認知症サポーター養成者数（累計）', '人', 24000, 24310),
      ind('進捗管理', '介護職員の離職率', '％', 13.0, null, { direction: 'down', actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 重点指標 評価表 (令和７年度): targets 「増加」 and 「－」, 備考 with last year's figures and a 参加者／対象者 count.

const KEY_ROWS: (string | number)[][] = [
  ['1', '認知症カフェ参加者数（延べ）', '人', '増加', 1842, 'A', '（参考）令和６年度 1,560人'],
  ['2', '介護予防サポーター登録者数', '人', 150, 162, 'A', 'R6：141人'],
  ['3', '高齢者虐待の相談・通報件数', '件', '－', 23, '－', '目標設定なし（うち虐待と判断 9件）'],
  ['4', '介護支援専門員研修会参加率', '％', 80.0, 74.5, 'B', '参加者 149人／対象者 200人'],
  ['5', '高齢者見守り協定締結事業者数', '事業者', 45, 38, 'B', 'R6：40事業者（うち１事業者が廃業）'],
];

const TEXT_TARGETS: Holdout2Workbook = {
  name: 'h120-t-juten-shihyo-mojimokuhyo',
  layout:
    '令和７年度 高齢者福祉計画 重点指標評価表: 目標 「増加」 and 「－」 with a 担当課評価 written anyway, 備考 with last year’s figures ("R6：141人") and "参加者 149人／対象者 200人"',
  build(wb) {
    const ws = wb.addWorksheet('重点指標');
    widths(ws, [5, 34, 8, 10, 10, 10, 36]);
    put(ws, 1, 1, ['令和７年度　高齢者福祉計画　重点指標評価表']);
    put(ws, 2, 1, ['（評価基準）A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満']);
    put(ws, 4, 1, ['No.', '重点指標', '単位', '目標（R7）', '実績（R7）', '担当課評価', '備考']);
    KEY_ROWS.forEach((row, i) => put(ws, 5 + i, 1, row));
    ws.getCell(8, 4).numFmt = '0.0';
    ws.getCell(8, 5).numFmt = '0.0';
    ws.getCell(5, 5).numFmt = '#,##0';
    wrap(ws, 4, 1, 4 + KEY_ROWS.length, 7);
    box(ws, 4, 1, 4 + KEY_ROWS.length, 7);
  },
  expected: {
    file: 'h120-t-juten-shihyo-mojimokuhyo.xlsx',
    fiscalYear: 2025,
    indicators: [
      ind('重点指標', '認知症カフェ参加者数（延べ）', '人', null, 1842, { existing: 'A' }),
      ind('重点指標', '介護予防サポーター登録者数', '人', 150, 162, { existing: 'A' }),
      ind('重点指標', '高齢者虐待の相談・通報件数', '件', null, 23),
      ind('重点指標', '介護支援専門員研修会参加率', '％', 80.0, 74.5, { existing: 'B' }),
      ind('重点指標', '高齢者見守り協定締結事業者数', '事業者', 45, 38, { existing: 'B' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. 総合事業 実施状況 (令和４年度): 単年度 and 累計 rows per indicator, the target on one of them, R2／R3 actual columns.

const CUMULATIVE: Holdout2Workbook = {
  name: 'h120-t-sogo-jigyo-ruikei',
  layout:
    '令和４年度 介護予防・日常生活支援総合事業 実施状況: indicator merged over 単年度／累計 rows, 目標（R4） on the 累計 row for one and on the 単年度 row for another, R2実績｜R3実績 columns, a 参加率 as a fraction under 0.0%',
  build(wb) {
    const ws = wb.addWorksheet('実施状況');
    widths(ws, [34, 6, 9, 12, 10, 10, 10, 30]);
    put(ws, 1, 1, ['令和４年度　介護予防・日常生活支援総合事業　実施状況報告']);
    put(ws, 3, 1, ['指標', '単位', '区分', '目標（R4）', 'R2実績', 'R3実績', 'R4実績', '備考']);
    merge(ws, 4, 1, 5, 1, '認知症サポーター養成者数');
    merge(ws, 4, 2, 5, 2, '人');
    put(ws, 4, 3, ['単年度', '－', 410, 655, 820]);
    put(ws, 5, 3, ['累計', 15000, 12905, 13560, 14380]);
    merge(ws, 4, 8, 5, 8, '目標は令和４年度末の累計（平成18年度から）');
    merge(ws, 6, 1, 7, 1, '訪問型サービスＢ担い手養成研修修了者数');
    merge(ws, 6, 2, 7, 2, '人');
    put(ws, 6, 3, ['単年度', 40, 18, 31, 26]);
    put(ws, 7, 3, ['累計', '－', 155, 186, 212]);
    merge(ws, 6, 8, 7, 8, '目標は年度ごとの修了者数');
    put(ws, 8, 1, ['通いの場への参加率', '％', '年度末', 0.1, 0.072, 0.089, 0.105, '参加実人数÷65歳以上人口']);
    for (let r = 4; r <= 7; r++) for (let c = 4; c <= 7; c++) if (typeof ws.getCell(r, c).value === 'number') ws.getCell(r, c).numFmt = '#,##0';
    for (let c = 4; c <= 7; c++) ws.getCell(8, c).numFmt = '0.0%';
    wrap(ws, 3, 1, 8, 8);
    box(ws, 3, 1, 8, 8);
  },
  expected: {
    file: 'h120-t-sogo-jigyo-ruikei.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('実施状況', '認知症サポーター養成者数', '人', 15000, 14380),
      ind('実施状況', '訪問型サービスＢ担い手養成研修修了者数', '人', 40, 26),
      ind('実施状況', '通いの場への参加率', '％', 10.0, 10.5),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [OTHER_YEARS, TEXT_TARGETS, CUMULATIVE];
