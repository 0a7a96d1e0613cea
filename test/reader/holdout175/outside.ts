/**
 * Hold-out set 175, four workbooks outside the families, as 学校施設・学校再編・通学支援 offices keep them: a スクールバス 運行状況
 * with monthly columns, a 年度計 by formula and a 年間目標 column (令和３年度); a 学校再編計画 進捗管理表 with years as rows and
 * 目標／実績 pairs under each indicator (令和５年度末); 事務事業評価調書 one 事業 per sheet with the sheet's own A–D bands
 * (令和２年度); two 施策 tables side by side with ○／× 判定 (令和６年度).
 */
import { gradeOf, ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// 5. スクールバス運行状況: indicators × 4月…3月, 年度計 (=SUM), 年間目標.

interface Monthly {
  name: string;
  unit: string;
  down?: boolean;
  months: number[];
  target: number;
}

const MONTHLY: Monthly[] = [
  { name: '延べ利用者数', unit: '人', months: [4210, 4630, 4580, 4720, 1180, 4690, 4810, 4570, 4020, 3420, 4260, 3580], target: 52000 },
  { name: '運行便数', unit: '便', months: [164, 180, 178, 184, 46, 182, 186, 178, 160, 142, 172, 166], target: 1960 },
  { name: '運休・遅延便数', unit: '便', down: true, months: [0, 1, 2, 3, 0, 1, 0, 1, 2, 4, 0, 0], target: 20 },
  { name: '利用登録者数（月末）', unit: '人', months: [212, 214, 214, 215, 215, 216, 216, 217, 217, 218, 218, 218], target: 220 },
];

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];

const BUS_FACTS: ExpectedIndicator[] = MONTHLY.map((m) => {
  const actual = m.name.includes('月末') ? m.months[11] : sum(m.months);
  return ind('運行状況', m.name, m.unit, m.target, actual, { direction: m.down ? 'down' : 'up' });
});

const bus: Holdout2Workbook = {
  name: 'h175-bus-getsubetsu',
  layout:
    'スクールバス運行状況 令和３年度: 項目｜単位｜4月…3月｜年度計 (=SUM formulas with results; the 月末 登録者数 row 年度計 =N, the March figure)｜年間目標｜備考; 運休・遅延便数 marked 少ないほど良い in 備考; a 路線一覧 sheet',
  build(wb) {
    const routes = wb.addWorksheet('路線一覧');
    widths(routes, [12, 30, 12]);
    put(routes, 1, 1, ['路線名', '経由', '対象校']);
    put(routes, 2, 1, ['東部線', '旧東小学校区～市街地', '統合小学校']);
    put(routes, 3, 1, ['北部線', '旧北小学校区～市街地', '統合小学校・中学校']);
    put(routes, 4, 1, ['山間線', '上野地区～中学校', '中学校']);
    box(routes, 1, 1, 4, 3);

    const ws = wb.addWorksheet('運行状況');
    widths(ws, [22, 6, ...MONTHS.map(() => 7), 10, 10, 22]);
    merge(ws, 1, 1, 1, 17, '令和３年度　スクールバス運行状況（教育総務課 学校再編推進室）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 3, 1, ['項目', '単位', ...MONTHS, '年度計', '年間目標', '備考']);
    MONTHLY.forEach((m, i) => {
      const r = 4 + i;
      put(ws, r, 1, [m.name, m.unit, ...m.months]);
      const point = m.name.includes('月末');
      ws.getCell(r, 15).value = point ? { formula: `N${r}`, result: m.months[11] } : { formula: `SUM(C${r}:N${r})`, result: sum(m.months) };
      ws.getCell(r, 16).value = m.target;
      ws.getCell(r, 16).numFmt = '#,##0';
      ws.getCell(r, 15).numFmt = '#,##0';
      put(ws, r, 17, [m.down ? '少ないほど良い（降雪による運休を含む）' : point ? '年度計は3月末の登録者数' : '8月は夏季休業中の部活動便のみ']);
    });
    box(ws, 3, 1, 3 + MONTHLY.length, 17);
    wrap(ws, 3, 17, 3 + MONTHLY.length, 17);
  },
  expected: { file: 'h175-bus-getsubetsu.xlsx', fiscalYear: 2021, indicators: BUS_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 6. 学校再編計画 進捗管理表: years as rows, each indicator a 目標／実績 pair of columns, unit in the heading, 目指す方向 row.

interface Pair {
  head: string;
  name: string;
  unit: string;
  way: '増加' | '減少';
  targets: number[];
  actuals: (number | undefined)[];
}

const YEARS = ['令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度'];
const PAIRS: Pair[] = [
  { head: '統合した学校数（校）', name: '統合した学校数', unit: '校', way: '増加', targets: [1, 2, 3, 4, 5, 6], actuals: [1, 2, 2, 3] },
  { head: '複式学級を有する学校数（校）', name: '複式学級を有する学校数', unit: '校', way: '減少', targets: [5, 4, 3, 2, 1, 0], actuals: [5, 5, 4, 3] },
  { head: '閉校施設の利活用件数（件）', name: '閉校施設の利活用件数', unit: '件', way: '増加', targets: [0, 1, 2, 3, 4, 5], actuals: [0, 1, 2, 3] },
];

const SAIHEN_FACTS: ExpectedIndicator[] = PAIRS.map((p) =>
  ind('進捗管理表', p.name, p.unit, p.targets[3], p.actuals[3] ?? null, { direction: p.way === '減少' ? 'down' : 'up' }),
);

const saihen: Holdout2Workbook = {
  name: 'h175-saihen-shinchoku',
  layout:
    '学校再編計画 進捗管理表（令和５年度末現在）: years as rows 令和2年度…令和7年度, each indicator a merged heading 「統合した学校数（校）」 over 目標｜実績, a 目指す方向 row 増加／減少, R6・R7 target only, 備考 column',
  build(wb) {
    const ws = wb.addWorksheet('進捗管理表');
    widths(ws, [12, 9, 9, 9, 9, 9, 9, 30]);
    merge(ws, 1, 1, 1, 8, '第１期学校再編計画　進捗管理表（令和５年度末現在）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    merge(ws, 3, 1, 4, 1, '年度');
    PAIRS.forEach((p, i) => {
      merge(ws, 3, 2 + 2 * i, 3, 3 + 2 * i, p.head);
      put(ws, 4, 2 + 2 * i, ['目標', '実績']);
      merge(ws, 5, 2 + 2 * i, 5, 3 + 2 * i, p.way);
    });
    merge(ws, 3, 8, 4, 8, '備考');
    put(ws, 5, 1, ['目指す方向']);
    const notes = ['東小・西小を統合', '', '北中の統合を１年延期', '上野小を本郷小へ統合', '', '計画最終年度'];
    YEARS.forEach((y, j) => {
      const r = 6 + j;
      put(ws, r, 1, [y]);
      PAIRS.forEach((p, i) => put(ws, r, 2 + 2 * i, [p.targets[j], p.actuals[j]]));
      put(ws, r, 8, [notes[j] || undefined]);
    });
    box(ws, 3, 1, 5 + YEARS.length, 8);
    wrap(ws, 3, 1, 5, 8);
    put(ws, 7 + YEARS.length, 1, ['※数値はいずれも計画策定時（令和元年度）からの累計。複式学級を有する学校数は各年度５月１日現在。']);
  },
  expected: { file: 'h175-saihen-shinchoku.xlsx', fiscalYear: 2023, indicators: SAIHEN_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 7. 事務事業評価調書: one 事業 per sheet, label-value header, 成果指標 table, the sheet's own A–D bands (100/80/50).

interface Measure {
  name: string;
  unit: string;
  target: number;
  actual: number;
  down?: boolean;
  mark: string;
}

interface Jigyo {
  sheet: string;
  name: string;
  dept: string;
  purpose: string;
  measures: Measure[];
}

const JIGYO: Jigyo[] = [
  {
    sheet: '長寿命化',
    name: '学校施設長寿命化改修事業',
    dept: '教育総務課　施設係',
    purpose: '老朽化した学校施設を長寿命化改修し、安全な教育環境を確保するとともに、ライフサイクルコストを縮減する。',
    measures: [
      { name: '長寿命化改修工事の完了棟数', unit: '棟', target: 3, actual: 3, mark: 'Ａ' },
      { name: '改修工事に伴う仮設校舎の使用期間', unit: '月', target: 10, actual: 14, down: true, mark: 'Ｃ' },
    ],
  },
  {
    sheet: '通学路',
    name: '通学路安全対策事業',
    dept: '学校教育課　学事係',
    purpose: '通学路の危険箇所を関係機関と共有し、対策を講じて児童生徒の登下校時の安全を確保する。',
    measures: [
      { name: '要対策箇所の対策実施数', unit: '箇所', target: 20, actual: 11, mark: 'Ｃ' },
      { name: '登下校中の交通事故件数', unit: '件', target: 2, actual: 2, down: true, mark: 'Ａ' },
    ],
  },
  {
    sheet: '遠距離通学',
    name: '遠距離通学支援事業',
    dept: '学校教育課　学事係',
    purpose: '学校統合により遠距離通学となった児童生徒の通学費を支援し、保護者の負担を軽減する。',
    measures: [
      { name: '通学費補助金の交付者数', unit: '人', target: 45, actual: 38, mark: 'Ｂ' },
      { name: '補助対象者の申請率', unit: '％', target: 100, actual: 84.4, mark: 'Ｂ' },
    ],
  },
];

const LETTER: Record<string, string> = { Ａ: 'A', Ｂ: 'B', Ｃ: 'C', Ｄ: 'D' };

/** The sheet's own scale: Ａ 100 % 以上, Ｂ 80 %, Ｃ 50 %, Ｄ below. */
function ownGrade(m: Measure): string | null {
  const rate = m.down ? (m.actual === 0 ? Infinity : m.target / m.actual) : m.actual / m.target;
  return rate >= 1 ? 'A' : rate >= 0.8 ? 'B' : rate >= 0.5 ? 'C' : 'D';
}

const CHOUSHO_FACTS: ExpectedIndicator[] = JIGYO.flatMap((j) =>
  j.measures.map((m) => {
    const out = ind(j.sheet, m.name, m.unit, m.target, m.actual, { direction: m.down ? 'down' : 'up', existing: LETTER[m.mark] });
    out.grade = ownGrade(m);
    return out;
  }),
);

const chousho: Holdout2Workbook = {
  name: 'h175-chousho-jimujigyo',
  layout:
    "令和２年度 事務事業評価調書, one 事業 per sheet (長寿命化・通学路・遠距離通学): label-value header (事業名, 担当課, 事業の目的), 成果指標 table 指標名｜単位｜方向｜目標値｜実績値｜達成率｜達成度 Ａ–Ｄ, and the sheet's own 評価基準 Ａ 100／Ｂ 80／Ｃ 50／Ｄ (one indicator at 55 % is Ｃ there, D by default)",
  build(wb) {
    for (const j of JIGYO) {
      const ws = wb.addWorksheet(j.sheet);
      widths(ws, [14, 30, 8, 8, 10, 10, 10, 10]);
      merge(ws, 1, 1, 1, 8, '令和２年度　事務事業評価調書');
      ws.getCell(1, 1).font = { bold: true, size: 13 };
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 8, j.name);
      put(ws, 4, 1, ['担当課']);
      merge(ws, 4, 2, 4, 8, j.dept);
      put(ws, 5, 1, ['事業の目的']);
      merge(ws, 5, 2, 5, 8, j.purpose);
      box(ws, 3, 1, 5, 8);
      ws.getRow(5).height = 36;
      put(ws, 7, 1, ['■成果指標']);
      put(ws, 8, 1, ['区分', '指標名', '単位', '方向', '目標値', '実績値', '達成率', '達成度']);
      j.measures.forEach((m, i) => {
        const r = 9 + i;
        const rate = m.down ? m.target / m.actual : m.actual / m.target;
        put(ws, r, 1, [`成果指標${i + 1}`, m.name, m.unit, m.down ? '↓' : '↑', m.target, m.actual]);
        ws.getCell(r, 7).value = { formula: m.down ? `E${r}/F${r}` : `F${r}/E${r}`, result: rate };
        ws.getCell(r, 7).numFmt = '0.0%';
        put(ws, r, 8, [m.mark]);
      });
      box(ws, 8, 1, 8 + j.measures.length, 8);
      merge(ws, 12, 1, 12, 8, '評価基準　Ａ：100％以上　Ｂ：80％以上　Ｃ：50％以上　Ｄ：50％未満（達成率＝実績値÷目標値、↓の指標は目標値÷実績値）');
      put(ws, 14, 1, ['事業の成果']);
      merge(ws, 14, 2, 14, 8, '新型コロナウイルス感染症の影響により一部工事の工期が延びたが、計画した棟数の改修は完了した。');
      box(ws, 14, 1, 14, 8);
      wrap(ws, 8, 1, 14, 8);
    }
  },
  expected: { file: 'h175-chousho-jimujigyo.xlsx', fiscalYear: 2020, indicators: CHOUSHO_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 8. Two 施策 tables side by side, 判定 ○／× with a legend of words only (marks kept as written).

interface Side {
  name: string;
  unit: string;
  target: number;
  actual: number;
  down?: boolean;
}

const LEFT: Side[] = [
  { name: '長寿命化改修済み棟数（累計）', unit: '棟', target: 10, actual: 10 },
  { name: '外壁落下防止対策実施率', unit: '％', target: 85, actual: 78.2 },
  { name: '屋内運動場の照明LED化校数', unit: '校', target: 21, actual: 13 },
];
const RIGHT: Side[] = [
  { name: '通学路要対策箇所の対策率', unit: '％', target: 80, actual: 83.3 },
  { name: 'スクールバスの運行事故件数', unit: '件', target: 0, actual: 0, down: true },
  { name: '通学支援の利用者アンケート満足度', unit: '％', target: 85, actual: 81.6 },
];

const mark = (s: Side) => (gradeOf(s.target, s.actual, s.down ? 'down' : 'up') === 'A' ? '○' : '×');
const sideFacts = (sheet: string, xs: Side[]) =>
  xs.map((s) => ind(sheet, s.name, s.unit, s.target, s.actual, { direction: s.down ? 'down' : 'up', existing: mark(s) }));
const SIDE_FACTS = sideFacts('施策指標', [...LEFT, ...RIGHT]);

const side: Holdout2Workbook = {
  name: 'h175-narabi-shisaku',
  layout:
    '施策別成果指標一覧（令和６年度実績）: two 施策 tables side by side (施策2-3 学校施設 A–F, 施策2-4 通学環境 H–M), each 指標名｜単位｜方向 増加／減少｜目標値（R6）｜実績値（R6）｜判定 ○／× with a legend of words only, a 0 target 減少 indicator met by 0',
  build(wb) {
    const ws = wb.addWorksheet('施策指標');
    widths(ws, [30, 6, 6, 11, 11, 6, 3, 30, 6, 6, 11, 11, 6]);
    merge(ws, 1, 1, 1, 13, '施策別成果指標一覧（令和６年度実績）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    const table = (col: number, title: string, xs: Side[]) => {
      merge(ws, 3, col, 3, col + 5, title);
      put(ws, 4, col, ['指標名', '単位', '方向', '目標値\n（R6）', '実績値\n（R6）', '判定']);
      xs.forEach((s, i) => put(ws, 5 + i, col, [s.name, s.unit, s.down ? '減少' : '増加', s.target, s.actual, mark(s)]));
      box(ws, 3, col, 4 + xs.length, col + 5);
      wrap(ws, 3, col, 4 + xs.length, col + 5);
    };
    table(1, '施策2-3　学校施設の長寿命化と計画的な更新', LEFT);
    table(8, '施策2-4　安全・安心な通学環境の確保', RIGHT);
    put(ws, 9, 1, ['※判定　○：目標を達成　×：目標に達していない']);
    put(ws, 10, 1, ['※方向　増加：数値が大きいほど良い　減少：数値が小さいほど良い']);
  },
  expected: { file: 'h175-narabi-shisaku.xlsx', fiscalYear: 2024, indicators: SIDE_FACTS, groups: [] },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [bus, saihen, chousho, side];
