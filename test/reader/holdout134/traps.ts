/** Hold-out 134: traps a careless reader falls into (累計 vs 単年度 rows, ％ stored as fractions, other years' columns, a target in words, notes with numbers). */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const K_SHEET = '成果指標';
const cumulative: Holdout2Workbook = {
  name: 'h134-trap-ruikei-tannendo',
  layout: 'trap: マイナンバーカード 交付枚数 in a 単年度 row and a 累計 row, the 目標 only on the 累計 row, 交付率 ％ stored as fractions under a % format',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(K_SHEET);
    widths(ws, [30, 8, 10, 12, 12, 12, 14, 26]);
    merge(ws, 1, 1, 1, 8, '令和５年度 マイナンバーカード普及促進事業 成果指標');
    put(ws, 3, 1, ['指標名', '単位', '区分', '令和3年度', '令和4年度', '令和5年度', '令和5年度目標', '備考']);
    merge(ws, 4, 1, 5, 1, 'マイナンバーカード交付枚数');
    merge(ws, 4, 2, 5, 2, '枚');
    put(ws, 4, 3, ['単年度', 9650, 14480, 8200, '', '']);
    put(ws, 5, 3, ['累計', 15140, 29620, 37820, 40000, '目標は令和5年度末の累計']);
    put(ws, 6, 1, ['人口に対するカード交付率', '％', '年度末', 0.283, 0.554, 0.712, 0.75, '住民基本台帳人口（各年度末）比']);
    for (let c = 4; c <= 7; c++) ws.getCell(6, c).numFmt = '0.0%';
    put(ws, 7, 1, ['証明書コンビニ交付件数', '件', '単年度', 2310, 4105, 6480, 6000, '']);
    wrap(ws, 3, 1, 7, 8);
    box(ws, 3, 1, 7, 8);
    put(ws, 9, 1, ['※交付枚数は再交付を除く。']);
  },
  expected: {
    file: 'h134-trap-ruikei-tannendo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K_SHEET, 'マイナンバーカード交付枚数', '枚', 40000, 37820),
      ind(K_SHEET, '人口に対するカード交付率', '％', 75, 71.2),
      ind(K_SHEET, '証明書コンビニ交付件数', '件', 6000, 6480),
    ],
    groups: [],
  },
};

const V_SHEET = '効果検証';
const otherYears: Holdout2Workbook = {
  name: 'h134-trap-other-year-cols',
  layout:
    'trap: 令和６年度 行政評価 of 令和５年度実績, 令和６年度目標／令和６年度実績（見込）columns already filled, a 「前年度以上」 target, 方向 ↑↓, 備考 with dates and numbers',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(V_SHEET);
    widths(ws, [26, 8, 6, 12, 12, 12, 12, 14, 30]);
    merge(ws, 1, 1, 1, 9, '令和６年度 行政評価 効果検証シート（令和５年度実績）');
    put(ws, 2, 1, ['所管：デジタル推進課']);
    put(ws, 3, 1, ['指標名', '単位', '方向', '令和４年度実績', '令和５年度目標', '令和５年度実績', '令和６年度目標', '令和６年度実績（見込）', '備考']);
    put(ws, 4, 1, ['ＲＰＡによる削減時間', '時間', '↑', 2150, 3000, 3420, 4000, 3900, '対象業務 18→24業務']);
    put(ws, 5, 1, ['ＡＩ－ＯＣＲ処理枚数', '枚', '↑', 15230, '前年度以上', 18400, '前年度以上', 21000, '']);
    put(ws, 6, 1, ['ヘルプデスク問合せ件数', '件', '↓', 1480, 1200, 1350, 1100, 1250, '※R5.10にシステム更新（2週間停止）']);
    put(ws, 7, 1, ['情報システム障害件数', '件', '↓', 5, 3, 2, 3, 1, '重大障害 0件']);
    wrap(ws, 3, 1, 7, 9);
    box(ws, 3, 1, 7, 9);
    put(ws, 9, 1, ['方向　↑：増加を目指す　↓：減少を目指す']);
  },
  expected: {
    file: 'h134-trap-other-year-cols.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(V_SHEET, 'ＲＰＡによる削減時間', '時間', 3000, 3420),
      ind(V_SHEET, 'ＡＩ－ＯＣＲ処理枚数', '枚', null, 18400),
      ind(V_SHEET, 'ヘルプデスク問合せ件数', '件', 1200, 1350, { direction: 'down' }),
      ind(V_SHEET, '情報システム障害件数', '件', 3, 2, { direction: 'down' }),
    ],
    groups: [],
  },
};

const S_SHEET = '調査結果';
const notesTrap: Holdout2Workbook = {
  name: 'h134-trap-shukeichu-biko',
  layout: 'trap: 令和６年度 統計調査 実施結果, full-width 「９１．２」, a 集計中, a 前回調査（令和元年度） column with numbers, 備考 「全国平均 88.1%」',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S_SHEET);
    widths(ws, [30, 8, 12, 12, 16, 30]);
    merge(ws, 1, 1, 1, 6, '令和６年度 統計調査 実施結果');
    put(ws, 3, 1, ['指標', '単位', '目標', '実績', '前回調査\n（令和元年度）', '備考']);
    put(ws, 4, 1, ['経済センサス‐基礎調査 調査票回収率', '％', '９５．０', '９１．２', '９３．４', '参考：全国平均 88.1%']);
    put(ws, 5, 1, ['全国家計構造調査 調査世帯協力率', '％', 90, '集計中', 87.5, '国の公表（令和7年度予定）後に確定']);
    put(ws, 6, 1, ['市民意識調査 回答率', '％', 40, 43.6, 38.9, '配布 3,000人／回答 1,308人']);
    put(ws, 7, 1, ['統計調査員登録者数', '人', 120, 104, 118, '※うち新規登録 9人']);
    wrap(ws, 3, 1, 7, 6);
    box(ws, 3, 1, 7, 6);
  },
  expected: {
    file: 'h134-trap-shukeichu-biko.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(S_SHEET, '経済センサス‐基礎調査 調査票回収率', '％', 95, 91.2),
      ind(S_SHEET, '全国家計構造調査 調査世帯協力率', '％', 90, null, { actualStatus: 'pending' }),
      ind(S_SHEET, '市民意識調査 回答率', '％', 40, 43.6),
      ind(S_SHEET, '統計調査員登録者数', '人', 120, 104),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [cumulative, otherYears, notesTrap];
