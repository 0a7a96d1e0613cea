/**
 * Hold-out 132, traps a careless reader falls into: a 令和６年度 KPI効果検証シート of 令和５年度実績 with 令和４年度実績 and a
 * 令和６年度 column (6月末現在) already filled and a down-is-better target of 0; a 成果指標評価表 with targets that are not numbers
 * (「前年度実績以上」「全課導入」), 「－」 for an actual and 備考 full of figures and dates; and a 進捗状況 table with 単年度 and
 * 累計 actual columns and ％ stored as fractions under a % format.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------- other years
const T1_SHEET = '効果検証';

const otherYears: Holdout2Workbook = {
  name: 'h132-t-other-years',
  layout:
    '令和６年度 KPI効果検証シート（令和５年度実績の検証）: R4 実績, R5 目標値／実績値, R6 目標値 and 実績値（6月末現在） filled, target 0 for a 誤交付件数',
  build(wb) {
    const ws = wb.addWorksheet(T1_SHEET);
    widths(ws, [34, 7, 12, 12, 12, 12, 14, 30]);
    merge(ws, 1, 1, 1, 8, '令和６年度　KPI効果検証シート（令和５年度実績の検証）');
    merge(ws, 3, 1, 4, 1, 'KPI');
    merge(ws, 3, 2, 4, 2, '単位');
    put(ws, 3, 3, ['令和４年度']);
    merge(ws, 3, 4, 3, 5, '令和５年度');
    merge(ws, 3, 6, 3, 7, '令和６年度');
    merge(ws, 3, 8, 4, 8, '備考');
    put(ws, 4, 3, ['実績値', '目標値', '実績値', '目標値', '実績値\n（6月末現在）']);
    const rows: (string | number)[][] = [
      ['マイナンバーカード保有率', '％', 67.0, 75.0, 73.9, 80.0, 74.8, '保有率＝保有枚数÷住民基本台帳人口'],
      ['住民票写し等のオンライン申請件数', '件', 2480, 3000, 3412, 3600, 1020, 'ぴったりサービス経由'],
      ['証明書の誤交付件数', '件', 1, 0, 2, 0, 0, '0件を目指す（少ないほど良い）'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    for (let r = 5; r <= 7; r++) for (let c = 3; c <= 7; c++) ws.getCell(r, c).numFmt = r === 5 ? '0.0' : '#,##0';
    box(ws, 3, 1, 7, 8);
    wrap(ws, 3, 1, 7, 8);
  },
  expected: {
    file: 'h132-t-other-years.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1_SHEET, 'マイナンバーカード保有率', '％', 75, 73.9),
      ind(T1_SHEET, '住民票写し等のオンライン申請件数', '件', 3000, 3412),
      ind(T1_SHEET, '証明書の誤交付件数', '件', 0, 2, { direction: 'down' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------- text targets
const T2_SHEET = '成果指標';

const textTargets: Holdout2Workbook = {
  name: 'h132-t-text-targets',
  layout:
    '令和６年度 窓口サービス改革 成果指標評価表: targets 「前年度実績以上」「全課導入」, full-width figures, 「－」 actual, 備考 with figures and dates, 評価 by the department',
  build(wb) {
    const ws = wb.addWorksheet(T2_SHEET);
    widths(ws, [34, 7, 16, 16, 8, 44]);
    merge(ws, 1, 1, 1, 6, '令和６年度　窓口サービス改革　成果指標評価表');
    put(ws, 3, 1, ['指標名', '単位', '目標値\n（令和６年度）', '実績値\n（令和６年度）', '評価', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['証明書コンビニ交付件数', '件', '前年度実績以上', '２６，８７０', 'A', 'マイナンバーカード利用'],
      ['書かない窓口の導入課数', '課', '全課導入', '4課', 'C', '市民課・保険年金課・税務課・福祉総務課で導入'],
      ['窓口サービス満足度', '％', '９０．０', '８６．５', 'B', '市民アンケート（令和6年11月実施、回答数1,204件）'],
      ['戸籍証明書の広域交付件数', '件', 600, 742, 'A', '令和6年3月1日から開始（令和5年度実績 48件）'],
      ['転入手続の事前予約件数', '件', 300, '－', undefined, '令和6年度は国のシステム改修期間のため対象外（令和7年度から受付）'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    box(ws, 3, 1, 8, 6);
    wrap(ws, 3, 1, 8, 6);
    put(ws, 10, 1, ['※評価　A：目標達成　B：概ね達成　C：やや遅れ　D：遅れ']);
  },
  expected: {
    file: 'h132-t-text-targets.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(T2_SHEET, '証明書コンビニ交付件数', '件', null, 26870, { existing: 'A' }),
      ind(T2_SHEET, '書かない窓口の導入課数', '課', null, 4, { existing: 'C' }),
      ind(T2_SHEET, '窓口サービス満足度', '％', 90, 86.5, { existing: 'B' }),
      ind(T2_SHEET, '戸籍証明書の広域交付件数', '件', 600, 742, { existing: 'A' }),
      ind(T2_SHEET, '転入手続の事前予約件数', '件', 300, null, { actualStatus: 'not-applicable' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------- 単年度／累計, fractions
const T3_SHEET = '進捗状況';

const fractionCumulative: Holdout2Workbook = {
  name: 'h132-t-fraction-cumulative',
  layout: '令和４年度 進捗状況: 実績値 split into 単年度 and 累計 columns (the indicator says which), ％ stored as fractions under 0.0%',
  build(wb) {
    const ws = wb.addWorksheet(T3_SHEET);
    widths(ws, [34, 7, 16, 14, 14, 34]);
    merge(ws, 1, 1, 1, 6, '令和４年度　マイナンバーカード普及・行政手続オンライン化の進捗状況');
    merge(ws, 3, 1, 4, 1, '指標名');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 4, 3, '目標値\n（令和４年度末）');
    merge(ws, 3, 4, 3, 5, '実績値（令和４年度）');
    merge(ws, 3, 6, 4, 6, '備考');
    put(ws, 4, 4, ['単年度', '累計']);
    const rows: (string | number)[][] = [
      ['マイナンバーカード交付枚数（累計）', '枚', 62000, 21450, 58930, '制度開始（平成28年1月）からの累計'],
      ['マイナンバーカード交付率', '％', 0.65, '－', 0.482, '住民基本台帳人口 122,300人（令和5年3月末）'],
      ['電子申請件数（単年度）', '件', 1500, 1380, 4020, '累計は令和2年度から'],
      ['電子申請の利用率', '％', 0.2, 0.236, '－', '対象手続の申請件数に占める電子申請の割合'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    for (const r of [5, 7]) for (const c of [3, 4, 5]) ws.getCell(r, c).numFmt = '#,##0';
    for (const r of [6, 8]) for (const c of [3, 4, 5]) ws.getCell(r, c).numFmt = '0.0%';
    box(ws, 3, 1, 8, 6);
    wrap(ws, 3, 1, 8, 6);
  },
  expected: {
    file: 'h132-t-fraction-cumulative.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(T3_SHEET, 'マイナンバーカード交付枚数（累計）', '枚', 62000, 58930),
      ind(T3_SHEET, 'マイナンバーカード交付率', '％', 65, 48.2),
      ind(T3_SHEET, '電子申請件数（単年度）', '件', 1500, 1380),
      ind(T3_SHEET, '電子申請の利用率', '％', 20, 23.6),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, textTargets, fractionCumulative];
