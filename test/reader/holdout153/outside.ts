/**
 * Hold-out 153, shapes outside the four families that 危機管理・国民保護・原子力防災 offices use: a 原子力防災訓練 実施状況
 * table with years as rows (平成30年度…令和6年度（予定）, 目標／実績 under merged headings, a 中止 year, no evaluation year
 * stated), 事務事業評価シート one 事業 per sheet (令和２年度実施事業, 活動指標／成果指標 rows, a 未実施), a アクションプラン
 * 進捗管理表 with 目標／実績／達成率 under each merged 年度 heading, and 成果指標 split over a 指標設定 sheet and a 令和元年度実績
 * sheet joined by 指標ID (目指す方向 増加／減少).
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | null | undefined;

function fmt(ws: Worksheet, row: number, c1: number, c2: number, numFmt: string): void {
  for (let c = c1; c <= c2; c++) ws.getCell(row, c).numFmt = numFmt;
}

const O1_SHEET = '訓練実施状況';

const o1: Holdout2Workbook = {
  name: 'h153-genshiryoku-kunren-nenji',
  layout:
    '原子力防災訓練の実施状況, years as rows 平成30年度…令和6年度（予定）, 目標／実績 under merged 参加機関数（機関）／住民参加者数（人）, a 中止 year; no evaluation year stated',
  build(wb) {
    const ws = wb.addWorksheet(O1_SHEET);
    widths(ws, [12, 18, 30, 9, 9, 10, 10, 34]);
    put(ws, 1, 1, ['原子力防災訓練の実施状況（年度別）']);
    put(ws, 2, 1, ['担当：原子力安全対策課']);
    merge(ws, 4, 1, 5, 1, '年度');
    merge(ws, 4, 2, 5, 2, '実施日');
    merge(ws, 4, 3, 5, 3, '訓練想定');
    merge(ws, 4, 4, 4, 5, '参加機関数（機関）');
    merge(ws, 4, 6, 4, 7, '住民参加者数（人）');
    merge(ws, 4, 8, 5, 8, '備考');
    put(ws, 5, 4, ['目標', '実績', '目標', '実績']);
    const rows: Cell[][] = [
      ['平成30年度', '平成30年11月10日', '地震に伴う全面緊急事態', 40, 38, 500, 421],
      ['令和元年度', '令和元年11月9日', '地震に伴う全面緊急事態', 42, 44, 550, 498],
      ['令和2年度', '（中止）', '－', 42, '－', 550, '－', '新型コロナウイルス感染症の影響により中止'],
      ['令和3年度', '令和3年11月20日', '冷却機能喪失による施設敷地緊急事態', 42, 35, 300, 186, '規模縮小（図上訓練中心）'],
      ['令和4年度', '令和4年11月12日', '地震に伴う全面緊急事態', 45, 41, 500, 402],
      ['令和5年度', '令和5年11月18日', '地震・津波に伴う全面緊急事態', 45, 47, 600, 532, '県・隣接市と合同'],
      ['令和6年度', '（予定）令和6年11月', undefined, 48, undefined, 650, undefined, '実施予定'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    wrap(ws, 4, 1, 12, 8);
    box(ws, 4, 1, 12, 8);
  },
  expected: {
    file: 'h153-genshiryoku-kunren-nenji.xlsx',
    fiscalYear: 2023,
    indicators: [ind(O1_SHEET, '参加機関数', '機関', 45, 47), ind(O1_SHEET, '住民参加者数', '人', 600, 532)],
    groups: [],
    guesses: ['period'],
  },
};

/** One 事務事業評価シート: the 事業 and its 活動指標／成果指標 rows (目標値（R2）, 実績値（R2）, 達成率 as text). */
function jimuSheet(ws: Worksheet, jigyo: string, ka: string, purpose: string, rows: Cell[][], issue: string): void {
  widths(ws, [12, 36, 8, 14, 14, 12]);
  merge(ws, 1, 1, 1, 6, '令和３年度　事務事業評価シート（令和２年度実施事業）');
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 6, jigyo);
  put(ws, 4, 1, ['所管課', ka, undefined, '事業期間', '平成18年度～']);
  put(ws, 5, 1, ['事業の目的']);
  merge(ws, 5, 2, 5, 6, purpose);
  put(ws, 7, 1, ['指標区分', '指標名', '単位', '目標値（R2）', '実績値（R2）', '達成率']);
  rows.forEach((r, i) => put(ws, 8 + i, 1, r));
  put(ws, 11, 1, ['今後の方向性', '継続']);
  put(ws, 12, 1, ['課題・改善点']);
  merge(ws, 12, 2, 13, 6, issue);
  wrap(ws, 3, 1, 13, 6);
  box(ws, 3, 1, 13, 6);
}

const O2_S1 = '国民保護計画推進事業';
const O2_S2 = '危機管理体制整備事業';

const o2: Holdout2Workbook = {
  name: 'h153-kokuminhogo-jimujigyo',
  layout: '事務事業評価シート（令和２年度実施事業）, one 事業 per sheet, label-value header and 活動指標／成果指標 rows, 達成率 as text, a 未実施',
  build(wb) {
    jimuSheet(
      wb.addWorksheet(O2_S1),
      O2_S1,
      '危機管理課',
      '武力攻撃事態等において住民の避難・救援を迅速に行うため、国民保護計画の周知と訓練を行う。',
      [
        ['活動指標', '国民保護に関する出前講座の開催回数', '回', 10, 4, '40.0％'],
        ['成果指標', '国民保護訓練の実施回数', '回', 2, '未実施', '－'],
      ],
      '新型コロナウイルス感染症拡大防止のため、県との共同図上訓練は中止となり、出前講座も大幅に減少した。',
    );
    jimuSheet(
      wb.addWorksheet(O2_S2),
      O2_S2,
      '危機管理課',
      '災害・危機事案に全庁で対応できるよう、職員研修と業務継続計画の策定を進める。',
      [
        ['活動指標', '職員向け危機管理研修の受講者数', '人', 120, 134, '111.7％'],
        ['成果指標', '業務継続計画を策定した課の割合', '％', 80.0, 72.5, '90.6％'],
      ],
      '未策定の課に対し、ひな形の提供と個別支援を行う。',
    );
  },
  expected: {
    file: 'h153-kokuminhogo-jimujigyo.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(O2_S1, '国民保護に関する出前講座の開催回数', '回', 10, 4),
      ind(O2_S1, '国民保護訓練の実施回数', '回', 2, null, { actualStatus: 'not-implemented' }),
      ind(O2_S2, '職員向け危機管理研修の受講者数', '人', 120, 134),
      ind(O2_S2, '業務継続計画を策定した課の割合', '％', 80.0, 72.5),
    ],
    groups: [],
  },
};

const O3_SHEET = '進捗管理表';

const o3: Holdout2Workbook = {
  name: 'h153-kiki-actionplan-pairs',
  layout: 'アクションプラン進捗管理表（令和４年度末現在）: 目標／実績／達成率 under merged 令和3年度／令和4年度／令和5年度 headings, R5 targets only',
  build(wb) {
    const ws = wb.addWorksheet(O3_SHEET);
    widths(ws, [5, 40, 6, 8, 8, 9, 8, 8, 9, 8, 8, 9, 14]);
    put(ws, 1, 1, ['危機管理分野 アクションプラン進捗管理表（令和４年度末現在）']);
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '取組指標');
    merge(ws, 3, 3, 4, 3, '単位');
    merge(ws, 3, 4, 3, 6, '令和3年度');
    merge(ws, 3, 7, 3, 9, '令和4年度');
    merge(ws, 3, 10, 3, 12, '令和5年度');
    merge(ws, 3, 13, 4, 13, '担当課');
    put(ws, 4, 4, ['目標', '実績', '達成率', '目標', '実績', '達成率', '目標', '実績', '達成率']);
    const rows: Cell[][] = [
      [1, '災害時応援協定の締結数', '件', 38, 40, '105.3％', 42, 41, '97.6％', 46, undefined, undefined, '危機管理課'],
      [2, '防災リーダー養成講座の修了者数', '人', 60, 52, '86.7％', 60, 63, '105.0％', 60, undefined, undefined, '危機管理課'],
      [3, '避難所運営マニュアルの作成率', '％', 50.0, 48.0, '96.0％', 70.0, 55.0, '78.6％', 90.0, undefined, undefined, '危機管理課'],
      [4, 'Ｊアラートを活用した情報伝達試験の実施回数', '回', 4, 4, '100.0％', 4, 4, '100.0％', 4, undefined, undefined, '危機管理課'],
      [5, '要配慮者利用施設の避難確保計画作成率', '％', 60.0, 58.2, '97.0％', 80.0, 82.6, '103.3％', 100.0, undefined, undefined, '福祉総務課'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    for (const r of [7, 9]) {
      fmt(ws, r, 4, 5, '0.0');
      fmt(ws, r, 7, 8, '0.0');
      fmt(ws, r, 10, 10, '0.0');
    }
    wrap(ws, 3, 1, 4, 13);
    box(ws, 3, 1, 9, 13);
  },
  expected: {
    file: 'h153-kiki-actionplan-pairs.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(O3_SHEET, '災害時応援協定の締結数', '件', 42, 41),
      ind(O3_SHEET, '防災リーダー養成講座の修了者数', '人', 60, 63),
      ind(O3_SHEET, '避難所運営マニュアルの作成率', '％', 70.0, 55.0),
      ind(O3_SHEET, 'Ｊアラートを活用した情報伝達試験の実施回数', '回', 4, 4),
      ind(O3_SHEET, '要配慮者利用施設の避難確保計画作成率', '％', 80.0, 82.6),
    ],
    groups: [],
  },
};

const O4_SET = '指標設定';
const O4_ACT = '令和元年度実績';

const o4: Holdout2Workbook = {
  name: 'h153-kikikanri-split-sheets',
  layout: '成果指標 split over 指標設定 (目標値（令和元年度）, 目指す方向 増加／減少) and 令和元年度実績 (実績値, 達成率, 評価) joined by 指標ID',
  build(wb) {
    const s = wb.addWorksheet(O4_SET);
    widths(s, [8, 40, 6, 14, 10, 30]);
    put(s, 1, 1, ['危機管理課　成果指標一覧（令和元年度評価）']);
    put(s, 3, 1, ['指標ID', '指標名', '単位', '目標値\n（令和元年度）', '目指す方向', '備考']);
    const set: Cell[][] = [
      ['K-01', '防災行政無線の難聴地域解消率', '％', 85.0, '増加', '戸別受信機の配布による'],
      ['K-02', '火災発生件数', '件', 45, '減少', '暦年ではなく年度で集計'],
      ['K-03', '防災出前講座の受講者数', '人', 2000, '増加'],
      ['K-04', '地区防災計画の策定地区数', '地区', 10, '増加', '全22地区'],
    ];
    set.forEach((r, i) => put(s, 4 + i, 1, r));
    s.getCell(4, 4).numFmt = '0.0';
    s.getCell(6, 4).numFmt = '#,##0';
    wrap(s, 3, 1, 3, 6);
    box(s, 3, 1, 7, 6);

    const a = wb.addWorksheet(O4_ACT);
    widths(a, [8, 40, 12, 10, 8, 44]);
    put(a, 1, 1, ['令和元年度　成果指標実績']);
    put(a, 2, 1, ['評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満']);
    put(a, 3, 1, ['指標ID', '指標名', '実績値', '達成率', '評価', '備考']);
    const act: Cell[][] = [
      ['K-01', '防災行政無線の難聴地域解消率', 82.6, '97.2％', 'B'],
      ['K-02', '火災発生件数', 38, '118.4％', 'A'],
      ['K-03', '防災出前講座の受講者数', 1520, '76.0％', 'C', '令和2年2月以降の講座は新型コロナウイルス感染症の影響で中止'],
      ['K-04', '地区防災計画の策定地区数', 5, '50.0％', 'C', '策定中 3地区'],
    ];
    act.forEach((r, i) => put(a, 4 + i, 1, r));
    a.getCell(4, 3).numFmt = '0.0';
    a.getCell(6, 3).numFmt = '#,##0';
    box(a, 3, 1, 7, 6);
  },
  expected: {
    file: 'h153-kikikanri-split-sheets.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind(O4_ACT, '防災行政無線の難聴地域解消率', '％', 85.0, 82.6, { existing: 'B' }),
      ind(O4_ACT, '火災発生件数', '件', 45, 38, { direction: 'down', existing: 'A' }),
      ind(O4_ACT, '防災出前講座の受講者数', '人', 2000, 1520, { existing: 'C' }),
      ind(O4_ACT, '地区防災計画の策定地区数', '地区', 10, 5, { existing: 'C' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [o1, o2, o3, o4];
