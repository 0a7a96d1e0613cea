/** Hold-out 108, four workbooks outside the families: a city's internal management (人事・組織・DX). */
import type { Workbook } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const thin = { style: 'thin' as const };
const box = { top: thin, left: thin, bottom: thin, right: thin };

/** 特定事業主行動計画 実施状況: years as rows, each indicator with its 実績 and a derived 前年比 column, 目標（R8）row at the bottom. */
const plan = [
  { name: '女性管理職比率', unit: '％', dir: '↑', v: [12.4, 14.0, 16.2, 19.1], target: 20 },
  { name: '男性職員の育児休業取得率', unit: '％', dir: '↑', v: [25.0, 38.9, 47.4, 72.0], target: 85 },
  { name: '年次休暇の平均取得日数', unit: '日', dir: '↑', v: [11.2, 11.9, 12.3, 13.9], target: 15 },
  { name: '時間外勤務の月平均時間', unit: '時間', dir: '↓', v: [13.5, 12.9, 11.4, 9.4], target: 10 },
  { name: '年360時間超の時間外勤務職員数', unit: '人', dir: '↓', v: [64, 51, 37, 18], target: 0 },
];

function col(n: number): string {
  return String.fromCharCode(64 + n);
}

function buildTokutei(wb: Workbook): void {
  const ws = wb.addWorksheet('実施状況');
  ws.getColumn(1).width = 16;
  for (let c = 2; c <= 11; c++) ws.getColumn(c).width = c % 2 === 0 ? 12 : 9;
  put(ws, 1, 1, ['〇〇市特定事業主行動計画（計画期間：令和4年度〜令和8年度）に基づく取組の実施状況']);
  put(ws, 2, 1, ['（令和6年度実績の公表）']);
  put(ws, 4, 1, ['年度']);
  ws.mergeCells('A4:A6');
  plan.forEach((p, i) => {
    const c = 2 + i * 2;
    put(ws, 4, c, [p.name]);
    ws.mergeCells(4, c, 4, c + 1);
    put(ws, 5, c, [`実績（${p.unit}）`, '前年比']);
    put(ws, 6, c, [p.dir]);
    ws.mergeCells(6, c, 6, c + 1);
    p.v.forEach((v, y) => {
      const r = 7 + y;
      ws.getCell(r, c).value = v;
      if (y > 0) {
        const diff = Math.round((v - p.v[y - 1]) * 10) / 10;
        ws.getCell(r, c + 1).value = { formula: `${col(c)}${r}-${col(c)}${r - 1}`, result: diff };
        ws.getCell(r, c + 1).numFmt = '+0.0;▲0.0;0.0';
      } else ws.getCell(r, c + 1).value = '－';
    });
    put(ws, 11, c, [p.target]);
    ws.mergeCells(11, c, 11, c + 1);
  });
  put(ws, 7, 1, ['令和3年度\n（計画策定時）']);
  put(ws, 8, 1, ['令和4年度']);
  put(ws, 9, 1, ['令和5年度']);
  put(ws, 10, 1, ['令和6年度']);
  put(ws, 11, 1, ['目標（令和8年度）']);
  for (let r = 4; r <= 11; r++) for (let c = 1; c <= 11; c++) ws.getCell(r, c).border = box;
  put(ws, 13, 1, ['※↑は増加を目指す指標、↓は減少を目指す指標。前年比は前年度実績との差（▲は減少）。']);
  put(ws, 14, 1, ['※女性管理職比率は各年度4月1日現在、年次休暇は暦年、その他は年度の実績。']);
}

const T = '実施状況';
const tokuteiInds: ExpectedIndicator[] = plan.map((p) => ({
  ...ind(T, p.name, p.unit, p.target, p.v[3], { direction: p.dir === '↓' ? 'down' : 'up' }),
  targetSource: 'final',
}));

/** RPA 導入効果検証: one row per 対象業務, 削減目標時間／削減実績時間 in h, a derived 達成率, 評価 A–D with the standard legend. */
const rpa: [string, string, string, number, number | string, string, string][] = [
  ['会計伝票の入力', '会計課', 'R5.10', 400, 452, 'A', ''],
  ['ふるさと納税受付データの取込', '企画課', 'R5.10', 300, 265, 'B', ''],
  ['住民異動届の後続処理', '市民課', 'R6.4', 250, 180, 'C', 'シナリオ修正のため7月まで停止'],
  ['児童手当現況届の入力', '子育て支援課', 'R6.4', 120, 128, 'A', ''],
  ['時間外勤務実績の集計', '人事課', 'R6.7', 80, 44, 'C', '稼働が7月からのため'],
  ['研修申込の集計', '職員研修所', 'R6.7', 60, 58, 'A', ''],
  ['電子申請データの基幹システム取込', '情報政策課', '－', 200, '未実施', 'D', '令和7年4月稼働予定'],
];

function buildRpa(wb: Workbook): void {
  const ws = wb.addWorksheet('RPA効果検証');
  ws.columns = [{ width: 5 }, { width: 32 }, { width: 14 }, { width: 10 }, { width: 14 }, { width: 14 }, { width: 10 }, { width: 8 }, { width: 30 }];
  put(ws, 1, 1, ['令和6年度　RPA導入効果検証結果（令和7年3月末現在）']);
  put(ws, 2, 9, ['情報政策課DX推進室']);
  put(ws, 3, 1, ['No.', '対象業務', '担当課', '稼働開始', '削減目標時間\n（h／年）', '削減実績時間\n（h／年）', '達成率', '評価', '備考']);
  rpa.forEach((x, i) => {
    const r = 4 + i;
    put(ws, r, 1, [i + 1, x[0], x[1], x[2], x[3], x[4], undefined, x[5], x[6] || undefined]);
    if (typeof x[4] === 'number') {
      ws.getCell(r, 7).value = { formula: `F${r}/E${r}`, result: x[4] / x[3] };
      ws.getCell(r, 7).numFmt = '0.0%';
    } else ws.getCell(r, 7).value = '－';
    for (let c = 1; c <= 9; c++) ws.getCell(r, c).border = box;
  });
  put(ws, 12, 1, ['※評価　A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満又は未実施']);
  put(ws, 13, 1, ['※削減時間は職員の手作業時間との比較による。']);
}

const R = 'RPA効果検証';
const rpaInds: ExpectedIndicator[] = rpa.map((x) =>
  typeof x[4] === 'number'
    ? ind(R, x[0], 'h/年', x[3], x[4], { existing: x[5] })
    : ind(R, x[0], 'h/年', x[3], null, { existing: x[5], actualStatus: 'not-implemented' }),
);

/** DX 月次進捗管理表: 年間目標 then 4月〜3月 and a 年度計 column (rates: the 3月末 figure). */
const monthly: { name: string; unit: string; target: number; kind: 'sum' | 'end'; m: number[]; note?: string; down?: boolean }[] = [
  { name: '電子申請件数', unit: '件', target: 15000, kind: 'sum', m: [1120, 1250, 1310, 1280, 1190, 1350, 1400, 1480, 1420, 1260, 1390, 1790] },
  {
    name: 'マイナンバーカード交付率',
    unit: '％',
    target: 80,
    kind: 'end',
    m: [74.1, 74.6, 75.0, 75.5, 75.9, 76.3, 76.8, 77.2, 77.6, 77.9, 78.2, 78.6],
    note: '国公表値（各月末時点）',
  },
  { name: 'コンビニ交付件数', unit: '件', target: 20000, kind: 'sum', m: [1480, 1390, 1520, 1610, 1450, 1500, 1560, 1490, 1580, 1420, 1610, 1740] },
  { name: 'キャッシュレス決済件数', unit: '件', target: 6000, kind: 'sum', m: [180, 210, 230, 250, 260, 270, 290, 300, 310, 320, 340, 450] },
  {
    name: 'コピー用紙使用枚数',
    unit: '枚',
    target: 3600000,
    kind: 'sum',
    m: [352000, 301000, 318000, 322000, 268000, 314000, 330000, 305000, 296000, 287000, 299000, 418000],
    note: '減少を目指す',
    down: true,
  },
  { name: 'ペーパーレス会議の実施回数', unit: '回', target: 240, kind: 'sum', m: [14, 19, 22, 24, 18, 23, 25, 24, 22, 20, 24, 27] },
];
const yearOf = (x: (typeof monthly)[number]) => (x.kind === 'sum' ? x.m.reduce((a, b) => a + b, 0) : x.m[11]);

function buildMonthly(wb: Workbook): void {
  const ws = wb.addWorksheet('月次進捗');
  ws.getColumn(1).width = 28;
  for (let c = 2; c <= 17; c++) ws.getColumn(c).width = 10;
  ws.getColumn(18).width = 24;
  put(ws, 1, 1, ['令和6年度　DX推進　月次進捗管理表']);
  put(ws, 2, 1, [
    '（令和7年3月末現在）',
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    '情報政策課',
  ]);
  put(ws, 4, 1, [
    '指標',
    '単位',
    '年間目標',
    '4月',
    '5月',
    '6月',
    '7月',
    '8月',
    '9月',
    '10月',
    '11月',
    '12月',
    '1月',
    '2月',
    '3月',
    '年度計\n（率は3月末）',
    undefined,
    '備考',
  ]);
  ws.mergeCells('P4:Q4');
  monthly.forEach((x, i) => {
    const r = 5 + i;
    put(ws, r, 1, [x.name, x.unit, x.target, ...x.m]);
    const total = yearOf(x);
    ws.getCell(r, 16).value = x.kind === 'sum' ? { formula: `SUM(D${r}:O${r})`, result: total } : { formula: `O${r}`, result: total };
    ws.mergeCells(r, 16, r, 17);
    if (x.note) put(ws, r, 18, [x.note]);
    for (let c = 1; c <= 18; c++) {
      ws.getCell(r, c).border = box;
      if (c >= 3 && c <= 17) ws.getCell(r, c).numFmt = x.unit === '％' ? '0.0' : '#,##0';
    }
  });
  put(ws, 12, 1, ['※マイナンバーカード交付率はデジタル庁公表の各月末時点の人口に対する交付枚数率。']);
}

const M = '月次進捗';
const monthlyInds: ExpectedIndicator[] = monthly.map((x) => ind(M, x.name, x.unit, x.target, yearOf(x), { direction: x.down ? 'down' : 'up' }));

/** 働き方改革／人材育成: two tables side by side, 方向 増加／減少, 基準値（R4）｜目標値（R6）｜実績値（R6）｜達成状況 in words. */
type Row = [string, string, '増加' | '減少', number, number, number, string];
const left: Row[] = [
  ['テレワーク実施職員数', '人', '増加', 120, 300, 342, '順調'],
  ['年360時間超の時間外勤務を行った職員の割合', '％', '減少', 8.4, 5.0, 6.2, '概ね順調'],
  ['フレックスタイム制度の利用者数', '人', '増加', 20, 150, 88, 'やや遅れている'],
  ['年次休暇を10日以上取得した職員の割合', '％', '増加', 58.0, 70.0, 66.5, '順調'],
];
const right: Row[] = [
  ['職員研修の延べ受講者数', '人', '増加', 2480, 3200, 3340, '順調'],
  ['研修満足度', '％', '増加', 84.3, 90.0, 91.2, '順調'],
  ['自己啓発支援制度の利用者数', '人', '増加', 45, 80, 52, 'やや遅れている'],
  ['管理職昇任試験の女性受験者数', '人', '増加', 6, 15, 9, '遅れている'],
];

function buildSideBySide(wb: Workbook): void {
  const ws = wb.addWorksheet('進捗状況');
  const widths = [30, 6, 6, 10, 10, 10, 14];
  widths.forEach((w, i) => {
    ws.getColumn(1 + i).width = w;
    ws.getColumn(9 + i).width = w;
  });
  ws.getColumn(8).width = 3;
  put(ws, 1, 1, ['働き方改革・人材育成　取組指標の進捗状況（令和6年度）']);
  const table = (c0: number, title: string, rows: Row[]) => {
    put(ws, 3, c0, [title]);
    ws.mergeCells(3, c0, 3, c0 + 6);
    put(ws, 4, c0, ['指標', '単位', '方向', '基準値\n（R4）', '目標値\n（R6）', '実績値\n（R6）', '達成状況']);
    rows.forEach((x, i) => {
      put(ws, 5 + i, c0, x);
      for (let c = c0; c < c0 + 7; c++) ws.getCell(5 + i, c).border = box;
    });
  };
  table(1, 'Ⅰ　働き方改革（人事課）', left);
  table(9, 'Ⅱ　人材育成（職員研修所）', right);
  put(ws, 10, 1, ['※達成状況　順調：目標値以上　概ね順調：目標値の80％以上　やや遅れている：60％以上　遅れている：60％未満']);
}

const W = '進捗状況';
const LETTER: Record<string, string> = { 順調: 'A', 概ね順調: 'B', やや遅れている: 'C', 遅れている: 'D' };
const sideInds: ExpectedIndicator[] = [...left, ...right].map((x) =>
  ind(W, x[0], x[1], x[4], x[5], { direction: x[2] === '減少' ? 'down' : 'up', existing: LETTER[x[6]] }),
);

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [
  {
    name: 'h108-tokutei-years-rows',
    layout:
      '特定事業主行動計画 実施状況: years as rows R3（計画策定時）〜R6, each indicator 実績＋derived 前年比 (formula, ▲), ↑／↓ row, 目標（令和8年度）row at the bottom',
    build: buildTokutei,
    expected: { file: 'h108-tokutei-years-rows.xlsx', fiscalYear: 2024, indicators: tokuteiInds, groups: [] },
  },
  {
    name: 'h108-rpa-effect',
    layout: 'RPA導入効果検証: 対象業務 rows, 削減目標時間／削減実績時間（h／年）, derived 達成率 formula, 評価 A–D legend, one 未実施',
    build: buildRpa,
    expected: { file: 'h108-rpa-effect.xlsx', fiscalYear: 2024, indicators: rpaInds, groups: [] },
  },
  {
    name: 'h108-dx-monthly',
    layout: 'DX 月次進捗管理表: 年間目標, 4月〜3月 columns, 年度計（率は3月末）merged column with SUM formulas, マイナンバーカード交付率 at 月末',
    build: buildMonthly,
    expected: { file: 'h108-dx-monthly.xlsx', fiscalYear: 2024, indicators: monthlyInds, groups: [] },
  },
  {
    name: 'h108-workstyle-side-by-side',
    layout: '働き方改革｜人材育成 two tables side by side, 方向 増加／減少, 基準値（R4）｜目標値（R6）｜実績値（R6）, 達成状況 in the scale words',
    build: buildSideBySide,
    expected: { file: 'h108-workstyle-side-by-side.xlsx', fiscalYear: 2024, indicators: sideInds, groups: [] },
  },
];
