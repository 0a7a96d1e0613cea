/** Hold-out 72, part 1: the four families as six more cities lay them out (a 政令市の区, a 町, a 中核市, two 一般市, a 特別区). */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

// ── 政令市の区: 区運営方針の施策評価シート, indicator blocks tiled two across (family A) ──
const W1 = '施策2-1';
interface Block {
  no: string;
  name: string;
  desc: string;
  unit: string;
  arrow: string;
  actuals: (number | undefined)[];
  expected: (number | undefined)[];
  note?: string;
}
const wardBlocks: Block[] = [
  {
    no: '指標①',
    name: '子育てサロンの参加者数',
    desc: '区内の地区会館で開く子育てサロンの延べ参加者数',
    unit: '人',
    arrow: '↑',
    actuals: [4820, 5120, 5412],
    expected: [undefined, 5500, 6000, 6500, 7000],
  },
  {
    no: '指標②',
    name: '乳幼児健診の受診率',
    desc: '4か月・1歳6か月・3歳児健診の平均受診率',
    unit: '％',
    arrow: '↑',
    actuals: [96.1, 96.8, 97.8],
    expected: [undefined, 96.5, 97.0, 97.5, 98.0],
  },
  {
    no: '指標③',
    name: '子育て情報メールの登録者数',
    desc: '区の子育て情報メール配信サービスの登録者数（年度末）',
    unit: '人',
    arrow: '↑',
    actuals: [1050, 1380, 1690],
    expected: [undefined, 1800, 2400, 3000, 3600],
    note: '転出による登録解除が多い',
  },
  {
    no: '指標④',
    name: '児童虐待の再相談件数',
    desc: '一度終結した児童虐待相談のうち、再び相談となった件数',
    unit: '件',
    arrow: '↓',
    actuals: [41, 37, 34],
    expected: [undefined, 35, 30, 25, 20],
  },
  {
    no: '指標⑤',
    name: '子育てしやすいと感じる区民の割合',
    desc: '区民意識調査で「子育てしやすい」「どちらかといえば子育てしやすい」と答えた割合',
    unit: '％',
    arrow: '↑',
    actuals: [58.3, 55.0, 52.0],
    expected: [undefined, 60.0, 65.0, 67.5, 70.0],
  },
];
function wardBlock(ws: Worksheet, r: number, c: number, b: Block): void {
  put(ws, r, c, [b.no, b.name]);
  ws.mergeCells(r, c + 1, r, c + 6);
  put(ws, r + 1, c, ['指標の説明', b.desc]);
  ws.mergeCells(r + 1, c + 1, r + 1, c + 6);
  put(ws, r + 2, c, ['単位', b.unit, '方向', b.arrow]);
  put(ws, r + 3, c, ['年度', 'R3\n（現状値）', 'R4', 'R5', 'R6', 'R7']);
  put(ws, r + 4, c, ['実績値', ...b.actuals]);
  put(ws, r + 5, c, ['期待値\n※R7は目標値', ...b.expected]);
  put(ws, r + 6, c, ['備考', b.note]);
  ws.mergeCells(r + 6, c + 1, r + 6, c + 6);
}
const ward: Holdout2Workbook = {
  name: 'h72-ward-policy-tiled',
  layout: '政令市の区の区運営方針 施策評価シート: 指標ブロック2列タイル（R3現状値・実績値/期待値の2行・方向↑↓）、空の達成状況欄と前年度評価',
  build(wb) {
    const ws = wb.addWorksheet(W1);
    put(ws, 1, 1, ['令和5年度　あおば区運営方針　施策評価シート']);
    put(ws, 2, 1, [
      '評価対象年度：令和5年度',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '作成：あおば区役所 保健福祉センター',
    ]);
    put(ws, 3, 1, [
      '区の目標',
      '2　安心して子育てできるまち',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '施策 2-1　地域で支える子育て',
    ]);
    ws.mergeCells('B3:G3');
    put(ws, 4, 1, ['施策の達成状況', undefined, undefined, '（前年度：C）']);
    ws.mergeCells('B4:C4');
    const spots: [number, number][] = [
      [6, 1],
      [6, 9],
      [14, 1],
      [14, 9],
      [22, 1],
    ];
    wardBlocks.forEach((b, i) => wardBlock(ws, spots[i][0], spots[i][1], b));
    put(ws, 30, 1, ['※方向　↑：増加を目指す指標　↓：減少を目指す指標']);
    put(ws, 32, 1, ['【総合評価】']);
    put(ws, 33, 1, ['乳幼児健診は高い受診率を維持。子育て情報メールは登録者の伸びが鈍く、周知方法の見直しが必要。']);
    ws.getColumn(1).width = 16;
  },
  expected: {
    file: 'h72-ward-policy-tiled.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(W1, '子育てサロンの参加者数', '人', 6000, 5412),
      ind(W1, '乳幼児健診の受診率', '％', 97.0, 97.8),
      ind(W1, '子育て情報メールの登録者数', '人', 2400, 1690),
      ind(W1, '児童虐待の再相談件数', '件', 30, 34, { direction: 'down' }),
      ind(W1, '子育てしやすいと感じる区民の割合', '％', 65.0, 52.0),
    ],
    groups: [{ sheet: W1, cell: 'B4', grade: rollUp(['B', 'A', 'C', 'B', 'B']) }],
  },
};

// ── 町: 実施計画事業の実績報告, targets and actuals as text (family B) ──
const W2 = '事業実績';
const town: Holdout2Workbook = {
  name: 'h72-town-project-results',
  layout: '町の実施計画事業 実績報告: 事業（コード・事業名・概要を1セル）、R4実績/R5目標/R5実績を文で、2つの数量を1セル、未実施、自己評価と今後の方向性',
  build(wb) {
    const ws = wb.addWorksheet(W2);
    put(ws, 1, 1, ['令和5年度　みどり町実施計画事業　実績報告']);
    ws.mergeCells('A1:H1');
    put(ws, 2, 1, ['基本目標', '3　安心して暮らせるまち']);
    ws.mergeCells('B2:E2');
    put(ws, 4, 1, ['No.', '事業', '担当課', 'R4年度実績', 'R5年度目標', 'R5年度実績', '自己評価', '今後の方向性']);
    const rows: (string | number)[][] = [
      [
        1,
        '3-1-1　町民健康づくり教室事業\n【概要】保健師・栄養士による運動・栄養教室を開催する。',
        '健康福祉課',
        '開催回数 22回',
        '開催回数 24回',
        '開催回数 24回',
        'A',
        '継続',
      ],
      [
        2,
        '3-1-2　移住体験住宅運営事業\n【概要】町外からの移住希望者に体験住宅を貸し出す。',
        '企画課',
        '利用件数 11件',
        '利用件数 15件',
        '利用件数 9件',
        'B',
        '見直し',
      ],
      [
        3,
        '3-2-1　町営バス運行事業\n【概要】町内循環バス2路線を運行する。',
        '総務課',
        '年間利用者数 17,480人',
        '年間利用者数 18,000人',
        '年間利用者数 16,920人',
        'B',
        '継続',
      ],
      [4, '3-2-2　空き家バンク事業', '企画課', '登録件数:8件 成約件数:4件', '登録件数:12件 成約件数:6件', '登録件数:10件 成約件数:6件', 'A', '継続'],
      [
        5,
        '3-3-1　ふるさと納税推進事業\n【概要】返礼品の充実とポータルサイトの追加で寄附を募る。',
        '企画課',
        '寄附件数 2,860件',
        '寄附件数 3,000件',
        '寄附件数 3,412件',
        'A',
        '拡充',
      ],
      [6, '3-3-2　農業後継者育成研修事業', '産業振興課', '研修生 2人', '研修生 3人', '未実施', 'D', '見直し'],
      [
        7,
        '3-4-1　子ども読書推進事業\n【概要】町立図書館と小学校で読み聞かせ会を開く。',
        '教育委員会',
        '読み聞かせ会 34回',
        '読み聞かせ会 36回',
        '読み聞かせ会 31回',
        'B',
        '継続',
      ],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 13, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：やや遅れ　D：遅れ（未実施を含む）']);
    put(ws, 14, 1, ['※農業後継者育成研修事業は受入農家の確保ができず、令和5年度は実施しなかった。']);
    ws.getColumn(2).width = 44;
  },
  expected: {
    file: 'h72-town-project-results.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(W2, '町民健康づくり教室事業', '回', 24, 24, { existing: 'A' }),
      ind(W2, '移住体験住宅運営事業', '件', 15, 9, { existing: 'B' }),
      ind(W2, '町営バス運行事業', '人', 18000, 16920, { existing: 'B' }),
      {
        sheet: W2,
        name: '空き家バンク事業',
        measures: [
          { label: '登録件数', target: 12, actual: 10, unit: '件' },
          { label: '成約件数', target: 6, actual: 6, unit: '件' },
        ],
        existing: 'A',
        grade: 'B',
      },
      ind(W2, 'ふるさと納税推進事業', '件', 3000, 3412, { existing: 'A' }),
      ind(W2, '農業後継者育成研修事業', '人', 3, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(W2, '子ども読書推進事業', '回', 36, 31, { existing: 'B' }),
    ],
    groups: [],
  },
};

// ── 中核市: 創生総合戦略の KPI × 年度末の列, figures with units (family C) ──
const W3 = 'KPI';
const chukaku: Holdout2Workbook = {
  name: 'h72-chukaku-kpi-periods',
  layout: '中核市の創生総合戦略 KPI 達成状況: KPI ごとに目標値/実績値の2行 × 令和4年3月末〜令和7年3月末、値は「12 件」の文、▲の負数、備考に減少目標',
  build(wb) {
    const ws = wb.addWorksheet(W3);
    put(ws, 1, 1, ['第2期さくら市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の達成状況（令和5年度）']);
    ws.mergeCells('A1:G1');
    put(ws, 2, 1, ['基本目標2　新しいひとの流れをつくる']);
    put(ws, 4, 1, ['KPI', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末（最終目標）', '備考']);
    const kpis: [string, (string | undefined)[], (string | undefined)[], string?][] = [
      ['新規企業立地件数（累計）', ['6 件', '9 件', '12 件', '15 件'], ['5 件', '8 件', '10 件']],
      ['市内大学卒業生の市内就職率', ['30.0 ％', '32.5 ％', '35.0 ％', '37.5 ％'], ['28.4 ％', '30.1 ％', '31.2 ％']],
      ['転入超過数', ['100 人', '200 人', '300 人', '400 人'], ['▲85 人', '156 人', '412 人'], '▲は転出超過'],
      ['観光消費額', ['150 億円', '170 億円', '185 億円', '200 億円'], ['121 億円', '158 億円', '162 億円']],
      ['保育所等の待機児童数', ['0 人', '0 人', '0 人', '0 人'], ['12 人', '3 人', '0 人'], '減少を目指す指標'],
      ['合計特殊出生率', ['1.45', '1.48', '1.50', '1.52'], ['1.41', '1.36', '1.38']],
    ];
    kpis.forEach(([name, targets, actuals, note], i) => {
      const r = 5 + i * 2;
      put(ws, r, 1, [name, '目標値', ...targets, note]);
      put(ws, r + 1, 1, [name, '実績値', ...actuals]);
      ws.mergeCells(r, 1, r + 1, 1);
      if (note) ws.mergeCells(r, 7, r + 1, 7);
    });
    put(ws, 18, 1, ['※実績値は各年3月末時点（観光消費額・出生率は当該年度の推計値）。']);
    ws.getColumn(1).width = 30;
  },
  expected: {
    file: 'h72-chukaku-kpi-periods.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(W3, '新規企業立地件数（累計）', '件', 12, 10),
      ind(W3, '市内大学卒業生の市内就職率', '％', 35.0, 31.2),
      ind(W3, '転入超過数', '人', 300, 412),
      ind(W3, '観光消費額', '億円', 185, 162),
      ind(W3, '保育所等の待機児童数', '人', 0, 0, { direction: 'down' }),
      ind(W3, '合計特殊出生率', null, 1.5, 1.38),
    ],
    groups: [],
  },
};

// ── 一般市 (1): 環境基本計画の点検評価, plan indicators with the year in the cell (family D) ──
const W4 = '計画の指標';
const cityPlan: Holdout2Workbook = {
  name: 'h72-city-plan-indicators',
  layout: '一般市の環境基本計画 点検評価: 現況（計画策定時）と実績に年度を改行で、目標（R8）だけ、単位の列、説明に「削減を目指す」、集計中',
  build(wb) {
    const ws = wb.addWorksheet(W4);
    put(ws, 1, 1, ['ひがし市第3次環境基本計画　令和5年度 点検評価（計画の指標）']);
    ws.mergeCells('A1:H1');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況（計画策定時）', '目標（R8）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        1,
        '1人1日当たりのごみ排出量',
        '家庭系・事業系ごみの排出量を人口と日数で割った値。削減を目指す。',
        'g',
        '912\n（令和2年度）',
        850,
        '871\n（令和5年度）',
        '清掃事業概要',
      ],
      [2, 'リサイクル率', '資源化量÷ごみ総排出量', '％', '17.8\n（令和2年度）', 25.0, '19.4\n（令和5年度）', '清掃事業概要'],
      [
        3,
        '住宅用太陽光発電設備の設置件数（累計）',
        '市の補助制度を利用した設置件数の累計',
        '件',
        '1,240\n（令和2年度）',
        '2,000',
        '1,862\n（令和5年度）',
        '補助金交付実績',
      ],
      [
        4,
        '市有施設の温室効果ガス排出量',
        '市の事務事業に伴う排出量。削減を目指す。',
        't-CO2',
        '15,300\n（平成25年度）',
        9180,
        '10,210\n（令和5年度）',
        '実行計画の算定',
      ],
      [5, '環境学習講座の延べ参加者数', '市主催の環境学習講座・自然観察会の参加者数', '人', '820\n（令和元年度）', 1000, '1,124\n（令和5年度）', '事業実績'],
      [
        6,
        '河川の水質環境基準（BOD）達成地点の割合',
        '市内12地点のうち環境基準を達成した地点の割合',
        '％',
        '83.3\n（令和2年度）',
        100,
        '集計中',
        '公共用水域水質測定',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    put(ws, 11, 1, ['※河川の水質は県の測定結果の公表（令和6年8月予定）後に記載する。']);
    ws.getColumn(2).width = 34;
    ws.getColumn(3).width = 40;
  },
  expected: {
    file: 'h72-city-plan-indicators.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(W4, '1人1日当たりのごみ排出量', 'g', 850, 871, { direction: 'down' })),
      final(ind(W4, 'リサイクル率', '％', 25.0, 19.4)),
      final(ind(W4, '住宅用太陽光発電設備の設置件数（累計）', '件', 2000, 1862)),
      final(ind(W4, '市有施設の温室効果ガス排出量', 't-CO2', 9180, 10210, { direction: 'down' })),
      final(ind(W4, '環境学習講座の延べ参加者数', '人', 1000, 1124)),
      final(ind(W4, '河川の水質環境基準（BOD）達成地点の割合', '％', 100, null, { actualStatus: 'pending' })),
    ],
    groups: [],
  },
};

// ── 一般市 (2): 施策評価シート, indicators as rows with 期待値/実績値 × R4…R8, 方向 ↗↘ (family A, stacked) ──
const W5 = '施策評価';
const cityPolicy: Holdout2Workbook = {
  name: 'h72-city-policy-rows',
  layout: '一般市の施策評価シート: 令和7年度作成・評価対象年度は令和6年度、指標ごとに期待値/実績値の2行 × R4〜R8（目標）、方向の列 ↗↘、空の施策評価欄',
  build(wb) {
    const ws = wb.addWorksheet(W5);
    put(ws, 1, 1, ['令和7年度　行政評価　施策評価シート']);
    put(ws, 2, 1, ['評価対象年度：令和6年度（2024年度）']);
    put(ws, 3, 1, ['施策', '4-2　地域経済の活性化', undefined, undefined, undefined, undefined, '担当課', '商工労働課']);
    ws.mergeCells('B3:E3');
    put(ws, 5, 1, ['施策の評価', undefined, undefined, '（令和5年度評価：B）']);
    ws.mergeCells('B5:C5');
    put(ws, 7, 1, ['成果指標', '単位', '方向', '区分', 'R4', 'R5', 'R6', 'R7', 'R8（目標）']);
    const rows: [string, string, string, number[], number[]][] = [
      ['創業支援による創業者数', '件', '↗', [20, 22, 24, 26, 28], [18, 25, 21]],
      ['市内事業所の従業者数', '人', '↗', [31000, 31000, 31000, 31000, 31000], [30842, 30510, 30115]],
      ['中心市街地の歩行者通行量', '人/日', '↗', [8000, 8300, 8600, 8900, 9200], [7420, 7780, 8655]],
      ['企業誘致件数', '件', '↗', [1, 2, 2, 2, 2], [1, 0, 1]],
      ['中心商店街の空き店舗率', '％', '↘', [12.0, 11.5, 11.0, 10.5, 10.0], [12.8, 12.1, 13.4]],
    ];
    rows.forEach(([name, unit, arrow, exp, act], i) => {
      const r = 8 + i * 2;
      put(ws, r, 1, [name, unit, arrow, '期待値', ...exp]);
      put(ws, r + 1, 4, ['実績値', ...act]);
      for (const c of [1, 2, 3]) ws.mergeCells(r, c, r + 1, c);
    });
    put(ws, 19, 1, ['※方向　↗：数値の増加を目指す　↘：数値の減少を目指す']);
    put(ws, 20, 1, ['※R8の期待値は後期基本計画の目標値']);
    put(ws, 22, 1, ['【施策の成果と課題】']);
    put(ws, 23, 1, ['創業支援は目標に近い水準で推移。企業誘致は用地不足により進んでいない。空き店舗率は大型店撤退の影響で上昇した。']);
    ws.getColumn(1).width = 28;
  },
  expected: {
    file: 'h72-city-policy-rows.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(W5, '創業支援による創業者数', '件', 24, 21),
      ind(W5, '市内事業所の従業者数', '人', 31000, 30115),
      ind(W5, '中心市街地の歩行者通行量', '人/日', 8600, 8655),
      ind(W5, '企業誘致件数', '件', 2, 1),
      ind(W5, '中心商店街の空き店舗率', '％', 11.0, 13.4, { direction: 'down' }),
    ],
    groups: [{ sheet: W5, cell: 'B5', grade: rollUp(['B', 'B', 'A', 'D', 'B']) }],
  },
};

// ── 特別区: 実行計画 計画事業の年次別 計画/実績 (西暦), figures with units, 評価 column (family C) ──
const W6 = '計画事業';
const tokubetsuku: Holdout2Workbook = {
  name: 'h72-tokubetsuku-plan-years',
  layout: '特別区の実行計画 計画事業の進捗: 事業番号、計画/実績の2行 × 2022〜2025年度（西暦）、値は「120人」「3か所」の文、2023年度の評価の列',
  build(wb) {
    const ws = wb.addWorksheet(W6);
    put(ws, 1, 1, ['みなみ区実行計画（2022〜2025年度）　計画事業の進捗状況']);
    put(ws, 2, 1, ['2023年度実績の評価', undefined, undefined, undefined, undefined, undefined, '政策経営部 政策企画課']);
    put(ws, 4, 1, ['事業番号', '計画事業', '区分', '2022年度', '2023年度', '2024年度', '2025年度', '2023年度評価']);
    const rows: [string, string, string[], string[], string][] = [
      ['01', '認可保育所の定員拡大', ['120人', '150人', '100人', '80人'], ['126人', '141人'], 'B'],
      ['02', '区民防災訓練の実施', ['24回', '24回', '24回', '24回'], ['22回', '26回'], 'A'],
      ['03', '特定健康診査の受診率向上', ['45.0％', '47.0％', '49.0％', '51.0％'], ['44.1％', '43.9％'], 'B'],
      ['04', '区立公園のバリアフリー改修', ['3か所', '3か所', '4か所', '4か所'], ['3か所', '2か所'], 'C'],
      ['05', '自転車駐車場の整備', ['200台', '300台', '200台', '100台'], ['200台', '150台'], 'D'],
      ['06', '電子書籍の貸出', ['8,000件', '10,000件', '12,000件', '14,000件'], ['9,870件', '12,430件'], 'A'],
    ];
    rows.forEach(([no, name, plan, act, grade], i) => {
      const r = 5 + i * 2;
      put(ws, r, 1, [no, name, '計画', ...plan, grade]);
      put(ws, r + 1, 3, ['実績', ...act]);
      for (const c of [1, 2, 8]) ws.mergeCells(r, c, r + 1, c);
    });
    put(ws, 18, 1, ['※評価　A：計画どおり　B：概ね計画どおり　C：やや遅れ　D：遅れ']);
    put(ws, 19, 1, ['※自転車駐車場の整備は用地取得の遅れにより一部を2024年度に繰り延べ。']);
    ws.getColumn(2).width = 30;
  },
  expected: {
    file: 'h72-tokubetsuku-plan-years.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(W6, '認可保育所の定員拡大', '人', 150, 141, { existing: 'B' }),
      ind(W6, '区民防災訓練の実施', '回', 24, 26, { existing: 'A' }),
      ind(W6, '特定健康診査の受診率向上', '％', 47.0, 43.9, { existing: 'B' }),
      ind(W6, '区立公園のバリアフリー改修', 'か所', 3, 2, { existing: 'C' }),
      ind(W6, '自転車駐車場の整備', '台', 300, 150, { existing: 'D' }),
      ind(W6, '電子書籍の貸出', '件', 10000, 12430, { existing: 'A' }),
    ],
    groups: [],
  },
};

export const CITY_WORKBOOKS: Holdout2Workbook[] = [ward, town, chukaku, cityPlan, cityPolicy, tokubetsuku];
