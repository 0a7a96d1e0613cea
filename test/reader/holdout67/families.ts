/** Hold-out 67, part 1: the four known families as a 中核市 and a 特別区 lay them out (policy sheets with 実績値/期待値/目標値 blocks, project tables with text figures, a KPI × period table, a plan-indicator table). */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)}%`;
const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

// ---------------------------------------------------------------------------------------------
// A, 中核市: indicator blocks stacked, each with 実績値 / 前年度比 / 期待値（R7は目標値） rows over R2（現状値）…R7.
const S1 = '施策3-1';
interface Block {
  name: string;
  desc: string;
  unit: string;
  way: '増加' | '減少';
  actuals: number[]; // R2..R5
  expected: (number | undefined)[]; // R2..R7
}
const blocks1: Block[] = [
  {
    name: '保育所等待機児童数',
    desc: '各年度4月1日現在の国基準による待機児童数',
    unit: '人',
    way: '減少',
    actuals: [18, 12, 9, 7],
    expected: [undefined, 14, 10, 6, 3, 0],
  },
  {
    name: '地域子育て支援拠点の利用者数',
    desc: '市内8か所の地域子育て支援拠点の延べ利用者数',
    unit: '人',
    way: '増加',
    actuals: [21400, 24800, 29650, 33120],
    expected: [undefined, 25000, 28000, 31000, 33000, 35000],
  },
  {
    name: '乳幼児健康診査の受診率',
    desc: '1歳6か月児健診及び3歳児健診の受診率（平均）',
    unit: '％',
    way: '増加',
    actuals: [96.1, 96.8, 97.0, 95.8],
    expected: [undefined, 97.0, 97.5, 98.0, 98.5, 99.0],
  },
  {
    name: 'ファミリー・サポート・センターの提供会員数',
    desc: '年度末現在の提供会員（両方会員を含む）の数',
    unit: '人',
    way: '増加',
    actuals: [188, 195, 204, 212],
    expected: [undefined, 220, 260, 300, 330, 360],
  },
];
const g1 = ['B', 'A', 'B', 'C'];
const corePolicy: Holdout2Workbook = {
  name: 'h67-core-policy-blocks-yoy-row',
  layout:
    '中核市の施策評価シート: 指標ブロックを縦に4つ（実績値・前年度比・期待値の3行 × R2（現状値）〜R7）、目標の方向「減少」の欄、空の達成状況欄と（前年度：B）',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['はなみ市総合計画 後期基本計画　令和6年度 施策評価シート（評価対象期間：令和５年度）']);
    put(ws, 2, 1, ['基本目標', '3 こどもの笑顔があふれるまち', undefined, undefined, undefined, '担当部', 'こども未来部']);
    put(ws, 3, 1, ['施策', '3-1 子育て環境の充実']);
    put(ws, 4, 1, ['施策の達成状況', undefined, undefined, '（前年度：B）']);
    ws.mergeCells('B4:C4');
    let r = 6;
    blocks1.forEach((b, i) => {
      put(ws, r, 1, [`成果指標${'①②③④'[i]}`, b.name]);
      ws.mergeCells(r, 2, r, 7);
      put(ws, r + 1, 1, ['指標の説明', b.desc]);
      ws.mergeCells(r + 1, 2, r + 1, 7);
      put(ws, r + 2, 1, ['単位', b.unit, '目標の方向', b.way]);
      put(ws, r + 3, 1, ['区分', 'R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
      put(ws, r + 4, 1, ['実績値', ...b.actuals]);
      put(ws, r + 5, 1, ['前年度比', '－', ...b.actuals.slice(1).map((v, k) => pct(v, b.actuals[k]))]);
      put(ws, r + 6, 1, ['期待値\n※R7は目標値', ...b.expected]);
      r += 8;
    });
    put(ws, r, 1, ['【達成状況の分析】']);
    put(ws, r + 1, 1, ['待機児童数は減少しているが期待値には届かず、提供会員の確保が課題となっている。']);
    ws.getColumn(1).width = 16;
  },
  expected: {
    file: 'h67-core-policy-blocks-yoy-row.xlsx',
    fiscalYear: 2023,
    indicators: blocks1.map((b) => ind(S1, b.name, b.unit, b.expected[3]!, b.actuals[3], b.way === '減少' ? { direction: 'down' } : {})),
    groups: [{ sheet: S1, cell: 'B4', grade: rollUp(g1) }],
  },
};

// ---------------------------------------------------------------------------------------------
// A, 特別区: blocks tiled two across, 目標値 / 実績値 per year, evaluated in 令和5年度 for 令和4年度, 「R5.3末 1,234」, a 再掲 block.
const S2 = '施策12';
interface WardBlock {
  label: string;
  name: string;
  unit: string;
  targets: number[]; // R3..R7
  actuals: (string | number)[]; // base, R3, R4
}
const blocks2: WardBlock[] = [
  { label: '指標1', name: '特定健康診査の受診率', unit: '％', targets: [46.0, 48.0, 50.0, 52.0, 55.0], actuals: [42.0, 43.6, 44.9] },
  { label: '指標2', name: 'がん検診の受診者数', unit: '人', targets: [34000, 36000, 38000, 40000, 42000], actuals: [31800, 33120, 37208] },
  {
    label: '指標3',
    name: '区民健康づくりサポーターの登録者数',
    unit: '人',
    targets: [1100, 1300, 1500, 1700, 2000],
    actuals: [820, 'R4.3末 1,012', 'R5.3末 1,234'],
  },
  { label: '指標4', name: '介護予防教室の参加者数【再掲：施策14】', unit: '人', targets: [4500, 5000, 5500, 6000, 6000], actuals: [5600, 3980, 4480] },
];
const g2 = ['B', 'A', 'B', 'B'];
const wardPolicy: Holdout2Workbook = {
  name: 'h67-ward-policy-r4-results-in-r5',
  layout:
    '特別区の施策評価シート: 令和5年度の評価で対象は令和4年度の実績、ブロック2列×2段（目標値・実績値 × 基準値（R元）〜R7）、実績「R5.3末 1,234」、施策14の再掲ブロック、区の自己評価 B とコメント',
  build(wb) {
    const ws: Worksheet = wb.addWorksheet(S2);
    put(ws, 1, 1, ['令和5年度 さくら区行政評価　施策評価シート（令和4年度の実績に基づく評価）']);
    put(ws, 2, 1, ['施策', '12 健康づくりの推進', undefined, undefined, undefined, undefined, undefined, undefined, '所管部', '健康推進部']);
    put(ws, 4, 1, ['施策の達成度（区の自己評価）', 'B', 'サポーターの登録は目標に近づいているが、特定健康診査の受診率が伸び悩んでいる。']);
    ws.mergeCells('C4:O4');
    blocks2.forEach((b, i) => {
      const r = 6 + Math.floor(i / 2) * 7;
      const c = 1 + (i % 2) * 8;
      put(ws, r, c, [b.label, b.name]);
      ws.mergeCells(r, c + 1, r, c + 6);
      put(ws, r + 1, c, ['単位', b.unit]);
      put(ws, r + 2, c, ['', '基準値（R元）', 'R3', 'R4', 'R5', 'R6', 'R7（目標）']);
      put(ws, r + 3, c, ['目標値', '－', ...b.targets]);
      put(ws, r + 4, c, ['実績値', ...b.actuals]);
    });
    put(ws, 21, 1, ['※指標4は施策14「介護予防と生きがいづくり」の指標を再掲している。']);
    ws.getColumn(1).width = 14;
    ws.getColumn(9).width = 14;
  },
  expected: {
    file: 'h67-ward-policy-r4-results-in-r5.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(S2, '特定健康診査の受診率', '％', 48.0, 44.9),
      ind(S2, 'がん検診の受診者数', '人', 36000, 37208),
      ind(S2, '区民健康づくりサポーターの登録者数', '人', 1300, 1234),
      ind(S2, '介護予防教室の参加者数', '人', 5000, 4480),
    ],
    // The 再掲 block is graded here too; with or without it the mean rounds to B.
    groups: [{ sheet: S2, cell: 'B4', grade: rollUp(g2) }],
  },
};

// ---------------------------------------------------------------------------------------------
// B, 中核市: 推進事業 rows with text figures, a 前年度比 column beside the actual, 自己評価 with a comment, 「目標は据え置き」.
const S3 = '事業実績';
const coreProjects: Holdout2Workbook = {
  name: 'h67-core-projects-yoy-column',
  layout:
    '中核市の推進事業実績: 目標・実績は文字列（「相談件数 131件」）、実績の隣に前年度比、自己評価「B（物価高騰で申請が減少）」、2つの数値を1セルに、未実施、備考「目標は据え置き」',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 1, ['令和5年度 あさひ市産業振興計画 推進事業の実績']);
    put(ws, 2, 7, ['商工労働課']);
    put(ws, 4, 1, ['No.', '推進事業', '令和4年度実績値', '令和5年度数値目標', '令和5年度実績値', '前年度比', '自己評価', '備考']);
    const rows: (string | number)[][] = [
      [
        1,
        '【1-01】創業支援事業\n創業希望者への相談対応とセミナーを実施',
        '相談件数 118件',
        '相談件数 120件',
        '相談件数 131件',
        pct(131, 118),
        'A',
        '目標は据え置き',
      ],
      [
        2,
        '【1-02】中小企業販路開拓支援事業補助金\n展示会出展等の経費を補助',
        '交付件数 22件',
        '交付件数 25件',
        '交付件数 19件',
        pct(19, 22),
        'B（物価高騰で申請が減少）',
        '',
      ],
      [3, '【1-03】企業立地促進奨励金\n新設・増設した事業所に奨励金を交付', '指定事業所数 3社', '指定事業所数 4社', '指定事業所数 4社', pct(4, 3), 'A', ''],
      [4, '【1-04】ものづくり人材育成事業\n若手技術者向け研修会を開催', '受講者数 64人', '受講者数 80人', '未実施', '－', 'D（講師が確保できず中止）', ''],
      [5, '【1-05】事業承継支援事業\n専門家による相談会を開催', '相談件数 41件', '相談件数 50件', '相談件数 46件', pct(46, 41), 'B', ''],
      [
        6,
        '【1-06】インターンシップ受入支援事業\n受入企業と学生のマッチングを支援',
        '受入企業数 15社\n参加学生数 48人',
        '受入企業数 15社\n参加学生数 60人',
        '受入企業数 17社\n参加学生数 44人',
        `企業 ${pct(17, 15)}\n学生 ${pct(44, 48)}`,
        'B',
        '',
      ],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 12, 1, ['※自己評価　A：目標達成　B：概ね達成　C：やや遅れ　D：遅れ・未実施']);
    ws.getColumn(2).width = 40;
  },
  expected: {
    file: 'h67-core-projects-yoy-column.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S3, '創業支援事業', '件', 120, 131, { existing: 'A' }),
      ind(S3, '中小企業販路開拓支援事業補助金', '件', 25, 19, { existing: 'B' }),
      ind(S3, '企業立地促進奨励金', '社', 4, 4, { existing: 'A' }),
      ind(S3, 'ものづくり人材育成事業', '人', 80, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(S3, '事業承継支援事業', '件', 50, 46, { existing: 'B' }),
      {
        sheet: S3,
        name: 'インターンシップ受入支援事業',
        measures: [
          { label: '受入企業数', target: 15, actual: 17, unit: '社' },
          { label: '参加学生数', target: 60, actual: 44, unit: '人' },
        ],
        existing: 'B',
        grade: 'C',
      },
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// C, 特別区: 総合戦略 KPI × 3月末 columns, figures with units in the cells, 「-」 where no target, 減少 only in 備考.
const S4 = 'KPI';
interface Kpi {
  name: string;
  unit: string;
  targets: string[]; // R4.3末..R7.3末
  actuals: string[]; // R4.3末..R6.3末
  note?: string;
  t: number;
  a: number;
  down?: boolean;
}
const kpis: Kpi[] = [
  { name: '区内創業件数', unit: '件', targets: ['-', '120 件', '125 件', '130 件'], actuals: ['112 件', '118 件', '127 件'], t: 125, a: 127 },
  {
    name: '区民農園の利用区画数',
    unit: '区画',
    targets: ['-', '400 区画', '420 区画', '450 区画'],
    actuals: ['385 区画', '392 区画', '398 区画'],
    t: 420,
    a: 398,
  },
  {
    name: '区収集ごみ量',
    unit: 't',
    targets: ['-', '53,000 t', '52,000 t', '51,000 t'],
    actuals: ['54,820 t', '53,260 t', '51,480 t'],
    note: '減少を目指す指標',
    t: 52000,
    a: 51480,
    down: true,
  },
  {
    name: '区立図書館の電子書籍貸出数',
    unit: '冊',
    targets: ['-', '25,000 冊', '30,000 冊', '35,000 冊'],
    actuals: ['14,300 冊', '18,950 冊', '21,260 冊'],
    t: 30000,
    a: 21260,
  },
  {
    name: '子育て応援アプリの登録者数',
    unit: '人',
    targets: ['-', '6,000 人', '6,000 人', '8,000 人'],
    actuals: ['3,880 人', '5,210 人', '6,420 人'],
    note: '令和6年3月末の目標は据え置き',
    t: 6000,
    a: 6420,
  },
  {
    name: '特別養護老人ホームの入所待機者数',
    unit: '人',
    targets: ['-', '350 人', '300 人', '250 人'],
    actuals: ['465 人', '438 人', '412 人'],
    note: '減少を目指す指標',
    t: 300,
    a: 412,
    down: true,
  },
];
const wardKpi: Holdout2Workbook = {
  name: 'h67-ward-kpi-march-ends',
  layout:
    '特別区の総合戦略 KPI: 目標値・実績値の2行 × 令和4年3月末〜令和7年3月末、単位つきの値「127 件」、初年度の目標「-」、減少の方向は備考だけ、「目標は据え置き」',
  build(wb) {
    const ws = wb.addWorksheet(S4);
    put(ws, 1, 1, ['みどり区まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和5年度）']);
    put(ws, 2, 7, ['政策経営課']);
    put(ws, 4, 1, ['KPI', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '備考']);
    kpis.forEach((k, i) => {
      const r = 5 + i * 2;
      put(ws, r, 1, [k.name, '目標値', ...k.targets, k.note]);
      put(ws, r + 1, 2, ['実績値', ...k.actuals]);
      ws.mergeCells(r, 1, r + 1, 1);
      ws.mergeCells(r, 7, r + 1, 7);
    });
    put(ws, 18, 1, ['※令和7年3月末の数値は最終目標。実績値は各年3月末現在または前年度の累計。']);
    ws.getColumn(1).width = 30;
  },
  expected: {
    file: 'h67-ward-kpi-march-ends.xlsx',
    fiscalYear: 2023,
    indicators: kpis.map((k) => ind(S4, k.name, k.unit, k.t, k.a, k.down ? { direction: 'down' } : {})),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// D, 中核市: plan indicators, 現況 and 実績 with their years in the cells, 目標（R8）, a hidden 令和4年度実績 column, a 再掲 row.
const S5 = '計画の指標';
const corePlan: Holdout2Workbook = {
  name: 'h67-core-plan-hidden-last-year',
  layout:
    '中核市の産業振興計画 点検評価: 現況・実績に年度を併記、目標（R8）、非表示の令和4年度実績の列、【再掲】の行、「100％（完売）」の目標、現況より低い目標、減少を目指す指標は説明だけ',
  build(wb) {
    const ws = wb.addWorksheet(S5);
    put(ws, 1, 1, ['第2次かすみ市産業振興計画（令和4年度〜令和8年度）　令和5年度 点検評価']);
    put(ws, 3, 1, ['No.', '指標', '単位', '指標の説明', '現況（計画策定時）', '目標（R8）', '令和4年度実績', '実績', '現状把握の方法', '備考']);
    const rows: (string | number)[][] = [
      [
        1,
        '市内事業所の従業者数',
        '人',
        '市内に所在する事業所の従業者数',
        '48,260\n（令和3年度）',
        48000,
        48400,
        '48,915\n（令和5年度）',
        '市民税特別徴収データ',
        '人口減少を踏まえ現況より低く設定',
      ],
      [2, '企業誘致件数（累計）', '件', '計画期間中に立地協定を締結した企業数の累計', '12\n（令和2年度）', 20, 14, '16\n（令和5年度）', '商工労働課調べ', ''],
      [
        3,
        '創業支援による創業者数',
        '人',
        '創業支援事業計画に基づく支援を受けた創業者数',
        '38\n（令和2年度）',
        60,
        44,
        '41\n（令和5年度）',
        '商工労働課調べ',
        '',
      ],
      [
        4,
        '【再掲】観光入込客数',
        '千人',
        '観光地点の入込客数（延べ）',
        '1,850\n（令和2年度）',
        2400,
        1910,
        '2,020\n（令和5年度）',
        '観光客入込数調査',
        '観光振興計画（施策5-2）の指標を再掲',
      ],
      [
        5,
        '工業団地の分譲率',
        '％',
        '市営工業団地の分譲済面積の割合',
        '62.0\n（令和2年度）',
        '100％（完売）',
        75.0,
        '87.5\n（令和5年度）',
        '企業立地課調べ',
        '目標は据え置き（中間見直しで変更なし）',
      ],
      [
        6,
        '中心市街地の空き店舗数',
        '店舗',
        '中心市街地の空き店舗の数（減少を目指す指標）',
        '42\n（令和2年度）',
        30,
        38,
        '36\n（令和5年度）',
        '商店街実態調査',
        '',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    ws.getColumn(7).hidden = true;
    ws.getColumn(2).width = 28;
    ws.getColumn(4).width = 36;
  },
  expected: {
    file: 'h67-core-plan-hidden-last-year.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(S5, '市内事業所の従業者数', '人', 48000, 48915)),
      final(ind(S5, '企業誘致件数（累計）', '件', 20, 16)),
      final(ind(S5, '創業支援による創業者数', '人', 60, 41)),
      final(ind(S5, '観光入込客数', '千人', 2400, 2020)),
      final(ind(S5, '工業団地の分譲率', '％', 100, 87.5)),
      final(ind(S5, '中心市街地の空き店舗数', '店舗', 30, 36, { direction: 'down' })),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// B, 特別区: the fiscal year only in the sheet name, a hidden 前年度実績 column, 「全町会（86町会）」, 所管課コメント.
const S6 = '令和5年度';
const wardProjects: Holdout2Workbook = {
  name: 'h67-ward-projects-year-in-sheet-name',
  layout:
    '特別区の主要事業の実績: 年度はシート名「令和5年度」だけ、数値目標・実績は文字列、非表示の前年度実績の列、目標「全町会（86町会）」、自己評価と所管課コメント、未実施',
  build(wb) {
    const ws = wb.addWorksheet(S6);
    put(ws, 1, 1, ['ひかり区　主要事業の実績と自己評価']);
    put(ws, 3, 1, ['No.', '事業名', '数値目標', '前年度実績', '実績', '自己評価', '所管課コメント', '所管課']);
    const rows: (string | number)[][] = [
      [1, 'こども食堂運営支援事業', '支援団体数 30団体', '支援団体数 27団体', '支援団体数 34団体', 'A', '新たに4団体の立ち上げを支援した。', '子ども家庭課'],
      [2, '区民健康ポイント事業', '参加者数 5,000人', '参加者数 3,650人', '参加者数 4,120人', 'B', 'アプリの導入で参加者が増加した。', '健康推進課'],
      [
        3,
        '商店街イベント支援事業',
        '支援件数 40件',
        '支援件数 31件',
        '支援件数 26件',
        'B',
        '物価高騰により申請が減少したが、実施したイベントの満足度は高い。',
        '産業振興課',
      ],
      [4, '高齢者見守りネットワーク事業', '協力事業者数 250者', '協力事業者数 241者', '協力事業者数 268者', 'A', '', '高齢福祉課'],
      [5, '区営住宅長寿命化改修事業', '改修戸数 120戸', '改修戸数 96戸', '未実施', 'D', '入札不調のため令和6年度に実施する。', '住宅課'],
      [
        6,
        '町会・自治会防災訓練支援事業',
        '実施町会数 全町会（86町会）',
        '実施町会数 72町会',
        '実施町会数 79町会',
        'B',
        '未実施の7町会には個別に働きかける。',
        '防災課',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    ws.getColumn(4).hidden = true;
    ws.getColumn(2).width = 30;
  },
  expected: {
    file: 'h67-ward-projects-year-in-sheet-name.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S6, 'こども食堂運営支援事業', '団体', 30, 34, { existing: 'A' }),
      ind(S6, '区民健康ポイント事業', '人', 5000, 4120, { existing: 'B' }),
      ind(S6, '商店街イベント支援事業', '件', 40, 26, { existing: 'B' }),
      ind(S6, '高齢者見守りネットワーク事業', '者', 250, 268, { existing: 'A' }),
      ind(S6, '区営住宅長寿命化改修事業', '戸', 120, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(S6, '町会・自治会防災訓練支援事業', '町会', 86, 79, { existing: 'B' }),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [corePolicy, wardPolicy, coreProjects, wardKpi, corePlan, wardProjects];
