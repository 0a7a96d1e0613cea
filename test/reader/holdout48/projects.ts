/**
 * Hold-out 48, family B (事業実績): each project on two rows (区分 目標 / 実績, text with its label and unit) with
 * 前年度比, 自己評価, 今後の方向性 and 決算額 merged over both rows; a 事務事業 list in 2023年度 columns with an
 * 活動指標 column, two indicators under one project and a ★ footnote for smaller-is-better; department sheets with
 * R5年度 text targets, two measures in one cell and a 目次 sheet.
 */
import type { Worksheet } from 'exceljs';
import { gradeOf, ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------- 1: target and actual on two rows per project

interface Proj1 {
  name: string;
  label: string;
  unit: string;
  target: number;
  actual: number | '未実施';
  provisional?: boolean;
  yoy: string;
  self: string;
  next: string;
  reason: string;
  cost: number;
}

const B1_SHEET = '事業実績（R5）';
const B1_PROJECTS: Proj1[] = [
  {
    name: '創業支援事業',
    label: '創業セミナー受講者',
    unit: '人',
    target: 40,
    actual: 36,
    yoy: '+4人',
    self: 'B',
    next: '継続',
    reason: '土曜開催を追加し受講者が増えた',
    cost: 2450,
  },
  {
    name: '企業立地促進事業',
    label: '新規立地件数',
    unit: '件',
    target: 3,
    actual: 4,
    yoy: '+2件',
    self: 'A',
    next: '拡充',
    reason: '工業団地の分譲が完了',
    cost: 38600,
  },
  {
    name: '商店街活性化事業',
    label: '空き店舗活用',
    unit: '件',
    target: 5,
    actual: 2,
    yoy: '±0件',
    self: 'C',
    next: '見直し',
    reason: '改装費の高騰で出店が延期された',
    cost: 4120,
  },
  {
    name: '販路開拓支援事業',
    label: '商談会出展支援',
    unit: '社',
    target: 12,
    actual: '未実施',
    yoy: '－',
    self: 'D',
    next: '見直し',
    reason: '予定していた首都圏商談会が主催者都合で中止',
    cost: 0,
  },
  {
    name: '事業承継支援事業',
    label: '相談件数',
    unit: '件',
    target: 60,
    actual: 71,
    provisional: true,
    yoy: '+15件',
    self: 'A',
    next: '継続',
    reason: '3月分は見込み（4月末確定）',
    cost: 1880,
  },
  {
    name: '雇用対策事業',
    label: '合同企業説明会参加者',
    unit: '人',
    target: 300,
    actual: 254,
    yoy: '△31人',
    self: 'B',
    next: '継続',
    reason: '参加企業は過去最多の42社',
    cost: 3275,
  },
];

function buildB1(ws: Worksheet): void {
  ws.getCell('A1').value = '令和5年度 主要事業実績報告（産業振興部）';
  ws.getCell('A2').value = '提出日：令和6年5月17日　商工観光課';
  put(ws, 4, 1, ['No.', '事業名', '区分', '内容', '前年度比', '自己評価', '今後の方向性', '評価理由', '決算額（千円）']);
  B1_PROJECTS.forEach((p, i) => {
    const r = 5 + i * 2;
    const actual = p.actual === '未実施' ? '未実施' : `${p.label} ${p.actual}${p.unit}${p.provisional ? '（見込み）' : ''}`;
    put(ws, r, 1, [i + 1, p.name, '目標', `${p.label} ${p.target}${p.unit}`, p.yoy, p.self, p.next, p.reason, p.cost]);
    put(ws, r + 1, 3, ['実績', actual]);
    for (const c of [1, 2, 5, 6, 7, 8, 9]) ws.mergeCells(r, c, r + 1, c);
  });
  const end = 5 + B1_PROJECTS.length * 2;
  put(ws, end, 1, ['合計', undefined, undefined, undefined, undefined, undefined, undefined, undefined, B1_PROJECTS.reduce((a, p) => a + p.cost, 0)]);
  ws.getCell(end + 2, 1).value = '※自己評価　A：目標を達成　B：概ね達成（80%以上）　C：一部未達成　D：未達成・未実施';
}

const B1_INDS: ExpectedIndicator[] = B1_PROJECTS.map((p) =>
  p.actual === '未実施'
    ? ind(B1_SHEET, p.name, p.unit, p.target, null, { existing: p.self, actualStatus: 'not-implemented' })
    : ind(B1_SHEET, p.name, p.unit, p.target, p.actual, { existing: p.self, actualStatus: p.provisional ? 'provisional' : undefined }),
);

const B1: Holdout2Workbook = {
  name: 'h48-b-two-row-projects',
  layout: 'B: 事業ごとに2行（区分 目標/実績、内容は「ラベル 数値単位」の文字）、前年度比・自己評価・方向性・決算額は2行に結合、未実施、見込み、合計行',
  build: (wb) => buildB1(wb.addWorksheet(B1_SHEET)),
  expected: { file: 'h48-b-two-row-projects.xlsx', fiscalYear: 2023, indicators: B1_INDS, groups: [] },
};

// ---------------------------------------------------------------- 2: 事務事業 list with an 活動指標 column

interface Row2 {
  no?: string;
  project?: string;
  dept?: string;
  indicator: string;
  star?: boolean;
  unit: string;
  target: number;
  actual: number | '集計中';
  prev: number;
  grade?: string;
  next?: string;
}

const B2_SHEET = '事務事業一覧';
const B2_ROWS: Row2[] = [
  {
    no: '101',
    project: '地域公民館講座事業',
    dept: '生涯学習課',
    indicator: '講座開催回数',
    unit: '回',
    target: 120,
    actual: 112,
    prev: 98,
    grade: 'B',
    next: '継続',
  },
  { indicator: '講座参加者数', unit: '人', target: 2400, actual: 2011, prev: 1890, grade: 'B' },
  {
    no: '102',
    project: '図書館資料整備事業',
    dept: '中央図書館',
    indicator: '蔵書貸出冊数',
    unit: '冊',
    target: 520000,
    actual: 498300,
    prev: 505120,
    grade: 'B',
    next: '継続',
  },
  {
    no: '103',
    project: 'スポーツ推進事業',
    dept: 'スポーツ振興課',
    indicator: '市民体育大会参加者数',
    unit: '人',
    target: 3500,
    actual: 3820,
    prev: 3410,
    grade: 'A',
    next: '拡充',
  },
  { no: '104', project: '文化財保存活用事業', dept: '文化財課', indicator: '文化財公開日数', unit: '日', target: 60, actual: '集計中', prev: 52, next: '継続' },
  {
    no: '105',
    project: '青少年健全育成事業',
    dept: '子ども未来課',
    indicator: '刑法犯少年の検挙・補導人数',
    star: true,
    unit: '人',
    target: 25,
    actual: 19,
    prev: 27,
    grade: 'A',
    next: '継続',
  },
];

function buildB2(ws: Worksheet): void {
  ws.getCell('A1').value = '2023年度（令和5年度）事務事業評価 総括表';
  ws.getCell('I1').value = '教育委員会事務局';
  put(ws, 3, 1, [
    '事業番号',
    '事務事業名',
    '担当課',
    '活動指標',
    '単位',
    '2023年度\n目標',
    '2023年度\n実績',
    '2022年度\n実績',
    '達成率',
    '評価',
    '今後の方向性',
  ]);
  B2_ROWS.forEach((x, i) => {
    const rate = typeof x.actual === 'number' ? (x.star ? x.target / x.actual : x.actual / x.target) : null;
    put(ws, 4 + i, 1, [
      x.no,
      x.project,
      x.dept,
      `${x.star ? '★' : ''}${x.indicator}`,
      x.unit,
      x.target,
      x.actual,
      x.prev,
      rate === null ? '－' : `${Math.round(rate * 1000) / 10}%`,
      x.grade,
      x.next,
    ]);
  });
  ws.mergeCells('K4:K5');
  const end = 4 + B2_ROWS.length;
  ws.getCell(end + 1, 1).value = '※指標名に★を付したものは、値が小さいほど良い指標（達成率＝目標÷実績）。';
  ws.getCell(end + 2, 1).value = '※評価　A：達成率100%以上　B：80%以上　C：60%以上　D：60%未満';
  put(ws, end + 4, 1, ['（参考）', '事業費合計（千円）', undefined, undefined, undefined, 184520, 179880]);
}

const B2_INDS: ExpectedIndicator[] = B2_ROWS.map((x) =>
  ind(B2_SHEET, x.indicator, x.unit, x.target, typeof x.actual === 'number' ? x.actual : null, {
    direction: x.star ? 'down' : 'up',
    existing: x.grade,
    actualStatus: x.actual === '集計中' ? 'pending' : undefined,
  }),
);

const B2: Holdout2Workbook = {
  name: 'h48-b-activity-indicators',
  layout: 'B: 事務事業の総括表（2023年度の西暦の列、活動指標と単位の列、1事業2指標、★の脚注で小さいほど良い、集計中、参考の事業費合計）',
  build: (wb) => buildB2(wb.addWorksheet(B2_SHEET)),
  expected: { file: 'h48-b-activity-indicators.xlsx', fiscalYear: 2023, indicators: B2_INDS, groups: [] },
};

// ---------------------------------------------------------------- 3: department sheets, two measures in one cell

interface Proj3 {
  policy?: string;
  name: string;
  target: string;
  actual: string;
  self: string;
  note: string;
  fact: { unit: string; target?: number; actual?: number; measures?: { label: string; target: number; actual: number }[] };
}

const B3_SHEETS: { sheet: string; dept: string; rows: Proj3[] }[] = [
  {
    sheet: '健康福祉部',
    dept: '健康福祉部',
    rows: [
      {
        policy: '2-1 高齢者福祉',
        name: '介護予防教室運営事業',
        target: '教室開催 48回',
        actual: '教室開催 45回',
        self: 'B',
        note: '講師の都合で3回中止。次年度は代替講師を確保する。',
        fact: { unit: '回', target: 48, actual: 45 },
      },
      {
        name: '認知症サポーター養成事業',
        target: '養成者数 600人',
        actual: '養成者数 712人',
        self: 'A',
        note: '企業・学校向け講座が増加',
        fact: { unit: '人', target: 600, actual: 712 },
      },
      {
        policy: '2-2 保健・医療',
        name: '歯科健康診査事業',
        target: '妊婦 180人／40歳以上 900人',
        actual: '妊婦 152人／40歳以上 911人',
        self: 'B',
        note: '妊婦歯科健診の周知を母子手帳交付時に強化する',
        fact: {
          unit: '人',
          measures: [
            { label: '妊婦', target: 180, actual: 152 },
            { label: '40歳以上', target: 900, actual: 911 },
          ],
        },
      },
      {
        name: '地域見守りネットワーク事業',
        target: '協定締結事業者 20社',
        actual: '協定締結事業者 16社',
        self: 'C',
        note: '新規協定は金融機関2社',
        fact: { unit: '社', target: 20, actual: 16 },
      },
    ],
  },
  {
    sheet: '都市建設部',
    dept: '都市建設部',
    rows: [
      {
        policy: '5-1 住環境',
        name: '市営住宅長寿命化事業',
        target: '外壁改修 3棟',
        actual: '外壁改修 3棟',
        self: 'A',
        note: '計画どおり',
        fact: { unit: '棟', target: 3, actual: 3 },
      },
      {
        name: '空き家対策事業',
        target: '除却補助 15件',
        actual: '除却補助 9件',
        self: 'C',
        note: '申請は22件あったが要件を満たさないものが多い',
        fact: { unit: '件', target: 15, actual: 9 },
      },
      {
        policy: '5-2 公園・道路',
        name: '公園施設更新事業',
        target: '遊具更新 12基',
        actual: '遊具更新 7基',
        self: 'C',
        note: '資材納期の遅れにより5基を翌年度へ繰越',
        fact: { unit: '基', target: 12, actual: 7 },
      },
      { name: '道路照明LED化事業', target: 'LED化 350灯', actual: 'LED化 362灯', self: 'A', note: '', fact: { unit: '灯', target: 350, actual: 362 } },
    ],
  },
];

function buildB3Index(ws: Worksheet): void {
  ws.getCell('A1').value = '令和5年度 推進事業 実績一覧';
  ws.getCell('A3').value = '目次';
  B3_SHEETS.forEach((s, i) => put(ws, 4 + i, 1, [i + 1, s.sheet, `${s.rows.length}事業`]));
  ws.getCell('A8').value = '※各部の自己評価は A：達成　B：概ね達成　C：一部未達成　D：未達成';
}

function buildB3(ws: Worksheet, s: (typeof B3_SHEETS)[number]): void {
  ws.getCell('A1').value = `令和5年度 推進事業 実績一覧（${s.dept}）`;
  put(ws, 3, 1, ['施策', '推進事業', 'R5年度 数値目標', 'R5年度 実績', '自己評価', '課題・今後の方向性']);
  s.rows.forEach((x, i) => put(ws, 4 + i, 1, [x.policy, x.name, x.target, x.actual, x.self, x.note || undefined]));
  ws.mergeCells('A4:A5');
  ws.mergeCells('A6:A7');
}

const B3_INDS: ExpectedIndicator[] = B3_SHEETS.flatMap((s) =>
  s.rows.map((x) => {
    const f = x.fact;
    if (!f.measures) return ind(s.sheet, x.name, f.unit, f.target!, f.actual!, { existing: x.self });
    const worst = Math.min(...f.measures.map((m) => m.actual / m.target));
    return {
      sheet: s.sheet,
      name: x.name,
      unit: f.unit,
      measures: f.measures.map((m) => ({ ...m, unit: f.unit })),
      direction: 'up',
      existing: x.self,
      grade: gradeOf(1, worst),
    };
  }),
);

const B3: Holdout2Workbook = {
  name: 'h48-b-dept-sheets',
  layout: 'B: 目次と部ごとのシート、施策の列は結合、R5年度の数値目標と実績は「ラベル 数値単位」の文字、1つのセルに2つの対象（妊婦／40歳以上）',
  build: (wb) => {
    buildB3Index(wb.addWorksheet('目次'));
    for (const s of B3_SHEETS) buildB3(wb.addWorksheet(s.sheet), s);
  },
  expected: { file: 'h48-b-dept-sheets.xlsx', fiscalYear: 2023, indicators: B3_INDS, groups: [] },
};

export const PROJECT_WORKBOOKS: Holdout2Workbook[] = [B1, B2, B3];
