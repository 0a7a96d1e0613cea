/**
 * Hold-out 130, the four families as 森林・林業・鳥獣被害対策 offices write them: a 施策評価シート with two 基本施策 on two
 * sheets (blocks tiled two across, R2（現状値）…R7, 実績値／期待値 rows, a 目指す方向 row, 集計中, a 期待値 only for R7), a
 * 令和６年度 推進事業の実績 with text figures (two species in one cell, full-width digits, 未実施, a note in brackets), a
 * 第２期総合戦略 KPI table with 令和4年3月末… columns, 目標値／実績値 rows, values with units and ◎○△×, and a 森林整備計画
 * 成果指標 table with the year in each 現況／実績 cell (one statistic a year behind).
 */
import type { Workbook, Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

type Cell = string | number | null;

interface Block {
  no: string;
  name: string;
  description: string;
  unit: string;
  /** R2（現状値）…R7. */
  actuals: Cell[];
  expected: Cell[];
  direction: string;
  note: string;
}

/** One indicator block of the 施策評価シート, eight columns wide, seven rows high, from (row, col). */
function block(ws: Worksheet, row: number, col: number, b: Block): void {
  put(ws, row, col, [`指　標 ${b.no}`]);
  merge(ws, row, col + 1, row, col + 7, b.name);
  put(ws, row + 1, col, ['指標の説明']);
  merge(ws, row + 1, col + 1, row + 1, col + 7, b.description);
  put(ws, row + 2, col, ['区　分', '単位', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
  put(ws, row + 3, col, ['実績値']);
  put(ws, row + 3, col + 2, b.actuals);
  put(ws, row + 4, col, ['期待値\n※R7は目標値']);
  put(ws, row + 4, col + 2, b.expected);
  merge(ws, row + 3, col + 1, row + 4, col + 1, b.unit);
  put(ws, row + 5, col, ['目指す方向']);
  merge(ws, row + 5, col + 1, row + 5, col + 7, b.direction);
  put(ws, row + 6, col, ['備　考']);
  merge(ws, row + 6, col + 1, row + 6, col + 7, b.note);
  wrap(ws, row, col, row + 6, col);
  wrap(ws, row + 2, col + 2, row + 2, col + 7);
  box(ws, row, col, row + 6, col + 7);
}

function policySheet(wb: Workbook, sheet: string, policy: string, last: string, blocks: Block[]): void {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [12, 7, 9, 9, 9, 9, 9, 9, 3, 12, 7, 9, 9, 9, 9, 9, 9]);
  merge(ws, 1, 1, 1, 17, '森沢市総合計画後期基本計画　令和５年度 施策評価シート　（評価対象年度：令和４年度）');
  put(ws, 3, 1, ['基本方針']);
  merge(ws, 3, 2, 3, 8, '３　森林と共生し、豊かな恵みを生かすまち');
  put(ws, 3, 10, ['担当部等']);
  merge(ws, 3, 11, 3, 17, '農林部（林業振興課・農政課）');
  put(ws, 4, 1, ['基本施策']);
  merge(ws, 4, 2, 4, 8, policy);
  put(ws, 5, 1, ['施策の達成状況', null, last]);
  merge(ws, 5, 4, 5, 8, '※（　）内は前年度の評価');
  merge(ws, 6, 1, 6, 17, '評価区分　A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
  wrap(ws, 3, 1, 5, 1);
  box(ws, 3, 1, 5, 8);
  box(ws, 3, 10, 3, 17);
  blocks.forEach((b, i) => block(ws, 8 + Math.floor(i / 2) * 8, i % 2 ? 10 : 1, b));
}

const UP = '↑（増加を目指す）';
const DOWN = '↓（減少を目指す）';

const A_SHEET1 = '施策3-1';
const A_SHEET2 = '施策3-2';

const A1: ExpectedIndicator[] = [
  ind(A_SHEET1, '間伐実施面積', 'ha', 330, 265.3),
  ind(A_SHEET1, '森林経営管理制度に基づく意向調査の実施面積', 'ha', 700, 725),
  ind(A_SHEET1, '林業新規就業者数', '人', 5, 3),
];
const A2: ExpectedIndicator[] = [
  ind(A_SHEET2, '有害鳥獣による農作物被害額', '千円', 15500, 15300, { direction: 'down' }),
  ind(A_SHEET2, '有害鳥獣捕獲頭数', '頭', 1150, null, { actualStatus: 'pending' }),
  { ...ind(A_SHEET2, '狩猟免許所持者数', '人', 250, 221), targetSource: 'final' },
];

const policyTwoSheets: Holdout2Workbook = {
  name: 'h130-r4-shinrin-sesaku-sheet',
  layout: '施策評価シート, two 基本施策 on two sheets, blocks tiled two across, R2（現状値）…R7, 目指す方向 row, 集計中, a 期待値 only for R7',
  build(wb) {
    policySheet(wb, A_SHEET1, '3-1　森林の保全と林業の振興', '（B）', [
      {
        no: '①',
        name: '間伐実施面積',
        description: '市内民有林において間伐を実施した面積（各年度４月～３月）',
        unit: 'ha',
        actuals: [312.4, 298.0, 265.3, null, null, null],
        expected: ['－', 320, 330, 340, 350, 360],
        direction: UP,
        note: 'R4は８月豪雨による作業道被災で施業が一部中止となった。',
      },
      {
        no: '②',
        name: '森林経営管理制度に基づく意向調査の実施面積',
        description: '令和元年度からの累計面積（森林所有者への意向調査を実施した森林の面積）',
        unit: 'ha',
        actuals: [120, 410, 725, null, null, null],
        expected: ['－', 400, 700, 1000, 1250, 1500],
        direction: UP,
        note: '',
      },
      {
        no: '③',
        name: '林業新規就業者数',
        description: '市内林業事業体に新たに就業した者の数（緑の雇用事業等による）',
        unit: '人',
        actuals: [4, 6, 3, null, null, null],
        expected: ['－', 5, 5, 5, 5, 5],
        direction: UP,
        note: '',
      },
    ]);
    policySheet(wb, A_SHEET2, '3-2　鳥獣被害対策の推進', '（A）', [
      {
        no: '④',
        name: '有害鳥獣による農作物被害額',
        description: '農業共済及び集落からの被害報告に基づく農作物の被害額',
        unit: '千円',
        actuals: [18450, 16920, 15300, null, null, null],
        expected: ['－', 17000, 15500, 14300, 13100, 12000],
        direction: DOWN,
        note: '',
      },
      {
        no: '⑤',
        name: '有害鳥獣捕獲頭数',
        description: 'イノシシ、ニホンジカ、ニホンザル等の有害捕獲頭数',
        unit: '頭',
        actuals: [1024, 1130, '集計中', null, null, null],
        expected: ['－', 1100, 1150, 1200, 1250, 1300],
        direction: UP,
        note: 'R4実績は猟友会からの報告を集計中。',
      },
      {
        no: '⑥',
        name: '狩猟免許所持者数',
        description: '市内在住の狩猟免許（わな・銃猟）所持者数（各年度末）',
        unit: '人',
        actuals: [205, 214, 221, null, null, null],
        expected: ['－', '－', '－', '－', '－', 250],
        direction: UP,
        note: '期待値は最終年度（R7）のみ設定。',
      },
    ]);
  },
  expected: {
    file: 'h130-r4-shinrin-sesaku-sheet.xlsx',
    fiscalYear: 2022,
    indicators: [...A1, ...A2],
    groups: [
      { sheet: A_SHEET1, cell: 'B5', grade: rollUp(A1.map((i) => i.grade)) },
      { sheet: A_SHEET2, cell: 'B5', grade: rollUp(A2.map((i) => i.grade)) },
    ],
  },
};

const B_SHEET = '事業実績';

const projectResults: Holdout2Workbook = {
  name: 'h130-r6-chojyu-jigyo-jisseki',
  layout: '推進事業の実績: code, name and 概要 in one cell, text figures, two species in one cell, full-width digits, 未実施, a bracketed note',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 40, 18, 18, 22, 9, 10, 26]);
    put(ws, 1, 1, ['資料２']);
    merge(ws, 2, 1, 2, 8, '令和６年度　鳥獣被害対策・森林整備関連 推進事業の実績');
    put(ws, 3, 8, ['（令和7年5月末現在）']);
    merge(ws, 5, 1, 6, 1, 'No.');
    merge(ws, 5, 2, 6, 2, '推進事業');
    merge(ws, 5, 3, 6, 3, '令和５年度\n実績値');
    merge(ws, 5, 4, 5, 5, '令和６年度');
    put(ws, 6, 4, ['数値目標', '実績値']);
    merge(ws, 5, 6, 6, 6, '自己評価\n（A～D）');
    merge(ws, 5, 7, 6, 7, '今後の\n方向性');
    merge(ws, 5, 8, 6, 8, '備考');
    const rows: Cell[][] = [
      [
        1,
        '3-2-1　有害鳥獣捕獲事業\n猟友会に委託し、イノシシ・ニホンジカの有害捕獲を実施する。',
        'イノシシ　402頭\nニホンジカ　215頭',
        'イノシシ　450頭\nニホンジカ　250頭',
        'イノシシ　468頭\nニホンジカ　197頭',
        'B',
        '拡充',
        'ニホンジカは冬期の積雪で出猟日数が減少',
      ],
      [
        2,
        '3-2-2　侵入防止柵設置支援事業\n農業者等が設置する電気柵・ワイヤーメッシュ柵の資材費を補助する。',
        '設置延長 11,240m',
        '設置延長 12,000m',
        '設置延長 10,850m',
        'A',
        '継続',
        '',
      ],
      [
        3,
        '3-2-3　ジビエ利活用推進事業\n捕獲個体の処理加工施設への搬入を促進し、地域資源として活用する。',
        '搬入頭数 86頭',
        '搬入頭数 100頭',
        '未実施',
        'D',
        '見直し',
        '処理加工施設の改修工事のため受入停止',
      ],
      [
        4,
        '4-1-1　森林整備事業（間伐）\n森林経営計画に基づき実施する間伐に対し補助する。',
        '間伐面積 ７８．６ha',
        '間伐面積 ８５ha',
        '間伐面積 ９２．４ha',
        'A',
        '継続',
        '',
      ],
      [
        5,
        '4-1-2　林道維持補修事業\n市管理林道の路面補修及び側溝清掃を行う。',
        '補修路線 8路線',
        '補修路線 8路線',
        '7路線（うち1路線は次年度へ繰越）',
        'B',
        '継続',
        '',
      ],
      [
        6,
        '4-2-1　森林経営管理事業\n森林所有者への意向調査及び経営管理権集積計画の策定を行う。',
        '意向調査 280ha',
        '意向調査 300ha',
        '意向調査 245ha',
        'C',
        '継続',
        '森林環境譲与税を充当',
      ],
    ];
    rows.forEach((r, i) => put(ws, 7 + i, 1, r));
    wrap(ws, 5, 1, 12, 8);
    box(ws, 5, 1, 12, 8);
    merge(ws, 14, 1, 14, 8, '自己評価　A：目標を達成した　B：概ね達成した（80％以上）　C：やや不十分（60％以上）　D：不十分・未実施');
  },
  expected: {
    file: 'h130-r6-chojyu-jigyo-jisseki.xlsx',
    fiscalYear: 2024,
    indicators: [
      {
        sheet: B_SHEET,
        name: '有害鳥獣捕獲事業',
        unit: '頭',
        measures: [
          { label: 'イノシシ', target: 450, actual: 468, unit: '頭' },
          { label: 'ニホンジカ', target: 250, actual: 197, unit: '頭' },
        ],
        direction: 'up',
        existing: 'B',
        // the lower of 468/450 and 197/250 (78.8 %)
        grade: 'C',
      },
      ind(B_SHEET, '侵入防止柵設置支援事業', 'm', 12000, 10850, { existing: 'A' }),
      ind(B_SHEET, 'ジビエ利活用推進事業', '頭', 100, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, '森林整備事業（間伐）', 'ha', 85, 92.4, { existing: 'A' }),
      ind(B_SHEET, '林道維持補修事業', '路線', 8, 7, { existing: 'B' }),
      ind(B_SHEET, '森林経営管理事業', 'ha', 300, 245, { existing: 'C' }),
    ],
    groups: [],
  },
};

const C_SHEET = 'KPI';

const kpiTable: Holdout2Workbook = {
  name: 'h130-r3-kpi-chojyu-shinrin',
  layout: 'KPI table: 目標値／実績値 rows under 令和3年3月末…令和7年3月末, a 目標の方向 column, values with units, 集計中, ◎○△× with a legend',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [16, 28, 9, 13, 8, 13, 13, 13, 13, 13, 7, 22]);
    merge(ws, 1, 1, 1, 12, '第２期森沢市まち・ひと・しごと創生総合戦略　基本目標２「地域のしごとを守り育てる」　KPI達成状況（令和３年度）');
    put(ws, 4, 1, [
      '施策',
      '重要業績評価指標（KPI）',
      '目標の\n方向',
      '基準値\n（令和元年度）',
      '区分',
      '令和3年3月末',
      '令和4年3月末',
      '令和5年3月末',
      '令和6年3月末',
      '令和7年3月末',
      '評価',
      '備考',
    ]);
    const kpis: [string, string, string, string[], string[], string, string][] = [
      ['有害鳥獣捕獲頭数', '増加', '980 頭', ['－', '1,200 頭', '1,250 頭', '1,300 頭', '1,350 頭'], ['1,104 頭', '1,315 頭'], '◎', ''],
      ['鳥獣による農林業被害額', '減少', '3,450 万円', ['－', '2,800 万円', '2,600 万円', '2,400 万円', '2,200 万円'], ['3,280 万円', '3,120 万円'], '○', ''],
      ['間伐等森林整備面積', '増加', '310 ha', ['－', '350 ha', '360 ha', '370 ha', '380 ha'], ['302.1 ha', '298.5 ha'], '○', ''],
      [
        '素材生産量',
        '増加',
        '16,500 ㎥',
        ['－', '18,000 ㎥', '18,500 ㎥', '19,000 ㎥', '20,000 ㎥'],
        ['17,240 ㎥', '集計中'],
        '－',
        '県の木材需給統計の公表待ち',
      ],
      ['新規林業就業者数（累計）', '増加', '－', ['－', '15 人', '22 人', '29 人', '36 人'], ['4 人', '8 人'], '×', '令和2年度からの累計'],
    ];
    kpis.forEach(([name, dir, base, targets, actuals, mark, note], i) => {
      const r = 5 + i * 2;
      merge(ws, r, 2, r + 1, 2, name);
      merge(ws, r, 3, r + 1, 3, dir);
      merge(ws, r, 4, r + 1, 4, base);
      put(ws, r, 5, ['目標値', ...targets]);
      put(ws, r + 1, 5, ['実績値', ...actuals]);
      merge(ws, r, 11, r + 1, 11, mark);
      merge(ws, r, 12, r + 1, 12, note);
    });
    merge(ws, 5, 1, 8, 1, '(1) 鳥獣被害対策の推進');
    merge(ws, 9, 1, 14, 1, '(2) 森林資源の循環利用');
    wrap(ws, 4, 1, 14, 12);
    box(ws, 4, 1, 14, 12);
    merge(ws, 16, 1, 16, 12, '評価　◎：達成率100％以上　○：80％以上100％未満　△：60％以上80％未満　×：60％未満　－：評価不能');
  },
  expected: {
    file: 'h130-r3-kpi-chojyu-shinrin.xlsx',
    fiscalYear: 2021,
    // The written marks as written: the legend gives bands alone, no letter and no status word (sets 12, 71, 86, 96, 103, 120, 128).
    indicators: [
      ind(C_SHEET, '有害鳥獣捕獲頭数', '頭', 1200, 1315, { existing: '◎' }),
      ind(C_SHEET, '鳥獣による農林業被害額', '万円', 2800, 3120, { direction: 'down', existing: '○' }),
      ind(C_SHEET, '間伐等森林整備面積', 'ha', 350, 298.5, { existing: '○' }),
      ind(C_SHEET, '素材生産量', '㎥', 18000, null, { actualStatus: 'pending' }),
      ind(C_SHEET, '新規林業就業者数（累計）', '人', 15, 8, { existing: '×' }),
    ],
    groups: [],
  },
};

const D_SHEET = '成果指標';

const planIndicators: Holdout2Workbook = {
  name: 'h130-r5-shinrin-keikaku-shihyo',
  layout: '森林整備計画 成果指標: 現況（計画策定時）and 実績 with the year in the cell, 目標（R7）, 現状把握の方法; one statistic of the calendar year before',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 24, 8, 30, 16, 10, 16, 34]);
    merge(ws, 1, 1, 1, 8, '森沢市森林整備計画（令和３年度～令和７年度）　成果指標の点検評価');
    merge(ws, 2, 1, 2, 8, '（評価対象：令和５年度）');
    put(ws, 4, 1, ['No.', '指標', '単位', '指標の説明', '現況\n（計画策定時）', '目標\n（R7）', '実績', '現状把握の方法']);
    const rows: Cell[][] = [
      [1, '間伐実施面積', 'ha', '民有林で実施した間伐の面積（年間）', '285.0\n（令和元年度）', 330, '301.2\n（令和5年度）', '森林整備事業実績報告'],
      [2, '再造林面積', 'ha', '主伐後に植栽を行った面積（年間）', '18.4\n（令和元年度）', 30, '31.0\n（令和5年度）', '造林補助事業実績'],
      [
        3,
        '林業産出額',
        '百万円',
        '木材生産及び栽培きのこ類生産の産出額',
        '412\n（平成30年）',
        450,
        '398\n（令和4年）',
        '林業産出額統計（農林水産省）\n※令和5年分は未公表のため令和4年の値',
      ],
      [4, '林道改良延長（累計）', 'm', '計画期間中に改良工事を完了した林道の延長', '1,250\n（令和2年度末）', 4000, '2,980\n（令和5年度末）', '林道台帳'],
      [5, '森林経営計画認定面積', 'ha', '森林経営計画の認定を受けた森林の面積', '3,420\n（令和2年度）', 4200, '調査中', '森林経営計画認定台帳（県）'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    wrap(ws, 4, 1, 9, 8);
    box(ws, 4, 1, 9, 8);
  },
  expected: {
    file: 'h130-r5-shinrin-keikaku-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(D_SHEET, '間伐実施面積', 'ha', 330, 301.2), targetSource: 'final' },
      { ...ind(D_SHEET, '再造林面積', 'ha', 30, 31), targetSource: 'final' },
      // 令和4年 (calendar 2022), read as written: the year before the period, a guess to flag
      { ...ind(D_SHEET, '林業産出額', '百万円', 450, 398), targetSource: 'final' },
      { ...ind(D_SHEET, '林道改良延長（累計）', 'm', 4000, 2980), targetSource: 'final' },
      { ...ind(D_SHEET, '森林経営計画認定面積', 'ha', 4200, null, { actualStatus: 'pending' }), targetSource: 'final' },
    ],
    groups: [],
    guesses: ['other-year'],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policyTwoSheets, projectResults, kpiTable, planIndicators];
