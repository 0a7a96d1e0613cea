/**
 * Hold-out 128, the four families as 観光・文化財・景観 offices write them: a 令和４年度 施策評価シート with two 施策 (観光の振興,
 * 文化財の保存と活用) on two sheets, stacked 成果指標 blocks R2（基準値）…R7（目標値） with 期待値／実績値 rows, a 集計中 and the
 * empty 施策の達成状況 cell beside last year's 「（C）」; a 令和６年度 事業実績 of 観光・文化財 projects with text figures, two
 * measures in one cell 「養成講座修了者：20人　新規登録者：12人」, a full-width 「３件」 and one 未実施; a 第２期総合戦略 KPI table
 * (評価対象年度：令和３年度) with 「1,300 千人」 cells, full-width 「４３６ 千人」 and a 「-」 target; a 景観計画 進行管理表 with
 * 「6⏎（平成30年度）」 現況, 目標（R9）, 「9⏎（令和5年度末）」 実績, a 減少 indicator and a 「－」 actual (隔年調査).
 */
import type { Workbook, Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { Holdout2Workbook } from '../holdout2/kit';
import { gradeOf, ind, put, rollUp } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// A: 施策評価シート, two 施策 on two sheets, indicator blocks stacked down the sheet.

interface Block {
  name: string;
  desc: string;
  unit: string;
  /** R2…R7; R2 (基準値) has none. */
  expected: (number | null)[];
  actual: (number | string | null)[];
  note?: string;
  fmt?: string;
}

const CIRCLED = ['①', '②', '③', '④', '⑤'];
const A_PERIODS = ['R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）'];

function policySheet(
  wb: Workbook,
  sheet: string,
  head: { seisaku: string; shisaku: string; ka: string; purpose: string; last: string },
  blocks: Block[],
): Worksheet {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [12, 10, 11, 11, 11, 11, 11, 11, 30]);
  merge(ws, 1, 1, 1, 9, '○○市総合計画（2021～2027）　令和５年度 施策評価シート　（評価対象期間：令和４年度）');
  put(ws, 3, 1, ['政策']);
  merge(ws, 3, 2, 3, 5, head.seisaku);
  merge(ws, 3, 6, 3, 7, '施策の達成状況');
  put(ws, 3, 9, [head.last]);
  put(ws, 4, 1, ['施策']);
  merge(ws, 4, 2, 4, 5, head.shisaku);
  merge(ws, 4, 6, 4, 7, '評価区分');
  merge(ws, 4, 8, 4, 9, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
  put(ws, 5, 1, ['主管課']);
  merge(ws, 5, 2, 5, 5, head.ka);
  merge(ws, 5, 6, 5, 9, '※（　）内は前年度の評価');
  put(ws, 6, 1, ['施策の目的']);
  merge(ws, 6, 2, 6, 9, head.purpose);
  box(ws, 3, 1, 6, 9);
  let r = 8;
  blocks.forEach((b, i) => {
    put(ws, r, 1, [`成果指標${CIRCLED[i]}`]);
    merge(ws, r, 2, r, 5, b.name);
    put(ws, r, 6, ['指標の説明']);
    merge(ws, r, 7, r, 9, b.desc);
    put(ws, r + 1, 1, ['単位', '区分', ...A_PERIODS, '備考']);
    merge(ws, r + 2, 1, r + 3, 1, b.unit);
    put(ws, r + 2, 2, ['期待値', ...b.expected]);
    put(ws, r + 3, 2, ['実績値', ...b.actual]);
    merge(ws, r + 2, 9, r + 3, 9, b.note ?? '');
    for (let c = 3; c <= 8; c++) for (const rr of [r + 2, r + 3]) ws.getCell(rr, c).numFmt = b.fmt ?? '#,##0';
    wrap(ws, r + 1, 1, r + 1, 9);
    box(ws, r, 1, r + 3, 9);
    r += 5;
  });
  return ws;
}

const KANKO: Block[] = [
  {
    name: '観光入込客数',
    desc: '観光地点等を訪れた観光客の延べ人数（県観光統計調査）',
    unit: '千人',
    expected: [null, 1450, 1600, 1750, 1900, 2000],
    actual: [1180, 1262, 1512],
  },
  {
    name: '延べ宿泊者数',
    desc: '市内宿泊施設に宿泊した人の延べ数（宿泊旅行統計調査）',
    unit: '人泊',
    expected: [null, 170000, 185000, 200000, 215000, 230000],
    actual: [152400, 160870, 171300],
  },
  {
    name: '外国人宿泊者数',
    desc: '市内宿泊施設に宿泊した外国人の延べ数',
    unit: '人泊',
    expected: [null, 2000, 3000, 6000, 9000, 12000],
    actual: [980, 310, 1240],
    note: '水際対策の緩和（R4.10）以降、回復傾向',
  },
  {
    name: '観光ボランティアガイド案内件数',
    desc: '観光ボランティアガイドの会が案内した団体・個人の件数',
    unit: '件',
    expected: [null, 300, 320, 340, 360, 380],
    actual: [214, 288, 356],
  },
];

const BUNKAZAI: Block[] = [
  {
    name: '指定・登録文化財件数',
    desc: '国・県・市の指定文化財及び国登録有形文化財の件数（各年度末の累計）',
    unit: '件',
    expected: [null, 126, 128, 130, 132, 134],
    actual: [124, 126, 129],
  },
  {
    name: '文化財公開事業参加者数',
    desc: '文化財の特別公開・現地説明会・講座への参加者の延べ人数',
    unit: '人',
    expected: [null, 2000, 2500, 2800, 3000, 3000],
    actual: [640, 1420, 1980],
    note: '特別公開は定員制で実施',
  },
  {
    name: '文化財保存修理事業の実施件数',
    desc: '文化財保存修理事業費補助金を交付した修理の件数',
    unit: '件',
    expected: [null, 3, 4, 4, 4, 4],
    actual: [3, 3, 4],
  },
  {
    name: '文化財展示施設来館者満足度',
    desc: '来館者アンケートで「満足」「やや満足」と回答した人の割合',
    unit: '％',
    expected: [null, 85, 85, 87, 88, 90],
    actual: [82.4, 84.1, '集計中'],
    note: '令和5年3月実施のアンケートを集計中',
    fmt: '0.0',
  },
];

const A_KANKO = [
  ind('3-2', '観光入込客数', '千人', 1600, 1512),
  ind('3-2', '延べ宿泊者数', '人泊', 185000, 171300),
  ind('3-2', '外国人宿泊者数', '人泊', 3000, 1240),
  ind('3-2', '観光ボランティアガイド案内件数', '件', 320, 356),
];
const A_BUNKAZAI = [
  ind('3-3', '指定・登録文化財件数', '件', 128, 129),
  ind('3-3', '文化財公開事業参加者数', '人', 2500, 1980),
  ind('3-3', '文化財保存修理事業の実施件数', '件', 4, 4),
  ind('3-3', '文化財展示施設来館者満足度', '％', 85, null, { actualStatus: 'pending' }),
];

const familyA: Holdout2Workbook = {
  name: 'r4-kanko-bunkazai-shisaku-sheet',
  layout: '施策評価シート, two 施策 on two sheets, stacked blocks R2（基準値）…R7（目標値）, 期待値／実績値 rows, a 集計中, empty 施策の達成状況 cell',
  build(wb) {
    policySheet(
      wb,
      '3-2',
      {
        seisaku: '3　交流とにぎわいのあるまち',
        shisaku: '3-2　観光の振興',
        ka: '商工観光部　観光物産課',
        purpose: '地域の観光資源を磨き上げ、受入環境を整えることで、観光客の増加と滞在時間の延長を図ります。',
        last: '（C）',
      },
      KANKO,
    );
    policySheet(
      wb,
      '3-3',
      {
        seisaku: '3　交流とにぎわいのあるまち',
        shisaku: '3-3　文化財の保存と活用',
        ka: '教育委員会　文化財課',
        purpose: '地域の文化財を確実に保存し、公開・活用を進めることで、郷土への誇りと交流の拡大につなげます。',
        last: '（A）',
      },
      BUNKAZAI,
    );
  },
  expected: {
    file: 'r4-kanko-bunkazai-shisaku-sheet.xlsx',
    fiscalYear: 2022,
    indicators: [...A_KANKO, ...A_BUNKAZAI],
    groups: [
      { sheet: '3-2', cell: 'H3', grade: rollUp(A_KANKO.map((i) => i.grade)) },
      { sheet: '3-3', cell: 'H3', grade: rollUp(A_BUNKAZAI.map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// B: 事業実績 table, text figures.

interface Project {
  code: string;
  name: string;
  gaiyo: string;
  last: string;
  self: string;
  target: string;
  actual: string;
  state: string;
  note: string;
}

const PROJECTS: Project[] = [
  {
    code: '2-3-1',
    name: '観光プロモーション推進事業',
    gaiyo: '首都圏・関西圏の旅行博等に出展し、本市の観光資源をPRする。',
    last: 'PRイベント出展回数 6回',
    self: 'A',
    target: 'PRイベント出展回数 8回',
    actual: 'PRイベント出展回数 9回',
    state: '実施',
    note: '【成果・効果】旅行博出展を契機に旅行商品2件が造成された。\n【今後の方向性】継続',
  },
  {
    code: '2-3-2',
    name: '教育旅行誘致促進事業',
    gaiyo: '教育旅行の受入れに係る体験プログラムの造成と学校への誘致活動を行う。',
    last: '受入校数 18校',
    self: 'B',
    target: '受入校数 25校',
    actual: '受入校数 21校',
    state: '実施',
    note: '【課題】受入可能な体験事業者の確保\n【今後の方向性】継続',
  },
  {
    code: '2-3-3',
    name: '観光ボランティアガイド育成事業',
    gaiyo: 'ガイド養成講座を開催し、観光ボランティアガイドの担い手を育成する。',
    last: '養成講座修了者：15人　新規登録者：9人',
    self: 'A',
    target: 'ガイド育成 養成講座修了者：20人　新規登録者：12人',
    actual: 'ガイド育成 養成講座修了者：17人　新規登録者：12人',
    state: '実施',
    note: '【今後の方向性】継続',
  },
  {
    code: '2-3-4',
    name: 'インバウンド受入環境整備補助金',
    gaiyo: '宿泊・飲食事業者が行う多言語表示、キャッシュレス決済導入等の経費を補助する。',
    last: '補助件数 6件',
    self: 'D',
    target: '補助件数 10件',
    actual: '未実施',
    state: '県補助制度への統合により未実施',
    note: '【今後の方向性】令和６年度をもって廃止',
  },
  {
    code: '2-3-5',
    name: '宿泊施設魅力向上支援事業',
    gaiyo: '市内宿泊施設の客室改修・バリアフリー化に要する経費を補助する。',
    last: '補助件数 4件',
    self: 'C',
    target: '補助件数 5件',
    actual: '補助件数 ３件',
    state: '実施',
    note: '【課題】事業者の自己負担が大きい\n【今後の方向性】見直し',
  },
  {
    code: '4-2-1',
    name: '文化財保存修理事業費補助金',
    gaiyo: '指定文化財の所有者が行う保存修理に要する経費を補助する。',
    last: '補助件数 3件',
    self: 'A',
    target: '補助件数 4件',
    actual: '補助件数 4件',
    state: '実施',
    note: '【今後の方向性】継続',
  },
  {
    code: '4-2-2',
    name: '埋蔵文化財発掘調査事業',
    gaiyo: '開発行為に伴う試掘・確認調査及び本発掘調査を行う。',
    last: '試掘・確認調査 36件',
    self: 'A',
    target: '試掘・確認調査 30件',
    actual: '試掘・確認調査 41件',
    state: '実施',
    note: '【今後の方向性】継続',
  },
  {
    code: '4-2-3',
    name: '歴史民俗資料館企画展開催事業',
    gaiyo: '歴史民俗資料館で年2回の企画展を開催する。',
    last: '入館者数 7,480人',
    self: 'B',
    target: '入館者数 8,000人',
    actual: '入館者数 6,120人',
    state: '実施',
    note: '【課題】若年層の来館が少ない\n【今後の方向性】継続',
  },
  {
    code: '4-2-4',
    name: '文化財公開活用事業',
    gaiyo: '非公開の文化財の特別公開と、文化財講座を開催する。',
    last: '特別公開:3回 講座:6回',
    self: 'C',
    target: '開催回数 特別公開:4回 講座:6回',
    actual: '開催回数 特別公開:4回 講座:3回',
    state: '講座は講師都合により3回中止',
    note: '【今後の方向性】継続',
  },
  {
    code: '4-2-5',
    name: '郷土芸能保存団体活動支援事業',
    gaiyo: '郷土芸能保存団体の用具修繕・後継者育成活動を支援する。',
    last: '支援団体数 17団体',
    self: 'A',
    target: '支援団体数 18団体',
    actual: '支援団体数 18団体',
    state: '実施',
    note: '【今後の方向性】継続',
  },
];

const B_SHEET = '事業実績';
const measureInd = (name: string, existing: string, ms: { label: string; target: number; actual: number; unit: string }[]): ExpectedIndicator => ({
  sheet: B_SHEET,
  name,
  measures: ms,
  direction: 'up',
  existing,
  grade: gradeOf(1, Math.min(...ms.map((m) => m.actual / m.target))),
});

const familyB: Holdout2Workbook = {
  name: 'r6-kanko-bunkazai-jigyo-jisseki',
  layout: '事業実績, one row per 推進事業 (code, name, 【概要】 in one cell), text figures, two measures in a cell, full-width 「３件」, 未実施',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [6, 44, 22, 8, 26, 26, 22, 40]);
    merge(ws, 1, 1, 1, 8, '令和６年度事業実績（観光交流・文化財）');
    put(ws, 2, 1, ['基本方針']);
    merge(ws, 2, 2, 2, 5, '2 観光交流の推進　／　4 歴史と文化の継承');
    put(ws, 4, 1, ['No.', '推進事業', 'R5年度実績値', '自己評価', 'R6年度数値目標', 'R6年度実績値', '事業実施状況', '成果・効果、課題、今後の方向性']);
    PROJECTS.forEach((p, i) => {
      put(ws, 5 + i, 1, [i + 1, `${p.code} ${p.name}\n【概要】${p.gaiyo}`, p.last, p.self, p.target, p.actual, p.state, p.note]);
    });
    wrap(ws, 4, 1, 4 + PROJECTS.length, 8);
    box(ws, 4, 1, 4 + PROJECTS.length, 8);
  },
  expected: {
    file: 'r6-kanko-bunkazai-jigyo-jisseki.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(B_SHEET, '観光プロモーション推進事業', '回', 8, 9, { existing: 'A' }),
      ind(B_SHEET, '教育旅行誘致促進事業', '校', 25, 21, { existing: 'B' }),
      measureInd('観光ボランティアガイド育成事業', 'A', [
        { label: '養成講座修了者', target: 20, actual: 17, unit: '人' },
        { label: '新規登録者', target: 12, actual: 12, unit: '人' },
      ]),
      ind(B_SHEET, 'インバウンド受入環境整備補助金', '件', 10, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(B_SHEET, '宿泊施設魅力向上支援事業', '件', 5, 3, { existing: 'C' }),
      ind(B_SHEET, '文化財保存修理事業費補助金', '件', 4, 4, { existing: 'A' }),
      ind(B_SHEET, '埋蔵文化財発掘調査事業', '件', 30, 41, { existing: 'A' }),
      ind(B_SHEET, '歴史民俗資料館企画展開催事業', '人', 8000, 6120, { existing: 'B' }),
      measureInd('文化財公開活用事業', 'C', [
        { label: '特別公開', target: 4, actual: 4, unit: '回' },
        { label: '講座', target: 6, actual: 3, unit: '回' },
      ]),
      ind(B_SHEET, '郷土芸能保存団体活動支援事業', '団体', 18, 18, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// C: 総合戦略 KPI, 目標値／実績値 rows per KPI, fiscal-year columns, values with their units.

interface Kpi {
  name: string;
  targets: string[];
  actuals: string[];
  note?: string;
}

const KPIS: Kpi[] = [
  {
    name: '観光入込客数',
    targets: ['1,250 千人', '1,300 千人', '1,350 千人', '1,400 千人', '1,450 千人'],
    actuals: ['884 千人', '1,021 千人'],
    note: '県観光統計（年度集計）',
  },
  { name: '観光消費額', targets: ['95 億円', '98 億円', '101 億円', '104 億円', '107 億円'], actuals: ['61.8 億円', '72.5 億円'] },
  { name: '道の駅来場者数', targets: ['４００ 千人', '４２０ 千人', '４４０ 千人', '４６０ 千人', '４８０ 千人'], actuals: ['３９８ 千人', '４３６ 千人'] },
  {
    name: 'ガイド付きツアー参加者数',
    targets: ['-', '1,200 人', '1,500 人', '1,800 人', '2,000 人'],
    actuals: ['-', '1,350 人'],
    note: '令和３年度から実施',
  },
  {
    name: '外国人観光客入込数',
    targets: ['5.0 千人', '-', '3.0 千人', '6.0 千人', '8.0 千人'],
    actuals: ['0.6 千人', '0.4 千人'],
    note: '令和３年度は入国制限のため目標を設定せず',
  },
];

const C_SHEET = 'KPI';
const familyC: Holdout2Workbook = {
  name: 'r3-kanko-kpi-tassei',
  layout: '総合戦略 KPI table, 目標値／実績値 rows per KPI, 令和２年度…令和６年度 columns, 「1,300 千人」 cells, full-width digits, a 「-」 target',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [26, 8, 13, 13, 13, 13, 13, 34]);
    merge(ws, 1, 1, 1, 8, '第２期○○市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の達成状況');
    merge(ws, 2, 1, 2, 8, '基本目標２　観光交流によるにぎわいの創出　（評価対象年度：令和３年度）');
    put(ws, 4, 1, ['KPI', '区分', '令和２年度', '令和３年度', '令和４年度', '令和５年度', '令和６年度', '備考']);
    KPIS.forEach((k, i) => {
      const r = 5 + 2 * i;
      merge(ws, r, 1, r + 1, 1, k.name);
      put(ws, r, 2, ['目標値', ...k.targets]);
      put(ws, r + 1, 2, ['実績値', ...k.actuals]);
      merge(ws, r, 8, r + 1, 8, k.note ?? '');
    });
    box(ws, 4, 1, 4 + 2 * KPIS.length, 8);
  },
  expected: {
    file: 'r3-kanko-kpi-tassei.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(C_SHEET, '観光入込客数', '千人', 1300, 1021),
      ind(C_SHEET, '観光消費額', '億円', 98, 72.5),
      ind(C_SHEET, '道の駅来場者数', '千人', 420, 436),
      ind(C_SHEET, 'ガイド付きツアー参加者数', '人', 1200, 1350),
      ind(C_SHEET, '外国人観光客入込数', '千人', null, 0.4),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// D: 景観計画 進行管理表, 現況（計画策定時）／目標（R9）／実績 with years in the cells.

interface PlanRow {
  name: string;
  unit: string;
  desc: string;
  base: string;
  target: number;
  actual: string;
  dir: string;
  how: string;
}

const PLAN: PlanRow[] = [
  {
    name: '景観重要建造物の指定件数',
    unit: '件',
    desc: '景観法に基づき指定した景観重要建造物の件数（累計）',
    base: '6\n（平成30年度）',
    target: 12,
    actual: '9\n（令和5年度末）',
    dir: '増加',
    how: '都市計画課調べ',
  },
  {
    name: '景観協定締結地区数',
    unit: '地区',
    desc: '住民等が締結した景観協定の地区数（累計）',
    base: '3\n（平成30年度）',
    target: 10,
    actual: '5\n（令和5年度末）',
    dir: '増加',
    how: '都市計画課調べ',
  },
  {
    name: '違反屋外広告物の是正件数',
    unit: '件',
    desc: '指導により是正された違反屋外広告物の件数（単年度）',
    base: '48\n（平成30年度）',
    target: 100,
    actual: '112\n（令和5年度）',
    dir: '増加',
    how: '屋外広告物台帳',
  },
  {
    name: '屋外広告物の違反件数',
    unit: '件',
    desc: '年度末時点で把握している違反屋外広告物の件数',
    base: '326\n（平成30年度）',
    target: 150,
    actual: '174\n（令和5年度）',
    dir: '減少',
    how: '屋外広告物実態調査',
  },
  {
    name: '景観に配慮したまちなみだと感じる市民の割合',
    unit: '％',
    desc: '市民意識調査で「そう思う」「ややそう思う」と回答した割合',
    base: '41.2\n（平成30年度）',
    target: 55,
    actual: '－\n（隔年調査のため実施なし）',
    dir: '増加',
    how: '市民意識調査（隔年）',
  },
  {
    name: '景観まちづくり講座参加者数',
    unit: '人',
    desc: '景観まちづくり講座・まち歩きへの参加者数（単年度）',
    base: '85\n（平成30年度）',
    target: 200,
    actual: '１８３\n（令和5年度）',
    dir: '増加',
    how: '都市計画課調べ',
  },
  {
    name: '無電柱化整備延長',
    unit: 'km',
    desc: '市が整備した無電柱化区間の延長（累計）',
    base: '1.2\n（平成30年度末）',
    target: 4,
    actual: '3.1\n（令和5年度末）',
    dir: '増加',
    how: '道路課調べ',
  },
];

const D_SHEET = '成果指標';
const dInd = (name: string, unit: string, target: number, actual: number | null, more: Parameters<typeof ind>[5] = {}): ExpectedIndicator => ({
  ...ind(D_SHEET, name, unit, target, actual, more),
  targetSource: 'final',
});

const familyD: Holdout2Workbook = {
  name: 'r5-keikan-keikaku-shinko-kanri',
  layout: '景観計画 進行管理表: 指標, 単位, 指標の説明, 現況（計画策定時） with its year, 目標（R9）, 実績 with its year, 目指す方向 (減少), a 「－」 actual',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 30, 7, 34, 16, 10, 20, 10, 18]);
    merge(ws, 1, 1, 1, 9, '○○市景観計画　進行管理表（成果指標の点検）');
    merge(ws, 2, 1, 2, 9, '令和５年度実績による点検（令和６年７月　都市整備部都市計画課）');
    put(ws, 4, 1, ['No.', '指標', '単位', '指標の説明', '現況（計画策定時）', '目標（R9）', '実績', '目指す方向', '現状把握の方法']);
    PLAN.forEach((p, i) => {
      put(ws, 5 + i, 1, [i + 1, p.name, p.unit, p.desc, p.base, p.target, p.actual, p.dir, p.how]);
      ws.getCell(5 + i, 6).numFmt = p.unit === 'km' || p.unit === '％' ? '0.0' : '#,##0';
    });
    wrap(ws, 4, 1, 4 + PLAN.length, 9);
    box(ws, 4, 1, 4 + PLAN.length, 9);
  },
  expected: {
    file: 'r5-keikan-keikaku-shinko-kanri.xlsx',
    fiscalYear: 2023,
    indicators: [
      dInd('景観重要建造物の指定件数', '件', 12, 9),
      dInd('景観協定締結地区数', '地区', 10, 5),
      dInd('違反屋外広告物の是正件数', '件', 100, 112),
      dInd('屋外広告物の違反件数', '件', 150, 174, { direction: 'down' }),
      dInd('景観に配慮したまちなみだと感じる市民の割合', '％', 55, null, { actualStatus: 'not-applicable' }),
      dInd('景観まちづくり講座参加者数', '人', 200, 183),
      dInd('無電柱化整備延長', 'km', 4, 3.1),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [familyA, familyB, familyC, familyD];
