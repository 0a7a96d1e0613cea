/**
 * Hold-out set 94, four workbooks outside the families, from the same 照会 and 取りまとめ work: one 指標照会票 per sheet
 * (label｜value, the office's own A〜D bands at 100／90／70 %) beside a blank 様式; a 指標推移照会 with one years-as-rows table
 * per indicator and a yellow 令和5年度 row; the office's one-sheet 取りまとめ表 with 部・課 merged down, 小計 rows, a struck
 * 削除 row and a 差替 value; a 回答様式 with the 令和4年度（参考） columns copied beside this year's and 所管課｜企画課 grades.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { Direction, ExpectedIndicator, Status } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, dropdown, fill, fillRange, GREY, HEAD, lines, listSheet, numFmt, red, widths, wrap, YELLOW } from './families';

// ---------------------------------------------------------------------------------------------------------------------------
// O1: 指標照会票, one indicator per sheet (label｜value), own scale A ≥ 100 %, B ≥ 90 %, C ≥ 70 %, D below or 未実施

/** The 照会票's stated bands. */
function gradeBy907(target: number, actual: number | null, status?: Status): string | null {
  if (status === 'not-implemented') return 'D';
  if (actual === null) return null;
  const rate = actual / target;
  return rate >= 1 ? 'A' : rate >= 0.9 ? 'B' : rate >= 0.7 ? 'C' : 'D';
}

interface Card {
  sheet: string;
  policy: string;
  name: string;
  unit: string;
  target: number;
  actual: number | string;
  self: string;
  office: string;
  reason: string;
}

const CARDS: Card[] = [
  {
    sheet: '照会票（1）',
    policy: '5-1　市民協働によるまちづくりの推進',
    name: '自治会加入率',
    unit: '%',
    target: 78.0,
    actual: 74.9,
    self: 'A',
    office: 'B',
    reason: '転入世帯への加入案内を強化したが、集合住宅の未加入が続いている。',
  },
  {
    sheet: '照会票（2）',
    policy: '5-1　市民協働によるまちづくりの推進',
    name: '市民活動団体登録数',
    unit: '団体',
    target: 150,
    actual: 131,
    self: 'B',
    office: '',
    reason: '新規登録は12団体あったが、解散による登録抹消が9団体あった。',
  },
  {
    sheet: '照会票（3）',
    policy: '5-1　市民協働によるまちづくりの推進',
    name: '協働事業提案制度採択件数',
    unit: '件',
    target: 6,
    actual: 4,
    self: 'C',
    office: 'D',
    reason: '提案件数自体が7件にとどまった。',
  },
  {
    sheet: '照会票（4）',
    policy: '5-2　市民活動の支援',
    name: '市民活動センター利用者数',
    unit: '人',
    target: 18000,
    actual: 18930,
    self: 'A',
    office: '',
    reason: '夜間開館の試行により利用が増加した。',
  },
  {
    sheet: '照会票（5）',
    policy: '5-2　市民活動の支援',
    name: 'ボランティア登録者数',
    unit: '人',
    target: 1200,
    actual: 1083,
    self: 'B',
    office: '',
    reason: '高齢化による登録辞退が多かった。',
  },
  {
    sheet: '照会票（6）',
    policy: '5-2　市民活動の支援',
    name: '市民協働フォーラム参加者数',
    unit: '人',
    target: 200,
    actual: '未実施',
    self: 'D',
    office: '',
    reason: '会場（市民会館）の改修工事のため開催を見送った。',
  },
];

function cardSheet(ws: Worksheet, c: Card | null): void {
  widths(ws, [22, 40, 46]);
  put(ws, 1, 1, ['令和7年度 行政評価 指標照会票（令和6年度実績）']);
  ws.mergeCells(1, 1, 1, 3);
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  put(ws, 2, 1, ['提出期限：令和7年5月23日（金）　提出先：企画課 行政評価担当（内線2105）']);
  ws.mergeCells(2, 1, 2, 3);
  red(ws, 2, 1);
  put(ws, 4, 1, ['【回答者】']);
  put(ws, 5, 1, ['所属', c ? '市民協働課' : undefined]);
  put(ws, 6, 1, ['担当者', c ? '伊藤 沙織' : undefined]);
  put(ws, 7, 1, ['内線', c ? '1208' : undefined]);
  box(ws, 5, 1, 7, 2);
  put(ws, 9, 1, ['【指標】']);
  const rate = c && typeof c.actual === 'number' ? c.actual / c.target : c ? '－' : undefined;
  const rows: [string, string | number | undefined, string?][] = [
    ['施策', c?.policy],
    ['指標名', c?.name],
    ['単位', c?.unit],
    ['指標の方向', c ? '上昇を目指す' : undefined, '上昇を目指す／減少を目指す'],
    ['目標値（令和6年度）', c?.target],
    ['実績値（令和6年度）', c?.actual, '← 記入してください'],
    ['達成率', rate, '※実績値を記入すると自動計算されます'],
    ['評価（所管課）', c?.self, '← A〜Dを選択してください'],
    ['評価（企画課）', c?.office || undefined, '※企画課記入欄（記入がある場合はこちらを最終評価とします）'],
    ['評価の理由', c?.reason],
  ];
  rows.forEach(([label, value, note], i) => {
    const r = 10 + i;
    put(ws, r, 1, [label, value, note]);
    if (note?.startsWith('←')) red(ws, r, 3);
  });
  box(ws, 10, 1, 19, 2);
  wrap(ws, 10, 1, 19, 3);
  fill(ws, 15, 2, YELLOW);
  fill(ws, 17, 2, YELLOW);
  fill(ws, 18, 2, GREY);
  ws.getCell(16, 2).numFmt = '0.0%';
  if (c?.unit === '%') ws.getCell(14, 2).numFmt = '0.0';
  dropdown(ws, 17, 2, "'リスト'!$A$2:$A$5");
  put(ws, 21, 1, ['評価基準：A 達成率100％以上　B 90％以上100％未満　C 70％以上90％未満　D 70％未満又は未実施']);
  ws.mergeCells(21, 1, 21, 3);
}

const O1_INDICATORS: ExpectedIndicator[] = CARDS.map((c) => {
  const status: Status | undefined = c.actual === '未実施' ? 'not-implemented' : undefined;
  const actual = typeof c.actual === 'number' ? c.actual : null;
  const out = ind(c.sheet, c.name, c.unit, c.target, actual, { existing: c.office || c.self, actualStatus: status });
  out.grade = gradeBy907(c.target, actual, status);
  return out;
});

const shokaihyo: Holdout2Workbook = {
  name: 'h94-shokaihyo-kobetsu',
  layout:
    'outside: 指標照会票 one per sheet (照会票（1）〜（6）, label｜value: 施策, 指標名, 単位, 目標値（令和6年度）, 実績値（令和6年度） with 「← 記入してください」, 達成率, 評価（所管課）, 評価（企画課） overriding), 回答者 block, its own bands A 100 / B 90 / C 70 %, one 未実施, a 記入要領 and a blank 様式（空白） sheet',
  build(wb: Workbook) {
    const guide = wb.addWorksheet('記入要領');
    guide.getColumn(1).width = 100;
    lines(guide, 1, 1, [
      '行政評価 指標照会票 記入要領（令和6年度実績）',
      '',
      '１　指標ごとに「様式（空白）」シートをコピーして作成してください（照会票（1）、（2）…）。',
      '２　黄色のセルに記入してください。',
      '３　評価は次の基準によります（本市の行政評価実施要領による）。',
      '　　A：達成率100％以上　B：90％以上100％未満　C：70％以上90％未満　D：70％未満又は未実施',
      '４　企画課が二次評価を行った場合は、企画課欄の評価を最終評価とします。',
    ]);
    cardSheet(wb.addWorksheet('様式（空白）'), null);
    for (const c of CARDS) cardSheet(wb.addWorksheet(c.sheet), c);
    listSheet(wb, 'リスト', [['評価', ['A', 'B', 'C', 'D']]], true);
  },
  expected: { file: 'h94-shokaihyo-kobetsu.xlsx', fiscalYear: 2024, indicators: O1_INDICATORS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// O2: 指標推移照会, one years-as-rows table per indicator

interface Trend {
  name: string;
  unit: string;
  /** 令和元年度〜令和7年度 targets. */
  targets: number[];
  /** 令和元年度〜令和5年度 actuals. */
  actuals: (number | string)[];
  grade: string;
  /** A 備考 on one year's row (index into YEARS). */
  note?: [number, string];
}

const TRENDS: Trend[] = [
  {
    name: '公民館講座受講者数',
    unit: '人',
    targets: [6000, 6100, 6200, 6300, 6500, 6700, 7000],
    actuals: [6124, 2310, 3905, 5212, 5870],
    grade: 'B',
    note: [1, '感染症対策のため講座を縮小'],
  },
  {
    name: '図書館貸出冊数',
    unit: '冊',
    targets: [400000, 405000, 410000, 415000, 420000, 425000, 430000],
    actuals: [398250, 361040, 389720, 405113, 431208],
    grade: 'A',
  },
  {
    name: '文化財施設入館者数',
    unit: '人',
    targets: [11000, 11250, 11500, 11750, 12000, 12250, 12500],
    actuals: [10412, 4870, 6233, 7905, 8450],
    grade: 'B',
    note: [4, '郷土資料館は令和5年10月から休館（耐震工事）'],
  },
  {
    name: '生涯学習ボランティア登録者数',
    unit: '人',
    targets: [150, 160, 165, 170, 180, 190, 200],
    actuals: [141, 128, 119, 110, 102],
    grade: 'C',
  },
  {
    name: '青少年健全育成事業参加者数',
    unit: '人',
    targets: [850, 860, 870, 880, 900, 920, 950],
    actuals: [866, 312, 540, 791, '集計中'],
    grade: '',
    note: [4, '3月実施分の報告待ち'],
  },
];

const YEARS = ['令和元年度', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度'];

const O2_INDICATORS: ExpectedIndicator[] = TRENDS.map((t) => {
  const a = t.actuals[4];
  return typeof a === 'number'
    ? ind('回答', t.name, t.unit, t.targets[4], a, { existing: t.grade })
    : ind('回答', t.name, t.unit, t.targets[4], null, { actualStatus: 'pending' });
});

const suiiShokai: Holdout2Workbook = {
  name: 'h94-suii-shokai',
  layout:
    'outside: 指標推移照会 returned by 生涯学習課: 回答者 row and a 締切 note, then one small table per indicator (■指標n name｜単位：人｜評価 cell; 年度 rows 令和元年度〜令和7年度 × 目標値｜実績値｜達成率｜備考), the yellow 令和5年度 row with 「← 記入してください」, one 集計中, a hidden 選択肢',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('回答');
    widths(ws, [14, 14, 14, 11, 10, 34]);
    put(ws, 1, 1, ['生涯学習関連指標の推移に関する照会（令和5年度実績）']);
    ws.mergeCells(1, 1, 1, 6);
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['回答課', '生涯学習課', '担当者', '阿部 由紀', '内線', '4105']);
    box(ws, 2, 1, 2, 6);
    put(ws, 3, 1, ['※黄色のセルに令和5年度の実績及び評価を記入し、6月7日（金）までに企画課へ返信してください。']);
    red(ws, 3, 1);
    TRENDS.forEach((t, k) => {
      const r = 5 + 10 * k;
      put(ws, r, 1, [`■指標${k + 1}`, t.name, undefined, `単位：${t.unit}`, '評価', t.grade || undefined]);
      ws.mergeCells(r, 2, r, 3);
      ws.getCell(r, 1).font = { bold: true };
      fill(ws, r, 6, YELLOW);
      dropdown(ws, r, 6, "'選択肢'!$A$2:$A$5");
      put(ws, r + 1, 1, ['年度', '目標値', '実績値', '達成率', '備考']);
      ws.mergeCells(r + 1, 5, r + 1, 6);
      fillRange(ws, r + 1, 1, r + 1, 6, HEAD);
      YEARS.forEach((y, i) => {
        const row = r + 2 + i;
        const a = t.actuals[i];
        put(ws, row, 1, [y, t.targets[i], a, typeof a === 'number' ? a / t.targets[i] : undefined]);
        ws.mergeCells(row, 5, row, 6);
        ws.getCell(row, 4).numFmt = '0.0%';
        numFmt(ws, row, 2, row, 3, '#,##0');
        if (i === 4) {
          fillRange(ws, row, 3, row, 3, YELLOW);
          put(ws, row, 7, ['← 記入してください']);
          red(ws, row, 7);
        }
        if (t.note?.[0] === i) put(ws, row, 5, [t.note[1]]);
      });
      box(ws, r + 1, 1, r + 8, 6);
    });
    listSheet(wb, '選択肢', [['評価', ['A', 'B', 'C', 'D']]], true);
  },
  expected: { file: 'h94-suii-shokai.xlsx', fiscalYear: 2023, indicators: O2_INDICATORS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// O3: the office's one-sheet 取りまとめ表 (部・課 merged, 小計 rows, a struck 削除 row, a 差替 value)

type Row = [policy: string, name: string, unit: string, dir: '↑' | '↓', target: number, actual: number, first: string, second: string, note: string];

const TORIMATOME: { bu: string; ka: string; rows: Row[] }[] = [
  {
    bu: '健康福祉部',
    ka: '健康推進課',
    rows: [
      ['2-1 健康づくりの推進', '特定健康診査受診率', '%', '↑', 60.0, 45.8, 'B', 'C', ''],
      ['2-1 健康づくりの推進', '胃がん検診受診者数', '人', '↑', 3200, 2984, 'B', '', ''],
      ['2-1 健康づくりの推進', '健康ポイント事業参加者数', '人', '↑', 1500, 1622, 'A', '', ''],
    ],
  },
  {
    bu: '健康福祉部',
    ka: '高齢福祉課',
    rows: [
      ['2-3 高齢者福祉の充実', '介護予防教室延べ参加者数', '人', '↑', 4800, 3120, 'B', 'C', ''],
      ['2-3 高齢者福祉の充実', '認知症サポーター養成数', '人', '↑', 600, 712, 'A', '', '削除（所管課より取下げ：事務事業評価で評価するため）'],
      ['2-3 高齢者福祉の充実', '見守り協定締結事業者数', '社', '↑', 45, 46, 'A', '', ''],
      ['2-3 高齢者福祉の充実', '配食サービス利用者数', '人', '↑', 220, 198, 'B', '', '6/12 実績値差替（旧：185）'],
    ],
  },
  {
    bu: '市民生活部',
    ka: '生活環境課',
    rows: [
      ['3-2 生活環境の保全', '不法投棄件数', '件', '↓', 30, 41, 'C', '', ''],
      ['3-2 生活環境の保全', '清掃活動参加者数', '人', '↑', 5000, 5430, 'A', '', ''],
      ['3-2 生活環境の保全', '狂犬病予防注射接種率', '%', '↑', 75.0, 71.2, 'A', 'B', ''],
    ],
  },
];

const S_TM = '取りまとめ表';

const O3_INDICATORS: ExpectedIndicator[] = TORIMATOME.flatMap(({ rows }) =>
  rows
    .filter((x) => !x[8].startsWith('削除'))
    .map((x) => ind(S_TM, x[1], x[2], x[4], x[5], { direction: (x[3] === '↓' ? 'down' : 'up') as Direction, existing: x[7] || x[6] })),
);

const torimatomeIchiran: Holdout2Workbook = {
  name: 'h94-torimatome-ichiran',
  layout:
    'outside: the office’s one-sheet 施策成果指標 取りまとめ表 (部｜課 merged down, 施策, 成果指標, 単位, 方向 ↑↓, 令和5年度 目標値｜実績値｜達成率, 一次評価（所管課）｜二次評価（企画課）, 備考), a 小計 row after each 課 with A〜D counts, a struck 削除 row, a red 差替 value, receipt notes above',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S_TM);
    widths(ws, [12, 12, 22, 28, 7, 6, 11, 11, 10, 11, 11, 40]);
    put(ws, 1, 1, ['令和5年度 施策成果指標 取りまとめ表（所管課回答集約）']);
    ws.mergeCells(1, 1, 1, 12);
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    put(ws, 2, 1, ['受領状況：健康推進課 5/31受領／高齢福祉課 6/3受領・6/12差替／生活環境課 6/4受領']);
    ws.mergeCells(2, 1, 2, 12);
    put(ws, 3, 1, ['※二次評価欄に記入のある指標は、二次評価（企画課）を最終評価とする。']);
    ws.mergeCells(3, 1, 3, 12);
    red(ws, 3, 1);
    put(ws, 4, 1, ['部', '課', '施策', '成果指標', '単位', '方向', '令和5年度', undefined, undefined, '評価', undefined, '備考']);
    put(ws, 5, 7, ['目標値', '実績値', '達成率', '一次評価\n（所管課）', '二次評価\n（企画課）']);
    for (const c of [1, 2, 3, 4, 5, 6, 12]) ws.mergeCells(4, c, 5, c);
    ws.mergeCells(4, 7, 4, 9);
    ws.mergeCells(4, 10, 4, 11);
    fillRange(ws, 4, 1, 5, 12, HEAD);
    let r = 6;
    const buStart: Record<string, number> = {};
    for (const { bu, ka, rows } of TORIMATOME) {
      if (buStart[bu] === undefined) buStart[bu] = r;
      const start = r;
      for (const x of rows) {
        const rate = x[3] === '↓' ? x[4] / x[5] : x[5] / x[4];
        put(ws, r, 3, [x[0], x[1], x[2], x[3], x[4], x[5], rate, x[6], x[7] || undefined, x[8] || undefined]);
        ws.getCell(r, 9).numFmt = '0.0%';
        numFmt(ws, r, 7, r, 8, x[2] === '%' ? '0.0' : '#,##0');
        fill(ws, r, 11, GREY);
        if (x[8].startsWith('削除')) for (let c = 3; c <= 12; c++) ws.getCell(r, c).font = { strike: true, color: { argb: 'FF808080' } };
        if (x[8].includes('差替')) {
          ws.getCell(r, 8).font = { color: { argb: 'FFFF0000' } };
          ws.getCell(r, 8).note = '6/12 高齢福祉課より差替（3月分の集計漏れ）';
        }
        r++;
      }
      const live = rows.filter((x) => !x[8].startsWith('削除')).map((x) => x[7] || x[6]);
      const count = ['A', 'B', 'C', 'D'].map((g) => `${g}:${live.filter((v) => v === g).length}`).join('　');
      put(ws, r, 3, ['小計', `${ka}　${live.length}指標`, undefined, undefined, undefined, undefined, undefined, count]);
      ws.mergeCells(r, 10, r, 11);
      fillRange(ws, r, 3, r, 12, 'FFF2F2F2');
      ws.mergeCells(start, 2, r, 2);
      ws.getCell(start, 2).value = ka;
      r++;
    }
    const bus = Object.keys(buStart);
    bus.forEach((bu, i) => {
      const end = i + 1 < bus.length ? buStart[bus[i + 1]] - 1 : r - 1;
      ws.mergeCells(buStart[bu], 1, end, 1);
      ws.getCell(buStart[bu], 1).value = bu;
    });
    box(ws, 4, 1, r - 1, 12);
    wrap(ws, 4, 1, r - 1, 12);
    lines(ws, r + 1, 1, [
      '方向：↑ 数値が大きいほど良い　↓ 数値が小さいほど良い（達成率は目標値÷実績値）',
      '評価基準：A 達成率100％以上　B 80％以上100％未満　C 60％以上80％未満　D 60％未満',
    ]);
  },
  expected: { file: 'h94-torimatome-ichiran.xlsx', fiscalYear: 2023, indicators: O3_INDICATORS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// O4: 回答様式 with 令和4年度（参考） columns beside 令和5年度, 評価 所管課｜企画課

type Cmp = [
  name: string,
  unit: string,
  dir: '大きいほど良い' | '小さいほど良い',
  prevTarget: number,
  prevActual: number,
  prevGrade: string,
  target: number,
  actual: number | string,
  self: string,
  office: string,
  course: string,
  note: string,
];

const CMP: Cmp[] = [
  ['市道改良率', '%', '大きいほど良い', 62.0, 61.5, 'B', 63.0, 62.4, 'A', 'B', '継続', ''],
  ['橋りょう長寿命化修繕済数（累計）', '橋', '大きいほど良い', 24, 24, 'A', 32, 30, 'B', '', '継続', '入札不調により2橋を翌年度へ'],
  ['都市公園利用者満足度', '%', '大きいほど良い', 70.0, 68.2, 'B', 72.0, '－', '－', '', '継続', '隔年調査のため令和5年度は調査なし'],
  ['市営住宅入居率', '%', '大きいほど良い', 90.0, 86.1, 'B', 90.0, 84.3, 'B', '', '見直し', ''],
  ['道路損傷に起因する事故件数', '件', '小さいほど良い', 5, 7, 'D', 5, 6, 'C', '', '継続', ''],
  ['空き家除却補助件数', '件', '大きいほど良い', 10, 12, 'A', 12, 7, 'C', 'D', '見直し', '解体費高騰により申請が減少'],
  ['デマンドタクシー利用者数', '人', '大きいほど良い', 9000, 8215, 'B', 9500, '8,960（見込み）', 'B', '', '拡充', '3月分は見込み'],
  ['都市計画道路整備率', '%', '大きいほど良い', 71.0, 70.8, 'B', 72.5, 72.5, 'A', '', '継続', ''],
];

const S_CMP = '回答様式';

const O4_INDICATORS: ExpectedIndicator[] = CMP.map((c) => {
  const direction: Direction = c[2] === '小さいほど良い' ? 'down' : 'up';
  const existing = c[9] || c[8];
  if (typeof c[7] === 'number') return ind(S_CMP, c[0], c[1], c[6], c[7], { direction, existing });
  if (c[7] === '－') return ind(S_CMP, c[0], c[1], c[6], null, { direction, actualStatus: 'not-applicable' });
  const out = ind(S_CMP, c[0], c[1], c[6], 8960, { direction, existing, actualStatus: 'provisional' });
  return out;
});

const zennendoHikaku: Holdout2Workbook = {
  name: 'h94-zennendo-hikaku',
  layout:
    'outside: 照会回答様式 returned by 都市整備課: grey 令和4年度（参考） 目標値｜実績値｜評価 copied in by the office beside the yellow 令和5年度 目標値｜実績値｜達成率, 評価 所管課｜企画課 (office overrides), 評価の方向 大きいほど良い／小さいほど良い, a 「－」 (隔年調査), a 「8,960（見込み）」, 今後の方向性 dropdown from a hidden リスト',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S_CMP);
    widths(ws, [5, 30, 6, 14, 10, 10, 8, 10, 16, 9, 8, 8, 11, 30]);
    put(ws, 1, 1, ['令和5年度 施策指標評価 照会回答様式']);
    ws.mergeCells(1, 1, 1, 14);
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    put(ws, 2, 1, ['回答課', undefined, '都市整備課', undefined, '担当者', '村上 拓也', '内線', '5210', '締切：令和6年6月10日（月）']);
    ws.mergeCells(2, 1, 2, 2);
    box(ws, 2, 1, 2, 8);
    put(ws, 3, 1, ['※令和4年度（参考）欄は企画課で前年度回答から転記済みです（灰色）。令和5年度欄（黄色）を記入してください。']);
    ws.mergeCells(3, 1, 3, 14);
    red(ws, 3, 1);
    put(ws, 5, 1, [
      'No.',
      '指標名',
      '単位',
      '評価の方向',
      '令和4年度（参考）',
      undefined,
      undefined,
      '令和5年度',
      undefined,
      undefined,
      '評価',
      undefined,
      '今後の方向性',
      '備考',
    ]);
    put(ws, 6, 5, ['目標値', '実績値', '評価', '目標値', '実績値', '達成率', '所管課', '企画課']);
    for (const c of [1, 2, 3, 4, 13, 14]) ws.mergeCells(5, c, 6, c);
    ws.mergeCells(5, 5, 5, 7);
    ws.mergeCells(5, 8, 5, 10);
    ws.mergeCells(5, 11, 5, 12);
    fillRange(ws, 5, 1, 6, 14, HEAD);
    CMP.forEach((c, i) => {
      const r = 7 + i;
      const dir = c[2] === '小さいほど良い' ? 'down' : 'up';
      const figure = typeof c[7] === 'number' ? c[7] : c[7] === '－' ? null : 8960;
      const rate = figure === null ? '－' : dir === 'down' ? c[6] / figure : figure / c[6];
      put(ws, r, 1, [i + 1, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], rate, c[8], c[9] || undefined, c[10], c[11] || undefined]);
      fillRange(ws, r, 5, r, 7, GREY);
      fillRange(ws, r, 9, r, 9, YELLOW);
      fill(ws, r, 11, YELLOW);
      fill(ws, r, 12, GREY);
      ws.getCell(r, 10).numFmt = '0.0%';
      numFmt(ws, r, 5, r, 9, c[1] === '%' ? '0.0' : '#,##0');
      dropdown(ws, r, 11, "'リスト'!$A$2:$A$5");
      dropdown(ws, r, 13, "'リスト'!$B$2:$B$6");
      dropdown(ws, r, 4, "'リスト'!$C$2:$C$3");
    });
    const last = 6 + CMP.length;
    box(ws, 5, 1, last, 14);
    wrap(ws, 5, 1, last, 14);
    lines(ws, last + 2, 1, [
      '※評価：A 達成率100％以上　B 80％以上100％未満　C 60％以上80％未満　D 60％未満（小さいほど良い指標の達成率は目標値÷実績値）',
      '※企画課欄に記入がある場合は、企画課の評価を最終評価とします。',
    ]);
    listSheet(
      wb,
      'リスト',
      [
        ['評価', ['A', 'B', 'C', 'D']],
        ['今後の方向性', ['拡充', '継続', '見直し', '縮小', '廃止']],
        ['評価の方向', ['大きいほど良い', '小さいほど良い']],
      ],
      true,
    );
  },
  expected: { file: 'h94-zennendo-hikaku.xlsx', fiscalYear: 2023, indicators: O4_INDICATORS, groups: [] },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [shokaihyo, suiiShokai, torimatomeIchiran, zennendoHikaku];
