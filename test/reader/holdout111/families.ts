/**
 * Hold-out 111, the four families, as a city's 広報広聴・消費生活・シティプロモーション offices write them: a 施策評価シート with
 * indicator blocks (two 基本施策 sheets, blocks two across on one and stacked on the other, ↑／↓ 目指す方向), a 消費者行政 事業実績
 * table with text figures (「46回（うち学校 12回）」, two measures, 未実施, a 「－」 target), a シティプロモーション戦略 KPI table per
 * 3月末 with 「18,000 件」 text values and a 隔年調査 「－」, and a 広報広聴基本方針 plan-indicator table with year notes in the cells.
 */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { type Holdout2Workbook, gradeOf, ind, put, rollUp } from '../holdout2/kit';

const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

// ---------------------------------------------------------------------------------------------------------------------------
// A: 施策評価シート

interface Block {
  no: string;
  name: string;
  desc: string;
  unit: string;
  dir: '↑' | '↓';
  actuals: (number | null)[]; // R2..R7
  expected: (number | null)[]; // R2..R7 (R2: none)
  note?: string;
}

function block(ws: Worksheet, r: number, c: number, b: Block): void {
  put(ws, r, c, [b.no, b.name]);
  ws.mergeCells(r, c + 1, r, c + 7);
  put(ws, r + 1, c, ['指標の説明', b.desc]);
  ws.mergeCells(r + 1, c + 1, r + 1, c + 7);
  put(ws, r + 2, c, ['単位', b.unit, undefined, undefined, '目指す方向', undefined, b.dir]);
  ws.mergeCells(r + 2, c + 4, r + 2, c + 5);
  put(ws, r + 3, c, ['区分', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
  put(ws, r + 4, c, ['実績値', ...b.actuals]);
  put(ws, r + 5, c, ['期待値\n※R7は目標値', ...b.expected]);
  put(ws, r + 6, c, ['備考', b.note ?? '']);
  ws.mergeCells(r + 6, c + 1, r + 6, c + 7);
}

function policyHead(ws: Worksheet, hoshin: string, shisaku: string, bu: string, last: string): void {
  put(ws, 1, 1, ['○○市総合計画後期基本計画　令和６年度施策評価シート　（評価対象期間：令和５年度）']);
  ws.mergeCells('A1:S1');
  put(ws, 3, 1, ['基本方針', hoshin]);
  ws.mergeCells('B3:I3');
  put(ws, 3, 11, ['達成状況評価']);
  ws.mergeCells('K3:M3');
  put(ws, 3, 15, [last]);
  put(ws, 4, 1, ['基本施策', shisaku]);
  ws.mergeCells('B4:I4');
  put(ws, 4, 11, ['凡例', undefined, undefined, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
  ws.mergeCells('K4:M4');
  ws.mergeCells('N4:S4');
  put(ws, 5, 1, ['担当部等', bu]);
  ws.mergeCells('B5:I5');
  put(ws, 5, 11, ['目指す方向', undefined, undefined, '↑：数値の増加を目指す　↓：数値の減少を目指す']);
  ws.mergeCells('K5:M5');
  ws.mergeCells('N5:S5');
  put(ws, 7, 1, ['■成果指標の状況']);
}

const S1 = '5-2';
const S1_BLOCKS: Block[] = [
  {
    no: '指標①',
    name: '広報紙を読んでいる市民の割合',
    desc: '市民意識調査で「広報○○をいつも読んでいる」「ときどき読んでいる」と回答した市民の割合',
    unit: '％',
    dir: '↑',
    actuals: [68.4, 67.9, 66.1, 64.8, null, null],
    expected: [null, 69, 70, 71, 72, 73],
  },
  {
    no: '指標②',
    name: '市公式SNSの総フォロワー数',
    desc: 'X・Instagram・LINE・Facebookの年度末時点のフォロワー（友だち）数の合計',
    unit: '人',
    dir: '↑',
    actuals: [8420, 11230, 15870, 21405, null, null],
    expected: [null, 10000, 13000, 16000, 19000, 22000],
  },
  {
    no: '指標③',
    name: '市ホームページの年間アクセス数',
    desc: 'トップページ及び各ページの年間閲覧数（ページビュー）',
    unit: '万件',
    dir: '↑',
    actuals: [312, 298, 305, 287.6, null, null],
    expected: [null, 320, 330, 340, 350, 360],
    note: 'R5はサイトリニューアルに伴い計測方法を変更',
  },
  {
    no: '指標④',
    name: '市民の声への14日以内回答率',
    desc: '「市長への手紙」「市民の声メール」のうち、受付から14日以内に回答した割合',
    unit: '％',
    dir: '↑',
    actuals: [84.0, 81.7, 80.2, 78.5, null, null],
    expected: [null, 100, 100, 100, 100, 100],
  },
];

const S2 = '3-4';
const S2_BLOCKS: Block[] = [
  {
    no: '指標①',
    name: '消費生活相談の解決率',
    desc: '消費生活センターで受け付けた相談のうち、助言・あっせん等により解決した割合',
    unit: '％',
    dir: '↑',
    actuals: [91.2, 92.0, 93.1, 93.8, null, null],
    expected: [null, 92, 93, 95, 95, 95],
  },
  {
    no: '指標②',
    name: '消費生活出前講座の受講者数',
    desc: '地域の団体・学校等で開催した消費生活出前講座の延べ受講者数',
    unit: '人',
    dir: '↑',
    actuals: [1240, 1580, 1962, 2315, null, null],
    expected: [null, 1600, 1800, 2000, 2200, 2400],
  },
  {
    no: '指標③',
    name: '特殊詐欺被害件数',
    desc: '市内で発生した特殊詐欺の被害認知件数（警察署調べ・暦年）',
    unit: '件',
    dir: '↓',
    actuals: [14, 13, 15, 12, null, null],
    expected: [null, 13, 12, 10, 9, 8],
  },
  {
    no: '指標④',
    name: '消費生活サポーター登録者数',
    desc: '地域で見守り・啓発を行う消費生活サポーターの年度末登録者数',
    unit: '人',
    dir: '↑',
    actuals: [22, 25, 27, 28, null, null],
    expected: [null, 30, 40, 50, 60, 70],
    note: '養成講座の受講者が想定を下回った',
  },
];

const blockFacts = (sheet: string, blocks: Block[]) =>
  blocks.map((b) => ind(sheet, b.name, b.unit === '％' ? '%' : b.unit, b.expected[3], b.actuals[3], { direction: b.dir === '↓' ? 'down' : 'up' }));

const S1_FACTS = blockFacts(S1, S1_BLOCKS);
const S2_FACTS = blockFacts(S2, S2_BLOCKS);

const shisaku: Holdout2Workbook = {
  name: 'h111-shisaku-koho',
  layout:
    'A: two 施策評価シート (5-2 広報広聴, 3-4 消費生活), blocks R2（現状値）〜R7 実績値／期待値, two across on one sheet and stacked on the other, 目指す方向 ↑／↓, empty 達成状況評価 cells beside （C）／（B）',
  build(wb) {
    const a = wb.addWorksheet(S1);
    policyHead(a, '5.市民とともに進める開かれた市政', '5-2.情報発信と市民参画の推進', '総務部（秘書広報課・市民協働課）', '（C）');
    S1_BLOCKS.forEach((b, i) => block(a, 9 + Math.floor(i / 2) * 9, i % 2 === 0 ? 1 : 11, b));
    put(a, 28, 1, ['■施策の総合評価（担当部の所見）']);
    put(a, 29, 1, ['SNSのフォロワー数は順調に伸びている一方、広報紙の閲読率は低下傾向にあり、若年層への情報到達に課題がある。']);
    a.mergeCells('A29:S30');
    const b = wb.addWorksheet(S2);
    policyHead(b, '3.安全・安心に暮らせるまち', '3-4.安全で安心な消費生活の確保', '市民生活部（生活安全課・消費生活センター）', '（B）');
    S2_BLOCKS.forEach((x, i) => block(b, 9 + i * 8, 1, x));
    put(b, 42, 1, ['■今後の方向性']);
    put(b, 43, 1, ['消費生活サポーターの養成を拡充し、高齢者の見守り体制を強化する。']);
    b.mergeCells('A43:S44');
  },
  expected: {
    file: 'h111-shisaku-koho.xlsx',
    fiscalYear: 2023,
    indicators: [...S1_FACTS, ...S2_FACTS],
    groups: [
      { sheet: S1, cell: 'N3', grade: rollUp(S1_FACTS.map((f) => f.grade)) },
      { sheet: S2, cell: 'N3', grade: rollUp(S2_FACTS.map((f) => f.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// B: 事業実績

const JS = '事業実績';
const JIGYO: [string, string, string, string, string, string, string, string][] = [
  ['1', '消費生活相談事業\n消費生活相談員による相談対応、助言・あっせん', 'あっせん解決率 91.5%', 'あっせん解決率 90%', '92.4%', 'A', '継続', ''],
  ['2', '消費生活出前講座\n地域団体・学校・事業所へ講師を派遣', '38回', '開催回数 40回', '46回（うち学校 12回）', 'A', '拡充', ''],
  ['3', '高齢者見守りネットワーク事業\n新聞販売店・金融機関等と協定を締結', '97事業所', '協力事業者数 120事業所', '104事業所', 'A', '継続', '協定締結式を実施'],
  ['4', '消費者教育教材作成事業\n中学生向け副読本の作成・配布', '－', '配布校数 30校', '未実施', 'D', '見直し', '教材内容を県と調整中のため'],
  [
    '5',
    '悪質商法被害防止啓発事業\n啓発チラシ配布・街頭啓発',
    'チラシ配布:11,200部 街頭啓発:5回',
    'チラシ配布:12,000部 街頭啓発:6回',
    'チラシ配布:10,500部 街頭啓発:6回',
    'B',
    '継続',
    '',
  ],
  ['6', '消費生活相談員研修事業\n国民生活センター研修等への派遣', '6回', '受講回数 8回', '5回', 'B', '継続', ''],
  ['7', '計量検査事業\n取引・証明用の特定計量器の定期検査', '298台', '－', '特定計量器 312台', '', '継続', '隔年検査のため目標設定なし'],
  ['8', '多重債務相談会\n弁護士・司法書士による無料相談会', '12回', '開催 12回', '12回（相談者 27人）', 'A', '継続', ''],
  ['9', '消費者フェア開催事業\n消費者団体と協働した啓発イベント', '1,320人', '来場者数 1,500人', '1,180人', 'B', '見直し', '雨天のため屋外会場を縮小'],
];

const jigyo: Holdout2Workbook = {
  name: 'h111-jigyo-shohi',
  layout:
    'B: 消費者行政推進計画 推進事業の実績, 令和５年度（数値目標｜実績値） under a two-row header, text figures 「46回（うち学校 12回）」, two measures in one cell, 未実施, a 「－」 target, a 記入要領 sheet',
  build(wb) {
    const ws = wb.addWorksheet(JS);
    put(ws, 1, 1, ['令和５年度　第２次○○市消費者行政推進計画　推進事業の実績']);
    ws.mergeCells('A1:H1');
    put(ws, 2, 7, ['担当：生活安全課']);
    put(ws, 3, 1, ['No.', '推進事業', '令和４年度\n実績値', '令和５年度', undefined, '自己評価', '今後の\n方向性', '備考']);
    put(ws, 4, 4, ['数値目標', '実績値']);
    for (const c of ['A', 'B', 'C', 'F', 'G', 'H']) ws.mergeCells(`${c}3:${c}4`);
    ws.mergeCells('D3:E3');
    JIGYO.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 15, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：やや不十分　D：不十分（未実施を含む）']);
    const n = wb.addWorksheet('記入要領');
    put(n, 1, 1, ['記入要領']);
    put(n, 2, 1, ['・数値目標及び実績値は、指標名と単位を付して記入すること。']);
    put(n, 3, 1, ['・内訳がある場合は「○○回（うち△△回）」のように記入すること。']);
  },
  expected: {
    file: 'h111-jigyo-shohi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(JS, '消費生活相談事業', '%', 90, 92.4, { existing: 'A' }),
      ind(JS, '消費生活出前講座', '回', 40, 46, { existing: 'A' }),
      ind(JS, '高齢者見守りネットワーク事業', '事業所', 120, 104, { existing: 'A' }),
      ind(JS, '消費者教育教材作成事業', '校', 30, null, { existing: 'D', actualStatus: 'not-implemented' }),
      {
        sheet: JS,
        name: '悪質商法被害防止啓発事業',
        measures: [
          { label: 'チラシ配布', target: 12000, actual: 10500, unit: '部' },
          { label: '街頭啓発', target: 6, actual: 6, unit: '回' },
        ],
        direction: 'up',
        existing: 'B',
        grade: gradeOf(12000, 10500),
      },
      ind(JS, '消費生活相談員研修事業', '回', 8, 5, { existing: 'B' }),
      ind(JS, '計量検査事業', '台', null, 312),
      ind(JS, '多重債務相談会', '回', 12, 12, { existing: 'A' }),
      ind(JS, '消費者フェア開催事業', '人', 1500, 1180, { existing: 'B' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// C: KPI per period

const KS = 'KPI';
interface Kpi {
  name: string;
  unit: string;
  base: string;
  targets: string[]; // R4.3末, R5.3末, R6.3末, R7.3末
  actuals: string[]; // R4.3末, R5.3末, R6.3末
  note?: string;
}
const KPIS: Kpi[] = [
  {
    name: 'ふるさと納税寄附件数',
    unit: '件',
    base: '9,842 件',
    targets: ['12,000 件', '15,000 件', '18,000 件', '20,000 件'],
    actuals: ['13,105 件', '19,870 件', '21,364 件'],
  },
  {
    name: 'ふるさと納税寄附金額',
    unit: '億円',
    base: '1.48 億円',
    targets: ['2.0 億円', '2.8 億円', '3.5 億円', '4.0 億円'],
    actuals: ['2.21 億円', '2.96 億円', '3.12 億円'],
  },
  {
    name: '市公式観光サイトの年間ページビュー数',
    unit: '千件',
    base: '512 千件',
    targets: ['650 千件', '750 千件', '850 千件', '950 千件'],
    actuals: ['598 千件', '671 千件', '702 千件'],
  },
  {
    name: 'シティプロモーション動画の再生回数',
    unit: '回',
    base: '-',
    targets: ['50,000 回', '100,000 回', '150,000 回', '200,000 回'],
    actuals: ['41,380 回', '67,902 回', '88,210 回'],
  },
  {
    name: '首都圏における本市の認知度',
    unit: '％',
    base: '18.2 ％',
    targets: ['-', '22.0 ％', '25.0 ％', '28.0 ％'],
    actuals: ['-', '21.4 ％', '-'],
    note: 'インターネット調査（隔年実施。次回は令和6年度）',
  },
  {
    name: 'ファンクラブ会員数',
    unit: '人',
    base: '430 人',
    targets: ['700 人', '950 人', '1,200 人', '1,500 人'],
    actuals: ['688 人', '1,012 人', '1,265 人'],
  },
  {
    name: '地域に愛着を持つ市民の割合',
    unit: '％',
    base: '70.8 ％',
    targets: ['72.0 ％', '73.5 ％', '75.0 ％', '77.0 ％'],
    actuals: ['71.0 ％', '70.2 ％', '71.3 ％'],
    note: '市民意識調査',
  },
];

const kpi: Holdout2Workbook = {
  name: 'h111-kpi-citypro',
  layout:
    'C: シティプロモーション戦略 KPI, 目標値／実績値 rows per KPI under 令和3年3月末（基準）〜令和7年3月末, values as 「18,000 件」 text, a 隔年調査 KPI 「-」 this year, title states 令和５年度実績',
  build(wb) {
    const ws = wb.addWorksheet(KS);
    put(ws, 1, 1, ['第２期○○市シティプロモーション戦略　重要業績評価指標（KPI）の達成状況（令和５年度実績）']);
    ws.mergeCells('A1:I1');
    put(ws, 2, 8, ['令和６年５月　戦略推進会議資料']);
    put(ws, 3, 1, ['KPI', '区分', '令和3年3月末\n（基準値）', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末\n（最終目標）', '備考']);
    KPIS.forEach((k, i) => {
      const r = 4 + i * 2;
      put(ws, r, 1, [k.name, '目標値', k.base, ...k.targets, k.note ?? '']);
      put(ws, r + 1, 2, ['実績値', undefined, ...k.actuals]);
      ws.mergeCells(r, 1, r + 1, 1);
      ws.mergeCells(r, 3, r + 1, 3);
      ws.mergeCells(r, 8, r + 1, 8);
    });
    put(ws, 19, 1, ['※「-」は目標又は実績のないもの。']);
  },
  expected: {
    file: 'h111-kpi-citypro.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(KS, 'ふるさと納税寄附件数', '件', 18000, 21364),
      ind(KS, 'ふるさと納税寄附金額', '億円', 3.5, 3.12),
      ind(KS, '市公式観光サイトの年間ページビュー数', '千件', 850, 702),
      ind(KS, 'シティプロモーション動画の再生回数', '回', 150000, 88210),
      ind(KS, '首都圏における本市の認知度', '%', 25, null, { actualStatus: 'not-applicable' }),
      ind(KS, 'ファンクラブ会員数', '人', 1200, 1265),
      ind(KS, '地域に愛着を持つ市民の割合', '%', 75, 71.3),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// D: plan indicators

const PS = '計画の指標';
const plan: Holdout2Workbook = {
  name: 'h111-plan-kocho',
  layout:
    'D: 第３次広報広聴基本方針 指標の点検評価, 単位 column, 現況（計画策定時） and 実績 with their year in the cell, 目標（R8）, a 集計中 survey, a 減少を目指す in the 指標の説明',
  build(wb) {
    const ws = wb.addWorksheet(PS);
    put(ws, 1, 1, ['第３次○○市広報広聴基本方針　指標の点検評価（令和５年度）']);
    ws.mergeCells('A1:H1');
    put(ws, 3, 1, ['No.', '指標', '単位', '指標の説明', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [1, '広報紙の閲読率', '％', '市民意識調査で広報紙を「読んでいる」と回答した割合', '71.5\n（令和3年度）', 80, '68.2\n（令和5年度）', '市民意識調査'],
      [
        2,
        '市ホームページの年間アクセス件数',
        '件',
        'ホームページの年間ページビュー数',
        '2,846,000\n（令和2年度）',
        3200000,
        '2,912,400\n（令和5年度）',
        'アクセス解析',
      ],
      [3, '市政出前講座の開催回数', '回', '職員が地域に出向いて市政を説明した回数', '64\n（令和2年度）', 120, '131\n（令和5年度）', '所管課集計'],
      [
        4,
        '市政に意見を反映できると感じる市民の割合',
        '％',
        '市民意識調査で「反映できる」「ある程度反映できる」と回答した割合',
        '28.6\n（令和3年度）',
        40,
        '集計中',
        '市民意識調査',
      ],
      [
        5,
        'パブリックコメント1件当たりの意見数',
        '件',
        '実施したパブリックコメントの意見数の平均',
        '4.2\n（令和2年度）',
        10,
        '6.4\n（令和5年度）',
        '所管課集計',
      ],
      [
        6,
        'LINE公式アカウントの友だち登録者数',
        '人',
        '市LINE公式アカウントの友だち登録者数',
        '9,150\n（令和3年3月末）',
        30000,
        '24,518\n（令和6年3月末）',
        '管理画面',
      ],
      [
        7,
        '市長へのメールの平均回答日数',
        '日',
        '市長へのメール等に回答するまでに要した平均日数。日数の減少を目指す。',
        '11.3\n（令和2年度）',
        7,
        '9.1\n（令和5年度）',
        '所管課集計',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    put(ws, 12, 1, ['※目標は計画最終年度（令和8年度）の値。']);
  },
  expected: {
    file: 'h111-plan-kocho.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(PS, '広報紙の閲読率', '%', 80, 68.2)),
      final(ind(PS, '市ホームページの年間アクセス件数', '件', 3200000, 2912400)),
      final(ind(PS, '市政出前講座の開催回数', '回', 120, 131)),
      final(ind(PS, '市政に意見を反映できると感じる市民の割合', '%', 40, null, { actualStatus: 'pending' })),
      final(ind(PS, 'パブリックコメント1件当たりの意見数', '件', 10, 6.4)),
      final(ind(PS, 'LINE公式アカウントの友だち登録者数', '人', 30000, 24518)),
      final(ind(PS, '市長へのメールの平均回答日数', '日', 7, 9.1, { direction: 'down' })),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [shisaku, jigyo, kpi, plan];
