/**
 * Hold-out set 175, three traps for a careless reader: a 長寿命化 進捗管理表 whose 目標 is 累計 beside 実績（単年度） and 実績（累計）
 * rows (令和４年度); a 成果指標評価表 with a target written 「減少」, a 集計中, notes that look like values (「参考：R5実績 36.0％」
 * 「※うち臨時便利用 35人」) and a full-width 「１２」 (令和６年度); a 年度別推移 with ％ stored as fractions, a 目標値（令和5年度）
 * column and a 令和6年度（9月末現在） column already filled (令和５年度).
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';

// ---------------------------------------------------------------------------------------------------------------------------
// 9. 累計 vs 単年度: the 目標 row is 累計; the clerk compares it with 実績（累計）, not 実績（単年度）.

const Y = ['令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度'];

const ruikei: Holdout2Workbook = {
  name: 'h175-trap-ruikei',
  layout:
    '学校施設長寿命化計画 進捗管理表（令和４年度実績）: 指標｜単位｜区分 目標（累計）／実績（単年度）／実績（累計）｜令和3年度…令和7年度, merged 指標 cells over three rows; the 単年度 row is the trap; one ％ indicator with a single 実績 row',
  build(wb) {
    const ws = wb.addWorksheet('進捗管理');
    widths(ws, [30, 6, 14, 11, 11, 11, 11, 11]);
    merge(ws, 1, 1, 1, 8, '学校施設長寿命化計画　進捗管理表（令和４年度実績）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 3, 1, ['指標', '単位', '区分', ...Y]);
    const rows: [string, string, [string, (number | undefined)[]][]][] = [
      [
        '長寿命化改修を実施した校舎棟数',
        '棟',
        [
          ['目標（累計）', [3, 6, 9, 12, 15]],
          ['実績（単年度）', [3, 2]],
          ['実績（累計）', [3, 5]],
        ],
      ],
      [
        '屋上防水改修を実施した学校数',
        '校',
        [
          ['目標（累計）', [2, 4, 6, 8, 10]],
          ['実績（単年度）', [2, 1]],
          ['実績（累計）', [2, 3]],
        ],
      ],
      [
        '児童生徒用トイレの洋式化率',
        '％',
        [
          ['目標', [60, 70, 80, 90, 100]],
          ['実績', [62.5, 71.0]],
        ],
      ],
    ];
    let r = 4;
    for (const [name, unit, lines] of rows) {
      merge(ws, r, 1, r + lines.length - 1, 1, name);
      merge(ws, r, 2, r + lines.length - 1, 2, unit);
      lines.forEach(([label, vals], k) => put(ws, r + k, 3, [label, ...vals]));
      r += lines.length;
    }
    box(ws, 3, 1, r - 1, 8);
    wrap(ws, 3, 1, r - 1, 8);
    put(ws, r + 1, 1, ['※計画期間は令和３年度から令和７年度まで。目標は計画期間の累計で設定している。']);
  },
  expected: {
    file: 'h175-trap-ruikei.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('進捗管理', '長寿命化改修を実施した校舎棟数', '棟', 6, 5),
      ind('進捗管理', '屋上防水改修を実施した学校数', '校', 4, 3),
      ind('進捗管理', '児童生徒用トイレの洋式化率', '％', 70, 71.0),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 10. 成果指標評価表: a target that is not a number (「減少」), 集計中, notes that look like values, a full-width actual.

interface Row10 {
  name: string;
  unit: string;
  way: '↑' | '↓';
  base: string;
  target: string | number;
  actual: string | number;
  note: string;
}

const ROWS10: Row10[] = [
  { name: '学校施設の長寿命化改修済み率', unit: '％', way: '↑', base: '18.0', target: 45.0, actual: 40.5, note: '参考：R5実績 36.0％' },
  { name: '通学路の危険箇所数', unit: '箇所', way: '↓', base: '48', target: '減少', actual: 31, note: '合同点検で新たに5箇所を把握' },
  {
    name: '学校再編に関する地域説明会参加者の理解度',
    unit: '％',
    way: '↑',
    base: '－',
    target: 80.0,
    actual: '集計中',
    note: 'アンケート回収中（R7.4月集計予定）',
  },
  { name: 'スクールバス利用者数', unit: '人', way: '↑', base: '352', target: 420, actual: 398, note: '※うち臨時便利用 35人' },
  { name: '老朽化対策工事の実施件数', unit: '件', way: '↑', base: '8', target: 12, actual: '１２', note: '繰越工事 2件を含む' },
];

const mokuhyo: Holdout2Workbook = {
  name: 'h175-trap-mokuhyo',
  layout:
    '成果指標評価表（令和６年度）: 指標名｜単位｜方向 ↑↓｜基準値（R元）｜目標値（R6）｜実績値（R6）｜備考; a target written 「減少」 (no numeric target, no grade), 集計中, 備考 「参考：R5実績 36.0％」「※うち臨時便利用 35人」 that look like values, a full-width 「１２」, a 基準値 「－」',
  build(wb) {
    const ws = wb.addWorksheet('成果指標評価');
    widths(ws, [4, 36, 6, 6, 12, 12, 12, 32]);
    merge(ws, 1, 1, 1, 8, '令和６年度　成果指標評価表（施策：学校教育環境の充実）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 3, 1, ['No.', '指標名', '単位', '方向', '基準値\n（R元）', '目標値\n（R6）', '実績値\n（R6）', '備考']);
    ROWS10.forEach((x, i) => put(ws, 4 + i, 1, [i + 1, x.name, x.unit, x.way, x.base, x.target, x.actual, x.note]));
    box(ws, 3, 1, 3 + ROWS10.length, 8);
    wrap(ws, 3, 1, 3 + ROWS10.length, 8);
    put(ws, 5 + ROWS10.length, 2, ['※方向　↑：増加を目指す　↓：減少を目指す']);
  },
  expected: {
    file: 'h175-trap-mokuhyo.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('成果指標評価', '学校施設の長寿命化改修済み率', '％', 45.0, 40.5),
      ind('成果指標評価', '通学路の危険箇所数', '箇所', null, 31, { direction: 'down' }),
      ind('成果指標評価', '学校再編に関する地域説明会参加者の理解度', '％', 80.0, null, { actualStatus: 'pending' }),
      ind('成果指標評価', 'スクールバス利用者数', '人', 420, 398),
      ind('成果指標評価', '老朽化対策工事の実施件数', '件', 12, 12),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 11. 年度別推移: ％ stored as fractions under a % format, a 目標値（令和5年度） column, a 令和6年度（9月末現在） column filled.

interface Row11 {
  name: string;
  unit: string;
  pct: boolean;
  /** 令和2年度…令和5年度, then 令和6年度（9月末現在）. */
  values: number[];
  target: number;
}

const ROWS11: Row11[] = [
  { name: '学校施設の長寿命化改修率', unit: '％', pct: true, values: [0.215, 0.301, 0.388, 0.462, 0.48], target: 0.5 },
  { name: '通学路安全対策の実施率', unit: '％', pct: true, values: [0.62, 0.74, 0.86, 0.935, 0.41], target: 0.9 },
  { name: '遠距離通学費補助の利用者数', unit: '人', pct: false, values: [88, 104, 115, 121, 66], target: 150 },
  { name: '余裕教室の活用率', unit: '％', pct: true, values: [0.25, 0.31, 0.35, 0.38, 0.52], target: 0.7 },
];

const asShown = (r: Row11, v: number) => (r.pct ? Math.round(v * 1000) / 10 : v);

const suii: Holdout2Workbook = {
  name: 'h175-trap-suii',
  layout:
    '学校教育環境指標の年度別推移: 評価年度 令和５年度 in a label cell; 指標｜単位｜令和2年度…令和5年度｜令和6年度（9月末現在） already filled｜目標値（令和5年度）; ％ stored as fractions under 0.0% (0.462 shown 46.2%), 余裕教室 R6 already above its R5',
  build(wb) {
    const ws = wb.addWorksheet('年度別推移');
    widths(ws, [34, 6, 11, 11, 11, 11, 14, 14]);
    merge(ws, 1, 1, 1, 8, '学校教育環境に関する指標の年度別推移');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['評価年度', '令和５年度']);
    put(ws, 4, 1, ['指標', '単位', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度\n（9月末現在）', '目標値\n（令和5年度）']);
    ROWS11.forEach((x, i) => {
      const r = 5 + i;
      put(ws, r, 1, [x.name, x.unit, ...x.values, x.target]);
      for (let c = 3; c <= 8; c++) ws.getCell(r, c).numFmt = x.pct ? '0.0%' : '#,##0';
    });
    box(ws, 4, 1, 4 + ROWS11.length, 8);
    wrap(ws, 4, 1, 4, 8);
    put(ws, 6 + ROWS11.length, 1, ['※令和6年度は9月末現在の速報値。評価は令和5年度の実績で行う。']);
  },
  expected: {
    file: 'h175-trap-suii.xlsx',
    fiscalYear: 2023,
    indicators: ROWS11.map((x) => ind('年度別推移', x.name, x.unit, asShown(x, x.target), asShown(x, x.values[3]))),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [ruikei, mokuhyo, suii];
