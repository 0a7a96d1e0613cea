/**
 * Hold-out set 99, the four families as the offices that report progress during and at the end of the year write them
 * (月次・四半期の進行管理): a 子育て支援 施策評価シート whose 令和６年度 figures are 1月末 actuals plus 2〜3月 見込; a 生涯学習
 * 事業実績 with 上半期｜下半期｜年度計 written as text; a KPI table by 四半期 with a 年度計 and a stock KPI whose 年度計 is the
 * 年度末 count; a 高齢者福祉計画 indicator list whose 実績 carry 3月末 notes.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const THIN = { style: 'thin' as const };

/** Thin borders and wrapped, vertically centred text over a block of cells (1-based, inclusive). */
function frame(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++)
    for (let c = c1; c <= c2; c++) {
      const cell = ws.getCell(r, c);
      cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      cell.alignment = { wrapText: true, vertical: 'middle', ...(cell.alignment ?? {}) };
    }
}

function widths(ws: Worksheet, w: number[]): void {
  w.forEach((x, i) => (ws.getColumn(i + 1).width = x));
}

function shade(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++)
    for (let c = c1; c <= c2; c++) {
      const cell = ws.getCell(r, c);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    }
}

// ───────────────────────────── A: 施策評価シート ─────────────────────────────

const F1_SHEET = '2-3';

interface Block {
  no: string;
  name: string;
  desc: string;
  unit: string;
  dir: '↑' | '↓';
  /** R4（現状値）…R8. */
  actual: (string | number | undefined)[];
  expect: (string | number | undefined)[];
  note: string;
}

const F1_BLOCKS: Block[] = [
  {
    no: '指標①',
    name: '地域子育て支援センター延べ利用者数',
    desc: '市内６か所の地域子育て支援センターの年間延べ利用者数',
    unit: '人',
    dir: '↑',
    actual: [38120, 41560, '43,900\n（見込）'],
    expect: ['－', 40000, 42000, 44000, 46000],
    note: 'R6は1月末実績36,480人に2〜3月の見込を加えた値',
  },
  {
    no: '指標②',
    name: 'ファミリー・サポート・センター会員数',
    desc: '各年度3月末現在の会員数（依頼会員・提供会員・両方会員の合計）',
    unit: '人',
    dir: '↑',
    actual: [1180, 1236, '1,270\n（3月末見込）'],
    expect: ['－', 1250, 1300, 1350, 1400],
    note: '1月末現在 1,258人',
  },
  {
    no: '指標③',
    name: '待機児童数',
    desc: '各年度4月1日現在の国基準による待機児童数',
    unit: '人',
    dir: '↓',
    actual: [12, 5, 4],
    expect: ['－', 6, 3, 0, 0],
    note: 'R6は令和6年4月1日現在（1・2歳児で発生）',
  },
  {
    no: '指標④',
    name: '乳幼児健康診査受診率',
    desc: '1歳6か月児健康診査・3歳児健康診査の受診率の平均',
    unit: '％',
    dir: '↑',
    actual: [95.8, 96.4, '97.1\n（見込）'],
    expect: ['－', 96.5, 97.0, 97.5, 98.0],
    note: '',
  },
  {
    no: '指標⑤',
    name: '子育て世代包括支援センター相談件数',
    desc: '妊娠期から子育て期までの相談の年間延べ件数',
    unit: '件',
    dir: '↑',
    actual: [2410, 2655, '2,388\n（見込）'],
    expect: ['－', 2700, 2900, 3100, 3300],
    note: 'オンライン相談は令和6年10月開始',
  },
  {
    no: '指標⑥',
    name: '子育てしやすいまちだと感じる市民の割合',
    desc: '市民意識調査で「そう思う」「どちらかといえばそう思う」と回答した市民の割合',
    unit: '％',
    dir: '↑',
    actual: [52.3, 54.0, '集計中'],
    expect: ['－', 55.0, 57.0, 59.0, 60.0],
    note: '令和7年2月実施の市民意識調査を集計中',
  },
];

function buildPolicySheet(wb: Workbook): void {
  const ws = wb.addWorksheet(F1_SHEET, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true } });
  widths(ws, [2, 16, 11, 11, 11, 11, 11, 3, 16, 11, 11, 11, 11, 11]);
  put(ws, 1, 2, ['令和６年度　施策評価シート']);
  ws.mergeCells(1, 2, 1, 14);
  ws.getCell(1, 2).font = { bold: true, size: 14 };
  put(ws, 2, 2, ['評価対象期間：令和６年度（令和７年１月末時点の実績に、２月〜３月分は見込を加えて記入）']);
  ws.mergeCells(2, 2, 2, 14);
  put(ws, 3, 2, ['基本目標', '２　子どもを健やかに産み育てられるまち']);
  ws.mergeCells(3, 3, 3, 7);
  put(ws, 3, 9, ['達成状況評価', undefined, '（B）', '※（　）内は前年度の評価']);
  ws.mergeCells(3, 12, 3, 14);
  put(ws, 4, 2, ['施策', '２－３　子育て支援の充実']);
  ws.mergeCells(4, 3, 4, 7);
  put(ws, 4, 9, ['担当部', 'こども未来部（こども政策課・保育課）、健康福祉部（健康づくり課）']);
  ws.mergeCells(4, 10, 4, 14);
  put(ws, 5, 2, ['達成状況の区分：Ａ 順調（期待値に対し100％以上）　Ｂ 概ね順調（80％以上）　Ｃ やや遅れている（60％以上）　Ｄ 遅れている（60％未満）']);
  ws.mergeCells(5, 2, 5, 14);
  frame(ws, 3, 2, 4, 7);
  frame(ws, 3, 9, 4, 14);
  shade(ws, 3, 2, 4, 2);
  shade(ws, 3, 9, 4, 9);
  ws.getCell(3, 10).border = { top: { style: 'medium' }, left: { style: 'medium' }, bottom: { style: 'medium' }, right: { style: 'medium' } };
  put(ws, 7, 2, ['■ 成果指標の状況']);
  ws.getCell(7, 2).font = { bold: true };

  F1_BLOCKS.forEach((b, i) => {
    const r = 8 + Math.floor(i / 2) * 8;
    const c = i % 2 === 0 ? 2 : 9;
    put(ws, r, c, [b.no, b.name]);
    ws.mergeCells(r, c + 1, r, c + 5);
    ws.getCell(r, c + 1).font = { bold: true };
    put(ws, r + 1, c, ['指標の説明', b.desc]);
    ws.mergeCells(r + 1, c + 1, r + 1, c + 5);
    put(ws, r + 2, c, ['単位', b.unit, '目指す方向', b.dir, '↑増加　↓減少']);
    ws.mergeCells(r + 2, c + 4, r + 2, c + 5);
    put(ws, r + 3, c, ['区分', 'R4\n（現状値）', 'R5', 'R6', 'R7', 'R8\n（目標値）']);
    put(ws, r + 4, c, ['実績値', ...b.actual]);
    put(ws, r + 5, c, ['期待値\n※R8は目標値', ...b.expect]);
    put(ws, r + 6, c, ['備考', b.note || undefined]);
    ws.mergeCells(r + 6, c + 1, r + 6, c + 5);
    frame(ws, r, c, r + 6, c + 5);
    shade(ws, r, c, r + 6, c);
    shade(ws, r + 3, c + 1, r + 3, c + 5);
    for (let k = 1; k <= 5; k++)
      for (const rr of [r + 4, r + 5]) {
        const cell = ws.getCell(rr, c + k);
        if (typeof cell.value === 'number') cell.numFmt = b.unit === '％' ? '0.0' : '#,##0';
        cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'right' };
      }
    ws.getRow(r + 3).height = 30;
    ws.getRow(r + 4).height = 30;
    ws.getRow(r + 5).height = 30;
  });

  put(ws, 32, 2, [
    '成果と課題',
    '地域子育て支援センターの利用は回復傾向にあり、期待値を上回る見込みである。待機児童は1・2歳児で発生しており、保育士確保が課題である。',
  ]);
  ws.mergeCells(32, 3, 32, 14);
  put(ws, 33, 2, ['今後の方向性', '継続（保育士確保策の拡充を検討）']);
  ws.mergeCells(33, 3, 33, 14);
  frame(ws, 32, 2, 33, 14);
  shade(ws, 32, 2, 33, 2);
  ws.getRow(32).height = 36;

  const notes = wb.addWorksheet('記入要領');
  notes.getColumn(1).width = 100;
  [
    '施策評価シート　記入要領',
    '１　実績値は評価対象年度の数値を記入する。年度途中に作成する場合は、直近月までの実績に残りの月の見込を加え「（見込）」と付記する。',
    '２　期待値は、現状値から目標値に至る各年度の水準として計画策定時に設定したもの。最終年度（R8）は目標値。',
    '３　達成状況評価は、各指標の期待値に対する実績値の割合から行政評価担当課が算定するため、担当課は空欄のまま提出すること。',
    '４　目指す方向が↓の指標は、実績値が期待値以下であれば達成とする。',
  ].forEach((t, i) => put(notes, i + 1, 1, [t]));
}

const F1_IND: ExpectedIndicator[] = [
  ind(F1_SHEET, '地域子育て支援センター延べ利用者数', '人', 42000, 43900, { actualStatus: 'provisional' }),
  ind(F1_SHEET, 'ファミリー・サポート・センター会員数', '人', 1300, 1270, { actualStatus: 'provisional' }),
  ind(F1_SHEET, '待機児童数', '人', 3, 4, { direction: 'down' }),
  ind(F1_SHEET, '乳幼児健康診査受診率', '％', 97.0, 97.1, { actualStatus: 'provisional' }),
  ind(F1_SHEET, '子育て世代包括支援センター相談件数', '件', 2900, 2388, { actualStatus: 'provisional' }),
  ind(F1_SHEET, '子育てしやすいまちだと感じる市民の割合', '％', 57.0, null, { actualStatus: 'pending' }),
];

const KOSODATE_POLICY: Holdout2Workbook = {
  name: 'h99-kosodate-shisaku',
  layout:
    'A: 子育て支援 施策評価シート, six indicator blocks two across (R4現状値〜R8目標値, 実績値/期待値 rows), 令和６年度 figures 1月末実績＋2〜3月見込 「43,900（見込）」, a 3月末見込 stock, 待機児童数 ↓, a survey 集計中, empty 達成状況評価 beside 「（B）」',
  build: buildPolicySheet,
  expected: {
    file: 'h99-kosodate-shisaku.xlsx',
    fiscalYear: 2024,
    indicators: F1_IND,
    groups: [{ sheet: F1_SHEET, cell: 'J3', grade: rollUp(F1_IND.map((i) => i.grade)) }],
  },
};

// ───────────────────────────── B: 事業実績 ─────────────────────────────

const F2_SHEET = '事業実績';

interface Project {
  name: string;
  summary: string;
  last: string;
  target: string;
  first: string;
  second: string;
  year: string;
  self: string;
  next: string;
  note?: string;
}

const F2_ROWS: Project[] = [
  {
    name: '市民大学講座運営事業',
    summary: '市内の大学と連携し、市民の学習ニーズに応じた教養講座を開催する。',
    last: '36回',
    target: '講座開催　40回',
    first: '18回',
    second: '20回',
    year: '38回',
    self: 'B',
    next: '継続',
  },
  {
    name: '公民館利用促進事業',
    summary: '地区公民館の自主講座・サークル活動を支援し、利用を促進する。',
    last: '延べ 79,850人',
    target: '利用者数　延べ 85,000人',
    first: '41,230人',
    second: '43,910人',
    year: '85,140人',
    self: 'A',
    next: '継続',
  },
  {
    name: '図書館読書推進事業',
    summary: '移動図書館の巡回と読書週間行事により、図書の貸出を促進する。',
    last: '604,220冊',
    target: '貸出冊数　620,000冊',
    first: '298,400冊',
    second: '301,100冊\n（3月は見込）',
    year: '599,500冊\n（見込）',
    self: 'B',
    next: '継続',
  },
  {
    name: '出前講座事業',
    summary: '市職員が地域に出向き、市政や暮らしに関する講座を行う。',
    last: '88件',
    target: '実施件数　120件',
    first: '52件',
    second: '47件',
    year: '99件',
    self: 'A',
    next: '見直し',
    note: 'メニューを整理し周知方法を見直す',
  },
  {
    name: '親子自然体験キャンプ事業',
    summary: '小学生とその保護者を対象に、青少年の家で1泊2日の自然体験キャンプを行う。',
    last: '参加者 64人',
    target: '参加者　80人',
    first: '未実施',
    second: '－',
    year: '未実施',
    self: 'D',
    next: '見直し',
    note: '8月開催予定であったが台風接近のため中止',
  },
  {
    name: '生涯学習ボランティア養成事業',
    summary: '生涯学習ボランティアの養成講座を開催し、新規登録者を確保する。',
    last: '養成講座 6回\n新規登録 26人',
    target: '養成講座　6回\n新規登録　30人',
    first: '養成講座 3回\n新規登録 9人',
    second: '養成講座 3回\n新規登録 12人',
    year: '養成講座 6回\n新規登録 21人',
    self: 'B',
    next: '継続',
  },
  {
    name: '地域学校協働活動推進事業',
    summary: '地域学校協働本部の設置を進め、地域と学校の連携体制を整える。',
    last: '9校',
    target: '協働本部設置校　12校',
    first: '10校',
    second: '12校',
    year: '12校\n（年度末）',
    self: 'A',
    next: '拡充',
    note: '上半期・下半期欄は各期末の設置校数',
  },
  {
    name: '文化財保護啓発事業',
    summary: '文化財講座と史跡めぐりを開催し、郷土の文化財への理解を深める。',
    last: '1,048人',
    target: '文化財講座参加者　1,200人',
    first: '430人',
    second: '520人',
    year: '950人',
    self: 'B',
    next: '継続',
  },
  {
    name: '家庭教育支援事業',
    summary: '小中学校ＰＴＡと連携し、家庭教育学級を開設する。',
    last: '2,286人',
    target: '家庭教育学級　延べ参加者 2,400人',
    first: '1,190人',
    second: '1,422人\n（3月は見込）',
    year: '2,612人\n（見込）',
    self: 'A',
    next: '継続',
  },
];

function buildProjectTable(wb: Workbook): void {
  const ws = wb.addWorksheet(F2_SHEET);
  widths(ws, [5, 40, 14, 20, 14, 14, 14, 8, 10, 26]);
  put(ws, 1, 1, ['令和５年度　生涯学習推進計画　推進事業実績報告（年度末見込）']);
  ws.mergeCells(1, 1, 1, 10);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  put(ws, 2, 1, ['担当：生涯学習課　　令和６年３月15日現在　※3月分を見込で計上したものは「（見込）」と表示']);
  ws.mergeCells(2, 1, 2, 10);
  put(ws, 4, 1, [
    'No.',
    '推進事業（事業名・概要）',
    '令和４年度\n実績',
    '令和５年度\n数値目標',
    '令和５年度実績',
    undefined,
    undefined,
    '自己\n評価',
    '今後の\n方向性',
    '備考',
  ]);
  put(ws, 5, 5, ['上半期\n（4〜9月）', '下半期\n（10〜3月）', '年度計']);
  for (const c of [1, 2, 3, 4, 8, 9, 10]) ws.mergeCells(4, c, 5, c);
  ws.mergeCells(4, 5, 4, 7);
  shade(ws, 4, 1, 5, 10);
  frame(ws, 4, 1, 5, 10);
  F2_ROWS.forEach((p, i) => {
    const r = 6 + i;
    put(ws, r, 1, [i + 1, `(${i + 1}) ${p.name}\n${p.summary}`, p.last, p.target, p.first, p.second, p.year, p.self, p.next, p.note]);
    ws.getRow(r).height = 48;
  });
  const last = 6 + F2_ROWS.length - 1;
  frame(ws, 6, 1, last, 10);
  for (let r = 6; r <= last; r++) for (const c of [1, 8, 9]) ws.getCell(r, c).alignment = { vertical: 'middle', horizontal: 'center' };
  put(ws, last + 2, 1, [
    '【自己評価の基準】　Ａ：目標を達成（100％以上）　Ｂ：概ね達成（80％以上）　Ｃ：やや不十分（60％以上）　Ｄ：不十分（60％未満）又は未実施',
  ]);
  ws.mergeCells(last + 2, 1, last + 2, 10);
  put(ws, last + 3, 1, ['【今後の方向性】　拡充／継続／見直し／縮小／廃止']);
  ws.mergeCells(last + 3, 1, last + 3, 10);
}

const F2_IND: ExpectedIndicator[] = [
  ind(F2_SHEET, '市民大学講座運営事業', '回', 40, 38, { existing: 'B' }),
  ind(F2_SHEET, '公民館利用促進事業', '人', 85000, 85140, { existing: 'A' }),
  ind(F2_SHEET, '図書館読書推進事業', '冊', 620000, 599500, { existing: 'B', actualStatus: 'provisional' }),
  ind(F2_SHEET, '出前講座事業', '件', 120, 99, { existing: 'A' }),
  ind(F2_SHEET, '親子自然体験キャンプ事業', '人', 80, null, { existing: 'D', actualStatus: 'not-implemented' }),
  {
    sheet: F2_SHEET,
    name: '生涯学習ボランティア養成事業',
    measures: [
      { label: '養成講座', target: 6, actual: 6, unit: '回' },
      { label: '新規登録', target: 30, actual: 21, unit: '人' },
    ],
    direction: 'up',
    existing: 'B',
    grade: 'C',
  },
  ind(F2_SHEET, '地域学校協働活動推進事業', '校', 12, 12, { existing: 'A' }),
  ind(F2_SHEET, '文化財保護啓発事業', '人', 1200, 950, { existing: 'B' }),
  ind(F2_SHEET, '家庭教育支援事業', '人', 2400, 2612, { existing: 'A', actualStatus: 'provisional' }),
];

const SHOGAI_PROJECTS: Holdout2Workbook = {
  name: 'h99-shogai-jigyo',
  layout:
    'B: 生涯学習 推進事業実績, 令和５年度実績 split 上半期｜下半期｜年度計 as text 「599,500冊⏎（見込）」, two measures in a cell, 未実施, a 設置校数 whose halves are 期末 counts, 自己評価 A〜D',
  build: buildProjectTable,
  expected: { file: 'h99-shogai-jigyo.xlsx', fiscalYear: 2023, indicators: F2_IND, groups: [] },
};

// ───────────────────────────── C: KPI × 四半期 ─────────────────────────────

const F3_SHEET = 'KPI進捗';

interface Kpi {
  goal: string;
  name: string;
  unit: string;
  qTarget: (number | undefined)[];
  yTarget: number;
  q: (number | string)[];
  /** The 年度計 cell: a SUM (flows), the 4th quarter's count (stock) or text. */
  year: { sum: true } | { stock: true } | { text: string };
  note?: string;
}

const F3_KPIS: Kpi[] = [
  {
    goal: '基本目標１\n稼ぐ力を高め、安心して働けるまちをつくる',
    name: '創業支援件数',
    unit: '件',
    qTarget: [],
    yTarget: 30,
    q: [6, 9, 5, 7],
    year: { sum: true },
  },
  { goal: '', name: '企業立地件数', unit: '件', qTarget: [], yTarget: 3, q: [0, 1, 0, 1], year: { sum: true }, note: '工業団地第2期分譲は令和7年度' },
  { goal: '', name: '若者の市内就職者数', unit: '人', qTarget: [], yTarget: 150, q: [98, 12, 9, 14], year: { sum: true }, note: '4月の新卒就職を含む' },
  {
    goal: '基本目標２\n新しいひとの流れをつくる',
    name: '移住相談件数',
    unit: '件',
    qTarget: [60, 60, 60, 60],
    yTarget: 240,
    q: [52, 61, 70, 58],
    year: { sum: true },
  },
  { goal: '', name: '移住支援制度を利用した移住者数', unit: '人', qTarget: [30, 30, 30, 30], yTarget: 120, q: [22, 31, 18, 25], year: { sum: true } },
  {
    goal: '',
    name: '空き家バンク登録物件数',
    unit: '件',
    qTarget: [],
    yTarget: 60,
    q: [41, 47, 52, 55],
    year: { stock: true },
    note: '各四半期末時点の登録件数（年度計欄は年度末の件数）',
  },
  { goal: '', name: 'ふるさと納税寄附件数', unit: '件', qTarget: [], yTarget: 18000, q: [2140, 3860, 9720, 1950], year: { sum: true } },
  {
    goal: '',
    name: '観光入込客数',
    unit: '千人',
    qTarget: [],
    yTarget: 1450,
    q: [412, 398, 361, '285\n（見込）'],
    year: { text: '1,456\n（見込）' },
    note: '第4四半期は県観光統計の公表前のため見込',
  },
];

function buildKpiTable(wb: Workbook): void {
  const ws = wb.addWorksheet(F3_SHEET);
  widths(ws, [22, 28, 7, 8, 12, 12, 12, 12, 12, 9, 30]);
  put(ws, 1, 1, ['2024年度　第２期まち・ひと・しごと創生総合戦略　ＫＰＩ進捗管理表（四半期）']);
  ws.mergeCells(1, 1, 1, 11);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  put(ws, 2, 1, ['企画政策課　2025年5月12日更新']);
  ws.mergeCells(2, 1, 2, 11);
  put(ws, 4, 1, [
    '基本目標',
    '重要業績評価指標（ＫＰＩ）',
    '単位',
    '区分',
    '第1四半期\n(4〜6月)',
    '第2四半期\n(7〜9月)',
    '第3四半期\n(10〜12月)',
    '第4四半期\n(1〜3月)',
    '年度計',
    '進捗率',
    '備考',
  ]);
  shade(ws, 4, 1, 4, 11);
  ws.getRow(4).height = 32;
  let r = 5;
  let goalStart = 5;
  F3_KPIS.forEach((k, i) => {
    if (k.goal) {
      if (i > 0) ws.mergeCells(goalStart, 1, r - 1, 1);
      goalStart = r;
      put(ws, r, 1, [k.goal]);
    }
    put(ws, r, 2, [k.name, k.unit, '目標値', ...k.qTarget]);
    ws.getCell(r, 9).value = k.yTarget;
    put(ws, r + 1, 4, ['実績値', ...k.q]);
    const yc = ws.getCell(r + 1, 9);
    if ('sum' in k.year) yc.value = { formula: `SUM(E${r + 1}:H${r + 1})`, result: (k.q as number[]).reduce((a, b) => a + b, 0) };
    else if ('stock' in k.year) yc.value = { formula: `H${r + 1}`, result: k.q[3] as number };
    else yc.value = k.year.text;
    const actual = 'text' in k.year ? 1456 : (yc.value as { result: number }).result;
    ws.getCell(r + 1, 10).value = { formula: `IFERROR(I${r + 1}/I${r},"－")`, result: 'text' in k.year ? '－' : actual / k.yTarget };
    ws.getCell(r + 1, 10).numFmt = '0.0%';
    if (k.note) put(ws, r, 11, [k.note]);
    ws.mergeCells(r, 2, r + 1, 2);
    ws.mergeCells(r, 3, r + 1, 3);
    ws.mergeCells(r, 11, r + 1, 11);
    for (let c = 5; c <= 9; c++) for (const rr of [r, r + 1]) if (typeof ws.getCell(rr, c).value === 'number') ws.getCell(rr, c).numFmt = '#,##0';
    r += 2;
  });
  ws.mergeCells(goalStart, 1, r - 1, 1);
  frame(ws, 4, 1, r - 1, 11);
  put(ws, r + 1, 1, ['※進捗率＝年度計（実績値）÷年度計（目標値）。空き家バンク登録物件数は年度末の登録件数で評価する。']);
  put(ws, r + 2, 1, ['※（見込）は確定値の公表前の見込値。確定後に更新する。']);
}

const F3_IND: ExpectedIndicator[] = [
  ind(F3_SHEET, '創業支援件数', '件', 30, 27),
  ind(F3_SHEET, '企業立地件数', '件', 3, 2),
  ind(F3_SHEET, '若者の市内就職者数', '人', 150, 133),
  ind(F3_SHEET, '移住相談件数', '件', 240, 241),
  ind(F3_SHEET, '移住支援制度を利用した移住者数', '人', 120, 96),
  ind(F3_SHEET, '空き家バンク登録物件数', '件', 60, 55),
  ind(F3_SHEET, 'ふるさと納税寄附件数', '件', 18000, 17670),
  ind(F3_SHEET, '観光入込客数', '千人', 1450, 1456, { actualStatus: 'provisional' }),
];

const SOSEI_KPI: Holdout2Workbook = {
  name: 'h99-sosei-kpi-shihanki',
  layout:
    'C: 創生総合戦略 KPI × 第1〜第4四半期 with 目標値/実績値 rows, 年度計 (SUM formulas; a stock KPI whose 年度計 is =H, the 年度末 count), 進捗率, 2024年度, one KPI 第4四半期 「285（見込）」 and 年度計 「1,456（見込）」',
  build: buildKpiTable,
  expected: { file: 'h99-sosei-kpi-shihanki.xlsx', fiscalYear: 2024, indicators: F3_IND, groups: [] },
};

// ───────────────────────────── D: 計画の指標 ─────────────────────────────

const F4_SHEET = '点検評価';

interface PlanRow {
  name: string;
  desc: string;
  dir: '↑' | '↓';
  unit: string;
  base: string;
  target: number;
  actual: string;
  how: string;
  eval?: string;
  comment?: string;
}

const F4_ROWS: PlanRow[] = [
  {
    name: '認知症サポーター養成者数（累計）',
    desc: '認知症サポーター養成講座の修了者数の累計',
    dir: '↑',
    unit: '人',
    base: '18,420\n（令和4年度末）',
    target: 24000,
    actual: '21,376\n（令和7年3月末）',
    how: '講座実施報告',
    eval: '概ね順調',
  },
  {
    name: '通いの場の箇所数',
    desc: '住民主体で週1回以上活動する通いの場の数',
    dir: '↑',
    unit: 'か所',
    base: '86\n（令和5年3月末）',
    target: 110,
    actual: '97\n（令和7年3月末）',
    how: '地域包括支援センター調べ',
    eval: '概ね順調',
  },
  {
    name: '通いの場への参加率',
    desc: '通いの場の参加者数÷65歳以上人口',
    dir: '↑',
    unit: '％',
    base: '5.8\n（令和4年度）',
    target: 8.0,
    actual: '6.9\n（令和6年度見込）',
    how: '介護予防・日常生活支援総合事業 実施状況調査',
    eval: 'やや遅れている',
    comment: '3月分の参加者数は見込',
  },
  {
    name: '介護予防教室延べ参加者数',
    desc: '市主催の介護予防教室の年間延べ参加者数',
    dir: '↑',
    unit: '人',
    base: '4,210\n（令和4年度）',
    target: 6000,
    actual: '6,145\n（令和6年度）',
    how: '事業実績',
    eval: '順調',
  },
  {
    name: '要介護認定率',
    desc: '第1号被保険者に占める要介護・要支援認定者の割合（上昇の抑制を目指す）',
    dir: '↓',
    unit: '％',
    base: '18.6\n（令和5年3月末）',
    target: 18.9,
    actual: '18.8\n（令和7年3月末）',
    how: '介護保険事業状況報告（月報）',
    eval: '順調',
  },
  {
    name: '成年後見制度利用支援件数',
    desc: '市長申立て及び報酬助成の件数',
    dir: '↑',
    unit: '件',
    base: '12\n（令和4年度）',
    target: 20,
    actual: '集計中',
    how: '事業実績',
    comment: '報酬助成の申請期限（5月末）後に確定',
  },
  {
    name: '在宅医療・介護連携に関する相談件数',
    desc: '在宅医療・介護連携支援センターが受けた相談の件数',
    dir: '↑',
    unit: '件',
    base: '214\n（令和4年度）',
    target: 300,
    actual: '241\n（令和6年度）',
    how: '支援センター実績報告',
    eval: '概ね順調',
  },
  {
    name: 'シルバー人材センター会員数',
    desc: '公益社団法人シルバー人材センターの会員数',
    dir: '↑',
    unit: '人',
    base: '1,012\n（令和5年3月末）',
    target: 1150,
    actual: '968\n（令和7年3月末）',
    how: 'シルバー人材センター事業報告',
    eval: 'やや遅れている',
    comment: '定年延長等により新規入会が減少',
  },
];

function buildPlanIndicators(wb: Workbook): void {
  const ws = wb.addWorksheet(F4_SHEET);
  widths(ws, [5, 30, 34, 8, 7, 16, 12, 18, 26, 14, 28]);
  put(ws, 1, 1, ['令和６年度　第９期高齢者福祉計画・介護保険事業計画　計画の指標の点検評価一覧']);
  ws.mergeCells(1, 1, 1, 11);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  put(ws, 2, 1, ['長寿支援課　令和７年４月30日作成']);
  ws.mergeCells(2, 1, 2, 11);
  put(ws, 4, 1, [
    'No.',
    '指標',
    '指標の説明',
    '目標の\n方向',
    '単位',
    '現況\n（計画策定時）',
    '目標\n（R8）',
    '実績\n（令和６年度）',
    '現状把握の方法',
    '評価',
    'コメント',
  ]);
  shade(ws, 4, 1, 4, 11);
  ws.getRow(4).height = 32;
  F4_ROWS.forEach((p, i) => {
    const r = 5 + i;
    put(ws, r, 1, [i + 1, p.name, p.desc, p.dir, p.unit, p.base, p.target, p.actual, p.how, p.eval, p.comment]);
    ws.getCell(r, 7).numFmt = p.unit === '％' ? '0.0' : '#,##0';
    ws.getRow(r).height = 36;
  });
  const last = 5 + F4_ROWS.length - 1;
  frame(ws, 4, 1, last, 11);
  put(ws, last + 2, 1, ['※目標の方向　↑：数値の増加を目指す　↓：数値の減少（抑制）を目指す']);
  put(ws, last + 3, 1, ['※評価　順調／概ね順調／やや遅れている／遅れている（計画最終年度の目標に向けた進み具合を担当課が判断）']);
  put(ws, last + 4, 1, ['※実績は令和６年度の値。月末現在で把握する指標は令和７年３月末の値を記載。']);
}

const plan = (name: string, unit: string, target: number, actual: number | null, more: Parameters<typeof ind>[5] = {}): ExpectedIndicator => ({
  ...ind(F4_SHEET, name, unit, target, actual, more),
  targetSource: 'final',
});

const F4_IND: ExpectedIndicator[] = [
  plan('認知症サポーター養成者数（累計）', '人', 24000, 21376, { existing: 'B' }),
  plan('通いの場の箇所数', 'か所', 110, 97, { existing: 'B' }),
  plan('通いの場への参加率', '％', 8.0, 6.9, { existing: 'C', actualStatus: 'provisional' }),
  plan('介護予防教室延べ参加者数', '人', 6000, 6145, { existing: 'A' }),
  plan('要介護認定率', '％', 18.9, 18.8, { existing: 'A', direction: 'down' }),
  plan('成年後見制度利用支援件数', '件', 20, null, { actualStatus: 'pending' }),
  plan('在宅医療・介護連携に関する相談件数', '件', 300, 241, { existing: 'B' }),
  plan('シルバー人材センター会員数', '人', 1150, 968, { existing: 'C' }),
];

const KOREI_PLAN: Holdout2Workbook = {
  name: 'h99-korei-keikaku-shihyo',
  layout:
    'D: 高齢者福祉計画 点検評価一覧, 現況 「18,420⏎（令和4年度末）」, 目標（R8）, 実績（令和６年度） with 「（令和7年3月末）」 notes for stocks, one 「（令和6年度見込）」, one 集計中, 目標の方向 ↑/↓, 評価 in the scale words',
  build: buildPlanIndicators,
  expected: { file: 'h99-korei-keikaku-shihyo.xlsx', fiscalYear: 2024, indicators: F4_IND, groups: [] },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [KOSODATE_POLICY, SHOGAI_PROJECTS, SOSEI_KPI, KOREI_PLAN];
