/** Hold-out 191, the four known families as a 健康福祉部 (介護・福祉人材) office writes them. */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const numFmt = (ws: Worksheet, r1: number, c1: number, r2: number, c2: number, fmt: string) => {
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).numFmt = fmt;
};

// ---------------------------------------------------------------- A: 基本施策評価シート, blocks stacked one under another
interface Block {
  no: string;
  name: string;
  desc: string;
  unit: string;
  way: string;
  actual: (number | null)[];
  expect: (number | null)[];
  note: string;
}

const A_BLOCKS: Block[] = [
  {
    no: '指標①',
    name: '市内介護サービス事業所の介護職員数',
    desc: '市内の介護サービス事業所に勤務する介護職員の実人数（各年度10月1日現在、介護サービス施設・事業所調査より）',
    unit: '人',
    way: '↑ 増加',
    actual: [2312, 2335, 2368, 2386, null, null],
    expect: [null, 2350, 2400, 2450, 2500, 2550],
    note: '新規採用は増えているが、訪問系を中心に退職者も多く、増加は緩やか。',
  },
  {
    no: '指標②',
    name: '介護職員初任者研修受講費助成件数',
    desc: '市の助成制度を利用して介護職員初任者研修を修了した者の数',
    unit: '件',
    way: '↑ 増加',
    actual: [18, 25, 38, 46, null, null],
    expect: [null, 25, 32, 40, 45, 50],
    note: '事業所への個別周知により申請が増加した。',
  },
  {
    no: '指標③',
    name: '介護職員の離職率',
    desc: '市内介護事業所の介護職員のうち、当該年度中に離職した者の割合（市独自の事業所実態調査）',
    unit: '％',
    way: '↓ 減少',
    actual: [16.4, 16.0, 15.1, 15.8, null, null],
    expect: [null, 15.5, 14.8, 14.0, 13.5, 13.0],
    note: 'R5は前年度より0.7ポイント悪化。他産業の賃上げの影響とみられる。',
  },
  {
    no: '指標④',
    name: '福祉人材バンクを通じた就職者数',
    desc: '市社会福祉協議会の福祉人材バンクへの求職登録者のうち、市内の福祉・介護事業所に就職した者の数',
    unit: '人',
    way: '↑ 増加',
    actual: [41, 45, 38, 33, null, null],
    expect: [null, 50, 55, 60, 65, 70],
    note: '求職登録者数自体が減少しており、期待値を大きく下回った。',
  },
  {
    no: '指標⑤',
    name: '介護の仕事魅力発信イベント参加者数',
    desc: '「介護の日」フェア、職場見学バスツアー等、介護の仕事の魅力を発信するイベントへの延べ参加者数',
    unit: '人',
    way: '↑ 増加',
    actual: [320, 410, 580, 612, null, null],
    expect: [null, 500, 650, 800, 900, 1000],
    note: 'R2は新型コロナウイルス感染症の影響により規模を縮小して開催。',
  },
];

function buildPolicy(ws: Worksheet): void {
  widths(ws, [12, 9, 11, 11, 11, 11, 11, 11, 10, 10, 10, 12, 8, 8]);
  merge(ws, 1, 1, 1, 14, '令和５年度　基本施策評価シート（事後評価）');
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  merge(ws, 2, 1, 2, 14, '評価対象期間：令和５年度（令和５年４月１日～令和６年３月31日）');
  put(ws, 3, 1, ['基本方針']);
  merge(ws, 3, 2, 3, 7, '３　誰もが支え合い、安心して暮らせるまち');
  put(ws, 3, 8, ['担当\n部等']);
  merge(ws, 3, 9, 3, 10, '健康福祉部\n（長寿介護課・福祉総務課）');
  put(ws, 3, 11, [undefined, '達成状況\n（対象：R5）', 'B', '（C）']);
  put(ws, 4, 1, ['基本施策']);
  merge(ws, 4, 2, 4, 7, '３－２　介護・福祉人材の確保と定着');
  merge(ws, 4, 8, 4, 14, '評価項目　A：順調　B：概ね順調　C：やや遅れている　D：遅れている　（　）内は前年度評価');
  put(ws, 5, 1, ['施策の\n方向']);
  merge(
    ws,
    5,
    2,
    5,
    14,
    '高齢化の進展により介護需要が増大する一方、生産年齢人口の減少により介護・福祉人材の不足が深刻化していることから、新たな人材の参入促進、資格取得支援、職場環境の改善による定着促進に取り組みます。',
  );
  ws.getRow(5).height = 45;
  box(ws, 3, 1, 5, 14);
  wrap(ws, 3, 1, 5, 14);

  let r = 7;
  for (const b of A_BLOCKS) {
    put(ws, r, 1, ['成果指標', b.no]);
    merge(ws, r, 3, r, 6, b.name);
    put(ws, r, 7, ['単位', b.unit, '目指す方向', b.way]);
    put(ws, r + 1, 1, ['指標の説明']);
    merge(ws, r + 1, 2, r + 1, 14, b.desc);
    merge(ws, r + 2, 1, r + 2, 2, '区分');
    put(ws, r + 2, 3, ['R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
    merge(ws, r + 2, 9, r + 2, 14, '備考');
    merge(ws, r + 3, 1, r + 3, 2, '実績値');
    put(ws, r + 3, 3, b.actual);
    merge(ws, r + 4, 1, r + 4, 2, '期待値\n※R7は目標値');
    put(ws, r + 4, 3, b.expect);
    merge(ws, r + 3, 9, r + 4, 14, b.note);
    numFmt(ws, r + 3, 3, r + 4, 8, b.unit === '％' ? '0.0' : '#,##0');
    box(ws, r, 1, r + 4, 14);
    wrap(ws, r, 1, r + 4, 14);
    ws.getRow(r + 1).height = 30;
    ws.getRow(r + 4).height = 30;
    r += 6;
  }
  put(ws, r, 1, ['※実績値は各担当課調べ。R6以降の実績値は翌年度の評価時に記入する。']);
}

const A_GRADES = [
  ind('3-2', '市内介護サービス事業所の介護職員数', '人', 2450, 2386),
  ind('3-2', '介護職員初任者研修受講費助成件数', '件', 40, 46),
  ind('3-2', '介護職員の離職率', '％', 14.0, 15.8, { direction: 'down' }),
  ind('3-2', '福祉人材バンクを通じた就職者数', '人', 60, 33),
  ind('3-2', '介護の仕事魅力発信イベント参加者数', '人', 800, 612),
];

const policySheet: Holdout2Workbook = {
  name: 'h191-kaigo-jinzai-shisaku',
  layout: 'A: one 基本施策 sheet, five indicator blocks stacked down (not tiled), 目指す方向 ↑/↓ per block, R2 現状値, 期待値 to R7',
  build(wb) {
    buildPolicy(wb.addWorksheet('3-2'));
  },
  expected: {
    file: 'h191-kaigo-jinzai-shisaku.xlsx',
    fiscalYear: 2023,
    indicators: A_GRADES,
    groups: [{ sheet: '3-2', cell: 'M3', grade: rollUp(A_GRADES.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------- B: 事業実績 (資料2), targets and actuals as text
const B_ROWS: [string, string, string, string, string, string, string, string][] = [
  [
    '1-1',
    '介護職員初任者研修受講支援事業',
    '市内の介護事業所に就労する者又は就労予定の者の初任者研修受講費を助成する。',
    '受講者数 22人',
    '受講者数 30人',
    '受講者数 27人',
    'A',
    '継続',
  ],
  [
    '1-2',
    '介護福祉士実務者研修受講費補助金',
    '実務者研修の受講費用の2分の1（上限10万円）を補助する。',
    '補助件数 17件',
    '補助件数 20件',
    '補助件数 24件',
    'A',
    '拡充',
  ],
  [
    '1-3',
    '外国人介護人材受入支援事業',
    '技能実習生・特定技能外国人を受け入れる事業所に、住居借上げ・日本語学習経費を補助する。',
    '技能実習生:7人\n特定技能:3人',
    '技能実習生:12人\n特定技能:8人',
    '技能実習生:9人\n特定技能:10人',
    'B',
    '継続',
  ],
  ['2-1', '介護の仕事出前講座', '市内中学校・高等学校に現役介護職員を派遣し、介護の仕事を紹介する。', '開催回数 6回', '開催回数 10回', '未実施', 'D', '見直し'],
  [
    '2-2',
    '福祉人材就職相談会開催事業',
    'ハローワーク・社会福祉協議会と共催で、福祉・介護職の就職相談会を開催する。',
    '相談件数 312件',
    '相談件数 360件',
    '相談件数 298件',
    'B',
    '継続',
  ],
  [
    '3-1',
    '介護職員宿舎借上げ支援事業補助金',
    '介護職員用の宿舎を借り上げる事業所に、家賃の一部を補助する。（R5新規）',
    '－',
    '補助事業所数 8事業所',
    '補助事業所数 5事業所',
    'C',
    '継続',
  ],
  [
    '3-2',
    '潜在介護福祉士復職支援研修事業',
    '資格を持ちながら介護職に就いていない者を対象に、復職に向けた研修と職場体験を行う。',
    '修了者 9名',
    '修了者 15名',
    '修了者 6名',
    'C',
    '見直し',
  ],
  [
    '3-3',
    '介護ロボット・ICT導入支援補助金',
    '見守りセンサー、介護記録ソフト等の導入経費を補助する。',
    '導入事業所 9事業所',
    '導入事業所 12事業所',
    '導入事業所 14事業所',
    'A',
    '継続',
  ],
];

function buildProjects(ws: Worksheet): void {
  widths(ws, [6, 44, 16, 18, 18, 8, 34, 10]);
  put(ws, 1, 8, ['資料２']);
  merge(ws, 2, 1, 2, 8, '令和５年度　介護・福祉人材確保推進事業　事業実績');
  ws.getCell(2, 1).font = { bold: true, size: 13 };
  put(ws, 3, 1, ['（健康福祉部　長寿介護課・福祉総務課）']);
  put(ws, 5, 1, ['No.', '推進事業', 'R4年度実績値', 'R5年度数値目標', 'R5年度実績値', '自己評価', '成果・課題', '今後の方向性']);
  const notes = [
    '受講者は増加したが、目標には届かなかった。',
    '制度周知が進み、目標を上回った。',
    '特定技能は目標を上回ったが、技能実習生は入国遅延があった。',
    '講師となる介護職員の派遣調整がつかず、実施できなかった。',
    '来場者が前年度より減少した。',
    '新規事業のため周知が不十分であった。',
    '参加者が少なく、実施方法の見直しが必要。',
    '見守りセンサーの導入が多かった。',
  ];
  B_ROWS.forEach(([code, name, gist, r4, target, actual, self, way], i) => {
    const r = 6 + i;
    put(ws, r, 1, [i + 1, `${code}\n${name}\n${gist}`, r4, target, actual, self, notes[i], way]);
    ws.getRow(r).height = 54;
  });
  box(ws, 5, 1, 13, 8);
  wrap(ws, 5, 1, 13, 8);
  put(ws, 15, 1, ['※自己評価　A：目標を達成　B：目標の8割以上を達成　C：目標の6割以上を達成　D：目標の6割未満又は未実施']);
  put(ws, 16, 1, ['※今後の方向性　拡充／継続／見直し／縮小／廃止／終了']);
}

const B_SHEET = '資料2';
const projects: Holdout2Workbook = {
  name: 'h191-fukushi-jinzai-jigyo-jisseki',
  layout:
    'B: one row per 推進事業 (code, name, 概要 in one cell), R5 目標/実績 as text with 事業所/名/件, two measures in one cell, 未実施, R4 text column beside',
  build(wb) {
    buildProjects(wb.addWorksheet(B_SHEET));
  },
  expected: {
    file: 'h191-fukushi-jinzai-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '介護職員初任者研修受講支援事業', '人', 30, 27, { existing: 'A' }),
      ind(B_SHEET, '介護福祉士実務者研修受講費補助金', '件', 20, 24, { existing: 'A' }),
      {
        sheet: B_SHEET,
        name: '外国人介護人材受入支援事業',
        measures: [
          { label: '技能実習生', target: 12, actual: 9, unit: '人' },
          { label: '特定技能', target: 8, actual: 10, unit: '人' },
        ],
        existing: 'B',
        grade: 'C',
      },
      ind(B_SHEET, '介護の仕事出前講座', '回', 10, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, '福祉人材就職相談会開催事業', '件', 360, 298, { existing: 'B' }),
      ind(B_SHEET, '介護職員宿舎借上げ支援事業補助金', '事業所', 8, 5, { existing: 'C' }),
      ind(B_SHEET, '潜在介護福祉士復職支援研修事業', '名', 15, 6, { existing: 'C' }),
      ind(B_SHEET, '介護ロボット・ICT導入支援補助金', '事業所', 12, 14, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- C: KPI table, 目標値/実績値 rows per KPI, 年3月末 columns
const C_KPIS: [string, string, (string | undefined)[], (string | undefined)[], string][] = [
  ['介護職員就職支援金交付者数', '人', ['-', '30 人', '40 人', '50 人'], ['24 人', '35 人', '43 人', undefined], '長寿介護課'],
  ['市の支援を通じた介護事業所への新規就労者数', '人', ['-', '100 人', '120 人', '140 人'], ['88 人', '104 人', '96 人', undefined], '長寿介護課'],
  [
    '介護職員合同就職面接会参加事業所数',
    '事業所',
    ['-', '22 事業所', '25 事業所', '28 事業所'],
    ['18 事業所', '21 事業所', '17 事業所', undefined],
    '商工労働課',
  ],
  ['外国人介護人材の受入れ数', '人', ['-', '20 人', '30 人', '40 人'], ['11 人', '15 人', '18 人', undefined], '長寿介護課'],
  ['介護職員キャリアアップ研修修了者数', '人', ['-', '130 人', '150 人', '170 人'], ['121 人', '140 人', '162 人', undefined], '長寿介護課'],
];

function buildKpi(ws: Worksheet): void {
  widths(ws, [38, 9, 14, 14, 14, 14, 12, 24]);
  merge(ws, 1, 1, 1, 8, '第２期総合戦略　基本目標２「介護・福祉人材の確保と定着」　重要業績評価指標（KPI）の進捗状況');
  ws.getCell(1, 1).font = { bold: true };
  put(ws, 2, 1, ['令和６年度検証（令和７年３月末現在）']);
  put(ws, 4, 1, ['KPI', '区分', '令和5年3月末\n（基準値）', '令和6年3月末', '令和7年3月末', '令和8年3月末\n（目標年次）', '担当課', '備考']);
  C_KPIS.forEach(([name, , targets, actuals, office], i) => {
    const r = 5 + 2 * i;
    merge(ws, r, 1, r + 1, 1, name);
    put(ws, r, 2, ['目標値', ...targets]);
    put(ws, r + 1, 2, ['実績値', ...actuals]);
    merge(ws, r, 7, r + 1, 7, office);
  });
  ws.getCell(11, 8).value = '入国手続きの遅れにより、受入れが翌年度にずれ込んだ事業所がある。';
  box(ws, 4, 1, 14, 8);
  wrap(ws, 4, 1, 14, 8);
  put(ws, 16, 1, ['※実績値は各年3月末時点の累計ではなく、各年度中の実績。']);
}

const kpi: Holdout2Workbook = {
  name: 'h191-kaigo-kpi-kensho',
  layout:
    'C: KPI × 年3月末 columns, 目標値/実績値 rows with the KPI name merged over both, values "40 人"/"17 事業所", 基準値 column with "-" targets; fiscal 2024',
  build(wb) {
    buildKpi(wb.addWorksheet('KPI'));
  },
  expected: {
    file: 'h191-kaigo-kpi-kensho.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('KPI', '介護職員就職支援金交付者数', '人', 40, 43),
      ind('KPI', '市の支援を通じた介護事業所への新規就労者数', '人', 120, 96),
      ind('KPI', '介護職員合同就職面接会参加事業所数', '事業所', 25, 17),
      ind('KPI', '外国人介護人材の受入れ数', '人', 30, 18),
      ind('KPI', '介護職員キャリアアップ研修修了者数', '人', 150, 162),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- D: plan indicators, 現況 with its year, 目標（R8）, 実績 with its year
const D_SHEET = '計画の指標';
function buildPlan(ws: Worksheet): void {
  widths(ws, [5, 34, 40, 7, 14, 12, 14, 30]);
  merge(ws, 1, 1, 1, 8, '福祉人材確保・定着推進計画（令和４年度～令和８年度）　計画指標の点検評価（令和５年度実績）');
  ws.getCell(1, 1).font = { bold: true };
  put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標（R8）', '実績', '現状把握の方法']);
  const rows: (string | number)[][] = [
    [
      1,
      '市内介護職員数',
      '市内の介護サービス事業所に勤務する介護職員数',
      '人',
      '2,310\n（令和2年度）',
      2600,
      '2,418\n（令和5年度）',
      '介護サービス施設・事業所調査',
    ],
    [
      2,
      '介護福祉士資格取得支援者数',
      '市の補助を活用して介護福祉士資格を取得した者の数（令和3年度からの累計）',
      '人',
      '45\n（令和3年度）',
      200,
      '158\n（令和5年度）',
      '補助金交付実績',
    ],
    [
      3,
      '介護職員の定着率',
      '前年度に在籍した介護職員のうち、当該年度末も在籍している者の割合',
      '％',
      '82.4\n（令和2年度）',
      88.0,
      '86.1\n（令和5年度）',
      '事業所実態調査（市独自）',
    ],
    [
      4,
      '福祉・介護分野への就職を希望する市内高校生数',
      '市内高校3年生の進路希望調査で福祉・介護分野を希望した生徒数',
      '人',
      '38\n（令和3年度）',
      60,
      '64\n（令和5年度）',
      '市内高等学校への照会',
    ],
    [
      5,
      '訪問介護員養成研修修了者数',
      '市内で実施された訪問介護員（ホームヘルパー）養成研修の修了者数',
      '人',
      '22\n（令和2年度）',
      40,
      '集計中',
      '県からの提供データ',
    ],
    [
      6,
      '処遇改善加算取得事業所の割合',
      '介護職員処遇改善加算（いずれかの区分）を取得している市内事業所の割合',
      '％',
      '88.5\n（令和2年度）',
      95.0,
      '96.2\n（令和5年度）',
      '介護保険事業状況報告',
    ],
  ];
  rows.forEach((row, i) => put(ws, 4 + i, 1, row));
  numFmt(ws, 4, 6, 9, 6, '#,##0.0');
  ws.getCell(4, 6).numFmt = '#,##0';
  ws.getCell(5, 6).numFmt = '#,##0';
  ws.getCell(7, 6).numFmt = '#,##0';
  ws.getCell(8, 6).numFmt = '#,##0';
  box(ws, 3, 1, 9, 8);
  wrap(ws, 3, 1, 9, 8);
  for (let r = 4; r <= 9; r++) ws.getRow(r).height = 36;
  put(ws, 11, 1, ['※訪問介護員養成研修修了者数の令和5年度実績は、県の集計を待って次回報告する。']);
}

const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });
const plan: Holdout2Workbook = {
  name: 'h191-fukushi-keikaku-shihyo',
  layout: 'D: plan indicators with 単位 column, 現況 and 実績 with their year in the cell, 目標（R8） only (no R5 target), one 実績 集計中',
  build(wb) {
    buildPlan(wb.addWorksheet(D_SHEET));
  },
  expected: {
    file: 'h191-fukushi-keikaku-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(D_SHEET, '市内介護職員数', '人', 2600, 2418)),
      final(ind(D_SHEET, '介護福祉士資格取得支援者数', '人', 200, 158)),
      final(ind(D_SHEET, '介護職員の定着率', '％', 88.0, 86.1)),
      final(ind(D_SHEET, '福祉・介護分野への就職を希望する市内高校生数', '人', 60, 64)),
      final(ind(D_SHEET, '訪問介護員養成研修修了者数', '人', 40, null, { actualStatus: 'pending' })),
      final(ind(D_SHEET, '処遇改善加算取得事業所の割合', '％', 95.0, 96.2)),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projects, kpi, plan];
