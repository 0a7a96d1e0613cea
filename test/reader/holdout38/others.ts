/**
 * Hold-out 38, two more shapes: a 重点プロジェクト summary with the indicators as columns (rows 指標名,
 * 単位, 方向, R4実績, R5目標, R5実績, 評価), and an environment plan's annual report with 計画策定時 and 最新値
 * each as a 年度 | 値 pair, where one 最新値 is of an earlier year than the report's.
 */
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const JUTEN = '重点指標';

/** Indicators as columns: the category row (① 移住定住 …) above the 指標名 row, R4実績 above R5目標, an existing 評価 row. */
const transposed: Holdout2Workbook = {
  name: 'h38-10-indicators-as-columns',
  layout:
    '重点プロジェクト summary transposed: one column per indicator, rows 項目 (category) / 指標名 / 単位 / 方向 / R4実績 / R5目標 / R5実績 / 評価; one self-grade stricter than the rules, one down indicator',
  build(wb) {
    const ws = wb.addWorksheet(JUTEN);
    put(ws, 1, 1, ['令和５年度　紫波町重点プロジェクト　成果指標の状況']);
    ws.mergeCells('A1:F1');
    const rows: (string | number)[][] = [
      ['項目', '① 移住定住', '② 子育て', '③ 観光', '④ 健康', '⑤ 環境'],
      ['指標名', '転入者数', '子育て支援センター利用者数', '観光消費額', '健康ポイント事業参加者数', '公共施設の温室効果ガス排出量'],
      ['単位', '人', '人', '百万円', '人', 't-CO2'],
      ['方向', '増加', '増加', '増加', '増加', '減少'],
      ['R4実績', '1,020', '14,200', '3,950', '1,180', '5,820'],
      ['R5目標', '1,100', '16,000', '4,500', '1,500', '5,500'],
      ['R5実績', '1,043', '17,335', '3,112', '1,206', '5,610'],
      ['評価', 'B', 'A', 'C', 'C', 'B'],
    ];
    rows.forEach((row, i) => put(ws, 3 + i, 1, row));
    put(ws, 12, 1, ['※評価　A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満（減少を目指す指標は目標値÷実績値）']);
  },
  expected: {
    file: 'h38-10-indicators-as-columns.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(JUTEN, '転入者数', '人', 1100, 1043, { existing: 'B' }),
      ind(JUTEN, '子育て支援センター利用者数', '人', 16000, 17335, { existing: 'A' }),
      ind(JUTEN, '観光消費額', '百万円', 4500, 3112, { existing: 'C' }),
      ind(JUTEN, '健康ポイント事業参加者数', '人', 1500, 1206, { existing: 'C' }),
      ind(JUTEN, '公共施設の温室効果ガス排出量', 't-CO2', 5500, 5610, { direction: 'down', existing: 'B' }),
    ],
    groups: [],
  },
};

const TENKEN = '点検結果';

/** 分野, 指標, 単位, 方向, 計画策定時 年度, 値, 最新値 年度, 値, 目標値（R12） */
const TENKEN_ROWS: (string | number | undefined)[][] = [
  ['脱炭素', '市域の温室効果ガス排出量', '千t-CO2', '削減', 'H25', '2,410', 'R3', '1,902', '1,300'],
  ['循環型社会', '市民１人１日当たりのごみ排出量', 'g', '削減', 'R1', 936, 'R5', 902, 850],
  [undefined, 'リサイクル率', '%', '増加', 'R1', 15.2, 'R5', 16.8, 25],
  ['自然共生', '市民農園の区画数', '区画', '増加', 'R1', 420, 'R5', 455, 500],
  ['生活環境', '河川のBOD環境基準達成率', '%', '増加', 'R1', 95.5, 'R5', 100, 100],
  ['エネルギー', '住宅用太陽光発電設備の設置件数', '件', '増加', 'R1', '3,120', 'R5', '4,480', '6,000'],
];

/** 環境基本計画 年次報告: 計画策定時 and 最新値 as 年度 | 値 pairs under merged headings; the greenhouse-gas figure is R3's in the R5 report. */
const envReport: Holdout2Workbook = {
  name: 'h38-11-env-report-latest-value-year',
  layout:
    '環境基本計画 年次報告 (令和５年度): 分野 merged down, 計画策定時 and 最新値 each a 年度 | 値 pair under a merged heading, 目標値（R12）, 方向 削減/増加; one 最新値 is of R3 (statistics lag)',
  build(wb) {
    const ws = wb.addWorksheet(TENKEN);
    put(ws, 1, 1, ['盛岡市環境基本計画　令和５年度　年次報告（指標の点検結果）']);
    ws.mergeCells('A1:J1');
    put(ws, 3, 1, ['分野', '指標', '単位', '方向', '計画策定時', undefined, '最新値', undefined, '目標値', '備考']);
    put(ws, 4, 5, ['年度', '値', '年度', '値', '（R12）']);
    for (const m of ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:H3', 'J3:J4']) ws.mergeCells(m);
    TENKEN_ROWS.forEach((row, i) => put(ws, 5 + i, 1, row));
    ws.mergeCells('A6:A7');
    put(ws, 5, 10, ['算定に２年を要するため、最新値は令和３年度']);
    put(ws, 10, 10, ['累計']);
    put(ws, 12, 1, ['※ 方向が「削減」の指標は、数値が小さいほど良い指標です。']);
  },
  expected: {
    file: 'h38-11-env-report-latest-value-year.xlsx',
    fiscalYear: 2023,
    guesses: ['other-year'],
    indicators: [
      ind(TENKEN, '市域の温室効果ガス排出量', '千t-CO2', 1300, 1902, { direction: 'down' }),
      ind(TENKEN, '市民１人１日当たりのごみ排出量', 'g', 850, 902, { direction: 'down' }),
      ind(TENKEN, 'リサイクル率', '%', 25, 16.8),
      ind(TENKEN, '市民農園の区画数', '区画', 500, 455),
      ind(TENKEN, '河川のBOD環境基準達成率', '%', 100, 100),
      ind(TENKEN, '住宅用太陽光発電設備の設置件数', '件', 6000, 4480),
    ].map((i) => ({ ...i, targetSource: 'final' })),
    groups: [],
  },
};

/** 成果指標, 目標値, 実績値, 単位, 備考 (each followed by a narrow blank spacer column). */
const POLICIES: [string, string, string, (string | number | undefined)[][]][] = [
  [
    '施策2-1',
    '2-1　防災・減災対策の推進',
    '（B）',
    [
      ['自主防災組織の組織率', 85, 82.3, '%'],
      ['防災メール登録者数', '12,000人', '13,480人', '人'],
      ['住宅の耐震化率', 90, 86.5, '%'],
      ['交通事故発生件数', 180, 203, '件', '（減少目標）'],
    ],
  ],
  [
    '施策2-2',
    '2-2　消防・救急体制の充実',
    '（A）',
    [
      ['消防団員数', '1,450', '1,012', '人'],
      ['救命講習受講者数', '2,000', '1,115', '人'],
      ['火災発生件数', 40, 38, '件', '（減少目標）'],
    ],
  ],
];

/** What a clerk reads from each policy sheet. */
const POLICY_INDICATORS: Record<string, ExpectedIndicator[]> = {
  '施策2-1': [
    ind('施策2-1', '自主防災組織の組織率', '%', 85, 82.3),
    ind('施策2-1', '防災メール登録者数', '人', 12000, 13480),
    ind('施策2-1', '住宅の耐震化率', '%', 90, 86.5),
    ind('施策2-1', '交通事故発生件数', '件', 180, 203, { direction: 'down' }),
  ],
  '施策2-2': [
    ind('施策2-2', '消防団員数', '人', 1450, 1012),
    ind('施策2-2', '救命講習受講者数', '人', 2000, 1115),
    ind('施策2-2', '火災発生件数', '件', 40, 38, { direction: 'down' }),
  ],
};

/** Every other column a narrow blank spacer; writes values into columns 1, 3, 5, … */
function spaced(ws: import('exceljs').Worksheet, r: number, values: (string | number | undefined)[]): void {
  put(
    ws,
    r,
    1,
    values.flatMap((v) => [v, undefined]),
  );
}

/** Two policy sheets with narrow blank spacer columns between the columns, the year only as FY2023, an empty 施策の達成状況 cell beside last year's grade. */
const spacedPolicies: Holdout2Workbook = {
  name: 'h38-12-fy-spacer-columns-policies',
  layout:
    "two policy sheets, every other column a narrow blank spacer, header block 対象年度「FY2023」/ 施策 / 施策の達成状況（A～D） (empty, last year's grade beside), values with the unit in the text and again in a 単位 column after them, （減少目標） in 備考",
  build(wb) {
    for (const [sheet, policy, last, rows] of POLICIES) {
      const ws = wb.addWorksheet(sheet);
      for (const c of [2, 4, 6, 8]) ws.getColumn(c).width = 2;
      put(ws, 1, 1, ['施策評価シート']);
      spaced(ws, 2, ['対象年度', 'FY2023']);
      spaced(ws, 3, ['施策', policy]);
      spaced(ws, 4, ['施策の達成状況（A～D）', undefined, '前年度', last]);
      spaced(ws, 6, ['成果指標', '目標値', '実績値', '単位', '備考']);
      rows.forEach((row, i) => spaced(ws, 7 + i, row));
    }
  },
  expected: {
    file: 'h38-12-fy-spacer-columns-policies.xlsx',
    fiscalYear: 2023,
    indicators: [...POLICY_INDICATORS['施策2-1'], ...POLICY_INDICATORS['施策2-2']],
    groups: Object.entries(POLICY_INDICATORS).map(([sheet, inds]) => ({ sheet, cell: 'C4', grade: rollUp(inds.map((i) => i.grade)) })),
  },
};

export const OTHER_WORKBOOKS: Holdout2Workbook[] = [transposed, envReport, spacedPolicies];
