/**
 * Hold-out 126, the four families as 国際交流・多文化共生 offices write them: a 基本施策事後評価シート with indicator blocks (A),
 * a 事業実績 table with text figures (B), a 総合戦略 KPI table with 目標値／実績値 rows per period (C) and a 多文化共生推進プラン
 * 成果指標 table with 現況／目標／実績 (D).
 */
import type { Workbook, Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

type Cell = string | number | null;

interface Block {
  no: string;
  name: string;
  description: string;
  unit: string;
  actuals: Cell[];
  expected: Cell[];
  note: string;
}

const PERIODS = ['R1', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7'];

/** One indicator block of nine columns from (row, col): 指標, 指標の説明, 単位／区分／R1…R7, 実績値, 期待値, 備考. */
function block(ws: Worksheet, row: number, col: number, b: Block): void {
  ws.getCell(row, col).value = `指標${b.no}`;
  merge(ws, row, col + 1, row, col + 8, b.name);
  ws.getCell(row + 1, col).value = '指標の説明';
  merge(ws, row + 1, col + 1, row + 1, col + 8, b.description);
  put(ws, row + 2, col, ['単位', '区分', ...PERIODS]);
  merge(ws, row + 3, col, row + 4, col, b.unit);
  ws.getCell(row + 3, col + 1).value = '実績値';
  put(ws, row + 3, col + 2, b.actuals);
  ws.getCell(row + 4, col + 1).value = '期待値\n※R7は目標値';
  put(ws, row + 4, col + 2, b.expected);
  ws.getCell(row + 5, col).value = '備考';
  merge(ws, row + 5, col + 1, row + 5, col + 8, b.note || undefined);
  wrap(ws, row + 2, col, row + 4, col + 8);
  box(ws, row, col, row + 5, col + 8);
}

/** A 基本施策 sheet: title, 基本方針／基本施策／担当部等, the 達成状況評価 cell at M3 with last year's grade in N3, blocks two across. */
function policySheet(wb: Workbook, name: string, policy: string, lastYear: string, blocks: Block[]): void {
  const ws = wb.addWorksheet(name);
  widths(ws, [12, 12, 9, 9, 9, 9, 9, 9, 9, 3, 12, 12, 9, 9, 9, 9, 9, 9, 9]);
  merge(ws, 1, 1, 1, 19, '東和市総合計画 2021～2030　令和５年度基本施策事後評価シート　（評価対象期間：令和４年度）');
  put(ws, 3, 1, ['基本方針']);
  merge(ws, 3, 2, 3, 6, '５　多様な人々がつながり共に生きるまち');
  put(ws, 3, 7, ['担当部等']);
  merge(ws, 3, 8, 3, 9, '市民協働部\n国際交流課');
  merge(ws, 3, 11, 4, 12, '達成状況\n評　　価');
  ws.getCell(3, 14).value = lastYear;
  put(ws, 4, 1, ['基本施策']);
  merge(ws, 4, 2, 4, 9, policy);
  box(ws, 3, 1, 4, 9);
  box(ws, 3, 13, 3, 13);
  put(ws, 6, 1, ['成果指標']);
  blocks.forEach((b, i) => block(ws, 7 + Math.floor(i / 2) * 7, i % 2 === 0 ? 1 : 11, b));
  const last = 7 + Math.ceil(blocks.length / 2) * 7;
  put(ws, last, 1, ['達成状況分析（対象：R4）']);
  merge(ws, last + 1, 1, last + 3, 19, '（上段：指標に基づくもの　下段：指標以外のもの）\n・感染症の影響が残る中、対面とオンラインを併用して事業を実施した。');
}

const policyA1: Block[] = [
  {
    no: '①',
    name: '日本語教室の延べ参加者数',
    description: '市内５か所の日本語教室に参加した外国人住民の延べ人数',
    unit: '人',
    actuals: [1905, 612, 1034, 1652],
    expected: ['－', '－', 1400, 1800, 2100, 2300, 2500],
    note: '令和４年度から夜間教室を再開',
  },
  {
    no: '②',
    name: '外国人相談窓口の相談件数',
    description: '多言語相談窓口（やさしい日本語・英語・中国語・ベトナム語ほか）で受けた相談の件数',
    unit: '件',
    actuals: [842, 1105, 1240, 1318],
    expected: ['－', '－', 1150, 1200, 1250, 1300, 1350],
    note: '翻訳機による対応を含む',
  },
  {
    no: '③',
    name: 'やさしい日本語研修の受講者数',
    description: '市職員・市民向けやさしい日本語研修の受講者数（年度ごと）',
    unit: '人',
    actuals: ['－', 35, 128, 214],
    expected: ['－', '－', 200, 300, 400, 500, 600],
    note: '令和２年度から研修を開始',
  },
  {
    no: '④',
    name: '国際交流協会の会員数',
    description: '東和市国際交流協会の個人会員・団体会員の合計（年度末）',
    unit: '人',
    actuals: [402, 371, 365, 380],
    expected: ['－', '－', 420, 450, 470, 490, 500],
    note: '',
  },
];

const policyA2: Block[] = [
  {
    no: '①',
    name: '姉妹都市・友好都市との交流事業数',
    description: '姉妹都市（米国）・友好都市（台湾）と実施した交流事業の数（オンラインを含む）',
    unit: '事業',
    actuals: ['９', '１', '２', '４'],
    expected: ['－', '－', 3, 6, 8, 9, 10],
    note: 'R4はオンライン交流３事業、相互訪問１事業',
  },
  {
    no: '②',
    name: '中学生海外派遣事業の派遣者数',
    description: '中学生海外派遣事業で姉妹都市へ派遣した生徒数',
    unit: '人',
    actuals: ['１６', '未実施', '未実施', '未実施'],
    expected: ['－', '－', 16, 16, 16, 16, 16],
    note: '新型コロナウイルス感染症の影響により、令和２年度から派遣を中止している。',
  },
  {
    no: '③',
    name: '通訳・翻訳ボランティア登録者数',
    description: '国際交流協会に登録している通訳・翻訳ボランティアの人数（年度末）',
    unit: '人',
    actuals: ['９８', '１０４', '１１７', '１３１'],
    expected: ['－', '－', 110, 120, 130, 140, 150],
    note: '',
  },
];

const A1 = '5-3';
const A2 = '5-4';
const aIndicators = [
  ind(A1, '日本語教室の延べ参加者数', '人', 1800, 1652),
  ind(A1, '外国人相談窓口の相談件数', '件', 1200, 1318),
  ind(A1, 'やさしい日本語研修の受講者数', '人', 300, 214),
  ind(A1, '国際交流協会の会員数', '人', 450, 380),
  ind(A2, '姉妹都市・友好都市との交流事業数', '事業', 6, 4),
  ind(A2, '中学生海外派遣事業の派遣者数', '人', 16, null, { actualStatus: 'not-implemented' }),
  ind(A2, '通訳・翻訳ボランティア登録者数', '人', 120, 131),
];

const policySheets: Holdout2Workbook = {
  name: 'h126-tabunka-shisaku',
  layout:
    'A: two 基本施策 sheets (5-3 多文化共生, 5-4 国際交流) of indicator blocks two across, R1…R7 with R2（現状値）, 期待値 per year, 令和４年度 evaluated, full-width actuals and 未実施 on 5-4',
  build(wb) {
    policySheet(wb, A1, '5-3　多文化共生社会の推進', '（B）', policyA1);
    policySheet(wb, A2, '5-4　国際交流の推進', '（C）', policyA2);
  },
  expected: {
    file: 'h126-tabunka-shisaku.xlsx',
    fiscalYear: 2022,
    indicators: aIndicators,
    groups: [
      { sheet: A1, cell: 'M3', grade: rollUp(aIndicators.slice(0, 4).map((i) => i.grade)) },
      { sheet: A2, cell: 'M3', grade: rollUp(aIndicators.slice(4).map((i) => i.grade)) },
    ],
  },
};

const B = '事業実績';

const projectTable: Holdout2Workbook = {
  name: 'h126-jigyo-jisseki',
  layout:
    'B: 令和６年度 事業実績 of 多文化共生・国際交流 projects, name and 概要 in one cell, text figures 「相談件数 1,622件」, two measures in one cell, a 未実施, R5 実績 as a reference column',
  build(wb) {
    const ws = wb.addWorksheet(B);
    widths(ws, [5, 40, 18, 22, 8, 18, 10]);
    put(ws, 1, 1, ['資料２']);
    merge(ws, 2, 1, 2, 7, '令和６年度　多文化共生・国際交流推進事業　実績一覧（国際交流課）');
    put(ws, 4, 1, ['No.', '推進事業\n（事業名・概要）', 'R6年度\n数値目標', 'R6年度\n実績値', '自己\n評価', 'R5年度実績値\n（参考）', '今後の\n方向性']);
    const rows: Cell[][] = [
      [
        1,
        '外国人住民相談窓口運営事業\n市役所本庁舎に多言語相談窓口を設置し、生活全般の相談に対応する。',
        '相談件数 1,500件',
        '相談件数 1,622件',
        'A',
        '相談件数 1,488件',
        '継続',
      ],
      [2, '日本語教室開催事業\n市内５か所で外国人住民向けの日本語教室を開催する。', '開催回数 96回', '開催回数 88回', 'A', '開催回数 90回', '継続'],
      [
        3,
        'やさしい日本語普及事業\n職員・市民向けの研修会を開催し、やさしい日本語の活用を広める。',
        '研修会 4回\n受講者 120人',
        '研修会 4回\n受講者 97人',
        'B',
        '研修会 3回\n受講者 84人',
        '拡充',
      ],
      [
        4,
        '多言語翻訳・通訳支援事業\n行政文書の翻訳、窓口・学校等への通訳派遣を行う。',
        '翻訳件数 250件',
        '翻訳件数 318件\n（うち行政文書 204件）',
        'A',
        '翻訳件数 276件',
        '継続',
      ],
      [5, '姉妹都市青少年交流事業\n姉妹都市へ高校生を派遣し、ホームステイ等の交流を行う。', '派遣 10人', '未実施', 'D', '派遣 8人', '見直し'],
      [6, '国際交流員活用事業\n国際交流員（CIR）を学校・地域行事へ派遣し、国際理解を深める。', '学校訪問 40回', '学校訪問 23回', 'C', '学校訪問 31回', '継続'],
      [
        7,
        '外国人児童生徒日本語指導支援事業\n日本語指導が必要な児童生徒に支援員を派遣する。',
        '支援児童生徒 35人',
        '支援児童生徒 41人',
        'A',
        '支援児童生徒 33人',
        '拡充',
      ],
      [
        8,
        '外国人住民防災訓練参加促進事業\n総合防災訓練への外国人住民の参加を呼びかけ、通訳を配置する。',
        '参加者 60人',
        '参加者 48人',
        'B',
        '参加者 37人',
        '継続',
      ],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    wrap(ws, 4, 1, 12, 7);
    box(ws, 4, 1, 12, 7);
    put(ws, 14, 1, ['※自己評価　A：目標達成　B：概ね達成　C：やや不十分　D：不十分・未実施']);
  },
  expected: {
    file: 'h126-jigyo-jisseki.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(B, '外国人住民相談窓口運営事業', '件', 1500, 1622, { existing: 'A' }),
      ind(B, '日本語教室開催事業', '回', 96, 88, { existing: 'A' }),
      {
        sheet: B,
        name: 'やさしい日本語普及事業',
        measures: [
          { label: '研修会', target: 4, actual: 4, unit: '回' },
          { label: '受講者', target: 120, actual: 97, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'B',
      },
      ind(B, '多言語翻訳・通訳支援事業', '件', 250, 318, { existing: 'A' }),
      ind(B, '姉妹都市青少年交流事業', '人', 10, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(B, '国際交流員活用事業', '回', 40, 23, { existing: 'C' }),
      ind(B, '外国人児童生徒日本語指導支援事業', '人', 35, 41, { existing: 'A' }),
      ind(B, '外国人住民防災訓練参加促進事業', '人', 60, 48, { existing: 'B' }),
    ],
    groups: [],
  },
};

const C = 'KPI';

const kpiTable: Holdout2Workbook = {
  name: 'h126-kpi-senryaku',
  layout:
    'C: 第２期総合戦略 KPI table, 目標値／実績値 rows per 令和4年3月末…令和7年3月末, values 「162 人」, a KPI added in 令和４年度 with 「-」 targets, 令和５年度実績 evaluated',
  build(wb) {
    const ws = wb.addWorksheet(C);
    widths(ws, [20, 34, 8, 14, 12, 12, 12, 12, 24]);
    merge(ws, 1, 1, 1, 9, '第２期東和市まち・ひと・しごと創生総合戦略　基本目標４　KPIの達成状況（令和５年度実績）');
    put(ws, 3, 1, [
      '具体的な施策',
      '重要業績評価指標（KPI）',
      '区分',
      '基準値\n（令和元年度）',
      '令和4年3月末',
      '令和5年3月末',
      '令和6年3月末',
      '令和7年3月末',
      '備考',
    ]);
    const kpis: [string, string, Cell[], Cell[], string][] = [
      ['外国人住民向け生活オリエンテーション参加者数', '98 人', ['120 人', '135 人', '150 人', '160 人'], ['84 人', '131 人', '162 人'], ''],
      ['多言語による行政情報の発信件数', '150 件', ['200 件', '250 件', '300 件', '350 件'], ['188 件', '236 件', '241 件'], 'SNS・多言語HPの合計'],
      ['姉妹都市交流事業への参加者数', '1,240 人', ['400 人', '600 人', '800 人', '1,000 人'], ['52 人', '318 人', '455 人'], ''],
      ['国際交流ボランティア登録者数', '-', ['-', '180 人', '200 人', '220 人'], ['-', '171 人', '188 人'], '令和４年度に追加したKPI'],
    ];
    kpis.forEach(([name, base, targets, actuals, note], i) => {
      const r = 4 + i * 2;
      merge(ws, r, 2, r + 1, 2, name);
      merge(ws, r, 4, r + 1, 4, base);
      put(ws, r, 3, ['目標値']);
      put(ws, r + 1, 3, ['実績値']);
      put(ws, r, 5, targets);
      put(ws, r + 1, 5, actuals);
      merge(ws, r, 9, r + 1, 9, note);
    });
    merge(ws, 4, 1, 7, 1, '（１）外国人住民が暮らしやすい環境づくり');
    merge(ws, 8, 1, 11, 1, '（２）国際交流の推進');
    box(ws, 3, 1, 11, 9);
  },
  expected: {
    file: 'h126-kpi-senryaku.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C, '外国人住民向け生活オリエンテーション参加者数', '人', 150, 162),
      ind(C, '多言語による行政情報の発信件数', '件', 300, 241),
      ind(C, '姉妹都市交流事業への参加者数', '人', 800, 455),
      ind(C, '国際交流ボランティア登録者数', '人', 200, 188),
    ],
    groups: [],
  },
};

const D = '計画の指標';
const final = <T extends object>(i: T): T & { targetSource: string } => ({ ...i, targetSource: 'final' });

const planTable: Holdout2Workbook = {
  name: 'h126-plan-shihyo',
  layout:
    'D: 第２次多文化共生推進プラン 成果指標 with 単位, 現況 「185⏎（令和3年度）」, 目標（R8）, 実績 「231⏎（令和6年度）」, a 集計中, 令和６年度 evaluated',
  build(wb) {
    const ws = wb.addWorksheet(D);
    widths(ws, [18, 32, 34, 8, 14, 10, 14, 18]);
    merge(ws, 1, 1, 1, 8, '第２次東和市多文化共生推進プラン（令和４年度～令和８年度）　成果指標の点検評価（令和６年度）');
    put(ws, 3, 1, ['基本目標', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    const rows: Cell[][] = [
      [
        null,
        '日本語教室の登録学習者数',
        '市及び国際交流協会の日本語教室に登録した学習者数',
        '人',
        '185\n（令和3年度）',
        260,
        '231\n（令和6年度）',
        '国際交流課調べ',
      ],
      [
        null,
        '市ホームページの多言語対応ページ数',
        '英語・中国語・ベトナム語・やさしい日本語で提供しているページ数',
        'ページ',
        '120\n（令和3年度）',
        300,
        '312\n（令和6年度）',
        '広報課調べ',
      ],
      [
        null,
        '外国人住民アンケートで「暮らしやすい」と答えた割合',
        '外国人住民アンケートで「暮らしやすい」「どちらかといえば暮らしやすい」と答えた人の割合',
        '％',
        '62.4\n（令和3年度）',
        75.0,
        '集計中',
        '外国人住民アンケート',
      ],
      [
        null,
        '多文化共生サポーター登録者数',
        '通訳・生活支援などを行う多文化共生サポーターの登録者数',
        '人',
        '42\n（令和3年度）',
        100,
        '58\n（令和6年度）',
        '国際交流協会調べ',
      ],
      [
        null,
        '外国人住民の防災訓練参加者数',
        '総合防災訓練・地区防災訓練に参加した外国人住民の数',
        '人',
        '35\n（令和3年度）',
        150,
        '121\n（令和6年度）',
        '危機管理課調べ',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    merge(ws, 4, 1, 6, 1, '１　コミュニケーション支援');
    merge(ws, 7, 1, 8, 1, '２　共に暮らす地域づくり');
    wrap(ws, 3, 1, 8, 8);
    box(ws, 3, 1, 8, 8);
  },
  expected: {
    file: 'h126-plan-shihyo.xlsx',
    fiscalYear: 2024,
    indicators: [
      final(ind(D, '日本語教室の登録学習者数', '人', 260, 231)),
      final(ind(D, '市ホームページの多言語対応ページ数', 'ページ', 300, 312)),
      final(ind(D, '外国人住民アンケートで「暮らしやすい」と答えた割合', '％', 75, null, { actualStatus: 'pending' })),
      final(ind(D, '多文化共生サポーター登録者数', '人', 100, 58)),
      final(ind(D, '外国人住民の防災訓練参加者数', '人', 150, 121)),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheets, projectTable, kpiTable, planTable];
