/** Hold-out 137, traps: other years' columns with ％ stored as fractions, 単年度 vs 累計, targets that are not numbers and notes that look like values. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const F_SHEET = '経営指標';
const FRACTIONS: Holdout2Workbook = {
  name: 'h137-T-bunsu-percent-zennendo',
  layout: 'trap: 令和５年度 経営指標評価 with 令和4年度実績 and 令和6年度目標 columns around the year, ％ stored as fractions under a 0.0% format',
  build(wb) {
    const ws = wb.addWorksheet(F_SHEET);
    widths(ws, [26, 8, 14, 14, 14, 14, 24]);
    merge(ws, 1, 1, 1, 7, '令和５年度　市民病院 経営指標の評価');
    put(ws, 3, 1, ['指標', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績', '令和6年度目標', '備考']);
    const rows: [string, string, number, number, number, number, string][] = [
      ['病床利用率', '％', 0.742, 0.8, 0.781, 0.82, '一般病床'],
      ['紹介率', '％', 0.553, 0.6, 0.612, 0.62, ''],
      ['逆紹介率', '％', 0.668, 0.7, 0.684, 0.72, ''],
      ['救急車受入件数', '件', 2105, 2400, 2212, 2450, '消防本部の搬送記録と照合'],
      ['在宅復帰率', '％', 0.915, 0.9, 0.932, 0.9, '地域包括ケア病棟'],
    ];
    rows.forEach((row, i) => {
      const r = 4 + i;
      put(
        ws,
        r,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      );
      if (row[1] === '％') for (let c = 3; c <= 6; c++) ws.getCell(r, c).numFmt = '0.0%';
      else for (let c = 3; c <= 6; c++) ws.getCell(r, c).numFmt = '#,##0';
    });
    box(ws, 3, 1, 8, 7);
  },
  expected: {
    file: 'h137-T-bunsu-percent-zennendo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(F_SHEET, '病床利用率', '％', 80, 78.1),
      ind(F_SHEET, '紹介率', '％', 60, 61.2),
      ind(F_SHEET, '逆紹介率', '％', 70, 68.4),
      ind(F_SHEET, '救急車受入件数', '件', 2400, 2212),
      ind(F_SHEET, '在宅復帰率', '％', 90, 93.2),
    ],
    groups: [],
  },
};

const K_SHEET = '進捗管理';
const CUMULATIVE: Holdout2Workbook = {
  name: 'h137-T-tannendo-ruikei',
  layout:
    'trap: 令和６年度 地域医療 進捗管理 with 実績 split into 単年度 and 累計（令和６年度末）; 累計 indicators (named （累計）) are read from the 累計 column, others from 単年度',
  build(wb) {
    const ws = wb.addWorksheet(K_SHEET);
    widths(ws, [30, 8, 14, 12, 14, 26]);
    merge(ws, 1, 1, 1, 6, '地域医療確保対策　進捗管理表（令和６年度）');
    merge(ws, 3, 1, 4, 1, '指標名');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 4, 3, '令和６年度\n目標');
    merge(ws, 3, 4, 3, 5, '令和６年度実績');
    put(ws, 4, 4, ['単年度', '累計\n（令和６年度末）']);
    merge(ws, 3, 6, 4, 6, '備考');
    const rows: (string | number)[][] = [
      ['医師修学資金貸与者数（累計）', '人', 30, 5, 27, '目標は制度開始（平成28年度）からの累計'],
      ['訪問診療件数', '件', 1800, 1652, '－', ''],
      ['地域医療連携室相談件数', '件', 2000, 2135, '－', ''],
      ['在宅療養支援病院等の届出数（累計）', 'か所', 4, 1, 3, '目標は累計（令和３年度比）'],
    ];
    rows.forEach((row, i) =>
      put(
        ws,
        5 + i,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      ),
    );
    wrap(ws, 3, 1, 8, 6);
    box(ws, 3, 1, 8, 6);
  },
  expected: {
    file: 'h137-T-tannendo-ruikei.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(K_SHEET, '医師修学資金貸与者数（累計）', '人', 30, 27),
      ind(K_SHEET, '訪問診療件数', '件', 1800, 1652),
      ind(K_SHEET, '地域医療連携室相談件数', '件', 2000, 2135),
      ind(K_SHEET, '在宅療養支援病院等の届出数（累計）', 'か所', 4, 3),
    ],
    groups: [],
  },
};

const W_SHEET = '成果指標';
const WORDS: Holdout2Workbook = {
  name: 'h137-T-mokuhyo-moji-biko',
  layout:
    "trap: 令和７年度 病院 成果指標 with targets 「向上」「全国平均以上」, a 集計中, full-width actuals, 目標 0 件 under ↓（減少） met by 0, and 備考 notes with other years' figures 「R6：94.8％」",
  build(wb) {
    const ws = wb.addWorksheet(W_SHEET);
    widths(ws, [5, 30, 8, 12, 14, 14, 30]);
    merge(ws, 1, 1, 1, 7, '令和７年度　市立病院 成果指標の達成状況');
    put(ws, 3, 1, ['No.', '指標', '単位', '方向', '目標値（R7）', '実績値（R7）', '備考']);
    const rows: (string | number)[][] = [
      [1, '患者満足度（入院）', '％', '↑（増加）', '向上', '９１．２', '患者アンケート（R6：89.5％）'],
      [2, '医療安全研修参加率', '％', '↑（増加）', 100, 96.4, 'R6：94.8％'],
      [3, '医療事故件数（レベル3b以上）', '件', '↓（減少）', 0, 0, '前年度 1件'],
      [4, '人間ドック受診者数', '人', '↑（増加）', '３，２００', '集計中', '参考：前年度 3,084人'],
      [5, '後発医薬品使用割合', '％', '↑（増加）', '全国平均以上', 92.5, '全国平均は公表待ち'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 8, 7);
    box(ws, 3, 1, 8, 7);
  },
  expected: {
    file: 'h137-T-mokuhyo-moji-biko.xlsx',
    fiscalYear: 2025,
    indicators: [
      ind(W_SHEET, '患者満足度（入院）', '％', null, 91.2),
      ind(W_SHEET, '医療安全研修参加率', '％', 100, 96.4),
      ind(W_SHEET, '医療事故件数（レベル3b以上）', '件', 0, 0, { direction: 'down' }),
      ind(W_SHEET, '人間ドック受診者数', '人', 3200, null, { actualStatus: 'pending' }),
      ind(W_SHEET, '後発医薬品使用割合', '％', null, 92.5),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [FRACTIONS, CUMULATIVE, WORDS];
