/**
 * Hold-out set 94, the four families, as the evaluation office's 照会 comes back from the departments (庁内照会と取りまとめ):
 * a 施策評価シート returned with its 記入要領, a 記入例 of ○○ placeholders and the リスト for the dropdowns; a 事務事業実績 照会様式
 * with a 回答者 block, text figures, a struck 削除 row and 評価（所管課）｜企画課（二次評価）; the office's 取りまとめ of 総合戦略 KPIs
 * with one sheet per 課 (placeholder rows 「（指標名を入力）」 left blank or 0) beside a 提出状況 sheet and a blank 様式; a 総合計画
 * 成果指標 実績調査票 with the 前年度（参考） reply beside it.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { gradeOf, ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

/** 回答欄 (the cells the department fills). */
export const YELLOW = 'FFFFF2CC';
/** Cells the office fills or copied in (参考). */
export const GREY = 'FFD9D9D9';
export const HEAD = 'FFDDEBF7';

export function fill(ws: Worksheet, row: number, col: number, argb: string): void {
  ws.getCell(row, col).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

export function fillRange(ws: Worksheet, r1: number, c1: number, r2: number, c2: number, argb: string): void {
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) fill(ws, r, c, argb);
}

export function box(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++)
    for (let c = c1; c <= c2; c++)
      ws.getCell(r, c).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
}

export function wrap(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).alignment = { wrapText: true, vertical: 'middle' };
}

export function widths(ws: Worksheet, w: number[]): void {
  w.forEach((x, i) => (ws.getColumn(i + 1).width = x));
}

export function red(ws: Worksheet, row: number, col: number): void {
  ws.getCell(row, col).font = { color: { argb: 'FFFF0000' } };
}

export function numFmt(ws: Worksheet, r1: number, c1: number, r2: number, c2: number, fmt: string): void {
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).numFmt = fmt;
}

/** A dropdown on a cell from a list sheet's range. */
export function dropdown(ws: Worksheet, row: number, col: number, range: string): void {
  ws.getCell(row, col).dataValidation = { type: 'list', allowBlank: true, formulae: [range] };
}

/** The リスト / 選択肢 sheet the dropdowns read: grades and 方向 words (never indicators). */
export function listSheet(wb: Workbook, name: string, columns: [string, string[]][], hidden = false): Worksheet {
  const ws = wb.addWorksheet(name);
  columns.forEach(([head, items], i) => {
    ws.getCell(1, i + 1).value = head;
    items.forEach((v, j) => (ws.getCell(j + 2, i + 1).value = v));
  });
  if (hidden) ws.state = 'hidden';
  return ws;
}

/** Text lines from (row, col) down, one a row (記入要領, 照会文). */
export function lines(ws: Worksheet, row: number, col: number, text: string[]): void {
  text.forEach((t, i) => {
    if (t) ws.getCell(row + i, col).value = t;
  });
}

// ---------------------------------------------------------------------------------------------------------------------------
// F1: 施策評価シート 照会 (family A)

interface Block {
  name: string;
  desc: string;
  unit: string;
  dir: '増加' | '減少';
  /** R2 (現状値) … R7 actuals; a string is written as is. */
  actual: (number | string | null)[];
  /** R2 … R7 期待値 (R7 is the 目標値). */
  expect: (number | null)[];
}

const NUMBERS = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧'];

function policySheet(
  ws: Worksheet,
  head: { title: string; who: [string, string, string, string]; hoshin: string; shisaku: string; bu: string; grade: string; last: string },
  blocks: Block[],
): void {
  widths(ws, [14, 10, 11, 11, 11, 11, 11, 11, 11, 22]);
  put(ws, 1, 1, [head.title]);
  ws.mergeCells(1, 1, 1, 10);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  put(ws, 2, 1, ['回答課', head.who[0], undefined, '担当者', head.who[1], undefined, '内線', head.who[2], '回答日', head.who[3]]);
  ws.mergeCells(2, 2, 2, 3);
  ws.mergeCells(2, 5, 2, 6);
  box(ws, 2, 1, 2, 10);
  fillRange(ws, 2, 2, 2, 2, YELLOW);
  fill(ws, 2, 5, YELLOW);
  fill(ws, 2, 8, YELLOW);
  fill(ws, 2, 10, YELLOW);
  put(ws, 3, 1, ['※提出期限：令和6年5月24日（金）正午（期限厳守）　黄色のセルに記入してください。']);
  ws.mergeCells(3, 1, 3, 10);
  red(ws, 3, 1);
  put(ws, 5, 1, ['基本方針', head.hoshin]);
  ws.mergeCells(5, 2, 5, 10);
  put(ws, 6, 1, ['基本施策', head.shisaku, undefined, undefined, undefined, undefined, '担当部等', head.bu]);
  ws.mergeCells(6, 2, 6, 6);
  ws.mergeCells(6, 8, 6, 10);
  put(ws, 7, 1, ['達成状況評価', head.grade, head.last, '← A〜Dを選択してください（括弧書きは前年度評価）']);
  ws.mergeCells(7, 4, 7, 10);
  fill(ws, 7, 2, YELLOW);
  dropdown(ws, 7, 2, "'リスト'!$A$2:$A$5");
  box(ws, 5, 1, 7, 3);
  blocks.forEach((b, k) => {
    const r = 9 + 6 * k;
    put(ws, r, 1, [`指標${NUMBERS[k]}`, b.name, undefined, undefined, undefined, undefined, undefined, '目指す方向', b.dir]);
    ws.mergeCells(r, 2, r, 7);
    fill(ws, r, 9, YELLOW);
    dropdown(ws, r, 9, "'リスト'!$B$2:$B$3");
    put(ws, r + 1, 1, ['指標の説明', b.desc]);
    ws.mergeCells(r + 1, 2, r + 1, 9);
    put(ws, r + 2, 1, ['単位', b.unit, 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
    put(ws, r + 3, 1, ['実績値', undefined, ...b.actual, '← R5実績を記入してください']);
    ws.mergeCells(r + 3, 1, r + 3, 2);
    put(ws, r + 4, 1, ['期待値\n※R7は目標値', undefined, ...b.expect]);
    ws.mergeCells(r + 4, 1, r + 4, 2);
    fill(ws, r + 3, 6, YELLOW);
    red(ws, r + 3, 9);
    box(ws, r, 1, r + 4, 9);
    wrap(ws, r, 1, r + 4, 9);
    numFmt(ws, r + 3, 3, r + 4, 8, b.unit === '万人' ? '#,##0.0' : '#,##0');
  });
}

const KANKO: Block[] = [
  {
    name: '観光入込客数',
    desc: '県観光統計調査による市内主要観光地点の入込客数（延べ）',
    unit: '万人',
    dir: '増加',
    actual: [182.4, 160.1, 201.7, 236.5, null, null],
    expect: [null, 190, 200, 210, 220, 230],
  },
  {
    name: '宿泊者数',
    desc: '市内宿泊施設（旅館・ホテル等）の延べ宿泊者数',
    unit: '人',
    dir: '増加',
    actual: [298510, 255032, 289774, 318420, null, null],
    expect: [null, 300000, 320000, 340000, 350000, 360000],
  },
  {
    name: '観光案内所利用者数',
    desc: '駅前観光案内所及び道の駅観光案内コーナーの利用者数',
    unit: '人',
    dir: '増加',
    actual: [21340, 17905, 20118, '集計中', null, null],
    expect: [null, 22000, 23000, 24000, 25000, 26000],
  },
  {
    name: '外国人観光客宿泊者数',
    desc: '市内宿泊施設における外国人の延べ宿泊者数',
    unit: '人',
    dir: '増加',
    actual: [3120, 410, 2265, 8912, null, null],
    expect: [null, 6000, 10000, 15000, 18000, 20000],
  },
  {
    name: '観光ボランティアガイド案内件数',
    desc: '観光ボランティアガイドの会による案内件数',
    unit: '件',
    dir: '増加',
    actual: [455, 302, 388, 412, null, null],
    expect: [null, 480, 500, 520, 540, 560],
  },
  {
    name: '観光施設における事故・苦情件数',
    desc: '市営観光施設で発生した事故及び利用者からの苦情の件数（少ないほど良い）',
    unit: '件',
    dir: '減少',
    actual: [18, 11, 16, 14, null, null],
    expect: [null, 17, 15, 12, 11, 10],
  },
];

const SAMPLE_BLOCKS: Block[] = [
  {
    name: '○○教室参加者数',
    desc: '○○課が実施する○○教室の延べ参加者数',
    unit: '人',
    dir: '増加',
    actual: [100, 95, 110, 128, null, null],
    expect: [null, 110, 120, 130, 140, 150],
  },
  {
    name: '○○相談件数',
    desc: '○○相談窓口で受け付けた相談の件数',
    unit: '件',
    dir: '増加',
    actual: [52, 48, 60, 57, null, null],
    expect: [null, 55, 60, 65, 70, 75],
  },
];

function kankoIndicators(): ExpectedIndicator[] {
  return KANKO.map((b) => {
    const a = b.actual[3];
    const dir = b.dir === '減少' ? 'down' : 'up';
    if (typeof a === 'number') return ind('施策4-2', b.name, b.unit, b.expect[3], a, { direction: dir });
    return ind('施策4-2', b.name, b.unit, b.expect[3], null, { direction: dir, actualStatus: 'pending' });
  });
}

const F1_INDICATORS = kankoIndicators();

const shisakuShokai: Holdout2Workbook = {
  name: 'h94-shisaku-shokai',
  layout:
    'A: 施策評価シート returned by 観光課: 記入要領, a 記入例 sheet of ○○ blocks, the real 施策4-2 (回答者 block and 締切 above, six stacked blocks R2（現状値）〜R7, 実績値/期待値, 目指す方向 dropdown, 「← R5実績を記入してください」 beside each, one 集計中), a リスト sheet',
  build(wb: Workbook) {
    const guide = wb.addWorksheet('記入要領');
    guide.getColumn(1).width = 110;
    lines(guide, 1, 1, [
      '令和6年度 施策評価（令和5年度実績）に係る照会について',
      '',
      '１　提出期限　令和6年5月24日（金）正午',
      '２　提出先　　企画課 政策推進係（内線2104）　※メール添付で提出してください',
      '３　記入方法',
      '（１）黄色のセルに記入してください。白色のセルは企画課で記入済みです。',
      '（２）実績値は令和5年度末（令和6年3月31日）時点の数値を記入してください。',
      '（３）統計の公表前で実績値が判明しない場合は「集計中」と記入し、判明次第差し替えてください。',
      '（４）達成状況評価は、各指標の達成状況を踏まえ次の区分により選択してください。',
      '　　　A 順調（期待値に対する達成率100％以上）　B 概ね順調（80％以上100％未満）',
      '　　　C やや遅れている（60％以上80％未満）　D 遅れている（60％未満）',
      '（５）「記入例」シートを参考にしてください。シート名は変更しないでください。',
    ]);
    const ex = wb.addWorksheet('記入例');
    policySheet(
      ex,
      {
        title: '【記入例】令和6年度 施策評価シート（評価対象期間：令和5年度）',
        who: ['○○課', '○○ ○○', '0000', '5月○日'],
        hoshin: '○　○○○○のまち',
        shisaku: '○-○　○○○○の推進',
        bu: '○○部 ○○課',
        grade: 'B',
        last: '（C）',
      },
      SAMPLE_BLOCKS,
    );
    ex.getCell(1, 1).font = { bold: true, size: 14, color: { argb: 'FFFF0000' } };
    const ws = wb.addWorksheet('施策4-2');
    policySheet(
      ws,
      {
        title: '令和6年度 施策評価シート（評価対象期間：令和5年度）',
        who: ['観光課', '佐々木 美穂', '2315', '5月22日'],
        hoshin: '4　活力ある産業のまち',
        shisaku: '4-2　観光の振興',
        bu: '商工観光部 観光課',
        grade: 'B',
        last: '（C）',
      },
      KANKO,
    );
    put(ws, 46, 1, ['備考', '観光案内所利用者数は道の駅分の集計が6月中旬となるため「集計中」とし、判明次第差し替えます。']);
    ws.mergeCells(46, 2, 46, 10);
    listSheet(wb, 'リスト', [
      ['達成状況', ['A', 'B', 'C', 'D']],
      ['目指す方向', ['増加', '減少']],
    ]);
  },
  expected: {
    file: 'h94-shisaku-shokai.xlsx',
    fiscalYear: 2023,
    indicators: F1_INDICATORS,
    groups: [{ sheet: '施策4-2', cell: 'B7', grade: rollUp(F1_INDICATORS.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// F2: 事務事業実績 照会様式 (family B)

type JigyoRow = [no: number, name: string, target: string, actual: string, self: string, office: string, course: string, note: string];

const JIGYO: JigyoRow[] = [
  [1, '放課後児童クラブ運営事業', '受入児童数　420人', '受入児童数　436人', 'A', '', '継続', ''],
  [2, '病児保育事業', '利用者数　延べ1,200人', '延べ　985人', 'A', 'B', '継続', '感染症流行期の受入制限あり'],
  [3, 'ファミリー・サポート・センター事業', '会員数　300人', '会員数　241人', 'B', '', '見直し', '提供会員の確保が課題'],
  [4, '地域子育て支援センター事業', '利用者数　延べ15,000人', '延べ13,020人', 'B', '', '継続', ''],
  [5, '乳幼児健康相談事業', '相談者数　延べ600人', '延べ　544人', 'B', '', '継続', '削除（健康づくり課の回答に計上済のため）'],
  [6, '子育て応援アプリ運用事業', '登録者数　2,000人', '1,115人', 'C', 'D', '見直し', ''],
  [7, '産後ケア事業', '利用者数　60人', '未実施（委託先との調整が整わず）', 'D', '', '拡充', 'R6年度から実施'],
  [8, '家庭児童相談事業', '相談対応件数　500件', '618件', 'A', 'A', '継続', ''],
  [9, '子ども食堂支援事業', '実施団体数　8団体\n開催回数　96回', '実施団体数　7団体\n開催回数　102回', 'A', 'B', '拡充', ''],
  [10, '児童虐待防止啓発事業', '講演会参加者数　150人', '集計中', '', '', '継続', '2月開催分のアンケート集計中'],
];

const S2 = '事業実績（回答）';

const F2_INDICATORS: ExpectedIndicator[] = [
  ind(S2, '放課後児童クラブ運営事業', '人', 420, 436, { existing: 'A' }),
  ind(S2, '病児保育事業', '人', 1200, 985, { existing: 'B' }),
  ind(S2, 'ファミリー・サポート・センター事業', '人', 300, 241, { existing: 'B' }),
  ind(S2, '地域子育て支援センター事業', '人', 15000, 13020, { existing: 'B' }),
  ind(S2, '子育て応援アプリ運用事業', '人', 2000, 1115, { existing: 'D' }),
  ind(S2, '産後ケア事業', '人', 60, null, { existing: 'D', actualStatus: 'not-implemented' }),
  ind(S2, '家庭児童相談事業', '件', 500, 618, { existing: 'A' }),
  {
    sheet: S2,
    name: '子ども食堂支援事業',
    measures: [
      { label: '実施団体数', target: 8, actual: 7, unit: '団体' },
      { label: '開催回数', target: 96, actual: 102, unit: '回' },
    ],
    direction: 'up',
    existing: 'B',
    grade: gradeOf(8, 7),
  },
  ind(S2, '児童虐待防止啓発事業', '人', 150, null, { actualStatus: 'pending' }),
];

const jigyoShokai: Holdout2Workbook = {
  name: 'h94-jigyo-shokai',
  layout:
    'B: 事務事業実績調書 照会様式 returned by 子育て支援課: 回答者 block (所属・担当者・内線・回答日) above, 令和5年度 数値目標｜実績値 as text (one cell of two measures, 未実施, 集計中), 評価 所管課｜企画課（二次評価） where the office column overrides, a struck row marked 削除, 記入要領 and a hidden リスト',
  build(wb: Workbook) {
    const guide = wb.addWorksheet('記入要領');
    guide.getColumn(1).width = 100;
    lines(guide, 1, 1, [
      '事務事業実績調書（令和5年度実績）記入要領',
      '',
      '・数値目標、実績値は「指標名＋数値＋単位」で記入してください（例：参加者数　200人）。',
      '・複数の指標がある場合はセル内で改行して記入してください。',
      '・評価（所管課）はリストから選択してください。企画課欄は記入しないでください。',
      '・事業を統合・廃止した等により回答不要となった行は、削除せず取消線を引き、備考に「削除」と理由を記入してください。',
      '・提出期限：令和6年6月7日（金）',
    ]);
    const ws = wb.addWorksheet(S2);
    widths(ws, [6, 30, 24, 24, 9, 12, 12, 30]);
    put(ws, 1, 1, ['令和5年度 事務事業実績調書（照会様式）']);
    ws.mergeCells(1, 1, 1, 8);
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    put(ws, 2, 1, ['※令和6年6月7日（金）までに企画課行政経営係（内線2104）へメールで提出してください。']);
    ws.mergeCells(2, 1, 2, 8);
    red(ws, 2, 1);
    put(ws, 4, 1, ['所属', 'こども家庭部 子育て支援課', '担当者', '高橋 健太', '内線', '3412', '回答日', '令和6年6月5日']);
    box(ws, 4, 1, 4, 8);
    for (const c of [2, 4, 6, 8]) fill(ws, 4, c, YELLOW);
    put(ws, 6, 1, ['No.', '事業名', '令和5年度', undefined, '評価', undefined, '今後の方向性', '備考']);
    put(ws, 7, 3, ['数値目標', '実績値', '所管課', '企画課\n（二次評価）']);
    ws.mergeCells(6, 1, 7, 1);
    ws.mergeCells(6, 2, 7, 2);
    ws.mergeCells(6, 3, 6, 4);
    ws.mergeCells(6, 5, 6, 6);
    ws.mergeCells(6, 7, 7, 7);
    ws.mergeCells(6, 8, 7, 8);
    fillRange(ws, 6, 1, 7, 8, HEAD);
    JIGYO.forEach((row, i) => {
      const r = 8 + i;
      put(
        ws,
        r,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      );
      fill(ws, r, 4, YELLOW);
      fill(ws, r, 5, YELLOW);
      fill(ws, r, 6, GREY);
      dropdown(ws, r, 5, "'リスト'!$A$2:$A$5");
      dropdown(ws, r, 7, "'リスト'!$B$2:$B$6");
      if (row[7].startsWith('削除')) for (let c = 1; c <= 8; c++) ws.getCell(r, c).font = { strike: true, color: { argb: 'FF808080' } };
    });
    const last = 8 + JIGYO.length - 1;
    box(ws, 6, 1, last, 8);
    wrap(ws, 6, 1, last, 8);
    lines(ws, last + 2, 1, [
      '※評価　A：目標達成（達成率100％以上）　B：概ね達成（80％以上100％未満）　C：やや遅れ（60％以上80％未満）　D：遅れ（60％未満）・未実施',
      '※企画課（二次評価）欄に記入のある事業は、二次評価を最終評価とします。',
      '※複数の指標がある事業は、達成率の最も低い指標により評価します。',
    ]);
    listSheet(
      wb,
      'リスト',
      [
        ['評価', ['A', 'B', 'C', 'D']],
        ['今後の方向性', ['拡充', '継続', '見直し', '縮小', '廃止']],
      ],
      true,
    );
  },
  expected: { file: 'h94-jigyo-shokai.xlsx', fiscalYear: 2023, indicators: F2_INDICATORS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// F3: 総合戦略 KPI 取りまとめ, one sheet per 課 (family C)

interface Kpi {
  goal: string;
  name: string;
  unit: string;
  /** 令和3年3月末（基準値）〜令和7年3月末 targets (基準値 column empty). */
  targets: (number | null)[];
  actuals: (number | string | null)[];
  note?: string;
  down?: boolean;
}

const PLACEHOLDER_BLANK: Kpi = { goal: '', name: '（指標名を入力）', unit: '', targets: [], actuals: [] };
const PLACEHOLDER_ZERO: Kpi = { goal: '', name: '（指標名を入力）', unit: '', targets: [null, 0, 0, 0, 0], actuals: [0, 0, 0, 0, null] };

const KPI_SHEETS: { sheet: string; who: [string, string]; kpis: Kpi[] }[] = [
  {
    sheet: '商工観光課',
    who: ['菊池 亮', '2310'],
    kpis: [
      { goal: '基本目標1\nしごとをつくる', name: '新規創業者数', unit: '件', targets: [null, 8, 10, 12, 14], actuals: [6, 9, 11, 15, null] },
      { goal: '基本目標1\nしごとをつくる', name: '観光消費額', unit: '億円', targets: [null, 40, 44, 48, 52], actuals: [37.2, 30.5, 38.9, 41.3, null] },
      { goal: '基本目標1\nしごとをつくる', name: '企業立地件数（累計）', unit: '件', targets: [null, 4, 7, 10, 12], actuals: [2, 4, 5, 7, null] },
      PLACEHOLDER_BLANK,
      PLACEHOLDER_BLANK,
    ],
  },
  {
    sheet: '農林課',
    who: ['及川 直人', '2412'],
    kpis: [
      { goal: '基本目標1\nしごとをつくる', name: '新規就農者数', unit: '人', targets: [null, 8, 8, 8, 8], actuals: [7, 6, 9, 5, null] },
      { goal: '基本目標1\nしごとをつくる', name: '農地集積率', unit: '%', targets: [null, 56, 59, 62, 65], actuals: [53.1, 55.0, 57.2, 58.4, null] },
      {
        goal: '基本目標4\n安心なくらしを守る',
        name: '有害鳥獣による農作物被害額',
        unit: '千円',
        targets: [null, 11000, 10000, 9500, 9000],
        actuals: [12450, 10870, 9980, 11240, null],
        note: '減少を目指す指標',
        down: true,
      },
      PLACEHOLDER_BLANK,
    ],
  },
  {
    sheet: '移住定住推進室',
    who: ['千葉 かおり', '2120'],
    kpis: [
      { goal: '基本目標2\nひとの流れをつくる', name: '移住相談件数', unit: '件', targets: [null, 200, 220, 250, 280], actuals: [164, 210, 245, 312, null] },
      {
        goal: '基本目標2\nひとの流れをつくる',
        name: '移住者数',
        unit: '人',
        targets: [null, 100, 110, 120, 130],
        actuals: [88, 97, 104, '集計中', null],
        note: '県の移住者調査の確定値待ち（7月）',
      },
      { goal: '基本目標2\nひとの流れをつくる', name: '空き家バンク成約件数', unit: '件', targets: [null, 15, 18, 20, 22], actuals: [11, 14, 21, 20, null] },
      PLACEHOLDER_ZERO,
    ],
  },
];

const PERIODS = ['令和3年3月末\n（基準値）', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末\n（目標）'];

function kpiSheet(ws: Worksheet, who: [string, string] | null, kpis: Kpi[]): void {
  widths(ws, [16, 30, 8, 9, 13, 13, 13, 13, 13, 26]);
  put(ws, 1, 1, ['第2期まち・ひと・しごと創生総合戦略　KPI進捗状況調査（回答）']);
  ws.mergeCells(1, 1, 1, 10);
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  put(ws, 2, 1, ['（令和6年3月末現在の実績を黄色のセルに記入してください）']);
  put(ws, 3, 1, ['課名', ws.name === '様式' ? undefined : ws.name, '担当者', who?.[0], '内線', who?.[1]]);
  box(ws, 3, 1, 3, 6);
  put(ws, 5, 1, ['基本目標', 'KPI', '単位', '区分', ...PERIODS, '備考']);
  fillRange(ws, 5, 1, 5, 10, HEAD);
  kpis.forEach((k, i) => {
    const r = 6 + 2 * i;
    const pad = <T>(xs: (T | null)[]) => [0, 1, 2, 3, 4].map((j) => xs[j] ?? undefined);
    put(ws, r, 1, [k.goal || undefined, k.name, k.unit || undefined, '目標値', ...pad(k.targets), k.note]);
    put(ws, r + 1, 4, ['実績値', ...pad(k.actuals)]);
    ws.getCell(r, 5).value = k.targets.length ? '－' : null;
    for (const c of [1, 2, 3, 10]) ws.mergeCells(r, c, r + 1, c);
    fill(ws, r + 1, 8, YELLOW);
    numFmt(ws, r, 5, r + 1, 9, k.unit === '億円' || k.unit === '%' ? '#,##0.0' : '#,##0');
  });
  const last = 5 + 2 * kpis.length;
  box(ws, 5, 1, last, 10);
  wrap(ws, 5, 1, last, 10);
}

const F3_INDICATORS: ExpectedIndicator[] = KPI_SHEETS.flatMap(({ sheet, kpis }) =>
  kpis
    .filter((k) => k.name !== '（指標名を入力）')
    .map((k) => {
      const a = k.actuals[3];
      const more = { direction: k.down ? ('down' as const) : ('up' as const) };
      return typeof a === 'number'
        ? ind(sheet, k.name, k.unit, k.targets[3], a, more)
        : ind(sheet, k.name, k.unit, k.targets[3], null, { ...more, actualStatus: 'pending' });
    }),
);

const kpiTorimatome: Holdout2Workbook = {
  name: 'h94-kpi-torimatome',
  layout:
    'C: the office’s 総合戦略 KPI 取りまとめ: a 提出状況 sheet, three 課 replies pasted one per sheet named by 課 (目標値/実績値 rows × 令和3年3月末（基準値）〜令和7年3月末（目標）, 回答者 row), template rows 「（指標名を入力）」 left blank or filled with 0, one 集計中, a 減少 note, a blank 様式 sheet last',
  build(wb: Workbook) {
    const st = wb.addWorksheet('提出状況');
    widths(st, [6, 18, 12, 14, 8, 10, 40]);
    put(st, 1, 1, ['総合戦略KPI進捗状況調査　取りまとめ（令和6年3月末現在）']);
    st.getCell(1, 1).font = { bold: true, size: 13 };
    put(st, 2, 1, ['照会日：令和6年5月13日　回答期限：令和6年5月31日（金）']);
    put(st, 4, 1, ['No.', '課名', '提出日', '担当者', '内線', 'KPI数', '備考']);
    put(st, 5, 1, [1, '商工観光課', '5月27日', '菊池 亮', '2310', 3]);
    put(st, 6, 1, [2, '農林課', '5月29日', '及川 直人', '2412', 3, '被害額の実績を5/31に差替受領（反映済）']);
    put(st, 7, 1, [3, '移住定住推進室', '5月30日', '千葉 かおり', '2120', 3, '移住者数は7月に確定値を再照会']);
    put(st, 8, 2, ['計', undefined, undefined, undefined, 9]);
    box(st, 4, 1, 8, 7);
    fillRange(st, 4, 1, 4, 7, HEAD);
    for (const s of KPI_SHEETS) kpiSheet(wb.addWorksheet(s.sheet), s.who, s.kpis);
    kpiSheet(wb.addWorksheet('様式'), null, [PLACEHOLDER_BLANK, PLACEHOLDER_BLANK, PLACEHOLDER_BLANK, PLACEHOLDER_BLANK, PLACEHOLDER_BLANK]);
  },
  expected: { file: 'h94-kpi-torimatome.xlsx', fiscalYear: 2023, indicators: F3_INDICATORS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// F4: 総合計画 成果指標 実績調査票 with 前年度（参考） (family D)

type PlanRow = [name: string, desc: string, unit: string, dir: '↑' | '↓', base: string, target: number, actual: string, method: string];

const PLAN: PlanRow[] = [
  [
    'ごみの1人1日当たり排出量',
    '家庭系・事業系ごみ総排出量を人口と日数で除した量',
    'g',
    '↓',
    '912\n（令和3年度）',
    850,
    '889\n（令和5年度）',
    '一般廃棄物処理実績',
  ],
  ['リサイクル率', 'ごみ総排出量に占める資源化量の割合', '%', '↑', '18.2\n（令和3年度）', 25.0, '19.6\n（令和5年度）', '一般廃棄物処理実績'],
  [
    '市域の温室効果ガス排出量',
    '市域から排出される温室効果ガスの量（CO2換算）',
    '千t-CO2',
    '↓',
    '642\n（平成25年度）',
    385,
    '集計中\n（令和7年3月公表予定）',
    '環境省「自治体排出量カルテ」',
  ],
  ['公害苦情件数', '大気汚染・水質汚濁・騒音等の公害に関する苦情の受付件数', '件', '↓', '48\n（令和3年度）', 40, '37\n（令和5年度）', '環境課調べ'],
  ['環境学習講座参加者数', '出前講座・自然観察会等の延べ参加者数', '人', '↑', '1,150\n（令和3年度）', 1500, '1,322\n（令和5年度）', '環境課調べ'],
  [
    '住宅用太陽光発電設備設置補助件数（累計）',
    '平成24年度からの補助交付件数の累計',
    '件',
    '↑',
    '310\n（令和3年度末）',
    600,
    '402\n（令和5年度末）',
    '補助金交付実績',
  ],
  [
    '河川の水質環境基準達成率',
    '市内の河川測定地点のうちBOD環境基準を達成した地点の割合',
    '%',
    '↑',
    '83.3\n（令和3年度）',
    100,
    '100\n（令和5年度）',
    '公共用水域水質測定結果',
  ],
];

const PLAN_LAST_YEAR: string[] = [
  '903\n（令和4年度）',
  '18.9\n（令和4年度）',
  '610\n（令和2年度）',
  '44\n（令和4年度）',
  '1,208\n（令和4年度）',
  '356\n（令和4年度末）',
  '91.7\n（令和4年度）',
];

function planSheet(ws: Worksheet, title: string, rows: PlanRow[], actualHead: string, who: [string, string, string]): void {
  widths(ws, [5, 30, 34, 9, 6, 14, 12, 16, 22, 24]);
  put(ws, 1, 1, [title]);
  ws.mergeCells(1, 1, 1, 10);
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  put(ws, 2, 1, ['課名', undefined, who[0], '担当', who[1], '内線', who[2]]);
  ws.mergeCells(2, 1, 2, 2);
  box(ws, 2, 1, 2, 7);
  put(ws, 3, 1, ['※実績値欄には数値と把握時点（年度・年）を記入。未把握の場合は「集計中」と記入。締切：令和6年6月14日（金）']);
  red(ws, 3, 1);
  put(ws, 5, 1, ['No.', '成果指標', '指標の説明', '単位', '方向', '現況値\n（計画策定時）', '目標値\n（令和9年度）', actualHead, '現状把握の方法', '備考']);
  fillRange(ws, 5, 1, 5, 10, HEAD);
  rows.forEach((p, i) => {
    const r = 6 + i;
    put(ws, r, 1, [i + 1, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]]);
    fill(ws, r, 8, YELLOW);
    dropdown(ws, r, 5, "'選択肢'!$A$2:$A$3");
    numFmt(ws, r, 7, r, 7, p[2] === '%' ? '0.0' : '#,##0');
  });
  const last = 5 + rows.length;
  box(ws, 5, 1, last, 10);
  wrap(ws, 5, 1, last, 10);
  put(ws, last + 2, 1, ['方向：↑ 数値が大きいほど良い　↓ 数値が小さいほど良い']);
}

const S4 = '回答';

const F4_INDICATORS: ExpectedIndicator[] = PLAN.map((p) => {
  const m = /^([\d,.]+)\n/.exec(p[6]);
  const dir = p[3] === '↓' ? ('down' as const) : ('up' as const);
  const out = m
    ? ind(S4, p[0], p[2], p[5], Number(m[1].replace(/,/g, '')), { direction: dir })
    : ind(S4, p[0], p[2], p[5], null, { direction: dir, actualStatus: 'pending' });
  out.targetSource = 'final';
  return out;
});

const keikakuShihyo: Holdout2Workbook = {
  name: 'h94-keikaku-shihyo',
  layout:
    'D: 第6次総合計画 成果指標 実績調査票 returned by 環境課: 照会文 sheet, 回答 (現況値「912⏎（令和3年度）」, 目標値（令和9年度）, 実績値「889⏎（令和5年度）」, 方向 ↑↓ with legend, one 集計中), a grey 前年度（参考） copy of last year’s reply with R4 figures, a hidden 選択肢',
  build(wb: Workbook) {
    const letter = wb.addWorksheet('照会文');
    letter.getColumn(1).width = 100;
    lines(letter, 1, 1, [
      '企政第　　号',
      '令和6年5月20日',
      '各課長　様',
      '企画課長',
      '',
      '第6次総合計画 成果指標の実績について（照会）',
      '',
      '　標記について、令和5年度の実績を「回答」シートに記入の上、令和6年6月14日（金）までに回答願います。',
      '',
      '記入上の注意',
      '１　前年度の回答内容を「前年度（参考）」シートに掲載していますので、参考にしてください（修正は不要です）。',
      '２　実績値は数値と把握時点を記入してください。統計の公表待ち等で把握できない場合は「集計中」としてください。',
      '３　方向欄は選択肢から選択してください。',
      '',
      '担当：企画課 政策推進係　内線2103',
    ]);
    planSheet(wb.addWorksheet(S4), '第6次総合計画 成果指標 実績調査票（令和5年度実績）', PLAN, '実績値\n（令和5年度）', ['環境課', '小野寺 聡', '2630']);
    const prev = wb.addWorksheet('前年度（参考）');
    planSheet(
      prev,
      '第6次総合計画 成果指標 実績調査票（令和4年度実績）【前年度回答・参考】',
      PLAN.map((p, i) => [p[0], p[1], p[2], p[3], p[4], p[5], PLAN_LAST_YEAR[i], p[7]]),
      '実績値\n（令和4年度）',
      ['環境課', '小野寺 聡', '2630'],
    );
    fillRange(prev, 6, 1, 5 + PLAN.length, 10, GREY);
    listSheet(wb, '選択肢', [['方向', ['↑', '↓']]], true);
  },
  expected: { file: 'h94-keikaku-shihyo.xlsx', fiscalYear: 2023, indicators: F4_INDICATORS, groups: [] },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [shisakuShokai, jigyoShokai, kpiTorimatome, keikakuShihyo];
