/**
 * Hold-out set 122, the four families, as offices in charge of 防犯・交通安全・地域の安全安心 write them: a 施策評価シート with
 * indicator blocks tiled two across (交通安全対策 and 防犯対策, each its own sheet, 目指す方向 ↓（減少）for the 事故・犯罪 counts),
 * a 令和３年度 事業実績 of 防犯灯・交通安全 projects with text figures, a 安全・安心まちづくり KPI table with 目標値／実績値 rows
 * per 3月末, and a 交通安全計画・防犯まちづくり計画 indicator table (現況 and 実績 with their year in the cell).
 */
import type { Workbook } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

/** Full-width digits and punctuation, as some offices type them (１，２３４．５％). */
export function fw(s: string): string {
  return s.replace(/[0-9.,%]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 施策評価シート (family A): two 施策 on two sheets, blocks tiled two across, R2（基準値）…R7（目標値）, 期待値 and 実績値 rows.

interface Block {
  name: string;
  desc: string;
  unit: string;
  way: '↑（増加）' | '↓（減少）';
  /** 期待値 R3…R7 (R7 is the 目標値). */
  expect: number[];
  /** 実績値 R2…R6. */
  actual: (number | string)[];
  note: string;
}

interface Policy {
  sheet: string;
  policy: string;
  dept: string;
  purpose: string;
  lastYear: string;
  blocks: Block[];
}

const MARKS = ['①', '②', '③', '④', '⑤', '⑥'];

function policySheet(wb: Workbook, p: Policy): void {
  const ws = wb.addWorksheet(p.sheet);
  widths(ws, [11, 7, 9, 10, 9, 9, 9, 9, 10, 2, 11, 7, 9, 10, 9, 9, 9, 9, 10]);
  merge(ws, 1, 1, 1, 19, '○○市総合計画後期基本計画　令和７年度 施策評価シート　（評価対象年度：令和６年度）');
  put(ws, 3, 1, ['政策']);
  merge(ws, 3, 2, 3, 9, '5　安全・安心に暮らせるまち');
  merge(ws, 3, 11, 3, 13, '施策の達成状況');
  put(ws, 3, 15, [p.lastYear]);
  put(ws, 3, 16, ['※（　）は前年度評価']);
  put(ws, 4, 1, ['施策']);
  merge(ws, 4, 2, 4, 9, p.policy);
  merge(ws, 4, 11, 4, 13, '評価基準');
  merge(ws, 4, 14, 4, 19, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
  put(ws, 5, 1, ['主管課']);
  merge(ws, 5, 2, 5, 9, p.dept);
  put(ws, 6, 1, ['施策の目的']);
  merge(ws, 6, 2, 6, 19, p.purpose);
  box(ws, 3, 1, 6, 9);
  box(ws, 3, 11, 4, 19);
  p.blocks.forEach((b, i) => {
    const r = 8 + Math.floor(i / 2) * 8;
    const c = i % 2 === 0 ? 1 : 11;
    put(ws, r, c, [`成果指標${MARKS[i]}`]);
    merge(ws, r, c + 1, r, c + 3, b.name);
    put(ws, r, c + 4, ['指標の説明']);
    merge(ws, r, c + 5, r, c + 8, b.desc);
    put(ws, r + 1, c, ['単位', b.unit, '目指す方向']);
    put(ws, r + 1, c + 3, [b.way]);
    merge(ws, r + 2, c, r + 2, c + 2, '年度');
    put(ws, r + 2, c + 3, ['R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）']);
    merge(ws, r + 3, c, r + 3, c + 2, '期待値');
    put(ws, r + 3, c + 4, b.expect);
    merge(ws, r + 4, c, r + 4, c + 2, '実績値');
    put(ws, r + 4, c + 3, b.actual);
    put(ws, r + 5, c, ['備　考']);
    merge(ws, r + 5, c + 1, r + 5, c + 8, b.note);
    box(ws, r, c, r + 5, c + 8);
    wrap(ws, r + 2, c + 3, r + 2, c + 8);
  });
}

const TRAFFIC: Policy = {
  sheet: '5-2',
  policy: '5-2　交通安全対策の推進',
  dept: '市民生活部　交通防犯課',
  purpose: '交通安全意識の高揚と交通環境の整備により、交通事故のない安全なまちをめざします。',
  lastYear: '（Ｂ）',
  blocks: [
    {
      name: '人身交通事故発生件数',
      desc: '市内で発生した人身交通事故の件数（暦年・警察署統計）',
      unit: '件',
      way: '↓（減少）',
      expect: [400, 390, 380, 370, 360],
      actual: [412, 398, 405, 372, 388],
      note: '令和６年は１月～12月の件数',
    },
    {
      name: '交通事故死者数',
      desc: '市内の交通事故による死者数（暦年）',
      unit: '人',
      way: '↓（減少）',
      expect: [3, 2, 2, 1, 0],
      actual: [4, 3, 1, 2, 0],
      note: '',
    },
    {
      name: '交通安全教室参加者数',
      desc: '保育所・学校・高齢者クラブ等で開催した交通安全教室の延べ参加者数',
      unit: '人',
      way: '↑（増加）',
      expect: [8000, 8500, 9000, 9000, 9000],
      actual: [5210, 6480, 7350, 8120, 7120],
      note: '令和６年度は悪天候による中止４回',
    },
    {
      name: '高齢者運転免許証自主返納者数',
      desc: '65歳以上で運転免許証を自主返納し、支援制度を利用した人数',
      unit: '人',
      way: '↑（増加）',
      expect: [380, 400, 420, 450, 480],
      actual: [352, 401, 389, 436, '集計中'],
      note: '令和６年度分は運転免許センターからの報告待ち',
    },
  ],
};

const CRIME: Policy = {
  sheet: '5-3',
  policy: '5-3　防犯対策の推進',
  dept: '市民生活部　交通防犯課',
  purpose: '地域・警察・行政が連携した防犯活動と防犯環境の整備により、犯罪の起きにくいまちをつくります。',
  lastYear: '（Ａ）',
  blocks: [
    {
      name: '刑法犯認知件数',
      desc: '市内で警察が認知した刑法犯の件数（暦年）',
      unit: '件',
      way: '↓（減少）',
      expect: [700, 680, 650, 620, 600],
      actual: [734, 689, 702, 655, 571],
      note: '',
    },
    {
      name: '自主防犯団体数',
      desc: '市に登録している自主防犯団体の数（年度末）',
      unit: '団体',
      way: '↑（増加）',
      expect: [42, 44, 46, 48, 50],
      actual: [40, 41, 43, 44, 45],
      note: '',
    },
    {
      name: '防犯灯のLED化率',
      desc: '町内会管理防犯灯のうちLED灯の割合（年度末）',
      unit: '％',
      way: '↑（増加）',
      expect: [80, 85, 90, 95, 100],
      actual: [72.5, 78.1, 83, 86.9, 88.4],
      note: '',
    },
    {
      name: '防犯メール登録者数',
      desc: '市の防犯・安全安心メールの登録者数（年度末）',
      unit: '人',
      way: '↑（増加）',
      expect: [9000, 10000, 11000, 12000, 13000],
      actual: [7860, 8240, 8510, 8800, 7020],
      note: '令和６年10月に配信システムを移行し、再登録を依頼',
    },
  ],
};

function policyExpected(p: Policy): ExpectedIndicator[] {
  return p.blocks.map((b) => {
    const a = b.actual[4];
    const direction = b.way.startsWith('↓') ? 'down' : 'up';
    return typeof a === 'number'
      ? ind(p.sheet, b.name, b.unit, b.expect[3], a, { direction })
      : ind(p.sheet, b.name, b.unit, b.expect[3], null, { direction, actualStatus: 'pending' });
  });
}

const trafficInd = policyExpected(TRAFFIC);
const crimeInd = policyExpected(CRIME);

const shisaku: Holdout2Workbook = {
  name: 'h122-anzen-shisaku-sheet',
  layout: '施策評価シート, two 施策 sheets, blocks tiled two across, 目指す方向 ↓（減少）, R6 実績 集計中, empty 達成状況 cell beside 「（Ｂ）」',
  build(wb) {
    policySheet(wb, TRAFFIC);
    policySheet(wb, CRIME);
  },
  expected: {
    file: 'h122-anzen-shisaku-sheet.xlsx',
    fiscalYear: 2024,
    indicators: [...trafficInd, ...crimeInd],
    groups: [
      { sheet: '5-2', cell: 'N3', grade: rollUp(trafficInd.map((i) => i.grade)) },
      { sheet: '5-3', cell: 'N3', grade: rollUp(crimeInd.map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 事業実績 (family B): 令和３年度, one row per 推進事業, figures as text, 自己評価 by the department.

const JIGYO_ROWS: [number, string, string, string, string, string, string][] = [
  [
    1,
    '1-1-1 防犯灯設置費補助金\n【概要】町内会等が設置するLED防犯灯の設置費の一部を補助する。',
    '補助灯数 150灯',
    '補助灯数 141灯',
    '補助灯数 132灯',
    'A',
    '【今後の方向性】継続',
  ],
  [2, '1-1-2 防犯灯電気料補助金', '補助対象町内会数 210団体', '補助対象町内会数 212団体', '補助対象町内会数 208団体', 'A', '【今後の方向性】継続'],
  [
    3,
    '1-1-3 自主防犯パトロール活動支援事業\n【概要】自主防犯団体に活動用品を貸与し、青色防犯パトロール講習の受講を支援する。',
    '活動支援 登録団体:40団体 青パト講習受講者:60人',
    '活動支援 登録団体:42団体 青パト講習受講者:38人',
    '',
    'B',
    '【課題】講習の日程が平日に限られ受講者が伸びなかった。\n【今後の方向性】見直し',
  ],
  [4, '1-2-1 交通安全教室開催事業', '開催回数 80回', '開催回数 64回', '開催回数 31回', 'B', '【今後の方向性】継続'],
  [5, '1-2-2 チャイルドシート購入費補助金', '補助件数 300件', '補助件数 355件', '補助件数 287件', 'A', '【今後の方向性】継続'],
  [
    6,
    '1-2-3 高齢者運転免許証自主返納支援事業\n【概要】運転免許証を自主返納した65歳以上の方にバス・タクシー利用券を交付する。',
    '交付者数 250人',
    '交付者数 172人',
    '交付者数 198人',
    'B',
    '【今後の方向性】拡充',
  ],
  [
    7,
    '1-2-4 通学路合同点検事業',
    '点検箇所数 45か所',
    '未実施',
    '点検箇所数 38か所',
    'D',
    '【成果・効果】新型コロナウイルス感染症の影響により合同点検を中止し、学校への書面照会で対応した。\n【今後の方向性】継続',
  ],
  [8, '1-2-5 交通指導員配置事業', '街頭指導 延べ1,200回', '街頭指導 延べ1,086回', '街頭指導 延べ1,154回', 'A', '【今後の方向性】継続'],
  [
    9,
    '1-3-1 防犯カメラ設置事業',
    '設置台数 10台',
    `設置台数 ${fw('4')}台`,
    '設置台数 6台',
    'C',
    '【課題】設置場所の地権者調整に時間を要した。\n【今後の方向性】継続',
  ],
  [10, '1-3-2 地域安全マップ作成支援事業', '作成校数 12校', '作成校数 12校', '作成校数 9校', 'A', '【今後の方向性】継続'],
];

const JS = '事業実績';

const jigyo: Holdout2Workbook = {
  name: 'h122-bouhan-jigyo-jisseki',
  layout: '令和３年度 事業実績: 推進事業 with 概要 in the cell, R3 目標 and 実績 as text, an R2 column after them, 未実施, two measures in one cell',
  build(wb) {
    const ws = wb.addWorksheet(JS);
    widths(ws, [6, 44, 24, 24, 22, 9, 40]);
    merge(ws, 1, 1, 1, 7, '令和３年度事業実績（安全安心なまちづくり推進計画）');
    put(ws, 2, 1, ['基本方針']);
    merge(ws, 2, 2, 2, 5, '1 犯罪や交通事故のない安全なまちづくり');
    put(ws, 4, 1, ['No.', '推進事業', 'R3年度数値目標', 'R3年度実績値', '（参考）R2年度実績値', '自己評価', '成果・効果、課題、今後の方向性']);
    JIGYO_ROWS.forEach((row, i) => put(ws, 5 + i, 1, row));
    box(ws, 4, 1, 4 + JIGYO_ROWS.length, 7);
    wrap(ws, 5, 2, 4 + JIGYO_ROWS.length, 7);
    put(ws, 6 + JIGYO_ROWS.length, 1, ['※自己評価　A：目標を達成　B：概ね達成（80％以上）　C：一部達成（60％以上）　D：未達成・未実施']);
  },
  expected: {
    file: 'h122-bouhan-jigyo-jisseki.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(JS, '防犯灯設置費補助金', '灯', 150, 141, { existing: 'A' }),
      ind(JS, '防犯灯電気料補助金', '団体', 210, 212, { existing: 'A' }),
      {
        sheet: JS,
        name: '自主防犯パトロール活動支援事業',
        measures: [
          { label: '登録団体', target: 40, actual: 42, unit: '団体' },
          { label: '青パト講習受講者', target: 60, actual: 38, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind(JS, '交通安全教室開催事業', '回', 80, 64, { existing: 'B' }),
      ind(JS, 'チャイルドシート購入費補助金', '件', 300, 355, { existing: 'A' }),
      ind(JS, '高齢者運転免許証自主返納支援事業', '人', 250, 172, { existing: 'B' }),
      ind(JS, '通学路合同点検事業', 'か所', 45, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(JS, '交通指導員配置事業', '回', 1200, 1086, { existing: 'A' }),
      ind(JS, '防犯カメラ設置事業', '台', 10, 4, { existing: 'C' }),
      ind(JS, '地域安全マップ作成支援事業', '校', 12, 12, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. KPI table (family C): 目標値／実績値 rows per KPI, period columns 令和3年3月末…令和7年3月末, values with units.

interface Kpi {
  name: string;
  unit: string;
  targets: string[];
  actuals: string[];
  note: string;
}

const KPIS: Kpi[] = [
  {
    name: '交通事故発生件数',
    unit: '件',
    targets: ['520 件', '500 件', '480 件', '460 件', '440 件'],
    actuals: ['534 件', '511 件', '452 件', '', ''],
    note: '件数の減少を目指す指標（暦年の件数）',
  },
  {
    name: '自主防犯活動団体数',
    unit: '団体',
    targets: ['50 団体', '52 団体', '55 団体', '57 団体', '60 団体'],
    actuals: ['49 団体', '50 団体', '51 団体', '', ''],
    note: '',
  },
  {
    name: 'LED防犯灯設置数',
    unit: '灯',
    targets: ['7,200 灯', '7,900 灯', '8,600 灯', '9,300 灯', '10,000 灯'],
    actuals: ['7,350 灯', '7,820 灯', '8,215 灯', '', ''],
    note: '町内会設置分を含む',
  },
  {
    name: '地域見守り活動協力事業者数',
    unit: '事業所',
    targets: ['-', '60 事業所', '70 事業所', '80 事業所', '90 事業所'],
    actuals: ['-', '48 事業所', '42 事業所', '', ''],
    note: '令和3年度に協定制度を創設',
  },
  {
    name: '交通安全講習受講者数',
    unit: '人',
    targets: ['3,000 人', '3,000 人', '3,000 人', '3,000 人', '3,000 人'],
    actuals: ['1,210 人', '1,480 人', '1,650 人', '', ''],
    note: '',
  },
];

const kpi: Holdout2Workbook = {
  name: 'h122-kpi-anzen-anshin',
  layout: 'KPI × 3月末 columns, 目標値／実績値 rows with units in the cell, later columns hold targets only, 減少 marked in 備考',
  build(wb) {
    const ws = wb.addWorksheet('KPI');
    widths(ws, [28, 8, 13, 13, 13, 13, 13, 30]);
    merge(ws, 1, 1, 1, 8, '安全・安心なまちづくり推進計画　重要業績評価指標（KPI）の進捗状況');
    merge(ws, 2, 1, 2, 8, '（令和４年度評価　令和５年３月末現在）');
    put(ws, 4, 1, ['KPI', '区分', '令和3年3月末', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '備考']);
    KPIS.forEach((k, i) => {
      const r = 5 + i * 2;
      merge(ws, r, 1, r + 1, 1, k.name);
      put(ws, r, 2, ['目標値', ...k.targets]);
      put(ws, r + 1, 2, ['実績値', ...k.actuals]);
      merge(ws, r, 8, r + 1, 8, k.note);
    });
    box(ws, 4, 1, 4 + KPIS.length * 2, 8);
  },
  expected: {
    file: 'h122-kpi-anzen-anshin.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('KPI', '交通事故発生件数', '件', 480, 452, { direction: 'down' }),
      ind('KPI', '自主防犯活動団体数', '団体', 55, 51),
      ind('KPI', 'LED防犯灯設置数', '灯', 8600, 8215),
      ind('KPI', '地域見守り活動協力事業者数', '事業所', 70, 42),
      ind('KPI', '交通安全講習受講者数', '人', 3000, 1650),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 4. Plan indicators (family D): 交通安全計画・防犯まちづくり計画 成果指標, 現況 and 実績 with their year, 目標（R7）, 方向性.

const PS = '成果指標';

const PLAN_ROWS: [number, string, string, string, string, string | number, string, string][] = [
  [1, '交通事故死者数（人）', '市内の交通事故による死者数（暦年）', '減少', '3\n（令和2年）', 0, '1\n（令和5年）', '警察署統計'],
  [2, '交通事故死傷者数（人）', '市内の交通事故による死者数と負傷者数の合計（暦年）', '減少', '486\n（令和2年）', 400, '431\n（令和5年）', '警察署統計'],
  [3, '刑法犯認知件数（件）', '市内で警察が認知した刑法犯の件数（暦年）', '減少', '1,052\n（令和2年）', '900', '936\n（令和5年）', '警察署統計'],
  [4, '自主防犯団体数（団体）', '市に登録している自主防犯団体の数', '増加', '38\n（令和3年3月末現在）', 45, '46\n（令和5年度末）', '団体登録台帳'],
  [5, '防犯灯LED化率（％）', '町内会管理防犯灯のうちLED灯の割合', '増加', '72.5\n（令和2年度）', 100, '96.1\n（令和5年度）', '防犯灯台帳'],
  [6, '子ども110番の家登録件数（件）', '緊急時に子どもを保護する「子ども110番の家」の登録件数', '増加', '615\n（令和2年度）', 650, '', '小学校・ＰＴＡ調査'],
];

const plan: Holdout2Workbook = {
  name: 'h122-keikaku-seika-shihyo',
  layout: '交通安全計画 成果指標: 指標（単位）, 方向性 減少／増加, 現況 and 実績 with their year in the cell, 目標（R7）, one blank 実績, a target of 0',
  build(wb) {
    const ws = wb.addWorksheet(PS);
    widths(ws, [5, 28, 36, 8, 18, 10, 18, 18]);
    merge(ws, 1, 1, 1, 8, '第11次○○市交通安全計画・防犯まちづくり計画　成果指標の点検評価');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '方向性', '現況（計画策定時）', '目標（R7）', '実績', '現状把握の方法']);
    PLAN_ROWS.forEach((row, i) => put(ws, 4 + i, 1, row));
    box(ws, 3, 1, 3 + PLAN_ROWS.length, 8);
    wrap(ws, 4, 2, 3 + PLAN_ROWS.length, 8);
  },
  expected: {
    file: 'h122-keikaku-seika-shihyo.xlsx',
    indicators: [
      { ...ind(PS, '交通事故死者数', '人', 0, 1, { direction: 'down' }), targetSource: 'final' },
      { ...ind(PS, '交通事故死傷者数', '人', 400, 431, { direction: 'down' }), targetSource: 'final' },
      { ...ind(PS, '刑法犯認知件数', '件', 900, 936, { direction: 'down' }), targetSource: 'final' },
      { ...ind(PS, '自主防犯団体数', '団体', 45, 46), targetSource: 'final' },
      { ...ind(PS, '防犯灯LED化率', '％', 100, 96.1), targetSource: 'final' },
      { ...ind(PS, '子ども110番の家登録件数', '件', 650, null, { actualStatus: 'missing' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [shisaku, jigyo, kpi, plan];
