/**
 * Hold-out 93, three workbooks that invite a silent wrong reading in the year the new plan starts: the new plan's indicator
 * list whose 評価 is the old plan's final evaluation (the 前計画の目標値（令和7年度） applies, not the 中間目標 or the
 * 目標値（令和12年度） beside it; 新規 indicators have no old target, one no actual yet); a 健康増進計画 最終評価 whose
 * 最終値 is 「集計中」 or 「－」 where the new plan's 基準値（令和6年度） sits right beside it; 実績（見込）【5月時点】 and
 * 実績（確定値）【11月更新】 columns where the department's grade was written from the forecast.
 */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook as Holdout93Workbook, ind, put } from '../holdout2/kit';
import type { Direction, ExpectedIndicator } from '../model';

const WRAP = { wrapText: true, vertical: 'middle' as const };

function merge(ws: Worksheet, range: string, value?: string | number): void {
  ws.mergeCells(range);
  if (value !== undefined) ws.getCell(range.split(':')[0]).value = value;
}

function widths(ws: Worksheet, w: number[]): void {
  w.forEach((x, i) => (ws.getColumn(i + 1).width = x));
}

// ---------------------------------------------------------------------------------------------------------------------------
// The new plan's indicator list with the old plan's final evaluation in it

interface NewPlanRow {
  name: string;
  unit: string;
  kind: '継続' | '見直し' | '新規';
  oldName: string;
  oldTarget: number | '－';
  actual: number | '－';
  grade: string;
  base: number | string;
  mid: number;
  goal: number;
}

const NEW_PLAN: NewPlanRow[] = [
  { name: '観光入込客数', unit: '万人', kind: '継続', oldName: '同左', oldTarget: 180, actual: 172.4, grade: 'B', base: 168.0, mid: 200, goal: 230 },
  { name: '市内宿泊者数', unit: '人', kind: '継続', oldName: '同左', oldTarget: 95000, actual: 98210, grade: 'A', base: 93480, mid: 108000, goal: 120000 },
  {
    name: '新規創業件数',
    unit: '件',
    kind: '見直し',
    oldName: '創業支援事業計画に基づく創業件数',
    oldTarget: 30,
    actual: 27,
    grade: 'B',
    base: 24,
    mid: 34,
    goal: 40,
  },
  {
    name: 'キャッシュレス決済を導入している市内店舗の割合',
    unit: '％',
    kind: '新規',
    oldName: '－',
    oldTarget: '－',
    actual: 46.2,
    grade: '－',
    base: 41.0,
    mid: 58.0,
    goal: 70.0,
  },
  { name: '企業誘致件数（累計）', unit: '件', kind: '継続', oldName: '同左', oldTarget: 12, actual: 9, grade: 'C', base: 8, mid: 14, goal: 20 },
  {
    name: '中心市街地の歩行者通行量（休日）',
    unit: '人',
    kind: '継続',
    oldName: '同左',
    oldTarget: 8000,
    actual: 6500,
    grade: 'B',
    base: 6240,
    mid: 8000,
    goal: 10000,
  },
  {
    name: 'スマート農業技術を導入した経営体数',
    unit: '経営体',
    kind: '新規',
    oldName: '－',
    oldTarget: '－',
    actual: '－',
    grade: '－',
    base: 5,
    mid: 15,
    goal: 30,
  },
  {
    name: '農業産出額',
    unit: '億円',
    kind: '見直し',
    oldName: '農業産出額（推計）',
    oldTarget: 140,
    actual: 128.6,
    grade: 'B',
    base: 126.3,
    mid: 138,
    goal: 150,
  },
  { name: '認定農業者数', unit: '経営体', kind: '継続', oldName: '同左', oldTarget: 210, actual: 198, grade: 'B', base: 201, mid: 200, goal: 200 },
];

const NP = '成果指標';
const newPlanList: Holdout93Workbook = {
  name: 'h93-t-new-plan-list-old-eval',
  layout:
    '誤りを誘う：第3次計画の成果指標一覧（区分 継続／見直し／新規、旧指標名）に前計画の最終評価を入れた表、前計画の目標値（令和7年度）｜令和7年度実績｜評価の右に基準値（令和6年度）・中間目標（令和10年度）・目標値（令和12年度）、新規指標の「－」',
  build(wb) {
    const ws = wb.addWorksheet(NP);
    widths(ws, [5, 34, 8, 8, 26, 13, 12, 7, 13, 13, 13]);
    merge(ws, 'A1:K1', '第３次みどり野市総合計画 前期基本計画　基本目標２「にぎわいと活力のあるまち」成果指標一覧');
    merge(
      ws,
      'A2:K2',
      '※「前計画の最終評価」欄は、第2次総合計画 後期基本計画の目標値（令和7年度）に対する令和7年度実績の達成状況（A：100％以上　B：80％以上　C：60％以上　D：60％未満）。',
    );
    ws.getCell('A2').alignment = WRAP;
    merge(ws, 'A4:A5', 'No.');
    merge(ws, 'B4:B5', '指標名');
    merge(ws, 'C4:C5', '単位');
    merge(ws, 'D4:D5', '区分');
    merge(ws, 'E4:E5', '旧指標名（第2次計画）');
    merge(ws, 'F4:H4', '前計画の最終評価');
    put(ws, 5, 6, ['前計画の目標値\n（令和7年度）', '令和7年度\n実績', '評価']);
    merge(ws, 'I4:K4', '第3次計画（令和8〜12年度）');
    put(ws, 5, 9, ['基準値\n（令和6年度）', '中間目標\n（令和10年度）', '目標値\n（令和12年度）']);
    ws.getRow(5).alignment = WRAP;
    NEW_PLAN.forEach((x, i) => put(ws, 6 + i, 1, [i + 1, x.name, x.unit, x.kind, x.oldName, x.oldTarget, x.actual, x.grade, x.base, x.mid, x.goal]));
    ws.getCell(16, 1).value = '※区分　継続：第2次計画から引き続き設定　見直し：指標名・定義を見直し　新規：第3次計画で新たに設定（前計画の目標なし）';
    ws.getCell(17, 1).value = '※スマート農業技術を導入した経営体数は令和8年度から毎年度調査（基準値は令和6年度の農業者アンケートによる）。';
  },
  expected: {
    file: 'h93-t-new-plan-list-old-eval.xlsx',
    fiscalYear: 2025,
    indicators: NEW_PLAN.map((x): ExpectedIndicator => {
      const target = typeof x.oldTarget === 'number' ? x.oldTarget : null;
      if (typeof x.actual !== 'number') return ind(NP, x.name, x.unit, target, null, { actualStatus: 'not-applicable' });
      return ind(NP, x.name, x.unit, target, x.actual, x.grade === '－' ? {} : { existing: x.grade });
    }),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 健康増進計画 最終評価 with the new plan's 基準値（令和6年度） right of the 最終値

interface HealthRow {
  field: string;
  name: string;
  unit: string;
  direction: Direction;
  start: number | string;
  target: number | string;
  final: number | string;
  grade: string;
  base: number;
  goal: number;
}

const HEALTH: HealthRow[] = [
  {
    field: '健診・検診',
    name: '特定健康診査受診率',
    unit: '％',
    direction: 'up',
    start: 35.2,
    target: 60.0,
    final: '集計中',
    grade: '－',
    base: 44.9,
    goal: 60.0,
  },
  { field: '', name: '特定保健指導実施率', unit: '％', direction: 'up', start: 18.7, target: 60.0, final: '集計中', grade: '－', base: 31.2, goal: 60.0 },
  { field: '', name: '大腸がん検診受診率', unit: '％', direction: 'up', start: 24.0, target: 40.0, final: 27.8, grade: 'C', base: 27.1, goal: 40.0 },
  { field: '生活習慣', name: '成人の喫煙率', unit: '％', direction: 'down', start: 18.9, target: 12.0, final: 14.6, grade: 'B', base: 15.3, goal: 10.0 },
  { field: '', name: '1日の平均歩数（20〜64歳男性）', unit: '歩', direction: 'up', start: 7350, target: 8000, final: 7120, grade: 'B', base: 7240, goal: 8000 },
  { field: '歯と口', name: 'むし歯のない3歳児の割合', unit: '％', direction: 'up', start: 82.5, target: 90.0, final: 91.4, grade: 'A', base: 90.6, goal: 95.0 },
  {
    field: 'こころ',
    name: '自殺死亡率（人口10万対）',
    unit: '人',
    direction: 'down',
    start: 19.4,
    target: 13.0,
    final: '15.8\n（暫定値）',
    grade: 'B',
    base: 16.2,
    goal: 12.0,
  },
  {
    field: '身体活動（新規）',
    name: 'ロコモティブシンドロームを認知している市民の割合',
    unit: '％',
    direction: 'up',
    start: '－',
    target: '－',
    final: '－',
    grade: '－',
    base: 38.0,
    goal: 80.0,
  },
];

const HS = '最終評価';
const healthFinal: Holdout93Workbook = {
  name: 'h93-t-kenko-final-baseline-beside',
  layout:
    '誤りを誘う：健康増進計画の最終評価、計画策定時の値（平成28年度）｜目標値（令和7年度）｜最終値（令和7年度）｜評価の右に第3次計画の基準値（令和6年度）と目標値（令和12年度）、最終値の「集計中」「－」「（暫定値）」、目指す方向（増加／減少）',
  build(wb) {
    const ws = wb.addWorksheet(HS);
    widths(ws, [11, 40, 7, 9, 13, 13, 13, 7, 14, 14]);
    merge(ws, 'A1:J1', '健康みどり野21（第2次）最終評価　兼　健康みどり野21（第3次）基準値一覧');
    merge(ws, 'A2:J2', '最終評価の対象：令和7年度（第2次計画 最終年度）　評価　A：目標達成　B：80％以上　C：60％以上　D：60％未満　－：評価できない');
    put(ws, 4, 1, [
      '分野',
      '指標',
      '単位',
      '目指す方向',
      '計画策定時の値\n（平成28年度）',
      '目標値\n（令和7年度）',
      '最終値\n（令和7年度）',
      '評価',
      '第3次計画の基準値\n（令和6年度）',
      '第3次計画の目標値\n（令和12年度）',
    ]);
    ws.getRow(4).alignment = WRAP;
    let fieldRow = 5;
    HEALTH.forEach((h, i) => {
      const r = 5 + i;
      if (h.field) fieldRow = r;
      put(ws, r, 2, [h.name, h.unit, h.direction === 'up' ? '増加' : '減少', h.start, h.target, h.final, h.grade, h.base, h.goal]);
      ws.getCell(r, 7).alignment = WRAP;
      const next = HEALTH[i + 1];
      if (!next || next.field) {
        if (r > fieldRow) merge(ws, `A${fieldRow}:A${r}`, HEALTH[fieldRow - 5].field);
        else ws.getCell(r, 1).value = h.field;
      }
    });
    ws.getCell(14, 1).value = '※特定健康診査受診率・特定保健指導実施率の令和7年度値は法定報告の確定（令和8年11月以降）まで集計中。';
    ws.getCell(15, 1).value = '※ロコモティブシンドロームの認知度は第3次計画で新たに設定した指標（令和6年度市民健康意識調査による基準値）。';
    ws.getCell(16, 1).value = '※自殺死亡率の令和7年度値は人口動態統計（概数）による暫定値。';
  },
  expected: {
    file: 'h93-t-kenko-final-baseline-beside.xlsx',
    fiscalYear: 2025,
    indicators: [
      ind(HS, '特定健康診査受診率', '％', 60.0, null, { actualStatus: 'pending' }),
      ind(HS, '特定保健指導実施率', '％', 60.0, null, { actualStatus: 'pending' }),
      ind(HS, '大腸がん検診受診率', '％', 40.0, 27.8, { existing: 'C' }),
      ind(HS, '成人の喫煙率', '％', 12.0, 14.6, { direction: 'down', existing: 'B' }),
      ind(HS, '1日の平均歩数（20〜64歳男性）', '歩', 8000, 7120, { existing: 'B' }),
      ind(HS, 'むし歯のない3歳児の割合', '％', 90.0, 91.4, { existing: 'A' }),
      ind(HS, '自殺死亡率（人口10万対）', '人', 13.0, 15.8, { direction: 'down', existing: 'B', actualStatus: 'provisional' }),
      ind(HS, 'ロコモティブシンドロームを認知している市民の割合', '％', null, null, { actualStatus: 'not-applicable' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 実績（見込）【5月時点】 and 実績（確定値）【11月更新】: the 確定値 when there is one, else the 見込 as provisional

interface ForecastRow {
  policy: string;
  name: string;
  unit: string;
  direction: Direction;
  target: number;
  forecast: number | string;
  confirmed: number | null;
  grade: string;
}

const FORECAST: ForecastRow[] = [
  { policy: '2-1 保育環境の充実', name: '保育所等待機児童数（4月1日）', unit: '人', direction: 'down', target: 0, forecast: 3, confirmed: 2, grade: 'D' },
  { policy: '', name: '病児保育利用者数', unit: '人', direction: 'up', target: 900, forecast: 760, confirmed: 812, grade: 'B' },
  {
    policy: '2-2 子育て家庭への支援',
    name: '子育て支援センター利用者数',
    unit: '人',
    direction: 'up',
    target: 20000,
    forecast: 19500,
    confirmed: 20140,
    grade: 'B',
  },
  { policy: '', name: 'ファミリー・サポート・センター活動件数', unit: '件', direction: 'up', target: 2400, forecast: 2050, confirmed: 1890, grade: 'B' },
  { policy: '', name: 'ひとり親家庭の就業支援による就職者数', unit: '人', direction: 'up', target: 25, forecast: 22, confirmed: null, grade: 'B' },
  { policy: '2-3 母子保健の推進', name: '3歳児健康診査受診率', unit: '％', direction: 'up', target: 98.0, forecast: 97.0, confirmed: 97.2, grade: 'B' },
  {
    policy: '2-4 放課後の居場所づくり',
    name: '放課後児童クラブ待機児童数（5月1日）',
    unit: '人',
    direction: 'down',
    target: 10,
    forecast: 18,
    confirmed: null,
    grade: 'D',
  },
  {
    policy: '2-5 子育てしやすいまち',
    name: '子育て環境に満足している市民の割合',
    unit: '％',
    direction: 'up',
    target: 65.0,
    forecast: '－',
    confirmed: 58.3,
    grade: '－',
  },
];

const FS = '令和7年度実績';
const forecastConfirmed: Holdout93Workbook = {
  name: 'h93-t-mikomi-kakutei',
  layout:
    '誤りを誘う：目標値（令和7年度）｜令和7年度実績（見込）【5月時点】｜令和7年度実績（確定値）【11月更新】｜達成率・評価（見込時点）、確定値の空欄（見込で評価）、見込の「－」と確定値、待機児童数の目標 0',
  build(wb) {
    const ws = wb.addWorksheet(FS);
    widths(ws, [22, 38, 6, 9, 12, 14, 14, 12, 10]);
    merge(ws, 'A1:I1', '第２期みどり野市子ども・子育て支援推進計画　令和７年度 成果指標の実績（確定値反映版）');
    merge(ws, 'A2:I2', '計画期間：令和3〜7年度（最終年度）　作成：こども未来部　令和8年11月更新');
    put(ws, 4, 1, [
      '施策',
      '指標名',
      '単位',
      '方向',
      '目標値\n（令和7年度）',
      '令和7年度実績\n（見込）\n【5月時点】',
      '令和7年度実績\n（確定値）\n【11月更新】',
      '達成率\n（見込時点）',
      '評価\n（見込時点）',
    ]);
    ws.getRow(4).alignment = WRAP;
    let policyRow = 5;
    FORECAST.forEach((f, i) => {
      const r = 5 + i;
      if (f.policy) policyRow = r;
      put(ws, r, 2, [f.name, f.unit, f.direction === 'up' ? '↑' : '↓', f.target, f.forecast]);
      if (f.confirmed !== null) ws.getCell(r, 7).value = f.confirmed;
      if (typeof f.forecast === 'number' && f.target !== 0) {
        ws.getCell(r, 8).value = Math.round((f.direction === 'up' ? f.forecast / f.target : f.target / f.forecast) * 1000) / 1000;
        ws.getCell(r, 8).numFmt = '0.0%';
      } else ws.getCell(r, 8).value = '－';
      ws.getCell(r, 9).value = f.grade;
      const next = FORECAST[i + 1];
      if (!next || next.policy) {
        if (r > policyRow) merge(ws, `A${policyRow}:A${r}`, FORECAST[policyRow - 5].policy);
        else ws.getCell(r, 1).value = f.policy;
      }
    });
    ws.getCell(14, 1).value = '※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い';
    ws.getCell(15, 1).value =
      '※達成率・評価は5月の見込値によるもの（評価　A：100％以上　B：80％以上　C：60％以上　D：60％未満）。確定値欄が空欄のものは未確定。';
    ws.getCell(16, 1).value = '※子育て環境に満足している市民の割合は市民意識調査（8月実施）の結果を確定値欄に記載。';
  },
  expected: {
    file: 'h93-t-mikomi-kakutei.xlsx',
    fiscalYear: 2025,
    indicators: FORECAST.map((f) => {
      const more = { direction: f.direction, ...(f.grade === '－' ? {} : { existing: f.grade }) };
      if (f.confirmed !== null) return ind(FS, f.name, f.unit, f.target, f.confirmed, more);
      return ind(FS, f.name, f.unit, f.target, f.forecast as number, { ...more, actualStatus: 'provisional' });
    }),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout93Workbook[] = [newPlanList, healthFinal, forecastConfirmed];
