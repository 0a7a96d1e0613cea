/**
 * Hold-out 143, three traps of 会計・契約・入札・財産管理: a 令和６年度 行政評価シート of 令和５年度 with a 令和６年度 目標 and
 * 実績（12月末） already filled and every ％ stored as a fraction under a % format; a 平成30年度 入札・契約制度改革 取組状況評価表
 * with a 「－」 target, a 「０」 target of a ↓ indicator, an attainment of exactly 80 %, full-width digits and 備考 full of
 * figures; a 財産利活用推進計画 進捗 with 目標（累計）, 実績（単年度） and 実績（累計） rows, where the year's 単年度 figure is
 * not the one to grade.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------------
// Other years' columns filled, ％ as fractions.

const T1_SHEET = '成果指標';

const gyoseiHyoka: Holdout2Workbook = {
  name: 'h143-t-gyosei-hyoka-r6',
  layout:
    '令和６年度 行政評価シート（評価対象年度：令和５年度）: 令和３・４年度実績, 令和５年度 目標／実績, 達成率, then 令和６年度 目標 and 実績（12月末） already filled; ％ stored as fractions under 0.0%; 方向 ↑／↓',
  build(wb) {
    const ws = wb.addWorksheet(T1_SHEET);
    widths(ws, [22, 6, 6, 11, 11, 11, 11, 9, 11, 13, 24]);
    put(ws, 1, 1, ['令和６年度　行政評価シート（施策の成果指標）']);
    put(ws, 2, 1, ['評価対象年度：令和５年度　　施策：入札・契約事務の適正化']);
    put(ws, 3, 1, ['所管：総務部 契約管財課']);
    put(ws, 5, 1, [
      '指標名',
      '単位',
      '方向',
      '令和３年度\n実績',
      '令和４年度\n実績',
      '令和５年度\n目標',
      '令和５年度\n実績',
      '達成率',
      '令和６年度\n目標',
      '令和６年度\n実績（12月末）',
      '備考',
    ]);
    const rows: (string | number | undefined)[][] = [
      ['電子入札の実施率', '％', '↑', 0.812, 0.856, 0.9, 0.874, 0.874 / 0.9, 0.92, 0.931, '令和６年度は４～12月の速報値'],
      ['一般競争入札の割合', '％', '↑', 0.62, 0.655, 0.7, 0.718, 0.718 / 0.7, 0.72, 0.69, undefined],
      ['契約事務の誤り件数', '件', '↓', 9, 7, 5, 8, 5 / 8, 4, 2, '監査指摘・是正報告の件数'],
    ];
    rows.forEach((row, i) => put(ws, 6 + i, 1, row));
    for (let r = 6; r <= 8; r++) for (const c of [4, 5, 6, 7, 8, 9, 10]) if (r < 8 || c === 8) ws.getCell(r, c).numFmt = '0.0%';
    wrap(ws, 5, 1, 5, 11);
    box(ws, 5, 1, 8, 11);
    put(ws, 10, 1, ['※達成率は、↑の指標は実績÷目標、↓の指標は目標÷実績']);
  },
  expected: {
    file: 'h143-t-gyosei-hyoka-r6.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1_SHEET, '電子入札の実施率', '％', 90.0, 87.4),
      ind(T1_SHEET, '一般競争入札の割合', '％', 70.0, 71.8),
      ind(T1_SHEET, '契約事務の誤り件数', '件', 5, 8, { direction: 'down' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// A 「－」 target, a 「０」 target of a ↓ indicator, exactly 80 %, 備考 with figures.

const T2_SHEET = '取組状況';

const seidoKaikaku: Holdout2Workbook = {
  name: 'h143-t-nyusatsu-seido-kaikaku',
  layout:
    '平成30年度 入札・契約制度改革 取組状況評価表: 取組項目／指標／単位／方向, 目標・実績（平成30年度） in full-width digits, a 「－」 target, a 「０」 target under ↓, 24 of 30 (80 %), 達成状況 A–D with a 「－」, 備考 with figures',
  build(wb) {
    const ws = wb.addWorksheet(T2_SHEET);
    widths(ws, [5, 20, 28, 6, 6, 12, 12, 10, 34]);
    put(ws, 1, 1, ['平成30年度　入札・契約制度改革の取組状況評価表']);
    put(ws, 2, 1, ['（対象期間：平成30年4月1日～平成31年3月31日）']);
    put(ws, 2, 8, ['総務部 契約課']);
    put(ws, 4, 1, ['No.', '取組項目', '指標', '単位', '方向', '目標\n（平成30年度）', '実績\n（平成30年度）', '達成状況', '備考']);
    const rows: string[][] = [
      ['1', '電子入札の拡大', '電子入札対象案件の割合', '％', '↑', '１００', '９６．５', 'B', '災害復旧等の緊急案件 12件を対象外とした'],
      ['2', '入札参加手続の電子化', '入札参加資格の電子申請件数', '件', '↑', '－', '８４２', '－', '目標値は平成31年度から設定（平成29年度 790件）'],
      ['3', '契約事務の適正化', '契約事務の不適正処理件数', '件', '↓', '０', '２', 'C', 'いずれも軽微な事務処理誤り（是正済み）'],
      ['4', '総合評価方式の拡大', '総合評価落札方式の実施件数', '件', '↑', '３０', '２４', 'B', 'うち簡易型 18件、標準型 6件'],
      ['5', '入札情報の迅速な公表', '入札結果の平均公表日数', '日', '↓', '３', '２．４', 'A', '開札日から公表までの平均（3日以内を目標）'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    wrap(ws, 4, 1, 9, 9);
    box(ws, 4, 1, 9, 9);
    put(ws, 11, 1, ['達成状況　A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満　－：目標未設定のため評価なし']);
    put(ws, 12, 1, ['方向　↑：増加を目指す指標　↓：減少を目指す指標（達成率＝目標÷実績）']);
  },
  expected: {
    file: 'h143-t-nyusatsu-seido-kaikaku.xlsx',
    fiscalYear: 2018,
    indicators: [
      ind(T2_SHEET, '電子入札対象案件の割合', '％', 100, 96.5, { existing: 'B' }),
      ind(T2_SHEET, '入札参加資格の電子申請件数', '件', null, 842),
      ind(T2_SHEET, '契約事務の不適正処理件数', '件', 0, 2, { direction: 'down', existing: 'C' }),
      ind(T2_SHEET, '総合評価落札方式の実施件数', '件', 30, 24, { existing: 'B' }),
      ind(T2_SHEET, '入札結果の平均公表日数', '日', 3, 2.4, { direction: 'down', existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 累計 vs 単年度.

const T3_SHEET = '進捗';

const ruikei: Holdout2Workbook = {
  name: 'h143-t-zaisan-rikatsuyo-ruikei',
  layout:
    '財産利活用推進計画（令和３～７年度） 進捗 of 令和６年度: 目標（累計） with 実績（単年度） and 実績（累計） rows per 指標, one 指標 with 目標／実績 of the year, 令和7年度 targets only, 備考 with 「ほか1件」',
  build(wb) {
    const ws = wb.addWorksheet(T3_SHEET);
    widths(ws, [22, 6, 14, 11, 11, 11, 11, 11, 30]);
    put(ws, 1, 1, ['財産利活用推進計画（令和３年度～令和７年度）　進捗状況報告']);
    put(ws, 2, 1, ['報告対象年度：令和６年度（令和７年３月31日現在）']);
    put(ws, 4, 1, ['指標', '単位', '区分', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度', '備考']);
    const blocks: { name: string; unit: string; rows: [string, ...(number | undefined)[]][]; notes: (string | undefined)[] }[] = [
      {
        name: '未利用地の売却件数',
        unit: '件',
        rows: [
          ['目標（累計）', 3, 6, 9, 12, 15],
          ['実績（単年度）', 2, 4, 3, 2],
          ['実績（累計）', 2, 6, 9, 11],
        ],
        notes: ['目標は計画期間（令和3年度～）の累計', 'R6：旧東小学校跡地ほか1件', undefined],
      },
      {
        name: '未利用地の売却収入',
        unit: '千円',
        rows: [
          ['目標（累計）', 20000, 40000, 60000, 80000, 100000],
          ['実績（単年度）', 18500, 24300, 12800, 9650],
          ['実績（累計）', 18500, 42800, 55600, 65250],
        ],
        notes: ['目標は計画期間（令和3年度～）の累計', undefined, undefined],
      },
      {
        name: '普通財産の貸付件数',
        unit: '件',
        rows: [
          ['目標', 48, 48, 48, 48, 48],
          ['実績', 45, 47, 50, 52],
        ],
        notes: ['各年度末の貸付契約件数', undefined],
      },
    ];
    let r = 5;
    for (const b of blocks) {
      const n = b.rows.length;
      merge(ws, r, 1, r + n - 1, 1, b.name);
      merge(ws, r, 2, r + n - 1, 2, b.unit);
      b.rows.forEach((row, i) => {
        put(ws, r + i, 3, row);
        put(ws, r + i, 9, [b.notes[i]]);
        for (let c = 4; c <= 8; c++) ws.getCell(r + i, c).numFmt = '#,##0';
      });
      r += n;
    }
    wrap(ws, 4, 1, r - 1, 9);
    box(ws, 4, 1, r - 1, 9);
  },
  expected: {
    file: 'h143-t-zaisan-rikatsuyo-ruikei.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(T3_SHEET, '未利用地の売却件数', '件', 12, 11),
      ind(T3_SHEET, '未利用地の売却収入', '千円', 80000, 65250),
      ind(T3_SHEET, '普通財産の貸付件数', '件', 48, 52),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [gyoseiHyoka, seidoKaikaku, ruikei];
