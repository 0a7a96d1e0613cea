/** Hold-out 188, shapes outside the four families that a 指定管理者制度・公の施設 office uses. */
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- monthly table of one facility

const M_SHEET = '月別利用状況';
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
interface Monthly {
  name: string;
  unit: string;
  months: number[];
  total: number;
  goal: number;
  last: number;
  note: string;
  down?: boolean;
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const mk = (name: string, unit: string, months: number[], goal: number, last: number, note = '', down = false, total = sum(months)): Monthly => ({
  name,
  unit,
  months,
  total,
  goal,
  last,
  note,
  down,
});
const RATES = [72.5, 80.1, 78.3, 85.6, 88.2, 79.0, 83.4, 81.2, 70.8, 66.5, 71.9, 76.4];
const MONTHLY: Monthly[] = [
  mk('個人利用者数', '人', [5820, 6130, 5410, 6920, 7340, 5980, 6210, 5870, 5120, 4980, 5260, 6010], 72000, 69480),
  mk('団体利用件数', '件', [198, 205, 187, 176, 160, 214, 230, 221, 170, 158, 182, 201], 2200, 2251),
  mk('主競技場稼働率', '％', RATES, 80, 76.9, '年度計欄は12か月の平均', false, Math.round((sum(RATES) / 12) * 10) / 10),
  mk('自主事業参加者数', '人', [320, 410, 385, 620, 710, 450, 480, 395, 300, 260, 290, 350], 7500, 5122, '夏休み教室を含む'),
  mk('トレーニング室利用者数', '人', [2410, 2530, 2390, 2610, 2480, 2350, 2560, 2440, 2200, 2150, 2280, 2500], 30000, 27940),
  mk('苦情件数', '件', [2, 1, 3, 1, 2, 0, 1, 2, 1, 3, 2, 1], 24, 27, '少ないほど良い（目標は上限）', true),
];

const monthlyTable: Holdout2Workbook = {
  name: 'h188-getsubetsu-taiikukan',
  layout:
    'monthly table of one facility: items as rows, 4月…3月 columns, a 年度計 (a rate averaged), 年間目標 and 達成率 columns, a hidden 前年度計 helper column, one item 少ないほど良い',
  build(wb) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [24, 6, ...MONTHS.map(() => 8), 10, 10, 10, 9, 26]);
    merge(ws, 1, 1, 1, 19, '令和６年度　市民総合体育館　月別利用状況報告');
    put(ws, 2, 1, ['指定管理者：（一財）市体育振興事業団　　報告先：スポーツ振興課']);
    put(ws, 4, 1, ['項目', '単位', ...MONTHS, '年度計', '前年度計', '年間目標', '達成率', '備考']);
    MONTHLY.forEach((m, i) => {
      const r = 5 + i;
      const rate = m.down ? m.goal / m.total : m.total / m.goal;
      put(ws, r, 1, [m.name, m.unit, ...m.months, m.total, m.last, m.goal, `${(rate * 100).toFixed(1)}%`, m.note || undefined]);
      for (let c = 3; c <= 17; c++) ws.getCell(r, c).numFmt = m.unit === '％' ? '0.0' : '#,##0';
    });
    ws.getColumn(16).hidden = true;
    box(ws, 4, 1, 4 + MONTHLY.length, 19);
    wrap(ws, 4, 1, 4, 19);
    put(ws, 6 + MONTHLY.length, 1, ['※苦情件数の達成率は 目標÷実績 で算出。']);
    put(ws, 7 + MONTHLY.length, 1, ['※令和7年4月15日提出']);
  },
  expected: {
    file: 'h188-getsubetsu-taiikukan.xlsx',
    fiscalYear: 2024,
    indicators: MONTHLY.map((m) => ind(M_SHEET, m.name, m.unit, m.goal, m.total, { direction: m.down ? 'down' : 'up' })),
    groups: [],
  },
};

// ---------------------------------------------------------------- per-facility rows with the sheet's own scale

const F_SHEET = 'R5評価結果';
/** The sheet's own scale: A ≥ 100 %, B ≥ 90 %, C ≥ 70 %, D below. */
const own = (target: number, actual: number) => {
  const r = actual / target;
  return r >= 1 ? 'A' : r >= 0.9 ? 'B' : r >= 0.7 ? 'C' : 'D';
};
const FAC: [string, string, string, string, number, number | string, string, string][] = [
  ['市民会館', '(株)文化サービス中央', '大ホール稼働率', '％', 75.0, 71.2, 'B', '土日の稼働は高い'],
  ['中央図書館', '図書館運営共同事業体', '個人貸出冊数', '冊', 820000, 846315, 'A', ''],
  ['温水プール', '(株)アクアスポーツ', '年間利用者数', '人', 95000, 80120, 'B', '燃料費高騰に伴う営業時間短縮'],
  ['青少年自然の家', 'NPO法人森の学校', '宿泊利用者数', '人', 12000, 7980, 'D', '学校団体の利用が回復せず'],
  ['市営駐車場', '(株)パークマネジメント', '年間利用台数', '台', 310000, 305200, 'B', ''],
  ['総合福祉センター', '(福)市社会福祉協議会', '貸室稼働率', '％', 60.0, 58.7, 'B', ''],
  ['郷土資料館', '(公財)市文化振興財団', '入館者数', '人', 15000, '改修工事のため休館', '－', '令和5年4月～令和6年3月 全面休館'],
];
const facilityTable: Holdout2Workbook = {
  name: 'h188-shisetsubetsu-hyoka',
  layout:
    'per-facility rows (施設名, 指定管理者, one 評価指標 each) with the sheet’s own scale A 100／B 90／C 70 stated above the table, a written 評価, a closed facility',
  build(wb) {
    const ws = wb.addWorksheet(F_SHEET);
    widths(ws, [5, 18, 22, 18, 6, 12, 12, 9, 7, 30]);
    merge(ws, 1, 1, 1, 10, '指定管理施設　モニタリング評価結果一覧（令和５年度）');
    merge(ws, 2, 1, 2, 10, '評価基準：Ａ＝達成率100％以上　Ｂ＝90％以上100％未満　Ｃ＝70％以上90％未満　Ｄ＝70％未満');
    put(ws, 4, 1, ['No.', '施設名', '指定管理者', '評価指標', '単位', '目標値', '実績値', '達成率', '評価', '所見']);
    FAC.forEach(([fac, who, name, unit, goal, actual, grade, note], i) => {
      const rate = typeof actual === 'number' ? `${((100 * actual) / goal).toFixed(1)}%` : '－';
      put(ws, 5 + i, 1, [i + 1, fac, who, name, unit, goal, actual, rate, grade, note || undefined]);
      ws.getCell(5 + i, 6).numFmt = unit === '％' ? '0.0' : '#,##0';
      ws.getCell(5 + i, 7).numFmt = unit === '％' ? '0.0' : '#,##0';
    });
    wrap(ws, 4, 1, 4 + FAC.length, 10);
    box(ws, 4, 1, 4 + FAC.length, 10);
    put(ws, 6 + FAC.length, 1, ['※達成率＝実績値÷目標値。評価は所管課の一次評価を行政経営課で確認したもの。']);
  },
  expected: {
    file: 'h188-shisetsubetsu-hyoka.xlsx',
    fiscalYear: 2023,
    indicators: FAC.map(([, , name, unit, goal, actual, grade]): ExpectedIndicator => {
      if (typeof actual !== 'number') return ind(F_SHEET, name, unit, goal, null, { actualStatus: 'not-applicable' });
      return { ...ind(F_SHEET, name, unit, goal, actual, { existing: grade }), grade: own(goal, actual) };
    }),
    groups: [],
  },
};

// ---------------------------------------------------------------- years as rows

const Y_SHEET = '業務評価';
const YEAR_COLS = ['年間利用者数', '有料施設稼働率', '利用料金収入', '自主事業実施回数', '利用者満足度', '事故・苦情件数'];
const YEAR_HEAD = [
  '年間利用者数\n（人）',
  '有料施設稼働率\n（％）',
  '利用料金収入\n（千円）',
  '自主事業実施回数\n（回）',
  '利用者満足度\n（％）',
  '事故・苦情件数\n（件）※少ないほど良い',
];
const YEAR_ROWS: [string, (number | null)[]][] = [
  ['令和3年度', [330000, 301250, 60.0, 55.1, 45000, 40120, 36, 30, 88.0, 85.2, 12, 15]],
  ['令和4年度', [380000, 372400, 64.0, 66.3, 48500, 46870, 38, 35, 89.0, 88.1, 11, 9]],
  ['令和5年度', [410000, 398720, 68.0, 70.4, 52000, 47380, 40, 22, 90.0, 87.6, 10, 13]],
  ['令和6年度', [420000, null, 70.0, null, 54000, null, 42, null, 90.0, null, 10, null]],
  ['令和7年度', [430000, null, 72.0, null, 56000, null, 44, null, 90.0, null, 9, null]],
];
const yearsAsRows: Holdout2Workbook = {
  name: 'h188-nendobetsu-undokoen',
  layout:
    'years as rows (令和3年度…令和7年度) with each indicator a merged heading over 目標／実績 columns, the unit in the heading, later years’ targets filled, one heading 少ないほど良い',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [12, ...YEAR_COLS.flatMap(() => [10, 10]), 24]);
    merge(ws, 1, 1, 1, 14, '総合運動公園　指定管理者業務評価（令和５年度評価）');
    put(ws, 2, 1, ['指定管理者：グリーンパートナーズ共同事業体　　指定期間：令和3年4月1日～令和8年3月31日']);
    merge(ws, 4, 1, 5, 1, '年度');
    YEAR_HEAD.forEach((h, i) => {
      merge(ws, 4, 2 + 2 * i, 4, 3 + 2 * i, h);
      put(ws, 5, 2 + 2 * i, ['目標', '実績']);
    });
    merge(ws, 4, 14, 5, 14, '備考');
    const notes = ['', '', '自主事業は指導者確保が難航', '', ''];
    YEAR_ROWS.forEach(([y, vals], i) => {
      put(ws, 6 + i, 1, [y, ...vals, notes[i] || undefined]);
      for (let c = 2; c <= 13; c++) ws.getCell(6 + i, c).numFmt = c === 4 || c === 5 || c === 10 || c === 11 ? '0.0' : '#,##0';
    });
    ws.getRow(4).height = 42;
    box(ws, 4, 1, 5 + YEAR_ROWS.length, 14);
    put(ws, 7 + YEAR_ROWS.length, 1, ['※利用者満足度は年1回の利用者アンケート（「満足」「やや満足」の割合）']);
  },
  expected: {
    file: 'h188-nendobetsu-undokoen.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(Y_SHEET, '年間利用者数', '人', 410000, 398720),
      ind(Y_SHEET, '有料施設稼働率', '％', 68.0, 70.4),
      ind(Y_SHEET, '利用料金収入', '千円', 52000, 47380),
      ind(Y_SHEET, '自主事業実施回数', '回', 40, 22),
      ind(Y_SHEET, '利用者満足度', '％', 90.0, 87.6),
      ind(Y_SHEET, '事故・苦情件数', '件', 10, 13, { direction: 'down' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- one モニタリング評価シート per facility

interface FormItem {
  name: string;
  unit: string;
  way: string;
  target: string | number;
  actual: string | number;
  rate: string;
  grade: string;
}
interface Form {
  sheet: string;
  facility: string;
  manager: string;
  items: FormItem[];
  view: string;
}
const FORMS: Form[] = [
  {
    sheet: '文化会館',
    facility: '市民文化会館',
    manager: '(株)文化サービス中央',
    items: [
      { name: 'ホール利用率', unit: '％', way: '↑ 増加', target: 70.0, actual: 73.8, rate: '105.4％', grade: 'A' },
      { name: '自主文化事業入場者数', unit: '人', way: '↑ 増加', target: 18000, actual: 15230, rate: '84.6％', grade: 'B' },
    ],
    view: '利用率は目標を上回った。自主文化事業は改修休館の影響で入場者が減少した。',
  },
  {
    sheet: 'スポーツセンター',
    facility: '北部スポーツセンター',
    manager: '北部地区スポーツ振興会',
    items: [
      { name: '年間利用者数', unit: '人', way: '↑ 増加', target: 210000, actual: 188400, rate: '89.7％', grade: 'B' },
      { name: '各種教室参加者数', unit: '人', way: '↑ 増加', target: 9600, actual: 5520, rate: '57.5％', grade: 'C' },
    ],
    view: '教室の指導者確保が課題。次年度は外部講師の活用を求める。',
  },
  {
    sheet: '児童館',
    facility: '中央児童館',
    manager: 'NPO法人こどもネット',
    items: [
      { name: '来館児童数', unit: '人', way: '↑ 増加', target: 24000, actual: 25914, rate: '108.0％', grade: 'A' },
      { name: '館内での事故件数', unit: '件', way: '↓ 減少', target: '3件以下', actual: '1件', rate: '－', grade: 'A' },
    ],
    view: '安全管理が徹底されている。',
  },
];
const formSheets: Holdout2Workbook = {
  name: 'h188-monitoring-sheet',
  layout:
    'one モニタリング評価シート per facility sheet: label/value blocks per 成果指標 (指標名, 単位, 目指す方向, 目標値, 実績値, 達成率, 評価), a target 「3件以下」 with ↓ 減少',
  build(wb) {
    for (const f of FORMS) {
      const ws = wb.addWorksheet(f.sheet);
      widths(ws, [14, 18, 40]);
      merge(ws, 1, 1, 1, 3, '指定管理者モニタリング評価シート（令和５年度）');
      put(ws, 3, 1, ['施設名']);
      merge(ws, 3, 2, 3, 3, f.facility);
      put(ws, 4, 1, ['指定管理者']);
      merge(ws, 4, 2, 4, 3, f.manager);
      put(ws, 5, 1, ['指定期間']);
      merge(ws, 5, 2, 5, 3, '令和4年4月1日～令和9年3月31日');
      put(ws, 6, 1, ['評価対象年度']);
      merge(ws, 6, 2, 6, 3, '令和5年度（令和5年4月1日～令和6年3月31日）');
      box(ws, 3, 1, 6, 3);
      put(ws, 8, 1, ['１　成果指標の達成状況']);
      let r = 9;
      f.items.forEach((it, i) => {
        merge(ws, r, 1, r + 6, 1, `成果指標${'①②③'[i]}`);
        const rows: [string, string | number][] = [
          ['指標名', it.name],
          ['単位', it.unit],
          ['目指す方向', it.way],
          ['目標値', it.target],
          ['実績値', it.actual],
          ['達成率', it.rate],
          ['評価', it.grade],
        ];
        rows.forEach(([k, v], j) => put(ws, r + j, 2, [k, v]));
        box(ws, r, 1, r + 6, 3);
        r += 8;
      });
      put(ws, r, 1, ['２　管理運営状況']);
      put(ws, r + 1, 1, ['施設の維持管理', '○', '法定点検を計画どおり実施']);
      put(ws, r + 2, 1, ['利用者サービス', '○', '苦情への対応記録が整備されている']);
      put(ws, r + 3, 1, ['収支の状況', '△', '光熱水費の増加により収支差額が縮小']);
      box(ws, r + 1, 1, r + 3, 3);
      put(ws, r + 5, 1, ['３　所見']);
      merge(ws, r + 6, 1, r + 7, 3, f.view);
      put(ws, r + 9, 1, ['※評価　A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満']);
      wrap(ws, 9, 2, r, 3);
    }
  },
  expected: {
    file: 'h188-monitoring-sheet.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('文化会館', 'ホール利用率', '％', 70.0, 73.8, { existing: 'A' }),
      ind('文化会館', '自主文化事業入場者数', '人', 18000, 15230, { existing: 'B' }),
      ind('スポーツセンター', '年間利用者数', '人', 210000, 188400, { existing: 'B' }),
      ind('スポーツセンター', '各種教室参加者数', '人', 9600, 5520, { existing: 'C' }),
      ind('児童館', '来館児童数', '人', 24000, 25914, { existing: 'A' }),
      ind('児童館', '館内での事故件数', '件', 3, 1, { direction: 'down', existing: 'A' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthlyTable, facilityTable, yearsAsRows, formSheets];
