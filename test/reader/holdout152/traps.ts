/**
 * Hold-out 152, traps: a 医療的ケア児等支援 進捗状況シート of 令和５年度 with a 令和６年度（見込） column already filled and a
 * 目標値（累計） beside 実績値（単年度）／実績値（累計） rows; a 令和元年度 成果指標評価表 with ％ stored as fractions, a target
 * 「前年度より増加」, a 「－」 actual and full-width digits; a 令和６年度 点検・評価シート whose R6 actual is judged against the
 * 中間目標（R6）, not the 最終目標（R8）, with an R5 actual beside it, a 方向 ↑／↓ column and a 備考 with a later figure.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';

// ---------------------------------------------------------------- 令和６年度（見込） column, 累計 vs 単年度

const T1_SHEET = '進捗状況';

const CUMULATIVE: Holdout2Workbook = {
  name: 'r5-iryoteki-care-shinchoku-ruikei',
  layout: 'trap: 令和５年度 evaluated with a 令和６年度（見込） column filled, 目標値（累計） against 実績値（単年度） and 実績値（累計） rows',
  build(wb) {
    const ws = wb.addWorksheet(T1_SHEET);
    widths(ws, [36, 6, 16, 11, 11, 11, 13, 30]);
    merge(ws, 1, 1, 1, 8, '令和６年度　医療的ケア児等支援　進捗状況シート（評価対象：令和５年度）');
    put(ws, 3, 1, ['指標', '単位', '区分', '令和３年度', '令和４年度', '令和５年度', '令和６年度\n（見込）', '備考']);
    const rows: [string, string, [string, number[]][], string][] = [
      [
        '医療的ケア児等コーディネーター養成研修の修了者数',
        '人',
        [
          ['目標値（累計）', [10, 20, 30, 40]],
          ['実績値（単年度）', [8, 9, 10, 9]],
          ['実績値（累計）', [8, 17, 27, 36]],
        ],
        '県主催研修の修了者を含む',
      ],
      [
        '医療的ケア児の訪問看護利用者数',
        '人',
        [
          ['目標値', [12, 14, 16, 18]],
          ['実績値', [11, 15, 15, 19]],
        ],
        '各年度3月末時点の実人数',
      ],
      [
        '医療的ケア児支援協議会の開催回数',
        '回',
        [
          ['目標値', [2, 2, 3, 3]],
          ['実績値', [2, 3, 3, 3]],
        ],
        '',
      ],
      [
        '医療型短期入所の利用日数',
        '日',
        [
          ['目標値', [120, 150, 180, 200]],
          ['実績値', [96, 131, 142, 160]],
        ],
        'R6は受入れ病床1床増の見込み',
      ],
    ];
    let r = 4;
    for (const [name, unit, lines, note] of rows) {
      merge(ws, r, 1, r + lines.length - 1, 1, name);
      merge(ws, r, 2, r + lines.length - 1, 2, unit);
      lines.forEach(([kind, values], k) => put(ws, r + k, 3, [kind, ...values]));
      if (note) merge(ws, r, 8, r + lines.length - 1, 8, note);
      r += lines.length;
    }
    box(ws, 3, 1, r - 1, 8);
    wrap(ws, 3, 1, 3, 8);
    put(ws, r + 1, 1, ['※令和６年度の実績は令和６年12月末時点の見込み']);
  },
  expected: {
    file: 'r5-iryoteki-care-shinchoku-ruikei.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1_SHEET, '医療的ケア児等コーディネーター養成研修の修了者数', '人', 30, 27),
      ind(T1_SHEET, '医療的ケア児の訪問看護利用者数', '人', 16, 15),
      ind(T1_SHEET, '医療的ケア児支援協議会の開催回数', '回', 3, 3),
      ind(T1_SHEET, '医療型短期入所の利用日数', '日', 180, 142),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- fractions, a target in words, 「－」, full-width digits

const T2_SHEET = '成果指標';

const FRACTIONS: Holdout2Workbook = {
  name: 'r1-tokushi-seika-shihyo-hyokahyo',
  layout:
    'trap: 令和元年度 成果指標評価表, ％ stored as fractions under a % format, a target 「前年度より増加」, an actual 「－」 (県へ移管), full-width ６, notes with figures',
  build(wb) {
    const ws = wb.addWorksheet(T2_SHEET);
    widths(ws, [5, 40, 6, 16, 12, 34]);
    merge(ws, 1, 1, 1, 6, '令和元年度　○○市特別支援教育推進プラン　成果指標評価表');
    put(ws, 3, 1, ['No.', '成果指標', '単位', '目標値', '実績値', '備考']);
    put(ws, 4, 1, [1, '特別支援学級における個別の指導計画の作成率', '％', 1, 0.97, '未作成の学級は年度内に作成予定']);
    ws.getCell(4, 4).numFmt = '0%';
    ws.getCell(4, 5).numFmt = '0.0%';
    put(ws, 5, 1, [2, '交流及び共同学習の実施回数', '回', '前年度より増加', 131, '参加児童生徒 延べ 1,240人']);
    put(ws, 6, 1, [3, '特別支援教育に関する保護者満足度', '％', 0.8, 0.765, '回答率 62.3％']);
    ws.getCell(6, 4).numFmt = '0%';
    ws.getCell(6, 5).numFmt = '0.0%';
    put(ws, 7, 1, [4, '特別支援学校教員による巡回指導回数', '回', 40, '－', '令和元年度から県事業へ移管']);
    put(ws, 8, 1, [5, '通級指導教室の設置校数', '校', '６', '６', '（うち新設 1校）']);
    box(ws, 3, 1, 8, 6);
    wrap(ws, 3, 1, 8, 6);
    put(ws, 10, 1, ['※保護者満足度は「満足」「やや満足」と回答した割合']);
  },
  expected: {
    file: 'r1-tokushi-seika-shihyo-hyokahyo.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind(T2_SHEET, '特別支援学級における個別の指導計画の作成率', '％', 100, 97),
      ind(T2_SHEET, '交流及び共同学習の実施回数', '回', null, 131),
      ind(T2_SHEET, '特別支援教育に関する保護者満足度', '％', 80, 76.5),
      ind(T2_SHEET, '特別支援学校教員による巡回指導回数', '回', 40, null, { actualStatus: 'not-applicable' }),
      ind(T2_SHEET, '通級指導教室の設置校数', '校', 6, 6),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- 中間目標 vs 最終目標, R5 and R6 actuals

const T3_SHEET = '点検評価';

const T3_ROWS: [string, string, string, number, number, number | string, number | string, number | string, string][] = [
  ['障がい児保育を実施する保育所数', 'か所', '↑', 8, 11, 12, 12, 15, 'R7.4.1現在 13か所'],
  ['医療的ケア児を受け入れる保育所数', 'か所', '↑', 1, 2, 2, 3, 5, '看護師確保が課題'],
  ['巡回支援専門員による保育所等訪問回数', '回', '↑', 60, 98, '１１２', '１２０', '１５０', ''],
  ['障がい児通所支援事業所の待機児童数', '人', '↓', 14, 9, 6, 5, 0, '3月末時点'],
];

const MIDTERM: Holdout2Workbook = {
  name: 'r6-shogaiji-chukan-mokuhyo',
  layout:
    'trap: 令和６年度 点検・評価, R5実績 and R6実績 side by side, 中間目標（R6） beside 最終目標（R8）, 方向 ↑／↓, full-width digits, a 備考 with a later figure',
  build(wb) {
    const ws = wb.addWorksheet(T3_SHEET);
    widths(ws, [36, 6, 6, 12, 10, 10, 12, 12, 22]);
    merge(ws, 1, 1, 1, 9, '○○市障がい児支援推進プラン　点検・評価シート（令和６年度実績）');
    put(ws, 3, 1, ['指標', '単位', '方向', '基準値\n（R2）', 'R5実績', 'R6実績', '中間目標\n（R6）', '最終目標\n（R8）', '備考']);
    T3_ROWS.forEach((row, i) =>
      put(
        ws,
        4 + i,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      ),
    );
    box(ws, 3, 1, 7, 9);
    wrap(ws, 3, 1, 3, 9);
    put(ws, 9, 1, ['方向　↑：増加を目指す指標　↓：減少を目指す指標']);
  },
  expected: {
    file: 'r6-shogaiji-chukan-mokuhyo.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(T3_SHEET, '障がい児保育を実施する保育所数', 'か所', 12, 12),
      ind(T3_SHEET, '医療的ケア児を受け入れる保育所数', 'か所', 3, 2),
      ind(T3_SHEET, '巡回支援専門員による保育所等訪問回数', '回', 120, 112),
      ind(T3_SHEET, '障がい児通所支援事業所の待機児童数', '人', 5, 6, { direction: 'down' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [CUMULATIVE, FRACTIONS, MIDTERM];
