/**
 * Hold-out set 184, the four families, as offices in charge of 再犯防止・犯罪被害者支援・更生保護 write them: a 施策評価シート
 * (令和４年度) with indicator blocks tiled two across, a 令和５年度 事業実績 of 犯罪被害者支援・再犯防止 projects with text figures,
 * a 再犯防止推進計画 KPI table (令和６年度) with 目標値／実績値 rows per 年度, and a 犯罪被害者等支援計画 成果指標 table (現況 and
 * 実績 with their year in the cell).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 施策評価シート (family A): blocks tiled two across, H30（基準値）・R2…R5・R6（目標値）, 目標値 and 実績値 rows, one 集計中.

interface Block {
  name: string;
  unit: string;
  way: '増加' | '減少';
  base: string;
  /** 目標値 R2…R5, then R6 (the plan's 目標値). */
  targets: number[];
  /** 実績値 R2…R4 (R4 is the year evaluated). */
  actuals: (number | string)[];
  note: string;
}

const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥'];

const BLOCKS: Block[] = [
  {
    name: '保護司の充足率',
    unit: '％',
    way: '増加',
    base: '90.4',
    targets: [91.0, 91.5, 92.0, 93.0, 95.0],
    actuals: [89.2, 88.9, 88.5],
    note: '定数144人に対する委嘱数の割合（各年1月1日）',
  },
  {
    name: '刑法犯認知件数',
    unit: '件',
    way: '減少',
    base: '1,402',
    targets: [1350, 1300, 1250, 1200, 1150],
    actuals: [1288, 1241, 1318],
    note: '県警察統計（暦年）',
  },
  {
    name: '再犯防止に関する講演会等の参加者数',
    unit: '人',
    way: '増加',
    base: '186',
    targets: [200, 250, 300, 320, 350],
    actuals: [88, 214, 342],
    note: 'R2は感染症対策で定員縮小',
  },
  {
    name: '協力雇用主登録事業所数',
    unit: '社',
    way: '増加',
    base: '28',
    targets: [35, 40, 45, 50, 55],
    actuals: [30, 31, 31],
    note: '保護観察所調べ（年度末）',
  },
  {
    name: '「社会を明るくする運動」地域集会への参加者数',
    unit: '人',
    way: '増加',
    base: '620',
    targets: [650, 700, 750, 800, 850],
    actuals: ['中止', 412, '集計中'],
    note: '各地区推進委員会からの報告待ち',
  },
];

function tile(ws: Worksheet, b: Block, i: number, top: number, left: number): void {
  merge(ws, top, left, top, left + 1, `成果指標${CIRCLED[i]}`);
  merge(ws, top, left + 2, top, left + 6, b.name);
  put(ws, top + 1, left, ['単位', undefined, b.unit, '方向', b.way === '増加' ? '↑ 増加' : '↓ 減少']);
  merge(ws, top + 1, left, top + 1, left + 1);
  merge(ws, top + 1, left + 5, top + 1, left + 6, b.note);
  put(ws, top + 2, left, ['区分', 'H30\n(基準値)', 'R2', 'R3', 'R4', 'R5', 'R6\n(目標値)']);
  put(ws, top + 3, left, ['目標値', '―', ...b.targets]);
  put(ws, top + 4, left, ['実績値', b.base, ...b.actuals]);
  wrap(ws, top, left, top + 4, left + 6);
  box(ws, top, left, top + 4, left + 6);
}

const BLOCK_FACTS: ExpectedIndicator[] = BLOCKS.map((b) => {
  const a = b.actuals[2];
  const direction = b.way === '減少' ? 'down' : 'up';
  if (typeof a === 'string') return { ...ind('4-2', b.name, b.unit, b.targets[2], null, { direction, actualStatus: 'pending' }), grade: null };
  return ind('4-2', b.name, b.unit, b.targets[2], a, { direction });
});

const seisaku: Holdout2Workbook = {
  name: 'h184-seisaku-saihan',
  layout:
    '令和４年度 施策評価シート 4-2 安全で安心して暮らせる地域社会（再犯防止）: five indicator blocks tiled two across (成果指標①…⑤), H30(基準値)・R2…R5・R6(目標値) with 目標値／実績値 rows, 方向 ↑ 増加／↓ 減少, R2 「中止」, one 集計中, an empty 施策の達成度 cell beside 「（前年度 Ｂ）」',
  build(wb) {
    const ws = wb.addWorksheet('4-2');
    widths(ws, [8, 9, 9, 9, 9, 9, 10, 3, 8, 9, 9, 9, 9, 9, 10]);
    merge(ws, 1, 1, 1, 15, '施策評価シート（令和４年度評価）');
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    put(ws, 2, 1, ['評価対象年度']);
    merge(ws, 2, 2, 2, 4, '令和４年度');
    put(ws, 2, 9, ['作成']);
    merge(ws, 2, 10, 2, 15, '令和５年６月　市民生活部　地域安全課');
    put(ws, 3, 1, ['政策']);
    merge(ws, 3, 2, 3, 8, '４　安全・安心なまちづくり');
    merge(ws, 3, 9, 3, 11, '施策の達成度');
    put(ws, 3, 13, ['（前年度 Ｂ）']);
    merge(ws, 3, 13, 3, 15);
    put(ws, 4, 1, ['施策']);
    merge(ws, 4, 2, 4, 15, '4-2　犯罪をした人等の立ち直りを支え、再犯を防止する（○○市再犯防止推進計画）');
    box(ws, 2, 1, 4, 15);
    merge(ws, 5, 1, 5, 15, '※施策の達成度　A：順調　B：概ね順調　C：やや遅れている　D：遅れている（成果指標の達成状況から判定）');
    put(ws, 7, 1, ['■成果指標']);
    BLOCKS.forEach((b, i) => tile(ws, b, i, 8 + Math.floor(i / 2) * 6, i % 2 === 0 ? 1 : 9));
    const r = 8 + Math.ceil(BLOCKS.length / 2) * 6;
    put(ws, r, 1, ['■評価と課題']);
    merge(ws, r + 1, 1, r + 1, 15, '講演会の参加者数は目標を上回ったが、協力雇用主の登録は横ばいで、刑法犯認知件数は３年ぶりに増加した。');
    merge(ws, r + 2, 1, r + 2, 15, '保護司の担い手確保に向け、保護司会と連携して候補者検討協議会を開催する。');
    box(ws, r + 1, 1, r + 2, 15);
  },
  expected: {
    file: 'h184-seisaku-saihan.xlsx',
    fiscalYear: 2022,
    indicators: BLOCK_FACTS,
    groups: [{ sheet: '4-2', cell: 'L3', grade: rollUp(BLOCK_FACTS.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 事業実績 (family B): 令和５年度, one row per 事業 (code, name, 概要 in one cell), text figures, two measures, 未実施, 評価 A–D.

interface Project {
  code: string;
  name: string;
  summary: string;
  last: string;
  target: string;
  actual: string;
  self: string;
}

const PROJECTS: Project[] = [
  {
    code: 'Ⅰ-1',
    name: '犯罪被害者等総合相談窓口運営事業',
    summary: '市民相談課に専用窓口を置き、被害者等からの相談に応じ関係機関につなぐ。',
    last: '相談 109件',
    target: '相談 120件',
    actual: '相談 138件',
    self: 'A',
  },
  {
    code: 'Ⅰ-2',
    name: '犯罪被害者等見舞金支給事業',
    summary: '犯罪行為により亡くなった方の遺族又は重傷病を負った方に見舞金を支給する。',
    last: '支給 2件',
    target: '支給 5件',
    actual: '3件（うち遺族見舞金 1件）',
    self: 'C',
  },
  {
    code: 'Ⅰ-3',
    name: '犯罪被害者支援講演会開催事業',
    summary: '犯罪被害者週間に合わせ、被害者遺族等を講師に講演会を開催する。',
    last: '開催 1回／参加者 132人',
    target: '開催 2回／参加者 200人',
    actual: '開催 2回／参加者 154人',
    self: 'B',
  },
  {
    code: 'Ⅱ-1',
    name: '協力雇用主等連絡会開催事業',
    summary: '保護観察所・ハローワーク・協力雇用主の連絡会を開催し、就労先の確保を図る。',
    last: '1回',
    target: '年2回開催',
    actual: '未実施',
    self: 'D',
  },
  {
    code: 'Ⅱ-2',
    name: '更生保護サポートセンター運営支援事業',
    summary: '保護司会の活動拠点である更生保護サポートセンターの運営を支援する。',
    last: '利用 388件',
    target: '利用 400件',
    actual: '利用 436件',
    self: 'A',
  },
  {
    code: 'Ⅱ-3',
    name: '保護司候補者検討協議会',
    summary: '自治会・民生委員等の推薦により保護司候補者を発掘する。',
    last: '候補者 6人',
    target: '候補者 10人',
    actual: '候補者 8人',
    self: 'B',
  },
  {
    code: 'Ⅱ-4',
    name: '協力雇用主新規登録促進事業',
    summary: '商工会議所と連携し、協力雇用主制度を市内事業所に周知する。',
    last: '新規登録 3社',
    target: '新規登録 5社',
    actual: '新規登録 4社',
    self: 'B',
  },
  {
    code: 'Ⅲ-1',
    name: '「社会を明るくする運動」啓発事業',
    summary: '推進委員会と連携し、7月の強調月間に街頭啓発を行う。',
    last: '街頭啓発 5回',
    target: '街頭啓発 6回',
    actual: '街頭啓発 7回',
    self: 'A',
  },
  {
    code: 'Ⅲ-2',
    name: '刑務所出所者等の住まい確保支援事業',
    summary: '居住支援法人と連携し、住居のない出所者等の住まい確保を支援する。',
    last: '4件',
    target: '10件',
    actual: '6件',
    self: 'C',
  },
];

const PROJECT_FACTS: ExpectedIndicator[] = [
  ind('事業実績一覧', '犯罪被害者等総合相談窓口運営事業', '件', 120, 138, { existing: 'A' }),
  ind('事業実績一覧', '犯罪被害者等見舞金支給事業', '件', 5, 3, { existing: 'C' }),
  {
    sheet: '事業実績一覧',
    name: '犯罪被害者支援講演会開催事業',
    measures: [
      { label: '開催', target: 2, actual: 2, unit: '回' },
      { label: '参加者', target: 200, actual: 154, unit: '人' },
    ],
    direction: 'up',
    existing: 'B',
    grade: 'C',
  },
  ind('事業実績一覧', '協力雇用主等連絡会開催事業', '回', 2, null, { existing: 'D', actualStatus: 'not-implemented' }),
  ind('事業実績一覧', '更生保護サポートセンター運営支援事業', '件', 400, 436, { existing: 'A' }),
  ind('事業実績一覧', '保護司候補者検討協議会', '人', 10, 8, { existing: 'B' }),
  ind('事業実績一覧', '協力雇用主新規登録促進事業', '社', 5, 4, { existing: 'B' }),
  ind('事業実績一覧', '「社会を明るくする運動」啓発事業', '回', 6, 7, { existing: 'A' }),
  ind('事業実績一覧', '刑務所出所者等の住まい確保支援事業', '件', 10, 6, { existing: 'C' }),
];

const jigyo: Holdout2Workbook = {
  name: 'h184-jigyo-higaisha',
  layout:
    '令和５年度 犯罪被害者等支援・再犯防止 関連事業 実績一覧: code, name and 〔概要〕 in one cell, R4実績｜R5目標｜R5実績 as text (「開催 2回／参加者 200人」 two measures, 「3件（うち遺族見舞金 1件）」), 評価 A–D with its legend under the table, one 未実施',
  build(wb) {
    const ws = wb.addWorksheet('事業実績一覧');
    widths(ws, [6, 44, 14, 18, 20, 22, 7, 30]);
    merge(ws, 1, 1, 1, 8, '令和５年度　犯罪被害者等支援・再犯防止関連事業　実績一覧');
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    put(ws, 2, 8, ['市民生活部 市民相談課・地域安全課']);
    put(ws, 3, 1, ['No.', '事業名・概要', '担当課', 'R4実績', 'R5目標', 'R5実績', '評価', '成果・課題']);
    PROJECTS.forEach((p, i) => {
      const r = 4 + i;
      put(ws, r, 1, [
        i + 1,
        `${p.code}　${p.name}\n〔概要〕${p.summary}`,
        i < 3 ? '市民相談課' : '地域安全課',
        p.last,
        p.target,
        p.actual,
        p.self,
        p.self === 'D' ? '日程調整がつかず開催できなかった。' : '',
      ]);
      ws.getRow(r).height = 48;
    });
    const end = 3 + PROJECTS.length;
    wrap(ws, 3, 1, end, 8);
    box(ws, 3, 1, end, 8);
    merge(
      ws,
      end + 2,
      1,
      end + 2,
      8,
      '評価　A：目標を達成（100％以上）　B：概ね達成（80％以上100％未満）　C：一部未達成（60％以上80％未満）　D：未達成（60％未満）・未実施',
    );
  },
  expected: { file: 'h184-jigyo-higaisha.xlsx', fiscalYear: 2023, indicators: PROJECT_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. 再犯防止推進計画 KPI (family C): 令和3年度…令和7年度, 目標値／実績値 rows per KPI, values with units, 方向 column, ◎○△×.

interface Kpi {
  name: string;
  unit: string;
  way: '↑' | '↓';
  targets: (number | null)[];
  actuals: (number | string)[];
  mark: string;
  decimals?: number;
  note?: string;
}

const KPIS: Kpi[] = [
  { name: '協力雇用主数', unit: '社', way: '↑', targets: [40, 45, 50, 55, 60], actuals: [38, 42, 47, 53], mark: '○' },
  { name: '保護司数', unit: '人', way: '↑', targets: [120, 120, 120, 120, 120], actuals: [112, 109, 110, 108], mark: '○', note: '定数120人' },
  {
    name: '刑法犯検挙者に占める再犯者の割合',
    unit: '％',
    way: '↓',
    targets: [48.0, 47.0, 46.0, 45.0, 44.0],
    actuals: [49.1, 47.8, 46.9, 44.2],
    mark: '◎',
    decimals: 1,
    note: '県警察提供（暦年）',
  },
  { name: '更生保護に関する市民講座の受講者数', unit: '人', way: '↑', targets: [150, 200, 250, 300, 350], actuals: [98, 176, 231, 170], mark: '×' },
  {
    name: '薬物乱用防止教室の実施校数',
    unit: '校',
    way: '↑',
    targets: [20, 22, 24, 26, 28],
    actuals: [21, 24, 25, '集計中'],
    mark: '－',
    note: '教育委員会で集計中',
  },
  {
    name: '「社会を明るくする運動」の認知度',
    unit: '％',
    way: '↑',
    targets: [null, null, 40.0, 42.0, 45.0],
    actuals: [35.2, 37.9, 38.4, 34.0],
    mark: '○',
    decimals: 1,
    note: '市民意識調査。令和5年度から目標設定',
  },
];

const MARK_LETTER: Record<string, string> = { '◎': 'A', '○': 'B', '△': 'C', '×': 'D' };

function withUnit(v: number | string | null, unit: string, decimals = 0): string {
  if (v === null) return '－';
  if (typeof v === 'string') return v;
  return `${v.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })}${unit}`;
}

const KPI_FACTS: ExpectedIndicator[] = KPIS.map((k) => {
  const a = k.actuals[3];
  const direction = k.way === '↓' ? 'down' : 'up';
  const more = MARK_LETTER[k.mark] ? { existing: MARK_LETTER[k.mark] } : {};
  if (typeof a === 'string') return { ...ind('KPI進捗', k.name, k.unit, k.targets[3], null, { ...more, direction, actualStatus: 'pending' }), grade: null };
  return ind('KPI進捗', k.name, k.unit, k.targets[3], a, { ...more, direction });
});

const kpi: Holdout2Workbook = {
  name: 'h184-kpi-saihan',
  layout:
    '第２次再犯防止推進計画 KPI 進捗（令和６年度）: 目標値／実績値 rows per KPI under 令和3年度…令和7年度, 方向 ↑／↓ column, values 「53社」「44.2％」, 「－」 targets before a KPI was set, ◎○△× 評価 with a legend giving bands and words, one 集計中',
  build(wb) {
    const ws = wb.addWorksheet('KPI進捗');
    widths(ws, [5, 34, 6, 8, 11, 11, 11, 11, 11, 7, 26]);
    merge(ws, 1, 1, 1, 11, '第２次○○市再犯防止推進計画　成果指標（KPI）の進捗状況');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['対象年度：令和６年度（令和６年４月～令和７年３月）']);
    merge(ws, 2, 1, 2, 6);
    put(ws, 2, 11, ['令和７年６月　地域安全課']);
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '成果指標');
    merge(ws, 3, 3, 4, 3, '方向');
    merge(ws, 3, 4, 4, 4, '区分');
    merge(ws, 3, 5, 3, 9, '年度別');
    put(ws, 4, 5, ['令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度']);
    merge(ws, 3, 10, 4, 10, '評価');
    merge(ws, 3, 11, 4, 11, '備考');
    let r = 5;
    KPIS.forEach((k, i) => {
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, k.name);
      merge(ws, r, 3, r + 1, 3, k.way);
      put(ws, r, 4, ['目標値', ...k.targets.map((t) => withUnit(t, k.unit, k.decimals))]);
      put(ws, r + 1, 4, ['実績値', ...k.actuals.map((a) => withUnit(a, k.unit, k.decimals))]);
      merge(ws, r, 10, r + 1, 10, k.mark);
      merge(ws, r, 11, r + 1, 11, k.note ?? '');
      r += 2;
    });
    wrap(ws, 3, 1, r - 1, 11);
    box(ws, 3, 1, r - 1, 11);
    merge(ws, r + 1, 1, r + 1, 11, '※方向　↑：数値が大きいほどよい　↓：数値が小さいほどよい');
    merge(
      ws,
      r + 2,
      1,
      r + 2,
      11,
      '※評価（令和６年度）　◎：達成（100％以上）　○：概ね達成（80％以上）　△：やや遅れ（60％以上）　×：遅れ（60％未満）　－：評価不能',
    );
  },
  expected: { file: 'h184-kpi-saihan.xlsx', fiscalYear: 2024, indicators: KPI_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 4. 犯罪被害者等支援計画 成果指標 (family D): 現況（計画策定時） and 実績 with their year in the cell, 目標（令和9年度）.

interface PlanRow {
  name: string;
  desc: string;
  unit: string;
  now: string;
  target: number;
  actual: string;
  value: number | null;
  how: string;
}

const PLAN: PlanRow[] = [
  {
    name: '犯罪被害者等支援に関する相談件数',
    desc: '総合相談窓口で受け付けた犯罪被害者等からの相談の件数（年度）',
    unit: '件',
    now: '96\n（令和元年度）',
    target: 150,
    actual: '132\n（令和4年度）',
    value: 132,
    how: '相談記録',
  },
  {
    name: '犯罪被害者等支援研修を受講した市職員数（累計）',
    desc: '窓口職員向けの犯罪被害者等支援研修の受講者数（令和3年度からの累計）',
    unit: '人',
    now: '－\n（令和2年度）',
    target: 300,
    actual: '246\n（令和4年度末）',
    value: 246,
    how: '研修受講者名簿',
  },
  {
    name: '犯罪被害者等支援条例を知っている市民の割合',
    desc: '市民意識調査で「内容まで知っている」「名前は知っている」と回答した割合',
    unit: '％',
    now: '18.5\n（令和2年度）',
    target: 50.0,
    actual: '31.6\n（令和4年度）',
    value: 31.6,
    how: '市民意識調査',
  },
  {
    name: '性犯罪・性暴力被害者支援の周知活動回数',
    desc: 'ワンストップ支援センター等の相談先を周知した広報・啓発の回数',
    unit: '回',
    now: '6\n（令和元年度）',
    target: 12,
    actual: '15\n（令和4年度）',
    value: 15,
    how: '広報掲載・啓発記録',
  },
  {
    name: '犯罪被害者週間行事の参加者数',
    desc: '犯罪被害者週間（11月）に市が開催する行事への参加者数',
    unit: '人',
    now: '420\n（令和元年度）',
    target: 500,
    actual: '集計中',
    value: null,
    how: '行事参加者数の集計',
  },
];

const PLAN_FACTS: ExpectedIndicator[] = PLAN.map((p) => {
  const out =
    p.value === null
      ? { ...ind('成果指標', p.name, p.unit, p.target, null, { actualStatus: 'pending' }), grade: null }
      : ind('成果指標', p.name, p.unit, p.target, p.value);
  out.targetSource = 'final';
  return out;
});

const keikaku: Holdout2Workbook = {
  name: 'h184-keikaku-higaisha',
  layout:
    '犯罪被害者等支援計画 成果指標の状況（令和４年度）: 指標｜指標の説明｜単位｜現況（計画策定時） 「96⏎（令和元年度）」｜目標（令和9年度）｜実績 「132⏎（令和4年度）」｜把握方法; one 集計中; a 計画の概要 sheet',
  build(wb) {
    const about = wb.addWorksheet('計画の概要');
    widths(about, [14, 64]);
    put(about, 1, 1, ['○○市犯罪被害者等支援計画']);
    put(about, 3, 1, ['計画期間', '令和３年度～令和９年度（７年間）']);
    put(about, 4, 1, ['根拠', '犯罪被害者等基本法第５条、○○市犯罪被害者等支援条例第８条']);
    box(about, 3, 1, 4, 2);

    const ws = wb.addWorksheet('成果指標');
    widths(ws, [5, 34, 40, 6, 15, 13, 15, 18]);
    merge(ws, 1, 1, 1, 8, '犯罪被害者等支援計画　成果指標の状況（令和４年度）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（令和9年度）', '実績', '把握方法']);
    PLAN.forEach((p, i) => {
      const r = 4 + i;
      put(ws, r, 1, [i + 1, p.name, p.desc, p.unit, p.now, p.target, p.actual, p.how]);
      ws.getCell(r, 6).numFmt = p.unit === '％' ? '0.0' : '#,##0';
      ws.getRow(r).height = 40;
    });
    wrap(ws, 3, 1, 3 + PLAN.length, 8);
    box(ws, 3, 1, 3 + PLAN.length, 8);
    merge(ws, 5 + PLAN.length, 1, 5 + PLAN.length, 8, '※実績欄の（　）は把握した年度。週間行事の参加者数は共催団体分を含めて集計中。');
  },
  expected: { file: 'h184-keikaku-higaisha.xlsx', fiscalYear: 2022, indicators: PLAN_FACTS, groups: [] },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [seisaku, jigyo, kpi, keikaku];
