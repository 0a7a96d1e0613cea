/**
 * Hold-out set 164, shapes outside the four families that 再生可能エネルギー・省エネルギー offices use: a 公共施設太陽光発電
 * 月別発電実績 (facilities × 4月…3月, 年度計 by formula, 計画発電量, 計画比 as a fraction), 事務事業評価シート one 事業 per
 * sheet (活動指標／成果指標 with 前年度実績, 目標, 実績 and a 事業費 table), a 公用車 次世代自動車導入 table with years as rows
 * and 目標／実績 column pairs per indicator, and an エコオフィス計画 split over a 目標 sheet and a 実績 sheet joined by 番号.
 */
import type { Workbook } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 公共施設太陽光発電 月別発電実績 (令和４年度): facilities as rows, months as columns, 年度計 (formula), 計画発電量, 計画比.

const PROFILE = [0.092, 0.101, 0.083, 0.094, 0.1, 0.082, 0.077, 0.066, 0.058, 0.064, 0.078, 0.096];

interface Plant {
  name: string;
  kw: number;
  plan: number;
  factor: number;
}

const PLANTS: Plant[] = [
  { name: '市役所本庁舎', kw: 50, plan: 55000, factor: 1.04 },
  { name: '中央公民館', kw: 20, plan: 22000, factor: 0.86 },
  { name: '総合体育館', kw: 80, plan: 88000, factor: 0.97 },
  { name: '北小学校', kw: 30, plan: 33000, factor: 0.71 },
  { name: '東部浄水場', kw: 150, plan: 165000, factor: 1.01 },
  { name: '防災センター', kw: 10, plan: 11000, factor: 0.55 },
];

const monthly = (p: Plant) => PROFILE.map((x) => Math.round(p.plan * x * p.factor));
const total = (p: Plant) => monthly(p).reduce((a, b) => a + b, 0);

const HATSUDEN_FACTS: ExpectedIndicator[] = PLANTS.map((p) => ind('発電実績', p.name, 'kWh', p.plan, total(p)));

const hatsuden: Holdout2Workbook = {
  name: 'h164-monthly-hatsuden',
  layout:
    '令和４年度 公共施設太陽光発電設備 月別発電実績（単位：kWh）: 施設名｜設備容量（kW）｜4月…3月｜年度計 (=SUM formula with its result)｜年間計画発電量｜計画比 (a fraction under 0.0%); no 合計 row; a 設備一覧 sheet',
  build(wb) {
    const ws = wb.addWorksheet('発電実績');
    widths(ws, [16, 9, ...Array(12).fill(8), 10, 11, 8]);
    merge(ws, 1, 1, 1, 17, '令和４年度　公共施設太陽光発電設備　月別発電実績');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 15, ['（単位：kWh）']);
    merge(ws, 3, 1, 4, 1, '施設名');
    merge(ws, 3, 2, 4, 2, '設備容量\n（kW）');
    merge(ws, 3, 3, 3, 14, '月別発電量');
    put(ws, 4, 3, ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月']);
    merge(ws, 3, 15, 4, 15, '年度計');
    merge(ws, 3, 16, 4, 16, '年間計画\n発電量');
    merge(ws, 3, 17, 4, 17, '計画比');
    PLANTS.forEach((p, i) => {
      const r = 5 + i;
      put(ws, r, 1, [p.name, p.kw, ...monthly(p)]);
      ws.getCell(r, 15).value = { formula: `SUM(C${r}:N${r})`, result: total(p) };
      ws.getCell(r, 16).value = p.plan;
      ws.getCell(r, 17).value = { formula: `O${r}/P${r}`, result: total(p) / p.plan };
      ws.getCell(r, 17).numFmt = '0.0%';
      for (let c = 3; c <= 16; c++) ws.getCell(r, c).numFmt = '#,##0';
    });
    const end = 4 + PLANTS.length;
    wrap(ws, 3, 1, 4, 17);
    box(ws, 3, 1, end, 17);
    merge(
      ws,
      end + 2,
      1,
      end + 2,
      17,
      '※計画発電量は設備導入時のシミュレーション値。北小学校はパワーコンディショナ故障（7月～9月）により発電量が低下。防災センターは周辺建物の影響あり。',
    );

    const list = wb.addWorksheet('設備一覧');
    widths(list, [16, 10, 12, 30]);
    put(list, 1, 1, ['施設名', '容量(kW)', '設置年度', '備考']);
    PLANTS.forEach((p, i) => put(list, 2 + i, 1, [p.name, p.kw, `平成${24 + i}年度`, i === 4 ? 'PPA方式' : '自己所有']));
    box(list, 1, 1, 1 + PLANTS.length, 4);
  },
  expected: { file: 'h164-monthly-hatsuden.xlsx', fiscalYear: 2022, indicators: HATSUDEN_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 事務事業評価シート (令和７年度): one 事業 per sheet, 活動指標／成果指標 rows, 前年度実績｜目標｜実績｜達成率, a 事業費 table.

interface Measure {
  kind: '活動指標' | '成果指標';
  name: string;
  unit: string;
  last: number;
  target: number;
  actual: number;
}

interface Jigyo {
  sheet: string;
  name: string;
  dept: string;
  purpose: string;
  content: string;
  measures: Measure[];
  budget: [number, number, number];
  self: string;
  next: string;
}

const JIGYO: Jigyo[] = [
  {
    sheet: '事業01',
    name: '住宅用太陽光発電設備設置費補助事業',
    dept: '環境部　脱炭素推進課',
    purpose: '住宅への太陽光発電設備の設置を促進し、家庭部門のCO2排出量を削減する。',
    content: '市内の住宅に太陽光発電設備（10kW未満）を設置する者に、1kW当たり3万円（上限15万円）を補助する。',
    measures: [
      { kind: '活動指標', name: '補助件数', unit: '件', last: 141, target: 150, actual: 162 },
      { kind: '成果指標', name: '補助対象設備の発電容量', unit: 'kW', last: 655.2, target: 750, actual: 694.5 },
      { kind: '成果指標', name: 'CO2削減量（推計）', unit: 't-CO2', last: 262, target: 310, actual: 288 },
    ],
    budget: [24000, 22500, 21870],
    self: 'B',
    next: '継続',
  },
  {
    sheet: '事業02',
    name: '省エネ家電買替促進事業',
    dept: '環境部　脱炭素推進課',
    purpose: '省エネ性能の高い家電への買替えを促し、家庭の電力使用量を削減する。',
    content: '統一省エネラベル4つ星以上のエアコン・冷蔵庫を市内店舗で購入した世帯に購入額の1/4（上限5万円）を補助する。',
    measures: [
      { kind: '活動指標', name: '買替支援件数', unit: '件', last: 355, target: 400, actual: 312 },
      { kind: '成果指標', name: '年間電力削減量（推計）', unit: '千kWh', last: 110.2, target: 120, actual: 98.4 },
    ],
    budget: [18000, 18000, 13260],
    self: 'C',
    next: '見直し',
  },
];

function jigyoSheet(wb: Workbook, j: Jigyo): void {
  const ws = wb.addWorksheet(j.sheet);
  widths(ws, [12, 30, 9, 13, 13, 13, 11]);
  merge(ws, 1, 1, 1, 7, '令和７年度　事務事業評価シート');
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 4, j.name);
  put(ws, 3, 5, ['担当課']);
  merge(ws, 3, 6, 3, 7, j.dept);
  put(ws, 4, 1, ['事業の目的']);
  merge(ws, 4, 2, 4, 7, j.purpose);
  put(ws, 5, 1, ['事業の内容']);
  merge(ws, 5, 2, 5, 7, j.content);
  ws.getRow(5).height = 40;
  box(ws, 3, 1, 5, 7);
  put(ws, 7, 1, ['■指標']);
  put(ws, 8, 1, ['区分', '指標名', '単位', '令和６年度\n実績', '令和７年度\n目標', '令和７年度\n実績', '達成率']);
  j.measures.forEach((m, i) => {
    const r = 9 + i;
    put(ws, r, 1, [m.kind, m.name, m.unit, m.last, m.target, m.actual]);
    ws.getCell(r, 7).value = { formula: `F${r}/E${r}`, result: m.actual / m.target };
    ws.getCell(r, 7).numFmt = '0.0%';
  });
  const end = 8 + j.measures.length;
  wrap(ws, 8, 1, 8, 7);
  box(ws, 8, 1, end, 7);
  put(ws, end + 2, 1, ['■事業費（千円）']);
  put(ws, end + 3, 1, ['区分', '令和６年度決算', '', '令和７年度予算', '令和７年度決算']);
  put(ws, end + 4, 1, ['総事業費', j.budget[0], undefined, j.budget[1], j.budget[2]]);
  box(ws, end + 3, 1, end + 4, 5);
  put(ws, end + 6, 1, ['自己評価', j.self]);
  put(ws, end + 6, 4, ['今後の方向性', j.next]);
  put(ws, end + 7, 1, ['※自己評価　A：目標を上回る成果　B：概ね目標どおり　C：目標を下回る　D：成果なし']);
  box(ws, end + 6, 1, end + 6, 5);
}

const JIGYO_FACTS: ExpectedIndicator[] = JIGYO.flatMap((j) => j.measures.map((m) => ind(j.sheet, m.name, m.unit, m.target, m.actual)));

const jimujigyo: Holdout2Workbook = {
  name: 'h164-jimujigyo-sheets',
  layout:
    '令和７年度 事務事業評価シート, one 事業 per sheet (事業01 住宅用太陽光補助, 事業02 省エネ家電買替): 区分 活動指標／成果指標｜指標名｜単位｜令和６年度実績｜令和７年度目標｜令和７年度実績｜達成率 (formula, 0.0%), a 事業費（千円） table of 決算・予算 below, one 自己評価 per 事業 on its own scale',
  build(wb) {
    for (const j of JIGYO) jigyoSheet(wb, j);
  },
  expected: { file: 'h164-jimujigyo-sheets.xlsx', fiscalYear: 2025, indicators: JIGYO_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. 公用車 次世代自動車導入 (令和５年度): years as rows, a 目標／実績 column pair per indicator, unit under the name.

interface FleetCol {
  name: string;
  unit: string;
  down?: boolean;
  /** [目標, 実績] per 令和元年度…令和６年度 ('' = blank). */
  rows: [number | string, number | string][];
}

const FLEET: FleetCol[] = [
  {
    name: '電動車導入台数（累計）',
    unit: '台',
    rows: [
      ['－', 8],
      [15, 14],
      [24, 22],
      [35, 31],
      [48, 45],
      [60, ''],
    ],
  },
  {
    name: '公用車に占める電動車の割合',
    unit: '％',
    rows: [
      ['－', 3.4],
      [6.0, 5.9],
      [10.0, 9.2],
      [14.0, 12.9],
      [20.0, 18.8],
      [25.0, ''],
    ],
  },
  {
    name: '公用車の燃料使用量',
    unit: 'kL',
    down: true,
    rows: [
      ['－', 188.2],
      [180.0, 176.5],
      [172.0, 169.8],
      [162.0, 160.3],
      [152.0, 148.6],
      [142.0, ''],
    ],
  },
  {
    name: '庁舎等の急速・普通充電設備設置数',
    unit: '基',
    rows: [
      ['－', 1],
      [2, 2],
      [4, 3],
      [8, 5],
      [12, 8],
      [16, ''],
    ],
  },
];

const YEARS = ['令和元年度', '令和２年度', '令和３年度', '令和４年度', '令和５年度', '令和６年度'];

const FLEET_FACTS: ExpectedIndicator[] = FLEET.map((f) =>
  ind('公用車', f.name, f.unit, f.rows[4][0] as number, f.rows[4][1] as number, { direction: f.down ? 'down' : 'up' }),
);

const fleet: Holdout2Workbook = {
  name: 'h164-years-fleet',
  layout:
    '公用車への次世代自動車導入状況: years as rows 令和元年度…令和６年度 (評価年度 令和５年度 stated above; 令和６年度 targets only), each indicator a merged heading 「…⏎（単位：台）」 over 目標｜実績, 「※減少を目指す指標」 under the 燃料使用量 heading, 「－」 targets in the first year',
  build(wb) {
    const ws = wb.addWorksheet('公用車');
    widths(ws, [13, 10, 10, 10, 10, 10, 10, 10, 10]);
    merge(ws, 1, 1, 1, 9, '公用車への次世代自動車（電動車）導入状況');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['評価年度', '令和５年度']);
    put(ws, 2, 7, ['財産管理課・環境政策課']);
    merge(ws, 3, 1, 4, 1, '年度');
    FLEET.forEach((f, i) => {
      const c = 2 + i * 2;
      merge(ws, 3, c, 3, c + 1, `${f.name}\n（単位：${f.unit}）${f.down ? '\n※減少を目指す指標' : ''}`);
      put(ws, 4, c, ['目標', '実績']);
    });
    ws.getRow(3).height = 54;
    YEARS.forEach((y, k) => {
      const r = 5 + k;
      put(ws, r, 1, [y]);
      FLEET.forEach((f, i) =>
        put(
          ws,
          r,
          2 + i * 2,
          f.rows[k].map((v) => (v === '' ? undefined : v)),
        ),
      );
    });
    wrap(ws, 3, 1, 4, 9);
    box(ws, 3, 1, 4 + YEARS.length, 9);
    put(ws, 6 + YEARS.length, 1, ['※電動車：電気自動車、プラグインハイブリッド車、ハイブリッド車、燃料電池自動車。台数・割合は各年度末現在。']);
  },
  expected: { file: 'h164-years-fleet.xlsx', fiscalYear: 2023, indicators: FLEET_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 4. エコオフィス計画 (令和２年度): a 目標 sheet (基準値・目標値・方向) and a 実績 sheet, joined by 番号.

interface Eco {
  no: string;
  name: string;
  unit: string;
  way: '削減' | '向上';
  base: number;
  target: number;
  last: number;
  actual: number;
  note?: string;
}

const ECO: Eco[] = [
  { no: 'E-1', name: '電気使用量', unit: '千kWh', way: '削減', base: 12450, target: 11830, last: 11980, actual: 11210 },
  { no: 'E-2', name: '都市ガス使用量', unit: '千㎥', way: '削減', base: 820, target: 780, last: 801, actual: 845, note: '換気強化に伴う空調負荷の増' },
  { no: 'E-3', name: 'ガソリン使用量', unit: 'kL', way: '削減', base: 96.0, target: 91.2, last: 93.5, actual: 88.4 },
  {
    no: 'E-4',
    name: 'コピー用紙使用量',
    unit: '千枚',
    way: '削減',
    base: 14200,
    target: 13500,
    last: 13950,
    actual: 17980,
    note: '特別定額給付金事務による増',
  },
  { no: 'E-5', name: 'グリーン購入率', unit: '％', way: '向上', base: 85.0, target: 100, last: 90.1, actual: 92.4 },
];

const ECO_FACTS: ExpectedIndicator[] = ECO.map((e) =>
  ind('令和２年度実績', e.name, e.unit, e.target, e.actual, { direction: e.way === '削減' ? 'down' : 'up' }),
);

const eco: Holdout2Workbook = {
  name: 'h164-split-ecooffice',
  layout:
    '第３次エコオフィス計画 split over two sheets: 計画目標 (番号｜取組項目｜単位｜基準値（平成30年度）｜目標値（令和２年度）｜目標の方向 削減／向上) and 令和２年度実績 (番号｜取組項目｜令和元年度実績｜令和２年度実績｜増減理由), joined by 番号 E-1…E-5; the names match',
  build(wb) {
    const t = wb.addWorksheet('計画目標');
    widths(t, [7, 22, 9, 16, 16, 12]);
    merge(t, 1, 1, 1, 6, '第３次エコオフィス計画（市役所の事務事業編）　取組目標');
    put(t, 3, 1, ['番号', '取組項目', '単位', '基準値\n（平成30年度）', '目標値\n（令和２年度）', '目標の方向']);
    ECO.forEach((e, i) => put(t, 4 + i, 1, [e.no, e.name, e.unit, e.base, e.target, e.way]));
    wrap(t, 3, 1, 3, 6);
    box(t, 3, 1, 3 + ECO.length, 6);

    const a = wb.addWorksheet('令和２年度実績');
    widths(a, [7, 22, 16, 16, 34]);
    merge(a, 1, 1, 1, 5, '第３次エコオフィス計画　令和２年度　取組実績');
    put(a, 2, 1, ['※目標値・単位は「計画目標」シートを参照']);
    put(a, 3, 1, ['番号', '取組項目', '令和元年度実績', '令和２年度実績', '増減理由等']);
    ECO.forEach((e, i) => put(a, 4 + i, 1, [e.no, e.name, e.last, e.actual, e.note]));
    wrap(a, 3, 1, 3 + ECO.length, 5);
    box(a, 3, 1, 3 + ECO.length, 5);
  },
  expected: { file: 'h164-split-ecooffice.xlsx', fiscalYear: 2020, indicators: ECO_FACTS, groups: [] },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [hatsuden, jimujigyo, fleet, eco];
