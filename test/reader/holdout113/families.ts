/** Hold-out 113, the four families, for 文化・スポーツ・生涯学習・図書館: a policy sheet, a project table, a KPI table, plan indicators. */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const wrap = { wrapText: true, vertical: 'middle' as const };

// ---------------------------------------------------------------------------------------------------------------------------
// A: 施策評価シート, blocks tiled two across, R2（現状値）〜R7, evaluation R6.

interface Block {
  name: string;
  note: string;
  unit: string;
  actual: (number | string | null)[];
  expected: (number | null)[];
  remark: string;
}

const A_SHEET = '5-2';
const A_BLOCKS: Block[] = [
  {
    name: '市民1人当たりの図書貸出冊数',
    note: '市立図書館（中央館・分館2館・移動図書館）の個人貸出冊数を人口で除した数',
    unit: '冊',
    actual: [4.6, 5.0, 5.1, 5.2, 4.9, null],
    expected: [null, 4.9, 5.1, 5.3, 5.4, 5.5],
    remark: '中央図書館空調設備改修工事のため令和6年7月～9月休館',
  },
  {
    name: '図書館利用登録率',
    note: '有効登録者数÷人口（各年度末）',
    unit: '％',
    actual: [31.8, 32.4, 33.0, 33.9, 34.6, null],
    expected: [null, 32.5, 33.0, 33.5, 34.0, 35.0],
    remark: '',
  },
  {
    name: 'レファレンス件数',
    note: '図書館職員が受け付けた調べもの相談の件数（電話・メールを含む）',
    unit: '件',
    actual: [3612, 3705, 3880, 3790, 3050, null],
    expected: [null, 3700, 3850, 4000, 4200, 4400],
    remark: '休館期間中は電話・メールのみ受付',
  },
  {
    name: '公民館講座受講者数',
    note: '地区公民館（8館）の主催講座の延べ受講者数',
    unit: '人',
    actual: [6210, 9830, 11420, 12760, 13120, null],
    expected: [null, 10000, 11000, 12000, 12500, 13000],
    remark: '',
  },
  {
    name: '生涯学習ボランティア登録者数',
    note: '生涯学習ボランティアバンクへの登録者数（年度末）',
    unit: '人',
    actual: [284, 270, 262, 255, 251, null],
    expected: [null, 290, 300, 310, 320, 330],
    remark: '',
  },
  {
    name: '成人の週1回以上のスポーツ実施率',
    note: '市民意識調査で「週1回以上スポーツをしている」と回答した成人の割合',
    unit: '％',
    actual: [47.2, '－', 50.8, '－', '－', null],
    expected: [null, 50.0, 52.0, 53.5, 55.0, 57.0],
    remark: '市民意識調査は隔年実施。令和6年度は調査を予定していたが令和7年度に延期',
  },
];

function blockAt(ws: Worksheet, b: Block, no: string, row: number, col: number): void {
  put(ws, row, col, [`指標${no}`, b.name]);
  ws.mergeCells(row, col + 1, row, col + 6);
  put(ws, row + 1, col, ['指標の説明', b.note]);
  ws.mergeCells(row + 1, col + 1, row + 1, col + 6);
  ws.getCell(row + 1, col + 1).alignment = wrap;
  put(ws, row + 2, col, ['単位', b.unit]);
  put(ws, row + 3, col, ['区分', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
  ws.getCell(row + 3, col + 1).alignment = wrap;
  put(ws, row + 4, col, ['実績値', ...b.actual]);
  put(ws, row + 5, col, ['期待値\n※R7は目標値', ...b.expected]);
  ws.getCell(row + 5, col).alignment = wrap;
  put(ws, row + 6, col, ['備考', b.remark || undefined]);
  ws.mergeCells(row + 6, col + 1, row + 6, col + 6);
}

const aIndicators: ExpectedIndicator[] = A_BLOCKS.map((b) => {
  const actual = b.actual[4];
  return typeof actual === 'number'
    ? ind(A_SHEET, b.name, b.unit, b.expected[4], actual)
    : ind(A_SHEET, b.name, b.unit, b.expected[4], null, { actualStatus: 'not-applicable' });
});

const policySheet: Holdout2Workbook = {
  name: 'h113-shisaku-shogai-gakushu',
  layout: '施策評価シート 5-2 生涯学習・読書・スポーツ: six blocks tiled two across, R2（現状値）〜R7, 期待値 row, 休館 remarks, a survey 「－」',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    put(ws, 1, 1, ['令和６年度　基本施策事後評価シート（評価対象期間：令和６年度）']);
    ws.mergeCells(1, 1, 1, 17);
    put(ws, 2, 1, ['基本方針', '5　学び合い、心豊かに暮らせるまち']);
    ws.mergeCells(2, 2, 2, 8);
    put(ws, 2, 10, ['担当部等', '教育部（生涯学習課・図書館・スポーツ振興課）']);
    ws.mergeCells(2, 11, 2, 17);
    put(ws, 3, 1, ['基本施策', '5-2　生涯学習・読書活動・スポーツの推進']);
    ws.mergeCells(3, 2, 3, 8);
    put(ws, 3, 13, ['達成状況評価']);
    put(ws, 3, 16, ['（C）']);
    ws.mergeCells(3, 13, 3, 14);
    put(ws, 4, 13, ['※（　）は前年度の評価']);
    put(ws, 5, 1, ['■成果指標の状況']);
    A_BLOCKS.forEach((b, i) => blockAt(ws, b, '①②③④⑤⑥'[i], 6 + Math.floor(i / 2) * 8, i % 2 ? 10 : 1));
    const end = 6 + 3 * 8;
    put(ws, end, 1, ['総合評価']);
    ws.mergeCells(end, 2, end, 17);
    put(ws, end + 1, 1, ['内部要因', '中央図書館の改修休館により貸出・相談件数が減少した。公民館講座はオンライン併用で受講者が増加した。']);
    ws.mergeCells(end + 1, 2, end + 1, 17);
    put(ws, end + 2, 1, ['外部要因', 'ボランティア登録者の高齢化が進み、新規登録が伸び悩んでいる。']);
    ws.mergeCells(end + 2, 2, end + 2, 17);
    put(ws, end + 3, 1, ['今後の方向性', '継続']);
    ws.getColumn(1).width = 14;
    ws.getColumn(10).width = 14;
  },
  expected: {
    file: 'h113-shisaku-shogai-gakushu.xlsx',
    fiscalYear: 2024,
    indicators: aIndicators,
    groups: [{ sheet: A_SHEET, cell: 'O3', grade: rollUp(aIndicators.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// B: 事業実績, text figures, two measures in one cell, 未実施.

const B_SHEET = '事業実績';

const projectTable: Holdout2Workbook = {
  name: 'h113-jigyo-jisseki-bunka',
  layout:
    '事業実績 生涯学習課・図書館・スポーツ振興課: 事業名＋概要 in one cell, R6 目標/実績 as text (講座, か所, 団体), two measures, 未実施（運休）, 休館 in the actual',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    put(ws, 1, 1, ['令和６年度　推進事業の実績（基本施策5-2　生涯学習・読書活動・スポーツの推進）']);
    ws.mergeCells(1, 1, 1, 9);
    put(ws, 2, 1, ['No.', '推進事業', '担当課', 'R5年度実績値', 'R6年度', undefined, '自己評価', '成果・効果／課題', '今後の方向性']);
    put(ws, 3, 5, ['数値目標', '実績値']);
    for (const c of [1, 2, 3, 4, 7, 8, 9]) ws.mergeCells(2, c, 3, c);
    ws.mergeCells(2, 5, 2, 6);
    const rows: (string | number)[][] = [
      [
        1,
        '読書活動推進事業\n（ブックスタート、乳幼児への読み聞かせ）',
        '図書館',
        'ブックスタート参加率　92.1％',
        'ブックスタート参加率　95％',
        '93.4％',
        'B',
        '4か月児健診と同日実施で参加率が向上',
        '継続',
      ],
      [
        2,
        '公民館講座開催事業\n（地区公民館の主催講座）',
        '生涯学習課',
        '講座数　55講座',
        '講座数　60講座',
        '58講座',
        'A',
        '地区の要望に応じた講座を新設',
        '継続',
      ],
      [
        3,
        '図書館資料整備事業\n（図書・視聴覚資料の購入）',
        '図書館',
        '購入冊数　14,880冊',
        '購入冊数　15,000冊',
        '14,210冊',
        'A',
        '資料費の一部を電子書籍に振替',
        '継続',
      ],
      [
        4,
        '移動図書館運行事業\n（移動図書館車「あおぞら号」の巡回）',
        '図書館',
        '巡回ステーション数　32か所',
        '巡回ステーション数　32か所',
        '未実施',
        'D',
        '車両更新（令和7年度納車）のため運休',
        '見直し',
      ],
      [
        5,
        '市民文化祭開催事業\n（市民文化祭の開催支援）',
        '生涯学習課',
        '参加団体　112団体\n来場者　7,980人',
        '参加団体　120団体\n来場者　8,000人',
        '参加団体　104団体\n来場者　8,650人',
        'B',
        '参加団体の高齢化・減少が課題',
        '継続',
      ],
      [6, 'スポーツ推進委員活動事業\n（研修会・地区スポーツ行事）', 'スポーツ振興課', '研修会　年12回', '研修会　年12回', '年12回', 'A', '', '継続'],
      [
        7,
        '総合型地域スポーツクラブ育成支援事業\n（クラブ運営費の補助）',
        'スポーツ振興課',
        'クラブ会員数　1,498人',
        'クラブ会員数　1,800人',
        '1,512人',
        'A',
        '新規クラブの設立準備を支援',
        '拡充',
      ],
      [
        8,
        '文化財公開活用事業\n（指定文化財の一般公開）',
        '生涯学習課',
        '公開日数　148日',
        '公開日数　150日',
        '96日\n（7月～9月 保存修理のため公開休止）',
        'B',
        '修理期間中は現地説明会を実施',
        '継続',
      ],
      [
        9,
        '生涯学習ボランティアバンク事業\n（ボランティアの登録・派遣）',
        '生涯学習課',
        '登録者数　255人',
        '登録者数　300人',
        '251人',
        'C',
        '登録者の高齢化',
        '見直し',
      ],
    ];
    rows.forEach((r, i) => {
      put(ws, 4 + i, 1, r);
      for (let c = 2; c <= 8; c++) ws.getCell(4 + i, c).alignment = wrap;
    });
    put(ws, 14, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：やや遅れ　D：遅れ・未実施']);
    ws.getColumn(2).width = 36;
    for (const c of [4, 5, 6]) ws.getColumn(c).width = 24;
  },
  expected: {
    file: 'h113-jigyo-jisseki-bunka.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(B_SHEET, '読書活動推進事業', '％', 95, 93.4, { existing: 'B' }),
      ind(B_SHEET, '公民館講座開催事業', '講座', 60, 58, { existing: 'A' }),
      ind(B_SHEET, '図書館資料整備事業', '冊', 15000, 14210, { existing: 'A' }),
      ind(B_SHEET, '移動図書館運行事業', 'か所', 32, null, { existing: 'D', actualStatus: 'not-implemented' }),
      {
        sheet: B_SHEET,
        name: '市民文化祭開催事業',
        measures: [
          { label: '参加団体', target: 120, actual: 104, unit: '団体' },
          { label: '来場者', target: 8000, actual: 8650, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'B',
      },
      ind(B_SHEET, 'スポーツ推進委員活動事業', '回', 12, 12, { existing: 'A' }),
      ind(B_SHEET, '総合型地域スポーツクラブ育成支援事業', '人', 1800, 1512, { existing: 'A' }),
      ind(B_SHEET, '文化財公開活用事業', '日', 150, 96, { existing: 'B' }),
      ind(B_SHEET, '生涯学習ボランティアバンク事業', '人', 300, 251, { existing: 'C' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// C: KPI × 3月末 periods, values "N 人", "-" target.

const C_SHEET = 'KPI';
const C_ROWS: [string, string, (string | null)[], (string | null)[]][] = [
  ['図書館の年間貸出冊数', '冊', ['600,000 冊', '610,000 冊', '620,000 冊', '630,000 冊'], ['512,330 冊', '587,904 冊', '598,412 冊', null]],
  ['スポーツ施設年間利用者数', '人', ['400,000 人', '430,000 人', '450,000 人', '470,000 人'], ['312,880 人', '441,096 人', '471,230 人', null]],
  ['文化ホール稼働率', '％', ['60.0 ％', '62.5 ％', '65.0 ％', '67.5 ％'], ['41.3 ％', '55.7 ％', '58.2 ％', null]],
  ['総合型地域スポーツクラブ会員数', '人', ['1,500 人', '1,600 人', '1,700 人', '1,800 人'], ['1,420 人', '1,466 人', '1,512 人', null]],
  ['文化財の公開日数', '日', ['-', '-', '-', '200 日'], ['102 日', '168 日', '180 日', null]],
  ['公民館講座受講者数', '人', ['10,000 人', '11,000 人', '12,000 人', '13,000 人'], ['6,954 人', '8,720 人', '9,870 人', null]],
  ['生涯学習ボランティア登録者数', '人', ['260 人', '270 人', '280 人', '290 人'], ['171 人', '166 人', '160 人', null]],
];

const kpiTable: Holdout2Workbook = {
  name: 'h113-kpi-bunka-sports',
  layout: '総合戦略 基本目標4 KPI: 目標値／実績値 rows per KPI, 令和4年3月末〜令和7年3月末 columns, "598,412 冊" text values, "-" targets',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    put(ws, 1, 1, ['第2期総合戦略　基本目標４「学び・文化・スポーツで人が集うまち」　重要業績評価指標（KPI）の状況']);
    ws.mergeCells(1, 1, 1, 7);
    put(ws, 3, 1, ['KPI', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '担当課']);
    const dept = ['図書館', 'スポーツ振興課', '文化振興課', 'スポーツ振興課', '生涯学習課', '生涯学習課', '生涯学習課'];
    C_ROWS.forEach(([name, , t, a], i) => {
      const r = 4 + 2 * i;
      put(ws, r, 1, [name, '目標値', ...t.map((x) => x ?? undefined), dept[i]]);
      put(ws, r + 1, 2, ['実績値', ...a.map((x) => x ?? undefined)]);
      ws.mergeCells(r, 1, r + 1, 1);
      ws.mergeCells(r, 7, r + 1, 7);
    });
    put(ws, 19, 1, ['※令和4年3月末の実績は新型コロナウイルス感染症対策による施設の休館・利用制限の影響を含む']);
    ws.getColumn(1).width = 34;
  },
  expected: {
    file: 'h113-kpi-bunka-sports.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C_SHEET, '図書館の年間貸出冊数', '冊', 620000, 598412),
      ind(C_SHEET, 'スポーツ施設年間利用者数', '人', 450000, 471230),
      ind(C_SHEET, '文化ホール稼働率', '％', 65, 58.2),
      ind(C_SHEET, '総合型地域スポーツクラブ会員数', '人', 1700, 1512),
      ind(C_SHEET, '文化財の公開日数', '日', null, 180),
      ind(C_SHEET, '公民館講座受講者数', '人', 12000, 9870),
      ind(C_SHEET, '生涯学習ボランティア登録者数', '人', 280, 160),
    ],
    groups: [],
    // Nothing on the sheet states the year: the period is the latest with actuals, a guess (sets 53 and 80 expect so too).
    guesses: ['period'],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// D: 読書活動推進計画の指標, 現況（計画策定時） with its year, 目標（R9）, 実績 with its year, 集計中.

const D_SHEET = '計画の指標';

const planTable: Holdout2Workbook = {
  name: 'h113-dokusho-keikaku-shihyo',
  layout: '第3次読書活動推進計画 指標: 現況（計画策定時） "5.1⏎（令和3年度）", 目標（R9）, 実績 with its year, 集計中, 現状把握の方法',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    put(ws, 1, 1, ['第３次市民読書活動推進計画（令和5年度～令和9年度）　点検評価一覧']);
    ws.mergeCells(1, 1, 1, 6);
    put(ws, 2, 1, ['基本方針１　読書に親しむ環境づくり']);
    put(ws, 3, 1, ['指標', '指標の説明', '現況（計画策定時）', '目標（R9）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      ['市民1人当たりの図書貸出冊数', '個人貸出冊数÷人口', '5.1冊\n（令和3年度）', '6.0冊', '5.3冊\n（令和5年度）', '図書館統計'],
      ['図書館利用登録率', '有効登録者数÷人口', '31.2％\n（令和3年度）', '40.0％', '33.8％\n（令和5年度）', '図書館統計'],
      ['レファレンス件数', '調べもの相談の受付件数', '3,412件\n（令和3年度）', '4,500件', '4,620件\n（令和5年度）', '図書館統計'],
      ['学校への団体貸出冊数', '学校図書館支援のための団体貸出', '18,000冊\n（令和3年度）', '25,000冊', '19,050冊\n（令和5年度）', '図書館統計'],
      ['読書習慣のある市民の割合', '月1冊以上本を読む市民の割合', '42.0％\n（令和4年度）', '50.0％', '集計中', '市民意識調査'],
      ['図書館ボランティア登録者数', '読み聞かせ・配架等のボランティア', '96人\n（令和3年度）', '120人', '131人\n（令和5年度）', '図書館調べ'],
      ['電子書籍の年間貸出件数', '電子図書館サービスの貸出件数', '2,100件\n（令和3年度）', '10,000件', '4,380件\n（令和5年度）', '電子図書館システム'],
    ];
    rows.forEach((r, i) => {
      put(ws, 4 + i, 1, r);
      for (const c of [3, 5]) ws.getCell(4 + i, c).alignment = wrap;
    });
    put(ws, 12, 1, ['※読書習慣のある市民の割合は令和5年度市民意識調査の結果を集計中']);
    ws.getColumn(1).width = 30;
    ws.getColumn(2).width = 30;
  },
  expected: {
    file: 'h113-dokusho-keikaku-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: (
      [
        ['市民1人当たりの図書貸出冊数', 6.0, 5.3],
        ['図書館利用登録率', 40.0, 33.8],
        ['レファレンス件数', 4500, 4620],
        ['学校への団体貸出冊数', 25000, 19050],
        ['読書習慣のある市民の割合', 50.0, null],
        ['図書館ボランティア登録者数', 120, 131],
        ['電子書籍の年間貸出件数', 10000, 4380],
      ] as [string, number, number | null][]
    ).map(([name, target, actual]) => {
      const i = ind(D_SHEET, name, null, target, actual, actual === null ? { actualStatus: 'pending' } : {});
      delete i.unit;
      i.targetSource = 'final';
      return i;
    }),
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planTable];
