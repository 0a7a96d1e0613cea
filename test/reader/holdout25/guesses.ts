/**
 * Hold-out 25, workbooks whose reading a careful clerk would call a guess: a list of 成果指標 with no
 * year stated anywhere ('period'), and a health plan whose 直近値 is another year's for two indicators
 * ('other-year'), read as written.
 */
import type { Workbook } from 'exceljs';
import { ind, num, put, widths, type Holdout25Workbook } from './kit';

type WelfareRow = [project: string, name: string, unit: string, target: number, actual: number, dept: string];
const WELFARE: WelfareRow[] = [
  ['生活困窮者自立支援事業', '就労支援による就職者数', '人', 40, 33, '生活福祉課'],
  ['認知症サポーター養成事業', '認知症サポーター養成者数', '人', 1000, 1240, '長寿介護課'],
  ['介護予防教室事業', '介護予防教室の延べ参加者数', '人', 6000, 4480, '長寿介護課'],
  ['障がい者就労支援事業', '福祉施設から一般就労への移行者数', '人', 15, 8, '障がい福祉課'],
  ['地域見守りネットワーク事業', '見守り協定締結事業者数', '事業所', 60, 61, '地域福祉課'],
];

const noPeriod: Holdout25Workbook = {
  name: 'h25-09-no-period-welfare-list',
  layout: 'a plain list 事業名 | 成果指標名 | 単位 | 目標値 | 実績値 | 所管課 under a title, with no year written anywhere (sheet, title, headings, file name)',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('成果指標');
    widths(ws, [28, 32, 8, 10, 10, 14]);
    put(ws, 1, 1, ['事務事業　成果指標一覧（福祉部）']);
    put(ws, 3, 1, ['事業名', '成果指標名', '単位', '目標値', '実績値', '所管課']);
    WELFARE.forEach(([p, n, u, t, a, d], i) => {
      put(ws, 4 + i, 1, [p, n, u]);
      num(ws, 4 + i, 4, t);
      num(ws, 4 + i, 5, a);
      put(ws, 4 + i, 6, [d]);
    });
  },
  expected: {
    file: 'h25-09-no-period-welfare-list.xlsx',
    indicators: WELFARE.map(([, n, u, t, a]) => ind('成果指標', n, u, t, a)),
    groups: [],
    guesses: ['period'],
  },
};

type HealthRow = [field: string, name: string, unit: string, up: boolean, base: number, target: number, latest: number, year: string, source: string];
const HEALTH: HealthRow[] = [
  ['栄養・食生活', '朝食を欠食する人の割合（20歳代）', '％', false, 28.5, 15, 24.1, 'R5', '市民健康意識調査'],
  ['身体活動・運動', '1日30分以上の運動を週2回以上行う人の割合', '％', true, 35.2, 45, 38.7, 'R5', '市民健康意識調査'],
  ['喫煙', '成人の喫煙率', '％', false, 16.8, 12, 14.9, 'R4', '特定健康診査問診'],
  ['歯・口腔', '3歳児でむし歯のない者の割合', '％', true, 82, 90, 91.3, 'R5', '3歳児健康診査'],
  ['健診', '特定保健指導の実施率', '％', true, 38, 60, 41.2, 'R4', '法定報告'],
];

const otherYear: Holdout25Workbook = {
  name: 'h25-10-health-plan-latest-value',
  layout:
    '健康増進計画 table: 目標の方向 (増加/減少), 策定時の値, 目標値（R5）, 直近値 with its year in its own column (R4 for two indicators whose R5 value is not out), 出典; 評価対象年度 令和5年度',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('評価指標');
    widths(ws, [14, 40, 6, 10, 10, 12, 9, 12, 18]);
    put(ws, 1, 1, ['健康おうう21（第3次）　評価指標の状況']);
    put(ws, 2, 1, ['評価対象年度：令和５年度']);
    put(ws, 4, 1, ['分野', '指標', '単位', '目標の方向', '策定時の値', '目標値（R5）', '直近値', '直近値の年度', '出典']);
    HEALTH.forEach(([f, n, u, up, b, t, l, y, s], i) => {
      put(ws, 5 + i, 1, [f, n, u, up ? '増加' : '減少']);
      num(ws, 5 + i, 5, b, '0.0');
      num(ws, 5 + i, 6, t, '0.0');
      num(ws, 5 + i, 7, l, '0.0');
      put(ws, 5 + i, 8, [y, s]);
    });
    put(ws, 11, 1, ['※直近値の年度がR4の指標は、R5の値が未確定のため前年度の値を掲載（法定報告は翌年度秋に確定）。']);
  },
  expected: {
    file: 'h25-10-health-plan-latest-value.xlsx',
    fiscalYear: 2023,
    indicators: HEALTH.map(([, n, u, up, , t, l]) => ind('評価指標', n, u, t, l, { direction: up ? 'up' : 'down' })),
    groups: [],
    guesses: ['other-year'],
  },
};

export const GUESS_WORKBOOKS: Holdout25Workbook[] = [noPeriod, otherYear];
