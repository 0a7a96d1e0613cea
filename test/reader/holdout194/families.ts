/**
 * Hold-out 194, the four known families as a 商工観光部 office handling キャッシュレス決済・地域通貨・プレミアム付商品券 writes them.
 */
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- A: 基本施策事後評価シート, blocks stacked down the sheet
const A_SHEET = '3-2';

interface Block {
  no: string;
  name: string;
  desc: string;
  unit: string;
  arrow: string;
  actuals: (number | string | null)[];
  expects: (number | string | null)[];
  note: string;
}

const A_BLOCKS: Block[] = [
  {
    no: '指標①',
    name: '市内店舗のキャッシュレス決済導入率',
    desc: '市内小売・飲食・サービス業店舗のうち、キャッシュレス決済（クレジット・電子マネー・QRコード）を導入している店舗の割合（商工会議所会員アンケート）',
    unit: '％',
    arrow: '↑（増加）',
    actuals: [38.4, 45.1, 53.0, 61.2, null, null],
    expects: ['－', 44.0, 52.0, 65.0, 70.0, 75.0],
    note: '会員アンケート回答数 R5：812事業所',
  },
  {
    no: '指標②',
    name: '地域通貨アプリ登録者数',
    desc: 'デジタル地域通貨「みなとPay」アプリの累計登録者数（各年度末）',
    unit: '人',
    arrow: '↑（増加）',
    actuals: ['－', 6820, 14305, 21436, null, null],
    expects: ['－', 6000, 12000, 18000, 24000, 30000],
    note: 'R3.10運用開始',
  },
  {
    no: '指標③',
    name: '地域通貨年間流通額',
    desc: '地域通貨の年間決済額（チャージ額ではなく加盟店での決済額）',
    unit: '千円',
    arrow: '↑（増加）',
    actuals: ['－', 185320, 402118, 612450, null, null],
    expects: ['－', 200000, 500000, 850000, 1000000, 1200000],
    note: 'プレミアムポイント分を含む',
  },
  {
    no: '指標④',
    name: '窓口での現金収納件数',
    desc: '市民課・税務課・保険年金課の窓口で現金により収納した手数料・税等の件数',
    unit: '件',
    arrow: '↓（減少）',
    actuals: [68420, 61905, 55230, 47850, null, null],
    expects: ['－', 62000, 52000, 42000, 36000, 30000],
    note: 'セルフレジ型キャッシュレス端末をR4.10から3課に設置',
  },
  {
    no: '指標⑤',
    name: '市税等のキャッシュレス納付率',
    desc: '市税・国保税・保育料の納付件数のうち、スマホ決済・クレジットカード・コンビニ納付による件数の割合（口座振替を除く）',
    unit: '％',
    arrow: '↑（増加）',
    actuals: [12.6, 16.9, 22.7, 28.4, null, null],
    expects: ['－', 15.0, 22.0, 30.0, 35.0, 40.0],
    note: '',
  },
];

const aIndicators: ExpectedIndicator[] = [
  ind(A_SHEET, '市内店舗のキャッシュレス決済導入率', '％', 65.0, 61.2),
  ind(A_SHEET, '地域通貨アプリ登録者数', '人', 18000, 21436),
  ind(A_SHEET, '地域通貨年間流通額', '千円', 850000, 612450),
  ind(A_SHEET, '窓口での現金収納件数', '件', 42000, 47850, { direction: 'down' }),
  ind(A_SHEET, '市税等のキャッシュレス納付率', '％', 30.0, 28.4),
];

const policySheet: Holdout2Workbook = {
  name: 'h194-cashless-shisaku-sheet',
  layout:
    '施策評価シート: five indicator blocks stacked down one sheet, 目指す方向 ↑/↓ per block, R2 現状値 to R7 目標, 達成状況 cell with last year in brackets',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [16, 12, 12, 12, 12, 12, 12, 14, 12, 12]);
    merge(ws, 1, 1, 1, 10, 'みなと市総合計画 2021～2030　令和６年度 基本施策事後評価シート　（評価対象期間：令和５年度）');
    put(ws, 3, 1, ['基本方針']);
    merge(ws, 3, 2, 3, 6, '３ にぎわいと活力のあるまち');
    put(ws, 3, 7, ['担当部等']);
    put(ws, 4, 7, ['商工観光部']);
    put(ws, 4, 1, ['基本施策']);
    merge(ws, 4, 2, 4, 6, '3-2 地域内経済循環の促進（キャッシュレス・地域通貨）');
    merge(ws, 3, 8, 3, 9, '施策の達成状況');
    put(ws, 4, 8, ['B', '（B）']);
    put(ws, 5, 8, ['R5評価', '（R4評価）']);
    box(ws, 3, 1, 5, 10);
    let r = 7;
    for (const b of A_BLOCKS) {
      put(ws, r, 1, [b.no]);
      merge(ws, r, 2, r, 5, b.name);
      put(ws, r, 6, ['単位', b.unit, '目指す方向', b.arrow]);
      put(ws, r + 1, 1, ['指標の説明']);
      merge(ws, r + 1, 2, r + 1, 9, b.desc);
      put(ws, r + 2, 1, ['年度', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
      put(ws, r + 3, 1, ['実績値', ...b.actuals]);
      put(ws, r + 4, 1, ['期待値\n※R7は目標値', ...b.expects]);
      put(ws, r + 5, 1, ['備考']);
      merge(ws, r + 5, 2, r + 5, 9, b.note || undefined);
      for (let c = 2; c <= 7; c++) {
        ws.getCell(r + 3, c).numFmt = b.unit === '％' ? '0.0' : '#,##0';
        ws.getCell(r + 4, c).numFmt = b.unit === '％' ? '0.0' : '#,##0';
      }
      wrap(ws, r + 2, 1, r + 4, 1);
      wrap(ws, r + 2, 2, r + 2, 2);
      box(ws, r, 1, r + 5, 9);
      r += 7;
    }
    put(ws, r, 1, ['達成状況分析']);
    merge(
      ws,
      r,
      2,
      r + 2,
      9,
      '・地域通貨の登録者数は期待値を上回ったが、加盟店での決済額は期待値を下回っている。チャージ後の未利用残高が多く、利用場面の拡大が課題である。\n・窓口へのキャッシュレス端末設置により現金収納件数は減少しているが、期待値には届いていない。',
    );
    put(ws, r + 3, 1, ['今後の方向性']);
    merge(ws, r + 3, 2, r + 3, 9, '加盟店の業種拡大（医療・交通）と、高齢者向けの利用講座を継続する。');
    box(ws, r, 1, r + 3, 9);
  },
  expected: {
    file: 'h194-cashless-shisaku-sheet.xlsx',
    fiscalYear: 2023,
    indicators: aIndicators,
    groups: [{ sheet: A_SHEET, cell: 'H4', grade: rollUp(aIndicators.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------- B: 事業実績, targets and actuals as text
const B_SHEET = '事業実績';

const projectResults: Holdout2Workbook = {
  name: 'h194-shohinken-jigyo-jisseki',
  layout:
    '事業実績: code, name and 概要 in one cell; R6 目標/実績 written as text (「販売冊数 40,000冊」), two measures in one cell, 未実施, 自己評価 after the figures',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 44, 20, 22, 22, 8, 10, 30]);
    merge(ws, 1, 1, 1, 8, '令和6年度 事業実績（商工観光課　キャッシュレス・地域通貨・商品券関連事業）');
    put(ws, 2, 8, ['令和7年5月末現在']);
    put(ws, 3, 1, ['No.', '推進事業\n（事業コード・事業名・概要）', 'R5年度実績値', 'R6年度数値目標', 'R6年度実績値', '自己評価', '今後の方向性', '備考']);
    wrap(ws, 3, 1, 3, 8);
    const rows: (string | number)[][] = [
      [
        1,
        '3-2-01\nプレミアム付商品券発行事業\n物価高騰対策として、プレミアム率30％の市内共通商品券（紙・電子）を発行し、市内消費の喚起を図る。',
        '販売冊数 35,000冊',
        '販売冊数 40,000冊',
        '販売冊数 38,612冊',
        'A',
        '継続',
        '電子版の比率 52.7％',
      ],
      [
        2,
        '3-2-02\nキャッシュレス決済導入支援補助金\n決済端末の導入費及び初年度の決済手数料の2/3（上限5万円）を補助する。',
        '交付件数 104件',
        '交付件数 120件',
        '交付件数 87件',
        'B',
        '見直し',
        '国の補助制度終了に伴い申請減',
      ],
      [
        3,
        '3-2-03\n地域通貨加盟店開拓事業\n商工会議所と連携し、地域通貨「みなとPay」の加盟店を開拓する。',
        '新規加盟店:113店\n加盟店説明会:5回',
        '新規加盟店:80店\n加盟店説明会:6回',
        '新規加盟店:92店\n加盟店説明会:4回',
        'B',
        '継続',
        '',
      ],
      [
        4,
        '3-2-04\nキャッシュレス決済普及啓発セミナー開催事業\n高齢者等を対象に、スマートフォン決済の使い方を学ぶセミナーを開催する。',
        '参加者数 246人',
        '参加者数 300人',
        '未実施',
        'D',
        '見直し',
        '講師の確保ができず未実施。R7から出前講座に再編',
      ],
      [
        5,
        '3-2-05\n地域通貨ポイント付与キャンペーン事業\n地域通貨での決済額の20％をポイントで還元する（上限3,000円／月）。',
        'ポイント付与額 24,880千円',
        'ポイント付与額 30,000千円',
        'ポイント付与額 31,240千円',
        'A',
        '拡充',
        '',
      ],
      [
        6,
        '3-2-06\n商店街キャッシュレス相談窓口運営事業\n商工会議所に委託し、事業者の導入・運用相談に応じる。',
        '相談件数 341件',
        '相談件数 360件',
        '相談件数 298件',
        'B',
        '継続',
        '',
      ],
    ];
    rows.forEach((v, i) => put(ws, 4 + i, 1, v));
    wrap(ws, 4, 1, 3 + rows.length, 8);
    box(ws, 3, 1, 3 + rows.length, 8);
    put(ws, 5 + rows.length, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：やや遅れ　D：遅れ・未実施']);
  },
  expected: {
    file: 'h194-shohinken-jigyo-jisseki.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(B_SHEET, 'プレミアム付商品券発行事業', '冊', 40000, 38612, { existing: 'A' }),
      ind(B_SHEET, 'キャッシュレス決済導入支援補助金', '件', 120, 87, { existing: 'B' }),
      {
        sheet: B_SHEET,
        name: '地域通貨加盟店開拓事業',
        measures: [
          { label: '新規加盟店', target: 80, actual: 92, unit: '店' },
          { label: '加盟店説明会', target: 6, actual: 4, unit: '回' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind(B_SHEET, 'キャッシュレス決済普及啓発セミナー開催事業', '人', 300, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(B_SHEET, '地域通貨ポイント付与キャンペーン事業', '千円', 30000, 31240, { existing: 'A' }),
      ind(B_SHEET, '商店街キャッシュレス相談窓口運営事業', '件', 360, 298, { existing: 'B' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- C: 地域再生計画 KPI, 目標値/実績値 rows per period column
const C_SHEET = 'KPI';

interface Kpi {
  name: string;
  targets: string[];
  actuals: string[];
  note?: string;
}

const KPIS: Kpi[] = [
  { name: '地域通貨利用者数', targets: ['3,000 人', '5,500 人', '8,000 人', '10,000 人'], actuals: ['3,412 人', '5,208 人', '7,420 人', ''] },
  { name: '地域通貨加盟店舗数', targets: ['250 店', '350 店', '450 店', '520 店'], actuals: ['268 店', '371 店', '468 店', ''] },
  {
    name: '地域通貨による域内消費額',
    targets: ['200 百万円', '400 百万円', '600 百万円', '800 百万円'],
    actuals: ['155 百万円', '298 百万円', '415 百万円', ''],
  },
  {
    name: '観光客の地域通貨利用件数',
    targets: ['-', '-', '-', '-'],
    actuals: ['4,120 件', '8,905 件', '12,300 件', ''],
    note: '参考指標（目標設定なし）',
  },
  { name: '高齢者向けスマホ決済講座受講者数', targets: ['120 人', '180 人', '240 人', '300 人'], actuals: ['96 人', '171 人', '156 人', ''] },
];

const kpiTable: Holdout2Workbook = {
  name: 'h194-kpi-chiiki-tsuka',
  layout: '地域再生計画 KPI: name merged over a 目標値 and a 実績値 row, 令和N年3月末 columns, values with units in the cell, one KPI with - everywhere',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [34, 10, 14, 14, 14, 14, 26]);
    merge(ws, 1, 1, 1, 7, '地域再生計画「デジタル地域通貨を活用した地域経済循環創出計画」重要業績評価指標（KPI）の達成状況');
    put(ws, 2, 1, ['令和５年度実績（令和６年３月末）に係る効果検証資料']);
    put(ws, 2, 7, ['みなと市 商工観光課']);
    put(ws, 4, 1, ['KPI', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '備考']);
    let r = 5;
    for (const k of KPIS) {
      merge(ws, r, 1, r + 1, 1, k.name);
      put(ws, r, 2, ['目標値', ...k.targets]);
      put(ws, r + 1, 2, ['実績値', ...k.actuals.map((a) => a || undefined)]);
      if (k.note) merge(ws, r, 7, r + 1, 7, k.note);
      r += 2;
    }
    box(ws, 4, 1, r - 1, 7);
    put(ws, r + 1, 1, ['※実績値は各年3月末時点。域内消費額は地域通貨システムの決済データによる。']);
  },
  expected: {
    file: 'h194-kpi-chiiki-tsuka.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C_SHEET, '地域通貨利用者数', '人', 8000, 7420),
      ind(C_SHEET, '地域通貨加盟店舗数', '店', 450, 468),
      ind(C_SHEET, '地域通貨による域内消費額', '百万円', 600, 415),
      ind(C_SHEET, '観光客の地域通貨利用件数', '件', null, 12300),
      ind(C_SHEET, '高齢者向けスマホ決済講座受講者数', '人', 240, 156),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- D: 点検評価一覧, 現況 with its year, 目標（R8）, 実績 with its year
const D_SHEET = '計画の指標';
const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

const planIndicators: Holdout2Workbook = {
  name: 'h194-plan-digital-keikaku',
  layout: '点検評価一覧: 単位 column, 現況 and 実績 with the year in the cell, 目標（R8） only, a 以下 target, one 集計中',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 34, 40, 8, 16, 12, 16, 28]);
    merge(ws, 1, 1, 1, 8, '第2次みなと市デジタル化推進計画（地域経済分野）　点検評価一覧（令和5年度実績）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        1,
        'キャッシュレス決済を利用する市民の割合',
        '日常の買い物で週1回以上キャッシュレス決済を利用する市民の割合',
        '％',
        '41.8\n（令和2年度）',
        70.0,
        '58.6\n（令和5年度）',
        '市民意識調査',
      ],
      [
        2,
        '市の窓口・施設でキャッシュレス決済が使える施設数',
        '本庁・支所窓口、体育館、図書館等のうち、キャッシュレス決済に対応した施設数',
        '施設',
        '3\n（令和2年度）',
        60,
        '64\n（令和5年度）',
        '財政課調べ',
      ],
      [
        3,
        '地域通貨の年間利用額',
        '地域通貨「みなとPay」の加盟店での年間決済額',
        '百万円',
        '120\n（令和3年度）',
        900,
        '512\n（令和5年度）',
        '地域通貨システム決済データ',
      ],
      [
        4,
        'プレミアム付商品券の市内取扱店舗数',
        '商品券を取り扱う登録店舗数（発行時の登録数）',
        '店舗',
        '820\n（令和2年度）',
        1000,
        '874\n（令和5年度）',
        '商品券事務局報告',
      ],
      [
        5,
        '市税のコンビニ・スマホ納付件数',
        'コンビニ収納及びスマートフォン決済アプリによる市税の納付件数',
        '件',
        '18,420\n（令和2年度）',
        45000,
        '39,870\n（令和5年度）',
        '収納システム集計',
      ],
      [
        6,
        '窓口手数料等の現金収納割合',
        '窓口で収納した手数料・使用料のうち現金による件数の割合。キャッシュレス化の進展により割合の低下を目指す。',
        '％',
        '92.5\n（令和2年度）',
        '60.0以下',
        '71.4\n（令和5年度）',
        '窓口端末の収納記録',
      ],
      [
        7,
        '市内消費に占めるキャッシュレス決済の割合',
        '市内の家計消費支出のうちキャッシュレス決済による支払の割合（推計）',
        '％',
        '28.0\n（令和2年度）',
        45.0,
        '集計中\n（令和6年9月公表予定）',
        '決済事業者データによる推計',
      ],
    ];
    rows.forEach((v, i) => put(ws, 4 + i, 1, v));
    wrap(ws, 3, 1, 3 + rows.length, 8);
    box(ws, 3, 1, 3 + rows.length, 8);
    put(ws, 5 + rows.length, 1, ['※実績欄の（　）は実績の対象年度。目標は計画最終年度（令和8年度）の値。']);
  },
  expected: {
    file: 'h194-plan-digital-keikaku.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(D_SHEET, 'キャッシュレス決済を利用する市民の割合', '％', 70.0, 58.6)),
      final(ind(D_SHEET, '市の窓口・施設でキャッシュレス決済が使える施設数', '施設', 60, 64)),
      final(ind(D_SHEET, '地域通貨の年間利用額', '百万円', 900, 512)),
      final(ind(D_SHEET, 'プレミアム付商品券の市内取扱店舗数', '店舗', 1000, 874)),
      final(ind(D_SHEET, '市税のコンビニ・スマホ納付件数', '件', 45000, 39870)),
      final(ind(D_SHEET, '窓口手数料等の現金収納割合', '％', 60.0, 71.4, { direction: 'down' })),
      final(ind(D_SHEET, '市内消費に占めるキャッシュレス決済の割合', '％', 45.0, null, { actualStatus: 'pending' })),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectResults, kpiTable, planIndicators];
