/** Hold-out 54, family D: plan-indicator tables (中間目標 and 最終目標, the year in the 実績 cell, 「（単位：人）」 per table, a book with no year). */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const num = (v: number | string) => (typeof v === 'number' ? v : Number(v.normalize('NFKC').replace(/,/g, '')));

// ---------------------------------------------------------------- 10: 現況値（R1） | 中間目標（R5） | 最終目標（R10） | 実績値 with its year in the cell
const S10 = '計画指標';
type P10 = { name: string; desc: string; unit: string; base: number | string; mid: number | string; fin: number | string; a: string };
const L10: P10[] = [
  {
    name: '地域福祉活動に参加している市民の割合',
    desc: '市民意識調査で「参加している」と回答した割合',
    unit: '％',
    base: 18.2,
    mid: 22.0,
    fin: 25.0,
    a: '20.6\n（R5年度）',
  },
  {
    name: 'ボランティア登録者数',
    desc: '社会福祉協議会ボランティアセンターの登録者数',
    unit: '人',
    base: '1,420',
    mid: '1,600',
    fin: '1,800',
    a: '1,532\n（R5年度）',
  },
  { name: '福祉の相談窓口を知っている市民の割合', desc: '市民意識調査による', unit: '％', base: 41.5, mid: 50.0, fin: 60.0, a: '52.3\n（R5年度）' },
  { name: 'ふれあいサロンの設置数', desc: '自治会等が運営する高齢者サロンの数（年度末）', unit: 'か所', base: 36, mid: 45, fin: 55, a: '38\n（R5年度末）' },
  { name: '避難行動要支援者の個別避難計画作成率', desc: '作成済み人数÷名簿登載者数', unit: '％', base: 3.1, mid: 50.0, fin: 100.0, a: '26.4\n（R5年度）' },
  { name: '就労支援により就労した生活保護受給者数', desc: '被保護者就労支援事業による就労者数', unit: '人', base: 31, mid: 40, fin: 50, a: '43\n（R5年度）' },
];

function buildPlanMid(ws: Worksheet): void {
  ws.mergeCells('A1:H1');
  ws.getCell('A1').value = '第３次地域福祉計画　成果指標の状況';
  ws.getCell('A2').value = '令和５年度実績（令和６年６月　福祉総務課取りまとめ）';
  put(ws, 4, 1, ['No.', '指標', '指標の説明', '単位', '現況値（R1）', '中間目標（R5）', '最終目標（R10）', '実績値', '備考']);
  L10.forEach((p, i) =>
    put(ws, 5 + i, 1, [i + 1, p.name, p.desc, p.unit, p.base, p.mid, p.fin, p.a, i === 4 ? '福祉専門職との連携による作成を推進中' : undefined]),
  );
  ws.getCell('B12').value = '※計画期間：令和元年度～令和10年度（中間年：令和５年度）';
}

const E10: ExpectedIndicator[] = L10.map((p) => ind(S10, p.name, p.unit, num(p.mid), num(p.a.split('\n')[0])));

export const PLAN_MID_FINAL: Holdout2Workbook = {
  name: 'h54-plan-mid-and-final',
  layout:
    'D: 指標 | 指標の説明 | 単位 | 現況値（R1） | 中間目標（R5） | 最終目標（R10） | 実績値 with 「（R5年度）」 in the cell; the period from 令和５年度実績 in the second title line',
  build(wb) {
    buildPlanMid(wb.addWorksheet(S10));
  },
  expected: { file: 'h54-plan-mid-and-final.xlsx', fiscalYear: 2023, indicators: E10, groups: [] },
};

// ---------------------------------------------------------------- 11: two stacked tables, each with its unit only in 「（単位：人）」/「（単位：％）」, a final target only
const S11 = '指標';
type P11 = { name: string; base: number | string; fin: number | string; a: number | string; actual: number | null; status?: 'approximate' | 'pending' };
const T11A: P11[] = [
  { name: '市民体育館の年間利用者数', base: '128,400', fin: '150,000', a: '約141,000', actual: 141000, status: 'approximate' },
  { name: 'スポーツ少年団の団員数', base: '1,210', fin: '1,300', a: '1,085', actual: 1085 },
  { name: '市民マラソン大会の参加者数', base: '2,150', fin: '3,000', a: '3,120', actual: 3120 },
];
const T11B: P11[] = [
  { name: '週1回以上スポーツをする成人の割合', base: 42.3, fin: 65.0, a: 48.7, actual: 48.7 },
  { name: 'スポーツ観戦をした市民の割合', base: 20.5, fin: 30.0, a: 24.1, actual: 24.1 },
  { name: 'スポーツボランティアに参加した市民の割合', base: 5.2, fin: 10.0, a: '集計中', actual: null, status: 'pending' },
];

function table11(ws: Worksheet, r: number, title: string, unit: string, list: P11[]): number {
  ws.getCell(r, 1).value = title;
  ws.getCell(r, 5).value = `（単位：${unit}）`;
  put(ws, r + 1, 1, ['指標', '現況（計画策定時・R3）', '目標（R9）', '実績（R5）', '備考']);
  list.forEach((p, i) => put(ws, r + 2 + i, 1, [p.name, p.base, p.fin, p.a, p.status === 'pending' ? '市民アンケート集計中' : undefined]));
  return r + 2 + list.length;
}

function buildPlanUnits(ws: Worksheet): void {
  ws.getCell('A1').value = 'スポーツ推進計画　指標の達成状況（令和５年度）';
  ws.getCell('A2').value = '所管：教育委員会スポーツ振興課';
  const end = table11(ws, 4, '１　「する」スポーツ', '人', T11A);
  const end2 = table11(ws, end + 2, '２　「みる」「ささえる」スポーツ', '％', T11B);
  ws.getCell(end2 + 1, 1).value = '※計画期間は令和4年度～令和9年度。各年度の目標は設定していないため、目標（R9）に対する状況を記載。';
  ws.getCell(end2 + 2, 1).value = '※市民体育館の利用者数は改修工事による休館期間を含む概数。';
}

const ex11 = (unit: string, list: P11[]) =>
  list.map((p) => {
    const e = ind(S11, p.name, unit, num(p.fin), p.actual, { actualStatus: p.status });
    e.targetSource = 'final';
    return e;
  });
const E11 = [...ex11('人', T11A), ...ex11('％', T11B)];

export const PLAN_UNIT_BRACKETS: Holdout2Workbook = {
  name: 'h54-plan-unit-brackets-final',
  layout:
    'D: two stacked tables (する / みる・ささえる) each with 「（単位：人）」 / 「（単位：％）」 at the right of its title, only 目標（R9） (final target used for R5), 「約141,000」, 集計中',
  build(wb) {
    buildPlanUnits(wb.addWorksheet(S11));
  },
  expected: { file: 'h54-plan-unit-brackets-final.xlsx', fiscalYear: 2023, indicators: E11, groups: [] },
};

// ---------------------------------------------------------------- 12: no evaluation year anywhere: R3–R6 actual columns, R6 empty (a guess)
const S12 = 'Sheet1';
type P12 = { name: string; unit: string; dir: '↑' | '↓'; t: number | string; a: (number | string)[] };
const L12: P12[] = [
  { name: '保育所等の待機児童数', unit: '人', dir: '↓', t: 0, a: [8, 5, 3] },
  { name: '放課後児童クラブの登録児童数', unit: '人', dir: '↑', t: 850, a: [744, 790, 812] },
  { name: '子育て支援アプリの登録者数', unit: '人', dir: '↑', t: '3,000', a: ['1,420', '2,380', '3,245'] },
  { name: '乳幼児健康診査の受診率', unit: '％', dir: '↑', t: 98.0, a: [95.8, 97.1, 96.4] },
  { name: 'ファミリー・サポート・センターの提供会員数', unit: '人', dir: '↑', t: 200, a: [162, 158, 151] },
];

function buildNoYear(ws: Worksheet): void {
  ws.getCell('A1').value = '子ども・子育て支援　指標の進捗';
  ws.getCell('F1').value = 'こども家庭課';
  put(ws, 3, 1, ['指標名', '単位', '方向', '目標値', '実績（R3）', '実績（R4）', '実績（R5）', '実績（R6）', 'コメント']);
  L12.forEach((p, i) => put(ws, 4 + i, 1, [p.name, p.unit, p.dir, p.t, ...p.a, undefined, i === 4 ? '会員の高齢化により減少' : undefined]));
  ws.getCell('A10').value = '↑：増やす　↓：減らす';
}

const E12: ExpectedIndicator[] = L12.map((p) => ind(S12, p.name, p.unit, num(p.t), num(p.a[2]), { direction: p.dir === '↓' ? 'down' : 'up' }));

export const PLAN_NO_YEAR: Holdout2Workbook = {
  name: 'h54-plan-no-year-stated',
  layout:
    'D/C: one 目標値 column and 実績（R3）…実績（R6） with R6 still empty, no evaluation year anywhere (R5 inferred: a guess), 方向 ↑↓, a target of 0 for a ↓ indicator',
  build(wb) {
    buildNoYear(wb.addWorksheet(S12));
  },
  expected: { file: 'h54-plan-no-year-stated.xlsx', fiscalYear: 2023, indicators: E12, groups: [], guesses: ['period'] },
};

export const PLAN_WORKBOOKS: Holdout2Workbook[] = [PLAN_MID_FINAL, PLAN_UNIT_BRACKETS, PLAN_NO_YEAR];
