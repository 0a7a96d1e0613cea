/**
 * Hold-out set 200, four shapes outside the known families that a DV・女性相談 office really uses: a monthly 相談件数 月報
 * with a 年間目標 column and a hidden 前年度合計, years as rows with 目標/実績 pairs per indicator, 事務事業評価シート one per sheet, and a 進捗管理表
 * graded with ◎○△× under a legend naming each mark's band.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, lettersForLegendMarks, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------
// 月報: rows of kinds of consultation, columns 4月…3月, 合計, 年間目標, 達成率

const M_SHEET = 'R5相談月報';
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];

const MONTHLY: [string, string, number[], number | string, number][] = [
  ['電話相談', '件', [88, 96, 91, 102, 85, 93, 99, 104, 87, 92, 98, 99], 1200, 1087],
  ['来所（面接）相談', '件', [19, 22, 25, 20, 18, 23, 26, 24, 21, 20, 22, 22], 240, 231],
  ['メール・SNS相談', '件', [12, 15, 11, 17, 20, 14, 19, 16, 13, 18, 21, 24], '－', 142],
  ['同行支援', '件', [5, 6, 4, 7, 6, 5, 8, 6, 5, 7, 6, 6], 100, 88],
  ['弁護士による法律相談', '回', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2], 24, 22],
];

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const monthly: Holdout2Workbook = {
  name: 'h200-o-soudan-geppo',
  layout: 'outside: a 相談月報, kinds of consultation as rows, 4月…3月 columns, 合計, a hidden 前年度合計 column, 年間目標 and 達成率',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [24, 6, ...MONTHS.map(() => 6), 9, 10, 10, 9, 20]);
    merge(ws, 1, 1, 1, 19, '令和５年度　配偶者暴力相談支援センター　相談等件数月報');
    put(ws, 2, 17, ['（令和6年4月10日集計）']);
    put(ws, 3, 1, ['区分', '単位', ...MONTHS, '合計', '前年度合計', '年間目標', '達成率', '備考']);
    MONTHLY.forEach(([name, unit, months, target, last], i) => {
      const total = sum(months);
      const rate = typeof target === 'number' ? `${((100 * total) / target).toFixed(1)}%` : '－';
      put(ws, 4 + i, 1, [name, unit, ...months, total, last, target, rate]);
    });
    ws.getColumn(16).hidden = true;
    put(ws, 6, 19, ['LINE相談を含む。目標未設定']);
    box(ws, 3, 1, 3 + MONTHLY.length, 19);
    wrap(ws, 3, 1, 3, 19);
    put(ws, 6 + MONTHLY.length, 1, ['※件数は延べ件数。同一人からの複数回の相談はそれぞれ計上している。']);
  },
  expected: {
    file: 'h200-o-soudan-geppo.xlsx',
    fiscalYear: 2023,
    indicators: MONTHLY.map(([name, unit, months, target]) => ind(M_SHEET, name, unit, typeof target === 'number' ? target : null, sum(months))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// Years as rows: 年度 down the side, each indicator a 目標/実績 pair of columns

const Y_SHEET = '推移';

const yearsAsRows: Holdout2Workbook = {
  name: 'h200-o-nendo-suii',
  layout: 'outside: 年度 as rows R2…R7, each indicator a merged heading over 目標/実績 columns, the evaluated year only in a header cell',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [12, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
    merge(ws, 1, 1, 1, 11, '女性相談支援事業　主要指標の推移');
    put(ws, 2, 9, ['評価年度：', '令和6年度']);
    const heads = [
      '女性相談支援員による相談件数（件）',
      '自立支援計画の策定件数（件）',
      'ステップハウス入居世帯数（世帯）',
      '支援調整会議の開催回数（回）',
      '相談員研修の受講者数（人）',
    ];
    merge(ws, 3, 1, 4, 1, '年度');
    heads.forEach((h, i) => {
      merge(ws, 3, 2 + 2 * i, 3, 3 + 2 * i, h);
      put(ws, 4, 2 + 2 * i, ['目標', '実績']);
    });
    ws.getRow(3).height = 45;
    const rows: (string | number)[][] = [
      ['令和2年度', 1200, 1254, 40, 38, 4, 3, '－', '－', 20, 22],
      ['令和3年度', 1300, 1318, 45, 44, 5, 5, '－', '－', 20, 18],
      ['令和4年度', 1400, 1497, 50, 46, 6, 6, '－', '－', 25, 21],
      ['令和5年度', 1450, 1588, 55, 51, 7, 5, '－', '－', 25, 19],
      ['令和6年度', 1500, 1622, 60, 47, 8, 7, '－', 5, 30, 14],
      ['令和7年度', 1550, '', 65, '', 8, '', 6, '', 30, ''],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    box(ws, 3, 1, 4 + rows.length, 11);
    put(ws, 6 + rows.length, 1, ['※支援調整会議は令和6年4月の困難女性支援法施行に伴い新設（令和6年度は目標未設定）']);
    put(ws, 7 + rows.length, 1, ['※令和7年度は目標のみ']);
  },
  expected: {
    file: 'h200-o-nendo-suii.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(Y_SHEET, '女性相談支援員による相談件数', '件', 1500, 1622),
      ind(Y_SHEET, '自立支援計画の策定件数', '件', 60, 47),
      ind(Y_SHEET, 'ステップハウス入居世帯数', '世帯', 8, 7),
      ind(Y_SHEET, '支援調整会議の開催回数', '回', null, 5),
      ind(Y_SHEET, '相談員研修の受講者数', '人', 30, 14),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 事務事業評価シート, one per sheet, label/value cells with 活動指標 and 成果指標

interface Form {
  sheet: string;
  project: string;
  section: string;
  purpose: string;
  rows: [string, string, string, number, number][];
}

const FORMS: Form[] = [
  {
    sheet: '事業01',
    project: 'DV被害者緊急一時避難支援事業',
    section: 'こども家庭課',
    purpose: '夜間・休日等に一時保護所へ入所できない被害者に対し、ホテル等への緊急一時避難の費用を支援する。',
    rows: [
      ['活動指標', '緊急一時避難（ホテル等）の利用支援件数', '件', 20, 26],
      ['成果指標', '避難後に安全な住居を確保できた割合', '％', 80, 73.1],
    ],
  },
  {
    sheet: '事業02',
    project: '女性のための法律相談事業',
    section: '男女共同参画課',
    purpose: '離婚・保護命令・養育費等の法的問題を抱える女性に弁護士による無料法律相談を行う。',
    rows: [
      ['活動指標', '法律相談の開催回数', '回', 24, 24],
      ['成果指標', '相談が「役に立った」と回答した人の割合', '％', 90, 86.4],
    ],
  },
  {
    sheet: '事業03',
    project: '困難な問題を抱える女性の居場所づくり事業',
    section: '生活福祉課',
    purpose: '若年女性等が気軽に立ち寄れるカフェ型の居場所を開設し、相談支援につなげる。',
    rows: [
      ['活動指標', '居場所（カフェ型相談会）の開設日数', '日', 48, 31],
      ['成果指標', '居場所から支援につながった若年女性の数', '人', 30, 12],
    ],
  },
];

const forms: Holdout2Workbook = {
  name: 'h200-o-jimu-jigyo-sheets',
  layout: 'outside: one 事務事業評価シート per sheet, label/value cells above, 活動指標 and 成果指標 rows with 目標値/実績値/達成率',
  build(wb: Workbook) {
    for (const f of FORMS) {
      const ws = wb.addWorksheet(f.sheet);
      widths(ws, [14, 40, 8, 12, 12, 12]);
      merge(ws, 1, 1, 1, 6, '令和５年度　事務事業評価シート');
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 6, f.project);
      put(ws, 4, 1, ['担当課']);
      merge(ws, 4, 2, 4, 6, f.section);
      put(ws, 5, 1, ['評価対象年度']);
      merge(ws, 5, 2, 5, 6, '令和5年度（2023年度）');
      put(ws, 6, 1, ['事業の目的・内容']);
      merge(ws, 6, 2, 6, 6, f.purpose);
      ws.getRow(6).height = 36;
      box(ws, 3, 1, 6, 6);
      put(ws, 8, 1, ['区分', '指標名', '単位', '目標値', '実績値', '達成率']);
      f.rows.forEach(([kind, name, unit, target, actual], i) =>
        put(ws, 9 + i, 1, [kind, name, unit, target, actual, `${((100 * actual) / target).toFixed(1)}%`]),
      );
      box(ws, 8, 1, 8 + f.rows.length, 6);
      put(ws, 12, 1, ['今後の方向性']);
      merge(ws, 12, 2, 12, 6, '継続');
      put(ws, 13, 1, ['課題・改善策']);
      merge(ws, 13, 2, 13, 6, '関係機関への周知を強化し、支援が必要な女性を早期に把握する。');
      box(ws, 12, 1, 13, 6);
      wrap(ws, 8, 1, 10, 6);
    }
  },
  expected: {
    file: 'h200-o-jimu-jigyo-sheets.xlsx',
    fiscalYear: 2023,
    indicators: FORMS.flatMap((f) => f.rows.map(([, name, unit, target, actual]) => ind(f.sheet, name, unit, target, actual))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 進捗管理表 with ◎○△× under a legend naming each mark's band

const P_SHEET = '進捗管理表';

const progress: Holdout2Workbook = {
  name: 'h200-o-shinchoku-kanri',
  layout: 'outside: 進捗管理表 by 基本目標 (merged down), 基準値（R3）, R6目標, R6実績, 評価 as ◎○△× with a legend of bands',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(P_SHEET);
    widths(ws, [16, 30, 38, 8, 12, 12, 12, 8, 26]);
    merge(ws, 1, 1, 1, 9, '第3次DV防止基本計画　進捗管理表（令和6年度実績）');
    put(ws, 2, 1, ['【評価】◎＝目標達成（100％以上）　○＝概ね達成（80％以上100％未満）　△＝やや遅れ（60％以上80％未満）　×＝遅れ（60％未満）']);
    put(ws, 3, 1, ['基本目標', '主な取組', '指標', '単位', '基準値\n（R3）', 'R6目標', 'R6実績', '評価', '備考']);
    const rows: (string | number)[][] = [
      ['1 暴力を許さない意識づくり', '市民向け啓発講座の開催', 'DV防止啓発講座の参加者数', '人', 286, 400, 452, '◎', ''],
      ['', '若年層への予防教育', 'デートDV予防教育の実施校数', '校', 9, 20, 17, '○', '市立中学校・県立高校'],
      ['2 相談体制の充実', '相談員の専門性向上', '相談員の専門研修受講率', '％', 62.5, 100, 75.0, '△', '8人中6人受講'],
      ['', '相談窓口の周知', '相談窓口案内カードの設置箇所数', 'か所', 84, 150, 162, '◎', '女性用トイレ・医療機関等'],
      ['3 被害者の保護と自立支援', '自立に向けた継続支援', '自立支援計画に基づく支援終結件数', '件', 11, 30, 16, '×', ''],
      ['', '住まいの確保', '被害者の住宅確保支援件数', '件', 8, 15, 13, '◎', '民間賃貸住宅の確保を含む'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    merge(ws, 4, 1, 5, 1);
    merge(ws, 6, 1, 7, 1);
    merge(ws, 8, 1, 9, 1);
    wrap(ws, 3, 1, 9, 9);
    box(ws, 3, 1, 9, 9);
    put(ws, 11, 1, ['※評価は担当課の自己評価による。']);
  },
  expected: {
    file: 'h200-o-shinchoku-kanri.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(P_SHEET, 'DV防止啓発講座の参加者数', '人', 400, 452, { existing: '◎' }),
      ind(P_SHEET, 'デートDV予防教育の実施校数', '校', 20, 17, { existing: '○' }),
      ind(P_SHEET, '相談員の専門研修受講率', '％', 100, 75.0, { existing: '△' }),
      ind(P_SHEET, '相談窓口案内カードの設置箇所数', 'か所', 150, 162, { existing: '◎' }),
      ind(P_SHEET, '自立支援計画に基づく支援終結件数', '件', 30, 16, { existing: '×' }),
      ind(P_SHEET, '被害者の住宅確保支援件数', '件', 15, 13, { existing: '◎' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = lettersForLegendMarks([monthly, yearsAsRows, forms, progress], new Set(['h200-o-shinchoku-kanri']));
