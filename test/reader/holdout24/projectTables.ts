/**
 * Family B of the twenty-fourth hold-out set: 事業実績 tables whose targets and actuals are written as text, as three more
 * offices lay them out (a two-row heading with last year's actual before the year's pair, an 活動指標 column with its own
 * 単位 and a 達成度 column beside the figures, and two sheets of projects under 施策 merged down the rows).
 */
import type { Worksheet } from 'exceljs';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, measuresInd, merged, put } from './kit24';

const TOURISM = 'R5事業実績';
type Row = (string | number | undefined)[];

const TOURISM_ROWS: Row[] = [
  [
    1,
    '観光パンフレット作成事業',
    '市の観光パンフレットを作成し、首都圏の案内所等で配布する',
    '配布部数 28,000部',
    '配布部数 30,000部',
    '配布部数 32,500部',
    'A',
    '継続',
  ],
  [2, '観光ガイド育成事業', '観光ボランティアガイドの養成講座を開催する', '養成講座修了者数 18人', '養成講座修了者数 20人', '修了者数 14人', 'B', '見直し'],
  [
    3,
    'インバウンド誘客推進事業',
    '海外旅行博への出展と多言語の情報発信',
    '外国人宿泊者数 2,870人泊',
    '外国人宿泊者数 4,000人泊',
    '外国人宿泊者数 3,412人泊',
    'B',
    '拡充',
  ],
  [4, '観光物産展出展事業', '首都圏・仙台圏の物産展に出展する', '出展回数 ５回', '出展回数 ６回', '出展回数 ６回', 'A', '継続'],
  [
    5,
    'サイクルツーリズム推進事業',
    'サイクリングモデルコースのモニターツアー',
    '－',
    'モニターツアー開催 2回',
    '未実施',
    'D',
    '見直し',
    '受託事業者の選定が遅れたため未実施',
  ],
  [6, '観光案内所運営事業', '駅前観光案内所の運営委託', '案内件数 11,480件', '案内件数 12,000件', '案内件数 13,105件（速報値）', 'A', '継続'],
  [7, 'フィルムコミッション推進事業', '映画・ドラマ等のロケ誘致と撮影支援', 'ロケ支援件数 4件', 'ロケ誘致件数 5件', 'ロケ支援件数 5件', 'A', '継続'],
];

const tourism: Holdout2Workbook = {
  name: 'h24-projects-two-row-heading',
  layout:
    '事業実績: two-row merged heading (R4実績, then 令和５年度 over 数値目標 / 実績), figures as text with the measure and unit (部, 人泊, full-width 回), 未実施, 速報値, 担当課評価 and 今後の方向性',
  build(wb) {
    const ws = wb.addWorksheet(TOURISM);
    merged(ws, 1, 1, '令和５年度　観光振興計画　推進事業実績報告書', 1, 9);
    merged(ws, 2, 1, '基本施策２　観光客の誘致促進', 1, 9);
    ['No.', '事業名', '事業の概要', 'R4実績'].forEach((h, i) => merged(ws, 4, 1 + i, h, 2, 1));
    merged(ws, 4, 5, '令和５年度', 1, 2);
    put(ws, 5, 5, ['数値目標', '実績']);
    ['担当課評価', '今後の方向性', '備考'].forEach((h, i) => merged(ws, 4, 7 + i, h, 2, 1));
    TOURISM_ROWS.forEach((r, i) => put(ws, 6 + i, 1, r));
    merged(ws, 14, 1, '※実績は令和６年３月31日現在の数値', 1, 9);
  },
  expected: {
    file: 'h24-projects-two-row-heading.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(TOURISM, '観光パンフレット作成事業', '部', 30000, 32500, { existing: 'A' }),
      ind(TOURISM, '観光ガイド育成事業', '人', 20, 14, { existing: 'B' }),
      ind(TOURISM, 'インバウンド誘客推進事業', '人泊', 4000, 3412, { existing: 'B' }),
      ind(TOURISM, '観光物産展出展事業', '回', 6, 6, { existing: 'A' }),
      ind(TOURISM, 'サイクルツーリズム推進事業', '回', 2, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(TOURISM, '観光案内所運営事業', '件', 12000, 13105, { existing: 'A', actualStatus: 'provisional' }),
      ind(TOURISM, 'フィルムコミッション推進事業', '件', 5, 5, { existing: 'A' }),
    ],
    groups: [],
  },
};

const EDUCATION = '事務事業評価';

const EDUCATION_ROWS: Row[] = [
  ['01-03-01', '地域公民館活動支援事業', '講座開催回数', '回', '48', '52', '108%', 'A', '継続'],
  ['01-03-02', '生涯学習推進事業', '生涯学習講座受講者数', '人', '1,800', '1,512', '84%', 'B', '継続'],
  ['01-03-03', '図書館運営事業', '図書館来館者数', '人', '120,000', '98,450', '82%', 'A', '継続'],
  ['01-03-04', '文化財保護事業', '文化財説明板の更新数', '基', '5', '3', '60%', 'C', '継続'],
  ['01-03-05', '市民文化祭開催事業', '参加団体数', '団体', '展示部門:45団体 舞台部門:30団体', '展示部門:41団体 舞台部門:33団体', '91%', 'B', '継続'],
  ['01-03-06', 'スポーツ教室開催事業', '教室参加者数', '人', '900', '集計中', '－', undefined, '継続'],
  ['01-03-07', '体育施設管理事業', '体育施設利用者数', '千人', '250', '263.4', '105%', 'A', '改善'],
];

const education: Holdout2Workbook = {
  name: 'h24-projects-activity-column',
  layout:
    '事務事業評価調書: one-row heading 事業コード | 事務事業名 | 活動指標 | 単位 | 目標値（R5） | 実績値（R5） | 達成度 (text %) | 所管課評価, figures as text with commas, two measures in one cell, 集計中, a 60 % boundary',
  build(wb) {
    const ws = wb.addWorksheet(EDUCATION);
    merged(ws, 1, 1, '令和５年度　事務事業評価調書（教育委員会所管分）', 1, 9);
    put(ws, 2, 7, ['作成：教育総務課']);
    put(ws, 4, 1, ['事業コード', '事務事業名', '活動指標', '単位', '目標値（R5）', '実績値（R5）', '達成度', '所管課評価', '改善の方向性']);
    EDUCATION_ROWS.forEach((r, i) => put(ws, 5 + i, 1, r));
    merged(ws, 13, 1, '※達成度＝実績値÷目標値。所管課評価はＡ～Ｄの４段階で所管課が記入。', 1, 9);
  },
  expected: {
    file: 'h24-projects-activity-column.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(EDUCATION, '講座開催回数', '回', 48, 52, { existing: 'A' }),
      ind(EDUCATION, '生涯学習講座受講者数', '人', 1800, 1512, { existing: 'B' }),
      ind(EDUCATION, '図書館来館者数', '人', 120000, 98450, { existing: 'A' }),
      ind(EDUCATION, '文化財説明板の更新数', '基', 5, 3, { existing: 'C' }),
      measuresInd(
        EDUCATION,
        '参加団体数',
        '団体',
        [
          { label: '展示部門', target: 45, actual: 41, unit: '団体' },
          { label: '舞台部門', target: 30, actual: 33, unit: '団体' },
        ],
        'B',
      ),
      ind(EDUCATION, '教室参加者数', '人', 900, null, { actualStatus: 'pending' }),
      ind(EDUCATION, '体育施設利用者数', '千人', 250, 263.4, { existing: 'A' }),
    ],
    groups: [],
  },
};

interface FarmSheet {
  sheet: string;
  goal: string;
  sections: [string, Row[]][];
}

function farmSheet(ws: Worksheet, f: FarmSheet): void {
  merged(ws, 1, 1, '令和５年度　農業振興計画　事業の実施状況', 1, 7);
  merged(ws, 2, 1, f.goal, 1, 7);
  put(ws, 4, 1, ['施策', '事業名', '前年度実績（令和４年度）', '数値目標（令和５年度）', '実績（令和５年度）', '自己評価', '成果・課題']);
  let row = 5;
  for (const [policy, rows] of f.sections) {
    merged(ws, row, 1, policy, rows.length, 1);
    rows.forEach((r, i) => put(ws, row + i, 2, r));
    row += rows.length;
  }
}

const FARM1: FarmSheet = {
  sheet: '基本方針1',
  goal: '基本方針１　担い手の確保・育成',
  sections: [
    [
      '(1)新規就農者の確保',
      [
        ['新規就農者支援事業', '新規就農者数 5人', '新規就農者数 8人', '新規就農者数 6人', 'C', '親元就農が伸び悩んだ'],
        ['農業インターンシップ事業', '受入人数 9人', '受入人数 12人', '受入人数 15人', 'A', '首都圏からの参加が増えた'],
      ],
    ],
    [
      '(2)担い手の育成',
      [
        ['認定農業者育成事業', '認定農業者数 305経営体', '認定農業者数 310経営体', '認定農業者数 298経営体', 'B', '高齢による離農が続いている'],
        ['集落営農組織化支援事業', '法人化組織数 1組織', '法人化組織数 3組織', '法人化組織数 1組織', 'C', '合意形成に時間を要している'],
      ],
    ],
  ],
};

const FARM2: FarmSheet = {
  sheet: '基本方針2',
  goal: '基本方針２　農地の保全と活用',
  sections: [
    [
      '(1)農地の保全',
      [
        ['耕作放棄地解消事業', '解消面積 10.2ha', '解消面積 15ha', '解消面積 12.4ha', 'B', '再生作業の担い手が不足'],
        ['鳥獣被害防止対策事業', '被害額 1,150万円', '被害額 800万円以下', '被害額 1,020万円', 'C', '電気柵の設置を拡大した'],
        ['多面的機能支払交付金事業', '活動組織数 41組織', '活動組織数 42組織', '活動組織数 42組織', 'A', '新たに1組織が加わった'],
      ],
    ],
    ['(2)地産地消の推進', [['農産物直売所支援事業', '売上額 24,010万円', '売上額 25,000万円', '売上額 23,180万円', 'A', '冬期の品揃えが課題']]],
  ],
};

const farms: Holdout2Workbook = {
  name: 'h24-projects-two-sheets-merged-policy',
  layout:
    '事業実績 on two sheets: 施策 merged down its projects, 前年度実績（令和４年度） before 数値目標（令和５年度） and 実績（令和５年度）, text figures (経営体, ha, 組織, 万円), a target written 800万円以下 for 被害額, 自己評価',
  build(wb) {
    farmSheet(wb.addWorksheet(FARM1.sheet), FARM1);
    farmSheet(wb.addWorksheet(FARM2.sheet), FARM2);
  },
  expected: {
    file: 'h24-projects-two-sheets-merged-policy.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(FARM1.sheet, '新規就農者支援事業', '人', 8, 6, { existing: 'C' }),
      ind(FARM1.sheet, '農業インターンシップ事業', '人', 12, 15, { existing: 'A' }),
      ind(FARM1.sheet, '認定農業者育成事業', '経営体', 310, 298, { existing: 'B' }),
      ind(FARM1.sheet, '集落営農組織化支援事業', '組織', 3, 1, { existing: 'C' }),
      ind(FARM2.sheet, '耕作放棄地解消事業', 'ha', 15, 12.4, { existing: 'B' }),
      ind(FARM2.sheet, '鳥獣被害防止対策事業', '万円', 800, 1020, { existing: 'C', direction: 'down' }),
      ind(FARM2.sheet, '多面的機能支払交付金事業', '組織', 42, 42, { existing: 'A' }),
      ind(FARM2.sheet, '農産物直売所支援事業', '万円', 25000, 23180, { existing: 'A' }),
    ],
    groups: [],
  },
};

export const PROJECT_WORKBOOKS: Holdout2Workbook[] = [tourism, education, farms];
