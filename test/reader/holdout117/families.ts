/**
 * Hold-out set 117, the four families, as a 教育委員会 writes them for its 点検・評価 (地教行法第26条): a 施策評価シート with
 * indicator blocks whose years run down the block, a 主な取組 事業実績 table with text figures and its own 自己評価 scale, a
 * 総合戦略 KPI table of 目標値／実績値 rows per 年度, and a 教育振興基本計画 成果指標 table with the year in each cell.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------
// Small sheet helpers shared by the set's files.

const THIN = { style: 'thin' as const };

/** A new sheet with column widths. */
export function sheet(wb: Workbook, name: string, widths: number[]): Worksheet {
  const ws = wb.addWorksheet(name);
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

/** Merges a range (1-based) and writes its value, wrapped. */
export function merge(ws: Worksheet, r1: number, c1: number, r2: number, c2: number, value?: string | number | null): void {
  if (r1 !== r2 || c1 !== c2) ws.mergeCells(r1, c1, r2, c2);
  const cell = ws.getCell(r1, c1);
  if (value !== undefined && value !== null) cell.value = value;
  cell.alignment = { wrapText: true, vertical: 'middle' };
}

/** Thin borders round every cell of a range. */
export function box(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

/** A heading band: grey fill, bold, centred. */
export function band(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++)
    for (let c = c1; c <= c2; c++) {
      const cell = ws.getCell(r, c);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    }
}

/** A title line in bold, merged over a span. */
export function title(ws: Worksheet, row: number, col: number, span: number, text: string, size = 14): void {
  merge(ws, row, col, row, col + span - 1, text);
  ws.getCell(row, col).font = { bold: true, size };
}

/** Wraps every cell of a row range (multi-line cells). */
export function wrap(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++)
    for (let c = c1; c <= c2; c++) {
      const cell = ws.getCell(r, c);
      cell.alignment = { ...(cell.alignment ?? {}), wrapText: true, vertical: 'middle' };
    }
}

/** Number format on a range. */
export function fmt(ws: Worksheet, r1: number, c1: number, r2: number, c2: number, numFmt: string): void {
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).numFmt = numFmt;
}

// ---------------------------------------------------------------------------------------------------------------------
// 1. Family A: 施策評価シート, one sheet per 施策, indicator blocks tiled two across with the years running down each block.

type Cell = string | number | null;
interface Block {
  name: string;
  description: string;
  unit: string;
  arrow: '↑' | '↓';
  /** R元, R2 … R7: 期待値 (R7 is the 目標値) and 実績値, and a 備考 per year. */
  expected: Cell[];
  actual: Cell[];
  notes?: (string | null)[];
}

const BLOCK_YEARS = ['R元（基準値）', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7（目標値）'];

function policySheet(wb: Workbook, name: string, head: { houshin: string; shisaku: string; ka: string; last: string }, blocks: Block[]): { cell: string } {
  const ws = sheet(wb, name, [14, 11, 11, 9, 9, 9, 3, 14, 11, 11, 9, 9, 9]);
  title(ws, 1, 1, 13, '令和５年度　教育委員会の点検・評価　施策評価シート');
  put(ws, 3, 1, ['基本方針']);
  merge(ws, 3, 2, 3, 6, head.houshin);
  put(ws, 3, 8, ['担当課']);
  merge(ws, 3, 9, 3, 13, head.ka);
  put(ws, 4, 1, ['施策']);
  merge(ws, 4, 2, 4, 6, head.shisaku);
  put(ws, 4, 8, ['評価対象年度']);
  merge(ws, 4, 9, 4, 13, '令和５年度（2023年度）');
  put(ws, 5, 1, ['施策の達成状況']);
  // B5: the 施策's rating, left for the department; last year's beside it.
  put(ws, 5, 3, [head.last, '←前年度']);
  merge(ws, 5, 8, 5, 13, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
  box(ws, 3, 1, 5, 6);
  box(ws, 3, 8, 4, 13);
  band(ws, 3, 1, 5, 1);
  band(ws, 3, 8, 4, 8);
  put(ws, 7, 1, ['■ 成果指標の状況']);
  ws.getCell(7, 1).font = { bold: true };
  const marks = ['①', '②', '③', '④', '⑤', '⑥'];
  blocks.forEach((b, i) => {
    const top = 8 + Math.floor(i / 2) * 13;
    const left = i % 2 === 0 ? 1 : 8;
    put(ws, top, left, [`指標${marks[i]}`]);
    merge(ws, top, left + 1, top, left + 5, b.name);
    put(ws, top + 1, left, ['指標の説明']);
    merge(ws, top + 1, left + 1, top + 1, left + 5, b.description);
    ws.getRow(top + 1).height = 30;
    put(ws, top + 2, left, ['単位', b.unit, '目指す方向', b.arrow]);
    put(ws, top + 3, left, ['年度', '期待値', '実績値', '備考']);
    merge(ws, top + 3, left + 3, top + 3, left + 5, '備考');
    band(ws, top, left, top + 3, left);
    band(ws, top + 3, left, top + 3, left + 5);
    BLOCK_YEARS.forEach((y, k) => {
      put(ws, top + 4 + k, left, [y, b.expected[k], b.actual[k]]);
      merge(ws, top + 4 + k, left + 3, top + 4 + k, left + 5, b.notes?.[k] ?? null);
    });
    box(ws, top, left, top + 10, left + 5);
  });
  const bottom = 8 + Math.ceil(blocks.length / 2) * 13;
  put(ws, bottom, 1, ['※目指す方向　↑：数値が高いほど良い指標　↓：数値が低いほど良い指標']);
  put(ws, bottom + 1, 1, ['※期待値は計画最終年度（令和７年度）の目標値に向けた各年度の水準。']);
  put(ws, bottom + 3, 1, ['総合評価（施策の成果と課題）']);
  merge(ws, bottom + 4, 1, bottom + 7, 13, '');
  put(ws, bottom + 8, 1, ['今後の方向性']);
  merge(ws, bottom + 9, 1, bottom + 11, 13, '');
  box(ws, bottom + 4, 1, bottom + 11, 13);
  return { cell: 'B5' };
}

const NA = '－';
const blocks11: Block[] = [
  {
    name: '全国学力・学習状況調査における平均正答率の全国比（小学校）',
    description: '小学校第６学年の国語・算数の平均正答率を、全国平均を100として表した値',
    unit: '％',
    arrow: '↑',
    expected: [NA, NA, 99.0, 99.5, 100.0, 100.5, 101.0],
    actual: [98.2, '中止', 98.9, 99.3, 99.6, 100.2, null],
    notes: [null, '新型コロナウイルス感染症の影響により調査中止', null, null, null, '令和6年4月実施分（参考）', null],
  },
  {
    name: '全国学力・学習状況調査における平均正答率の全国比（中学校）',
    description: '中学校第３学年の国語・数学（英語実施年度は英語を含む）の平均正答率を、全国平均を100として表した値',
    unit: '％',
    arrow: '↑',
    expected: [NA, NA, 100.0, 100.5, 101.0, 101.5, 102.0],
    actual: [99.1, '中止', 100.4, 100.2, 101.3, 101.0, null],
    notes: [null, '調査中止', null, null, null, '令和6年4月実施分（参考）', null],
  },
  {
    name: '「授業の内容がよく分かる」と回答した児童生徒の割合',
    description: '市学習状況調査で「よく分かる」「だいたい分かる」と回答した小学５年生・中学２年生の割合',
    unit: '％',
    arrow: '↑',
    expected: [NA, NA, 81.0, 82.0, 83.0, 84.0, 85.0],
    actual: [79.4, NA, 80.2, 81.5, 82.1, null, null],
    notes: [null, '調査未実施', null, null, null, null, null],
  },
  {
    name: '英検３級相当以上の英語力を有する中学３年生の割合',
    description: '英語教育実施状況調査（文部科学省）による',
    unit: '％',
    arrow: '↑',
    expected: [NA, NA, 42.0, 44.0, 46.0, 48.0, 50.0],
    actual: [38.5, 40.1, 41.0, 45.3, 36.0, null, null],
  },
];
const blocks12: Block[] = [
  {
    name: '不登校児童生徒の出現率',
    description: '市立小・中学校の在籍児童生徒数に占める不登校児童生徒数の割合',
    unit: '％',
    arrow: '↓',
    expected: [NA, NA, 2.4, 2.3, 2.2, 2.1, 2.0],
    actual: [1.92, 2.05, 2.48, 2.96, 3.1, null, null],
    notes: [null, null, null, null, '速報値（市集計）', null, null],
  },
  {
    name: 'いじめの解消率',
    description: '認知したいじめのうち、年度末時点で解消しているものの割合',
    unit: '％',
    arrow: '↑',
    expected: [NA, NA, 100, 100, 100, 100, 100],
    actual: [92.1, 90.5, 88.0, 85.2, 78.0, null, null],
  },
  {
    name: '「自分には、よいところがあると思う」と回答した児童生徒の割合',
    description: '全国学力・学習状況調査の児童生徒質問紙による（小６・中３）',
    unit: '％',
    arrow: '↑',
    expected: [NA, NA, 78.0, 79.0, 80.0, 81.0, 82.0],
    actual: [76.2, '中止', 77.0, 79.5, 79.1, null, null],
  },
  {
    name: '不登校児童生徒のうち、学校内外の機関等で相談・指導等を受けた割合',
    description: '支援につながった不登校児童生徒の割合（高いほど良い）',
    unit: '％',
    arrow: '↑',
    expected: [NA, NA, 60.0, 63.0, 66.0, 68.0, 70.0],
    actual: [55.0, 56.3, 58.2, 57.0, 51.9, null, null],
  },
];
const blocks21: Block[] = [
  {
    name: '授業でICT機器を「ほぼ毎日」活用した学校の割合',
    description: '全国学力・学習状況調査の学校質問紙による（小・中学校）',
    unit: '％',
    arrow: '↑',
    expected: [NA, NA, 50.0, 65.0, 80.0, 90.0, 100.0],
    actual: [NA, NA, 42.3, 73.1, 88.5, null, null],
    notes: ['1人1台端末整備前', null, null, null, null, null, null],
  },
  {
    name: '長寿命化改修を完了した学校数（累計）',
    description: '学校施設長寿命化計画に基づく改修を完了した学校の数（令和元年度からの累計）',
    unit: '校',
    arrow: '↑',
    expected: [NA, NA, 2, 4, 6, 8, 10],
    actual: [0, 1, 2, 4, 6, null, null],
  },
  {
    name: '学校給食における地場産物の使用割合（金額ベース）',
    description: '学校給食に使用した食材費のうち市内産・県内産の食材が占める割合',
    unit: '％',
    arrow: '↑',
    expected: [NA, NA, NA, NA, NA, NA, 35.0],
    actual: [26.5, 27.0, 28.2, 29.6, 31.2, null, null],
    notes: [null, null, null, null, null, null, '各年度の期待値は設定していない'],
  },
];

const s11 = [
  ind('1-1', blocks11[0].name, '％', 100, 99.6),
  ind('1-1', blocks11[1].name, '％', 101, 101.3),
  ind('1-1', blocks11[2].name, '％', 83, 82.1),
  ind('1-1', blocks11[3].name, '％', 46, 36),
];
const s12 = [
  ind('1-2', blocks12[0].name, '％', 2.2, 3.1, { direction: 'down', actualStatus: 'provisional' }),
  ind('1-2', blocks12[1].name, '％', 100, 78),
  ind('1-2', blocks12[2].name, '％', 80, 79.1),
  ind('1-2', blocks12[3].name, '％', 66, 51.9),
];
const s21: ExpectedIndicator[] = [
  ind('2-1', blocks21[0].name, '％', 80, 88.5),
  ind('2-1', blocks21[1].name, '校', 6, 6),
  { ...ind('2-1', blocks21[2].name, '％', 35, 31.2), targetSource: 'final' },
];

const shisakuSheet: Holdout2Workbook = {
  name: 'h117-shisaku-sheet',
  layout:
    'A: 施策評価シート, three 施策 sheets, blocks two across with years down each block (R元（基準値）…R7（目標値）, 期待値｜実績値｜備考), 調査中止 in R2, R6 学力 actuals as 参考, one 速報値, one block with only the R7 目標値',
  build(wb) {
    policySheet(
      wb,
      '1-1',
      { houshin: '１　確かな学力と豊かな心を育む学校教育の推進', shisaku: '1-1　確かな学力の育成', ka: '学校教育課', last: '（B）' },
      blocks11,
    );
    policySheet(
      wb,
      '1-2',
      {
        houshin: '１　確かな学力と豊かな心を育む学校教育の推進',
        shisaku: '1-2　豊かな心の育成と生徒指導の充実',
        ka: '学校教育課・教育支援センター',
        last: '（B）',
      },
      blocks12,
    );
    policySheet(
      wb,
      '2-1',
      { houshin: '２　安全・安心で質の高い教育環境の整備', shisaku: '2-1　学びを支える教育環境の充実', ka: '教育総務課・学校給食センター', last: '（A）' },
      blocks21,
    );
  },
  expected: {
    file: 'h117-shisaku-sheet.xlsx',
    fiscalYear: 2023,
    indicators: [...s11, ...s12, ...s21],
    groups: [
      { sheet: '1-1', cell: 'B5', grade: rollUp(s11.map((i) => i.grade)) },
      { sheet: '1-2', cell: 'B5', grade: rollUp(s12.map((i) => i.grade)) },
      { sheet: '2-1', cell: 'B5', grade: rollUp(s21.map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 2. Family B: 主な取組の実績, 施策 merged down the rows, targets and actuals as text, a written 自己評価 on the sheet's own scale.

interface Project {
  shisaku?: string;
  span?: number;
  name: string;
  outline: string;
  last: string;
  target: string;
  actual: string;
  self: string;
  result: string;
  next: string;
}

const projects: Project[] = [
  {
    shisaku: '1-1\n確かな学力の育成',
    span: 3,
    name: '学力向上推進事業',
    outline: '学力向上推進校を指定し、授業改善の研究と成果の普及を図る。',
    last: '推進校 10校',
    target: '推進校指定 12校',
    actual: '12校',
    self: 'A',
    result: '全推進校で公開授業を実施し、授業改善の取組を市内全校に普及した。',
    next: '継続',
  },
  {
    name: '外国語指導助手（ALT）活用事業',
    outline: 'ALTを小・中学校に派遣し、英語によるコミュニケーション能力の向上を図る。',
    last: '4,110時間',
    target: 'ALT派遣時間 4,200時間',
    actual: '4,035時間',
    self: 'A',
    result: 'ALT1名の途中退任により派遣時間がやや減少した。',
    next: '継続',
  },
  {
    name: '放課後学習支援事業',
    outline: '地域人材を学習支援員として活用し、放課後の補充学習を行う。',
    last: '8校',
    target: '実施校数 10校',
    actual: '7校\n（3校は学習支援員を確保できず）',
    self: 'B',
    result: '参加児童の家庭学習時間が増加した。支援員の確保が課題。',
    next: '見直し',
  },
  {
    shisaku: '1-2\n生徒指導・教育相談の充実',
    span: 3,
    name: 'スクールソーシャルワーカー活用事業',
    outline: 'SSWを配置し、福祉関係機関と連携して児童生徒の課題解決を図る。',
    last: '241件',
    target: '支援件数 250件',
    actual: '312件',
    self: 'A',
    result: '不登校・家庭環境に関する相談が増加し、関係機関につないだ。',
    next: '拡充',
  },
  {
    name: '教育支援センター運営事業',
    outline: '不登校児童生徒の学校復帰・社会的自立に向けた支援を行う。',
    last: '32.1％',
    target: '学校復帰・進学率 40％',
    actual: '35.0％',
    self: 'B',
    result: '通室者数が増加し、個別の学習支援を強化した。',
    next: '継続',
  },
  {
    name: '校内教育支援センター設置事業',
    outline: '教室に入りづらい児童生徒の校内の居場所を整備する。',
    last: '2校',
    target: '設置校数 8校',
    actual: '5校',
    self: 'C',
    result: '空き教室の確保が難しい学校があり、設置が遅れた。',
    next: '継続',
  },
  {
    shisaku: '2-1\n教育環境の整備',
    span: 4,
    name: 'GIGAスクール推進事業',
    outline: 'ICT支援員を派遣し、1人1台端末の授業での活用を支援する。',
    last: '702回',
    target: 'ICT支援員派遣回数 年720回',
    actual: '756回',
    self: 'A',
    result: '教員研修と授業支援を一体的に行い、活用頻度が向上した。',
    next: '継続',
  },
  {
    name: '学校施設長寿命化改修事業',
    outline: '学校施設長寿命化計画に基づき、校舎の長寿命化改修を行う。',
    last: '1校',
    target: '改修工事 2校',
    actual: '1校\n（○○中学校は入札不調により翌年度へ繰越）',
    self: 'C',
    result: '△△小学校の改修工事が完了した。',
    next: '継続',
  },
  {
    name: '学校トイレ洋式化事業',
    outline: '小・中学校のトイレの洋式化を計画的に進める。',
    last: '71.2％',
    target: '洋式化率 80％',
    actual: '76.4％',
    self: 'A',
    result: '小学校4校の改修を完了した。',
    next: '継続',
  },
  {
    name: '学校給食地産地消推進事業',
    outline: '市内・県内産の食材を積極的に活用し、食育の充実を図る。',
    last: '地場産物使用割合 27.8％\n市内産米使用率 100％',
    target: '地場産物使用割合 30％\n市内産米使用率 100％',
    actual: '地場産物使用割合 28.5％\n市内産米使用率 100％',
    self: 'B',
    result: '天候不順により一部の野菜が確保できなかった。',
    next: '継続',
  },
  {
    shisaku: '2-2\n部活動の地域移行',
    span: 2,
    name: '部活動地域移行推進事業',
    outline: '休日の中学校部活動を地域クラブ活動へ段階的に移行する。',
    last: '―',
    target: '地域クラブ設立 3団体',
    actual: '未実施\n（受け皿団体との調整に時間を要し、令和６年度へ延期）',
    self: 'D',
    result: '競技団体・保護者との協議会を3回開催した。',
    next: '見直し',
  },
  {
    name: '部活動指導員配置事業',
    outline: '部活動指導員を配置し、教員の負担軽減と指導の充実を図る。',
    last: '10人',
    target: '配置人数 15人',
    actual: '9人',
    self: 'C',
    result: '指導員の人材確保が難しく、配置人数が減少した。',
    next: '継続',
  },
];

/** The sheet's own scale: A ≥ 100 %, B ≥ 80 %, C ≥ 50 %, D below or 未実施. */
function ownScale(rate: number): string {
  return rate >= 1 ? 'A' : rate >= 0.8 ? 'B' : rate >= 0.5 ? 'C' : 'D';
}
function own(name: string, unit: string, target: number, actual: number, existing: string): ExpectedIndicator {
  return { ...ind('主な取組の実績', name, unit, target, actual, { existing }), grade: ownScale(actual / target) };
}

const jigyoJisseki: Holdout2Workbook = {
  name: 'h117-jigyo-jisseki',
  layout:
    'B: 主な取組の実績, 施策 merged down the rows, 事業名＋概要 in one cell, 令和５年度（数値目標｜実績値） as text, two measures in one cell, 未実施 with a reason, 自己評価 on the sheet’s own scale (C ≥ 50 %)',
  build(wb) {
    const ws = sheet(wb, '主な取組の実績', [14, 5, 38, 18, 22, 22, 8, 34, 10]);
    title(ws, 1, 1, 9, '令和５年度　主な取組の実績（学校教育分野）');
    put(ws, 2, 1, ['担当：教育委員会事務局　学校教育課・教育総務課・学校給食センター']);
    put(ws, 3, 1, ['自己評価　A：目標の100％以上　B：80％以上100％未満　C：50％以上80％未満　D：50％未満又は未実施']);
    merge(ws, 5, 1, 6, 1, '施策');
    merge(ws, 5, 2, 6, 2, 'No.');
    merge(ws, 5, 3, 6, 3, '主な取組（事業名・概要）');
    merge(ws, 5, 4, 6, 4, '令和４年度\n実績');
    merge(ws, 5, 5, 5, 6, '令和５年度');
    put(ws, 6, 5, ['数値目標', '実績値']);
    merge(ws, 5, 7, 6, 7, '自己\n評価');
    merge(ws, 5, 8, 6, 8, '成果・課題');
    merge(ws, 5, 9, 6, 9, '今後の\n方向性');
    band(ws, 5, 1, 6, 9);
    let r = 7;
    projects.forEach((p, i) => {
      if (p.shisaku) merge(ws, r, 1, r + (p.span ?? 1) - 1, 1, p.shisaku);
      put(ws, r, 2, [i + 1, `${p.name}\n${p.outline}`, p.last, p.target, p.actual, p.self, p.result, p.next]);
      ws.getRow(r).height = 48;
      r++;
    });
    wrap(ws, 7, 2, r - 1, 9);
    box(ws, 5, 1, r - 1, 9);
    put(ws, r + 1, 1, ['※数値目標が複数ある取組は、達成率の最も低いものにより評価した。']);
  },
  expected: {
    file: 'h117-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      own('学力向上推進事業', '校', 12, 12, 'A'),
      own('外国語指導助手（ALT）活用事業', '時間', 4200, 4035, 'A'),
      own('放課後学習支援事業', '校', 10, 7, 'B'),
      own('スクールソーシャルワーカー活用事業', '件', 250, 312, 'A'),
      own('教育支援センター運営事業', '％', 40, 35, 'B'),
      own('校内教育支援センター設置事業', '校', 8, 5, 'C'),
      own('GIGAスクール推進事業', '回', 720, 756, 'A'),
      own('学校施設長寿命化改修事業', '校', 2, 1, 'C'),
      own('学校トイレ洋式化事業', '％', 80, 76.4, 'A'),
      {
        sheet: '主な取組の実績',
        name: '学校給食地産地消推進事業',
        measures: [
          { label: '地場産物使用割合', target: 30, actual: 28.5, unit: '％' },
          { label: '市内産米使用率', target: 100, actual: 100, unit: '％' },
        ],
        direction: 'up',
        existing: 'B',
        grade: ownScale(28.5 / 30),
      },
      { ...ind('主な取組の実績', '部活動地域移行推進事業', '団体', 3, null, { existing: 'D', actualStatus: 'not-implemented' }) },
      own('部活動指導員配置事業', '人', 15, 9, 'C'),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 3. Family C: 総合戦略 KPI table, 目標値／実績値 rows per KPI, 年度 columns R3…R7, no year stated (the latest actual is R5).

interface Kpi {
  name: string;
  unit: string;
  base: Cell;
  targets: Cell[];
  actuals: Cell[];
  note?: string;
}

const kpis: Kpi[] = [
  {
    name: '全国学力・学習状況調査において全国平均正答率以上の教科の割合',
    unit: '％',
    base: 40.0,
    targets: [50, 50, 60, 60, 80],
    actuals: [40.0, 60.0, 40.0, null, null],
    note: '小6国・算、中3国・数（・英）',
  },
  {
    name: '「将来の夢や目標を持っている」と回答した児童生徒の割合',
    unit: '％',
    base: 72.5,
    targets: [74, 76, 78, 79, 80],
    actuals: [73.8, 75.0, 76.3, null, null],
  },
  {
    name: '不登校児童生徒数',
    unit: '人',
    base: 180,
    targets: [170, 160, 150, 140, 130],
    actuals: [205, 248, 271, null, null],
    note: '減少を目指す指標',
  },
  {
    name: '新体力テストで総合評価A・Bの児童生徒の割合',
    unit: '％',
    base: 43.2,
    targets: [44, 45, 46, 47, 48],
    actuals: [40.1, 41.5, 41.8, null, null],
  },
  {
    name: '学校運営協議会を設置した学校数（累計）',
    unit: '校',
    base: 0,
    targets: [5, 10, 15, 20, 26],
    actuals: [5, 10, 15, null, null],
  },
  {
    name: '地域学校協働活動のボランティア登録者数',
    unit: '人',
    base: 420,
    targets: [450, 500, 550, 600, 650],
    actuals: [438, 512, 648, null, null],
  },
  {
    name: '学校給食の残食率',
    unit: '％',
    base: 6.5,
    targets: [6.2, 6.0, 5.8, 5.6, 5.5],
    actuals: [6.4, 5.9, 5.6, null, null],
    note: '減少を目指す指標',
  },
  {
    name: '地域クラブ活動へ移行した部活動の種目数',
    unit: '種目',
    base: 0,
    targets: ['－', '－', '－', 3, 6],
    actuals: ['－', '－', 2, null, null],
    note: '令和6年度から目標を設定',
  },
  {
    name: '1か月に1冊も本を読まない中学生の割合',
    unit: '％',
    base: 18.4,
    targets: [17, 16, 15, 14, 13],
    actuals: [19.2, 21.5, 23.0, null, null],
    note: '減少を目指す指標',
  },
];

const kpiTable: Holdout2Workbook = {
  name: 'h117-kpi-sogo-senryaku',
  layout:
    'C: 総合戦略 KPI 進捗管理表, 目標値／実績値 rows per KPI with No.・KPI・単位・基準値 merged over both, 令和３年度…令和７年度 columns, no year stated (actuals to R5), 減少 in 備考, a KPI with 「－」 targets until R6',
  build(wb) {
    const ws = sheet(wb, 'KPI', [5, 44, 7, 12, 8, 10, 10, 10, 10, 10, 24]);
    title(ws, 1, 1, 11, '第２期○○市まち・ひと・しごと創生総合戦略　KPI進捗管理表');
    put(ws, 2, 1, ['基本目標３　未来を担う人を育てる（教育委員会所管分）']);
    put(ws, 4, 1, [
      'No.',
      '重要業績評価指標（KPI）',
      '単位',
      '基準値\n（令和元年度）',
      '区分',
      '令和３年度',
      '令和４年度',
      '令和５年度',
      '令和６年度',
      '令和７年度',
      '備考',
    ]);
    band(ws, 4, 1, 4, 11);
    ws.getRow(4).height = 32;
    kpis.forEach((k, i) => {
      const r = 5 + i * 2;
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, k.name);
      merge(ws, r, 3, r + 1, 3, k.unit);
      merge(ws, r, 4, r + 1, 4, k.base);
      put(ws, r, 5, ['目標値', ...k.targets]);
      put(ws, r + 1, 5, ['実績値', ...k.actuals]);
      merge(ws, r, 11, r + 1, 11, k.note ?? null);
    });
    const last = 4 + kpis.length * 2;
    box(ws, 4, 1, last, 11);
    put(ws, last + 1, 1, ['※実績値は各年度末（学校基本調査等は5月1日）現在。']);
    put(ws, last + 2, 1, ['※進捗状況は毎年度、総合戦略推進会議において検証する。']);
  },
  expected: {
    file: 'h117-kpi-sogo-senryaku.xlsx',
    fiscalYear: 2023,
    guesses: ['period'],
    indicators: [
      ind('KPI', kpis[0].name, '％', 60, 40),
      ind('KPI', kpis[1].name, '％', 78, 76.3),
      ind('KPI', kpis[2].name, '人', 150, 271, { direction: 'down' }),
      ind('KPI', kpis[3].name, '％', 46, 41.8),
      ind('KPI', kpis[4].name, '校', 15, 15),
      ind('KPI', kpis[5].name, '人', 550, 648),
      ind('KPI', kpis[6].name, '％', 5.8, 5.6, { direction: 'down' }),
      ind('KPI', kpis[7].name, '種目', null, 2),
      ind('KPI', kpis[8].name, '％', 15, 23, { direction: 'down' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 4. Family D: 教育振興基本計画 成果指標, 基本方針 merged down, 現況値 and 実績値 with their year in the cell, one actual of R4.

interface PlanRow {
  houshin?: string;
  span?: number;
  name: string;
  description: string;
  base: string;
  target: string;
  actual: string;
  how: string;
}

const planRows: PlanRow[] = [
  {
    houshin: '１\n確かな学力の育成',
    span: 3,
    name: '「算数・数学の授業の内容がよく分かる」と回答した児童生徒の割合',
    description: '小学６年生・中学３年生のうち肯定的に回答した割合',
    base: '74.5％\n（令和３年度）',
    target: '80.0％',
    actual: '77.1％\n（令和５年度）',
    how: '全国学力・学習状況調査（児童生徒質問紙）',
  },
  {
    name: '家庭で１日１時間以上学習する中学生の割合',
    description: '平日に家庭で１時間以上学習すると回答した中学３年生の割合',
    base: '58.3％\n（令和３年度）',
    target: '70.0％',
    actual: '55.9％\n（令和５年度）',
    how: '全国学力・学習状況調査（生徒質問紙）',
  },
  {
    name: '英検３級相当以上の英語力を有する中学３年生の割合',
    description: '英検３級以上の取得者及び相当の英語力があると教員が判断した生徒の割合',
    base: '44.0％\n（令和３年度）',
    target: '60.0％',
    actual: '52.3％\n（令和５年度）',
    how: '英語教育実施状況調査',
  },
  {
    houshin: '２\n豊かな心と健やかな体の育成',
    span: 3,
    name: '不登校児童生徒の割合',
    description: '在籍児童生徒数に占める不登校児童生徒数の割合。減少を目指す。',
    base: '2.15％\n（令和３年度）',
    target: '2.00％',
    actual: '3.02％\n（令和４年度）',
    how: '児童生徒の問題行動・不登校等生徒指導上の諸課題に関する調査（令和５年度分は10月公表）',
  },
  {
    name: '朝食を毎日食べる児童生徒の割合',
    description: '「毎日食べている」と回答した小学６年生・中学３年生の割合',
    base: '86.0％\n（令和３年度）',
    target: '90.0％',
    actual: '84.7％\n（令和５年度）',
    how: '全国学力・学習状況調査（児童生徒質問紙）',
  },
  {
    name: '運動やスポーツをすることが好きな児童生徒の割合',
    description: '「好き」「やや好き」と回答した小学５年生・中学２年生の割合',
    base: '68.2％\n（令和３年度）',
    target: '75.0％',
    actual: '69.0％\n（令和５年度）',
    how: '全国体力・運動能力、運動習慣等調査',
  },
  {
    houshin: '３\n質の高い教育環境の整備',
    span: 5,
    name: '長寿命化改修を完了した学校数',
    description: '学校施設長寿命化計画に基づく改修を完了した学校数（累計）',
    base: '2校\n（令和３年度）',
    target: '10校',
    actual: '5校\n（令和５年度）',
    how: '教育総務課調べ',
  },
  {
    name: '授業にICTを活用して指導する能力がある教員の割合',
    description: '教員のICT活用指導力の状況のうち「授業中にICTを活用して指導する能力」の肯定的回答の割合',
    base: '72.4％\n（令和３年度）',
    target: '90.0％',
    actual: '88.1％\n（令和５年度）',
    how: '学校における教育の情報化の実態等に関する調査',
  },
  {
    name: '時間外在校等時間が月45時間を超える教員の割合',
    description: '年間の月平均で45時間を超えた教員の割合。減少を目指す。',
    base: '38.5％\n（令和３年度）',
    target: '20.0％',
    actual: '27.6％\n（令和５年度）',
    how: '出退勤管理システムによる集計',
  },
  {
    name: '学校給食における地場産物の使用割合（品目数ベース）',
    description: '学校給食に使用した食品のうち県内産の品目の割合',
    base: '28.0％\n（令和３年度）',
    target: '35.0％',
    actual: '集計中',
    how: '学校給食における地場産物・国産食材の使用状況調査',
  },
  {
    name: '部活動の地域連携・地域移行に取り組む中学校数',
    description: '休日の部活動を地域クラブ活動等に移行した、又は地域と連携して実施している中学校の数',
    base: '0校\n（令和３年度）',
    target: '8校',
    actual: '3校\n（令和５年度）',
    how: '学校教育課調べ',
  },
];

const planIndicators: Holdout2Workbook = {
  name: 'h117-keikaku-seika-shihyo',
  layout:
    'D: 教育振興基本計画 成果指標, 基本方針 merged down, 現況値（計画策定時） and 実績値 with unit and year in the cell, 目標値（令和８年度）, 減少を目指す in 指標の説明, one actual of 令和４年度, one 集計中',
  build(wb) {
    const ws = sheet(wb, '成果指標', [16, 5, 36, 36, 14, 12, 14, 30]);
    title(ws, 1, 1, 8, '第３期○○市教育振興基本計画（令和４年度～令和８年度）　成果指標の状況');
    put(ws, 2, 1, ['令和５年度　教育委員会の点検・評価（対象年度：令和５年度）']);
    put(ws, 4, 1, ['基本方針', 'No.', '指標名', '指標の説明', '現況値\n（計画策定時）', '目標値\n（令和８年度）', '実績値', '現状把握の方法']);
    band(ws, 4, 1, 4, 8);
    ws.getRow(4).height = 32;
    let r = 5;
    planRows.forEach((p, i) => {
      if (p.houshin) merge(ws, r, 1, r + (p.span ?? 1) - 1, 1, p.houshin);
      put(ws, r, 2, [i + 1, p.name, p.description, p.base, p.target, p.actual, p.how]);
      ws.getRow(r).height = 40;
      r++;
    });
    wrap(ws, 5, 2, r - 1, 8);
    box(ws, 4, 1, r - 1, 8);
    put(ws, r, 1, ['※実績値は原則として令和５年度の値。公表時期により前年度の値を記載したものは、実績値欄に年度を付した。']);
  },
  expected: {
    file: 'h117-keikaku-seika-shihyo.xlsx',
    fiscalYear: 2023,
    guesses: ['other-year'],
    indicators: [
      ind('成果指標', planRows[0].name, '％', 80, 77.1),
      ind('成果指標', planRows[1].name, '％', 70, 55.9),
      ind('成果指標', planRows[2].name, '％', 60, 52.3),
      ind('成果指標', planRows[3].name, '％', 2, 3.02, { direction: 'down' }),
      ind('成果指標', planRows[4].name, '％', 90, 84.7),
      ind('成果指標', planRows[5].name, '％', 75, 69),
      ind('成果指標', planRows[6].name, '校', 10, 5),
      ind('成果指標', planRows[7].name, '％', 90, 88.1),
      ind('成果指標', planRows[8].name, '％', 20, 27.6, { direction: 'down' }),
      ind('成果指標', planRows[9].name, '％', 35, null, { actualStatus: 'pending' }),
      ind('成果指標', planRows[10].name, '校', 8, 3),
    ].map((i) => ({ ...i, targetSource: 'final' })),
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [shisakuSheet, jigyoJisseki, kpiTable, planIndicators];
