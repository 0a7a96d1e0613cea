/**
 * Hold-out 47, a long KPI list printed on pages of 40 rows: a frozen title, one 目標 and one 実績 row per KPI,
 * 2021–2024年度 columns (some 2024 actuals already in), a page number row and the heading row written again
 * at the top of the second page, inside the table.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator, Status } from '../model';

const SHEET = 'KPI一覧';

type Cell = number | string | undefined;

interface Kpi {
  goal?: string;
  name: string;
  unit?: string;
  /** 2021 … 2024年度. */
  targets: Cell[];
  actuals: Cell[];
  note?: string;
}

const U = undefined;
const KPIS: Kpi[] = [
  { goal: '1 しごとをつくる', name: '新規就農者数', unit: '人', targets: [8, 8, 10, 10], actuals: [6, 9, 7, U] },
  { name: '企業誘致件数', unit: '件', targets: [2, 2, 3, 3], actuals: [1, 3, 2, U] },
  { name: '創業支援による創業件数', unit: '件', targets: [10, 12, 14, 16], actuals: [11, 13, 15, 17], note: '2024年度は速報値' },
  { name: '市内就業者数', unit: '人', targets: [42000, 42000, 42000, 42000], actuals: [41520, 41230, 40980, U] },
  { name: '観光入込客数', unit: '万人', targets: [180, 190, 200, 210], actuals: [121.4, 158.3, 186.9, U] },
  { name: 'ふるさと納税寄附額', unit: '億円', targets: [5.0, 6.0, 7.0, 8.0], actuals: [5.8, 7.4, 9.1, 10.2] },
  { goal: '2 ひとの流れをつくる', name: '移住者数', unit: '人', targets: [80, 90, 100, 110], actuals: [62, 71, 88, U] },
  { name: 'UIJターン就職者数', unit: '人', targets: [30, 35, 40, 45], actuals: [22, 28, '－', U], note: '2023年度は調査方法変更のため数値なし' },
  { name: '地域おこし協力隊の定住率', unit: '％', targets: [60, 60, 65, 65], actuals: [50.0, 66.7, 58.3, U] },
  { goal: '3 結婚・出産・子育て', name: '婚姻件数', unit: '件', targets: [300, 300, 300, 300], actuals: [268, 255, 241, U] },
  { name: '出生数', unit: '人', targets: [650, 650, 650, 650], actuals: [602, 571, 538, U] },
  { name: '合計特殊出生率', targets: [1.55, 1.58, 1.6, 1.62], actuals: [1.48, 1.45, 1.41, U] },
  { name: '子育て支援センター利用者数', unit: '人', targets: [15000, 16000, 17000, 18000], actuals: [9850, 13420, 15870, U] },
  { name: '保育所待機児童数', unit: '人', targets: [0, 0, 0, 0], actuals: [4, 2, 0, 0], note: '少ないほど良い（各年4月1日）' },
  { goal: '4 安心なまちをつくる', name: '交通事故発生件数', unit: '件', targets: [250, 240, 230, 220], actuals: [262, 248, 251, U], note: '少ないほど良い' },
  { name: '公共交通利用者数', unit: '千人', targets: [1200, 1250, 1300, 1350], actuals: [980, 1104, 1188, U] },
  { name: '自主防災組織活動カバー率', unit: '％', targets: [88.0, 90.0, 92.0, 94.0], actuals: [87.1, 89.5, 91.2, 92.8] },
  { name: '空き家バンク成約件数', unit: '件', targets: [15, 15, 20, 20], actuals: [18, 21, 24, U] },
  { name: '市民協働事業数', unit: '件', targets: [40, 42, 44, 46], actuals: [38, 45, '集計中', U] },
  { name: '健康寿命（男性）', unit: '歳', targets: [79.5, 79.7, 79.9, 80.1], actuals: [79.3, 79.4, 79.6, U] },
];

const HEAD = ['No.', '基本目標', 'KPI', '単位', '区分', '2021年度', '2022年度', '2023年度', '2024年度', '備考'];
/** KPIs on the first page (rows 5–38); the rest follow the heading repeated at row 41. */
const FIRST_PAGE = 17;

function writeKpi(ws: Worksheet, row: number, k: Kpi, no: number, goal: string | undefined): void {
  put(ws, row, 1, [no, goal, k.name, k.unit, '目標', ...k.targets, k.note]);
  put(ws, row + 1, 5, ['実績', ...k.actuals]);
  for (const c of [1, 2, 3, 4, 10]) ws.mergeCells(row, c, row + 1, c);
}

function build(ws: Worksheet): void {
  put(ws, 1, 1, ['まち・ひと・しごと創生総合戦略　KPI進捗一覧']);
  ws.mergeCells('A1:J1');
  put(ws, 2, 1, ['評価年度：2023年度（令和5年度）　※各年度の数値は年度末時点（別記のものを除く）']);
  put(ws, 4, 1, HEAD);
  let goal = '';
  KPIS.forEach((k, i) => {
    goal = k.goal ?? goal;
    const second = i >= FIRST_PAGE;
    const row = second ? 42 + 2 * (i - FIRST_PAGE) : 5 + 2 * i;
    const showGoal = k.goal ?? (i === FIRST_PAGE ? `${goal}（続き）` : undefined);
    writeKpi(ws, row, k, i + 1, showGoal);
  });
  put(ws, 40, 5, ['－ 1 －']);
  put(ws, 41, 1, HEAD);
  put(ws, 49, 5, ['－ 2 －']);
  ws.views = [{ state: 'frozen', ySplit: 4 }];
  ws.pageSetup.printTitlesRow = '1:4';
  ws.getColumn(3).width = 28;
}

function facts(): ExpectedIndicator[] {
  return KPIS.map((k) => {
    const direction = k.note?.startsWith('少ないほど良い') ? 'down' : 'up';
    const t = k.targets[2] as number;
    const a = k.actuals[2];
    const unit = k.unit ?? null;
    if (typeof a === 'number') return ind(SHEET, k.name, unit, t, a, { direction });
    const actualStatus: Status = a === '集計中' ? 'pending' : 'not-applicable';
    return ind(SHEET, k.name, unit, t, null, { direction, actualStatus });
  });
}

export const LONG_TABLE_WORKBOOK: Holdout2Workbook = {
  name: 'h47-kpi-list-repeated-headings',
  layout:
    'KPI list over two printed pages: frozen title, 目標/実績 row pairs, 2021–2024年度 columns (some 2024 actuals filled), a page number row and the heading row repeated at row 41',
  build: (wb) => build(wb.addWorksheet(SHEET)),
  expected: { file: 'h47-kpi-list-repeated-headings.xlsx', fiscalYear: 2023, indicators: facts(), groups: [] },
};
