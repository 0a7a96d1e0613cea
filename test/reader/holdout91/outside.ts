/**
 * Hold-out 91, part 2: four workbooks outside the families, as systems export them or offices paste them together (a wide
 * export with machine headers 「R05_目標値」「R05_実績値」, code and 0/1 flag columns and figures stored as text; the
 * 財務会計システム's 事業別決算 with the 課's 成果指標 columns added on the right; a plan's target table beside a block of
 * actuals pasted from the statistics section, joined by code, rows in another order; a pivot table of the KPI export pasted
 * as values, with subtotal rows and a 総計 column).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const txt = (n: number) => n.toLocaleString('en-US');

function bold(ws: Worksheet, row: number, from: number, to: number): void {
  for (let c = from; c <= to; c++) {
    const cell = ws.getCell(row, c);
    cell.font = { bold: true };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// A wide export of the 成果指標 (headers in row 1, no title; the sheet named after the export 「成果指標_R05実績」): 施策コード
// 01-02-01, 指標コード, 方向 増加／減少, R04_目標値 … R06_目標値 as text ("12,846", "87.9%", "　31 "), 0/1 flag columns.
type Wide = [string, string, string, string, string, '増加' | '減少', string, string, string, string, string, number, number, string];
const wide: Wide[] = [
  ['01-01-01', '防災体制の充実', '0101001', '自主防災組織の組織率', '％', '増加', '88.0%', '86.5%', '90.0%', '87.9%', '92.0%', 1, 1, '11020'],
  ['01-01-01', '防災体制の充実', '0101002', '防災メール登録者数', '人', '増加', '11,000', '11,472', '12,000', '12,846', '13,000', 0, 1, '11020'],
  ['01-02-01', '防犯・交通安全の推進', '0102001', '刑法犯認知件数', '件', '減少', '540', '561', '520', '498', '500', 1, 1, '11030'],
  ['01-02-01', '防犯・交通安全の推進', '0102002', '交通事故発生件数', '件', '減少', '310', '297', '300', '318', '290', 0, 1, '11030'],
  ['02-01-02', '生涯スポーツの振興', '0201004', 'スポーツ施設の利用者数', '人', '増加', '400,000', '351,220', '412,000', '365,480', '424,000', 0, 1, '31040'],
  ['03-01-01', '循環型社会の形成', '0301001', '市民1人1日当たりのごみ排出量', 'g', '減少', '890', '903', '880', '912', '870', 1, 1, '21010'],
  ['03-02-01', '住環境の整備', '0302003', '空き家バンク登録件数', '件', '増加', '　35 ', '　28 ', '　40 ', '　31 ', '　45 ', 0, 0, '41020'],
  ['03-02-01', '住環境の整備', '0302004', '市営住宅の入居率', '％', '増加', '95.0%', '92.8%', '95.0%', '91.3%', '95.0%', 0, 1, '41030'],
];
const num = (s: string) => Number(s.replace(/[,%\s　]/g, ''));
const W1 = '成果指標_R05実績';
const wideExport: Holdout2Workbook = {
  name: 'h91-wide-export-r05',
  layout:
    '行政評価システムの横長の出力: 1行目が見出し（施策コード｜施策名｜指標コード｜指標名｜単位｜方向｜R04_目標値｜R04_実績値｜R05_目標値｜R05_実績値｜R06_目標値｜重点フラグ｜公表フラグ｜所管課コード）、表題なし、年度はシート名「成果指標_R05実績」と列名、数値は文字（"12,846" "87.9%" "　31 "）、0/1のフラグ',
  build(wb) {
    const ws = wb.addWorksheet(W1);
    put(ws, 1, 1, [
      '施策コード',
      '施策名',
      '指標コード',
      '指標名',
      '単位',
      '方向',
      'R04_目標値',
      'R04_実績値',
      'R05_目標値',
      'R05_実績値',
      'R06_目標値',
      '重点フラグ',
      '公表フラグ',
      '所管課コード',
    ]);
    wide.forEach((r, i) => put(ws, 2 + i, 1, r));
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    ws.getColumn(2).width = 20;
    ws.getColumn(4).width = 30;
  },
  expected: {
    file: 'h91-wide-export-r05.xlsx',
    fiscalYear: 2023,
    indicators: wide.map((r) => ind(W1, r[3], r[4], num(r[8]), num(r[9]), { direction: r[5] === '減少' ? 'down' : 'up' })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 財務会計システム's 事業別決算 (会計｜款｜項｜事業コード｜事業名｜予算現額｜支出済額｜執行率, money and 執行率 as text) with the
// 課's 成果指標｜単位｜目標値｜実績値 typed in on the right, and 所管課.
type Kessan = [string, string, string, string, number, number, string, string, number, number, string];
const kessan: Kessan[] = [
  ['3款 民生費', '1項 社会福祉費', '03010105', '生活困窮者自立支援事業', 18420000, 17286412, '新規相談受付件数', '件', 240, 262, '生活福祉課'],
  ['3款 民生費', '2項 児童福祉費', '03020311', '児童館運営事業', 64815000, 62904170, '児童館利用者数', '人', 42000, 38915, 'こども家庭課'],
  ['4款 衛生費', '1項 保健衛生費', '04010402', '予防接種事業', 231560000, 214387251, '高齢者インフルエンザ予防接種率', '％', 55.0, 51.8, '健康推進課'],
  ['6款 農林水産業費', '2項 林業費', '06020107', '森林整備事業', 38900000, 35112800, '間伐実施面積', 'ha', 120, 96.4, '農林課'],
  ['7款 商工費', '1項 商工費', '07010215', '中心市街地活性化事業', 12600000, 7438920, '空き店舗への出店件数', '件', 6, 3, '商工観光課'],
  ['10款 教育費', '1項 教育総務費', '10010308', '学校ICT活用推進事業', 96240000, 95018336, '授業でICTを活用した教員の割合', '％', 90.0, 93.6, '学校教育課'],
];
const K1 = '決算成果一覧';
const finance: Holdout2Workbook = {
  name: 'h91-zaimu-kessan-seika',
  layout:
    '財務会計システムの事業別決算（会計｜款｜項｜事業コード｜事業名｜予算現額（円）｜支出済額（円）｜執行率、金額と執行率は文字）の右に各課が成果指標｜単位｜目標値｜実績値を入力、所管課',
  build(wb) {
    const ws = wb.addWorksheet(K1);
    put(ws, 1, 1, ['令和５年度　事務事業別決算額及び成果指標一覧']);
    put(ws, 2, 1, ['（決算額は財務会計システムから出力。成果指標欄は各課入力。金額の単位：円）']);
    const head = ['会計', '款', '項', '事業コード', '事業名', '予算現額（円）', '支出済額（円）', '執行率', '成果指標', '単位', '目標値', '実績値', '所管課'];
    put(ws, 4, 1, head);
    bold(ws, 4, 1, head.length);
    kessan.forEach(([kan, ko, code, project, budget, paid, name, unit, target, actual, ka], i) => {
      const r = 5 + i;
      put(ws, r, 1, ['一般会計', kan, ko, code, project, txt(budget), txt(paid), `${((100 * paid) / budget).toFixed(1)}%`, name, unit, target, actual, ka]);
      for (const c of [6, 7, 8]) ws.getCell(r, c).alignment = { horizontal: 'right' };
      for (const c of [11, 12]) ws.getCell(r, c).numFmt = Number.isInteger(target) && Number.isInteger(actual) ? '#,##0' : '#,##0.0';
    });
    put(ws, 12, 1, ['※成果指標の目標値・実績値は令和５年度の値。']);
    ws.getColumn(5).width = 24;
    ws.getColumn(9).width = 30;
  },
  expected: {
    file: 'h91-zaimu-kessan-seika.xlsx',
    fiscalYear: 2023,
    indicators: kessan.map(([, , , , , , name, unit, target, actual]) => ind(K1, name, unit, target, actual)),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 環境基本計画: the plan's table (指標コード｜指標名｜単位｜方向｜基準値（R2）｜令和5年度目標) on the left and, two columns
// right, the actuals pasted from the statistics section (コード｜項目名｜R5実績｜出典) in another order, two names shortened.
// Joined by code; 温室効果ガス排出量 is 集計中.
type Env = {
  code: string;
  name: string;
  short: string;
  unit: string;
  way: '増加' | '減少';
  base: number;
  target: number;
  actual: number | '集計中';
  src: string;
};
const env: Env[] = [
  {
    code: 'E-01',
    name: '温室効果ガス排出量（市域）',
    short: '温室効果ガス排出量（市域）',
    unit: '千t-CO2',
    way: '減少',
    base: 1286,
    target: 1120,
    actual: '集計中',
    src: '環境省推計',
  },
  {
    code: 'E-02',
    name: '市民1人1日当たりのごみ排出量',
    short: 'ごみ排出量（1人1日）',
    unit: 'g',
    way: '減少',
    base: 902,
    target: 850,
    actual: 871,
    src: '清掃事業概要',
  },
  { code: 'E-03', name: 'リサイクル率', short: 'リサイクル率', unit: '％', way: '増加', base: 20.8, target: 24.0, actual: 21.7, src: '清掃事業概要' },
  {
    code: 'E-04',
    name: '太陽光発電設備設置補助件数',
    short: '太陽光発電設備設置補助件数',
    unit: '件',
    way: '増加',
    base: 128,
    target: 150,
    actual: 163,
    src: '補助金交付実績',
  },
  {
    code: 'E-05',
    name: '環境学習講座の参加者数',
    short: '環境学習講座参加者',
    unit: '人',
    way: '増加',
    base: 1050,
    target: 1500,
    actual: 1164,
    src: '事業実績',
  },
  { code: 'E-06', name: '公園愛護団体数', short: '公園愛護団体数', unit: '団体', way: '増加', base: 41, target: 45, actual: 45, src: '公園緑地課調べ' },
];
const pasteOrder = [2, 0, 4, 1, 5, 3];
const E1 = 'R5進捗';
const sideBySide: Holdout2Workbook = {
  name: 'h91-env-plan-beside-paste',
  layout:
    '環境基本計画の環境指標: 左に計画の表（指標コード｜指標名｜単位｜方向｜基準値（R2）｜令和5年度目標）、2列空けて右に統計担当から貼り付けた実績（コード｜項目名｜R5実績｜出典）、行の順が違い項目名が2つ略称、コードで対応、1つは「集計中」',
  build(wb) {
    const ws = wb.addWorksheet(E1);
    put(ws, 1, 1, ['第３次環境基本計画　環境指標の進捗状況（令和５年度）']);
    put(ws, 3, 1, ['【計画の目標値】（環境政策課）']);
    put(ws, 3, 8, ['【実績値】統計担当から提供データを貼付（令和6年5月20日）']);
    put(ws, 4, 1, ['指標コード', '指標名', '単位', '方向', '基準値（R2）', '令和5年度目標']);
    put(ws, 4, 8, ['コード', '項目名', 'R5実績', '出典']);
    bold(ws, 4, 1, 6);
    bold(ws, 4, 8, 11);
    env.forEach((e, i) => put(ws, 5 + i, 1, [e.code, e.name, e.unit, e.way, e.base, e.target]));
    pasteOrder.forEach((k, i) => {
      const e = env[k];
      put(ws, 5 + i, 8, [e.code, e.short, e.actual, e.src]);
      if (e.actual === '集計中') ws.getCell(5 + i, 10).alignment = { horizontal: 'right' };
    });
    put(ws, 12, 1, ['※温室効果ガス排出量は国の推計公表（約2年後）を待って算定します。']);
    ws.getColumn(2).width = 30;
    ws.getColumn(9).width = 26;
  },
  expected: {
    file: 'h91-env-plan-beside-paste.xlsx',
    fiscalYear: 2023,
    indicators: env.map((e) =>
      e.actual === '集計中'
        ? ind(E1, e.name, e.unit, e.target, null, { direction: 'down', actualStatus: 'pending' })
        : ind(E1, e.name, e.unit, e.target, e.actual, { direction: e.way === '減少' ? 'down' : 'up' }),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// A pivot table of the DX計画 KPI export pasted as values (合計 / 値｜列ラベル; 行ラベル｜2022…2025｜総計): each KPI's row
// carries the subtotal of 目標値 + 実績値, its 目標値 and 実績値 rows indented below; 2025 has targets only; a 総計 row. The
// unit is in the name's brackets; the evaluated year (2024) in the title.
type Piv = { code: string; name: string; unit: string; targets: number[]; actuals: number[] };
const piv: Piv[] = [
  { code: 'D01', name: 'オンライン申請可能な手続数', unit: '件', targets: [100, 130, 150, 170], actuals: [112, 141, 168] },
  { code: 'D02', name: 'マイナンバーカード交付率', unit: '％', targets: [60, 70, 80, 90], actuals: [58.2, 71.4, 78.6] },
  { code: 'D03', name: 'キャッシュレス決済対応窓口数', unit: 'か所', targets: [10, 20, 30, 40], actuals: [8, 19, 27] },
  { code: 'D04', name: 'RPA等による業務削減時間', unit: '時間', targets: [2000, 3000, 4000, 5000], actuals: [1650, 2480, 3120] },
  { code: 'D05', name: '市公式LINE登録者数', unit: '人', targets: [15000, 20000, 25000, 30000], actuals: [16240, 21880, 26410] },
  { code: 'D06', name: 'ペーパーレス会議の実施率', unit: '％', targets: [30, 45, 60, 75], actuals: [22.0, 35.8, 42.5] },
];
const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 10) / 10;
const P1 = 'ピボット';
const pivot: Holdout2Workbook = {
  name: 'h91-pivot-values-2024',
  layout:
    'KPI出力のピボットテーブルを値貼り付け: 合計 / 値｜列ラベル、行ラベル｜2022｜2023｜2024｜2025｜総計、指標の行に目標値＋実績値の小計、その下に字下げした目標値・実績値の行、2025は目標のみ、最下段に総計、単位は指標名の括弧、評価年度（2024年度）は表題',
  build(wb) {
    const ws = wb.addWorksheet(P1);
    put(ws, 1, 1, ['デジタル推進計画ＫＰＩ　2024年度実績（評価用）']);
    put(ws, 2, 1, ['※指標データ（行政評価システム出力）から作成したピボットテーブルを値で貼り付け　デジタル推進課']);
    put(ws, 4, 1, ['合計 / 値', '列ラベル']);
    put(ws, 5, 1, ['行ラベル', 2022, 2023, 2024, 2025, '総計']);
    ws.getRow(5).font = { bold: true };
    let r = 6;
    const colTotals = [0, 0, 0, 0];
    for (const p of piv) {
      const subtotal = p.targets.map((t, y) => sum([t, p.actuals[y] ?? 0]));
      put(ws, r, 1, [`${p.code} ${p.name}（${p.unit}）`, ...subtotal, sum(subtotal)]);
      ws.getRow(r).font = { bold: true };
      put(ws, r + 1, 1, ['目標値', ...p.targets, sum(p.targets)]);
      put(ws, r + 2, 1, ['実績値', ...p.actuals, undefined, sum(p.actuals)]);
      ws.getCell(r + 1, 1).alignment = { indent: 1 };
      ws.getCell(r + 2, 1).alignment = { indent: 1 };
      subtotal.forEach((v, y) => (colTotals[y] = sum([colTotals[y], v])));
      r += 3;
    }
    put(ws, r, 1, ['総計', ...colTotals, sum(colTotals)]);
    ws.getRow(r).font = { bold: true };
    ws.getColumn(1).width = 40;
  },
  expected: {
    file: 'h91-pivot-values-2024.xlsx',
    fiscalYear: 2024,
    indicators: piv.map((p) => ind(P1, p.name, p.unit, p.targets[2], p.actuals[2])),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [wideExport, finance, sideBySide, pivot];
