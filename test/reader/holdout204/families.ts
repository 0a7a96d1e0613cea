/**
 * Hold-out 204, the four known families as a デジタル推進課 (digital divide, smartphone classes, online procedures) writes them:
 * A a 施策評価シート with stacked indicator blocks (実績値 / 期待値 / 目標値 rows, 目指す方向), B a 事業実績 table with text
 * figures, C a KPI table with 目標値 / 実績値 rows per 年度 column, D a plan-indicator table (現況 with its year, 目標（R8）, 実績).
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- A: 施策評価シート (FY2023)
const A_SHEET = '2-4';
const A_BLOCKS: {
  no: string;
  name: string;
  desc: string;
  unit: string;
  dir: '増加 ↑' | '減少 ↓';
  actual: (number | string | null)[];
  expect: (number | null)[];
  goal: number;
  note: string;
}[] = [
  {
    no: '①',
    name: 'スマートフォン教室の受講者数（延べ人数）',
    desc: '市が開催するスマートフォン教室（初心者・応用）の年間延べ受講者数',
    unit: '人',
    dir: '増加 ↑',
    actual: [320, 410, 760, 1086, null, null],
    expect: [null, 500, 800, 1200, 1350, null],
    goal: 1500,
    note: '地区公民館12館で開催。R5から応用コース（マイナポータル操作）を追加',
  },
  {
    no: '②',
    name: 'オンライン申請件数（電子申請システム経由）',
    desc: '市の電子申請システム（スマート申請）で受け付けた市の手続の年間件数',
    unit: '件',
    dir: '増加 ↑',
    actual: [2140, 3950, 6480, 9412, null, null],
    expect: [null, 3500, 5500, 8000, 10000, null],
    goal: 12000,
    note: '',
  },
  {
    no: '③',
    name: 'オンラインで手続可能な行政手続の割合',
    desc: '市の申請・届出等の手続のうち、オンラインで完結できるものの割合',
    unit: '％',
    dir: '増加 ↑',
    actual: [18.0, 27.5, 39.2, 48.5, null, null],
    expect: [null, 30, 45, 60, 70, null],
    goal: 80,
    note: '',
  },
  {
    no: '④',
    name: '市民課窓口の平均待ち時間',
    desc: '市民課窓口における受付から交付までの平均待ち時間（3月の繁忙期を除く抽出調査）',
    unit: '分',
    dir: '減少 ↓',
    actual: [42, 40, 36, 31, null, null],
    expect: [null, 38, 30, 20, 18, null],
    goal: 15,
    note: '書かない窓口の対象手続拡大により短縮を図る',
  },
  {
    no: '⑤',
    name: 'デジタル活用支援員の登録者数',
    desc: '地域でスマホ操作等を教えるボランティア（市養成講座修了者）の登録者数（各年度末）',
    unit: '人',
    dir: '増加 ↑',
    actual: ['－', '－', 8, 22, null, null],
    expect: [null, null, null, null, null, null],
    goal: 40,
    note: 'R4新設の指標のため、各年度の期待値は設定していない（R7目標値のみ）',
  },
];

const A_POLICY: Holdout2Workbook = {
  name: 'h204-a-shisaku-stacked',
  layout: 'policy sheet with indicator blocks stacked down one column: 実績値 / 期待値 / 目標値 rows, 目指す方向 per block, R2 基準値',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [14, 8, 11, 11, 11, 11, 11, 13]);
    merge(ws, 1, 1, 1, 8, '令和６年度　施策評価シート（評価対象年度：令和５年度）');
    put(ws, 3, 1, ['政　策']);
    merge(ws, 3, 2, 3, 8, '２　安心して便利に暮らせるまちづくり');
    put(ws, 4, 1, ['施　策']);
    merge(ws, 4, 2, 4, 8, '2-4　誰一人取り残さないデジタル社会の実現');
    put(ws, 5, 1, ['主管課']);
    merge(ws, 5, 2, 5, 4, '企画部　デジタル推進課');
    put(ws, 5, 5, ['関係課']);
    merge(ws, 5, 6, 5, 8, '市民課、長寿福祉課、生涯学習課');
    box(ws, 3, 1, 5, 8);
    merge(ws, 7, 1, 7, 2, '施策の達成状況');
    put(ws, 7, 4, ['前年度評価', '（C）']);
    merge(ws, 7, 6, 7, 8, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
    box(ws, 7, 1, 7, 5);
    let r = 9;
    for (const b of A_BLOCKS) {
      put(ws, r, 1, [`成果指標${b.no}`]);
      merge(ws, r, 2, r, 6, b.name);
      put(ws, r, 7, ['目指す方向', b.dir]);
      put(ws, r + 1, 1, ['指標の説明']);
      merge(ws, r + 1, 2, r + 1, 8, b.desc);
      put(ws, r + 2, 1, ['区分', '単位', 'R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標年度）']);
      put(ws, r + 3, 1, ['実績値', b.unit, ...b.actual]);
      put(ws, r + 4, 1, ['期待値', b.unit, ...b.expect]);
      put(ws, r + 5, 1, ['目標値', b.unit]);
      ws.getCell(r + 5, 8).value = b.goal;
      put(ws, r + 6, 1, ['備　考']);
      merge(ws, r + 6, 2, r + 6, 8, b.note);
      wrap(ws, r + 2, 1, r + 2, 8);
      box(ws, r, 1, r + 6, 8);
      r += 8;
    }
    put(ws, r, 1, ['施策の評価']);
    merge(
      ws,
      r,
      2,
      r + 2,
      8,
      'スマホ教室の受講者・オンライン申請件数は増加したが、手続のオンライン化率と窓口待ち時間は期待値に届かなかった。\n支援員の登録は養成講座の修了者が伸び悩んでいる。',
    );
    put(ws, r + 3, 1, ['今後の方向性']);
    merge(ws, r + 3, 2, r + 4, 8, '書かない窓口の対象手続を拡大し、支援員の養成講座を年2回に増やす。');
    box(ws, r, 1, r + 4, 8);
  },
  expected: {
    file: 'h204-a-shisaku-stacked.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(A_SHEET, 'スマートフォン教室の受講者数（延べ人数）', '人', 1200, 1086),
      ind(A_SHEET, 'オンライン申請件数（電子申請システム経由）', '件', 8000, 9412),
      ind(A_SHEET, 'オンラインで手続可能な行政手続の割合', '％', 60, 48.5),
      ind(A_SHEET, '市民課窓口の平均待ち時間', '分', 20, 31, { direction: 'down' }),
      { ...ind(A_SHEET, 'デジタル活用支援員の登録者数', '人', 40, 22), targetSource: 'final' },
    ],
    // B (1086/1200 = 90.5 %), A, B (80.8 %), C (20/31 = 64.5 %), D (22/40 = 55 %): points 13/5 = 2.6 → 3 → B
    groups: [{ sheet: A_SHEET, cell: 'C7', grade: rollUp(['B', 'A', 'B', 'C', 'D']) }],
  },
};

// ---------------------------------------------------------------- B: 事業実績 (FY2023)
const B_SHEET = '事業実績';
type BRow = [string, string, string, string, string, string, string, string] | string;
const B_ROWS: BRow[] = [
  '基本方針１　デジタル機器に触れる機会の確保',
  [
    '1',
    '1-1-1 スマートフォン初心者教室開催事業\n【概要】スマートフォンを持っていない、又は使い始めたばかりの高齢者を対象に、基本操作の教室を地区公民館等で開催する。',
    '受講者数 298人',
    'A',
    '受講者数 360人',
    '受講者数 412人',
    '【成果】定員を超える申込があり追加開催した。\n【今後の方向性】拡充',
    '',
  ],
  [
    '2',
    '1-1-2 スマホ出張相談会事業\n【概要】携帯電話事業者と連携し、集会所等で個別相談会を開催する。',
    '相談件数 241件',
    'B',
    '相談件数 360件',
    '相談件数 287件',
    '【今後の方向性】継続',
    '',
  ],
  [
    '3',
    '1-1-3 高齢者スマートフォン購入費助成事業\n【概要】65歳以上の市民がスマートフォンを新たに購入する経費の一部（上限1万円）を助成する。',
    '',
    'C',
    '交付件数 150件',
    '交付決定 96件',
    '【課題】周知不足。\n【今後の方向性】見直し',
    '令和5年度新規',
  ],
  '基本方針２　地域で支え合う仕組みづくり',
  [
    '4',
    '2-1-1 デジタル活用支援員養成事業\n【概要】地域でスマホの使い方を教えるボランティアを養成する。',
    '修了者数 基礎講座:31人',
    'A',
    '修了者数 基礎講座:40人 実践講座:20人',
    '修了者数 基礎講座:35人 実践講座:21人',
    '【今後の方向性】継続',
    '',
  ],
  [
    '5',
    '2-1-2 地区公民館Wi-Fi環境整備事業\n【概要】スマホ教室の会場となる地区公民館に公衆無線LANを整備する。',
    '整備施設数 4か所',
    'D',
    '整備施設数 8か所',
    '未実施',
    '【今後の方向性】継続',
    '機器調達の遅れにより令和6年度へ繰越',
  ],
  '基本方針３　行政手続のオンライン化',
  [
    '6',
    '3-1-1 書かない窓口導入事業\n【概要】窓口で職員が聞き取り、申請書を作成する。',
    '対象手続数 12手続',
    'A',
    '対象手続数 30手続',
    '対象手続数 34手続',
    '【今後の方向性】拡充',
    '',
  ],
  [
    '7',
    '3-1-2 電子申請利用促進事業\n【概要】電子申請できる手続の周知、操作説明動画の配信。',
    '電子申請件数 3,108件',
    'A',
    '電子申請件数 5,000件',
    '電子申請受付件数 4,212件',
    '【今後の方向性】継続',
    '',
  ],
  [
    '8',
    '3-2-1 オンライン手続体験会開催事業\n【概要】マイナポータル等の操作を実機で体験する会を開催する。',
    '参加者数 143人',
    'B',
    '参加者数 200人',
    '参加者数 延べ188名',
    '【今後の方向性】継続',
    '',
  ],
  [
    '9',
    '3-2-2 電子申請利用者満足度調査事業\n【概要】電子申請の利用者にアンケートを行う。',
    '満足度 76.4％',
    '',
    '満足度 80％',
    '集計中',
    '【今後の方向性】継続',
    '令和6年6月集計完了予定',
  ],
];

const B_PROJECTS: Holdout2Workbook = {
  name: 'h204-b-jigyo-jisseki',
  layout: 'project table by 基本方針 section rows: targets and actuals as text with label and unit, two courses in one cell, 未実施, 集計中, 人 vs 名',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 46, 18, 8, 24, 24, 26, 22, 10]);
    merge(ws, 1, 1, 1, 8, '令和５年度　デジタルデバイド対策推進事業　実績報告');
    put(ws, 2, 6, ['（令和6年5月31日現在）']);
    put(ws, 4, 1, ['No.', '推進事業', 'R4年度実績値', '自己評価', 'R5年度数値目標', 'R5年度実績値', '成果・課題、今後の方向性', '備考', '担当係']);
    wrap(ws, 4, 1, 4, 9);
    let r = 5;
    for (const row of B_ROWS) {
      if (typeof row === 'string') merge(ws, r, 1, r, 8, row);
      else {
        put(
          ws,
          r,
          1,
          row.map((v) => (v === '' ? undefined : v)),
        );
        ws.getCell(r, 9).value = Number(row[0]) <= 5 ? '生涯学習係' : 'デジタル推進係';
        wrap(ws, r, 2, r, 8);
      }
      r++;
    }
    box(ws, 4, 1, r - 1, 9);
    ws.getColumn(9).hidden = true;
    put(ws, r + 1, 1, ['※自己評価　A：目標を達成　B：目標の8割以上　C：目標の6割以上　D：目標の6割未満又は未実施']);
    put(ws, r + 2, 1, ['※No.8の実績は延べ人数（同一人の複数回参加を含む）。']);
  },
  expected: {
    file: 'h204-b-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, 'スマートフォン初心者教室開催事業', '人', 360, 412, { existing: 'A' }),
      ind(B_SHEET, 'スマホ出張相談会事業', '件', 360, 287, { existing: 'B' }),
      ind(B_SHEET, '高齢者スマートフォン購入費助成事業', '件', 150, 96, { existing: 'C' }),
      {
        sheet: B_SHEET,
        name: 'デジタル活用支援員養成事業',
        measures: [
          { label: '基礎講座', target: 40, actual: 35, unit: '人' },
          { label: '実践講座', target: 20, actual: 21, unit: '人' },
        ],
        existing: 'A',
        grade: 'B',
      },
      ind(B_SHEET, '地区公民館Wi-Fi環境整備事業', 'か所', 8, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(B_SHEET, '書かない窓口導入事業', '手続', 30, 34, { existing: 'A' }),
      ind(B_SHEET, '電子申請利用促進事業', '件', 5000, 4212, { existing: 'A' }),
      ind(B_SHEET, 'オンライン手続体験会開催事業', '人', 200, 188, { existing: 'B' }),
      ind(B_SHEET, '電子申請利用者満足度調査事業', '％', 80, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- C: KPI table (FY2024)
const C_SHEET = 'KPI';
const C_KPIS: { goal: string; name: string; unit: string; target: (number | null)[]; actual: (number | null)[]; note: string }[] = [
  {
    goal: '基本目標１\n誰もがデジタルの恩恵を受けられるまち',
    name: 'スマホ教室受講者数',
    unit: '人',
    target: [400, 500, 600, 700],
    actual: [386, 522, 655, null],
    note: '',
  },
  {
    goal: '',
    name: 'デジタル活用支援員による相談対応件数',
    unit: '件',
    target: [null, null, 1000, 1200],
    actual: [null, 312, 566, null],
    note: 'R5は試行実施（10月開始）',
  },
  { goal: '', name: '公共施設の公衆無線LAN設置数', unit: 'か所', target: [20, 25, 30, 35], actual: [18, 26, 30, null], note: '' },
  {
    goal: '基本目標２\n行かなくてよい・書かなくてよい市役所',
    name: 'オンライン申請可能な手続数',
    unit: '手続',
    target: [80, 120, 150, 200],
    actual: [74, 116, 138, null],
    note: '',
  },
  {
    goal: '',
    name: 'マイナンバーカード交付率',
    unit: '％',
    target: [70, 80, 85, 90],
    actual: [64.8, 75.1, 79.6, null],
    note: '各年度末の交付枚数÷住民基本台帳人口',
  },
  { goal: '', name: '電子申請利用者の満足度', unit: '％', target: [75, 78, 80, 80], actual: [76.2, 79.0, 82.3, null], note: '電子申請完了画面のアンケート' },
];
const fmtC = (v: number | null, unit: string) =>
  v === null ? '-' : `${v.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: unit === '％' ? 1 : 0 })} ${unit}`;

const C_KPI: Holdout2Workbook = {
  name: 'h204-c-kpi-denen',
  layout: 'KPI table: 目標値 / 実績値 row pairs under merged 基本目標 cells, 令和X年度 columns with R7 最終, values as "600 人" text, "-" before the KPI began',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [20, 30, 8, 12, 12, 12, 14, 26]);
    merge(ws, 1, 1, 1, 8, '第２期デジタル田園都市国家構想総合戦略　重要業績評価指標（KPI）の進捗状況');
    merge(ws, 2, 1, 2, 8, '（令和６年度実績　令和７年６月 総合戦略推進会議資料）');
    put(ws, 4, 1, ['基本目標', 'KPI', '区分', '令和4年度', '令和5年度', '令和6年度', '令和7年度\n（最終年度）', '備考']);
    wrap(ws, 4, 1, 4, 8);
    let r = 5;
    let goalStart = 5;
    C_KPIS.forEach((k, i) => {
      if (k.goal) {
        goalStart = r;
        ws.getCell(r, 1).value = k.goal;
      }
      merge(ws, r, 2, r + 1, 2, k.name);
      put(ws, r, 3, ['目標値', ...k.target.map((v) => fmtC(v, k.unit))]);
      put(ws, r + 1, 3, ['実績値', ...k.actual.map((v, j) => (v === null && j === 3 ? undefined : fmtC(v, k.unit)))]);
      merge(ws, r, 8, r + 1, 8, k.note);
      r += 2;
      const next = C_KPIS[i + 1];
      if (!next || next.goal) {
        ws.mergeCells(goalStart, 1, r - 1, 1);
        ws.getCell(goalStart, 1).alignment = { wrapText: true, vertical: 'middle' };
      }
    });
    box(ws, 4, 1, r - 1, 8);
    put(ws, r + 1, 1, ['※「-」は当該年度に目標を設定していないもの。令和7年度の実績は令和8年度に検証する。']);
  },
  expected: {
    file: 'h204-c-kpi-denen.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(C_SHEET, 'スマホ教室受講者数', '人', 600, 655),
      ind(C_SHEET, 'デジタル活用支援員による相談対応件数', '件', 1000, 566),
      ind(C_SHEET, '公共施設の公衆無線LAN設置数', 'か所', 30, 30),
      ind(C_SHEET, 'オンライン申請可能な手続数', '手続', 150, 138),
      ind(C_SHEET, 'マイナンバーカード交付率', '％', 85, 79.6),
      ind(C_SHEET, '電子申請利用者の満足度', '％', 80, 82.3),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- D: plan indicators (FY2023)
const D_SHEET = '計画の指標';
const D_ROWS: [string, string, string, string, string, number, string | undefined, string][] = [
  [
    '1',
    '65歳以上のスマートフォン保有率',
    '％',
    '65歳以上の市民のうちスマートフォンを保有している人の割合',
    '62.4\n（令和3年度）',
    80,
    '71.8\n（令和5年度）',
    '高齢者実態調査（毎年）',
  ],
  [
    '2',
    'スマホ教室の延べ受講者数（計画期間累計）',
    '人',
    '計画期間中にスマホ教室を受講した延べ人数',
    '0\n（令和3年度）',
    3000,
    '1,640\n（令和5年度末）',
    '教室受講者名簿',
  ],
  [
    '3',
    '電子申請が可能な手続の割合',
    '％',
    '市の申請・届出手続のうち電子申請に対応したものの割合',
    '35.0\n（令和3年度）',
    70,
    '58.2\n（令和5年度）',
    '手続棚卸調査',
  ],
  [
    '4',
    '紙の申請書により受け付けた手続の割合',
    '％',
    '窓口・郵送で紙の申請書により受け付けた件数の割合。低いほど良い（減少を目指す指標）',
    '65.0\n（令和3年度）',
    30,
    '41.8\n（令和5年度）',
    '手続棚卸調査',
  ],
  [
    '5',
    '公衆無線LAN設置施設数',
    'か所',
    '公民館・図書館等の公共施設のうち無料Wi-Fiを設置した施設の数',
    '12\n（令和3年度末）',
    40,
    '40\n（令和5年度末）',
    '施設台帳',
  ],
  [
    '6',
    'デジタル機器の利用に不安を感じる市民の割合',
    '％',
    '「スマホやパソコンの利用に不安がある」と回答した市民の割合（減少を目指す指標）',
    '48.0\n（令和3年度）',
    35,
    undefined,
    '市民意識調査（隔年実施、次回は令和6年度）',
  ],
];

const D_PLAN: Holdout2Workbook = {
  name: 'h204-d-keikaku-shihyo',
  layout:
    'plan-indicator table with a 単位 column, 現況 and 実績 with their year in the cell, 目標（R8）, two lower-is-better indicators named only in 指標の説明',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 30, 6, 36, 14, 10, 14, 26]);
    merge(ws, 1, 1, 1, 8, '第２次地域情報化推進計画（令和４年度～令和８年度）　成果指標の点検評価（令和５年度）');
    put(ws, 3, 1, ['No.', '指標', '単位', '指標の説明', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    wrap(ws, 3, 1, 3, 8);
    D_ROWS.forEach((row, i) => {
      put(ws, 4 + i, 1, row);
      wrap(ws, 4 + i, 1, 4 + i, 8);
    });
    box(ws, 3, 1, 3 + D_ROWS.length, 8);
    put(ws, 11, 1, ['※実績は令和5年度の数値。No.6は隔年調査のため令和5年度は数値なし。']);
  },
  expected: {
    file: 'h204-d-keikaku-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(D_SHEET, '65歳以上のスマートフォン保有率', '％', 80, 71.8), targetSource: 'final' },
      { ...ind(D_SHEET, 'スマホ教室の延べ受講者数（計画期間累計）', '人', 3000, 1640), targetSource: 'final' },
      { ...ind(D_SHEET, '電子申請が可能な手続の割合', '％', 70, 58.2), targetSource: 'final' },
      { ...ind(D_SHEET, '紙の申請書により受け付けた手続の割合', '％', 30, 41.8, { direction: 'down' }), targetSource: 'final' },
      { ...ind(D_SHEET, '公衆無線LAN設置施設数', 'か所', 40, 40), targetSource: 'final' },
      { ...ind(D_SHEET, 'デジタル機器の利用に不安を感じる市民の割合', '％', 35, null, { direction: 'down', actualStatus: 'missing' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [A_POLICY, B_PROJECTS, C_KPI, D_PLAN];
