/**
 * Hold-out set 96, the four known families as prefectures and their regional offices write them: a 施策評価シート of the
 * 県's 政策評価 with stacked indicator blocks two across (R2（基準値）〜R7（目標値）, 実績値／期待値, 目指す方向, 圏域別 figures in
 * 備考), a 広域振興局's 重点施策推進事業 実績報告 with targets and actuals as text, a 総合計画 重点戦略 KPI table with 目標値／実績値
 * rows per 年度, 基準値（R2）, 令和7年度（中間目標） and 令和12年度（最終目標）, and a 地域振興計画（県北地域編）'s plan-indicator table
 * whose 国の統計 actuals carry the year of the survey.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const THIN = { style: 'thin' as const };

/** Thin borders round every cell of a block (1-based rows and columns). */
export function box(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++)
    for (let c = c1; c <= c2; c++) {
      const cell = ws.getCell(r, c);
      cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      cell.alignment = { wrapText: true, vertical: 'middle', ...(cell.alignment ?? {}) };
    }
}

/** Merges a block and writes its value in the top-left cell. */
export function merged(ws: Worksheet, r1: number, c1: number, r2: number, c2: number, value: string | number): void {
  if (r1 !== r2 || c1 !== c2) ws.mergeCells(r1, c1, r2, c2);
  if (value !== '') ws.getCell(r1, c1).value = value;
}

/** Column widths from A. */
export function widths(ws: Worksheet, w: number[]): void {
  w.forEach((x, i) => (ws.getColumn(i + 1).width = x));
}

/** A grey heading row. */
export function shade(ws: Worksheet, r: number, c1: number, c2: number): void {
  for (let c = c1; c <= c2; c++) {
    const cell = ws.getCell(r, c);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  }
}

/** The indicator with the target said to be the plan's final one (family D). */
const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

// ---------------------------------------------------------------------------------------------------------------------
// A: 施策評価シート, blocks two across, stacked three down

interface Block {
  no: string;
  name: string;
  description: string;
  unit: string;
  way: '増加' | '減少';
  actuals: (number | string | null)[];
  expected: (number | string | null)[];
  remark: string;
}

const YEARS = ['R2（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7（目標値）'];

function block(ws: Worksheet, top: number, left: number, b: Block): void {
  ws.getCell(top, left).value = b.no;
  merged(ws, top, left + 1, top, left + 6, b.name);
  ws.getCell(top, left + 1).font = { bold: true };
  ws.getCell(top + 1, left).value = '指標の説明';
  merged(ws, top + 1, left + 1, top + 1, left + 6, b.description);
  ws.getCell(top + 2, left).value = '単位';
  ws.getCell(top + 2, left + 1).value = b.unit;
  merged(ws, top + 2, left + 2, top + 2, left + 3, '目指す方向');
  ws.getCell(top + 2, left + 4).value = b.way;
  put(ws, top + 3, left, ['区分', ...YEARS]);
  shade(ws, top + 3, left, left + 6);
  put(ws, top + 4, left, ['実績値', ...b.actuals]);
  put(ws, top + 5, left, ['期待値\n※R7は目標値', ...b.expected]);
  ws.getCell(top + 6, left).value = '備考';
  merged(ws, top + 6, left + 1, top + 6, left + 6, b.remark);
  box(ws, top, left, top + 6, left + 6);
  ws.getRow(top + 6).height = 30;
}

function policySheet(wb: Workbook, sheet: string, policy: string, measure: string, dept: string, previous: string, blocks: Block[], comment: string): void {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [2, 14, 10, 9, 9, 9, 9, 11, 2, 14, 10, 9, 9, 9, 9, 11]);
  ws.getCell('B1').value = '令和５年度　施策評価シート（評価対象年度：令和５年度）';
  ws.getCell('B1').font = { bold: true, size: 14 };
  put(ws, 3, 2, ['政策分野']);
  merged(ws, 3, 3, 3, 8, policy);
  put(ws, 3, 10, ['達成状況評価']);
  ws.getCell(3, 12).value = previous;
  put(ws, 4, 2, ['施策']);
  merged(ws, 4, 3, 4, 8, measure);
  put(ws, 4, 10, ['主担当部局']);
  merged(ws, 4, 11, 4, 16, dept);
  box(ws, 3, 2, 4, 8);
  box(ws, 3, 10, 4, 11);
  ws.getCell(6, 2).value = '１　成果指標の状況';
  ws.getCell(6, 2).font = { bold: true };
  blocks.forEach((b, i) => block(ws, 7 + Math.floor(i / 2) * 8, i % 2 ? 10 : 2, b));
  const end = 7 + Math.ceil(blocks.length / 2) * 8;
  ws.getCell(end, 2).value = '２　施策の総合評価（評価の理由）';
  ws.getCell(end, 2).font = { bold: true };
  merged(ws, end + 1, 2, end + 3, 16, comment);
  box(ws, end + 1, 2, end + 3, 16);
  ws.getCell(end + 5, 2).value =
    '※達成状況評価　A：順調（指標の平均が3.5以上）　B：概ね順調（2.5以上）　C：やや遅れている（1.5以上）　D：遅れている（1.5未満）　（　）内は前年度の評価';
}

const IRYO: Block[] = [
  {
    no: '指標①',
    name: '県内の病院に勤務する医師数',
    description: '県内の病院（医育機関附属病院を含む）に常勤で勤務する医師の数（各年10月1日現在、病院報告）',
    unit: '人',
    way: '増加',
    actuals: [2415, 2431, 2458, 2472, null, null],
    expected: [null, 2440, 2465, 2490, 2515, 2540],
    remark: '圏域別（R5）：県北 612人　県央 1,358人　県南 502人',
  },
  {
    no: '指標②',
    name: '地域医療支援センターによる医師の配置数（累計）',
    description: '地域医療支援センターの調整により医師不足地域の病院に配置した医師の延べ数',
    unit: '人',
    way: '増加',
    actuals: [58, 71, 85, 97, null, null],
    expected: [null, 70, 82, 94, 106, 118],
    remark: 'R5配置：県北 7人、県南 5人',
  },
  {
    no: '指標③',
    name: '人口10万人当たり就業看護職員数',
    description: '就業している保健師・助産師・看護師・准看護師の人口10万人当たりの数（衛生行政報告例、隔年12月末）',
    unit: '人',
    way: '増加',
    actuals: [1302.4, '－', 1318.9, '－', null, null],
    expected: [null, 1315, 1330, 1345, 1360, 1375],
    remark: '隔年調査のため奇数年度は「－」（次回は令和6年末調査）',
  },
  {
    no: '指標④',
    name: '救急搬送で医療機関への受入照会が4回以上となった割合',
    description: '重症以上傷病者の救急搬送のうち、受入照会回数が4回以上の事案の割合',
    unit: '％',
    way: '減少',
    actuals: [3.8, 3.9, 4.1, 3.6, null, null],
    expected: [null, 3.6, 3.4, 3.2, 3.0, 2.8],
    remark: '県央圏域で照会回数が多い傾向',
  },
  {
    no: '指標⑤',
    name: '特定行為研修を修了した看護師数（累計）',
    description: '特定行為に係る看護師の研修制度による研修を修了し、県内で就業する看護師の数',
    unit: '人',
    way: '増加',
    actuals: [45, 58, 76, 92, null, null],
    expected: [null, 60, 80, 100, 120, 140],
    remark: '',
  },
];

const KENKO: Block[] = [
  {
    no: '指標①',
    name: '特定健康診査受診率',
    description: '県内の医療保険者が実施する特定健康診査の受診率（法定報告）',
    unit: '％',
    way: '増加',
    actuals: [52.1, 53.8, 55.2, 56.9, null, null],
    expected: [null, 54.0, 56.0, 58.0, 60.0, 62.0],
    remark: '保健所圏域別では県北圏域が最も低い（51.4％）',
  },
  {
    no: '指標②',
    name: '75歳未満のがんの年齢調整死亡率',
    description: '人口10万人当たり、75歳未満のがんによる年齢調整死亡率（国立がん研究センター）',
    unit: '人口10万対',
    way: '減少',
    actuals: [73.2, 72.0, 70.3, 69.5, null, null],
    expected: [null, 71.5, 69.8, 68.1, 66.4, 64.7],
    remark: '',
  },
  {
    no: '指標③',
    name: '健康経営優良法人の認定数',
    description: '経済産業省の健康経営優良法人（大規模法人部門・中小規模法人部門）に認定された県内法人数',
    unit: '法人',
    way: '増加',
    actuals: [120, 175, 236, 301, null, null],
    expected: [null, 160, 200, 240, 280, 320],
    remark: '',
  },
  {
    no: '指標④',
    name: '運動習慣のある者の割合（20～64歳）',
    description: '1回30分以上の運動を週2回以上、1年以上継続している者の割合（県民健康・栄養調査）',
    unit: '％',
    way: '増加',
    actuals: [22.0, 21.4, 20.6, 19.8, null, null],
    expected: [null, 24.0, 26.0, 28.0, 30.0, 32.0],
    remark: '',
  },
];

const F1_1 = [
  ind('施策3-1', '県内の病院に勤務する医師数', '人', 2490, 2472),
  ind('施策3-1', '地域医療支援センターによる医師の配置数（累計）', '人', 94, 97),
  ind('施策3-1', '人口10万人当たり就業看護職員数', '人', 1345, null, { actualStatus: 'not-applicable' }),
  ind('施策3-1', '救急搬送で医療機関への受入照会が4回以上となった割合', '％', 3.2, 3.6, { direction: 'down' }),
  ind('施策3-1', '特定行為研修を修了した看護師数（累計）', '人', 100, 92),
];
const F1_2 = [
  ind('施策3-2', '特定健康診査受診率', '％', 58, 56.9),
  ind('施策3-2', '75歳未満のがんの年齢調整死亡率', '人口10万対', 68.1, 69.5, { direction: 'down' }),
  ind('施策3-2', '健康経営優良法人の認定数', '法人', 240, 301),
  ind('施策3-2', '運動習慣のある者の割合（20～64歳）', '％', 28, 19.8),
];

const policySheets: Holdout2Workbook = {
  name: 'h96-fam-seisaku-shisaku-sheet',
  layout:
    'A: 県の施策評価シート 2枚, blocks two across and stacked (R2（基準値）〜R7（目標値）, 実績値／期待値), 目指す方向 増加／減少, a 隔年調査 「－」, 圏域別 figures in 備考, empty 達成状況評価 beside （B）／（C）',
  build(wb) {
    policySheet(
      wb,
      '施策3-1',
      'Ⅲ　健康・医療・福祉',
      '3-1　地域医療を担う医療人材の確保',
      '保健福祉部　医療政策室',
      '（B）',
      IRYO,
      '医師数・配置数は概ね期待値どおり推移しているが、救急搬送の受入照会や看護職員の確保には圏域間の差がある。',
    );
    policySheet(
      wb,
      '施策3-2',
      'Ⅲ　健康・医療・福祉',
      '3-2　健康寿命の延伸と生活習慣病の予防',
      '保健福祉部　健康国保課',
      '（C）',
      KENKO,
      '健康経営の取組は広がっているが、働く世代の運動習慣は低下が続いている。',
    );
  },
  expected: {
    file: 'h96-fam-seisaku-shisaku-sheet.xlsx',
    fiscalYear: 2023,
    indicators: [...F1_1, ...F1_2],
    groups: [
      { sheet: '施策3-1', cell: 'K3', grade: rollUp(F1_1.map((i) => i.grade)) },
      { sheet: '施策3-2', cell: 'K3', grade: rollUp(F1_2.map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// B: 広域振興局の重点施策推進事業 実績報告

const PROJECTS: [string, string, string, string, string, string, string, string][] = [
  [
    '新規就農者育成支援事業\n（概要）就農相談会の開催、研修受入農家への支援',
    '農業振興センター',
    '新規就農者数　38人',
    '新規就農者数　45人',
    '新規就農者数　41人',
    'B',
    '継続',
    '',
  ],
  [
    '農地集積加速化事業\n（概要）農地中間管理機構と連携した担い手への農地の集積・集約',
    '農林振興センター',
    '96.2ha',
    '担い手への農地集積面積　120ha',
    '98.5ha',
    'A',
    '拡充',
    '',
  ],
  ['地域産品販路拡大事業\n（概要）首都圏商談会への出展支援', '地域振興課', '38事業者', '商談会参加事業者数　40事業者', '46事業者', 'A', '継続', ''],
  [
    '観光地域づくり推進事業\n（概要）体験型観光のモニターツアーの実施',
    '商工観光課',
    '年2回',
    'モニターツアー　年4回',
    '3回実施',
    'B',
    '見直し',
    '1回は荒天のため中止',
  ],
  ['森林整備促進事業\n（概要）間伐・再造林への支援', '林務課', '704ha', '間伐実施面積　800ha', '612ha', 'C', '継続', ''],
  ['県産材利用促進事業\n（概要）公共建築物・住宅への県産材利用の支援', '林務課', '11.6千㎥', '県産材利用量　12.0千㎥', '13.4千㎥', 'A', '継続', ''],
  [
    '地域防災力強化事業\n（概要）自主防災組織リーダー研修会の開催',
    '土木センター',
    '4回',
    '研修会の開催　6回',
    '未実施（講師の調整がつかず次年度に延期）',
    'D',
    '見直し',
    '',
  ],
  ['河川堆積土除去事業\n（概要）県管理河川の堆積土の除去', '土木センター', '28,400㎥', '堆積土除去量　30,000㎥', '33,120㎥', 'A', '継続', ''],
  [
    '移住定住促進事業\n（概要）移住相談窓口の運営、移住体験ツアー',
    '地域振興課',
    '移住相談件数 286件／移住者数 52人',
    '移住相談件数 300件／移住者数 60人',
    '移住相談件数 342件／移住者数 48人',
    'B',
    '拡充',
    '',
  ],
  ['食品衛生監視指導事業\n（概要）飲食店・食品製造施設の監視指導', '保健所', '1,724件', '監視指導件数　1,800件', '1,652件', 'A', '継続', ''],
  ['がん検診受診促進事業\n（概要）職域・地域での出前講座', '保健所', '18回', '出前講座の開催　20回', '20回（延べ参加者612人）', 'A', '継続', ''],
  ['農業用水利施設保全事業\n（概要）基幹的水利施設の機能診断', '農村整備課', '11か所', '機能診断実施箇所数　15か所', '9か所', 'C', '継続', ''],
];

const S2 = '事業実績';
const projectResults: Holdout2Workbook = {
  name: 'h96-fam-shinkokyoku-jigyo',
  layout:
    'B: 広域振興局の重点施策推進事業 実績報告, one row per 事業 (name and （概要） in one cell, 担当所属), 令和4年度実績値 ｜ 令和5年度数値目標 ｜ 実績値 as text with units (ha, 千㎥, ㎥, 事業者, か所), one 未実施, two measures in one cell, A〜D legend',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    widths(ws, [5, 38, 14, 16, 26, 26, 9, 10, 18]);
    ws.getCell('A1').value = '令和５年度　県南広域振興局　重点施策推進事業　実績報告（自己評価）';
    ws.getCell('A1').font = { bold: true, size: 13 };
    ws.getCell('A2').value = '県南広域振興局　経営企画部';
    put(ws, 4, 1, [
      'No.',
      '事業名／概要',
      '担当所属',
      '令和４年度\n実績値',
      '令和５年度\n数値目標',
      '令和５年度\n実績値',
      '自己評価',
      '今後の\n方向性',
      '備考',
    ]);
    shade(ws, 4, 1, 9);
    ws.getRow(4).height = 32;
    PROJECTS.forEach((p, i) => {
      put(ws, 5 + i, 1, [i + 1, ...p.map((v) => (v === '' ? undefined : v))]);
      ws.getRow(5 + i).height = 32;
    });
    box(ws, 4, 1, 4 + PROJECTS.length, 9);
    const end = 6 + PROJECTS.length;
    ws.getCell(end, 1).value =
      '【自己評価】　A：目標を達成（100％以上）　B：概ね達成（80％以上100％未満）　C：一部達成（60％以上80％未満）　D：未達成（60％未満）';
    ws.getCell(end + 1, 1).value = '※未実施の事業はDとする。';
  },
  expected: {
    file: 'h96-fam-shinkokyoku-jigyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S2, '新規就農者育成支援事業', '人', 45, 41, { existing: 'B' }),
      ind(S2, '農地集積加速化事業', 'ha', 120, 98.5, { existing: 'A' }),
      ind(S2, '地域産品販路拡大事業', '事業者', 40, 46, { existing: 'A' }),
      ind(S2, '観光地域づくり推進事業', '回', 4, 3, { existing: 'B' }),
      ind(S2, '森林整備促進事業', 'ha', 800, 612, { existing: 'C' }),
      ind(S2, '県産材利用促進事業', '千㎥', 12, 13.4, { existing: 'A' }),
      ind(S2, '地域防災力強化事業', '回', 6, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(S2, '河川堆積土除去事業', '㎥', 30000, 33120, { existing: 'A' }),
      {
        sheet: S2,
        name: '移住定住促進事業',
        measures: [
          { label: '移住相談件数', target: 300, actual: 342, unit: '件' },
          { label: '移住者数', target: 60, actual: 48, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'B',
      },
      ind(S2, '食品衛生監視指導事業', '件', 1800, 1652, { existing: 'A' }),
      ind(S2, 'がん検診受診促進事業', '回', 20, 20, { existing: 'A' }),
      ind(S2, '農業用水利施設保全事業', 'か所', 15, 9, { existing: 'C' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// C: 総合計画 重点戦略 KPI, 目標値／実績値 rows per KPI, 年度 columns with 中間目標 and 最終目標

interface Kpi {
  strategy: string;
  name: string;
  unit: string;
  way: '↑' | '↓';
  base: number;
  targets: number[]; // R3..R7
  final: number;
  actuals: (number | string)[]; // R3..R5
  dept: string;
}

const KPIS: Kpi[] = [
  {
    strategy: '戦略１\n稼ぐ力の向上',
    name: '観光入込客数（延べ）',
    unit: '千人',
    way: '↑',
    base: 25310,
    targets: [28000, 30000, 32000, 34000, 36000],
    final: 40000,
    actuals: [21450, 27930, 31205],
    dept: '商工観光部',
  },
  {
    strategy: '',
    name: '県内総生産（名目）',
    unit: '億円',
    way: '↑',
    base: 47210,
    targets: [48000, 48500, 49000, 49500, 50000],
    final: 54000,
    actuals: [48120, '集計中', '集計中'],
    dept: '政策企画部',
  },
  {
    strategy: '',
    name: '製造品出荷額等',
    unit: '億円',
    way: '↑',
    base: 25180,
    targets: [25500, 26000, 27000, 27500, 28000],
    final: 30000,
    actuals: [25930, 26870, 26118],
    dept: '商工観光部',
  },
  {
    strategy: '',
    name: '再生可能エネルギー導入量',
    unit: '万kW',
    way: '↑',
    base: 168,
    targets: [180, 195, 210, 220, 230],
    final: 350,
    actuals: [176.2, 198.5, '224.6（速報値）'],
    dept: '環境生活部',
  },
  {
    strategy: '戦略２\n人の流れの創出',
    name: '県外からの移住者数',
    unit: '人',
    way: '↑',
    base: 1023,
    targets: [1300, 1650, 2000, 2250, 2500],
    final: 3000,
    actuals: [1402, 1877, 2364],
    dept: '地域振興部',
  },
  {
    strategy: '',
    name: '新規就農者数',
    unit: '人',
    way: '↑',
    base: 251,
    targets: [260, 280, 300, 310, 320],
    final: 350,
    actuals: [268, 259, 276],
    dept: '農林水産部',
  },
  {
    strategy: '戦略３\n安全・安心な暮らし',
    name: '人口10万人当たり刑法犯認知件数',
    unit: '件/10万人',
    way: '↓',
    base: 488.0,
    targets: [470, 445, 420, 400, 380],
    final: 330,
    actuals: [461.2, 472.8, 451.3],
    dept: '警察本部',
  },
  {
    strategy: '',
    name: '自殺死亡率',
    unit: '人/10万人',
    way: '↓',
    base: 19.8,
    targets: [18.5, 17.5, 16.5, 15.5, 14.5],
    final: 12.0,
    actuals: [18.1, 19.9, 19.2],
    dept: '保健福祉部',
  },
  {
    strategy: '',
    name: '担い手への農地集積率',
    unit: '％',
    way: '↑',
    base: 52.7,
    targets: [55.0, 58.5, 62.0, 65.0, 68.0],
    final: 80.0,
    actuals: [53.8, 51.0, 48.9],
    dept: '農林水産部',
  },
];

const S3 = '重点戦略KPI';
const kpiTable: Holdout2Workbook = {
  name: 'h96-fam-sogokeikaku-kpi',
  layout:
    'C: 県総合計画 重点戦略 KPI, 目標値／実績値 rows per KPI, 基準値（R2）, 令和3〜7年度 (R7 中間目標) and 令和12年度（最終目標）, 方向 ↑↓ with its legend, 集計中, 「（速報値）」, 千人・億円・万kW・件/10万人',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    widths(ws, [5, 16, 30, 10, 6, 8, 11, 10, 10, 10, 10, 12, 12, 12]);
    ws.getCell('A1').value = '○○県総合計画　重点戦略　ＫＰＩ進捗状況一覧（令和５年度実績）';
    ws.getCell('A1').font = { bold: true, size: 13 };
    ws.getCell('A2').value = '方向：↑は数値の増加、↓は数値の減少を目指すＫＰＩ';
    put(ws, 4, 1, [
      'No.',
      '重点戦略',
      'ＫＰＩ',
      '単位',
      '方向',
      '区分',
      '基準値\n（R2）',
      '令和3年度',
      '令和4年度',
      '令和5年度',
      '令和6年度',
      '令和7年度\n（中間目標）',
      '令和12年度\n（最終目標）',
      '担当部局',
    ]);
    shade(ws, 4, 1, 14);
    ws.getRow(4).height = 32;
    let r = 5;
    let strategy = '';
    let strategyTop = 5;
    KPIS.forEach((k, i) => {
      if (k.strategy) {
        if (strategy) merged(ws, strategyTop, 2, r - 1, 2, strategy);
        strategy = k.strategy;
        strategyTop = r;
      }
      merged(ws, r, 1, r + 1, 1, i + 1);
      merged(ws, r, 3, r + 1, 3, k.name);
      merged(ws, r, 4, r + 1, 4, k.unit);
      merged(ws, r, 5, r + 1, 5, k.way);
      put(ws, r, 6, ['目標値', null, ...k.targets, k.final]);
      put(ws, r + 1, 6, ['実績値', k.base, ...k.actuals]);
      merged(ws, r, 14, r + 1, 14, k.dept);
      r += 2;
    });
    merged(ws, strategyTop, 2, r - 1, 2, strategy);
    box(ws, 4, 1, r - 1, 14);
    ws.getCell(r + 1, 1).value = '※県内総生産は県民経済計算の公表（２年後）を待って記載する。';
    ws.getCell(r + 2, 1).value = '※令和７年度の目標値は前期実施計画の中間目標、令和12年度は計画最終年度の目標。';
  },
  expected: {
    file: 'h96-fam-sogokeikaku-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S3, '観光入込客数（延べ）', '千人', 32000, 31205),
      ind(S3, '県内総生産（名目）', '億円', 49000, null, { actualStatus: 'pending' }),
      ind(S3, '製造品出荷額等', '億円', 27000, 26118),
      { ...ind(S3, '再生可能エネルギー導入量', '万kW', 210, 224.6), actualStatus: 'provisional' },
      ind(S3, '県外からの移住者数', '人', 2000, 2364),
      ind(S3, '新規就農者数', '人', 300, 276),
      ind(S3, '人口10万人当たり刑法犯認知件数', '件/10万人', 420, 451.3, { direction: 'down' }),
      ind(S3, '自殺死亡率', '人/10万人', 16.5, 19.2, { direction: 'down' }),
      ind(S3, '担い手への農地集積率', '％', 62, 48.9),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// D: 地域振興計画（県北地域編） 指標の状況

const S4 = '県北地域';
const PLAN: [string, string, string, string, string, number, string, string][] = [
  ['1 産業', '県北地域の観光入込客数', '延べ観光入込客数（観光入込客統計、暦年）', '千人', '3,412\n（令和2年）', 5800, '4,926\n（令和5年）', '観光入込客統計'],
  ['', '県北地域の製造品出荷額等', '県北地域の事業所の製造品出荷額等', '億円', '2,845\n（令和元年）', 3200, '3,016\n（令和4年）', '経済構造実態調査'],
  ['', '新規就農者数（県北地域）', '県北地域で新たに就農した者の数（45歳未満）', '人', '38\n（令和2年度）', 55, '47\n（令和5年度）', '農業振興センター調べ'],
  ['', '森林経営計画の認定面積', '森林経営計画が認定された森林の面積', 'ha', '48,210\n（令和2年度末）', 56000, '51,880\n（令和5年度末）', '林務課調べ'],
  [
    '2 暮らし',
    '路線バスの利用者数',
    '管内の路線バス（広域路線・市町村コミュニティバス）の年間利用者数',
    '千人',
    '1,842\n（令和2年度）',
    2300,
    '1,971\n（令和5年度）',
    '交通事業者報告',
  ],
  [
    '',
    '空き家バンクの成約件数（累計）',
    '管内市町村の空き家バンクを通じた売買・賃貸の成約件数（平成28年度からの累計）',
    '件',
    '126\n（令和2年度末）',
    300,
    '312\n（令和5年度末）',
    '市町村調べ',
  ],
  ['', '管内の交通事故死者数', '管内で発生した交通事故による死者数（暦年）。減少を目指す。', '人', '14\n（令和2年）', 8, '11\n（令和5年）', '県警察本部調べ'],
  ['', '特定健康診査受診率（市町村国保）', '管内市町村国保の特定健康診査受診率', '％', '41.3\n（令和元年度）', 60.0, '49.8\n（令和4年度）', '法定報告'],
];

const planIndicators: Holdout2Workbook = {
  name: 'h96-fam-chiiki-keikaku-shihyo',
  layout:
    'D: 地域振興計画（県北地域編）の指標一覧, 単位 column, 現況 and 実績 with the year in the cell (暦年 and 年度, 二つの国の統計 one year older: 令和4年, 令和4年度), 目標（R8）, 把握方法; 令和5年度点検評価 in the title',
  build(wb) {
    const ws = wb.addWorksheet(S4);
    widths(ws, [10, 30, 40, 8, 14, 12, 14, 18]);
    ws.getCell('A1').value = '第２期○○県地域振興計画（県北地域編）　令和５年度点検評価　指標の状況';
    ws.getCell('A1').font = { bold: true, size: 13 };
    ws.getCell('A2').value = '計画期間：令和４年度～令和８年度　　県北地域振興局';
    put(ws, 4, 1, ['政策項目', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    shade(ws, 4, 1, 8);
    ws.getRow(4).height = 32;
    PLAN.forEach((p, i) => {
      put(ws, 5 + i, 2, p.slice(1));
      ws.getRow(5 + i).height = 32;
    });
    merged(ws, 5, 1, 8, 1, '1 産業');
    merged(ws, 9, 1, 12, 1, '2 暮らし');
    box(ws, 4, 1, 4 + PLAN.length, 8);
    ws.getCell(14, 1).value = '※（　）内は数値の時点。目標は計画最終年度（令和８年度）の値。';
  },
  expected: {
    file: 'h96-fam-chiiki-keikaku-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(S4, '県北地域の観光入込客数', '千人', 5800, 4926)),
      final(ind(S4, '県北地域の製造品出荷額等', '億円', 3200, 3016)),
      final(ind(S4, '新規就農者数（県北地域）', '人', 55, 47)),
      final(ind(S4, '森林経営計画の認定面積', 'ha', 56000, 51880)),
      final(ind(S4, '路線バスの利用者数', '千人', 2300, 1971)),
      final(ind(S4, '空き家バンクの成約件数（累計）', '件', 300, 312)),
      final(ind(S4, '管内の交通事故死者数', '人', 8, 11, { direction: 'down' })),
      final(ind(S4, '特定健康診査受診率（市町村国保）', '％', 60, 49.8)),
    ],
    groups: [],
    guesses: ['other-year'],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheets, projectResults, kpiTable, planIndicators];
