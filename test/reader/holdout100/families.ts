/**
 * Hold-out set 100, the four families, as an environment department's offices write them (環境基本計画・地球温暖化対策実行計画・
 * ごみ処理基本計画の進行管理): a 施策評価シート with six indicator blocks tiled two across, an empty 達成状況評価 cell beside last
 * year's 「（A）」, 目指す方向 ↑／↓ in each block and a 市域排出量 still 集計中 (two years' lag); a ごみ処理基本計画 推進事業実績
 * with 数値目標／実績値 as text ("不法投棄回収件数 80件以下", two measures in one cell, 未実施); a 区域施策編 KPI table 目標値／実績値
 * per 年度 with 速報値 for the latest year, a 削減率 that goes up and a 「－」; a ごみ処理基本計画 計画指標 table with 基準値（平成30年度）,
 * 目標値（令和7年度）, 実績 with its year in the cell and a 目標の方向 column.
 */
import type { Worksheet } from 'exceljs';
import { put, rollUp, ind, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const wrap = { wrapText: true, vertical: 'middle' as const };

function border(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++)
    for (let c = c1; c <= c2; c++)
      ws.getCell(r, c).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
}

// ---------------------------------------------------------------------------------------------------------------------------
// A: 施策評価シート (環境基本計画 基本施策 2-1)

interface Block {
  no: string;
  name: string;
  description: string;
  unit: string;
  arrow: '↑' | '↓';
  actuals: (number | string | null)[];
  expects: (number | null)[];
  note: string;
}

const A_BLOCKS: Block[] = [
  {
    no: '指標①',
    name: '市域の温室効果ガス排出量',
    description: '市域から排出される温室効果ガスの総量（二酸化炭素換算）',
    unit: '千t-CO2',
    arrow: '↓',
    actuals: [1352, 1284, '1,251\n（速報値）', '集計中', null, null],
    expects: [null, 1320, 1290, 1255, 1220, 1180],
    note: '排出量は国の統計の公表を待って算定するため、実績の確定は2年後となる。R5実績は令和7年度に判明予定。',
  },
  {
    no: '指標②',
    name: '市の事務事業に伴う温室効果ガス排出量',
    description: '市役所の事務・事業（公共施設、公用車等）から排出される温室効果ガスの量',
    unit: 't-CO2',
    arrow: '↓',
    actuals: [20860, 20110, 19480, 18420, null, null],
    expects: [null, 20400, 19900, 19100, 18600, 18000],
    note: '地球温暖化対策実行計画（事務事業編）の実績値',
  },
  {
    no: '指標③',
    name: '住宅用太陽光発電設備の導入容量（累計）',
    description: 'FIT・FIP認定情報による市内住宅用（10kW未満）太陽光発電設備の導入容量',
    unit: 'kW',
    arrow: '↑',
    actuals: [9850, 10420, 11150, 11870, null, null],
    expects: [null, 10500, 11500, 12600, 13700, 14800],
    note: '資源エネルギー庁公表データ（各年度末）',
  },
  {
    no: '指標④',
    name: '公用車の燃料使用量',
    description: '公用車（消防車両等の緊急車両を除く）のガソリン及び軽油の使用量',
    unit: 'kL',
    arrow: '↓',
    actuals: [168.2, 172.5, 166.0, 171.3, null, null],
    expects: [null, 165, 160, 152, 146, 140],
    note: '災害対応で走行距離が増加',
  },
  {
    no: '指標⑤',
    name: '環境学習講座の参加者数',
    description: '市が主催する環境学習講座・自然観察会の延べ参加者数',
    unit: '人',
    arrow: '↑',
    actuals: [412, 530, 702, 684, null, null],
    expects: [null, 800, 1000, 1200, 1300, 1400],
    note: '',
  },
  {
    no: '指標⑥',
    name: '省エネルギー機器導入補助件数',
    description: '家庭用燃料電池・高効率給湯器・蓄電池等の導入補助の交付件数',
    unit: '件',
    arrow: '↑',
    actuals: [188, 205, 231, 246, null, null],
    expects: [null, 220, 260, 300, 300, 300],
    note: '',
  },
];

const PERIODS = ['R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）'];

function block(ws: Worksheet, row: number, col: number, b: Block): void {
  put(ws, row, col, [b.no, b.name]);
  ws.mergeCells(row, col + 1, row, col + 6);
  put(ws, row + 1, col, ['指標の説明', b.description]);
  ws.mergeCells(row + 1, col + 1, row + 1, col + 6);
  ws.getCell(row + 1, col + 1).alignment = wrap;
  put(ws, row + 2, col, ['単位', b.unit, undefined, '目指す方向', undefined, b.arrow]);
  ws.mergeCells(row + 2, col + 1, row + 2, col + 2);
  ws.mergeCells(row + 2, col + 3, row + 2, col + 4);
  ws.mergeCells(row + 2, col + 5, row + 2, col + 6);
  put(ws, row + 3, col, ['区分', ...PERIODS]);
  put(ws, row + 4, col, ['実績値', ...b.actuals]);
  put(ws, row + 5, col, ['期待値\n※R7は目標値', ...b.expects]);
  put(ws, row + 6, col, ['備考', b.note || undefined]);
  ws.mergeCells(row + 6, col + 1, row + 6, col + 6);
  for (let c = col; c <= col + 6; c++) {
    ws.getCell(row + 3, c).alignment = { ...wrap, horizontal: 'center' };
    ws.getCell(row + 4, c).alignment = wrap;
    ws.getCell(row + 5, c).alignment = wrap;
    ws.getCell(row + 4, c).numFmt = '#,##0.0##';
    ws.getCell(row + 5, c).numFmt = '#,##0.0##';
  }
  ws.getCell(row + 6, col + 1).alignment = wrap;
  border(ws, row, col, row + 6, col + 6);
}

const A_SHEET = '2-1';
const A_INDICATORS: ExpectedIndicator[] = [
  ind(A_SHEET, '市域の温室効果ガス排出量', '千t-CO2', 1255, null, { direction: 'down', actualStatus: 'pending' }),
  ind(A_SHEET, '市の事務事業に伴う温室効果ガス排出量', 't-CO2', 19100, 18420, { direction: 'down' }),
  ind(A_SHEET, '住宅用太陽光発電設備の導入容量（累計）', 'kW', 12600, 11870),
  ind(A_SHEET, '公用車の燃料使用量', 'kL', 152, 171.3, { direction: 'down' }),
  ind(A_SHEET, '環境学習講座の参加者数', '人', 1200, 684),
  ind(A_SHEET, '省エネルギー機器導入補助件数', '件', 300, 246),
];

const kankyoShisaku: Holdout2Workbook = {
  name: 'h100-kankyo-shisaku',
  layout:
    '環境基本計画 施策評価シート: six blocks two across (R2（現状値）〜R7（目標値）, 実績値／期待値, 目指す方向 ↑↓), 排出量 R5 集計中, empty 達成状況評価 beside （A）, a 記入要領 sheet',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    ws.columns = [10, 11, 11, 11, 11, 11, 11, 2, 10, 11, 11, 11, 11, 11, 11].map((width) => ({ width }));
    put(ws, 1, 1, ['令和６年度 環境基本計画 基本施策評価シート（評価対象期間：令和５年度）']);
    ws.mergeCells('A1:O1');
    ws.getCell('A1').font = { bold: true, size: 14 };
    put(ws, 2, 1, ['基本目標', '２ 脱炭素社会の実現に向けて市民・事業者・市が協働するまち']);
    ws.mergeCells('B2:G2');
    put(ws, 2, 9, ['担当部等', '環境部（環境政策課・廃棄物対策課）']);
    ws.mergeCells('J2:O2');
    put(ws, 3, 1, ['基本施策', '2-1 地球温暖化対策の推進']);
    ws.mergeCells('B3:G3');
    put(ws, 3, 9, ['達成状況評価']);
    ws.mergeCells('I3:K3');
    ws.getCell('M3').value = '（A）';
    put(ws, 4, 9, ['※（ ）内は前年度の評価']);
    ws.mergeCells('I4:O4');
    border(ws, 2, 1, 3, 7);
    border(ws, 2, 9, 3, 15);
    put(ws, 6, 1, ['■ 成果指標の状況']);
    A_BLOCKS.forEach((b, i) => block(ws, 7 + Math.floor(i / 2) * 8, i % 2 ? 9 : 1, b));
    const end = 7 + 3 * 8;
    put(ws, end, 1, ['■ 施策の総合評価']);
    put(ws, end + 1, 1, ['成果', '事務事業の排出量は省エネ改修の効果で期待値を下回った（目標達成）。住宅用太陽光は導入が続くが期待値には届かない。']);
    ws.mergeCells(end + 1, 2, end + 1, 15);
    put(ws, end + 2, 1, ['課題', '市域排出量の実績は2年遅れで確定するため、電力・ガス使用量等の速報指標で補完して進捗を把握する必要がある。']);
    ws.mergeCells(end + 2, 2, end + 2, 15);
    put(ws, end + 3, 1, ['今後の方向性', '継続']);
    border(ws, end + 1, 1, end + 3, 15);

    const guide = wb.addWorksheet('記入要領');
    guide.getColumn(1).width = 90;
    [
      '基本施策評価シート 記入要領',
      '１ 実績値は評価対象年度（令和５年度）の値を記入する。確定していない場合は「集計中」と記入する。',
      '２ 期待値は各年度の到達見込み値（最終年度は目標値）。',
      '３ 達成状況評価は、成果指標の達成度を踏まえ次の区分で記入する。',
      '　A：順調　B：概ね順調　C：やや遅れている　D：遅れている',
      '４ 目指す方向が↓の指標は、期待値を下回るほど良い。',
    ].forEach((t, i) => (guide.getCell(i + 1, 1).value = t));
  },
  expected: {
    file: 'h100-kankyo-shisaku.xlsx',
    fiscalYear: 2023,
    indicators: A_INDICATORS,
    groups: [{ sheet: A_SHEET, cell: 'L3', grade: rollUp(A_INDICATORS.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// B: ごみ処理基本計画 推進事業実績

const B_SHEET = '事業実績';

const gomiJigyo: Holdout2Workbook = {
  name: 'h100-gomi-jigyo',
  layout:
    'ごみ処理基本計画 推進事業実績: code+name+概要 in one cell, R5年度数値目標／実績値 as text ("80件以下", "1,850t"), 自己評価, R4 実績 after, two measures in one cell, 未実施',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    ws.columns = [5, 38, 12, 22, 22, 8, 20, 10, 30].map((width) => ({ width }));
    put(ws, 1, 1, ['第３次ごみ処理基本計画 推進事業の実施状況（令和５年度）']);
    ws.mergeCells('A1:I1');
    ws.getCell('A1').font = { bold: true, size: 13 };
    put(ws, 2, 8, ['廃棄物対策課']);
    ws.mergeCells('H2:I2');
    put(ws, 3, 1, [
      'No.',
      '推進事業\n（事業名・概要）',
      '担当課',
      '令和５年度',
      undefined,
      '自己評価',
      '（参考）\nR4年度実績値',
      '今後の\n方向性',
      '成果・課題',
    ]);
    put(ws, 4, 4, ['数値目標', '実績値']);
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:B4');
    ws.mergeCells('C3:C4');
    ws.mergeCells('D3:E3');
    ws.mergeCells('F3:F4');
    ws.mergeCells('G3:G4');
    ws.mergeCells('H3:H4');
    ws.mergeCells('I3:I4');
    const rows: (string | number | undefined)[][] = [
      [
        1,
        '1-1 生ごみ処理機購入費補助事業\n家庭用生ごみ処理機・コンポスト容器の購入費の一部を補助する。',
        '廃棄物対策課',
        '補助件数 120件',
        '補助件数 97件',
        'B',
        '補助件数 88件',
        '継続',
        '物価高騰の影響で電動式の申請が伸び悩んだ。',
      ],
      [
        2,
        '1-2 資源集団回収奨励事業\n子ども会・町内会等の資源物集団回収に奨励金を交付する。',
        '廃棄物対策課',
        '回収量 1,850t',
        '回収量 1,702t',
        'A',
        '回収量 1,768t',
        '継続',
        '実施団体の高齢化により回収量が減少。',
      ],
      [
        3,
        '1-3 食品ロス削減出前講座事業\n小中学校・地域団体への出前講座で食品ロス削減を啓発する。',
        '環境政策課',
        '出前講座 12回',
        '未実施',
        'D',
        '出前講座 4回',
        '見直し',
        '講師の確保ができず未実施。',
      ],
      [
        4,
        '2-1 不法投棄監視パトロール事業\n監視員による巡回と監視カメラの設置で不法投棄を防止する。',
        '廃棄物対策課',
        '不法投棄回収件数 80件以下',
        '64件',
        'A',
        '71件',
        '継続',
        '監視カメラ増設の効果が見られた。',
      ],
      [5, '2-2 粗大ごみ戸別収集事業\n申込制による粗大ごみの戸別収集を行う。', '廃棄物対策課', '収集件数 4,000件', '4,312件', 'A', '4,105件', '継続', ''],
      [
        6,
        '2-3 ごみ分別アプリ普及促進事業\n収集日や分別方法を通知するアプリの利用を促進する。',
        '廃棄物対策課',
        'ダウンロード数（累計） 15,000件',
        '11,240件',
        'B',
        '9,870件',
        '拡充',
        '転入者への周知が不足。',
      ],
      [7, '3-1 剪定枝資源化事業\n家庭から出る剪定枝を拠点回収しチップ化する。', 'クリーンセンター', '資源化量 320t', '288t', 'B', '301t', '継続', ''],
      [
        8,
        '3-2 地域清掃活動支援事業\nクリーン作戦等の地域清掃活動に物品支給・ごみの収集を行う。',
        '環境政策課',
        '参加団体 60団体\n参加者 3,000人',
        '参加団体 52団体\n参加者 2,415人',
        'B',
        '参加団体 49団体\n参加者 2,230人',
        '継続',
        '猛暑により秋季に延期した団体あり。',
      ],
      [
        9,
        '3-3 小型家電回収事業\n公共施設に回収ボックスを設置し小型家電を回収する。',
        'クリーンセンター',
        '回収量 18.0t',
        '21.6t',
        'A',
        '17.2t',
        '継続',
        '回収ボックスを2か所増設。',
      ],
      [
        10,
        '3-4 事業系ごみ適正排出指導事業\n多量排出事業者への立入調査・減量計画書の提出指導を行う。',
        '廃棄物対策課',
        '立入指導 50事業所',
        '41事業所',
        'B',
        '38事業所',
        '継続',
        '',
      ],
    ];
    rows.forEach((r, i) => {
      put(ws, 5 + i, 1, r);
      for (let c = 1; c <= 9; c++) ws.getCell(5 + i, c).alignment = wrap;
      ws.getRow(5 + i).height = 42;
    });
    border(ws, 3, 1, 4 + rows.length, 9);
    put(ws, 6 + rows.length, 1, ['※自己評価　A：順調（目標達成）　B：概ね順調　C：やや遅れている　D：遅れている・未実施']);
    ws.mergeCells(6 + rows.length, 1, 6 + rows.length, 9);
  },
  expected: {
    file: 'h100-gomi-jigyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '生ごみ処理機購入費補助事業', '件', 120, 97, { existing: 'B' }),
      ind(B_SHEET, '資源集団回収奨励事業', 't', 1850, 1702, { existing: 'A' }),
      ind(B_SHEET, '食品ロス削減出前講座事業', '回', 12, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(B_SHEET, '不法投棄監視パトロール事業', '件', 80, 64, { existing: 'A', direction: 'down' }),
      ind(B_SHEET, '粗大ごみ戸別収集事業', '件', 4000, 4312, { existing: 'A' }),
      ind(B_SHEET, 'ごみ分別アプリ普及促進事業', '件', 15000, 11240, { existing: 'B' }),
      ind(B_SHEET, '剪定枝資源化事業', 't', 320, 288, { existing: 'B' }),
      {
        sheet: B_SHEET,
        name: '地域清掃活動支援事業',
        measures: [
          { label: '参加団体', target: 60, actual: 52, unit: '団体' },
          { label: '参加者', target: 3000, actual: 2415, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'B',
      },
      ind(B_SHEET, '小型家電回収事業', 't', 18, 21.6, { existing: 'A' }),
      ind(B_SHEET, '事業系ごみ適正排出指導事業', '事業所', 50, 41, { existing: 'B' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// C: 区域施策編 KPI × 年度

const C_SHEET = 'KPI';

interface Kpi {
  name: string;
  unit: string;
  targets: (number | string)[];
  actuals: (number | string | null)[];
  note: string;
}

const C_KPIS: Kpi[] = [
  {
    name: '市域の温室効果ガス排出量',
    unit: '千t-CO2',
    targets: [1290, 1235, 1180, 1140, 980],
    actuals: [1284, 1251, '1,205\n（速報値）', null, null],
    note: '削減を目指す指標。R4は確定値、R5は速報値（確定値は令和7年度に公表予定）',
  },
  {
    name: '温室効果ガス排出量の削減率（2013年度比）',
    unit: '%',
    targets: [28.9, 32.0, 35.0, 37.2, 46.0],
    actuals: [29.3, 31.1, '33.6\n（速報値）', null, null],
    note: '基準年度（2013年度）排出量1,815千t-CO2に対する削減割合',
  },
  {
    name: '再生可能エネルギー導入量',
    unit: 'MWh',
    targets: [50000, 54000, 58000, 62000, 90000],
    actuals: [51320, 55870, 61240, null, null],
    note: '市内の再エネ設備による年間発電量（推計）',
  },
  {
    name: '市民1人当たりのエネルギー消費量',
    unit: 'GJ/人',
    targets: [55.0, 53.5, 52.0, 50.5, 43.0],
    actuals: [56.1, 54.9, 53.8, null, null],
    note: '減少を目指す指標',
  },
  {
    name: '次世代自動車の普及台数',
    unit: '台',
    targets: [6000, 7500, 9000, 10500, 20000],
    actuals: [5410, 6380, 7150, null, null],
    note: 'EV・PHV・FCV・HVの保有台数（各年度末）',
  },
  {
    name: 'ZEH・ZEB導入補助件数',
    unit: '件',
    targets: [30, 35, 40, 45, 80],
    actuals: [28, 33, '－', null, null],
    note: 'R5は国の補助制度への移行に伴い市補助を休止',
  },
  {
    name: '緑のカーテン参加世帯数',
    unit: '世帯',
    targets: [450, 480, 500, 520, 600],
    actuals: [431, 468, 512, null, null],
    note: '',
  },
  {
    name: '市有施設のLED照明導入率',
    unit: '%',
    targets: [40, 55, 70, 80, 100],
    actuals: [38.2, 52.0, 66.4, null, null],
    note: '',
  },
];

const ondankaKpi: Holdout2Workbook = {
  name: 'h100-ondanka-kpi',
  layout:
    '区域施策編 KPI: 目標値／実績値 rows per KPI × 令和3〜6年度 and 令和12年度（目標年度）, 単位 column, R5 速報値 in the cell, 削減率 (up), 「－」, direction in 備考',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    ws.columns = [5, 36, 9, 8, 11, 11, 11, 11, 14, 40].map((width) => ({ width }));
    put(ws, 1, 1, ['地球温暖化対策実行計画（区域施策編）重点指標（KPI）の進捗状況']);
    ws.mergeCells('A1:J1');
    ws.getCell('A1').font = { bold: true, size: 13 };
    put(ws, 2, 1, ['評価対象年度：令和５年度']);
    ws.mergeCells('A2:C2');
    put(ws, 2, 9, ['令和6年8月 環境政策課']);
    ws.mergeCells('I2:J2');
    put(ws, 3, 1, ['No.', '重点指標（KPI）', '単位', '区分', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和12年度\n（目標年度）', '備考']);
    C_KPIS.forEach((k, i) => {
      const r = 4 + 2 * i;
      put(ws, r, 1, [i + 1, k.name, k.unit, '目標値', ...k.targets, k.note || undefined]);
      put(ws, r + 1, 4, ['実績値', ...k.actuals.map((a) => a ?? undefined)]);
      for (const c of [1, 2, 3, 10]) ws.mergeCells(r, c, r + 1, c);
      for (let c = 1; c <= 10; c++) {
        ws.getCell(r, c).alignment = wrap;
        ws.getCell(r + 1, c).alignment = wrap;
      }
      for (let c = 5; c <= 9; c++) {
        ws.getCell(r, c).numFmt = '#,##0.0##';
        ws.getCell(r + 1, c).numFmt = '#,##0.0##';
      }
    });
    border(ws, 3, 1, 3 + 2 * C_KPIS.length, 10);
    put(ws, 5 + 2 * C_KPIS.length, 1, ['※温室効果ガス排出量は、環境省「自治体排出量カルテ」等の統計の公表時期により、実績値の確定が2年遅れとなる。']);
  },
  expected: {
    file: 'h100-ondanka-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(C_SHEET, '市域の温室効果ガス排出量', '千t-CO2', 1180, 1205, { direction: 'down' }), actualStatus: 'provisional' },
      { ...ind(C_SHEET, '温室効果ガス排出量の削減率（2013年度比）', '%', 35.0, 33.6), actualStatus: 'provisional' },
      ind(C_SHEET, '再生可能エネルギー導入量', 'MWh', 58000, 61240),
      ind(C_SHEET, '市民1人当たりのエネルギー消費量', 'GJ/人', 52.0, 53.8, { direction: 'down' }),
      ind(C_SHEET, '次世代自動車の普及台数', '台', 9000, 7150),
      ind(C_SHEET, 'ZEH・ZEB導入補助件数', '件', 40, null, { actualStatus: 'not-applicable' }),
      ind(C_SHEET, '緑のカーテン参加世帯数', '世帯', 500, 512),
      ind(C_SHEET, '市有施設のLED照明導入率', '%', 70, 66.4),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// D: ごみ処理基本計画 計画指標

const D_SHEET = '計画指標';

const gomiPlan: Holdout2Workbook = {
  name: 'h100-gomi-plan',
  layout:
    'ごみ処理基本計画 計画指標: 基準値（平成30年度）, 目標値（令和7年度）, 実績値 "872⏎（令和5年度）", 目標の方向 ↓／↑ column with legend, 単位 column, a 調査中',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    ws.columns = [5, 34, 36, 12, 13, 13, 14, 8, 30].map((width) => ({ width }));
    put(ws, 1, 1, ['第３次ごみ処理基本計画　計画指標の達成状況（令和５年度実績）']);
    ws.mergeCells('A1:I1');
    ws.getCell('A1').font = { bold: true, size: 13 };
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '基準値\n（平成30年度）', '目標値\n（令和7年度）', '実績値', '目標の\n方向', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        1,
        '1人1日当たりごみ総排出量',
        '家庭系ごみ・事業系ごみ・集団回収量の合計を人口と日数で除した量',
        'g/人・日',
        938,
        850,
        '872\n（令和5年度）',
        '↓',
        '一般廃棄物処理実態調査',
      ],
      [
        2,
        '1人1日当たり家庭系ごみ排出量（資源物を除く）',
        '家庭から出る可燃・不燃・粗大ごみの量（資源物を除く）',
        'g/人・日',
        512,
        470,
        '468\n（令和5年度）',
        '↓',
        '一般廃棄物処理実態調査',
      ],
      [3, '事業系ごみ排出量', '事業所から排出され市の施設に搬入されたごみの量', 't', 21450, 19000, '20,310\n（令和5年度）', '↓', 'クリーンセンター搬入実績'],
      [4, 'リサイクル率', '（資源化量＋集団回収量）÷（ごみ総排出量＋集団回収量）', '%', 19.8, 25.0, '20.6\n（令和5年度）', '↑', '一般廃棄物処理実態調査'],
      [5, '最終処分量', '最終処分場に埋め立てた量', 't', 6820, 5900, '5,750\n（令和5年度）', '↓', '最終処分場搬入実績'],
      [6, '資源集団回収量', '登録団体による資源物集団回収の量', 't', 2400, 2600, '1,702\n（令和5年度）', '↑', '奨励金交付実績'],
      [7, '家庭系食品ロス発生量', '家庭から出る可燃ごみに含まれる未利用食品・食べ残しの推計量', 't', 3900, 3300, '調査中', '↓', '組成分析調査（3年ごと）'],
      [
        8,
        '市民1人当たりのごみ処理経費',
        'ごみの収集運搬・処理・処分に要した経費を人口で除した額',
        '円',
        13820,
        13500,
        '14,260\n（令和5年度）',
        '↓',
        '決算・廃棄物処理事業経費',
      ],
    ];
    rows.forEach((r, i) => {
      put(ws, 4 + i, 1, r);
      for (let c = 1; c <= 9; c++) ws.getCell(4 + i, c).alignment = wrap;
      ws.getCell(4 + i, 5).numFmt = '#,##0.0##';
      ws.getCell(4 + i, 6).numFmt = '#,##0.0##';
      ws.getRow(4 + i).height = 36;
    });
    border(ws, 3, 1, 3 + rows.length, 9);
    put(ws, 5 + rows.length, 1, ['※目標の方向　↑：増加を目指す　↓：減少を目指す']);
    put(ws, 6 + rows.length, 1, ['※家庭系食品ロス発生量は令和6年度に組成分析調査を実施予定。']);
  },
  expected: {
    file: 'h100-gomi-plan.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(D_SHEET, '1人1日当たりごみ総排出量', 'g/人・日', 850, 872, { direction: 'down' }),
      ind(D_SHEET, '1人1日当たり家庭系ごみ排出量（資源物を除く）', 'g/人・日', 470, 468, { direction: 'down' }),
      ind(D_SHEET, '事業系ごみ排出量', 't', 19000, 20310, { direction: 'down' }),
      ind(D_SHEET, 'リサイクル率', '%', 25.0, 20.6),
      ind(D_SHEET, '最終処分量', 't', 5900, 5750, { direction: 'down' }),
      ind(D_SHEET, '資源集団回収量', 't', 2600, 1702),
      ind(D_SHEET, '家庭系食品ロス発生量', 't', 3300, null, { direction: 'down', actualStatus: 'pending' }),
      ind(D_SHEET, '市民1人当たりのごみ処理経費', '円', 13500, 14260, { direction: 'down' }),
    ].map((i) => ({ ...i, targetSource: 'final' })),
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [kankyoShisaku, gomiJigyo, ondankaKpi, gomiPlan];
