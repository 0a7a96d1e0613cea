/** Hold-out 54, family B: 事業実績 tables with other offices' habits (目標／実績 in one cell, the unit only in 「（単位：件）」, 約 and 概ね, 千人, ↑↓). */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const num = (v: number | string) => (typeof v === 'number' ? v : Number(v.replace(/[,，]/g, '')));

// ---------------------------------------------------------------- 4: 「目標／実績」 in one cell per year
const S4 = '事業実績';
const P4: { no: number; project: string; name: string; unit: string; r4: string; r5: string; self: string; note?: string }[] = [
  { no: 1, project: '創業支援事業', name: '創業相談件数', unit: '件', r4: '100／112', r5: '120／150', self: 'A' },
  { no: 2, project: '企業誘致推進事業', name: '新規立地企業数', unit: '社', r4: '3／2', r5: '3／1', self: 'C', note: '候補地の造成遅れ' },
  { no: 3, project: '中小企業融資あっせん事業', name: '融資あっせん件数', unit: '件', r4: '80／64', r5: '80／71', self: 'B' },
  { no: 4, project: '商店街にぎわい創出事業', name: 'イベント来場者数', unit: '人', r4: '15,000／13,200', r5: '15,000／16,350', self: 'A' },
  {
    no: 5,
    project: '特産品販路拡大事業',
    name: '商談会参加事業者数',
    unit: '事業者',
    r4: '25／18',
    r5: '30／未実施',
    self: 'D',
    note: '首都圏商談会が主催者都合で中止',
  },
  { no: 6, project: '雇用促進奨励金交付事業', name: '奨励金交付件数', unit: '件', r4: '40／38', r5: '40／集計中', self: '', note: '3月分の申請を審査中' },
];

function buildSlash(ws: Worksheet): void {
  ws.mergeCells('A1:I1');
  ws.getCell('A1').value = '令和5年度　主要事業の実績報告（商工観光部　産業振興課）';
  ws.getCell('H2').value = '令和6年5月現在';
  put(ws, 4, 1, ['No.', '事業名', '成果指標', '単位', 'R4年度', 'R5年度', '自己評価', '備考', '事業費（千円）']);
  put(ws, 5, 5, ['目標／実績', '目標／実績']);
  for (const c of [1, 2, 3, 4, 7, 8, 9]) ws.mergeCells(4, c, 5, c);
  const cost = ['2,840', '5,120', '61,300', '8,700', '1,950', '24,600'];
  P4.forEach((p, i) => put(ws, 6 + i, 1, [p.no, p.project, p.name, p.unit, p.r4, p.r5, p.self || undefined, p.note, cost[i]]));
  put(ws, 12, 2, ['合計', undefined, undefined, undefined, undefined, undefined, undefined, '104,510']);
  ws.getCell('B14').value = '※「目標／実績」欄は、左に目標値、右に実績値を記載。';
  ws.getCell('B15').value = '※自己評価　A：目標を達成　B：8割以上　C：6割以上　D：6割未満又は未実施';
}

const E4: ExpectedIndicator[] = P4.map((p) => {
  const [t, a] = p.r5.split('／');
  if (a === '未実施') return ind(S4, p.name, p.unit, num(t), null, { actualStatus: 'not-implemented', existing: p.self });
  if (a === '集計中') return ind(S4, p.name, p.unit, num(t), null, { actualStatus: 'pending' });
  return ind(S4, p.name, p.unit, num(t), num(a), { existing: p.self });
});

export const PROJECT_SLASH: Holdout2Workbook = {
  name: 'h54-project-target-slash-actual',
  layout:
    'B: 事業 table with 「目標／実績」 in one cell per year (R4年度 and R5年度 columns), 自己評価 A–D, 未実施 and 集計中 after the slash, 事業費 column and a 合計 row',
  build(wb) {
    buildSlash(wb.addWorksheet(S4));
  },
  expected: { file: 'h54-project-target-slash-actual.xlsx', fiscalYear: 2023, indicators: E4, groups: [] },
};

// ---------------------------------------------------------------- 5: the unit only in 「（単位：件）」 over the table, 5年度 headings, a 達成率 the department computed
const S5 = '実績一覧';
const P5: { project: string; name: string; prev: number | string; t: number | string; a: number | string; rate: string; grade: string }[] = [
  { project: '生活困窮者自立相談支援事業', name: '新規相談受付件数', prev: 412, t: 450, a: 468, rate: '104.0', grade: 'A' },
  { project: '地域見守りネットワーク事業', name: '見守り訪問件数', prev: '2,830', t: '3,000', a: '2,655', rate: '88.5', grade: 'B' },
  { project: '成年後見制度利用支援事業', name: '市長申立件数', prev: 6, t: 10, a: 7, rate: '70.0', grade: 'C' },
  { project: '権利擁護センター運営事業', name: '権利擁護相談件数', prev: 188, t: 200, a: 120, rate: '60.0', grade: 'C' },
  { project: '民生委員活動支援事業', name: '民生委員による相談支援件数', prev: '15,204', t: '15,500', a: '集計中', rate: '－', grade: '－' },
  { project: '子育て世代包括支援事業', name: '子育て相談件数', prev: '1,020', t: '1,100', a: '1,076', rate: '97.8', grade: 'B' },
];

function buildUnitHeader(ws: Worksheet): void {
  ws.getCell('A1').value = '５年度　事業実績（福祉部　地域福祉課・子育て支援課）';
  ws.getCell('H3').value = '（単位：件）';
  put(ws, 4, 1, ['No.', '事業名', '指標', '4年度実績', '5年度目標', '5年度実績', '達成率（％）', '評価']);
  P5.forEach((p, i) => put(ws, 5 + i, 1, [i + 1, p.project, p.name, p.prev, p.t, p.a, p.rate, p.grade]));
  ws.getCell('B12').value = '※達成率＝5年度実績÷5年度目標×100（小数点第2位を四捨五入）';
  ws.getCell('B13').value = '※評価　A：100％以上　B：80％以上　C：60％以上　D：60％未満';
  ws.getCell('B14').value = '※民生委員の相談件数は県への活動報告の確定後に記入（6月末予定）';
  ws.getCell('B17').value = '【参考】窓口来所者数（延べ人数）';
  put(ws, 18, 2, ['4年度', '5年度']);
  put(ws, 19, 2, ['3,412人', '3,655人']);
}

const E5: ExpectedIndicator[] = P5.map((p) =>
  typeof p.a === 'string' && p.a === '集計中'
    ? ind(S5, p.name, '件', num(p.t), null, { actualStatus: 'pending' })
    : ind(S5, p.name, '件', num(p.t), num(p.a), { existing: p.grade }),
);

export const PROJECT_UNIT_HEADER: Holdout2Workbook = {
  name: 'h54-project-unit-in-bracket',
  layout:
    'B: 事業名 | 指標 | 4年度実績 | 5年度目標 | 5年度実績 | 達成率（％） | 評価, the unit only in 「（単位：件）」 above the table, a 集計中 row graded －, a 参考 mini-table below',
  build(wb) {
    buildUnitHeader(wb.addWorksheet(S5));
  },
  expected: { file: 'h54-project-unit-in-bracket.xlsx', fiscalYear: 2023, indicators: E5, groups: [] },
};

// ---------------------------------------------------------------- 6: 約 / 概ね values, 千人, a 方向 column with ↑ ↓, a 速報値
const S6 = 'R5実績';
const P6: {
  project: string;
  name: string;
  dir: '↑' | '↓';
  unit: string;
  t: number | string;
  a: string | number;
  actual: number;
  status?: 'approximate' | 'provisional';
}[] = [
  { project: '観光プロモーション事業', name: '観光入込客数', dir: '↑', unit: '千人', t: '1,850', a: '約1,720', actual: 1720, status: 'approximate' },
  { project: 'まつり開催支援事業', name: '夏まつり来場者数', dir: '↑', unit: '千人', t: 120, a: '概ね135', actual: 135, status: 'approximate' },
  { project: '観光案内所運営事業', name: '観光案内所の利用者数', dir: '↑', unit: '人', t: '32,000', a: '28,416', actual: 28416 },
  { project: '観光施設維持管理事業', name: '観光施設に関する苦情件数', dir: '↓', unit: '件', t: 20, a: 26, actual: 26 },
  {
    project: '交流人口拡大事業',
    name: '市内宿泊施設の延べ宿泊者数',
    dir: '↑',
    unit: '人',
    t: '210,000',
    a: '198,530（速報値）',
    actual: 198530,
    status: 'provisional',
  },
  { project: '二次交通対策事業', name: '周遊バスの運休便数', dir: '↓', unit: '便', t: 10, a: 4, actual: 4 },
];

function buildApprox(ws: Worksheet): void {
  ws.mergeCells('B1:H1');
  ws.getCell('B1').value = 'R5年度　観光交流課　事務事業の実績';
  put(ws, 3, 2, ['事業名', '成果指標', '方向', '単位', 'R5目標', 'R5実績', '担当係']);
  P6.forEach((p, i) => put(ws, 4 + i, 2, [p.project, p.name, p.dir, p.unit, p.t, p.a, i < 3 ? '観光振興係' : '交流推進係']));
  ws.getCell('B11').value = '方向　↑：数値の増加を目指す　↓：数値の減少を目指す';
  ws.getCell('B12').value = '※観光入込客数・夏まつり来場者数は推計値（千人未満四捨五入）。宿泊者数は県観光統計の速報値。';
  ws.getCell('J3').value = '（参考）観光関連予算';
  put(ws, 4, 10, ['R5当初', '48,200千円']);
  put(ws, 5, 10, ['R5決算', '46,915千円']);
}

const E6: ExpectedIndicator[] = P6.map((p) =>
  ind(S6, p.name, p.unit, num(p.t), p.actual, { direction: p.dir === '↓' ? 'down' : 'up', actualStatus: p.status }),
);

export const PROJECT_APPROX: Holdout2Workbook = {
  name: 'h54-project-approx-arrows',
  layout: 'B: table from B3 with a 方向 column (↑/↓), 千人 units, 「約1,720」「概ね135」 estimates, a 速報値 in the cell, a 参考 budget table beside',
  build(wb) {
    buildApprox(wb.addWorksheet(S6));
  },
  expected: { file: 'h54-project-approx-arrows.xlsx', fiscalYear: 2023, indicators: E6, groups: [] },
};

export const PROJECT_WORKBOOKS: Holdout2Workbook[] = [PROJECT_SLASH, PROJECT_UNIT_HEADER, PROJECT_APPROX];
