/**
 * Hold-out set 162, four workbooks outside the four families: a 令和元年度 婚活イベント 開催実績 list (男性｜女性｜計, カップル成立数,
 * a 中止 row, 合計 by formulas) feeding a 目標と実績 sheet; a 結婚サポートセンター 年度別利用実績 with years as rows and a 令和4年度目標
 * row; 事務事業評価シート one 事業 per sheet with the indicators as columns (活動指標①…成果指標②); and a 地域少子化対策重点推進
 * 交付金 実績報告書 written label over value, figures in full-width digits with their unit (「１２０人」).
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 婚活イベント 開催実績 (令和元年度): one row per event, 合計 row of SUM formulas; 目標と実績 whose actuals are formulas into it.

interface Event {
  date: string;
  name: string;
  place: string;
  men: number | '－';
  women: number | '－';
  couples: number | '－';
  note?: string;
}

const EVENTS: Event[] = [
  { date: '6月15日（土）', name: 'BBQ婚活in高原キャンプ場', place: '市民の森キャンプ場', men: 18, women: 16, couples: 5 },
  { date: '7月20日（土）', name: '夏祭り浴衣de出会いパーティー', place: '中央公民館', men: 20, women: 20, couples: 6 },
  { date: '9月14日（土）', name: '農業体験婚活（さつまいも収穫）', place: '東部農業体験農園', men: 15, women: 12, couples: 3 },
  { date: '10月26日（土）', name: 'ワイナリー巡りバスツアー', place: '市内ワイナリー2か所', men: 22, women: 20, couples: 7 },
  { date: '11月23日（土・祝）', name: '料理教室de婚活', place: '保健センター調理室', men: 12, women: 12, couples: 4 },
  { date: '12月21日（土）', name: 'クリスマス出会いパーティー', place: 'ホテル駅前', men: 25, women: 23, couples: 6 },
  { date: '2月8日（土）', name: 'ボウリング婚活', place: '市内ボウリング場', men: 16, women: 14, couples: 4 },
  {
    date: '3月7日（土）',
    name: '30代限定・春の出会いパーティー',
    place: '中央公民館',
    men: '－',
    women: '－',
    couples: '－',
    note: '新型コロナウイルス感染症の影響により中止',
  },
];

const num = (v: number | '－') => (typeof v === 'number' ? v : 0);
const MEN = EVENTS.reduce((a, e) => a + num(e.men), 0);
const WOMEN = EVENTS.reduce((a, e) => a + num(e.women), 0);
const COUPLES = EVENTS.reduce((a, e) => a + num(e.couples), 0);

interface Goal {
  name: string;
  unit: string;
  target: number;
  actual: number;
  formula?: string;
  note?: string;
  fmt: string;
}

const GOALS: Goal[] = [
  { name: '婚活イベント開催回数', unit: '回', target: 8, actual: 7, note: '3月開催予定の1回は中止', fmt: '#,##0' },
  {
    name: '婚活イベント参加者数（延べ）',
    unit: '人',
    target: 300,
    actual: MEN + WOMEN,
    formula: "'イベント実績'!G13",
    note: 'イベント実績の合計',
    fmt: '#,##0',
  },
  { name: 'カップル成立数', unit: '組', target: 40, actual: COUPLES, formula: "'イベント実績'!H13", note: '同上', fmt: '#,##0' },
  { name: 'カップル成立率', unit: '％', target: 25.0, actual: 28.6, note: '成立組数×2÷参加者数', fmt: '0.0' },
  { name: '結婚相談会の相談件数', unit: '件', target: 120, actual: 134, note: '毎月第2・第4日曜日に開催', fmt: '#,##0' },
];

const event: Holdout2Workbook = {
  name: 'h162-event-ichiran',
  layout:
    '令和元年度 婚活イベント開催実績: No.｜開催日｜イベント名｜会場｜参加者数 (男性｜女性｜計 by formula)｜カップル成立数｜備考, a 中止 row of 「－」, a 合計 row of SUM formulas; a 目標と実績 sheet (項目｜単位｜令和元年度目標｜令和元年度実績｜達成率｜備考) whose two actuals are formulas into the 合計 row',
  build(wb) {
    const ws = wb.addWorksheet('イベント実績');
    widths(ws, [5, 16, 32, 20, 8, 8, 8, 12, 30]);
    merge(ws, 1, 1, 1, 9, '令和元年度　婚活支援イベント開催実績');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 9, ['市民協働部　地域づくり課']);
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '開催日');
    merge(ws, 3, 3, 4, 3, 'イベント名');
    merge(ws, 3, 4, 4, 4, '会場');
    merge(ws, 3, 5, 3, 7, '参加者数（人）');
    put(ws, 4, 5, ['男性', '女性', '計']);
    merge(ws, 3, 8, 4, 8, 'カップル\n成立数（組）');
    merge(ws, 3, 9, 4, 9, '備考');
    EVENTS.forEach((e, i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1, e.date, e.name, e.place, e.men, e.women]);
      if (typeof e.men === 'number' && typeof e.women === 'number') ws.getCell(r, 7).value = { formula: `E${r}+F${r}`, result: e.men + e.women };
      else ws.getCell(r, 7).value = '－';
      put(ws, r, 8, [e.couples, e.note]);
    });
    merge(ws, 13, 1, 13, 4, '合計');
    ws.getCell('E13').value = { formula: 'SUM(E5:E12)', result: MEN };
    ws.getCell('F13').value = { formula: 'SUM(F5:F12)', result: WOMEN };
    ws.getCell('G13').value = { formula: 'SUM(G5:G12)', result: MEN + WOMEN };
    ws.getCell('H13').value = { formula: 'SUM(H5:H12)', result: COUPLES };
    wrap(ws, 3, 1, 4, 9);
    box(ws, 3, 1, 13, 9);

    const gs = wb.addWorksheet('目標と実績');
    widths(gs, [5, 30, 7, 13, 13, 10, 30]);
    merge(gs, 1, 1, 1, 7, '令和元年度　出会い創出事業　目標と実績');
    gs.getCell(1, 1).font = { bold: true, size: 13 };
    put(gs, 3, 1, ['No.', '項目', '単位', '令和元年度\n目標', '令和元年度\n実績', '達成率', '備考']);
    GOALS.forEach((g, i) => {
      const r = 4 + i;
      put(gs, r, 1, [i + 1, g.name, g.unit, g.target]);
      gs.getCell(r, 5).value = g.formula ? { formula: g.formula, result: g.actual } : g.actual;
      gs.getCell(r, 6).value = { formula: `E${r}/D${r}`, result: g.actual / g.target };
      if (g.note) gs.getCell(r, 7).value = g.note;
      gs.getCell(r, 4).numFmt = g.fmt;
      gs.getCell(r, 5).numFmt = g.fmt;
      gs.getCell(r, 6).numFmt = '0.0%';
    });
    wrap(gs, 3, 1, 3, 7);
    box(gs, 3, 1, 3 + GOALS.length, 7);
  },
  expected: {
    file: 'h162-event-ichiran.xlsx',
    fiscalYear: 2019,
    indicators: GOALS.map((g) => ind('目標と実績', g.name, g.unit, g.target, g.actual)),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 結婚サポートセンター 年度別利用実績: years as rows (平成30年度…令和4年度), a 単位 row, a 令和4年度目標 row, a final 目標 row.

const CENTER_YEARS: [string, number, number, number, number, number][] = [
  ['平成30年度', 41, 188, 164, 52, 5],
  ['令和元年度', 54, 231, 198, 61, 8],
  ['令和2年度', 71, 262, 142, 48, 6],
  ['令和3年度', 52, 284, 187, 66, 4],
  ['令和4年度', 68, 301, 212, 74, 9],
];

const center: Holdout2Workbook = {
  name: 'h162-center-nendobetsu',
  layout:
    '結婚サポートセンター 年度別利用実績 with years as rows (平成30年度…令和4年度), columns 新規登録者数｜会員数（年度末）｜お見合い件数｜交際成立件数｜成婚数, a 単位 row under the headings, a 令和4年度目標 row and a 令和6年度目標（計画最終） row, 評価対象年度 stated above; a 男女別 sheet without targets',
  build(wb) {
    const ws = wb.addWorksheet('年度別実績');
    widths(ws, [22, 12, 13, 12, 12, 10, 28]);
    merge(ws, 1, 1, 1, 7, '結婚サポートセンター　年度別利用実績');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    merge(ws, 2, 1, 2, 7, '評価対象年度：令和４年度　　（こども政策課　結婚支援係）');
    put(ws, 4, 1, ['年度', '新規登録者数', '会員数\n（年度末）', 'お見合い件数', '交際成立件数', '成婚数', '備考']);
    put(ws, 5, 1, ['単位', '人', '人', '件', '件', '組']);
    CENTER_YEARS.forEach((y, i) => put(ws, 6 + i, 1, [...y]));
    ws.getCell('G8').value = '緊急事態宣言中はお見合いを休止';
    ws.getCell('G9').value = 'オンラインお見合いを導入';
    put(ws, 11, 1, ['令和4年度目標', 60, 320, 300, 80, 8, '第２期結婚支援計画の年度目標']);
    put(ws, 12, 1, ['令和6年度目標（計画最終）', 70, 400, 320, 100, 12]);
    wrap(ws, 4, 1, 4, 7);
    box(ws, 4, 1, 12, 7);
    merge(ws, 14, 1, 14, 7, '※成婚数は、センターの紹介により交際し婚姻（婚約を含む）に至った組数。');

    const mf = wb.addWorksheet('男女別');
    widths(mf, [14, 10, 10, 10]);
    put(mf, 1, 1, ['令和４年度　会員の男女別・年代別（年度末）']);
    put(mf, 3, 1, ['年代', '男性', '女性', '計']);
    const ages: [string, number, number][] = [
      ['20歳代', 28, 31],
      ['30歳代', 86, 62],
      ['40歳代', 55, 29],
      ['50歳以上', 7, 3],
    ];
    ages.forEach(([a, m, f], i) => put(mf, 4 + i, 1, [a, m, f, m + f]));
    put(mf, 8, 1, ['計', 176, 125, 301]);
    box(mf, 3, 1, 8, 4);
  },
  expected: {
    file: 'h162-center-nendobetsu.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('年度別実績', '新規登録者数', '人', 60, 68),
      ind('年度別実績', '会員数（年度末）', '人', 320, 301),
      ind('年度別実績', 'お見合い件数', '件', 300, 212),
      ind('年度別実績', '交際成立件数', '件', 80, 74),
      ind('年度別実績', '成婚数', '組', 8, 9),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. 事務事業評価シート (令和６年度), one 事業 per sheet, the indicators as columns: 指標名｜単位｜目標値（R6）｜実績値（R6）｜達成率 rows.

interface Measure {
  label: string;
  name: string;
  unit: string;
  target: number;
  actual: number | '集計中';
  fmt?: string;
}

interface Card {
  sheet: string;
  no: string;
  name: string;
  purpose: string;
  budget: [number, number];
  measures: Measure[];
  self: string;
  next: string;
}

const CARDS: Card[] = [
  {
    sheet: '結婚新生活支援',
    no: '03-02-05',
    name: '結婚新生活支援事業',
    purpose: '経済的理由で結婚に踏み出せない若い世代の新生活の住居費・引越費用を補助し、市内での新生活の開始を後押しする。',
    budget: [19800, 18420],
    measures: [
      { label: '活動指標①', name: '補助金交付件数', unit: '件', target: 60, actual: 63 },
      { label: '活動指標②', name: '婚姻届出時の制度案内配布数', unit: '件', target: 450, actual: 402 },
      { label: '成果指標①', name: '交付世帯の3年後の市内定住率', unit: '％', target: 90.0, actual: 94.1, fmt: '0.0' },
    ],
    self: 'A',
    next: '継続',
  },
  {
    sheet: '婚活イベント',
    no: '03-02-01',
    name: '出会いの場創出事業',
    purpose: '独身男女の出会いの機会を創出するため、婚活イベントを開催し、民間団体が行うイベントを支援する。',
    budget: [3600, 3318],
    measures: [
      { label: '活動指標①', name: '出会いイベント開催回数', unit: '回', target: 10, actual: 10 },
      { label: '活動指標②', name: 'イベント参加者数', unit: '人', target: 300, actual: 264 },
      { label: '成果指標①', name: 'カップル成立数', unit: '組', target: 40, actual: 22 },
    ],
    self: 'C',
    next: '見直し',
  },
  {
    sheet: '新婚家賃補助',
    no: '03-02-06',
    name: '新婚世帯家賃補助事業',
    purpose: '民間賃貸住宅に入居する新婚世帯の家賃の一部を補助し、若い世代の定住を促進する。',
    budget: [15600, 15720],
    measures: [
      { label: '活動指標①', name: '家賃補助交付世帯数', unit: '世帯', target: 120, actual: 131 },
      { label: '成果指標①', name: '補助終了後も市内に住み続けている世帯の割合', unit: '％', target: 85.0, actual: '集計中', fmt: '0.0' },
    ],
    self: 'B',
    next: '継続',
  },
];

const cards: Holdout2Workbook = {
  name: 'h162-jimujigyo-cards',
  layout:
    '令和６年度 事務事業評価シート, one 事業 per sheet: label–value header (事業名, 事業番号, 担当課, 事業の目的, 事業費（千円）), then the indicators as columns (活動指標①｜活動指標②｜成果指標①) over rows 指標名｜単位｜目標値（R6）｜実績値（R6）｜達成率 (formulas), one 集計中; the 事業 graded as a whole',
  build(wb) {
    for (const c of CARDS) {
      const ws = wb.addWorksheet(c.sheet);
      widths(ws, [16, 24, 24, 24, 12]);
      merge(ws, 1, 1, 1, 5, '令和６年度　事務事業評価シート');
      ws.getCell(1, 1).font = { bold: true, size: 13 };
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 3, c.name);
      put(ws, 3, 4, ['事業番号', c.no]);
      put(ws, 4, 1, ['担当課']);
      merge(ws, 4, 2, 4, 5, 'こども未来部　こども政策課　結婚支援係');
      put(ws, 5, 1, ['事業の目的']);
      merge(ws, 5, 2, 5, 5, c.purpose);
      ws.getRow(5).height = 36;
      put(ws, 6, 1, ['事業費（千円）', `予算額　${c.budget[0].toLocaleString('en-US')}`, `決算額　${c.budget[1].toLocaleString('en-US')}`]);
      box(ws, 3, 1, 6, 5);
      put(ws, 8, 1, ['■指標']);
      put(ws, 9, 1, ['区分', ...c.measures.map((m) => m.label)]);
      put(ws, 10, 1, ['指標名', ...c.measures.map((m) => m.name)]);
      put(ws, 11, 1, ['単位', ...c.measures.map((m) => m.unit)]);
      put(ws, 12, 1, ['目標値（R6）', ...c.measures.map((m) => m.target)]);
      put(ws, 13, 1, ['実績値（R6）', ...c.measures.map((m) => m.actual)]);
      put(ws, 14, 1, ['達成率']);
      c.measures.forEach((m, i) => {
        const col = 2 + i;
        const letter = String.fromCharCode(65 + col - 1);
        ws.getCell(12, col).numFmt = m.fmt ?? '#,##0';
        ws.getCell(13, col).numFmt = m.fmt ?? '#,##0';
        if (typeof m.actual === 'number') {
          ws.getCell(14, col).value = { formula: `${letter}13/${letter}12`, result: m.actual / m.target };
          ws.getCell(14, col).numFmt = '0.0%';
        } else ws.getCell(14, col).value = '－';
      });
      wrap(ws, 9, 1, 14, 1 + c.measures.length);
      box(ws, 9, 1, 14, 1 + c.measures.length);
      put(ws, 16, 1, ['■評価']);
      put(ws, 17, 1, ['事業の評価', c.self, '（A：順調　B：概ね順調　C：やや遅れている　D：遅れている）']);
      put(ws, 18, 1, ['今後の方向性', c.next]);
      box(ws, 17, 1, 18, 5);
    }
  },
  expected: {
    file: 'h162-jimujigyo-cards.xlsx',
    fiscalYear: 2024,
    indicators: CARDS.flatMap((c) =>
      c.measures.map((m): ExpectedIndicator =>
        m.actual === '集計中' ? ind(c.sheet, m.name, m.unit, m.target, null, { actualStatus: 'pending' }) : ind(c.sheet, m.name, m.unit, m.target, m.actual),
      ),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 4. 地域少子化対策重点推進交付金 事業実績報告書 (令和３年度): label over value, 事業 by 事業, KPI① / 目標値 / 実績値 rows, 「１２０人」.

interface Kpi {
  name: string;
  unit: string;
  target: number;
  actual: number;
  comment: string;
}

interface Project {
  title: string;
  content: string;
  cost: string;
  kpis: Kpi[];
}

const FW = (n: number) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

const KOFU: Project[] = [
  {
    title: 'ＡＩマッチングシステム導入・運営事業',
    content: '県の結婚支援センターと連携し、ＡＩを活用したマッチングシステムを市の相談窓口に導入する。',
    cost: '４，１８０千円',
    kpis: [
      { name: 'マッチングシステム新規登録者数', unit: '人', target: 120, actual: 97, comment: '登録料の負担感から登録が伸び悩んだ。' },
      { name: 'お見合い実施件数', unit: '件', target: 200, actual: 216, comment: 'オンラインお見合いを併用し目標を上回った。' },
    ],
  },
  {
    title: '結婚新生活支援事業',
    content: '新婚世帯に対し、新居の住居費・引越費用の一部を補助する。',
    cost: '１２，８７０千円',
    kpis: [
      { name: '補助金交付件数', unit: '件', target: 50, actual: 42, comment: '所得要件により対象外となる世帯があった。' },
      { name: '補助対象世帯のうち市外からの転入世帯数', unit: '世帯', target: 15, actual: 8, comment: '市外在住者への周知が不足した。' },
    ],
  },
  {
    title: '結婚応援パスポート事業',
    content: '新婚夫婦等に結婚応援パスポートを交付し、協賛店舗で割引等のサービスを受けられるようにする。',
    cost: '６２０千円',
    kpis: [
      { name: '結婚応援パスポート協賛店舗数', unit: '店舗', target: 80, actual: 86, comment: '商工会議所の協力で協賛店舗が増えた。' },
      { name: 'パスポート交付枚数', unit: '枚', target: 500, actual: 321, comment: '婚姻届出時の案内のみで、交付申請が少なかった。' },
    ],
  },
];

const SHEET_K = '実績報告書';

const kofukin: Holdout2Workbook = {
  name: 'h162-kofukin-houkoku',
  layout:
    '令和３年度 地域少子化対策重点推進交付金 事業実績報告書 written label over value, 事業 by 事業 (１．事業名, 事業の内容, 事業費 「４，１８０千円」, then KPI① name / 目標値 「１２０人」 / 実績値 「９７人」 / 達成状況・要因分析 rows), full-width digits with the unit in the cell, units 人・件・世帯・店舗・枚',
  build(wb) {
    const ws = wb.addWorksheet(SHEET_K);
    widths(ws, [26, 64]);
    merge(ws, 1, 1, 1, 2, '令和３年度　地域少子化対策重点推進交付金　事業実績報告書');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['自治体名', '○○市（こども未来部こども政策課）']);
    put(ws, 3, 1, ['実施期間', '令和３年４月１日～令和４年３月31日']);
    box(ws, 2, 1, 3, 2);
    let r = 5;
    KOFU.forEach((p, i) => {
      const start = r;
      put(ws, r++, 1, [`${FW(i + 1)}．事業名`, p.title]);
      put(ws, r++, 1, ['事業の内容', p.content]);
      put(ws, r++, 1, ['事業費（実績）', p.cost]);
      put(ws, r++, 1, ['重要業績評価指標（KPI）']);
      p.kpis.forEach((k, j) => {
        put(ws, r++, 1, [`ＫＰＩ${['①', '②', '③'][j]}`, k.name]);
        put(ws, r++, 1, ['目標値', `${FW(k.target)}${k.unit}`]);
        put(ws, r++, 1, ['実績値', `${FW(k.actual)}${k.unit}`]);
        put(ws, r++, 1, ['達成状況・要因分析', k.comment]);
      });
      wrap(ws, start, 1, r - 1, 2);
      box(ws, start, 1, r - 1, 2);
      r++;
    });
    merge(ws, r, 1, r, 2, '※実績値は令和４年３月31日現在。');
  },
  expected: {
    file: 'h162-kofukin-houkoku.xlsx',
    fiscalYear: 2021,
    indicators: KOFU.flatMap((p) => p.kpis.map((k) => ind(SHEET_K, k.name, k.unit, k.target, k.actual))),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [event, center, cards, kofukin];
