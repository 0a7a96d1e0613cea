/**
 * Hold-out 92, part 2: four welfare and health plans' progress tables outside the four families (a 介護保険事業計画 with
 * 計画値 / 実績値 / 対計画比 per 年度 and the next year's 見込値, a 食育推進計画 with 計画策定時の値 / 直近値 / 目標値 and the a〜e
 * scale, a データヘルス計画 with one card per 個別保健事業 and アウトプット / アウトカム rows, a 地域福祉計画 with years as rows
 * and a 目標値 row under them, survey indicators 「－」 in the years without the survey).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

function center(ws: Worksheet, row: number, from: number, to: number): void {
  for (let c = from; c <= to; c++) ws.getCell(row, c).alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
}

// ---------------------------------------------------------------------------------------------------------------------
// 第9期介護保険事業計画 (R6–R8), reviewed at the 運営協議会 in 令和7年8月 for 令和6年度: 区分 (merged down) | サービス名 | 単位 |
// 令和6年度 (計画値 | 実績値 | 対計画比) | 令和7年度 (計画値 | 見込値 | 対計画比) | 令和8年度 (計画値) | 備考; 対計画比 by formula.
type Service = { kind: string; name: string; unit: string; r6: [number, number]; r7: [number, number]; r8: number; note?: string };
const services: Service[] = [
  { kind: '居宅サービス', name: '訪問介護', unit: '回/月', r6: [9850, 9412], r7: [10240, 9730], r8: 10610 },
  { kind: '居宅サービス', name: '訪問看護', unit: '回/月', r6: [2310, 2486], r7: [2420, 2610], r8: 2540 },
  { kind: '居宅サービス', name: '通所介護', unit: '回/月', r6: [14620, 13208], r7: [15010, 13540], r8: 15380, note: '事業所1か所の休止（令和6年10月）' },
  {
    kind: '居宅サービス',
    name: '短期入所生活介護',
    unit: '日/月',
    r6: [3950, 3102],
    r7: [4060, 3180],
    r8: 4170,
    note: '介護職員の不足により受入れを制限する事業所あり',
  },
  { kind: '居宅サービス', name: '福祉用具貸与', unit: '人/月', r6: [3480, 3555], r7: [3590, 3660], r8: 3700 },
  { kind: '地域密着型サービス', name: '認知症対応型共同生活介護', unit: '人/月', r6: [243, 236], r7: [252, 240], r8: 261 },
  {
    kind: '地域密着型サービス',
    name: '小規模多機能型居宅介護',
    unit: '人/月',
    r6: [128, 101],
    r7: [134, 105],
    r8: 140,
    note: '整備予定の1事業所が令和7年度に延期',
  },
  { kind: '施設サービス', name: '介護老人福祉施設', unit: '人/月', r6: [610, 598], r7: [620, 604], r8: 630 },
  { kind: '施設サービス', name: '介護老人保健施設', unit: '人/月', r6: [395, 402], r7: [395, 398], r8: 395 },
];
const S1 = 'サービス量';
const kaigo: Holdout2Workbook = {
  name: 'h92-kaigo-keikakuchi',
  layout:
    '介護保険事業計画（第9期）のサービス量: 区分（縦に結合）・サービス名・単位（回/月、日/月、人/月）・令和6年度（計画値｜実績値｜対計画比）・令和7年度（計画値｜見込値｜対計画比）・令和8年度（計画値）の2段の見出し、対計画比は数式、評価対象年度の行',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['第9期介護保険事業計画　介護サービス量の計画値と実績値']);
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['評価対象年度：令和6年度']);
    put(ws, 2, 10, ['介護保険課']);
    put(ws, 4, 1, ['区分', 'サービス名', '単位', '令和6年度', undefined, undefined, '令和7年度', undefined, undefined, '令和8年度', '備考']);
    put(ws, 5, 4, ['計画値', '実績値', '対計画比', '計画値', '見込値', '対計画比', '計画値']);
    for (const c of [1, 2, 3, 11]) ws.mergeCells(4, c, 5, c);
    ws.mergeCells(4, 4, 4, 6);
    ws.mergeCells(4, 7, 4, 9);
    center(ws, 4, 1, 11);
    center(ws, 5, 1, 11);
    let first = 6;
    services.forEach((s, i) => {
      const r = 6 + i;
      put(ws, r, 1, [s.kind, s.name, s.unit, s.r6[0], s.r6[1], undefined, s.r7[0], s.r7[1], undefined, s.r8, s.note]);
      ws.getCell(r, 6).value = { formula: `E${r}/D${r}`, result: s.r6[1] / s.r6[0] };
      ws.getCell(r, 9).value = { formula: `H${r}/G${r}`, result: s.r7[1] / s.r7[0] };
      for (const c of [4, 5, 7, 8, 10]) ws.getCell(r, c).numFmt = '#,##0';
      for (const c of [6, 9]) ws.getCell(r, c).numFmt = '0.0%';
      const next = services[i + 1];
      if (!next || next.kind !== s.kind) {
        if (r > first) ws.mergeCells(first, 1, r, 1);
        ws.getCell(first, 1).alignment = { vertical: 'middle', wrapText: true };
        first = r + 1;
      }
    });
    put(ws, 16, 1, ['※実績値は介護保険事業状況報告（月報）の年間の月平均。令和7年度の見込値は令和7年4月〜6月の実績から推計。']);
    put(ws, 17, 1, ['※対計画比＝実績値（見込値）÷計画値']);
    ws.getColumn(1).width = 12;
    ws.getColumn(2).width = 26;
    ws.getColumn(11).width = 36;
  },
  expected: {
    file: 'h92-kaigo-keikakuchi.xlsx',
    fiscalYear: 2024,
    indicators: services.map((s) => ind(S1, s.name, s.unit, s.r6[0], s.r6[1])),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 第4次食育推進計画 (R4–R8): 分野 (merged down) | No. | 指標 | 計画策定時の値（令和2年度） | 直近値（令和5年度） | 目標値（令和8年度） |
// 目標の方向 (増加 / 減少) | 評価 (a〜e, legend under the table: against the 計画策定時の値, not the target) | 出典. One indicator from a
// survey every five years has 「－」 and e.
type Shoku = {
  field: string;
  name: string;
  base: number;
  latest: number | '－';
  target: number;
  way: '増加' | '減少';
  mark: string;
  source: string;
  unit: string;
};
const shoku: Shoku[] = [
  {
    field: '食を通じた健康づくり',
    name: '朝食を欠食する小学生の割合',
    base: 4.8,
    latest: 5.3,
    target: 3.0,
    way: '減少',
    mark: 'd',
    source: '全国学力・学習状況調査（小6）',
    unit: '％',
  },
  {
    field: '食を通じた健康づくり',
    name: '朝食を欠食する中学生の割合',
    base: 8.2,
    latest: 7.6,
    target: 5.0,
    way: '減少',
    mark: 'b',
    source: '全国学力・学習状況調査（中3）',
    unit: '％',
  },
  {
    field: '食を通じた健康づくり',
    name: '主食・主菜・副菜を組み合わせた食事を1日2回以上ほぼ毎日食べている市民の割合',
    base: 41.3,
    latest: 42.0,
    target: 50.0,
    way: '増加',
    mark: 'c',
    source: '健康づくりアンケート（毎年）',
    unit: '％',
  },
  {
    field: '食を通じた健康づくり',
    name: '20歳代女性のやせの者の割合',
    base: 18.6,
    latest: 16.9,
    target: 15.0,
    way: '減少',
    mark: 'b',
    source: '健康づくりアンケート（毎年）',
    unit: '％',
  },
  {
    field: '食文化の継承と地産地消',
    name: '学校給食における地場産物の使用割合',
    base: 28.4,
    latest: 31.7,
    target: 30.0,
    way: '増加',
    mark: 'a',
    source: '学校給食課調べ（金額ベース）',
    unit: '％',
  },
  {
    field: '食文化の継承と地産地消',
    name: '郷土料理や伝統料理を月1回以上食べている市民の割合',
    base: 38.5,
    latest: '－',
    target: 45.0,
    way: '増加',
    mark: 'e',
    source: '食育に関する市民アンケート（5年ごと、次回令和7年度）',
    unit: '％',
  },
  {
    field: '食育を推進する人づくり',
    name: '食生活改善推進員の数',
    base: 126,
    latest: 109,
    target: 140,
    way: '増加',
    mark: 'd',
    source: '健康づくり課調べ',
    unit: '人',
  },
  {
    field: '食育を推進する人づくり',
    name: '農業体験に参加した児童・生徒の数',
    base: 1250,
    latest: 2310,
    target: 2000,
    way: '増加',
    mark: 'a',
    source: '農政課調べ',
    unit: '人',
  },
];
const S2 = '評価指標';
const shokuiku: Holdout2Workbook = {
  name: 'h92-shokuiku-baseline',
  layout:
    '食育推進計画の評価指標: 分野（縦に結合）・No.・指標・単位・計画策定時の値（令和2年度）・直近値（令和5年度）・目標値（令和8年度）・目標の方向（増加／減少）・評価 a〜e（計画策定時の値と比べる凡例が表の下）・出典、5年ごとの調査の「－」と e',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['第4次食育推進計画　評価指標の状況（令和5年度）']);
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['健康づくり課・農政課・学校給食課']);
    put(ws, 4, 1, [
      '分野',
      'No.',
      '指標',
      '単位',
      '計画策定時の値\n（令和2年度）',
      '直近値\n（令和5年度）',
      '目標値\n（令和8年度）',
      '目標の方向',
      '評価',
      '出典',
    ]);
    center(ws, 4, 1, 10);
    let first = 5;
    shoku.forEach((s, i) => {
      const r = 5 + i;
      put(ws, r, 1, [s.field, i + 1, s.name, s.unit, s.base, s.latest, s.target, s.way, s.mark, s.source]);
      const fmt = s.unit === '％' ? '0.0' : '#,##0';
      for (const c of [5, 6, 7]) ws.getCell(r, c).numFmt = fmt;
      ws.getCell(r, 3).alignment = { wrapText: true };
      ws.getCell(r, 9).alignment = { horizontal: 'center' };
      const next = shoku[i + 1];
      if (!next || next.field !== s.field) {
        if (r > first) ws.mergeCells(first, 1, r, 1);
        ws.getCell(first, 1).alignment = { vertical: 'middle', wrapText: true };
        first = r + 1;
      }
    });
    put(ws, 14, 1, ['【評価区分】（計画策定時の値と直近値を比較）']);
    put(ws, 15, 1, ['a：目標値に達した　b：目標値に達していないが改善傾向にある　c：変わらない（計画策定時の値からの変化が±5％未満）']);
    put(ws, 16, 1, ['d：悪化している　e：評価困難（調査を実施していない等）']);
    ws.getColumn(1).width = 14;
    ws.getColumn(3).width = 44;
    ws.getColumn(10).width = 36;
  },
  expected: {
    file: 'h92-shokuiku-baseline.xlsx',
    fiscalYear: 2023,
    indicators: shoku.map((s) =>
      ind(S2, s.name, s.unit, s.target, s.latest === '－' ? null : s.latest, {
        direction: s.way === '減少' ? 'down' : 'up',
        existing: s.mark,
        actualStatus: s.latest === '－' ? 'not-applicable' : undefined,
      }),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 第3期データヘルス計画 (R6–R11): one card per 個別保健事業 down the sheet (事業n | 事業名, 目的, then 区分 | 評価指標 | 単位 |
// 計画策定時（令和4年度） | 令和6年度目標値 | 令和6年度実績値 | 最終目標（令和11年度） | 備考 with アウトプット / アウトカム rows).
type Dh = {
  kind: 'アウトプット' | 'アウトカム';
  name: string;
  unit: string;
  base: number;
  target: number;
  actual: number;
  final: number;
  note?: string;
  down?: boolean;
};
type Card = { title: string; aim: string; rows: Dh[] };
const cards: Card[] = [
  {
    title: '特定健康診査',
    aim: '生活習慣病の発症予防のため、被保険者が年1回健診を受け、自らの健康状態を把握する。',
    rows: [
      {
        kind: 'アウトプット',
        name: '受診勧奨通知の送付者数',
        unit: '人',
        base: 8420,
        target: 9000,
        actual: 9316,
        final: 9000,
        note: 'AIによる対象者の分類で通知を3回送付',
      },
      { kind: 'アウトカム', name: '特定健康診査受診率', unit: '％', base: 39.8, target: 45.0, actual: 41.6, final: 60.0, note: '国の目標値60％' },
    ],
  },
  {
    title: '特定保健指導',
    aim: 'メタボリックシンドロームの該当者・予備群の生活習慣を改善し、生活習慣病への移行を防ぐ。',
    rows: [
      { kind: 'アウトプット', name: '初回面接の実施者数', unit: '人', base: 312, target: 400, actual: 356, final: 600 },
      { kind: 'アウトカム', name: '特定保健指導実施率', unit: '％', base: 18.2, target: 25.0, actual: 22.7, final: 60.0 },
      {
        kind: 'アウトカム',
        name: '特定保健指導による特定保健指導対象者の減少率',
        unit: '％',
        base: 19.5,
        target: 21.0,
        actual: 17.8,
        final: 25.0,
        note: '前年度の特定保健指導利用者のうち今年度は対象者でなくなった者の割合',
      },
    ],
  },
  {
    title: '糖尿病性腎症重症化予防',
    aim: '糖尿病性腎症の重症化を防ぎ、新規の人工透析導入を減らす。',
    rows: [
      { kind: 'アウトプット', name: '保健指導プログラムの参加者数', unit: '人', base: 22, target: 30, actual: 27, final: 40 },
      { kind: 'アウトカム', name: '受診勧奨対象者の医療機関受診率', unit: '％', base: 45.0, target: 50.0, actual: 52.4, final: 60.0 },
      { kind: 'アウトカム', name: '新規人工透析導入患者数', unit: '人', base: 14, target: 12, actual: 13, final: 10, note: '減少を目指す', down: true },
    ],
  },
  {
    title: '重複・多剤服薬者対策',
    aim: '重複・多剤服薬者に服薬状況を知らせ、かかりつけ医・薬剤師への相談を促す。',
    rows: [
      { kind: 'アウトプット', name: '服薬情報通知の発送者数', unit: '人', base: 180, target: 200, actual: 214, final: 200 },
      { kind: 'アウトカム', name: '通知後に服薬状況が改善した者の割合', unit: '％', base: 28.0, target: 30.0, actual: 34.5, final: 35.0 },
    ],
  },
];
const S3 = '個別保健事業';
const datahealth: Holdout2Workbook = {
  name: 'h92-datahealth-cards',
  layout:
    'データヘルス計画（第3期）の個別保健事業: 事業ごとのカードを縦に4つ（事業n｜事業名、目的、区分・評価指標・単位・計画策定時（令和4年度）・令和6年度目標値・令和6年度実績値・最終目標（令和11年度）・備考の見出しをカードごとに、アウトプット／アウトカムの行）、「…対象者の減少率」（増えるほど良い）と備考の「減少を目指す」',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 1, ['第3期国民健康保険データヘルス計画（第4期特定健康診査等実施計画）　個別保健事業の評価（令和6年度）']);
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['保険年金課　国保健康係']);
    let r = 4;
    cards.forEach((card, i) => {
      put(ws, r, 1, [`事業${i + 1}`, card.title]);
      ws.mergeCells(r, 2, r, 8);
      ws.getCell(r, 1).font = { bold: true };
      ws.getCell(r, 2).font = { bold: true };
      put(ws, r + 1, 1, ['目的', card.aim]);
      ws.mergeCells(r + 1, 2, r + 1, 8);
      put(ws, r + 2, 1, [
        '区分',
        '評価指標',
        '単位',
        '計画策定時\n（令和4年度）',
        '令和6年度\n目標値',
        '令和6年度\n実績値',
        '最終目標\n（令和11年度）',
        '備考',
      ]);
      center(ws, r + 2, 1, 8);
      card.rows.forEach((d, j) => {
        const rr = r + 3 + j;
        put(ws, rr, 1, [d.kind, d.name, d.unit, d.base, d.target, d.actual, d.final, d.note]);
        const fmt = d.unit === '％' ? '0.0' : '#,##0';
        for (const c of [4, 5, 6, 7]) ws.getCell(rr, c).numFmt = fmt;
      });
      r += 3 + card.rows.length + 1;
    });
    put(ws, r, 1, ['※令和6年度実績値は令和7年11月の法定報告（確定値）による。']);
    ws.getColumn(1).width = 13;
    ws.getColumn(2).width = 40;
    ws.getColumn(8).width = 40;
  },
  expected: {
    file: 'h92-datahealth-cards.xlsx',
    fiscalYear: 2024,
    indicators: cards.flatMap((c) => c.rows.map((d) => ind(S3, d.name, d.unit, d.target, d.actual, { direction: d.down ? 'down' : 'up' }))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 第4次地域福祉計画 (R3–R7): two small tables, one per 基本目標, with years as rows (計画策定時（令和2年度）, 令和3年度 … 令和7年度)
// and the indicators as columns (unit in the heading), the 目標値（令和7年度） row at the bottom. Survey indicators have 「－」 in
// the years without the 市民意識調査 (令和4年度・令和6年度). The year evaluated is in the sub-title.
type Col = { name: string; unit: string; values: (number | '－' | undefined)[]; target: number };
const YEARS = ['計画策定時\n（令和2年度）', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度'];
const goals: [string, Col[]][] = [
  [
    '基本目標1　つながり支え合う地域づくり',
    [
      { name: '地域福祉活動に参加している市民の割合', unit: '％', values: [24.6, '－', 22.1, '－'], target: 30.0 },
      { name: '地区社協による見守り訪問世帯数', unit: '世帯', values: [1240, 1305, 1362, 1532], target: 1500 },
      { name: 'ボランティアセンター登録者数', unit: '人', values: [2180, 1960, 2045, 1890], target: 2400 },
    ],
  ],
  [
    '基本目標2　包括的な相談支援体制の構築',
    [
      { name: '福祉まるごと相談窓口の相談件数', unit: '件', values: ['－', 2140, 2615, 2860], target: 3000 },
      { name: '自立相談支援により就労・増収した人数', unit: '人', values: [35, 41, 44, 48], target: 60 },
      { name: '困ったときに相談できる相手がいる市民の割合', unit: '％', values: [78.2, '－', 76.5, '－'], target: 85.0 },
    ],
  ],
];
const S4 = '成果指標';
const chiiki: Holdout2Workbook = {
  name: 'h92-chiikifukushi-years',
  layout:
    '地域福祉計画の成果指標: 基本目標ごとの小さな表を縦に2つ、年度が行（計画策定時（令和2年度）・令和3年度〜令和7年度）で指標が列（見出しの括弧に単位）、いちばん下に目標値（令和7年度）の行、隔年の市民意識調査の「－」、副題に「令和5年度 進行管理」',
  build(wb) {
    const ws = wb.addWorksheet(S4);
    put(ws, 1, 1, ['第4次地域福祉計画　成果指標の推移']);
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['令和5年度 進行管理　　福祉政策課']);
    let r = 4;
    for (const [title, cols] of goals) {
      put(ws, r, 1, [title]);
      ws.getCell(r, 1).font = { bold: true };
      put(ws, r + 1, 1, ['年度', ...cols.map((c) => `${c.name}（${c.unit}）`)]);
      center(ws, r + 1, 1, 1 + cols.length);
      YEARS.forEach((y, i) => {
        put(ws, r + 2 + i, 1, [y, ...cols.map((c) => c.values[i])]);
        cols.forEach((c, j) => (ws.getCell(r + 2 + i, 2 + j).numFmt = c.unit === '％' ? '0.0' : '#,##0'));
      });
      ws.getCell(r + 2, 1).alignment = { wrapText: true };
      put(ws, r + 2 + YEARS.length, 1, ['目標値（令和7年度）', ...cols.map((c) => c.target)]);
      cols.forEach((c, j) => (ws.getCell(r + 2 + YEARS.length, 2 + j).numFmt = c.unit === '％' ? '0.0' : '#,##0'));
      r += 2 + YEARS.length + 2;
    }
    put(ws, r, 1, ['※市民の割合は市民意識調査（隔年、令和4年度・令和6年度に実施）による。調査を実施しない年度は「－」。']);
    put(ws, r + 1, 1, ['※福祉まるごと相談窓口は令和3年4月に開設。']);
    ws.getColumn(1).width = 18;
    for (let c = 2; c <= 4; c++) ws.getColumn(c).width = 24;
  },
  expected: {
    file: 'h92-chiikifukushi-years.xlsx',
    fiscalYear: 2023,
    indicators: goals.flatMap(([, cols]) =>
      cols.map((c) => {
        const v = c.values[3];
        return typeof v === 'number' ? ind(S4, c.name, c.unit, c.target, v) : ind(S4, c.name, c.unit, c.target, null, { actualStatus: 'not-applicable' });
      }),
    ),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [kaigo, shokuiku, datahealth, chiiki];
