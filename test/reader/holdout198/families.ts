/**
 * Hold-out 198, the four known families as a 交通政策課 / 高齢福祉課 office writes them (デマンド交通・交通空白地・高齢者の移動支援):
 * A a 施策評価シート with stacked indicator blocks, B a 推進事業実績 table with figures as text, C a KPI table with 目標値 / 実績値
 * rows under 「令和○年3月末」 columns, D the plan's 点検評価一覧 (現況 with its year, 目標（R8）, 実績 with its year).
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- A: 施策評価シート

const A_SHEET = '3-2';

interface ABlock {
  no: string;
  name: string;
  unit: string;
  way: string;
  /** R2 … R7 */
  actual: (number | string | undefined)[];
  expect: (number | string | undefined)[];
  note: string;
  about: string;
}

const A_BLOCKS: ABlock[] = [
  {
    no: '指標①',
    name: 'デマンド型乗合タクシーの年間利用者数',
    unit: '人',
    way: '↑（増加）',
    actual: [8912, 10105, 11740, 12860, undefined, undefined],
    expect: ['－', 10000, 12000, 14000, 15000, 16000],
    note: '運行実績報告（交通事業者）',
    about: '市内全域で運行する予約制乗合タクシー（のりあい号）の年間延べ利用者数',
  },
  {
    no: '指標②',
    name: '交通空白地区の解消数（累計）',
    unit: '地区',
    way: '↑（増加）',
    actual: [2, 3, 5, 8, undefined, undefined],
    expect: ['－', 3, 5, 8, 10, 12],
    note: 'R5：大沢、小倉、西山の3地区で運行開始',
    about: 'バス停・乗降場所から500ｍ以上離れた集落のうち、乗合タクシー等の導入により移動手段を確保した地区の累計',
  },
  {
    no: '指標③',
    name: '65歳以上の運転免許自主返納者数',
    unit: '人',
    way: '↑（増加）',
    actual: [138, 149, 166, 151, undefined, undefined],
    expect: ['－', 150, 165, 180, 190, 200],
    note: '警察署調べ（暦年ではなく年度集計）',
    about: '市内在住の65歳以上で運転免許を自主返納した人数（年度）',
  },
  {
    no: '指標④',
    name: '日常の移動に不便を感じている高齢者の割合',
    unit: '%',
    way: '↓（減少）',
    actual: [38.5, '－', '－', 35.4, undefined, undefined],
    expect: ['－', '－', '－', '－', '－', 28],
    note: '高齢者実態調査（3年ごと実施）',
    about: '高齢者実態調査で「通院・買い物の移動に不便を感じる」と回答した65歳以上の市民の割合',
  },
];

function buildPolicySheet(ws: Worksheet): void {
  widths(ws, [16, 11, 11, 11, 11, 11, 12, 30]);
  merge(ws, 1, 1, 1, 8, '令和６年度　施策評価シート（令和５年度の取組の評価）');
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  put(ws, 2, 7, ['評価対象年度', '令和５年度']);
  put(ws, 3, 1, ['基本目標']);
  merge(ws, 3, 2, 3, 8, '３　安全・安心で、誰もが移動しやすいまち');
  put(ws, 4, 1, ['施策']);
  merge(ws, 4, 2, 4, 8, '３－２　地域公共交通の確保と高齢者等の移動支援');
  put(ws, 5, 1, ['主担当課']);
  merge(ws, 5, 2, 5, 4, '都市整備部　交通政策課');
  put(ws, 5, 5, ['関係課']);
  merge(ws, 5, 6, 5, 8, '健康福祉部　高齢福祉課／市民生活部　防災安全課');
  put(ws, 6, 1, ['施策の達成状況']);
  merge(ws, 6, 2, 6, 3);
  put(ws, 6, 4, ['前年度評価', '（Ｃ）']);
  merge(ws, 6, 6, 6, 8, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
  box(ws, 3, 1, 6, 8);
  wrap(ws, 3, 1, 6, 8);
  put(ws, 8, 1, ['■成果指標の状況']);

  let r = 9;
  for (const b of A_BLOCKS) {
    put(ws, r, 1, [b.no]);
    merge(ws, r, 2, r, 4, b.name);
    put(ws, r, 5, ['単位', b.unit, '目指す方向', b.way]);
    put(ws, r + 1, 1, ['年度', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標）', '備考']);
    put(ws, r + 2, 1, ['実績値', ...b.actual, b.note]);
    put(ws, r + 3, 1, ['期待値\n※R7は目標値', ...b.expect]);
    put(ws, r + 4, 1, ['指標の説明']);
    merge(ws, r + 4, 2, r + 4, 8, b.about);
    box(ws, r, 1, r + 4, 8);
    wrap(ws, r + 1, 1, r + 3, 8);
    for (let c = 2; c <= 7; c++) ws.getCell(r + 2, c).numFmt = b.unit === '%' ? '0.0' : '#,##0';
    for (let c = 2; c <= 7; c++) ws.getCell(r + 3, c).numFmt = b.unit === '%' ? '0.0' : '#,##0';
    r += 6;
  }
  put(ws, r, 1, ['達成状況の分析']);
  merge(
    ws,
    r,
    2,
    r + 2,
    8,
    '・乗合タクシーの利用者は増加しているが、期待値には届いていない。予約の取りにくい時間帯（午前の通院時間帯）への増車を検討する。\n・免許返納者数は前年度から減少した。返納後の移動手段への不安が要因と考えられ、支援制度の周知を強化する。',
  );
  box(ws, r, 1, r + 2, 8);
}

const aGrades = {
  users: ind(A_SHEET, 'デマンド型乗合タクシーの年間利用者数', '人', 14000, 12860),
  blank: ind(A_SHEET, '交通空白地区の解消数（累計）', '地区', 8, 8),
  henno: ind(A_SHEET, '65歳以上の運転免許自主返納者数', '人', 180, 151),
  fuben: { ...ind(A_SHEET, '日常の移動に不便を感じている高齢者の割合', '%', 28, 35.4, { direction: 'down' }), targetSource: 'final' },
};

const familyA: Holdout2Workbook = {
  name: 'h198-a-seisaku-kotsu',
  layout:
    '施策評価シート: four indicator blocks stacked down the sheet (R2 現状値 … R7 目標), 目指す方向 ↓ on a survey ratio whose R5 期待値 is 「－」 (final target), empty 達成状況 cell',
  build(wb) {
    buildPolicySheet(wb.addWorksheet(A_SHEET));
  },
  expected: {
    file: 'h198-a-seisaku-kotsu.xlsx',
    fiscalYear: 2023,
    indicators: Object.values(aGrades),
    groups: [{ sheet: A_SHEET, cell: 'B6', grade: rollUp(Object.values(aGrades).map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------- B: 推進事業実績

const B_SHEET = '資料2';

const B_ROWS: [string, string, string, string, string, string, string, string, string][] = [
  [
    '1-(1)',
    'デマンド型乗合タクシー運行事業\n市内全域で予約制の乗合タクシーを運行し、交通空白地の移動手段を確保する。',
    '交通政策課',
    '年間利用者数 12,860人',
    '年間利用者数 14,500人',
    '年間利用者数 13,214人',
    'B',
    '午前便の予約が集中し、約1割が希望時間に乗車できなかった。',
    '拡充',
  ],
  [
    '1-(2)',
    '高齢者移動支援相談窓口運営事業\n地域包括支援センターに移動支援の相談窓口を設け、移動手段の案内を行う。',
    '高齢福祉課',
    '相談件数 338件',
    '相談件数 360件',
    '相談件数 402件',
    'A',
    '免許返納後の移動に関する相談が増加。',
    '継続',
  ],
  [
    '1-(3)',
    '運転免許自主返納支援事業\n65歳以上の返納者にタクシー利用券（5,000円分）を交付する。',
    '防災安全課',
    '返納者数 151人\nタクシー券交付 92件',
    '返納者数 200人\nタクシー券交付 150件',
    '返納者数 176人\nタクシー券交付 98件',
    'B',
    'タクシー券の申請率が低く、制度の周知が課題。',
    '見直し',
  ],
  [
    '2-(1)',
    '買い物支援移動販売車運行補助事業\n交通空白地区を巡回する移動販売車の運行経費を補助する。',
    '商工観光課',
    '－',
    '運行地区 2地区',
    '未実施',
    'D',
    '運行事業者の選定が整わず、年度内の運行に至らなかった。',
    '継続',
  ],
  [
    '2-(2)',
    '福祉有償運送団体支援事業\n福祉有償運送を行うNPO等に車両購入費・運営費を補助する。',
    '高齢福祉課',
    '登録団体数 4団体',
    '登録団体数 5団体',
    '登録団体数 4団体',
    'C',
    '新規団体の設立相談はあったが登録に至らず。',
    '継続',
  ],
  [
    '3-(1)',
    '公共交通マップ作成・配布事業\n路線バス・乗合タクシーの時刻と乗り方をまとめたマップを全戸配布する。',
    '交通政策課',
    '配布部数 15,000部',
    '配布部数 20,000部',
    '配布部数 18,500部',
    'A',
    '老人クラブでの説明とあわせて配布した。',
    '継続',
  ],
  [
    '3-(2)',
    '地域主体型交通立上げ支援事業\n住民ボランティアによる輸送の立上げを支援する（運転講習・保険料補助）。',
    '交通政策課',
    '支援地区数 1地区',
    '支援地区数 3地区',
    '支援地区数 1地区',
    'C',
    '担い手の確保が難しく、2地区は検討段階にとどまる。',
    '見直し',
  ],
];

const B = (name: string, unit: string, target: number, actual: number | null, existing: string, status?: 'not-implemented') =>
  ind(B_SHEET, name, unit, target, actual, { existing, actualStatus: status });

const familyB: Holdout2Workbook = {
  name: 'h198-b-jigyo-jisseki',
  layout:
    '推進事業実績: code, name and 概要 in one cell, figures as text with labels (「相談件数 402件」), two measures in a cell, 未実施, 自己評価 column, a two-row header',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [7, 40, 12, 18, 18, 18, 9, 30, 10]);
    merge(ws, 1, 1, 1, 9, '令和６年度　地域公共交通計画・高齢者移動支援　推進事業実績');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 8, ['資料2']);
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '推進事業');
    merge(ws, 3, 3, 4, 3, '担当課');
    merge(ws, 3, 4, 3, 6, '数値目標・実績');
    put(ws, 4, 4, ['R5年度実績値', 'R6年度数値目標', 'R6年度実績値']);
    merge(ws, 3, 7, 4, 7, '自己評価\n（A～D）');
    merge(ws, 3, 8, 4, 8, '成果・課題');
    merge(ws, 3, 9, 4, 9, '今後の\n方向性');
    B_ROWS.forEach((row, i) => put(ws, 5 + i, 1, row));
    box(ws, 3, 1, 4 + B_ROWS.length, 9);
    wrap(ws, 3, 1, 4 + B_ROWS.length, 9);
    const foot = 6 + B_ROWS.length;
    put(ws, foot, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：やや不十分　D：不十分（未実施を含む）']);
    put(ws, foot + 1, 1, ['※今後の方向性　拡充／継続／見直し／縮小／廃止／終了']);
  },
  expected: {
    file: 'h198-b-jigyo-jisseki.xlsx',
    fiscalYear: 2024,
    indicators: [
      B('デマンド型乗合タクシー運行事業', '人', 14500, 13214, 'B'),
      B('高齢者移動支援相談窓口運営事業', '件', 360, 402, 'A'),
      {
        sheet: B_SHEET,
        name: '運転免許自主返納支援事業',
        measures: [
          { label: '返納者数', target: 200, actual: 176, unit: '人' },
          { label: 'タクシー券交付', target: 150, actual: 98, unit: '件' },
        ],
        existing: 'B',
        grade: 'C',
      },
      B('買い物支援移動販売車運行補助事業', '地区', 2, null, 'D', 'not-implemented'),
      B('福祉有償運送団体支援事業', '団体', 5, 4, 'C'),
      B('公共交通マップ作成・配布事業', '部', 20000, 18500, 'A'),
      B('地域主体型交通立上げ支援事業', '地区', 3, 1, 'C'),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- C: KPI × 3月末

const C_SHEET = 'KPI';

interface Kpi {
  name: string;
  base: string;
  targets: string[];
  actuals: string[];
  note: string;
}

const KPIS: Kpi[] = [
  {
    name: 'デマンド交通の利用登録者数',
    base: '1,980 人',
    targets: ['2,400 人', '2,700 人', '3,000 人', '3,300 人'],
    actuals: ['2,512 人', '2,803 人', '3,126 人', ''],
    note: '',
  },
  {
    name: '公共交通空白地域の居住人口',
    base: '5,640 人',
    targets: ['5,200 人', '4,700 人', '4,200 人', '3,700 人'],
    actuals: ['5,380 人', '4,920 人', '4,650 人', ''],
    note: '空白地域の解消により減少を目指す指標（少ないほど良い）',
  },
  {
    name: '高齢者外出支援タクシー助成券の利用率',
    base: '33.5 %',
    targets: ['40.0 %', '42.5 %', '45.0 %', '47.5 %'],
    actuals: ['36.2 %', '37.9 %', '38.6 %', ''],
    note: '交付枚数に対する利用枚数の割合',
  },
  {
    name: '路線バス・デマンド交通の年間利用者数',
    base: '441 千人',
    targets: ['480 千人', '500 千人', '520 千人', '540 千人'],
    actuals: ['455 千人', '472 千人', '498 千人', ''],
    note: '各年度の4月～3月の延べ人数',
  },
  {
    name: '乗継割引の利用件数',
    base: '-',
    targets: ['-', '-', '-', '1,500 件'],
    actuals: ['-', '980 件', '1,240 件', ''],
    note: '令和4年度から制度開始。目標は令和6年度から設定',
  },
];

const familyC: Holdout2Workbook = {
  name: 'h198-c-kpi-demand',
  layout:
    'KPI table: 目標値 and 実績値 rows per KPI under 令和4年3月末 … 令和7年3月末 columns, values with units in the cell, 「-」 targets, a 減少 note in 備考',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [34, 9, 13, 13, 13, 13, 13, 36]);
    put(ws, 1, 1, ['地域公共交通計画　重要業績評価指標（KPI）の達成状況（令和５年度効果検証）']);
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 7, ['令和6年5月　地域公共交通会議']);
    put(ws, 3, 1, ['KPI', '区分', '計画策定時\n（令和3年3月末）', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '備考']);
    let r = 4;
    for (const k of KPIS) {
      merge(ws, r, 1, r + 1, 1, k.name);
      put(ws, r, 2, ['目標値', undefined, ...k.targets]);
      put(ws, r + 1, 2, ['実績値', k.base, ...k.actuals]);
      merge(ws, r, 8, r + 1, 8, k.note || undefined);
      r += 2;
    }
    box(ws, 3, 1, r - 1, 8);
    wrap(ws, 3, 1, r - 1, 8);
    put(ws, r + 1, 1, ['※実績値は各年3月末時点（年間の利用者数等は当該年度の実績）。']);
  },
  expected: {
    file: 'h198-c-kpi-demand.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C_SHEET, 'デマンド交通の利用登録者数', '人', 3000, 3126),
      ind(C_SHEET, '公共交通空白地域の居住人口', '人', 4200, 4650, { direction: 'down' }),
      ind(C_SHEET, '高齢者外出支援タクシー助成券の利用率', '%', 45, 38.6),
      ind(C_SHEET, '路線バス・デマンド交通の年間利用者数', '千人', 520, 498),
      ind(C_SHEET, '乗継割引の利用件数', '件', null, 1240),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- D: 点検評価一覧

const D_SHEET = '計画の指標';

const D_ROWS: [string, string, string, string, string | number, string, string][] = [
  [
    'デマンド交通の年間利用者数',
    '乗合タクシー（のりあい号）の年間延べ利用者数',
    '人',
    '9,820\n（令和2年度）',
    16000,
    '12,860\n（令和5年度）',
    '運行事業者の実績報告',
  ],
  [
    '公共交通空白地区数',
    '最寄りのバス停・乗降場所から500ｍ以上離れた集落の数。空白地区の解消により減少を目指す。',
    '地区',
    '14\n（令和3年4月1日）',
    6,
    '9\n（令和6年3月31日）',
    '交通政策課調べ',
  ],
  ['週1回以上外出する高齢者の割合', '65歳以上で週1回以上外出すると回答した人の割合', '%', '78.4\n（令和2年度）', 85, '80.2\n（令和5年度）', '高齢者実態調査'],
  [
    'コミュニティ交通の収支率',
    'コミュニティバス・乗合タクシーの運行経費に対する運賃収入の割合',
    '%',
    '18.2\n（令和2年度）',
    25,
    '21.3\n（令和5年度）',
    '運行事業者の決算',
  ],
  ['運転免許自主返納支援制度の利用者数', 'タクシー利用券・バス回数券の交付を受けた人数', '人', '120\n（令和2年度）', 240, '集計中', '防災安全課調べ'],
  [
    '移動支援ボランティアの登録者数',
    '通院・買い物の送迎を行うボランティアの登録者数（年度末）',
    '人',
    '85\n（令和3年度）',
    200,
    '171\n（令和5年度）',
    '社会福祉協議会調べ',
  ],
];

const D = (name: string, unit: string, target: number, actual: number | null, more: Parameters<typeof ind>[5] = {}) => ({
  ...ind(D_SHEET, name, unit, target, actual, more),
  targetSource: 'final',
});

const familyD: Holdout2Workbook = {
  name: 'h198-d-keikaku-shihyo',
  layout:
    '点検評価一覧: 基本方針 merged down the left, 現況 and 実績 with their year in the cell, one 目標（R8）, 単位 column, 減少 stated only in 指標の説明, 実績 集計中',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [16, 30, 40, 7, 14, 11, 14, 20]);
    merge(ws, 1, 1, 1, 8, '地域公共交通計画（令和4年度～令和8年度）点検評価一覧（令和５年度実績）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 8, ['資料3']);
    put(ws, 3, 1, ['基本方針', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標（R8）', '実績', '現状把握の方法']);
    D_ROWS.forEach((row, i) => put(ws, 4 + i, 2, row));
    merge(ws, 4, 1, 5, 1, '方針1\n誰もが利用しやすい移動手段の確保');
    merge(ws, 6, 1, 7, 1, '方針2\n高齢者の外出機会の創出');
    merge(ws, 8, 1, 9, 1, '方針3\n地域で支える移動支援');
    for (let r = 4; r <= 9; r++) ws.getCell(r, 6).numFmt = '#,##0';
    ws.getCell(6, 6).numFmt = '0.0';
    ws.getCell(7, 6).numFmt = '0.0';
    box(ws, 3, 1, 9, 8);
    wrap(ws, 3, 1, 9, 8);
    put(ws, 11, 1, ['※実績は令和５年度（年度末時点の指標は令和6年3月31日現在）。']);
  },
  expected: {
    file: 'h198-d-keikaku-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      D('デマンド交通の年間利用者数', '人', 16000, 12860),
      D('公共交通空白地区数', '地区', 6, 9, { direction: 'down' }),
      D('週1回以上外出する高齢者の割合', '%', 85, 80.2),
      D('コミュニティ交通の収支率', '%', 25, 21.3),
      D('運転免許自主返納支援制度の利用者数', '人', 240, null, { actualStatus: 'pending' }),
      D('移動支援ボランティアの登録者数', '人', 200, 171),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [familyA, familyB, familyC, familyD];
