/**
 * Hold-out 149, shapes outside the four families that offices of 感染症対策・予防接種・健康危機管理 use: a 定期予防接種実施状況
 * (one row per vaccine: 対象者数, 接種者数, 接種率, 目標接種率), a 年度別推移 with years as rows and a 目標値 row under them, a
 * 事務事業評価シート one 事業 per sheet (活動指標／成果指標, R4実績, R5目標, R5実績, 達成率, R6目標), and a 進捗管理表 with
 * 目標／実績 pairs under each 年度 and ↑↓ directions.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------
// 定期予防接種実施状況, 令和５年度 (2023): one row per vaccine.

const V_SHEET = '実施状況';

const vaccineTable: Holdout2Workbook = {
  name: 'r5-teiki-yobosesshu-jisshi-jokyo',
  layout: 'outside: 定期予防接種実施状況, one row per vaccine with 対象者数・接種者数・接種率（％）・目標接種率（％）, a 「－」 target',
  build(wb) {
    const ws = wb.addWorksheet(V_SHEET);
    widths(ws, [26, 12, 12, 12, 14, 34]);
    merge(ws, 1, 1, 1, 6, '令和５年度　定期予防接種実施状況');
    put(ws, 2, 5, ['（令和6年3月31日現在）']);
    put(ws, 3, 1, ['予防接種の種類', '対象者数（人）', '接種者数（人）', '接種率（％）', '目標接種率（％）', '備考']);
    const rows: (string | number)[][] = [
      ['ＢＣＧ', 612, 598, 97.7, 95],
      ['四種混合（第１期初回）', 640, 598, 93.4, 95],
      ['麻しん風しん混合（第１期）', 655, 629, 96.0, 95],
      ['麻しん風しん混合（第２期）', 702, 623, 88.7, 95, '年長児へ個別に再勧奨（2月）'],
      ['日本脳炎（第１期初回）', 680, 486, 71.5, 90],
      ['子宮頸がん予防（ＨＰＶ）', 1820, 448, 24.6, '－', '積極的勧奨再開（R4）につき目標未設定'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    for (let r = 4; r <= 9; r++) ws.getCell(r, 4).numFmt = '0.0';
    box(ws, 3, 1, 9, 6);
    wrap(ws, 3, 1, 3, 6);
    put(ws, 10, 1, ['※接種率＝接種者数÷対象者数×100']);
  },
  expected: {
    file: 'r5-teiki-yobosesshu-jisshi-jokyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(V_SHEET, 'ＢＣＧ', '％', 95, 97.7),
      ind(V_SHEET, '四種混合（第１期初回）', '％', 95, 93.4),
      ind(V_SHEET, '麻しん風しん混合（第１期）', '％', 95, 96.0),
      ind(V_SHEET, '麻しん風しん混合（第２期）', '％', 95, 88.7),
      ind(V_SHEET, '日本脳炎（第１期初回）', '％', 90, 71.5),
      ind(V_SHEET, '子宮頸がん予防（ＨＰＶ）', '％', null, 24.6),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 健康危機管理指標の推移, years as rows, 評価対象年度：令和４年度 (2022), a 目標値 row and a 目指す方向 row below.

const Y_SHEET = '推移';

const yearsAsRows: Holdout2Workbook = {
  name: 'r4-kenkokiki-shihyo-suii',
  layout:
    'outside: years as rows 平成30年度…令和4年度, units in the headings, a 目標値（令和４年度） row and a 目指す方向 row (減少／増加), a 0 actual under 減少',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [22, 20, 18, 22]);
    merge(ws, 1, 1, 1, 4, '健康危機管理指標の推移');
    put(ws, 2, 1, ['評価対象年度：令和４年度']);
    put(ws, 4, 1, ['年度', '結核新規登録患者数（人）', '食中毒発生件数（件）', '健康危機管理研修参加者数（人）']);
    const rows: (string | number)[][] = [
      ['平成30年度', 15, 4, 96],
      ['令和元年度', 13, 2, 110],
      ['令和2年度', 12, 1, 45],
      ['令和3年度', 16, 2, 88],
      ['令和4年度', 14, 0, 128],
      ['目標値（令和４年度）', 12, 3, 150],
      ['目指す方向', '減少', '減少', '増加'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    wrap(ws, 4, 1, 4, 4);
    box(ws, 4, 1, 11, 4);
    put(ws, 12, 1, ['※結核新規登録患者数は暦年、その他は年度の数値']);
  },
  expected: {
    file: 'r4-kenkokiki-shihyo-suii.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(Y_SHEET, '結核新規登録患者数', '人', 12, 14, { direction: 'down' }),
      ind(Y_SHEET, '食中毒発生件数', '件', 3, 0, { direction: 'down' }),
      ind(Y_SHEET, '健康危機管理研修参加者数', '人', 150, 128),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 事務事業評価シート, one 事業 per sheet, 令和５年度 (2023).

interface Jigyo {
  sheet: string;
  name: string;
  summary: string;
  rows: [string, string, string, number, number, number, number, number][];
}

const JIGYO: Jigyo[] = [
  {
    sheet: '感染症予防啓発事業',
    name: '感染症予防啓発事業',
    summary: '地区公民館・事業所・学校等で手洗い・咳エチケット・予防接種の出前講座を行う。',
    rows: [
      ['活動指標', '出前講座開催回数', '回', 21, 24, 26, 26 / 24, 24],
      ['成果指標', '講座受講後に「理解できた」と回答した人の割合', '％', 84.0, 90.0, 86.5, 86.5 / 90, 90.0],
    ],
  },
  {
    sheet: '新型インフルエンザ等対策事業',
    name: '新型インフルエンザ等対策事業',
    summary: '行動計画に基づき、関係機関との対処訓練と個人防護具等の計画的な備蓄を行う。',
    rows: [
      ['活動指標', '健康危機対処訓練の実施回数', '回', 1, 3, 3, 1, 3],
      ['成果指標', '個人防護具の備蓄目標達成率', '％', 65.0, 100, 78.0, 0.78, 100],
    ],
  },
];

const perSheet: Holdout2Workbook = {
  name: 'r5-kansen-jimujigyo-hyoka',
  layout: 'outside: 事務事業評価シート one 事業 per sheet, 活動指標／成果指標 rows with R4実績・R5目標・R5実績・達成率（％ format）・R6目標',
  build(wb) {
    for (const j of JIGYO) {
      const ws = wb.addWorksheet(j.sheet);
      widths(ws, [12, 40, 7, 10, 10, 10, 10, 10]);
      merge(ws, 1, 1, 1, 8, '令和５年度　事務事業評価シート');
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 8, j.name);
      put(ws, 4, 1, ['担当課']);
      merge(ws, 4, 2, 4, 8, '健康づくり課　感染症対策係');
      put(ws, 5, 1, ['事業期間']);
      merge(ws, 5, 2, 5, 8, '令和3年度～令和7年度');
      put(ws, 6, 1, ['事業概要']);
      merge(ws, 6, 2, 6, 8, j.summary);
      box(ws, 3, 1, 6, 8);
      put(ws, 8, 1, ['区分', '指標名', '単位', 'R4実績', 'R5目標', 'R5実績', '達成率', 'R6目標']);
      j.rows.forEach((r, i) => {
        put(ws, 9 + i, 1, r);
        ws.getCell(9 + i, 7).numFmt = '0.0%';
      });
      box(ws, 8, 1, 10, 8);
      put(ws, 12, 1, ['今後の方向性']);
      merge(ws, 12, 2, 12, 8, '継続');
      put(ws, 13, 1, ['課題']);
      merge(ws, 13, 2, 13, 8, '参加者・関係機関の固定化が見られるため、対象の拡大を検討する。');
      wrap(ws, 6, 2, 13, 8);
    }
  },
  expected: {
    file: 'r5-kansen-jimujigyo-hyoka.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('感染症予防啓発事業', '出前講座開催回数', '回', 24, 26),
      ind('感染症予防啓発事業', '講座受講後に「理解できた」と回答した人の割合', '％', 90, 86.5),
      ind('新型インフルエンザ等対策事業', '健康危機対処訓練の実施回数', '回', 3, 3),
      ind('新型インフルエンザ等対策事業', '個人防護具の備蓄目標達成率', '％', 100, 78),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 数値目標進捗管理表: 目標／実績 pairs under each 年度 (two heading rows), ↑↓ directions, 評価対象：令和３年度 (2021).

const P_SHEET = '進捗管理表';

const pairs: Holdout2Workbook = {
  name: 'r3-yobosesshu-shinchoku-kanri',
  layout: 'outside: 進捗管理表 with 目標／実績 pairs under 令和2年度・令和3年度・令和4年度 (two heading rows), 方向 ↑／↓, a 目標 0 under ↓',
  build(wb) {
    const ws = wb.addWorksheet(P_SHEET);
    widths(ws, [5, 34, 7, 6, 10, 10, 10, 10, 10, 10]);
    merge(ws, 1, 1, 1, 10, '感染症対策・予防接種　数値目標進捗管理表（評価対象：令和３年度）');
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '指標名');
    merge(ws, 3, 3, 4, 3, '単位');
    merge(ws, 3, 4, 4, 4, '方向');
    merge(ws, 3, 5, 3, 6, '令和2年度');
    merge(ws, 3, 7, 3, 8, '令和3年度');
    merge(ws, 3, 9, 3, 10, '令和4年度');
    put(ws, 4, 5, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number | undefined)[][] = [
      [1, '高齢者肺炎球菌ワクチン接種者数', '人', '↑', 1100, 938, 1200, 1046, 1300, undefined],
      [2, '風しん抗体検査受検者数', '人', '↑', 400, 315, 400, 452, 400, undefined],
      [3, '予防接種間違い件数', '件', '↓', 0, 1, 0, 2, 0, undefined],
      [4, '感染症予防に関する広報・啓発回数', '回', '↑', 12, 14, 12, 12, 12, undefined],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    wrap(ws, 3, 1, 4, 10);
    box(ws, 3, 1, 8, 10);
    put(ws, 9, 1, ['※方向　↑：増加を目指す指標　↓：減少を目指す指標']);
  },
  expected: {
    file: 'r3-yobosesshu-shinchoku-kanri.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(P_SHEET, '高齢者肺炎球菌ワクチン接種者数', '人', 1200, 1046),
      ind(P_SHEET, '風しん抗体検査受検者数', '人', 400, 452),
      ind(P_SHEET, '予防接種間違い件数', '件', 0, 2, { direction: 'down' }),
      ind(P_SHEET, '感染症予防に関する広報・啓発回数', '回', 12, 12),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [vaccineTable, yearsAsRows, perSheet, pairs];
