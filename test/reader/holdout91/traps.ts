/**
 * Hold-out 91, part 3: three traps of exported and pasted-together workbooks (a long export whose 種別 has 見込値 beside
 * 実績値 and where one indicator has only its 目標値 row for the evaluated year; 目標値 and 実績値 sheets from two sources
 * whose 指標コード 01, 02, 03 repeat under two 施策 with different names, the 実績値 sheet with 前年度実績 beside 当年度実績;
 * a wide export for the 2023年度 evaluation that already carries 2024's half-year actuals in the columns to the right).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const txt = (n: number) => n.toLocaleString('en-US');

function heading(ws: Worksheet, row: number, values: string[]): void {
  put(ws, row, 1, values);
  values.forEach((_, i) => {
    const c = ws.getCell(row, 1 + i);
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } };
  });
}

// A long export (施策コード｜指標コード｜指標名｜単位｜年度 R03…R05｜種別 目標値／見込値／実績値｜数値｜登録日｜登録者). For R05:
// ファミリー・サポート has a 見込値 (February) and a 実績値 (May): the 実績値 is read; 子育て応援アプリ has only a 見込値: a
// provisional actual; 病児保育 has only its 目標値: no actual, nothing to grade (not R04's 実績値).
type Entry = [string, number | null, string, string];
type Long = { code: string; name: string; unit: string; years: { target: number; forecast?: number; actual?: number }[] };
const long: Long[] = [
  {
    code: '1101',
    name: 'ファミリー・サポート・センター会員数',
    unit: '人',
    years: [
      { target: 1350, actual: 1322 },
      { target: 1400, actual: 1371 },
      { target: 1450, forecast: 1402, actual: 1418 },
    ],
  },
  {
    code: '1102',
    name: '乳幼児健康診査の受診率',
    unit: '％',
    years: [
      { target: 97.0, actual: 96.4 },
      { target: 97.0, actual: 97.5 },
      { target: 97.0, actual: 98.2 },
    ],
  },
  {
    code: '1103',
    name: '子育て応援アプリの登録者数',
    unit: '人',
    years: [
      { target: 4000, actual: 3612 },
      { target: 5000, actual: 4858 },
      { target: 6000, forecast: 5700 },
    ],
  },
  {
    code: '1104',
    name: '病児保育事業の利用者数',
    unit: '人',
    years: [{ target: 1000, actual: 812 }, { target: 1100, actual: 1046 }, { target: 1200 }],
  },
  {
    code: '1105',
    name: '地域子育て支援拠点の利用者数',
    unit: '人',
    years: [
      { target: 22000, actual: 17940 },
      { target: 23000, actual: 20115 },
      { target: 24000, actual: 21356 },
    ],
  },
];
const REGISTERED = ['2022/05/16', '2023/05/15', '2024/05/15'];
const L1 = '抽出結果';
const longExport: Holdout2Workbook = {
  name: 'h91-trap-long-mikomi-target-only',
  layout:
    '縦長の出力（施策コード｜指標コード｜指標名｜単位｜年度 R03…R05｜種別 目標値／見込値／実績値｜数値｜登録日｜登録者）: R05 に見込値と実績値の両方がある指標、見込値だけの指標、目標値の行しかない指標（実績なし、前年度の実績で評価しない）',
  build(wb) {
    const ws = wb.addWorksheet(L1);
    put(ws, 1, 1, ['施策指標データ抽出（評価年度：令和5年度）']);
    put(ws, 2, 1, ['抽出条件：施策 03-02 子育て支援の充実／年度 R03〜R05／種別 すべて']);
    heading(ws, 4, ['施策コード', '指標コード', '指標名', '単位', '年度', '種別', '数値', '登録日', '登録者']);
    let r = 5;
    for (const k of long)
      k.years.forEach((y, i) => {
        const year = `R0${3 + i}`;
        const entries: Entry[] = [['目標値', y.target, '2021/04/01', '企画政策課']];
        if (y.forecast !== undefined) entries.push(['見込値', y.forecast, '2024/02/09', 'こども家庭課']);
        if (y.actual !== undefined) entries.push(['実績値', y.actual, REGISTERED[i], 'こども家庭課']);
        for (const [kind, value, date, by] of entries) put(ws, r++, 1, ['03-02', k.code, k.name, k.unit, year, kind, value, date, by]);
      });
    put(ws, r + 1, 1, [`${r - 5}件`]);
    ws.getColumn(3).width = 32;
  },
  expected: {
    file: 'h91-trap-long-mikomi-target-only.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(L1, long[0].name, '人', 1450, 1418),
      ind(L1, long[1].name, '％', 97.0, 98.2),
      ind(L1, long[2].name, '人', 6000, 5700, { actualStatus: 'provisional' }),
      ind(L1, long[3].name, '人', 1200, null, { actualStatus: 'missing' }),
      ind(L1, long[4].name, '人', 24000, 21356),
    ],
    groups: [],
  },
};

// 目標値 from the plan database and 実績値 from the 課's answers, on two sheets. 指標コード 01–03 are numbered within each 施策,
// so the same code names a 健康づくり indicator and a スポーツ indicator; the 実績値 sheet is sorted by 指標コード and has
// 前年度実績（R4） beside 当年度実績（R5）. Each indicator is joined by 施策 and code (the names agree).
type Pair = { policy: string; code: string; name: string; unit: string; base: number; t5: number; t8: number; r4: number; r5: number };
const pairs: Pair[] = [
  { policy: '02-01', code: '01', name: '健康診査受診者数', unit: '人', base: 7780, t5: 8200, t8: 9000, r4: 7912, r5: 7654 },
  { policy: '02-01', code: '02', name: '健康相談件数', unit: '件', base: 860, t5: 1000, t8: 1200, r4: 948, r5: 1122 },
  { policy: '02-01', code: '03', name: '食生活改善推進員数', unit: '人', base: 112, t5: 120, t8: 130, r4: 101, r5: 94 },
  { policy: '02-02', code: '01', name: 'スポーツ教室参加者数', unit: '人', base: 4120, t5: 5000, t8: 6000, r4: 4780, r5: 5360 },
  { policy: '02-02', code: '02', name: '総合型地域スポーツクラブ会員数', unit: '人', base: 820, t5: 900, t8: 1000, r4: 768, r5: 742 },
  { policy: '02-02', code: '03', name: '体育施設利用者数', unit: '人', base: 268400, t5: 310000, t8: 340000, r4: 279530, r5: 286415 },
];
const POLICY: Record<string, string> = { '02-01': '健康づくりの推進', '02-02': '生涯スポーツの振興' };
const ANSWERED: Record<string, string> = { '02-01': '健康推進課', '02-02': 'スポーツ振興課' };
const G1 = '目標値（計画DB）';
const G2 = '実績値（各課回答）';
const codeRepeat: Holdout2Workbook = {
  name: 'h91-trap-code-repeats',
  layout:
    '目標値シート（計画DBの出力: 施策コード｜施策名｜指標コード｜指標名｜単位｜基準値（R3）｜目標値（R5）｜目標値（R8））と実績値シート（各課回答の貼り付け: 指標コード｜施策コード｜指標名｜単位｜前年度実績（R4）｜当年度実績（R5）｜回答課｜備考、指標コード順）、指標コード01〜03が2つの施策で別の指標名に重複',
  build(wb) {
    const t = wb.addWorksheet(G1);
    put(t, 1, 1, ['第２期基本計画　成果指標　目標値一覧']);
    put(t, 2, 1, ['出典：計画進行管理データベース（令和6年4月1日出力）']);
    heading(t, 4, ['施策コード', '施策名', '指標コード', '指標名', '単位', '基準値（R3）', '目標値（R5）', '目標値（R8）']);
    pairs.forEach((p, i) => {
      put(t, 5 + i, 1, [p.policy, POLICY[p.policy], p.code, p.name, p.unit, p.base, p.t5, p.t8]);
      for (const c of [6, 7, 8]) t.getCell(5 + i, c).numFmt = '#,##0';
    });
    t.getColumn(2).width = 20;
    t.getColumn(4).width = 32;
    const a = wb.addWorksheet(G2);
    put(a, 1, 1, ['令和５年度　成果指標実績値（各課照会回答の貼り付け）']);
    heading(a, 3, ['指標コード', '施策コード', '指標名', '単位', '前年度実績（R4）', '当年度実績（R5）', '回答課', '備考']);
    const sorted = [...pairs].sort((x, y) => x.code.localeCompare(y.code) || x.policy.localeCompare(y.policy));
    sorted.forEach((p, i) => {
      put(a, 4 + i, 1, [
        p.code,
        p.policy,
        p.name,
        p.unit,
        txt(p.r4),
        txt(p.r5),
        ANSWERED[p.policy],
        p.code === '03' && p.policy === '02-01' ? '推進員の高齢化により減少' : undefined,
      ]);
      a.getCell(4 + i, 5).alignment = { horizontal: 'right' };
      a.getCell(4 + i, 6).alignment = { horizontal: 'right' };
    });
    a.getColumn(3).width = 32;
  },
  expected: {
    file: 'h91-trap-code-repeats.xlsx',
    fiscalYear: 2023,
    indicators: pairs.map((p) => ind(G1, p.name, p.unit, p.t5, p.r5)),
    groups: [],
  },
};

// A wide export (指標ID｜指標名｜単位｜方向｜FY2023目標｜実績_2023｜評価_2023｜FY2024目標｜実績_2024｜備考) made on 2024/10/15
// for the 2023年度 事後評価 (the header says so): 実績_2024 already holds the half-year figures to 9月末. The 2023 columns are read.
type Fy = [string, string, string, '増加' | '減少', string, string, string, string, string];
const fy: Fy[] = [
  ['T-01', '観光案内所利用者数', '人', '増加', '38,000', '36,212', 'B', '40,000', '21,870'],
  ['T-02', '市内宿泊者数', '人', '増加', '180,000', '171,406', 'B', '185,000', '92,310'],
  ['T-03', '創業件数', '件', '増加', '25', '31', 'A', '25', '14'],
  ['T-04', '企業立地件数', '件', '増加', '3', '1', 'C', '3', '0'],
  ['T-05', '農産物直売所の売上額', '千円', '増加', '420,000', '398,750', 'B', '430,000', '205,118'],
  ['T-06', '商店街の空き店舗率', '％', '減少', '12.0%', '13.5%', 'B', '11.5%', '13.1%'],
];
const num = (s: string) => Number(s.replace(/[,%]/g, ''));
const F1 = 'export_20241015';
const laterYear: Holdout2Workbook = {
  name: 'h91-trap-fy-half-year-later',
  layout:
    '2023年度事後評価用の横長の出力（指標ID｜指標名｜単位｜方向｜FY2023目標｜実績_2023｜評価_2023｜FY2024目標｜実績_2024｜備考、2024/10/15 出力）: 右の実績_2024 に9月末までの上半期の数値が入っている、対象年度は見出し行、数値は文字',
  build(wb) {
    const ws = wb.addWorksheet(F1);
    put(ws, 1, 1, ['施策評価（事後評価）用　指標データ　対象年度：2023年度（令和5年度）']);
    put(ws, 2, 1, ['出力日時：2024/10/15 09:12　出力者：商工観光課']);
    heading(ws, 4, ['指標ID', '指標名', '単位', '方向', 'FY2023目標', '実績_2023', '評価_2023', 'FY2024目標', '実績_2024', '備考']);
    fy.forEach((r, i) => {
      put(ws, 5 + i, 1, [...r, i === 0 ? '実績_2024は9月末時点（上半期）' : undefined]);
      for (const c of [5, 6, 8, 9]) ws.getCell(5 + i, c).alignment = { horizontal: 'right' };
    });
    put(ws, 12, 1, ['※実績_2024は令和6年9月末時点の上半期の数値であり、2023年度の評価には用いない。']);
    ws.getColumn(2).width = 26;
    ws.getColumn(10).width = 30;
  },
  expected: {
    file: 'h91-trap-fy-half-year-later.xlsx',
    fiscalYear: 2023,
    indicators: fy.map(([, name, unit, way, target, actual, grade]) =>
      ind(F1, name, unit, num(target), num(actual), { direction: way === '減少' ? 'down' : 'up', existing: grade }),
    ),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [longExport, codeRepeat, laterYear];
