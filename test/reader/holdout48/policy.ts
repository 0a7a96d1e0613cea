/**
 * Hold-out 48, family A (施策評価シート): an evaluation done the year after (令和６年度のシートで令和５年度の実績),
 * indicator blocks stacked with a 方向性 cell and a 達成率 row; two 施策 stacked on one sheet as compact tables with
 * ↑/↓ and ratings in words; blocks with years as rows, tiled two across on two sheets, with a 見込み actual.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------- 1: evaluation year ≠ sheet year, stacked blocks

interface Block1 {
  name: string;
  desc: string;
  unit: string;
  dir: '↑増加' | '↓減少';
  base: number;
  targets: number[]; // R3..R7
  actuals: number[]; // R3..R5
  existing: string;
}

const A1_SHEET = '施策2-3';
const A1_BLOCKS: Block1[] = [
  {
    name: '特定健康診査受診率',
    desc: '国民健康保険被保険者（40～74歳）の特定健診受診率',
    unit: '％',
    dir: '↑増加',
    base: 40.6,
    targets: [45.0, 47.0, 49.0, 51.0, 53.0],
    actuals: [41.2, 43.8, 45.1],
    existing: 'B',
  },
  {
    name: 'がん検診受診率（胃がん）',
    desc: '40歳以上の市民のうち胃がん検診を受診した人の割合',
    unit: '％',
    dir: '↑増加',
    base: 11.9,
    targets: [12.0, 13.0, 14.0, 15.0, 16.0],
    actuals: [10.8, 11.5, 9.6],
    existing: 'C',
  },
  {
    name: '健康ポイント事業参加者数',
    desc: '健康ポイント事業に登録し、ポイントを獲得した人数',
    unit: '人',
    dir: '↑増加',
    base: 980,
    targets: [1500, 2000, 2500, 3000, 3500],
    actuals: [1320, 2105, 2780],
    existing: 'A',
  },
  {
    name: 'メタボリックシンドローム該当者の割合',
    desc: '特定健診受診者のうちメタボリックシンドローム該当者の割合',
    unit: '％',
    dir: '↓減少',
    base: 20.6,
    targets: [19.5, 19.0, 18.5, 18.0, 17.5],
    actuals: [20.3, 20.1, 19.8],
    existing: 'B',
  },
];

const pctText = (v: number) => `${(v * 100).toFixed(1)}%`;

function buildA1(ws: Worksheet): void {
  ws.mergeCells('A1:L1');
  ws.getCell('A1').value = '令和６年度（2024年度）施策評価シート';
  ws.getCell('A2').value = '評価対象年度：令和５年度（2023年度）の実績';
  put(ws, 4, 1, ['政策', '2 健やかに暮らせるまち']);
  put(ws, 4, 8, ['担当課', '健康づくり課']);
  put(ws, 5, 1, ['施策', '2-3 健康寿命の延伸']);
  put(ws, 5, 8, ['関係課', '保険年金課、高齢福祉課']);
  put(ws, 6, 1, ['施策の達成度', '概ね順調']);
  ws.getCell('D6').value = '（前年度：やや遅れている）';
  ws.getCell('A8').value = '■成果指標';
  let r = 9;
  A1_BLOCKS.forEach((b, i) => {
    put(ws, r, 1, [`指標${'①②③④'[i]}`, b.name]);
    ws.mergeCells(r, 2, r, 12);
    put(ws, r + 1, 1, ['指標の説明', b.desc]);
    ws.mergeCells(r + 1, 2, r + 1, 12);
    put(ws, r + 2, 1, ['単位', b.unit, undefined, '方向性', b.dir]);
    put(ws, r + 3, 1, [
      '区分',
      '基準値\n（令和元年度）',
      '令和３年度\n（2021）',
      '令和４年度\n（2022）',
      '令和５年度\n（2023）',
      '令和６年度\n（2024）',
      '令和７年度\n（2025）目標',
    ]);
    put(ws, r + 4, 1, ['目標値', '－', ...b.targets]);
    put(ws, r + 5, 1, ['実績値', b.base, ...b.actuals]);
    const rates = b.actuals.map((a, k) => (b.dir === '↓減少' ? b.targets[k] / a : a / b.targets[k]));
    put(ws, r + 6, 1, ['達成率', undefined, ...rates.map(pctText)]);
    put(ws, r + 7, 1, ['指標の評価（令和５年度）', b.existing]);
    r += 9;
  });
  ws.getCell(r, 1).value = '※達成率は実績値÷目標値（減少を目指す指標は目標値÷実績値）。指標の評価はA：100%以上、B：80%以上、C：60%以上、D：60%未満。';
  ws.getCell(r + 1, 1).value = '※がん検診は令和５年度から個別検診の予約方法を変更したため、一時的に受診者が減少した。';
  put(ws, r + 3, 1, ['今後の方向性', '受診勧奨の通知を年２回に増やし、休日健診を拡充する。']);
}

const A1_INDS: ExpectedIndicator[] = A1_BLOCKS.map((b) =>
  ind(A1_SHEET, b.name, b.unit, b.targets[2], b.actuals[2], { direction: b.dir === '↓減少' ? 'down' : 'up', existing: b.existing }),
);

const A1: Holdout2Workbook = {
  name: 'h48-a-next-year-sheet',
  layout: 'A: 令和６年度のシートで評価対象は令和５年度、縦に積んだ指標ブロック（方向性のセル、達成率の行、指標ごとの評価）、施策の達成度は言葉',
  build: (wb) => buildA1(wb.addWorksheet(A1_SHEET)),
  expected: {
    file: 'h48-a-next-year-sheet.xlsx',
    fiscalYear: 2023,
    indicators: A1_INDS,
    groups: [{ sheet: A1_SHEET, cell: 'B6', grade: rollUp(A1_INDS.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------- 2: two 施策 stacked on one sheet, compact tables

interface Row2 {
  name: string;
  unit: string;
  arrow: '↑' | '↓';
  base: number;
  target: number;
  actual: number | '集計中';
  prev: number;
  rating?: string;
  reason: string;
}

const A2_SHEET = '基本目標3';
const A2_POLICIES: { code: string; title: string; rating: string; rows: Row2[] }[] = [
  {
    code: '施策3-1',
    title: '子育て世代への切れ目ない支援',
    rating: 'B',
    rows: [
      {
        name: '子育て支援センター利用者数',
        unit: '人',
        arrow: '↑',
        base: 18500,
        target: 21000,
        actual: 19870,
        prev: 19020,
        rating: '概ね順調',
        reason: '出張ひろばの回数を増やし利用が回復',
      },
      {
        name: '保育所等待機児童数',
        unit: '人',
        arrow: '↓',
        base: 12,
        target: 0,
        actual: 3,
        prev: 5,
        rating: '遅れている',
        reason: '1歳児の申込が想定を上回った',
      },
      {
        name: '子育てしやすいまちだと思う市民の割合',
        unit: '％',
        arrow: '↑',
        base: 58.2,
        target: 65.0,
        actual: 66.3,
        prev: 61.4,
        rating: '順調',
        reason: '市民意識調査（令和5年10月実施）',
      },
    ],
  },
  {
    code: '施策3-2',
    title: '学校教育の充実',
    rating: 'C',
    rows: [
      {
        name: '児童生徒一人当たりの学校図書館貸出冊数',
        unit: '冊',
        arrow: '↑',
        base: 38.5,
        target: 45.0,
        actual: 41.6,
        prev: 40.2,
        rating: '概ね順調',
        reason: '学校司書の巡回を拡大',
      },
      {
        name: '不登校児童生徒の出現率',
        unit: '％',
        arrow: '↓',
        base: 2.15,
        target: 1.9,
        actual: 2.84,
        prev: 2.51,
        rating: 'やや遅れている',
        reason: '全国的な増加傾向と同様',
      },
      {
        name: 'ICTを活用した授業が分かりやすいと答えた児童生徒の割合',
        unit: '％',
        arrow: '↑',
        base: 71.0,
        target: 80.0,
        actual: 78.4,
        prev: 75.9,
        rating: '概ね順調',
        reason: '',
      },
      { name: '放課後子ども教室の開催回数', unit: '回', arrow: '↑', base: 240, target: 300, actual: '集計中', prev: 276, reason: '各教室の報告を取りまとめ中' },
    ],
  },
];

function buildA2(ws: Worksheet): void {
  ws.getCell('A1').value = '第２期まち・ひと・しごと創生総合戦略 兼 第６次総合計画 施策進捗評価表';
  ws.getCell('A2').value = '計画期間：令和3年度～令和7年度　／　今回評価：計画3年目（令和5年度）';
  ws.getCell('K2').value = '所管：教育・子ども部';
  let r = 4;
  for (const p of A2_POLICIES) {
    put(ws, r, 1, [p.code, p.title]);
    ws.mergeCells(r, 2, r, 7);
    put(ws, r, 8, ['施策評価', p.rating]);
    put(ws, r + 1, 1, ['No.', '成果指標', '単位', 'めざす方向', '計画策定時\n(R2)', 'R5目標', 'R5実績', '前年度実績\n(R4)', '達成率', '評価', '評価理由']);
    p.rows.forEach((x, i) => {
      const rate = typeof x.actual === 'number' ? (x.arrow === '↓' ? (x.actual === 0 ? null : x.target / x.actual) : x.actual / x.target) : null;
      put(ws, r + 2 + i, 1, [
        i + 1,
        x.name,
        x.unit,
        x.arrow,
        x.base,
        x.target,
        x.actual,
        x.prev,
        rate === null ? '－' : pctText(rate),
        x.rating,
        x.reason || undefined,
      ]);
    });
    r += p.rows.length + 4;
  }
  ws.getCell(r, 1).value = '※施策評価は、成果指標の評価（順調・概ね順調・やや遅れている・遅れている）と取組の状況を踏まえ、所管部で判断したもの。';
}

const A2_INDS: ExpectedIndicator[][] = A2_POLICIES.map((p) =>
  p.rows.map((x) =>
    ind(A2_SHEET, x.name, x.unit, x.target, typeof x.actual === 'number' ? x.actual : null, {
      direction: x.arrow === '↓' ? 'down' : 'up',
      existing: x.rating,
      actualStatus: x.actual === '集計中' ? 'pending' : undefined,
    }),
  ),
);

const A2: Holdout2Workbook = {
  name: 'h48-a-two-policies-compact',
  layout: 'A: 1シートに2つの施策を縦に、1行1指標の小さな表（めざす方向の↑↓、R5目標/R5実績、前年度実績、達成率、評価は言葉）、計画3年目（令和5年度）',
  build: (wb) => buildA2(wb.addWorksheet(A2_SHEET)),
  expected: {
    file: 'h48-a-two-policies-compact.xlsx',
    fiscalYear: 2023,
    indicators: A2_INDS.flat(),
    groups: [
      { sheet: A2_SHEET, cell: 'I4', grade: rollUp(A2_INDS[0].map((i) => i.grade)) },
      { sheet: A2_SHEET, cell: 'I11', grade: rollUp(A2_INDS[1].map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------- 3: blocks with years as rows, tiled two across

interface Block3 {
  name: string;
  unit: string;
  way: '増加させる' | '減少させる';
  targets: number[]; // R3..R7
  actuals: (number | string)[]; // R3..R5
  notes?: (string | undefined)[];
}

const A3_YEARS = ['R3年度', 'R4年度', 'R5年度', 'R6年度', 'R7年度（最終）'];

const A3_SHEETS: { sheet: string; title: string; dept: string; blocks: Block3[] }[] = [
  {
    sheet: '施策1-1',
    title: '地域防災力の強化',
    dept: '危機管理課',
    blocks: [
      { name: '自主防災組織の結成率', unit: '％', way: '増加させる', targets: [82, 84, 86, 88, 90], actuals: [81.5, 83.0, 84.7] },
      {
        name: '防災訓練参加者数',
        unit: '人',
        way: '増加させる',
        targets: [3000, 3500, 4000, 4500, 5000],
        actuals: [1850, 2960, 4230],
        notes: ['感染症対策で規模縮小'],
      },
      { name: '住宅の耐震化率', unit: '％', way: '増加させる', targets: [88, 89, 90, 91, 92], actuals: [87.1, 88.0, 88.9] },
      { name: '火災発生件数', unit: '件', way: '減少させる', targets: [30, 29, 28, 27, 25], actuals: [34, 31, 33] },
    ],
  },
  {
    sheet: '施策1-2',
    title: '交通安全・防犯の推進',
    dept: '市民安全課',
    blocks: [
      {
        name: '交通事故発生件数',
        unit: '件',
        way: '減少させる',
        targets: [420, 400, 380, 360, 340],
        actuals: [398, 371, 402],
        notes: [undefined, undefined, '人身事故（警察署調べ）'],
      },
      {
        name: '刑法犯認知件数',
        unit: '件',
        way: '減少させる',
        targets: [700, 680, 660, 640, 620],
        actuals: [655, 690, '612（見込み）'],
        notes: [undefined, undefined, '確定値は6月公表'],
      },
      { name: '防犯灯のLED化率', unit: '％', way: '増加させる', targets: [70, 80, 90, 95, 100], actuals: [72.4, 79.1, 86.0] },
    ],
  },
];

function buildA3(ws: Worksheet, s: (typeof A3_SHEETS)[number]): void {
  ws.getCell('A1').value = `令和５年度 施策評価（対象：R5年度末実績）　施策${s.sheet.replace('施策', '')} ${s.title}`;
  put(ws, 3, 1, ['担当課', s.dept]);
  put(ws, 5, 1, ['施策の総合評価', undefined, 'Ｂ']);
  ws.getCell('D5').value = '（A：順調　B：概ね順調　C：やや遅れている　D：遅れている）';
  s.blocks.forEach((b, i) => {
    const top = 7 + Math.floor(i / 2) * 12;
    const c = i % 2 === 0 ? 1 : 7;
    put(ws, top, c, [`成果指標${i + 1}`, b.name]);
    ws.mergeCells(top, c + 1, top, c + 4);
    put(ws, top + 1, c, ['単位', b.unit, '目標の考え方', b.way]);
    put(ws, top + 2, c, ['年度', '目標値', '実績値', '備考']);
    A3_YEARS.forEach((y, k) => put(ws, top + 3 + k, c, [y, b.targets[k], b.actuals[k], b.notes?.[k]]));
  });
}

const A3_INDS: ExpectedIndicator[][] = A3_SHEETS.map((s) =>
  s.blocks.map((b) => {
    const a = b.actuals[2];
    const actual = typeof a === 'number' ? a : parseFloat(a);
    return ind(s.sheet, b.name, b.unit, b.targets[2], actual, {
      direction: b.way === '減少させる' ? 'down' : 'up',
      actualStatus: typeof a === 'string' ? 'provisional' : undefined,
    });
  }),
);

const A3: Holdout2Workbook = {
  name: 'h48-a-year-rows-tiled',
  layout: 'A: 施策ごとのシート2枚、年度を縦に持つ指標ブロック（年度/目標値/実績値/備考）を2つ横に並べ2段、目標の考え方の言葉、見込みの実績、R5年度末',
  build: (wb) => A3_SHEETS.forEach((s) => buildA3(wb.addWorksheet(s.sheet), s)),
  expected: {
    file: 'h48-a-year-rows-tiled.xlsx',
    fiscalYear: 2023,
    indicators: A3_INDS.flat(),
    groups: A3_SHEETS.map((s, i) => ({ sheet: s.sheet, cell: 'C5', grade: rollUp(A3_INDS[i].map((x) => x.grade)) })),
  },
};

export const POLICY_WORKBOOKS: Holdout2Workbook[] = [A1, A2, A3];
