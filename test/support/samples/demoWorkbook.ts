/**
 * The project's own sample evaluation workbook, in the layouts departments use: a policy sheet
 * with indicator blocks, a project table with figures written as text, a KPI × period table, a
 * cover sheet and a hidden calculation sheet. Used by `npm run demo` and as test fixtures.
 */
import type { PlanCell, SheetSpec } from '../../../src/engine/model/plan';
import { defaultRules } from '../../../src/engine/grading/rules';
import { settingsSheetSpec } from '../../../src/engine/sheets/settingsSheet';

type V = string | number | null;
const cell = (value: V, style?: PlanCell['style']): PlanCell | null => (value === null ? null : style ? { value, style } : { value });
const row = (...vs: V[]): (PlanCell | null)[] => vs.map((v) => cell(v));

export interface BlockSpec {
  no: string;
  name: string;
  description: string;
  unit: string;
  /** Actuals R1…R7 (null = empty). */
  actual: V[];
  /** Expected values R1…R7; R7 is the final target. */
  expected: V[];
  note?: string;
}

/** A policy sheet (family A): header rows, a 達成状況評価 cell, indicator blocks tiled two across. */
export function policySheet(
  name: string,
  opts: { fiscalLabel: string; policy: string; measure: string; department: string; previousGrade: string | null; blocks: BlockSpec[] },
): SheetSpec {
  const width = 19;
  const rows: (PlanCell | null)[][] = [];
  const merges: string[] = ['A1:S1', 'B3:I3', 'K3:M3', 'B4:I4', 'K4:M4', 'N4:S4', 'B5:I5'];
  const put = (r: number, c: number, v: V, style?: PlanCell['style']) => {
    while (rows.length < r) rows.push([]);
    const rr = rows[r - 1];
    while (rr.length < c) rr.push(null);
    rr[c - 1] = cell(v, style);
  };
  put(
    1,
    1,
    `総合計画　令和${Number(opts.fiscalLabel.normalize('NFKC').replace(/\D/g, '')) + 1}年度基本施策事後評価シート　（評価対象期間：${opts.fiscalLabel}）`,
    'title',
  );
  put(3, 1, '基本方針', 'header');
  put(3, 2, opts.policy);
  put(3, 11, '達成状況評価', 'header');
  put(3, 14, null);
  if (opts.previousGrade) put(3, 15, `（${opts.previousGrade}）`);
  put(4, 1, '基本施策', 'header');
  put(4, 2, opts.measure);
  put(4, 11, '凡例', 'header');
  put(4, 14, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
  put(5, 1, '担当部等', 'header');
  put(5, 2, opts.department);
  opts.blocks.forEach((b, i) => {
    const top = 9 + Math.floor(i / 2) * 7;
    const left = i % 2 === 0 ? 1 : 11;
    const L = (k: number) => left + k;
    put(top, L(0), `指　標 ${b.no}`, 'header');
    put(top, L(1), b.name);
    put(top, L(4), '指標の説明', 'header');
    put(top, L(5), b.description);
    merges.push(`${col(L(1))}${top}:${col(L(3))}${top}`, `${col(L(5))}${top}:${col(L(8))}${top}`);
    put(top + 1, L(0), '単位', 'header');
    ['R1', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7'].forEach((p, k) => put(top + 1, L(2 + k), p, 'header'));
    put(top + 2, L(0), b.unit);
    merges.push(`${col(L(0))}${top + 2}:${col(L(0))}${top + 3}`);
    put(top + 2, L(1), '実績値', 'header');
    put(top + 3, L(1), '期待値\n※R7は目標値', 'header');
    b.actual.forEach((v, k) => put(top + 2, L(2 + k), v, v === null ? undefined : 'input'));
    b.expected.forEach((v, k) => put(top + 3, L(2 + k), v, v === null ? undefined : 'input'));
    put(top + 4, L(0), '備　考', 'header');
    put(top + 4, L(1), b.note ?? '');
    merges.push(`${col(L(1))}${top + 4}:${col(L(8))}${top + 4}`);
  });
  return { name, rows: rows.map((r) => r.slice(0, width)), merges, columnWidths: [10, 10, 7, 9, 7, 7, 7, 7, 7, 2, 10, 10, 7, 9, 7, 7, 7, 7, 7] };
}

function col(n: number): string {
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export interface ProjectRow {
  no: number;
  code: string;
  name: string;
  summary: string;
  previous: string;
  grade: string;
  target: string;
  actual: string;
  direction: string;
}

/** A project table (family B): targets and actuals written as text with labels and units. */
export function projectSheet(name: string, opts: { fiscal: number; policy: string; rows: ProjectRow[] }): SheetSpec {
  const rows: (PlanCell | null)[][] = [
    [cell(`令和${opts.fiscal}年度事業実績`, 'title')],
    [cell('基本方針', 'header'), cell(opts.policy)],
    [],
    [
      'No.',
      '推進事業',
      `R${opts.fiscal - 1}年度実績値`,
      '自己評価',
      `R${opts.fiscal}年度数値目標`,
      `R${opts.fiscal}年度実績値`,
      '成果・効果、課題、今後の方向性',
    ].map((h) => cell(h, 'header')),
    ...opts.rows.map((p) => [
      cell(p.no),
      cell(`${p.code} ${p.name}\n【概要】${p.summary}`),
      cell(p.previous),
      cell(p.grade),
      cell(p.target),
      cell(p.actual),
      cell(`【成果・効果】${p.summary}\n【今後の方向性】${p.direction}`),
    ]),
  ];
  return { name, rows, merges: ['A1:G1', 'B2:E2'], columnWidths: [5, 40, 18, 8, 22, 22, 40] };
}

/** A KPI table (family C): 目標値 and 実績値 rows per KPI, one column per period. */
export function kpiSheet(name: string, opts: { periods: string[]; kpis: { name: string; target: V[]; actual: V[] }[] }): SheetSpec {
  const rows: (PlanCell | null)[][] = [
    [cell('地方創生総合戦略　重要業績評価指標（KPI）の達成状況', 'title')],
    [],
    [cell('KPI', 'header'), cell('区分', 'header'), ...opts.periods.map((p) => cell(p, 'header')), cell('備考', 'header')],
  ];
  const merges: string[] = [];
  for (const k of opts.kpis) {
    const r = rows.length + 1;
    rows.push([cell(k.name), cell('目標値'), ...k.target.map((v) => cell(v)), null]);
    rows.push([null, cell('実績値'), ...k.actual.map((v) => cell(v)), null]);
    merges.push(`A${r}:A${r + 1}`);
  }
  return { name, rows, merges, columnWidths: [30, 8, ...opts.periods.map(() => 14), 20] };
}

/** The indicator blocks of the demo's policy sheet 1-1 (⑤ has a figure still being counted). */
function demoBlocks(): BlockSpec[] {
  return [
    {
      no: '①',
      name: '交通事故発生件数',
      description: '市内で発生した人身事故の件数（減少を目指す）',
      unit: '件',
      actual: [312, 298, 287, 270, 262, null, null],
      expected: [null, null, 290, 280, 270, 260, 250],
    },
    {
      no: '②',
      name: '防犯教室の参加者数',
      description: '各年4月から3月までの防犯教室の延べ参加者数',
      unit: '人',
      actual: [1210, 640, 820, 1015, 1130, null, null],
      expected: [null, null, 900, 1000, 1100, 1200, 1300],
    },
    {
      no: '③',
      name: '自主防犯パトロール団体数',
      description: '市に登録している自主防犯団体の数（累計）',
      unit: '団体',
      actual: [41, 43, 44, 46, 45, null, null],
      expected: [null, null, 45, 47, 49, 51, 53],
    },
    {
      no: '④',
      name: 'ＬＥＤ防犯灯の設置率',
      description: '市が管理する防犯灯のうちＬＥＤ灯の割合',
      unit: '％',
      actual: [62.5, 70.1, 78.4, 84.0, 88.2, null, null],
      expected: [null, null, 80, 85, 90, 95, 100],
    },
    {
      no: '⑤',
      name: '交通安全講習の開催回数',
      description: '市が開催した交通安全講習の回数',
      unit: '回',
      actual: [24, 8, 15, 20, '集計中', null, null],
      expected: [null, null, 20, 22, 24, 24, 24],
    },
  ];
}

/** The rows of the demo's project table (figures written as text, one not carried out). */
function demoProjects(): ProjectRow[] {
  return [
    {
      no: 1,
      code: '1-1-1',
      name: '交通安全教室開催事業',
      summary: '小中学校と高齢者向けに交通安全教室を開催する。',
      previous: '開催回数 18回',
      grade: 'A',
      target: '開催回数 20回',
      actual: '開催回数 22回',
      direction: '継続',
    },
    {
      no: 2,
      code: '1-1-2',
      name: '防犯灯ＬＥＤ化事業費補助金',
      summary: '町内会が設置する防犯灯のＬＥＤ化に要する経費を補助する。',
      previous: '補助件数 35件',
      grade: 'A',
      target: '補助件数 40件',
      actual: '補助件数 31件',
      direction: '継続',
    },
    {
      no: 3,
      code: '1-1-3',
      name: '見守り活動支援事業',
      summary: '通学路の見守り活動を行う団体を支援する。',
      previous: '',
      grade: '',
      target: '支援団体数 登録団体:30団体 新規団体:5団体',
      actual: '支援団体数 登録団体:28団体 新規団体:6団体',
      direction: '拡充',
    },
    {
      no: 4,
      code: '1-1-4',
      name: '自転車ヘルメット購入費助成事業',
      summary: '自転車用ヘルメットの購入費の一部を助成する。',
      previous: '助成件数 120件',
      grade: 'B',
      target: '助成件数 300件',
      actual: '助成件数 計186件',
      direction: '見直し',
    },
    {
      no: 5,
      code: '1-1-5',
      name: '防犯カメラ設置事業',
      summary: '駅周辺に防犯カメラを設置する。',
      previous: '設置台数 4台',
      grade: 'D',
      target: '設置台数 6台',
      actual: '未実施',
      direction: '検討中',
    },
  ];
}

/** The whole demo workbook. */
export function demoWorkbookSpecs(): SheetSpec[] {
  const cover: SheetSpec = {
    name: '表紙',
    rows: [
      [cell('令和6年度　施策評価調書（サンプル）', 'title')],
      [],
      row('作成部署', '市民生活部'),
      row('作成日', '令和6年6月'),
      [],
      [cell('このブックは EvalSheet のデモ用に作成したサンプルです。数値は架空です。', 'note')],
    ],
    columnWidths: [14, 40],
  };
  const policy = policySheet('1-1', {
    fiscalLabel: '令和５年度',
    policy: '1.安全で安心して暮らせるまち',
    measure: '1-1.交通安全と防犯の推進',
    department: '市民生活部',
    previousGrade: 'B',
    blocks: demoBlocks(),
  });
  const projects = projectSheet('事業実績', {
    fiscal: 5,
    policy: '1 安全で安心して暮らせるまち',
    rows: demoProjects(),
  });
  const kpi = kpiSheet('KPI', {
    periods: ['令和3年度', '令和4年度', '令和5年度'],
    kpis: [
      { name: '移住相談件数', target: ['100 件', '120 件', '150 件'], actual: ['96 件', '131 件', '142 件'] },
      { name: '空き家バンク成約件数', target: ['10 件', '12 件', '15 件'], actual: ['11 件', '9 件', '8 件'] },
    ],
  });
  const calc: SheetSpec = { name: '計算用', rows: [row('係数', 1.08), row('実績', '目標')], visibility: 'hidden' };
  return [cover, policy, projects, kpi, calc, settingsSheetSpec(defaultRules())];
}
