/** Hold-out 51: KPI tables whose periods are serial numbers under era formats, units only in number formats, 千円 budget columns with SUM rows. */
import type { Workbook } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { cell, fx, gradeColours, gradeList, note, wrap } from './util';

// ---- 4. 総合戦略 KPI (family C): periods as serial numbers under a 和暦 年月末 format, no evaluation year stated ----
const KPI = 'KPI';
const SERIALS = [44651, 45016, 45382, 45747]; // 2022-03-31, 2023-03-31, 2024-03-31, 2025-03-31
const ERA = '[$-ja-JP-x-gannen]ggge"年"m"月末"';
type Kpi = { name: string; fmt: string; unit: string; targets: (number | null)[]; actuals: (number | null)[] };
const KPIS: Kpi[] = [
  { name: '移住相談件数（件）', fmt: '#,##0', unit: '件', targets: [150, 165, 180, 200], actuals: [142, 171, 203, null] },
  { name: '空き家バンク成約件数（件）', fmt: '#,##0', unit: '件', targets: [15, 20, 25, 30], actuals: [12, 17, 19, null] },
  { name: '企業誘致件数（累計）（件）', fmt: '#,##0', unit: '件', targets: [null, 5, 8, 10], actuals: [3, 4, 6, null] },
  { name: '住みやすいと感じる市民の割合', fmt: '0.0"%"', unit: '%', targets: [null, null, 70.0, 72.0], actuals: [64.8, 65.5, 66.2, null] },
  { name: 'ふるさと納税寄附額', fmt: '#,##0"千円"', unit: '千円', targets: [120000, 135000, 150000, 165000], actuals: [98420, 141300, 182450, null] },
];
const kpiName = (k: Kpi) => k.name.replace(/（[件]）$/, '');

const kpiSerial: Holdout2Workbook = {
  name: 'h51-kpi-serial-eras',
  layout:
    'KPI × 年月末 columns (family C) whose headings are serial numbers under a 和暦 "令和6年3月末" format, units only in the KPI name or the number format (0.0"%", #,##0"千円"), no evaluation year stated',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(KPI, { views: [{ state: 'frozen', xSplit: 3, ySplit: 4 }] });
    put(ws, 1, 1, ['地方創生総合戦略　重要業績評価指標（KPI）の達成状況']);
    put(ws, 2, 6, ['地方創生推進室']);
    put(ws, 4, 1, ['基本目標', 'KPI', '区分']);
    SERIALS.forEach((s, j) => cell(ws, `${'DEFG'[j]}4`, s, ERA));
    cell(ws, 'H4', '備考');
    KPIS.forEach((k, i) => {
      const r = 5 + i * 2;
      put(ws, r, 1, [i < 3 ? '1 新しいひとの流れ' : '2 魅力あるまち', k.name, '目標値']);
      put(ws, r + 1, 3, ['実績値']);
      ws.mergeCells(`A${r}:A${r + 1}`);
      ws.mergeCells(`B${r}:B${r + 1}`);
      ws.getCell(`B${r}`).alignment = wrap;
      k.targets.forEach((v, j) => cell(ws, `${'DEFG'[j]}${r}`, v ?? '-', v === null ? undefined : k.fmt));
      k.actuals.forEach((v, j) => v !== null && cell(ws, `${'DEFG'[j]}${r + 1}`, v, k.fmt));
    });
    put(ws, 12, 8, ['市民意識調査（毎年7月）']);
    note(ws, 'F14', '返礼品の見直し（令和5年10月）後に大きく増加');
    put(ws, 16, 1, ['※ 「-」は目標値を設定していない年度。']);
  },
  expected: {
    file: 'h51-kpi-serial-eras.xlsx',
    fiscalYear: 2023,
    indicators: KPIS.map((k) => ind(KPI, kpiName(k), k.unit, k.targets[2], k.actuals[2])),
    groups: [],
    guesses: ['period'],
  },
};

// ---- 9. 観光振興計画 進捗: 目標/実績/達成率 rows per indicator × R3–R6, 評価 coloured by conditional formatting, data bars ----
const TOUR = '観光振興計画';
type Tour = { name: string; unit: string; t: number[]; a: (number | null)[]; grade: string };
const TOURS: Tour[] = [
  { name: '観光客入込数', unit: '万人', t: [150, 165, 180, 190], a: [121.5, 158.3, 192.4, null], grade: 'A' },
  { name: '宿泊者数', unit: '人', t: [180000, 195000, 210000, 220000], a: [131220, 162875, 176540, null], grade: 'B' },
  { name: '観光案内所の利用者数', unit: '人', t: [30000, 35000, 40000, 42000], a: [15210, 19430, 22870, null], grade: 'D' },
  { name: '外国人観光客数', unit: '人', t: [3000, 9000, 15000, 18000], a: [420, 5310, 11200, null], grade: 'C' },
];

const tourism: Holdout2Workbook = {
  name: 'h51-tourism-condformat',
  layout:
    '目標/実績/達成率 three rows per indicator × R3–R6, 達成率 by formulas with data bars, R5 評価 column coloured by conditional formatting, 評価年度 in AD form',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(TOUR);
    put(ws, 1, 2, ['第3次観光振興計画　数値目標の進捗状況']);
    put(ws, 2, 2, ['評価年度：2023年度', undefined, undefined, undefined, undefined, '商工観光部 観光交流課']);
    put(ws, 4, 2, ['指標', '単位', '区分', 'R3', 'R4', 'R5', 'R6', 'R5評価', 'コメント']);
    TOURS.forEach((x, i) => {
      const r = 5 + i * 3;
      put(ws, r, 2, [x.name, x.unit, '目標']);
      put(ws, r + 1, 4, ['実績']);
      put(ws, r + 2, 4, ['達成率']);
      ws.mergeCells(`B${r}:B${r + 2}`);
      ws.mergeCells(`C${r}:C${r + 2}`);
      ws.mergeCells(`I${r}:I${r + 2}`);
      x.t.forEach((v, j) => cell(ws, `${'EFGH'[j]}${r}`, v, '#,##0.0;-#,##0.0'.replace(/\.0/g, x.unit === '万人' ? '.0' : '')));
      x.a.forEach((v, j) => {
        const c = 'EFGH'[j];
        if (v !== null) {
          cell(ws, `${c}${r + 1}`, v, x.unit === '万人' ? '#,##0.0' : '#,##0');
          cell(ws, `${c}${r + 2}`, fx(`${c}${r + 1}/${c}${r}`, v / x.t[j]), '0.0%');
        } else cell(ws, `${c}${r + 2}`, fx(`IF(${c}${r + 1}="","",${c}${r + 1}/${c}${r})`, ''), '0.0%');
      });
      cell(ws, `I${r}`, x.grade).alignment = { horizontal: 'center', vertical: 'middle' };
    });
    put(ws, 5, 10, ['大型イベントの再開により増加']);
    put(ws, 11, 10, ['案内所の移転（令和4年度）で減少']);
    gradeColours(ws, 'I5:I16');
    gradeList(ws, 'I', 5, 16);
    ws.addConditionalFormatting({
      ref: 'E7:H16',
      rules: [
        {
          type: 'dataBar',
          priority: 10,
          cfvo: [
            { type: 'num', value: 0 },
            { type: 'num', value: 1 },
          ],
          color: { argb: 'FF63BE7B' },
        } as never,
      ],
    });
    put(ws, 18, 2, ['評価：A 100％以上　B 80％以上　C 60％以上　D 60％未満（R5の達成率による）']);
    put(ws, 19, 2, ['（参考）観光消費額（億円）', undefined, undefined, 98.2, 121.7, 133.5]);
  },
  expected: {
    file: 'h51-tourism-condformat.xlsx',
    fiscalYear: 2023,
    indicators: TOURS.map((x) => ind(TOUR, x.name, x.unit, x.t[2], x.a[2], { existing: x.grade })),
    groups: [],
  },
};

// ---- 12. 主要な施策の成果: 予算額・決算額 in 千円 formats, SUM row, 成果指標 with 「5件以下」 targets, rows grouped by 款 ----
const WORKS = '土木費';
type Work = {
  project: string;
  budget: number;
  spent: number;
  indicator: string;
  unit: string;
  target: number | string;
  t: number;
  a: number;
  written: string;
  down?: boolean;
};
const WORKS_ROWS: Work[] = [
  { project: '道路維持補修事業', budget: 84200, spent: 81935, indicator: '道路補修要望への対応率', unit: '％', target: 90.0, t: 90, a: 93.4, written: 'A' },
  {
    project: '橋りょう長寿命化修繕事業',
    budget: 126000,
    spent: 119870,
    indicator: '修繕が完了した橋りょう数',
    unit: '橋',
    target: 8,
    t: 8,
    a: 6,
    written: 'B',
  },
  {
    project: '河川維持管理事業',
    budget: 32500,
    spent: 30112,
    indicator: '大雨による浸水被害件数',
    unit: '件',
    target: '5件以下',
    t: 5,
    a: 7,
    written: 'C',
    down: true,
  },
  {
    project: '都市公園管理事業',
    budget: 58300,
    spent: 57640,
    indicator: '公園施設の不具合の通報件数',
    unit: '件',
    target: '30件以下',
    t: 30,
    a: 22,
    written: 'A',
    down: true,
  },
  { project: '市営住宅管理事業', budget: 210400, spent: 204310, indicator: '市営住宅の入居率', unit: '％', target: 95.0, t: 95, a: 88.6, written: 'B' },
];

const publicWorks: Holdout2Workbook = {
  name: 'h51-works-budget-senyen',
  layout:
    '主要な施策の成果 table: 予算額/決算額 in #,##0"千円" formats with a SUM row, 成果指標 with 目標値 as numbers or 「5件以下」, 評価 dropdown, project rows grouped (outline level 1) under 項 headings, print titles',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(WORKS, { views: [{ state: 'frozen', ySplit: 4 }], properties: { outlineProperties: { summaryBelow: false } } as never });
    put(ws, 1, 1, ['令和5年度　主要な施策の成果説明書（8款 土木費）']);
    put(ws, 2, 9, ['建設部']);
    put(ws, 4, 1, ['事業名', '予算額', '決算額', '成果指標', '単位', '目標値', '実績値', '達成率', '評価', '事業の成果']);
    let r = 5;
    const heads: [string, number[]][] = [
      ['2項 道路橋りょう費', [0, 1]],
      ['5項 河川費', [2]],
      ['6項 都市計画費', [3]],
      ['7項 住宅費', [4]],
    ];
    for (const [head, rows] of heads) {
      put(ws, r, 1, [head]);
      ws.getCell(`A${r}`).font = { bold: true };
      r++;
      for (const i of rows) {
        const w = WORKS_ROWS[i];
        put(ws, r, 1, [w.project]);
        cell(ws, `B${r}`, w.budget, '#,##0"千円"');
        cell(ws, `C${r}`, w.spent, '#,##0"千円"');
        put(ws, r, 4, [w.indicator, w.unit]);
        cell(ws, `F${r}`, w.target, typeof w.target === 'number' ? (w.unit === '％' ? '0.0' : '#,##0') : undefined);
        cell(ws, `G${r}`, w.a, w.unit === '％' ? '0.0' : '#,##0');
        cell(ws, `H${r}`, w.down ? '－' : fx(`G${r}/F${r}`, w.a / w.t), '0.0%');
        cell(ws, `I${r}`, w.written);
        cell(ws, `J${r}`, '計画どおり実施した。').alignment = wrap;
        gradeList(ws, 'I', r, r);
        ws.getRow(r).outlineLevel = 1;
        r++;
      }
    }
    put(ws, r, 1, ['合計']);
    cell(ws, `B${r}`, fx(`SUM(B5:B${r - 1})`, 511400), '#,##0"千円"');
    cell(ws, `C${r}`, fx(`SUM(C5:C${r - 1})`, 493867), '#,##0"千円"');
    put(ws, r + 2, 1, ['※ 浸水被害件数・不具合の通報件数は少ないほど良い指標のため、達成率は算出していない。']);
    ws.pageSetup.printTitlesRow = '4:4';
  },
  expected: {
    file: 'h51-works-budget-senyen.xlsx',
    fiscalYear: 2023,
    indicators: WORKS_ROWS.map((w) => ind(WORKS, w.indicator, w.unit, w.t, w.a, { direction: w.down ? 'down' : 'up', existing: w.written })),
    groups: [],
  },
};

export const DATE_WORKBOOKS: Holdout2Workbook[] = [kpiSerial, tourism, publicWorks];
