/**
 * Hold-out 91, part 1: the four families as they arrive after an export from a 行政評価システム or a paste from several
 * sources (a 施策評価シート flattened by the system's export, with its figures stored as text; 事業実績 tables of three 課
 * pasted one under the other, each with its own heading row and column order; the KPI of a 総合戦略 as a long export, one row
 * per KPI × 年度 × 区分; a 健康増進計画's indicator table pasted from a Word/PDF table, full-width digits, units and year notes
 * in the cells, a name broken over two rows).
 */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

/** A figure as a system export writes it: text with thousands separators. */
const txt = (n: number) => n.toLocaleString('en-US');

// ---------------------------------------------------------------------------------------------------------------------
// 施策評価シート from the 行政評価システム: the indicator blocks exported one under the other (成果指標①, 指標の説明, 単位,
// a 区分 row of years R02（現状値）…R07（目標値）, 実績値 and 期待値 rows, 備考), every figure a text cell ("14,620", "85.2%",
// "　312 "). 評価対象年度 in the header; 達成状況評価 left empty for the office, last year's grade beside it.
type Block = { name: string; about: string; unit: string; actuals: string[]; expected: string[]; note: string; target: number; actual: number };
const blocks: Block[] = [
  {
    name: '認知症サポーター養成数',
    about: '認知症サポーター養成講座の受講者数（平成20年度からの延べ人数）',
    unit: '人',
    actuals: ['12,480', '13,210', '13,905', '14,620'],
    expected: ['13,300', '14,100', '14,900', '15,700', '16,500'],
    note: '企業・学校向け出前講座を含む',
    target: 14900,
    actual: 14620,
  },
  {
    name: '介護予防教室の参加者数',
    about: '市及び地域包括支援センターが実施する介護予防教室の延べ参加者数',
    unit: '人',
    actuals: ['5,320', '6,480', '7,615', '8,214'],
    expected: ['7,000', '8,000', '9,000', '9,500', '10,000'],
    note: 'R02は感染症対策により一部中止',
    target: 9000,
    actual: 8214,
  },
  {
    name: '地域ケア会議の開催回数',
    about: '個別ケース検討及び圏域ごとの地域ケア会議の開催回数',
    unit: '回',
    actuals: ['36', '40', '44', '48'],
    expected: ['40', '44', '48', '48', '48'],
    note: '',
    target: 48,
    actual: 48,
  },
  {
    name: '要介護認定を受けていない高齢者の割合',
    about: '65歳以上の高齢者のうち要介護（要支援）認定を受けていない人の割合（各年度3月末）',
    unit: '％',
    actuals: ['84.6%', '84.9%', '85.1%', '85.2%'],
    expected: ['85.0%', '85.0%', '85.0%', '85.0%', '85.0%'],
    note: '介護保険事業状況報告',
    target: 85,
    actual: 85.2,
  },
  {
    name: '在宅医療・介護連携に関する相談件数',
    about: '在宅医療・介護連携支援センターが受け付けた相談の件数',
    unit: '件',
    actuals: ['198', '236', '281', '　312 '],
    expected: ['250', '300', '400', '420', '450'],
    note: '',
    target: 400,
    actual: 312,
  },
];
const S1 = '施策評価シート';
const blockIndicators = blocks.map((b) => ind(S1, b.name, b.unit, b.target, b.actual));
const shisaku: Holdout2Workbook = {
  name: 'h91-shisaku-system-export',
  layout:
    '行政評価システムが出力した施策評価シート: 指標ブロックが縦に1列に並ぶ（成果指標①／指標の説明／単位／区分 R02（現状値）…R07（目標値）／実績値／期待値／備考）、数値はすべて文字（"14,620" "85.2%" "　312 "）、評価対象年度は見出し、達成状況評価は空欄で右に前年度評価',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['【行政評価システム出力】　施策評価シート（事後評価）']);
    put(ws, 2, 1, ['評価対象年度', '令和5年度', undefined, '出力日', '2024/06/14', '出力者', '企画政策課']);
    put(ws, 4, 1, ['政策', '02　健康で安心して暮らせるまち']);
    put(ws, 5, 1, ['施策', '02-03　地域包括ケアシステムの推進']);
    put(ws, 6, 1, ['担当課', '長寿介護課']);
    put(ws, 7, 1, ['達成状況評価', undefined, '前年度評価', 'B']);
    for (const r of [4, 5, 6]) ws.mergeCells(r, 2, r, 7);
    const marks = ['①', '②', '③', '④', '⑤'];
    blocks.forEach((b, i) => {
      const r = 9 + i * 8;
      put(ws, r, 1, [`成果指標${marks[i]}`, b.name]);
      put(ws, r + 1, 1, ['指標の説明', b.about]);
      put(ws, r + 2, 1, ['単位', b.unit]);
      put(ws, r + 3, 1, ['区分', 'R02（現状値）', 'R03', 'R04', 'R05', 'R06', 'R07（目標値）']);
      put(ws, r + 4, 1, ['実績値', ...b.actuals]);
      put(ws, r + 5, 1, ['期待値', undefined, ...b.expected]);
      put(ws, r + 6, 1, ['備考', b.note || undefined]);
      ws.mergeCells(r, 2, r, 7);
      ws.mergeCells(r + 1, 2, r + 1, 7);
      ws.mergeCells(r + 6, 2, r + 6, 7);
      for (let c = 2; c <= 7; c++) ws.getCell(r + 4, c).alignment = { horizontal: 'right' };
      for (let c = 2; c <= 7; c++) ws.getCell(r + 5, c).alignment = { horizontal: 'right' };
    });
    ws.getColumn(1).width = 14;
    for (let c = 2; c <= 7; c++) ws.getColumn(c).width = 13;
  },
  expected: {
    file: 'h91-shisaku-system-export.xlsx',
    fiscalYear: 2023,
    indicators: blockIndicators,
    groups: [{ sheet: S1, cell: 'B7', grade: rollUp(blockIndicators.map((x) => x.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 事業実績: three 課's tables pasted one under another on one sheet, each under its own 「■ 課名」 row and heading row, in
// different column orders (商工観光課: 目標→実績→自己評価; 農政課: 自己評価→実績→目標; 生涯学習課: 事業名｜指標｜単位｜目標値｜実績値｜評価).
const S2 = '事業実績';
type TextRow = [string, string, string, string, string];
const shoko: TextRow[] = [
  ['中小企業融資あっせん事業', '融資実行件数 150件', '融資実行件数 128件', 'B', '継続'],
  ['創業支援事業', '創業塾受講者:25人 創業者:8人', '創業塾受講者:31人 創業者:6人', 'B', '継続'],
  ['観光PR事業', '観光PRイベント出展 6回', '観光PRイベント出展 7回', 'A', '継続'],
  ['プレミアム付商品券発行事業', '販売率 100％', '販売率 96.4％', 'B', '終了'],
];
// [事業名, 自己評価, 実績（R5）, 目標（R5）, 備考]
const nosei: TextRow[] = [
  ['新規就農者支援事業', 'A', '新規就農者 9人', '新規就農者 8人', ''],
  ['有害鳥獣被害防止対策事業', 'B', '捕獲頭数 412頭', '捕獲頭数 500頭', '猟友会への委託による'],
  ['農地集積推進事業', 'C', '集積面積 38.5ha', '集積面積 60ha', ''],
  ['地産地消推進事業', 'D', '未実施', '料理教室 4回', '講師の都合により中止'],
];
type GakushuRow = [string, string, string, number, number, string];
const gakushu: GakushuRow[] = [
  ['公民館講座事業', '講座参加者数', '人', 3600, 3148, 'B'],
  ['図書館運営事業', '貸出冊数', '冊', 520000, 497310, 'B'],
  ['放課後子ども教室推進事業', '実施校数', '校', 14, 14, 'A'],
];
const jigyoIndicators: ExpectedIndicator[] = [
  ind(S2, '中小企業融資あっせん事業', '件', 150, 128, { existing: 'B' }),
  {
    sheet: S2,
    name: '創業支援事業',
    measures: [
      { label: '創業塾受講者', target: 25, actual: 31, unit: '人' },
      { label: '創業者', target: 8, actual: 6, unit: '人' },
    ],
    direction: 'up',
    existing: 'B',
    grade: 'C',
  },
  ind(S2, '観光PR事業', '回', 6, 7, { existing: 'A' }),
  ind(S2, 'プレミアム付商品券発行事業', '％', 100, 96.4, { existing: 'B' }),
  ind(S2, '新規就農者支援事業', '人', 8, 9, { existing: 'A' }),
  ind(S2, '有害鳥獣被害防止対策事業', '頭', 500, 412, { existing: 'B' }),
  ind(S2, '農地集積推進事業', 'ha', 60, 38.5, { existing: 'C' }),
  ind(S2, '地産地消推進事業', '回', 4, null, { existing: 'D', actualStatus: 'not-implemented' }),
  ...gakushu.map(([, name, unit, target, actual, grade]) => ind(S2, name, unit, target, actual, { existing: grade })),
];
function heading(ws: Worksheet, row: number, values: string[]): void {
  put(ws, row, 1, values);
  values.forEach((_, i) => {
    const c = ws.getCell(row, 1 + i);
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    c.border = { bottom: { style: 'thin' } };
  });
}
const jigyo: Holdout2Workbook = {
  name: 'h91-jigyo-three-ka-pasted',
  layout:
    '事業実績: 3課の提出表を1シートに縦に貼り付け、課ごとに「■ 課名」と見出し行、列の並びが課で違う（目標→実績→自己評価／自己評価→実績→目標／事業名｜指標｜単位｜目標値｜実績値｜評価）、目標・実績は「融資実行件数 150件」の文字、2項目のセル、未実施',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['令和５年度　主要事業の実績（各課提出表の取りまとめ）']);
    put(ws, 2, 1, ['※各課から提出された表をそのまま貼り付けています（列の並びは課により異なります）。']);
    put(ws, 4, 1, ['■ 商工観光課']);
    heading(ws, 5, ['No.', '事業名', '令和5年度目標', '令和5年度実績', '自己評価', '今後の方向性']);
    shoko.forEach((r, i) => put(ws, 6 + i, 1, [i + 1, ...r]));
    put(ws, 12, 1, ['■ 農政課　（令和5年度事業実績）']);
    heading(ws, 13, ['No.', '事業名', '自己評価', '実績（R5）', '目標（R5）', '備考']);
    nosei.forEach((r, i) => put(ws, 14 + i, 1, [i + 1, ...r.map((v) => v || undefined)]));
    put(ws, 20, 1, ['■ 生涯学習課']);
    heading(ws, 21, ['事業名', '指標', '単位', '目標値', '実績値', '評価', '担当係']);
    gakushu.forEach(([project, name, unit, target, actual, grade], i) => {
      put(ws, 22 + i, 1, [project, name, unit, txt(target), txt(actual), grade, i === 1 ? '図書館' : '社会教育係']);
      ws.getCell(22 + i, 4).alignment = { horizontal: 'right' };
      ws.getCell(22 + i, 5).alignment = { horizontal: 'right' };
    });
    put(ws, 27, 1, ['自己評価の基準　A：100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満又は未実施']);
    ws.getColumn(1).width = 26;
    ws.getColumn(2).width = 28;
    for (const c of [3, 4, 5]) ws.getColumn(c).width = 30;
    ws.getColumn(6).width = 20;
  },
  expected: { file: 'h91-jigyo-three-ka-pasted.xlsx', fiscalYear: 2023, indicators: jigyoIndicators, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------
// 総合戦略 KPI as a long export: one row per KPI × 年度（西暦）× 区分（目標値／実績値）, sorted by 指標コード, 年度, 区分; targets
// to 2025, actuals to 2023; the evaluated year in the header line. 合計特殊出生率 has no unit.
type LongKpi = { code: string; goal: string; name: string; unit: string; targets: number[]; actuals: number[]; by: string };
const kpis: LongKpi[] = [
  { code: 'K1-01', goal: '基本目標1', name: '転入者数', unit: '人', targets: [5200, 5300, 5400, 5500, 5600], actuals: [4986, 5122, 5251], by: '企画課' },
  { code: 'K1-02', goal: '基本目標1', name: '企業誘致件数', unit: '件', targets: [2, 2, 2, 2, 2], actuals: [1, 3, 2], by: '商工課' },
  { code: 'K2-01', goal: '基本目標2', name: '合計特殊出生率', unit: '', targets: [1.45, 1.48, 1.5, 1.52, 1.55], actuals: [1.41, 1.36, 1.38], by: '企画課' },
  {
    code: 'K2-02',
    goal: '基本目標2',
    name: '子育て支援センター利用者数',
    unit: '人',
    targets: [18000, 18200, 18500, 18800, 19000],
    actuals: [14210, 15870, 16420],
    by: 'こども家庭課',
  },
  { code: 'K3-01', goal: '基本目標3', name: '観光入込客数', unit: '千人', targets: [1150, 1200, 1250, 1300, 1350], actuals: [1021, 1188, 1302], by: '観光課' },
  {
    code: 'K3-02',
    goal: '基本目標3',
    name: 'ふるさと納税寄附件数',
    unit: '件',
    targets: [10000, 11000, 12000, 13000, 14000],
    actuals: [8450, 10320, 9870],
    by: '財政課',
  },
];
const S3 = 'KPI進捗_出力';
const longKpi: Holdout2Workbook = {
  name: 'h91-kpi-long-export',
  layout:
    '総合戦略KPIの縦長の出力: 指標コード｜基本目標｜指標名｜年度（2021…2025）｜区分（目標値／実績値）｜値｜単位｜入力課、1行1指標×年度×区分、コード・年度・区分の順、目標は2025まで・実績は2023まで、評価対象年度は見出し行（令和5年度（2023年度））',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 1, ['第2期まち・ひと・しごと創生総合戦略　KPI実績データ（行政評価システム出力）']);
    put(ws, 2, 1, ['評価対象年度：令和5年度（2023年度）　抽出日：2024/05/28']);
    heading(ws, 4, ['指標コード', '基本目標', '指標名', '年度', '区分', '値', '単位', '入力課']);
    let r = 5;
    for (const k of kpis)
      for (let y = 0; y < 5; y++) {
        put(ws, r++, 1, [k.code, k.goal, k.name, 2021 + y, '目標値', k.targets[y], k.unit || undefined, k.by]);
        if (y < k.actuals.length) put(ws, r++, 1, [k.code, k.goal, k.name, 2021 + y, '実績値', k.actuals[y], k.unit || undefined, k.by]);
      }
    for (let i = 5; i < r; i++) ws.getCell(i, 6).numFmt = '#,##0.##';
    ws.autoFilter = { from: { row: 4, column: 1 }, to: { row: r - 1, column: 8 } };
    ws.getColumn(3).width = 28;
  },
  expected: {
    file: 'h91-kpi-long-export.xlsx',
    fiscalYear: 2023,
    indicators: kpis.map((k) => ind(S3, k.name, k.unit || null, k.targets[2], k.actuals[2])),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 計画の指標 pasted from the plan's Word/PDF table: the heading over two rows with stray spaces (「指　標」「現　況 」 over
// 「（計画策定時）」…), the 分野 of a broken merge only on its first row, full-width digits, units and year notes in the cells,
// one name broken over two rows by the paste, 「－」 for a survey-off year, 喫煙率 marked 減少 in the 備考.
const zen = (s: string) => s.replace(/[0-9.,%]/g, (ch) => ({ '.': '．', ',': '，', '%': '％' })[ch] ?? String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const S4 = 'Sheet1';
const plan: Holdout2Workbook = {
  name: 'h91-keikaku-word-paste',
  layout:
    '健康増進計画の数値目標をWord/PDFの表から貼り付け: 見出しが2行（「指　標」「現　況 」の下に「（計画策定時）」「（令和８年度）」「（令和５年度）」）、分野は結合が外れて最初の行だけ、全角数字・セルの単位と年の注記（「１，２００人\\n（令和元年度）」）、名前が2行に割れた行、調査のない年の「－」、備考の「減少を目指す指標」',
  build(wb) {
    const ws = wb.addWorksheet(S4);
    put(ws, 1, 1, ['第２次健康増進計画　数値目標の達成状況（令和５年度）']);
    put(ws, 2, 6, ['健康推進課']);
    put(ws, 4, 1, ['分　野', '指　標', '現　況 ', '目　標　', ' 実　績', '把握方法', '備　考']);
    put(ws, 5, 1, [undefined, undefined, '（計画策定時）', '（令和８年度）', '（令和５年度）']);
    const rows: (string | undefined)[][] = [
      ['生活習慣病の予防', '特定健康診査の', zen('38.4%') + '\n（令和２年度）', zen('60.0%'), zen('44.1%'), '法定報告'],
      [undefined, '受診率'],
      [undefined, '胃がん検診の受診率', zen('8.9%') + '\n（令和２年度）', zen('15.0%'), zen('10.2%'), '地域保健・健康増進事業報告'],
      [undefined, '成人の喫煙率', zen('16.8%') + '\n（令和３年度）', zen('12.0%'), zen('14.9%'), '市民健康意識調査', '減少を目指す指標'],
      ['健康づくりの実践', '健康づくり教室の参加者数', zen('1,200') + '人\n（令和元年度）', zen('1,800') + '人', zen('1,532') + '人', '事業実績'],
      [undefined, '健康ポイント事業の参加者数', '－\n（新規）', zen('3,000') + '人', zen('2,874') + '人', '事業実績', '令和４年度開始'],
      [
        undefined,
        '朝食を毎日食べる児童の割合',
        zen('88.5%') + '\n（令和２年度）',
        zen('95.0%'),
        '－',
        '児童生徒の生活習慣調査',
        '３年ごとの調査（次回：令和７年度）',
      ],
    ];
    rows.forEach((r, i) => {
      put(ws, 6 + i, 1, r);
      for (let c = 1; c <= 7; c++) ws.getCell(6 + i, c).alignment = { wrapText: true, vertical: 'top' };
    });
    put(ws, 14, 1, ['※実績欄の「－」は、調査を実施していない年度であることを示します。']);
    ws.getColumn(1).width = 16;
    ws.getColumn(2).width = 30;
    for (const c of [3, 4, 5]) ws.getColumn(c).width = 14;
    ws.getColumn(6).width = 22;
    ws.getColumn(7).width = 30;
  },
  expected: {
    file: 'h91-keikaku-word-paste.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S4, '特定健康診査の受診率', '％', 60, 44.1),
      ind(S4, '胃がん検診の受診率', '％', 15, 10.2),
      ind(S4, '成人の喫煙率', '％', 12, 14.9, { direction: 'down' }),
      ind(S4, '健康づくり教室の参加者数', '人', 1800, 1532),
      ind(S4, '健康ポイント事業の参加者数', '人', 3000, 2874),
      ind(S4, '朝食を毎日食べる児童の割合', '％', 95, null, { actualStatus: 'not-applicable' }),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [shisaku, jigyo, longKpi, plan];
