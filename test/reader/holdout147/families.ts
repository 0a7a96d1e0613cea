/**
 * Hold-out 147, the four families as 情報公開・個人情報保護・公文書管理 offices write them: a 施策評価シート with stacked
 * indicator blocks, a 事業実績 table with text figures, a KPI table with 目標値／実績値 rows per 3月末, and a 計画 成果指標
 * table with 現況／目標／実績 and years in the cells.
 */
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------
// A: 施策評価シート (令和５年度に令和４年度を評価), five stacked blocks R2（基準値）…R7（目標値）, 期待値／実績値 rows.

const A_SHEET = '施策5-2';

interface Block {
  name: string;
  description: string;
  unit: string;
  way: string;
  expect: (number | string)[];
  actual: (number | string)[];
  note: string;
}

const A_BLOCKS: Block[] = [
  {
    name: '情報公開請求に対する期限内決定率',
    description: '公開請求のうち、条例で定める期限（15日）以内に公開・非公開の決定を行った割合',
    unit: '％',
    way: '↑（増加）',
    expect: ['－', 100, 100, 100, 100, 100],
    actual: [96.4, 97.8, 98.6, '', '', ''],
    note: '延長決定を行った大量請求２件を除くと99.3％',
  },
  {
    name: '附属機関の会議録公開件数',
    description: '附属機関等の会議録を市ホームページで公開した件数',
    unit: '件',
    way: '↑（増加）',
    expect: ['－', 110, 120, 130, 140, 150],
    actual: [102, 116, 135, '', '', ''],
    note: 'R4は臨時会議の会議録を含む',
  },
  {
    name: '個人情報保護研修の受講職員数',
    description: '個人情報保護に関する職員研修（集合・eラーニング）の受講者数',
    unit: '人',
    way: '↑（増加）',
    expect: ['－', 380, 400, 420, 450, 480],
    actual: [352, 371, '集計中', '', '', ''],
    note: 'eラーニング受講記録を集計中（６月末確定予定）',
  },
  {
    name: '電子決裁率',
    description: '起案文書のうち文書管理システムで電子決裁を行った割合',
    unit: '％',
    way: '↑（増加）',
    expect: ['－', 45, 60, 70, 80, 90],
    actual: [18.5, 33.0, 42.3, '', '', ''],
    note: '',
  },
  {
    name: '審査請求の答申までの平均処理日数',
    description: '審査請求の受付から情報公開・個人情報保護審査会の答申までに要した日数の平均',
    unit: '日',
    way: '↓（減少）',
    expect: ['－', '１００', '９０', '８０', '７０', '６０'],
    actual: ['１１８', '１０９', '１０４', '', '', ''],
    note: '',
  },
];

const A_EXPECTED: ExpectedIndicator[] = [
  ind(A_SHEET, '情報公開請求に対する期限内決定率', '％', 100, 98.6),
  ind(A_SHEET, '附属機関の会議録公開件数', '件', 120, 135),
  ind(A_SHEET, '個人情報保護研修の受講職員数', '人', 400, null, { actualStatus: 'pending' }),
  ind(A_SHEET, '電子決裁率', '％', 60, 42.3),
  ind(A_SHEET, '審査請求の答申までの平均処理日数', '日', 90, 104, { direction: 'down' }),
];

const shisaku: Holdout2Workbook = {
  name: 'h147-shisaku-kokai',
  layout:
    'A: 施策評価シート (令和４年度評価), stacked blocks R2（基準値）…R7（目標値）, 期待値／実績値, 集計中, ↓（減少）, full-width digits, empty 達成状況 beside 「（B）」',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [2, 14, 12, 11, 11, 11, 11, 13, 4]);
    merge(ws, 1, 2, 1, 8, '令和５年度　施策評価シート　（評価対象期間：令和４年度）');
    put(ws, 3, 2, ['基本目標']);
    merge(ws, 3, 3, 3, 8, '５　市民とともに歩む信頼される市政');
    put(ws, 4, 2, ['施策']);
    merge(ws, 4, 3, 4, 8, '５－２　開かれた市政と適正な情報管理の推進');
    put(ws, 5, 2, ['担当部等']);
    merge(ws, 5, 3, 5, 8, '総務部（総務課・情報政策課）');
    put(ws, 6, 2, ['施策の達成状況']);
    merge(ws, 6, 3, 6, 4);
    put(ws, 6, 5, ['（B）']);
    merge(ws, 6, 6, 6, 8, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている　※（　）は前年度評価');
    box(ws, 3, 2, 6, 8);
    let r = 8;
    A_BLOCKS.forEach((b, i) => {
      put(ws, r, 2, [`成果指標${'①②③④⑤'[i]}`]);
      merge(ws, r, 3, r, 8, b.name);
      put(ws, r + 1, 2, ['指標の説明']);
      merge(ws, r + 1, 3, r + 1, 8, b.description);
      put(ws, r + 2, 2, ['単位', b.unit, '目指す方向', b.way]);
      put(ws, r + 3, 2, ['年度', 'R2（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7（目標値）']);
      put(ws, r + 4, 2, ['期待値', ...b.expect]);
      put(ws, r + 5, 2, ['実績値', ...b.actual]);
      put(ws, r + 6, 2, ['備考']);
      merge(ws, r + 6, 3, r + 6, 8, b.note || undefined);
      box(ws, r, 2, r + 6, 8);
      r += 8;
    });
    put(ws, r, 2, ['総合評価']);
    merge(ws, r, 3, r + 1, 8, '電子決裁の定着に遅れがあるものの、情報公開請求への対応は概ね期限内に行われている。');
    put(ws, r + 2, 2, ['今後の方向性']);
    merge(ws, r + 2, 3, r + 2, 8, '文書管理システムの操作研修を拡充し、電子決裁率の向上を図る。');
    wrap(ws, r, 2, r + 2, 8);
  },
  expected: {
    file: 'h147-shisaku-kokai.xlsx',
    fiscalYear: 2022,
    indicators: A_EXPECTED,
    groups: [{ sheet: A_SHEET, cell: 'C6', grade: rollUp(A_EXPECTED.map((x) => x.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// B: 令和３年度 事業実績 (情報公開・個人情報保護), text figures, two measures in one cell, 未実施, full-width digits.

const B_SHEET = '事業実績';

const jisseki: Holdout2Workbook = {
  name: 'h147-jigyo-jisseki-kojinjoho',
  layout:
    'B: 令和３年度 事業実績, 推進事業 name and 概要 in one cell, 数値目標／実績値 as text with labels, two measures in one cell, 未実施, full-width digits',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [6, 36, 20, 8, 22, 24, 30, 10]);
    merge(ws, 1, 1, 1, 8, '令和３年度　情報公開・個人情報保護関連事業　実績報告（総務部総務課）');
    put(ws, 3, 1, ['No.', '推進事業', '令和２年度実績値', '自己評価', '令和３年度数値目標', '令和３年度実績値', '成果・課題', '今後の方向性']);
    const rows: (string | number)[][] = [
      [
        '1-1',
        '情報公開コーナー運営事業\n市政情報コーナーで行政資料・刊行物を閲覧に供し、写しの交付を行う。',
        '閲覧・交付 987件',
        'B',
        '閲覧・交付 1,200件',
        '閲覧・交付 1,056件',
        '来庁者は回復傾向にあるが目標に届かなかった。',
        '継続',
      ],
      [
        '1-2',
        '個人情報保護制度研修事業\n全職員を対象に個人情報の適正な取扱いに関する研修を行う。',
        '研修：3回　受講者：245人',
        'A',
        '研修：4回　受講者：300人',
        '研修：4回　受講者：271人',
        '会計年度任用職員の受講が少なかった。',
        '拡充',
      ],
      [
        '1-3',
        '歴史的公文書デジタル化事業\n保存期間が満了した歴史的公文書を撮影・デジタル化し、公開に備える。',
        '－',
        'D',
        'デジタル化 2,000冊',
        '未実施',
        '委託業者の選定が整わず、令和４年度に実施を延期した。',
        '見直し',
      ],
      [
        '1-4',
        '情報公開・個人情報保護審査会運営事業\n審査請求に係る諮問について審査会を開催し答申を得る。',
        '開催 5回',
        'A',
        '開催 6回',
        '開催 7回',
        '諮問案件の増加に対応した。',
        '継続',
      ],
      ['1-5', '例規集・公報のWeb公開事業\n例規集及び市公報をホームページで公開する。', '更新 12回', 'A', '更新 12回', '更新 12回（毎月更新）', '', '継続'],
      [
        '1-6',
        '特定個人情報保護評価実施事業\nマイナンバーを取り扱う事務の特定個人情報保護評価を行い評価書を公表する。',
        '評価書公表 1件',
        'B',
        '評価書公表 3件',
        '評価書公表 2件',
        '１件は国の様式改正待ちのため翌年度に公表。',
        '継続',
      ],
      [
        '1-7',
        '情報公開制度周知事業\n市民向け出前講座で情報公開制度・個人情報保護制度を周知する。',
        '出前講座 2回',
        'C',
        '出前講座 5回',
        '出前講座 ３回',
        '',
        '継続',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    box(ws, 3, 1, 3 + rows.length, 8);
    wrap(ws, 3, 1, 3 + rows.length, 8);
  },
  expected: {
    file: 'h147-jigyo-jisseki-kojinjoho.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(B_SHEET, '情報公開コーナー運営事業', '件', 1200, 1056, { existing: 'B' }),
      {
        sheet: B_SHEET,
        name: '個人情報保護制度研修事業',
        measures: [
          { label: '研修', target: 4, actual: 4, unit: '回' },
          { label: '受講者', target: 300, actual: 271, unit: '人' },
        ],
        direction: 'up',
        existing: 'A',
        grade: 'B',
      },
      ind(B_SHEET, '歴史的公文書デジタル化事業', '冊', 2000, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, '情報公開・個人情報保護審査会運営事業', '回', 6, 7, { existing: 'A' }),
      ind(B_SHEET, '例規集・公報のWeb公開事業', '回', 12, 12, { existing: 'A' }),
      ind(B_SHEET, '特定個人情報保護評価実施事業', '件', 3, 2, { existing: 'B' }),
      ind(B_SHEET, '情報公開制度周知事業', '回', 5, 3, { existing: 'C' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// C: デジタル行政推進計画 KPI, 目標値／実績値 rows per 令和4年3月末…令和7年3月末, values with units, 目指す方向.

const C_SHEET = 'KPI';

const kpi: Holdout2Workbook = {
  name: 'h147-kpi-opendata',
  layout: 'C: KPI table (令和６年３月末現在), 目標値／実績値 rows per 3月末 column, values 「162 件」「21.5 ％」, a 目指す方向 column with 減少',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [16, 34, 10, 8, 13, 13, 13, 13]);
    merge(ws, 1, 1, 1, 8, '〇〇市デジタル行政推進計画　ＫＰＩ進捗状況（令和６年３月末現在）');
    put(ws, 3, 1, ['基本目標', 'ＫＰＩ', '目指す方向', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末']);
    const kpis: [string, string, string[], string[]][] = [
      ['オープンデータ公開データセット数', '増加', ['80 件', '110 件', '150 件', '200 件'], ['86 件', '121 件', '162 件', '']],
      ['情報公開請求のオンライン受付割合', '増加', ['10 ％', '20 ％', '30 ％', '40 ％'], ['8.2 ％', '14.6 ％', '21.5 ％', '']],
      ['個人情報漏えい等事案の発生件数', '減少', ['0 件', '0 件', '0 件', '0 件'], ['1 件', '0 件', '2 件', '']],
      ['電子申請可能な手続数', '増加', ['150 手続', '200 手続', '250 手続', '300 手続'], ['162 手続', '205 手続', '231 手続', '']],
    ];
    merge(ws, 4, 1, 3 + kpis.length * 2, 1, '２　開かれた行政と信頼される情報管理');
    kpis.forEach(([name, way, t, a], i) => {
      const r = 4 + i * 2;
      merge(ws, r, 2, r + 1, 2, name);
      merge(ws, r, 3, r + 1, 3, way);
      put(ws, r, 4, ['目標値', ...t]);
      put(ws, r + 1, 4, ['実績値', ...a]);
    });
    box(ws, 3, 1, 3 + kpis.length * 2, 8);
    put(ws, 5 + kpis.length * 2, 1, ['※実績値は各年３月末時点。個人情報漏えい等事案は、個人情報保護委員会への報告対象事案の件数。']);
  },
  expected: {
    file: 'h147-kpi-opendata.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C_SHEET, 'オープンデータ公開データセット数', '件', 150, 162),
      ind(C_SHEET, '情報公開請求のオンライン受付割合', '％', 30, 21.5),
      ind(C_SHEET, '個人情報漏えい等事案の発生件数', '件', 0, 2, { direction: 'down' }),
      ind(C_SHEET, '電子申請可能な手続数', '手続', 250, 231),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// D: 公文書管理推進計画 成果指標 (令和５年度点検評価＝令和４年度実績), 現況 with its year, 目標（R7）, 実績 with its year, one blank.

const D_SHEET = '計画の指標';

const final = (x: ExpectedIndicator): ExpectedIndicator => ({ ...x, targetSource: 'final' });

const keikaku: Holdout2Workbook = {
  name: 'h147-keikaku-kobunsho',
  layout: 'D: 公文書管理推進計画 成果指標, 現況（計画策定時）「45.0⏎（令和２年度）」, 目標（R7）, 実績 with its year, full-width 「1,１２０」, a blank 実績',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 30, 36, 7, 16, 12, 16, 26]);
    merge(ws, 1, 1, 1, 8, '〇〇市公文書管理推進計画（令和３年度～令和７年度）　成果指標の進捗状況');
    merge(ws, 2, 1, 2, 8, '令和５年度点検評価（令和４年度実績）');
    put(ws, 4, 1, ['No.', '指標', '指標の説明', '単位', '現況（計画策定時）', '目標（R7）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        1,
        '行政文書ファイル管理簿の公表率',
        '行政文書ファイル管理簿をホームページで公表している課の割合',
        '％',
        '45.0\n（令和２年度）',
        100,
        '78.5\n（令和４年度）',
        '総務課調べ',
      ],
      [
        2,
        '保存期間満了文書の適正処理率',
        '保存期間が満了した文書のうち、移管又は廃棄の手続を完了した割合',
        '％',
        '88.2\n（令和２年度）',
        100,
        '100\n（令和４年度）',
        '文書管理システム',
      ],
      [
        3,
        '電子文書による保存割合',
        '新たに作成・取得した行政文書のうち電子媒体で保存した割合',
        '％',
        '21.3\n（令和２年度）',
        60,
        '51.6（令和４年度）',
        '文書管理システム',
      ],
      [
        4,
        '公文書館への移管冊数',
        '歴史公文書等として公文書館に移管した簿冊の冊数（年度）',
        '冊',
        '320\n（令和２年度）',
        '1,500',
        '1,１２０\n（令和４年度）',
        '公文書館調べ',
      ],
      [
        5,
        '文書管理研修の理解度',
        '文書管理研修受講後アンケートで「理解できた」と回答した職員の割合',
        '％',
        '－',
        90,
        '',
        '受講者アンケート（令和５年度から実施）',
      ],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    box(ws, 4, 1, 4 + rows.length, 8);
    wrap(ws, 4, 1, 4 + rows.length, 8);
  },
  expected: {
    file: 'h147-keikaku-kobunsho.xlsx',
    fiscalYear: 2022,
    indicators: [
      final(ind(D_SHEET, '行政文書ファイル管理簿の公表率', '％', 100, 78.5)),
      final(ind(D_SHEET, '保存期間満了文書の適正処理率', '％', 100, 100)),
      final(ind(D_SHEET, '電子文書による保存割合', '％', 60, 51.6)),
      final(ind(D_SHEET, '公文書館への移管冊数', '冊', 1500, 1120)),
      final(ind(D_SHEET, '文書管理研修の理解度', '％', 90, null, { actualStatus: 'missing' })),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [shisaku, jisseki, kpi, keikaku];
