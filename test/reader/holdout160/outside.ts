/**
 * Hold-out 160, shapes outside the four families that these offices use: a 月別入館者数 table per 施設 with 年度計 (formulas),
 * 年間目標 and 達成率; a 指定管理者 管理運営状況評価シート of a 動物公園 (label–value header, 方向 column, ◎○△× with a legend by bands
 * alone); a 入館者数等の推移 table with years as rows under two-row headings; 事務事業評価シート one 事業 per sheet.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

// ---------------------------------------------------------------- 月別入館者数 (令和元年度)

const M_SHEET = '入館者数';

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];

const M_ROWS: { name: string; months: (number | string)[]; target: number; note: string }[] = [
  { name: '博物館入館者数', months: [4120, 6830, 4410, 5290, 7960, 4870, 5120, 5340, 2980, 3110, 3420, '臨時休館'], target: 60000, note: '3月2日から臨時休館' },
  { name: '美術館入館者数', months: [3210, 4980, 3560, 4120, 6240, 3890, 4310, 4760, 2870, 2450, 2690, '臨時休館'], target: 45000, note: '3月2日から臨時休館' },
  {
    name: '動物園入園者数',
    months: [31200, 45800, 22400, 26300, 38900, 24100, 29800, 21600, 9800, 8900, 11200, 14300],
    target: 280000,
    note: '3月は屋外のみ開園',
  },
  {
    name: '科学館入館者数',
    months: [5620, 8940, 5130, 7860, 11840, 5420, 6010, 5880, 4210, 3970, 4350, '臨時休館'],
    target: 110000,
    note: '3月2日から臨時休館',
  },
];

const total = (m: (number | string)[]) => m.reduce<number>((a, v) => a + (typeof v === 'number' ? v : 0), 0);

function buildMonthly(wb: Workbook): void {
  const ws = wb.addWorksheet(M_SHEET);
  widths(ws, [18, ...MONTHS.map(() => 8), 10, 10, 8, 20]);
  merge(ws, 1, 1, 1, 17, '令和元年度　文化施設 月別入館者数');
  put(ws, 2, 14, ['（単位：人）']);
  put(ws, 3, 1, ['施設', ...MONTHS, '年度計', '年間目標', '達成率', '備考']);
  M_ROWS.forEach((row, i) => {
    const r = 4 + i;
    put(ws, r, 1, [row.name, ...row.months]);
    ws.getCell(r, 14).value = { formula: `SUM(B${r}:M${r})`, result: total(row.months) };
    ws.getCell(r, 15).value = row.target;
    ws.getCell(r, 16).value = { formula: `N${r}/O${r}`, result: total(row.months) / row.target };
    ws.getCell(r, 16).numFmt = '0.0%';
    ws.getCell(r, 17).value = row.note;
    for (let c = 2; c <= 15; c++) ws.getCell(r, c).numFmt = '#,##0';
  });
  box(ws, 3, 1, 3 + M_ROWS.length, 17);
  put(ws, 9, 1, ['※新型コロナウイルス感染症拡大防止のため、令和2年3月2日から臨時休館（動物公園は屋内施設のみ閉鎖）']);
}

const MONTHLY: Holdout2Workbook = {
  name: 'h160-n-monthly-visitors',
  layout: 'outside: 月別入館者数 per 施設, 年度計 as SUM formulas, 年間目標 and a 達成率 fraction, 「臨時休館」 in a month, unit only in 「（単位：人）」',
  build: buildMonthly,
  expected: {
    file: 'h160-n-monthly-visitors.xlsx',
    fiscalYear: 2019,
    indicators: M_ROWS.map((r) => ind(M_SHEET, r.name, '人', r.target, total(r.months))),
    groups: [],
  },
};

// ---------------------------------------------------------------- 指定管理者評価シート (令和４年度)

const Z_SHEET = '評価シート';

const Z_ROWS: [string, string, string, number, number, string, string][] = [
  ['年間入園者数', '人', '増加', 280000, 301115, '◎', '新たな夜間開園イベントが好評'],
  ['利用者満足度', '％', '増加', 80.0, 76.5, '○', '来園者アンケート（回答1,024件）'],
  ['教育普及イベント開催回数', '回', '増加', 48, 52, '◎', ''],
  ['利用料金収入', '千円', '増加', 95000, 88300, '○', '駐車場料金を含む'],
  ['飼育管理上の事故件数', '件', '減少', 2, 3, '△', '脱柵1件、咬傷2件（いずれも軽微）'],
];

function buildZoo(wb: Workbook): void {
  const ws = wb.addWorksheet(Z_SHEET);
  widths(ws, [26, 8, 8, 12, 12, 10, 8, 34]);
  merge(ws, 1, 1, 1, 8, '指定管理者　管理運営状況評価シート');
  put(ws, 3, 1, ['施設名']);
  merge(ws, 3, 2, 3, 8, '○○市動物公園');
  put(ws, 4, 1, ['指定管理者']);
  merge(ws, 4, 2, 4, 8, '公益財団法人○○市動物園協会');
  put(ws, 5, 1, ['評価対象年度']);
  merge(ws, 5, 2, 5, 8, '令和４年度');
  put(ws, 6, 1, ['指定期間']);
  merge(ws, 6, 2, 6, 8, '令和3年4月1日～令和8年3月31日（5年間）');
  box(ws, 3, 1, 6, 8);
  put(ws, 8, 1, ['１　数値目標の達成状況']);
  put(ws, 9, 1, ['項目', '単位', '方向', '目標値', '実績値', '達成率', '評価', '備考']);
  Z_ROWS.forEach((z, i) => {
    const r = 10 + i;
    put(ws, r, 1, [z[0], z[1], z[2], z[3], z[4]]);
    const rate = z[2] === '減少' ? z[3] / z[4] : z[4] / z[3];
    ws.getCell(r, 6).value = { formula: z[2] === '減少' ? `D${r}/E${r}` : `E${r}/D${r}`, result: rate };
    ws.getCell(r, 6).numFmt = '0.0%';
    put(ws, r, 7, [z[5], z[6] || undefined]);
    ws.getCell(r, 4).numFmt = z[1] === '％' ? '0.0' : '#,##0';
    ws.getCell(r, 5).numFmt = z[1] === '％' ? '0.0' : '#,##0';
  });
  box(ws, 9, 1, 9 + Z_ROWS.length, 8);
  put(ws, 16, 1, ['評価：◎ 目標達成（100％以上）　○ 80％以上100％未満　△ 60％以上80％未満　× 60％未満']);
  put(ws, 17, 1, ['※方向「減少」の項目は、目標値÷実績値により達成率を算出']);
  put(ws, 19, 1, ['２　所見']);
  merge(ws, 20, 1, 22, 8, '入園者数は目標を上回り、夜間開園等の自主事業も好評であった。飼育管理上の事故については再発防止策の徹底を求める。');
  wrap(ws, 20, 1, 20, 1);
}

const ZOO: Holdout2Workbook = {
  name: 'h160-n-zoo-designated-manager',
  layout: 'outside: 指定管理者評価シート, label–value header, 方向 column 増加／減少, 達成率 formulas, ◎○△× with a legend by bands alone',
  build: buildZoo,
  expected: {
    file: 'h160-n-zoo-designated-manager.xlsx',
    fiscalYear: 2022,
    indicators: Z_ROWS.map((z) => ind(Z_SHEET, z[0], z[1], z[3], z[4], { direction: z[2] === '減少' ? 'down' : 'up', existing: z[5] })),
    groups: [],
  },
};

// ---------------------------------------------------------------- 年度 as rows (令和６年度)

const Y_SHEET = '推移';

const Y_ROWS: [string, number | string, number | null, number | string, number | null, string][] = [
  ['平成30年度', '－', 98450, '－', 2110, ''],
  ['令和元年度', 100000, 91200, 2200, 2050, '3月臨時休館'],
  ['令和2年度', 100000, 38760, 2200, 620, '4～5月臨時休館、講座は定員縮小'],
  ['令和3年度', 105000, 71300, 2200, 1340, ''],
  ['令和4年度', 110000, 96850, 2300, 1720, ''],
  ['令和5年度', 115000, 118020, 2300, 2015, ''],
  ['令和6年度', 120000, 123486, 2400, 1980, '開館30周年記念展'],
  ['令和7年度', 125000, null, 2500, null, ''],
];

function buildYears(wb: Workbook): void {
  const ws = wb.addWorksheet(Y_SHEET);
  widths(ws, [14, 12, 12, 12, 12, 30]);
  merge(ws, 1, 1, 1, 6, '市立美術館　入館者数等の推移');
  put(ws, 2, 1, ['評価対象年度：令和６年度']);
  merge(ws, 4, 1, 5, 1, '年度');
  merge(ws, 4, 2, 4, 3, '総入館者数（人）');
  merge(ws, 4, 4, 4, 5, '講座・ワークショップ参加者数（人）');
  merge(ws, 4, 6, 5, 6, '備考');
  put(ws, 5, 2, ['目標', '実績', '目標', '実績']);
  Y_ROWS.forEach((y, i) => {
    put(ws, 6 + i, 1, [y[0], y[1], y[2], y[3], y[4], y[5] || undefined]);
    for (let c = 2; c <= 5; c++) ws.getCell(6 + i, c).numFmt = '#,##0';
  });
  box(ws, 4, 1, 5 + Y_ROWS.length, 6);
}

const YEARS_AS_ROWS: Holdout2Workbook = {
  name: 'h160-n-art-museum-years',
  layout: 'outside: years as rows 平成30年度…令和7年度, two-row headings 「総入館者数（人）」 over 目標／実績, next year’s target already written',
  build: buildYears,
  expected: {
    file: 'h160-n-art-museum-years.xlsx',
    fiscalYear: 2024,
    indicators: [ind(Y_SHEET, '総入館者数', '人', 120000, 123486), ind(Y_SHEET, '講座・ワークショップ参加者数', '人', 2400, 1980)],
    groups: [],
  },
};

// ---------------------------------------------------------------- 事務事業評価シート, one 事業 per sheet (令和３年度)

interface Project {
  sheet: string;
  section: string;
  purpose: string;
  rows: { kind: string; name: string; unit: string; r2: [number, number]; r3: [number, number]; r4: number }[];
}

const PROJECTS: Project[] = [
  {
    sheet: '美術館運営事業',
    section: '文化振興課　市立美術館',
    purpose: '優れた美術作品の鑑賞機会を提供し、市民の芸術文化への関心を高める',
    rows: [
      { kind: '活動指標', name: '企画展開催回数', unit: '回', r2: [5, 3], r3: [5, 4], r4: 5 },
      { kind: '成果指標', name: '美術館観覧者数', unit: '人', r2: [60000, 28410], r3: [60000, 41230], r4: 60000 },
    ],
  },
  {
    sheet: '動物園管理運営事業',
    section: '公園緑地課　動物公園管理事務所',
    purpose: '動物の適正な飼育展示を通じ、市民に憩いと学びの場を提供する',
    rows: [
      { kind: '活動指標', name: '飼育展示種数', unit: '種', r2: [120, 119], r3: [120, 118], r4: 120 },
      { kind: '成果指標', name: '動物園入園者数', unit: '人', r2: [250000, 171300], r3: [250000, 262004], r4: 260000 },
    ],
  },
  {
    sheet: '博物館資料収集保存事業',
    section: '文化財課　市立博物館',
    purpose: '地域の歴史・民俗・自然に関する資料を収集し、適切に保存・活用する',
    rows: [
      { kind: '活動指標', name: '新規受入資料数', unit: '点', r2: [300, 356], r3: [300, 412], r4: 300 },
      { kind: '成果指標', name: '資料台帳のデータ化率', unit: '％', r2: [60, 58.2], r3: [70, 68.5], r4: 80 },
    ],
  },
];

function buildProjects(wb: Workbook): void {
  for (const p of PROJECTS) {
    const ws = wb.addWorksheet(p.sheet);
    widths(ws, [12, 24, 8, 8, 14, 14, 16]);
    merge(ws, 1, 1, 1, 7, '令和３年度　事務事業評価シート');
    put(ws, 3, 1, ['事業名']);
    merge(ws, 3, 2, 3, 7, p.sheet);
    put(ws, 4, 1, ['所管課']);
    merge(ws, 4, 2, 4, 7, p.section);
    put(ws, 5, 1, ['事業の目的']);
    merge(ws, 5, 2, 5, 7, p.purpose);
    box(ws, 3, 1, 5, 7);
    put(ws, 7, 1, ['指標区分', '指標名', '単位', '区分', '令和2年度', '令和3年度', '令和4年度（計画）']);
    p.rows.forEach((x, i) => {
      const r = 8 + i * 2;
      merge(ws, r, 1, r + 1, 1, x.kind);
      merge(ws, r, 2, r + 1, 2, x.name);
      merge(ws, r, 3, r + 1, 3, x.unit);
      put(ws, r, 4, ['目標', x.r2[0], x.r3[0], x.r4]);
      put(ws, r + 1, 4, ['実績', x.r2[1], x.r3[1]]);
      for (let c = 5; c <= 7; c++) for (const rr of [r, r + 1]) ws.getCell(rr, c).numFmt = x.unit === '％' ? '0.0' : '#,##0';
    });
    box(ws, 7, 1, 11, 7);
    put(ws, 13, 1, ['今後の方向性', '継続']);
  }
}

const PROJECT_SHEETS: Holdout2Workbook = {
  name: 'h160-n-project-sheets',
  layout: 'outside: 事務事業評価シート one 事業 per sheet, 活動指標／成果指標 with 目標／実績 rows under 令和2年度…令和4年度（計画）',
  build: buildProjects,
  expected: {
    file: 'h160-n-project-sheets.xlsx',
    fiscalYear: 2021,
    indicators: PROJECTS.flatMap((p) => p.rows.map((x) => ind(p.sheet, x.name, x.unit, x.r3[0], x.r3[1]))),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [MONTHLY, ZOO, YEARS_AS_ROWS, PROJECT_SHEETS];
