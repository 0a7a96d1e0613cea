/** Hold-out 187, the four known families as a 食品ロス削減 / フードバンク office writes them. */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

/* ---------- A: 施策評価シート, indicator blocks two across ---------- */

interface Block {
  no: string;
  name: string;
  description: string;
  unit: string;
  way: string;
  actuals: (number | string | null)[];
  expected: (number | string | null)[];
  note: string;
  fmt: string;
}

const YEARS = ['R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7'];

function block(ws: Worksheet, r: number, c: number, b: Block): void {
  put(ws, r, c, [b.no]);
  merge(ws, r, c + 1, r, c + 6, b.name);
  put(ws, r + 1, c, ['指標の説明']);
  merge(ws, r + 1, c + 1, r + 1, c + 6, b.description);
  put(ws, r + 2, c, ['単位', b.unit]);
  merge(ws, r + 2, c + 2, r + 2, c + 3, '目指す方向');
  merge(ws, r + 2, c + 4, r + 2, c + 6, b.way);
  put(ws, r + 3, c, ['区分', ...YEARS]);
  put(ws, r + 4, c, ['実績値', ...b.actuals]);
  put(ws, r + 5, c, ['期待値\n※R7は目標値', ...b.expected]);
  put(ws, r + 6, c, ['備考']);
  merge(ws, r + 6, c + 1, r + 6, c + 6, b.note);
  for (let k = 1; k <= 6; k++) {
    ws.getCell(r + 4, c + k).numFmt = b.fmt;
    ws.getCell(r + 5, c + k).numFmt = b.fmt;
  }
  wrap(ws, r + 3, c, r + 5, c);
  wrap(ws, r + 3, c + 1, r + 3, c + 1);
  box(ws, r, c, r + 6, c + 6);
}

const A_SHEET = '施策5-2';

const A_BLOCKS: Block[] = [
  {
    no: '指標①',
    name: '家庭系食品ロス排出量（推計）',
    description: '家庭ごみ組成調査の結果から推計した、家庭から出る食品ロスの年間量',
    unit: 't',
    way: '↓ 減少',
    actuals: [4120, 3980, 3790, 3610, null, null],
    expected: [null, 3900, 3680, 3450, 3230, 3000],
    note: 'R5組成調査（11月実施）による推計',
    fmt: '#,##0',
  },
  {
    no: '指標②',
    name: 'フードドライブ回収量',
    description: '市の常設窓口及びイベントで回収した未利用食品の重量',
    unit: 'kg',
    way: '↑ 増加',
    actuals: [2350, 3420, 4610, 5130, null, null],
    expected: [null, 3500, 4800, 6000, 7000, 8000],
    note: '',
    fmt: '#,##0',
  },
  {
    no: '指標③',
    name: '食べきり協力店登録数',
    description: '小盛りメニューや持ち帰りに対応する「食べきり協力店」の登録店舗数（年度末）',
    unit: '店',
    way: '↑ 増加',
    actuals: [58, 79, 101, 126, null, null],
    expected: [null, 80, 100, 120, 140, 160],
    note: '',
    fmt: '#,##0',
  },
  {
    no: '指標④',
    name: '食品ロスを意識して行動している市民の割合',
    description: '市民意識調査で「いつも意識している」「ときどき意識している」と回答した割合',
    unit: '%',
    way: '↑ 増加',
    actuals: [65.3, '－', 70.2, 71.4, null, null],
    expected: [null, 70.0, 75.0, 80.0, 85.0, 90.0],
    note: 'R3は調査未実施',
    fmt: '0.0',
  },
  {
    no: '指標⑤',
    name: '学校給食の食べ残し率',
    description: '市立小中学校の給食における残食量÷提供量',
    unit: '%',
    way: '↓ 減少',
    actuals: [7.9, 7.4, 7.1, 6.8, null, null],
    expected: [null, 7.0, 6.0, 5.0, 4.5, 4.0],
    note: '学校給食センター調べ',
    fmt: '0.0',
  },
];

const policySheet: Holdout2Workbook = {
  name: 'h187-shokuhin-loss-shisaku',
  layout: 'A: 施策評価シート, five indicator blocks two across with 目指す方向 (two ↓ 減少), a 達成状況評価 cell with last year\'s grade, R3 actual "－"',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [14, 10, 9, 9, 9, 9, 9, 3, 14, 10, 9, 9, 9, 9, 9]);
    merge(ws, 1, 1, 1, 15, '○○市第２次総合計画　令和６年度 施策評価シート　（評価対象期間：令和５年度）');
    put(ws, 3, 1, ['基本方針']);
    merge(ws, 3, 2, 3, 8, '5 環境にやさしい循環型のまちづくり');
    put(ws, 3, 9, ['担当部等']);
    merge(ws, 3, 10, 3, 15, '環境部　ごみ減量推進課');
    put(ws, 4, 1, ['施策']);
    merge(ws, 4, 2, 4, 8, '5-2 食品ロスの削減と未利用食品の有効活用');
    put(ws, 4, 9, ['達成状況\n評　　価']);
    merge(ws, 4, 10, 5, 11, 'B');
    merge(ws, 4, 12, 5, 12, '（C）');
    put(ws, 5, 1, ['施策の目指す姿']);
    merge(ws, 5, 2, 5, 8, '市民・事業者が食品ロスの削減に取り組み、余った食品が必要とする人に届いている');
    merge(ws, 6, 9, 6, 15, 'A 順調　B 概ね順調　C やや遅れている　D 遅れている');
    box(ws, 3, 1, 5, 15);
    wrap(ws, 4, 9, 4, 9);
    block(ws, 8, 1, A_BLOCKS[0]);
    block(ws, 8, 9, A_BLOCKS[1]);
    block(ws, 16, 1, A_BLOCKS[2]);
    block(ws, 16, 9, A_BLOCKS[3]);
    block(ws, 24, 1, A_BLOCKS[4]);
    merge(ws, 32, 1, 32, 3, '達成状況分析');
    merge(
      ws,
      33,
      1,
      36,
      15,
      '・フードドライブ回収量は前年度から増加したが、期待値を下回った。\n・協力店は商工会議所との連携により期待値を上回った。\n・学校給食の食べ残し率は改善傾向にあるものの、期待値には届いていない。',
    );
    merge(ws, 37, 1, 37, 3, '今後の方向性');
    merge(ws, 38, 1, 40, 15, '回収拠点の拡大とともに、フードバンク団体との連携を強化し、回収した食品の提供先を確保する。');
  },
  expected: {
    file: 'h187-shokuhin-loss-shisaku.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(A_SHEET, '家庭系食品ロス排出量（推計）', 't', 3450, 3610, { direction: 'down' }),
      ind(A_SHEET, 'フードドライブ回収量', 'kg', 6000, 5130),
      ind(A_SHEET, '食べきり協力店登録数', '店', 120, 126),
      ind(A_SHEET, '食品ロスを意識して行動している市民の割合', '%', 80, 71.4),
      ind(A_SHEET, '学校給食の食べ残し率', '%', 5, 6.8, { direction: 'down' }),
    ],
    // B, B, A, B, C: (3 + 3 + 4 + 3 + 2) / 5 = 3.0 → B
    groups: [{ sheet: A_SHEET, cell: 'J4', grade: rollUp(['B', 'B', 'A', 'B', 'C']) }],
  },
};

/* ---------- B: 事業実績 table, targets and actuals as text ---------- */

const B_SHEET = 'R5事業実績';

const B_ROWS: [string, string, string, string, string, string, string, string][] = [
  [
    '1',
    '1-(1)\nフードドライブ常設窓口の運営\n本庁舎・各支所の計６か所に回収箱を常設し、家庭で余った食品を受け付ける。',
    '回収量 4,610kg',
    'B',
    '回収量 6,000kg',
    '回収量 5,420kg',
    '10月の食品ロス削減月間に回収量が大きく伸びた。',
    '拡充',
  ],
  [
    '2',
    '1-(2)\n食品ロス削減出前講座\n町内会・学校・事業所向けに、食品ロスの現状と家庭でできる取組を説明する。',
    '開催回数 17回',
    'B',
    '開催回数 20回',
    '開催回数 14回',
    '学校からの申込が減少した。',
    '継続',
  ],
  [
    '3',
    '2-(1)\nフードバンク活動団体への支援\n市内で活動するフードバンク団体に運営費を補助し、生活困窮世帯への食品提供を支える。',
    'ひとり親世帯 171世帯\n高齢者世帯 58世帯',
    'B',
    'ひとり親世帯 200世帯\n高齢者世帯 100世帯',
    'ひとり親世帯 182世帯\n高齢者世帯 64世帯',
    '高齢者世帯への周知が課題。',
    '継続',
  ],
  [
    '4',
    '2-(2)\n商業施設での食品ロス削減キャンペーン\n大型商業施設と連携し、「てまえどり」啓発ＰＯＰの掲示と店頭回収を行う。',
    '実施店舗数 9店舗',
    'D',
    '実施店舗数 15店舗',
    '未実施',
    '協力施設との日程調整がつかず、実施を見送った。',
    '見直し',
  ],
  [
    '5',
    '3-(1)\n学校給食残渣の堆肥化\n給食センターの調理くず・残食を堆肥化し、学校農園で活用する。',
    '堆肥化量 11.2t',
    'A',
    '堆肥化量 12t',
    '堆肥化量 13.6t',
    '新たに２校の学校農園で活用を開始した。',
    '継続',
  ],
  [
    '6',
    '3-(2)\n食べきり協力店の登録推進\n飲食店・小売店に登録を働きかけ、ステッカーを配布する。',
    '新規登録 22店',
    'A',
    '新規登録 20店',
    '新規登録 25店',
    '商工会議所の会報で募集した。',
    '継続',
  ],
  [
    '7',
    '3-(3)\n未利用食品マッチング事業\n事業者の未利用食品と受取団体をマッチングするシステムを運用する。',
    'マッチング件数 24件',
    'B',
    'マッチング件数 40件',
    'マッチング件数 31件',
    '登録事業者数の伸びが鈍い。',
    '継続',
  ],
];

const projectTable: Holdout2Workbook = {
  name: 'h187-shokuhin-loss-jigyo-jisseki',
  layout: 'B: 推進事業 rows with code, name and 概要 in one cell, figures as text, two measures in one cell, 未実施, a hidden 達成率 helper column',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 40, 18, 8, 18, 18, 8, 30, 10]);
    put(ws, 1, 9, ['資料2']);
    merge(ws, 2, 1, 2, 9, '令和５年度　○○市食品ロス削減推進計画　推進事業実績');
    put(ws, 3, 1, ['担当：環境部ごみ減量推進課']);
    merge(ws, 5, 1, 6, 1, 'No.');
    merge(ws, 5, 2, 6, 2, '推進事業');
    merge(ws, 5, 3, 6, 3, 'R4年度\n実績値');
    merge(ws, 5, 4, 6, 4, '自己\n評価');
    merge(ws, 5, 5, 5, 6, '令和５年度');
    put(ws, 6, 5, ['R5年度数値目標', 'R5年度実績値']);
    merge(ws, 5, 7, 6, 7, '達成率');
    merge(ws, 5, 8, 6, 8, '成果・課題');
    merge(ws, 5, 9, 6, 9, '今後の\n方向性');
    ws.getColumn(7).hidden = true;
    const rates = [0.903, 0.7, 0.64, null, 1.133, 1.25, 0.775];
    B_ROWS.forEach((r, i) => {
      const row = 7 + i;
      put(ws, row, 1, [Number(r[0]), r[1], r[2], r[3], r[4], r[5], rates[i], r[6], r[7]]);
      if (rates[i] !== null) ws.getCell(row, 7).numFmt = '0.0%';
      ws.getRow(row).height = 60;
    });
    wrap(ws, 5, 1, 6 + B_ROWS.length, 9);
    box(ws, 5, 1, 6 + B_ROWS.length, 9);
    put(ws, 8 + B_ROWS.length, 1, ['※自己評価　A：目標達成　B：目標の８割以上　C：目標の６割以上　D：目標の６割未満又は未実施']);
  },
  expected: {
    file: 'h187-shokuhin-loss-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, 'フードドライブ常設窓口の運営', 'kg', 6000, 5420, { existing: 'B' }),
      ind(B_SHEET, '食品ロス削減出前講座', '回', 20, 14, { existing: 'B' }),
      {
        sheet: B_SHEET,
        name: 'フードバンク活動団体への支援',
        unit: '世帯',
        direction: 'up',
        measures: [
          { label: 'ひとり親世帯', target: 200, actual: 182, unit: '世帯' },
          { label: '高齢者世帯', target: 100, actual: 64, unit: '世帯' },
        ],
        existing: 'B',
        // 182/200 = 91 %, 64/100 = 64 %: the lowest counts → C
        grade: 'C',
      },
      ind(B_SHEET, '商業施設での食品ロス削減キャンペーン', '店舗', 15, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, '学校給食残渣の堆肥化', 't', 12, 13.6, { existing: 'A' }),
      ind(B_SHEET, '食べきり協力店の登録推進', '店', 20, 25, { existing: 'A' }),
      ind(B_SHEET, '未利用食品マッチング事業', '件', 40, 31, { existing: 'B' }),
    ],
    groups: [],
  },
};

/* ---------- C: KPI table, 目標値 / 実績値 rows per KPI, period columns ---------- */

const C_SHEET = 'KPI';

const C_KPIS: { name: string; targets: string[]; actuals: string[]; note: string }[] = [
  { name: 'フードバンク食品取扱量', targets: ['15 t', '18 t', '21 t', '24 t'], actuals: ['14.1 t', '16.2 t', '', ''], note: '' },
  { name: 'フードドライブ実施拠点数', targets: ['20 か所', '25 か所', '28 か所', '30 か所'], actuals: ['22 か所', '27 か所', '', ''], note: '' },
  { name: '子ども食堂等への食品提供件数', targets: ['400 件', '480 件', '540 件', '600 件'], actuals: ['355 件', '362 件', '', ''], note: '' },
  {
    name: '食品ロス削減推進協力事業者数',
    targets: ['-', '-', '60 事業者', '80 事業者'],
    actuals: ['31 事業者', '44 事業者', '', ''],
    note: 'R6年度から目標設定',
  },
  {
    name: '市民１人１日当たり家庭系食品ロス量',
    targets: ['40 g', '38 g', '36 g', '34 g'],
    actuals: ['42 g', '41 g', '', ''],
    note: '削減目標（少ないほど良い）',
  },
];

const kpiTable: Holdout2Workbook = {
  name: 'h187-foodbank-kpi',
  layout: 'C: 地方創生 KPI, a 目標値 and a 実績値 row per KPI under 令和X年3月末 columns, values with units, "-" targets, a lower-is-better KPI marked in 備考',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [34, 8, 12, 12, 12, 12, 26]);
    put(ws, 1, 1, ['食品ロス削減・フードバンク活用推進事業　重要業績評価指標（KPI）の達成状況']);
    put(ws, 2, 1, ['令和５年度実績（令和６年３月末時点）について評価']);
    put(ws, 4, 1, ['KPI', '区分', '令和5年3月末', '令和6年3月末', '令和7年3月末', '令和8年3月末', '備考']);
    C_KPIS.forEach((k, i) => {
      const r = 5 + 2 * i;
      merge(ws, r, 1, r + 1, 1, k.name);
      put(ws, r, 2, ['目標値', ...k.targets]);
      put(ws, r + 1, 2, ['実績値', ...k.actuals.map((a) => a || undefined)]);
      if (k.note) merge(ws, r, 7, r + 1, 7, k.note);
    });
    box(ws, 4, 1, 4 + 2 * C_KPIS.length, 7);
    put(ws, 6 + 2 * C_KPIS.length, 1, ['※フードバンク食品取扱量は市内２団体の合計。']);
  },
  expected: {
    file: 'h187-foodbank-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C_SHEET, 'フードバンク食品取扱量', 't', 18, 16.2),
      ind(C_SHEET, 'フードドライブ実施拠点数', 'か所', 25, 27),
      ind(C_SHEET, '子ども食堂等への食品提供件数', '件', 480, 362),
      ind(C_SHEET, '食品ロス削減推進協力事業者数', '事業者', null, 44),
      ind(C_SHEET, '市民１人１日当たり家庭系食品ロス量', 'g', 38, 41, { direction: 'down' }),
    ],
    groups: [],
  },
};

/* ---------- D: plan indicators, 現況 with its year, 目標（R8）, 実績 with its year ---------- */

const D_SHEET = '点検評価一覧';

const D_ROWS: [string, string, string, string, string | number, string, string][] = [
  [
    '事業系食品ロス排出量',
    '事業所から排出される食品ロスの推計量（減少を目指す）',
    't',
    '2,960\n（令和3年度）',
    2500,
    '2,710\n（令和5年度）',
    '事業系ごみ組成調査',
  ],
  ['家庭系食品ロス排出量', '家庭から排出される食品ロスの推計量（減少を目指す）', 't', '4,380\n（令和3年度）', 3700, '4,050\n（令和5年度）', '家庭ごみ組成調査'],
  ['フードドライブ協力拠点数', '市の窓口以外で常設回収を行う店舗・施設の数', 'か所', '12\n（令和3年度）', 30, '21\n（令和5年度）', '所管課調べ'],
  ['食品ロス削減に取り組む市民の割合', '市民意識調査で「取り組んでいる」と回答した割合', '%', '68.2\n（令和3年度）', 85, '集計中', '市民意識調査'],
  ['フードバンク登録団体数', '市のフードバンク連絡会に登録している団体数', '団体', '3\n（令和3年度）', 8, '8\n（令和5年度）', '所管課調べ'],
  ['食べきり協力店登録数', '「食べきり協力店」に登録した飲食店・小売店の数', '店', '64\n（令和3年度）', 150, '98\n（令和5年度）', '所管課調べ'],
];

const planTable: Holdout2Workbook = {
  name: 'h187-shokuhin-loss-keikaku-shihyo',
  layout: 'D: plan indicators with 現況（計画策定時） and 実績 carrying their years, one final 目標（R8）, two 減少を目指す in the 説明, one 集計中',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [30, 40, 7, 14, 11, 14, 18]);
    put(ws, 1, 7, ['資料3']);
    merge(ws, 2, 1, 2, 7, '第２次○○市食品ロス削減推進計画　令和５年度 点検評価');
    put(ws, 4, 1, ['基本目標１　食品ロスを「減らす」「活かす」まち']);
    put(ws, 5, 1, ['指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    D_ROWS.forEach((r, i) => put(ws, 6 + i, 1, r));
    for (let i = 0; i < D_ROWS.length; i++) ws.getCell(6 + i, 5).numFmt = '#,##0';
    wrap(ws, 5, 1, 5 + D_ROWS.length, 7);
    box(ws, 5, 1, 5 + D_ROWS.length, 7);
    put(ws, 7 + D_ROWS.length, 1, ['※食品ロス削減に取り組む市民の割合は、令和5年度市民意識調査の集計中のため未記載。']);
  },
  expected: {
    file: 'h187-shokuhin-loss-keikaku-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(D_SHEET, '事業系食品ロス排出量', 't', 2500, 2710, { direction: 'down' }), targetSource: 'final' },
      { ...ind(D_SHEET, '家庭系食品ロス排出量', 't', 3700, 4050, { direction: 'down' }), targetSource: 'final' },
      { ...ind(D_SHEET, 'フードドライブ協力拠点数', 'か所', 30, 21), targetSource: 'final' },
      { ...ind(D_SHEET, '食品ロス削減に取り組む市民の割合', '%', 85, null, { actualStatus: 'pending' }), targetSource: 'final' },
      { ...ind(D_SHEET, 'フードバンク登録団体数', '団体', 8, 8), targetSource: 'final' },
      { ...ind(D_SHEET, '食べきり協力店登録数', '店', 150, 98), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planTable];
