/**
 * Hold-out set 120, four workbooks outside the four families, as offices in charge of 高齢者福祉・介護保険・地域包括ケア use
 * them: the 厚生労働省様式 「取組と目標に対する自己評価シート」 (one 取組 per sheet, the yearly targets written in the 目標 cell,
 * the year's figure in the 実施内容 text, ◎○△× with a legend of bands), a 地域包括支援センター別 実績 table whose 市計 column
 * (a SUM) is the figure against the 年間目標, a 認知症施策 table with years as rows and no stated period, and a 第９期 plan's
 * 目標値 sheet joined by 指標No. to a 実績 sheet.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 取組と目標に対する自己評価シート: one 取組 per sheet, label-value form, 令和５年度 年度末実績評価.

interface Effort {
  sheet: string;
  item: string;
  title: string;
  issue: string;
  plan: string;
  goal: string;
  method: string;
  done: string;
  mark: string;
  next: string;
}

const EFFORTS: Effort[] = [
  {
    sheet: '取組１',
    item: '自立支援・介護予防・重度化防止',
    title: '住民主体の通いの場の拡充',
    issue: '高齢化率が32％を超え、閉じこもりがちな高齢者が増えている。通いの場のない地区が残っている。',
    plan: '通いの場の立ち上げ補助、リハビリ専門職の派遣、体力測定会の実施',
    goal: '住民主体の通いの場の箇所数\n令和３年度　85か所\n令和４年度　95か所\n令和５年度　105か所',
    method: '各年度末の箇所数',
    done: '・通いの場立ち上げ補助を７団体に交付した。\n・令和５年度末の通いの場は 98か所 となった（令和４年度末 92か所）。',
    mark: '○',
    next: '担い手の高齢化による休止を防ぐため、後継者養成講座を実施する。',
  },
  {
    sheet: '取組２',
    item: '自立支援・介護予防・重度化防止',
    title: '認知症初期集中支援チームによる早期対応',
    issue: '受診や介護サービスにつながらないまま症状が進行してから相談に至る事例が多い。',
    plan: '認知症初期集中支援チームの周知、民生委員・地域包括支援センターとの連携による対象者の早期把握',
    goal: '初期集中支援チームの支援対象者数\n令和３年度　20人\n令和４年度　24人\n令和５年度　28人',
    method: '年度内の支援対象者の実人数',
    done: '・チーム員会議を毎月開催した。\n・令和５年度の支援対象者は 17人（うち医療・介護サービスにつながった者 14人）。',
    mark: '△',
    next: 'かかりつけ医・薬局への周知を強化する。',
  },
  {
    sheet: '取組３',
    item: '給付適正化',
    title: 'ケアプラン点検の実施',
    issue: '自立支援に資するケアプランとなっているか、事業所により差がある。',
    plan: '居宅介護支援事業所を対象としたケアプラン点検と、点検結果の研修会での共有',
    goal: 'ケアプラン点検件数\n令和３年度　40件\n令和４年度　50件\n令和５年度　60件',
    method: '年度内の点検件数',
    done: '・居宅介護支援事業所 12事業所を対象にケアプラン点検を行った（点検件数 66件）。',
    mark: '◎',
    next: '点検結果を事例集にまとめ、全事業所に配布する。',
  },
  {
    sheet: '取組４',
    item: '自立支援・介護予防・重度化防止',
    title: '自立支援型地域ケア会議の開催',
    issue: '軽度者の生活機能の改善につながるケアマネジメントが十分でない。',
    plan: 'リハビリ専門職・管理栄養士等を助言者とする自立支援型地域ケア会議の定例開催',
    goal: '自立支援型地域ケア会議の開催回数\n令和３年度　12回\n令和４年度　12回\n令和５年度　12回',
    method: '年度内の開催回数',
    done: '・助言者の確保が難しく、上半期は開催を見送ったため、開催回数は 6回 にとどまった。',
    mark: '×',
    next: '助言者を市外の専門職にも広げ、オンラインでの参加を可能とする。',
  },
];

function writeEffort(ws: Worksheet, e: Effort): void {
  widths(ws, [18, 22, 22, 22, 22]);
  merge(ws, 1, 1, 1, 5, '取組と目標に対する自己評価シート');
  put(ws, 2, 1, ['年度', '令和５年度']);
  put(ws, 3, 1, ['保険者名', '○○市']);
  put(ws, 4, 1, ['区分', e.item]);
  const rows: [string, string][] = [
    ['タイトル', e.title],
    ['現状と課題', e.issue],
    ['第８期における具体的な取組', e.plan],
    ['目標（事業内容、指標等）', e.goal],
    ['目標の評価方法', `■実績評価のみ　□中間見直しあり\n評価の方法：${e.method}`],
  ];
  rows.forEach(([k, v], i) => {
    put(ws, 5 + i, 1, [k]);
    merge(ws, 5 + i, 2, 5 + i, 5, v);
  });
  merge(ws, 11, 1, 11, 5, '【後期（実績評価）】令和５年度　年度末実績評価');
  put(ws, 12, 1, ['実施内容']);
  merge(ws, 12, 2, 12, 5, e.done);
  put(ws, 13, 1, ['自己評価', e.mark]);
  put(ws, 14, 1, ['課題と対応策']);
  merge(ws, 14, 2, 14, 5, e.next);
  wrap(ws, 2, 1, 14, 1);
  box(ws, 2, 1, 14, 5);
  put(ws, 16, 1, ['（自己評価）◎：達成率100％以上　○：80％以上100％未満　△：60％以上80％未満　×：60％未満']);
}

const SELF_EVALUATION: Holdout2Workbook = {
  name: 'h120-o-torikumi-jiko-hyoka',
  layout:
    '取組と目標に対する自己評価シート (厚生労働省様式), one 取組 per sheet: 目標 cell with the indicator and 令和３～５年度 targets, 実施内容 text with the year-end figure (and last year’s in brackets), 自己評価 ◎○△× with a legend of bands',
  build(wb) {
    for (const e of EFFORTS) writeEffort(wb.addWorksheet(e.sheet), e);
  },
  expected: {
    file: 'h120-o-torikumi-jiko-hyoka.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('取組１', '住民主体の通いの場の箇所数', 'か所', 105, 98, { existing: '○' }),
      ind('取組２', '初期集中支援チームの支援対象者数', '人', 28, 17, { existing: '△' }),
      ind('取組３', 'ケアプラン点検件数', '件', 60, 66, { existing: '◎' }),
      ind('取組４', '自立支援型地域ケア会議の開催回数', '回', 12, 6, { existing: '×' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 地域包括支援センター別 実績: 年間目標 against the 市計 (a SUM over four centres), one row without a target.

const CENTRES = ['東部', '西部', '南部', '北部'];

const CENTRE_ROWS: { name: string; unit: string; target: number | string; by: number[]; note: string }[] = [
  { name: '総合相談件数', unit: '件', target: 9000, by: [2310, 1985, 2452, 2104], note: '延べ件数' },
  { name: '実態把握訪問件数', unit: '件', target: 1600, by: [412, 388, 301, 350], note: '' },
  { name: '介護予防ケアマネジメント件数', unit: '件', target: 5400, by: [1420, 1310, 1515, 1388], note: '委託分を含む' },
  { name: '地域ケア個別会議開催回数', unit: '回', target: 48, by: [12, 10, 9, 8], note: '各センター月１回' },
  { name: '権利擁護相談件数', unit: '件', target: '－', by: [64, 51, 72, 40], note: '目標設定なし（参考指標）' },
];

const CENTRE_TABLE: Holdout2Workbook = {
  name: 'h120-o-houkatsu-center-betsu',
  layout:
    '令和６年度 地域包括支援センター事業実績 (令和7年3月31日現在): 指標｜単位｜年間目標｜東部｜西部｜南部｜北部 under a merged heading｜市計 (SUM)｜達成率, one 「－」 target',
  build(wb) {
    const ws = wb.addWorksheet('包括別実績');
    widths(ws, [5, 30, 6, 11, 9, 9, 9, 9, 10, 9, 22]);
    put(ws, 1, 1, ['令和６年度　地域包括支援センター事業実績報告（令和７年３月31日現在）']);
    put(ws, 2, 1, ['地域包括支援センター運営協議会　資料３']);
    merge(ws, 4, 1, 5, 1, 'No.');
    merge(ws, 4, 2, 5, 2, '指標');
    merge(ws, 4, 3, 5, 3, '単位');
    merge(ws, 4, 4, 5, 4, '年間目標');
    merge(ws, 4, 5, 4, 8, '地域包括支援センター');
    put(ws, 5, 5, CENTRES);
    merge(ws, 4, 9, 5, 9, '市計');
    merge(ws, 4, 10, 5, 10, '達成率');
    merge(ws, 4, 11, 5, 11, '備考');
    CENTRE_ROWS.forEach((x, i) => {
      const r = 6 + i;
      const sum = x.by.reduce((a, b) => a + b, 0);
      put(ws, r, 1, [i + 1, x.name, x.unit, x.target, ...x.by]);
      ws.getCell(r, 9).value = { formula: `SUM(E${r}:H${r})`, result: sum };
      if (typeof x.target === 'number') {
        ws.getCell(r, 10).value = { formula: `I${r}/D${r}`, result: sum / x.target };
        ws.getCell(r, 10).numFmt = '0.0%';
      } else ws.getCell(r, 10).value = '－';
      for (let c = 4; c <= 9; c++) if (typeof ws.getCell(r, c).value !== 'string') ws.getCell(r, c).numFmt = '#,##0';
      put(ws, r, 11, [x.note || undefined]);
    });
    box(ws, 4, 1, 5 + CENTRE_ROWS.length, 11);
  },
  expected: {
    file: 'h120-o-houkatsu-center-betsu.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('包括別実績', '総合相談件数', '件', 9000, 8851),
      ind('包括別実績', '実態把握訪問件数', '件', 1600, 1451),
      ind('包括別実績', '介護予防ケアマネジメント件数', '件', 5400, 5633),
      ind('包括別実績', '地域ケア個別会議開催回数', '回', 48, 39),
      ind('包括別実績', '権利擁護相談件数', '件', null, 227),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. 認知症施策の推移: years as rows, 目標／実績 under each indicator (unit in the heading), no stated period.

const TREND: [string, (number | string | null)[]][] = [
  ['令和元年度', [14000, 14210, 8, 8, '－', '－']],
  ['令和２年度', [15500, 15020, 10, 9, '－', '－']],
  ['令和３年度', [17000, 16480, 11, 11, 2, 0]],
  ['令和４年度', [18500, 17960, 12, 12, 3, 1]],
  ['令和５年度', [20000, null, 14, null, 5, null]],
];

const DEMENTIA_TREND: Holdout2Workbook = {
  name: 'h120-o-ninchisho-nendo-suii',
  layout:
    '認知症施策の推進状況: years as rows (令和元年度…令和５年度), 目標｜実績 under three indicators with the unit in the heading, actuals through 令和４年度, no stated period',
  build(wb) {
    const ws = wb.addWorksheet('認知症施策');
    widths(ws, [14, 12, 12, 12, 12, 12, 12]);
    put(ws, 1, 1, ['認知症施策の推進状況（年度別）']);
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, '認知症サポーター養成者数（累計）（人）');
    merge(ws, 3, 4, 3, 5, '認知症カフェ設置数（か所）');
    merge(ws, 3, 6, 3, 7, 'チームオレンジ設置数（チーム）');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    TREND.forEach(([year, v], i) => {
      put(ws, 5 + i, 1, [year, ...v]);
      for (let c = 2; c <= 3; c++) ws.getCell(5 + i, c).numFmt = '#,##0';
    });
    box(ws, 3, 1, 4 + TREND.length, 7);
    put(ws, 6 + TREND.length, 1, ['※チームオレンジは令和３年度から取組開始']);
  },
  expected: {
    file: 'h120-o-ninchisho-nendo-suii.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('認知症施策', '認知症サポーター養成者数（累計）', '人', 18500, 17960),
      ind('認知症施策', '認知症カフェ設置数', 'か所', 12, 12),
      ind('認知症施策', 'チームオレンジ設置数', 'チーム', 3, 1),
    ],
    groups: [],
    guesses: ['period'],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 4. 第９期 plan: a 目標値 sheet (R6…R8, 方向) and a 令和７年度 実績 sheet, joined by 指標No.

const PLAN9: {
  no: string;
  goal: string;
  name: string;
  unit: string;
  way: '↑' | '↓';
  base: string;
  targets: number[];
  actual: number;
  source: string;
  note: string;
}[] = [
  {
    no: '1-1',
    goal: '介護予防の推進',
    name: '介護予防教室参加者数（実人数）',
    unit: '人',
    way: '↑',
    base: '584（R4）',
    targets: [600, 620, 640],
    actual: 655,
    source: '長寿福祉課',
    note: '',
  },
  {
    no: '1-2',
    goal: '介護予防の推進',
    name: '通いの場参加者数',
    unit: '人',
    way: '↑',
    base: '1,288（R4）',
    targets: [1400, 1500, 1600],
    actual: 1412,
    source: '長寿福祉課',
    note: '年度末の実人数',
  },
  {
    no: '1-3',
    goal: '介護予防の推進',
    name: '要介護認定率（第１号被保険者）',
    unit: '％',
    way: '↓',
    base: '18.6（R4）',
    targets: [18.8, 18.8, 18.9],
    actual: 19.4,
    source: '介護保険事業状況報告',
    note: '3月末',
  },
  {
    no: '2-1',
    goal: '生活支援の充実',
    name: '訪問型サービスＡ従事者数',
    unit: '人',
    way: '↑',
    base: '31（R4）',
    targets: [40, 45, 50],
    actual: 29,
    source: '長寿福祉課',
    note: '緩和した基準によるサービス',
  },
  {
    no: '2-2',
    goal: '生活支援の充実',
    name: '認知症高齢者等見守りＳＯＳネットワーク登録者数',
    unit: '人',
    way: '↑',
    base: '142（R4）',
    targets: [160, 180, 200],
    actual: 186,
    source: '地域包括ケア推進室',
    note: '',
  },
];

const SPLIT_PLAN: Holdout2Workbook = {
  name: 'h120-o-9ki-mokuhyo-jisseki-betsu',
  layout:
    '第９期介護保険事業計画: a 目標値 sheet (指標No.｜基本目標｜指標名｜単位｜方向 ↑／↓｜計画策定時｜R6｜R7｜R8) and a 令和７年度実績 sheet (指標No.｜指標名｜実績値｜出典｜備考), joined by 指標No.',
  build(wb) {
    const t = wb.addWorksheet('目標値');
    widths(t, [8, 16, 40, 6, 6, 12, 9, 9, 9]);
    put(t, 1, 1, ['第９期介護保険事業計画（令和６～８年度）　成果指標の目標値']);
    put(t, 3, 1, ['指標No.', '基本目標', '指標名', '単位', '方向', '計画策定時', 'R6', 'R7', 'R8']);
    PLAN9.forEach((x, i) => put(t, 4 + i, 1, [x.no, x.goal, x.name, x.unit, x.way, x.base, ...x.targets]));
    box(t, 3, 1, 3 + PLAN9.length, 9);
    put(t, 5 + PLAN9.length, 1, ['※方向　↑：増加をめざす　↓：減少をめざす']);
    const a = wb.addWorksheet('実績（R7）');
    widths(a, [8, 40, 10, 22, 24]);
    put(a, 1, 1, ['令和７年度　成果指標の実績']);
    put(a, 3, 1, ['指標No.', '指標名', '実績値', '出典', '備考']);
    PLAN9.forEach((x, i) => put(a, 4 + i, 1, [x.no, x.name, x.actual, x.source, x.note || undefined]));
    box(a, 3, 1, 3 + PLAN9.length, 5);
  },
  expected: {
    file: 'h120-o-9ki-mokuhyo-jisseki-betsu.xlsx',
    fiscalYear: 2025,
    indicators: [
      ind('目標値', '介護予防教室参加者数（実人数）', '人', 620, 655),
      ind('目標値', '通いの場参加者数', '人', 1500, 1412),
      ind('目標値', '要介護認定率（第１号被保険者）', '％', 18.8, 19.4, { direction: 'down' }),
      ind('目標値', '訪問型サービスＡ従事者数', '人', 45, 29),
      ind('目標値', '認知症高齢者等見守りＳＯＳネットワーク登録者数', '人', 180, 186),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [SELF_EVALUATION, CENTRE_TABLE, DEMENTIA_TREND, SPLIT_PLAN];
