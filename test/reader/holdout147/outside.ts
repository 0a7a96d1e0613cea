/**
 * Hold-out 147, shapes outside the four families that 情報公開・個人情報保護・公文書管理 offices use: an 運用状況 table with
 * years as rows and one 目標値 row, 事務事業評価シート one 事業 per sheet, a 審議会 report with 【情報公開】 and 【個人情報保護】
 * tables side by side graded ◎○△× by a band legend, and a 公文書館 table with 目標／実績 pairs under each year.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------
// Years as rows: 情報公開制度の運用状況 令和２年度…令和６年度, one 目標値（令和６年度） row, units in the headings, 目指す方向 row.

const O1_SHEET = '運用状況';

const nenbetsu: Holdout2Workbook = {
  name: 'h147-kaiji-unyo-nenbetsu',
  layout:
    'outside: years as rows (令和２年度…令和６年度), indicators as columns with the unit in the heading, a 目指す方向 row and one 目標値（令和６年度） row',
  build(wb) {
    const ws = wb.addWorksheet(O1_SHEET);
    widths(ws, [2, 22, 20, 24, 26]);
    merge(ws, 1, 2, 1, 5, '情報公開制度の運用状況と成果指標');
    put(ws, 2, 2, ['評価対象年度：令和６年度']);
    put(ws, 4, 2, ['年度', '期限内決定率（％）', 'オンライン開示請求件数（件）', '開示決定までの平均日数（日）']);
    put(ws, 5, 2, ['目指す方向', '↑ 増加', '↑ 増加', '↓ 減少']);
    const years: (string | number)[][] = [
      ['令和２年度', 95.1, 88, 14.2],
      ['令和３年度', 96.3, 132, 13.5],
      ['令和４年度', 96.0, 175, 13.1],
      ['令和５年度', 97.5, 221, 12.9],
      ['令和６年度', 97.2, 268, 12.4],
    ];
    years.forEach((y, i) => put(ws, 6 + i, 2, y));
    put(ws, 11, 2, ['目標値（令和６年度）', 100, 250, 10]);
    box(ws, 4, 2, 11, 5);
    put(ws, 13, 2, ['※各年度４月１日から翌年３月31日までに受け付けた公開請求について集計。']);
    put(ws, 14, 2, ['※オンライン開示請求は電子申請システム（令和２年10月開始）による請求。']);
  },
  expected: {
    file: 'h147-kaiji-unyo-nenbetsu.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(O1_SHEET, '期限内決定率', '％', 100, 97.2),
      ind(O1_SHEET, 'オンライン開示請求件数', '件', 250, 268),
      ind(O1_SHEET, '開示決定までの平均日数', '日', 10, 12.4, { direction: 'down' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// One 事業 per sheet: 令和６年度 事務事業評価シート（令和５年度実施分）, 活動指標／成果指標 rows, 達成率 written, 未実施.

interface Jigyo {
  sheet: string;
  title: string;
  purpose: string;
  rows: (string | number)[][];
  note: string;
}

const JIGYO: Jigyo[] = [
  {
    sheet: '文書管理システム運用',
    title: '文書管理システム運用事業',
    purpose: '文書の作成から保存・廃棄までを電子的に管理し、事務の効率化と適正な文書管理を図る。',
    rows: [
      ['活動指標', 'システム操作研修の開催回数', '回', '増加', 4, 6, 6, '100.0％'],
      ['成果指標', '電子決裁率', '％', '増加', 58.3, 75, 68.2, '90.9％'],
    ],
    note: '紙決裁が残る契約関係文書の電子化が課題。',
  },
  {
    sheet: '情報公開推進',
    title: '情報公開推進事業',
    purpose: '行政資料の提供と会議の公開を進め、市政の透明性を高める。',
    rows: [
      ['活動指標', '情報公開コーナーへの行政資料配架件数', '件', '増加', 265, 300, 241, '80.3％'],
      ['成果指標', '審議会等会議録のホームページ公開率', '％', '増加', 88.0, 90, 92.5, '102.8％'],
    ],
    note: '',
  },
  {
    sheet: '個人情報保護制度運営',
    title: '個人情報保護制度運営事業',
    purpose: '改正個人情報保護法に基づき、個人情報の適正な取扱いを確保する。',
    rows: [
      ['活動指標', '個人情報保護研修の受講者数', '人', '増加', 312, 350, '未実施', '－'],
      ['成果指標', '個人情報漏えい等事案の件数', '件', '減少', 1, 0, 0, '－'],
    ],
    note: '講師の都合により研修を令和６年度に延期した。',
  },
];

const jimujigyo: Holdout2Workbook = {
  name: 'h147-jimujigyo-sheets',
  layout:
    'outside: 事務事業評価シート one 事業 per sheet (令和５年度実施分), 活動指標／成果指標 rows with 目指す方向, 令和４年度実績, 目標, 実績 and 達成率, 未実施',
  build(wb) {
    for (const j of JIGYO) {
      const ws = wb.addWorksheet(j.sheet);
      widths(ws, [12, 34, 7, 10, 14, 14, 14, 10]);
      merge(ws, 1, 1, 1, 8, '令和６年度　事務事業評価シート（令和５年度実施分）');
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 8, j.title);
      put(ws, 4, 1, ['担当課']);
      merge(ws, 4, 2, 4, 8, '総務部総務課');
      put(ws, 5, 1, ['事業の目的']);
      merge(ws, 5, 2, 5, 8, j.purpose);
      put(ws, 7, 1, ['指標区分', '指標名', '単位', '目指す方向', '令和４年度実績', '令和５年度目標', '令和５年度実績', '達成率']);
      j.rows.forEach((row, i) => put(ws, 8 + i, 1, row));
      put(ws, 11, 1, ['特記事項']);
      merge(ws, 11, 2, 11, 8, j.note || undefined);
      box(ws, 3, 1, 11, 8);
      wrap(ws, 3, 1, 11, 8);
    }
  },
  expected: {
    file: 'h147-jimujigyo-sheets.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('文書管理システム運用', 'システム操作研修の開催回数', '回', 6, 6),
      ind('文書管理システム運用', '電子決裁率', '％', 75, 68.2),
      ind('情報公開推進', '情報公開コーナーへの行政資料配架件数', '件', 300, 241),
      ind('情報公開推進', '審議会等会議録のホームページ公開率', '％', 90, 92.5),
      ind('個人情報保護制度運営', '個人情報保護研修の受講者数', '人', 350, null, { actualStatus: 'not-implemented' }),
      ind('個人情報保護制度運営', '個人情報漏えい等事案の件数', '件', 0, 0, { direction: 'down' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// Side by side: 令和２年度 運営状況評価, 【情報公開】 and 【個人情報保護】 tables, 評価 ◎○△× with a band legend (no letters).

const O3_SHEET = '令和２年度評価';

const LEFT: [string, string, number, number, string][] = [
  ['開示請求に対する公開率', '％', 95, 96.8, '◎'],
  ['会議公開の実施率', '％', 100, 88.0, '○'],
  ['附属機関会議録のホームページ掲載件数', '件', 150, 98, '△'],
];
const RIGHT: [string, string, number, number, string][] = [
  ['個人情報取扱事務登録簿の更新率', '％', 100, 100, '◎'],
  ['個人情報保護研修の受講者数', '人', 350, 190, '×'],
  ['委託先への実地調査件数', '件', 12, 10, '○'],
];

const narabi: Holdout2Workbook = {
  name: 'h147-shingikai-narabi',
  layout: 'outside: 審議会報告 (令和２年度), 【情報公開】 and 【個人情報保護】 tables side by side, 評価 ◎○△× by a legend of bands alone',
  build(wb) {
    const ws = wb.addWorksheet(O3_SHEET);
    widths(ws, [2, 5, 30, 6, 9, 9, 6, 3, 5, 30, 6, 9, 9, 6]);
    merge(ws, 1, 2, 1, 14, '情報公開・個人情報保護制度　運営状況評価（令和２年度）');
    merge(ws, 2, 2, 2, 14, '評価：◎ 達成率100％以上　○ 80％以上100％未満　△ 60％以上80％未満　× 60％未満');
    const table = (col: number, caption: string, rows: [string, string, number, number, string][]) => {
      merge(ws, 4, col, 4, col + 5, caption);
      put(ws, 5, col, ['No.', '指標', '単位', '目標値', '実績値', '評価']);
      rows.forEach(([name, unit, t, a, mark], i) => put(ws, 6 + i, col, [i + 1, name, unit, t, a, mark]));
      box(ws, 5, col, 5 + rows.length, col + 5);
    };
    table(2, '【情報公開】', LEFT);
    table(9, '【個人情報保護】', RIGHT);
    merge(ws, 10, 2, 10, 14, '※個人情報保護研修は新型コロナウイルス感染症の影響により集合研修を２回中止した。');
  },
  expected: {
    file: 'h147-shingikai-narabi.xlsx',
    fiscalYear: 2020,
    indicators: [...LEFT, ...RIGHT].map(([name, unit, t, a, mark]) => ind(O3_SHEET, name, unit, t, a, { existing: mark })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 目標／実績 pairs under each year: 公文書館 運営指標 (評価対象年度：令和４年度), two heading rows, later actuals blank.

const O4_SHEET = '運営指標';

const MONJOKAN: [string, string, (number | string)[]][] = [
  ['公文書館利用者数', '人', [1500, 812, 1650, 1204, 1800, 1532, 1900, '', 2000, '']],
  ['特定歴史公文書等の利用請求件数', '件', [100, 86, 110, 118, 120, 131, 130, '', 140, '']],
  ['デジタルアーカイブ新規公開点数', '点', [800, 910, 900, 720, '1,000', 580, '1,000', '', '1,000', '']],
  ['展示・講座の開催回数', '回', [6, 2, 8, 7, 8, 8, 8, '', 10, '']],
];

const monjokan: Holdout2Workbook = {
  name: 'h147-monjokan-mokuhyo-jisseki',
  layout: 'outside: 公文書館 運営指標, 目標／実績 sub-columns under 令和２年度…令和６年度 (two heading rows), 評価対象年度：令和４年度, later actuals blank',
  build(wb) {
    const ws = wb.addWorksheet(O4_SHEET);
    widths(ws, [2, 32, 6, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9]);
    merge(ws, 1, 2, 1, 13, '〇〇市公文書館　運営指標の目標と実績');
    put(ws, 2, 2, ['評価対象年度：令和４年度']);
    merge(ws, 4, 2, 5, 2, '指標');
    merge(ws, 4, 3, 5, 3, '単位');
    ['令和２年度', '令和３年度', '令和４年度', '令和５年度', '令和６年度'].forEach((y, i) => {
      merge(ws, 4, 4 + i * 2, 4, 5 + i * 2, y);
      put(ws, 5, 4 + i * 2, ['目標', '実績']);
    });
    MONJOKAN.forEach(([name, unit, v], i) => put(ws, 6 + i, 2, [name, unit, ...v]));
    box(ws, 4, 2, 5 + MONJOKAN.length, 13);
    put(ws, 11, 2, ['※令和２年度は新型コロナウイルス感染症対策のため４月～６月休館。']);
  },
  expected: {
    file: 'h147-monjokan-mokuhyo-jisseki.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(O4_SHEET, '公文書館利用者数', '人', 1800, 1532),
      ind(O4_SHEET, '特定歴史公文書等の利用請求件数', '件', 120, 131),
      ind(O4_SHEET, 'デジタルアーカイブ新規公開点数', '点', 1000, 580),
      ind(O4_SHEET, '展示・講座の開催回数', '回', 8, 8),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [nenbetsu, jimujigyo, narabi, monjokan];
