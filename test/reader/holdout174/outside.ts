/**
 * Hold-out set 174, four shapes outside the families that 畜産・家畜防疫 offices use: a 家畜保健衛生所 月別検査実績 with a
 * 年度計 (formula) and 年間計画, 事務事業評価シート one 事業 per sheet, a 畜産振興計画 進捗管理表 with its own 100/80/50 scale,
 * and a 家畜防疫 年度別推移 with the years as rows.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// 5. 月別検査実績 (令和３年度): one row per 検査, 4月…3月, 年度計 as a SUM formula, 年間計画, 達成率 as a formula.

const TESTS: [string, string, number[], number][] = [
  ['牛ヨーネ病検査', '頭', [180, 220, 205, 160, 90, 240, 260, 210, 150, 95, 180, 200], 2400],
  ['豚熱抗体検査', '頭', [60, 60, 70, 60, 0, 60, 60, 70, 60, 60, 50, 60], 720],
  ['鳥インフルエンザ定点モニタリング', '羽', [100, 100, 100, 0, 0, 0, 100, 100, 100, 100, 100, 100], 1200],
  ['牛伝染性リンパ腫抗体検査', '頭', [35, 40, 22, 18, 12, 30, 28, 26, 20, 15, 22, 30], 450],
];

const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);

const GEPPO_FACTS: ExpectedIndicator[] = TESTS.map(([name, unit, m, plan]) => ind('検査実績', name, unit, plan, sum(m)));

const geppo: Holdout2Workbook = {
  name: 'h174-geppo-kensa',
  layout:
    '家畜保健衛生所 令和３年度 病性鑑定・検査実績（月別）: one row per 検査 with 単位, 4月…3月, 年度計 as =SUM() with its result, 年間計画, 達成率 as a formula shown in %',
  build(wb) {
    const ws = wb.addWorksheet('検査実績');
    widths(ws, [30, 6, ...Array(12).fill(7), 9, 9, 9]);
    merge(ws, 1, 1, 1, 17, '令和３年度　家畜伝染病予防法に基づく検査実績（月別）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 15, ['（令和４年４月集計）']);
    const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
    put(ws, 3, 1, ['検査項目', '単位', ...months, '年度計', '年間計画', '達成率']);
    TESTS.forEach(([name, unit, m, plan], i) => {
      const r = 4 + i;
      put(ws, r, 1, [name, unit, ...m]);
      ws.getCell(r, 15).value = { formula: `SUM(C${r}:N${r})`, result: sum(m) };
      ws.getCell(r, 16).value = plan;
      ws.getCell(r, 17).value = { formula: `O${r}/P${r}`, result: sum(m) / plan };
      ws.getCell(r, 17).numFmt = '0.0%';
    });
    box(ws, 3, 1, 3 + TESTS.length, 17);
    put(ws, 9, 1, ['※豚熱抗体検査の8月は豚熱ワクチン接種体制の見直しのため休止。鳥インフルエンザ定点モニタリングは7～9月休止（夏季）。']);
  },
  expected: { file: 'h174-geppo-kensa.xlsx', fiscalYear: 2021, indicators: GEPPO_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 6. 事務事業評価シート (令和２年度): one 事業 per sheet, label/value header, 活動指標 and 成果指標 with 目標値／実績値 rows.

interface JimuIndicator {
  kind: '活動指標' | '成果指標';
  name: string;
  unit: string;
  /** R1, R2, R3 targets and R1, R2 actuals (R3 blank). */
  targets: number[];
  actuals: number[];
}

interface Jimu {
  sheet: string;
  code: string;
  name: string;
  purpose: string;
  inds: JimuIndicator[];
}

const JIMU: Jimu[] = [
  {
    sheet: '01家畜防疫',
    code: '05-03-01',
    name: '家畜防疫対策事業',
    purpose: '家畜伝染病の発生に備え、防疫資材の備蓄と農家参加の防疫演習を行い、初動防疫体制を整える。',
    inds: [
      { kind: '活動指標', name: '防疫資材（消石灰）の備蓄量', unit: '袋', targets: [1500, 2000, 2000], actuals: [1500, 2000] },
      { kind: '成果指標', name: '防疫演習への農家参加率', unit: '％', targets: [60.0, 70.0, 80.0], actuals: [52.4, 58.5] },
    ],
  },
  {
    sheet: '02畜産振興',
    code: '05-03-02',
    name: '肉用牛改良推進事業',
    purpose: '共進会への出品と優良種雄牛の精液利用を支援し、市内産肉用牛の資質向上を図る。',
    inds: [
      { kind: '活動指標', name: '共進会等出品頭数', unit: '頭', targets: [60, 60, 60], actuals: [57, 38] },
      { kind: '成果指標', name: '枝肉格付４等級以上の割合', unit: '％', targets: [72.0, 75.0, 78.0], actuals: [73.1, 78.2] },
    ],
  },
];

function jimuSheet(ws: Worksheet, j: Jimu): void {
  widths(ws, [14, 30, 8, 10, 12, 12, 12, 24]);
  merge(ws, 1, 1, 1, 8, '事務事業評価シート（令和２年度実績）');
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  put(ws, 2, 7, ['評価対象年度', '令和２年度']);
  put(ws, 3, 1, ['事業コード', j.code]);
  put(ws, 4, 1, ['事務事業名']);
  merge(ws, 4, 2, 4, 8, j.name);
  put(ws, 5, 1, ['担当課']);
  merge(ws, 5, 2, 5, 8, '産業振興部　畜産振興課');
  put(ws, 6, 1, ['事業の目的']);
  merge(ws, 6, 2, 6, 8, j.purpose);
  ws.getRow(6).height = 36;
  box(ws, 3, 1, 6, 8);
  put(ws, 8, 1, ['■指標']);
  put(ws, 9, 1, ['区分', '指標名', '単位', '', '令和元年度', '令和２年度', '令和３年度', '備考']);
  j.inds.forEach((x, i) => {
    const r = 10 + i * 2;
    merge(ws, r, 1, r + 1, 1, x.kind);
    merge(ws, r, 2, r + 1, 2, x.name);
    merge(ws, r, 3, r + 1, 3, x.unit);
    put(ws, r, 4, ['目標値', ...x.targets]);
    put(ws, r + 1, 4, ['実績値', ...x.actuals]);
    merge(ws, r, 8, r + 1, 8);
  });
  const last = 9 + j.inds.length * 2;
  wrap(ws, 9, 1, last, 8);
  box(ws, 9, 1, last, 8);
  put(ws, last + 2, 1, ['■評価']);
  merge(ws, last + 3, 1, last + 3, 8, '新型コロナウイルス感染症の影響により一部の事業を縮小して実施した。');
}

const JIMU_FACTS: ExpectedIndicator[] = JIMU.flatMap((j) => j.inds.map((x) => ind(j.sheet, x.name, x.unit, x.targets[1], x.actuals[1])));

const jimu: Holdout2Workbook = {
  name: 'h174-jimujigyo-chikusan',
  layout:
    '令和２年度 事務事業評価シート, one 事業 per sheet (01家畜防疫, 02畜産振興): label cells 事業コード／事務事業名／担当課, 評価対象年度 令和２年度 beside, 活動指標 and 成果指標 with 目標値／実績値 rows over 令和元年度…令和３年度 (令和３年度 target only)',
  build(wb) {
    for (const j of JIMU) jimuSheet(wb.addWorksheet(j.sheet), j);
  },
  expected: { file: 'h174-jimujigyo-chikusan.xlsx', fiscalYear: 2020, indicators: JIMU_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 7. 進捗管理表 (令和元年度) with its own scale Ａ 100 % / Ｂ 80 % / Ｃ 50 % / Ｄ below: the grade follows the sheet's bands.

const OWN: [string, string, '増加' | '減少', string, number, number, string][] = [
  // 指標, 単位, 目標の方向, 基準値（H29）, 目標値（R元）, 実績値（R元）, 評価（as written）
  ['乳用牛の平均産次数', '産', '増加', '2.7', 3.0, 2.9, 'B'],
  ['肉用牛繁殖経営の規模拡大戸数', '戸', '増加', '－', 10, 6, 'C'],
  ['公共牧場の放牧面積', 'ha', '増加', '98', 120, 65, 'C'],
  ['畜産環境に関する苦情件数', '件', '減少', '15', 10, 14, 'C'],
  ['地域内一貫生産牛の出荷頭数', '頭', '増加', '152', 400, 188, 'D'],
  ['酪農ヘルパー利用戸数', '戸', '増加', '24', 30, 31, 'A'],
];

function ownGrade(target: number, actual: number, down: boolean): string {
  const rate = down ? target / actual : actual / target;
  return rate >= 1 ? 'A' : rate >= 0.8 ? 'B' : rate >= 0.5 ? 'C' : 'D';
}

const OWN_FACTS: ExpectedIndicator[] = OWN.map(([name, unit, way, , t, a, mark]) => {
  const down = way === '減少';
  return { ...ind('進捗管理表', name, unit, t, a, { direction: down ? 'down' : 'up', existing: mark }), grade: ownGrade(t, a, down) };
});

const shinchoku: Holdout2Workbook = {
  name: 'h174-shinchoku-ownscale',
  layout:
    "畜産振興計画 進捗管理表（令和元年度）: 指標｜単位｜目標の方向 増加／減少｜基準値（H29）｜目標値（R元）｜実績値（R元）｜達成率｜評価 A–D｜備考, with the sheet's own 評価基準 Ａ 100％以上 Ｂ 80％以上 Ｃ 50％以上 Ｄ 50％未満 (grades follow it)",
  build(wb) {
    const ws = wb.addWorksheet('進捗管理表');
    widths(ws, [30, 7, 10, 12, 12, 12, 10, 7, 26]);
    merge(ws, 1, 1, 1, 9, '第３次畜産振興計画　進捗管理表（令和元年度）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 3, 1, ['指標', '単位', '目標の方向', '基準値\n（H29）', '目標値\n（R元）', '実績値\n（R元）', '達成率', '評価', '備考']);
    OWN.forEach(([name, unit, way, base, t, a, mark], i) => {
      const r = 4 + i;
      put(ws, r, 1, [name, unit, way, base, t, a]);
      ws.getCell(r, 7).value = way === '減少' ? t / a : a / t;
      ws.getCell(r, 7).numFmt = '0.0%';
      put(ws, r, 8, [mark]);
    });
    put(ws, 5, 9, ['H29は新規拡大なし']);
    put(ws, 6, 9, ['夏季の干ばつで入牧頭数減']);
    wrap(ws, 3, 1, 3 + OWN.length, 9);
    box(ws, 3, 1, 3 + OWN.length, 9);
    put(ws, 11, 1, ['評価基準　Ａ：100％以上　Ｂ：80％以上　Ｃ：50％以上　Ｄ：50％未満']);
    put(ws, 12, 1, ['※達成率は、目標の方向が「減少」の指標は目標値÷実績値で算出']);
  },
  expected: { file: 'h174-shinchoku-ownscale.xlsx', fiscalYear: 2019, indicators: OWN_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 8. 年度別推移 (令和４年度): years as rows (平成30年度…令和5年度), 目標／実績 pairs per indicator across the columns.

const YEARS = ['平成30年度', '令和元年度', '令和2年度', '令和3年度', '令和4年度', '令和5年度'];
const SERIES: { name: string; unit: string; down: boolean; t: number[]; a: (number | null)[] }[] = [
  { name: '牛の個体識別届出遅延件数', unit: '件', down: true, t: [40, 35, 30, 25, 20, 15], a: [46, 38, 27, 22, 16, null] },
  { name: '家畜保健衛生所の巡回農場数', unit: '戸', down: false, t: [320, 330, 330, 340, 350, 360], a: [315, 322, 298, 336, 318, null] },
  { name: '畜舎消毒実施率', unit: '％', down: false, t: [85.0, 88.0, 90.0, 92.0, 95.0, 97.0], a: [83.2, 86.9, 91.5, 90.4, 91.2, null] },
];

const SUII_FACTS: ExpectedIndicator[] = SERIES.map((s) => ind('推移', s.name, s.unit, s.t[4], s.a[4], { direction: s.down ? 'down' : 'up' }));

const suii: Holdout2Workbook = {
  name: 'h174-suii-boeki-rows',
  layout:
    '家畜防疫指標の年度別推移 with the years as rows (平成30年度…令和5年度, 令和5年度 target only), each indicator a merged heading 「名称（単位）」 over 目標｜実績, 「（↓少ないほど良い）」 in one heading, 評価対象年度：令和４年度 above',
  build(wb) {
    const ws = wb.addWorksheet('推移');
    widths(ws, [14, 10, 10, 10, 10, 10, 10]);
    merge(ws, 1, 1, 1, 7, '家畜防疫関係指標の年度別推移');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['評価対象年度：令和４年度']);
    merge(ws, 3, 1, 4, 1, '年度');
    SERIES.forEach((s, i) => {
      merge(ws, 3, 2 + i * 2, 3, 3 + i * 2, `${s.name}（${s.unit}）${s.down ? '\n（↓少ないほど良い）' : ''}`);
      put(ws, 4, 2 + i * 2, ['目標', '実績']);
    });
    ws.getRow(3).height = 48;
    YEARS.forEach((y, k) => {
      put(ws, 5 + k, 1, [y]);
      SERIES.forEach((s, i) => put(ws, 5 + k, 2 + i * 2, [s.t[k], s.a[k]]));
    });
    wrap(ws, 3, 1, 4, 7);
    box(ws, 3, 1, 4 + YEARS.length, 7);
    put(ws, 12, 1, ['※令和5年度の実績は令和6年度に取りまとめる。']);
  },
  expected: { file: 'h174-suii-boeki-rows.xlsx', fiscalYear: 2022, indicators: SUII_FACTS, groups: [] },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [geppo, jimu, shinchoku, suii];
