/** Hold-out 203, the four known families as a youth-participation / civic-education office writes them. */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------
// A: 施策評価シート, indicator blocks stacked down the sheet, 目指す方向 per block, rating cell C6.
// ---------------------------------------------------------------------------------------------
const A_SHEET = '施策3-2';

interface Block {
  no: string;
  name: string;
  desc: string;
  unit: string;
  dir: '↑ 増加' | '↓ 減少';
  actuals: (number | string | null)[]; // R2..R7
  expects: (number | string | null)[]; // R2..R7
  note: string;
}

const A_BLOCKS: Block[] = [
  {
    no: '指標①',
    name: '18歳・19歳の投票率',
    desc: '各年度に執行された直近の選挙における本市の18歳・19歳の投票率',
    unit: '％',
    dir: '↑ 増加',
    actuals: [34.8, 38.2, 35.6, 31.4, null, null],
    expects: [null, 36.0, 38.0, 40.0, 42.0, 45.0],
    note: 'R2：R元参院選、R3：衆院選、R4：参院選、R5：市議選（R5.4執行）',
  },
  {
    no: '指標②',
    name: '主権者教育出前授業の実施校数',
    desc: '選挙管理委員会が市内小・中・高等学校で実施した出前授業の学校数（年度内）',
    unit: '校',
    dir: '↑ 増加',
    actuals: [3, 5, 7, 9, null, null],
    expects: [null, 4, 6, 8, 10, 12],
    note: '',
  },
  {
    no: '指標③',
    name: '若者会議への参加者数（延べ）',
    desc: '市が主催する「みらい若者会議」の全体会・分科会への参加者の延べ人数',
    unit: '人',
    dir: '↑ 増加',
    actuals: ['－', 62, 118, 146, null, null],
    expects: [null, 80, 140, 180, 200, 220],
    note: '若者会議はR3に設置',
  },
  {
    no: '指標④',
    name: '若者会議からの政策提案件数',
    desc: '若者会議が市長へ提出した政策提案の件数（年度内）',
    unit: '件',
    dir: '↑ 増加',
    actuals: ['－', 2, 4, 6, null, null],
    expects: [null, null, null, null, null, 10],
    note: '期待値は設定せず、最終年度（R7）の目標値のみ設定',
  },
  {
    no: '指標⑤',
    name: '市政に関心がないと答えた若者（18～29歳）の割合',
    desc: '市民意識調査で市政に「あまり関心がない」「関心がない」と回答した18～29歳の割合',
    unit: '％',
    dir: '↓ 減少',
    actuals: [46.2, 45.0, 44.1, 42.5, null, null],
    expects: [null, 45.0, 42.5, 40.0, 37.5, 35.0],
    note: '市民意識調査（毎年6月実施）',
  },
];

function buildPolicySheet(ws: Worksheet): void {
  widths(ws, [14, 11, 10, 10, 10, 10, 10, 12, 26]);
  merge(ws, 1, 1, 1, 9, '令和５年度　施策評価シート');
  merge(ws, 2, 1, 2, 9, '評価対象年度：令和５年度（令和５年４月～令和６年３月）');
  put(ws, 3, 1, ['基本目標']);
  merge(ws, 3, 2, 3, 9, '３　みんなでつくる　参加と協働のまち');
  put(ws, 4, 1, ['施策']);
  merge(ws, 4, 2, 4, 9, '３－２　若者の市政参加と主権者教育の推進');
  put(ws, 5, 1, ['担当課']);
  merge(ws, 5, 2, 5, 5, '企画政策課・選挙管理委員会事務局');
  put(ws, 5, 6, ['関係課']);
  merge(ws, 5, 7, 5, 9, '学校教育課・生涯学習課');
  merge(ws, 6, 1, 6, 2, '施策の達成状況');
  merge(ws, 6, 4, 6, 5, '前年度評価');
  put(ws, 6, 6, ['（B）']);
  merge(ws, 6, 7, 6, 9, 'A 順調／B 概ね順調／C やや遅れている／D 遅れている');
  box(ws, 3, 1, 6, 9);
  put(ws, 8, 1, ['■ 成果指標']);
  let r = 9;
  for (const b of A_BLOCKS) {
    put(ws, r, 1, [b.no]);
    merge(ws, r, 2, r, 5, b.name);
    put(ws, r, 6, ['単位', b.unit, '目指す方向', b.dir]);
    put(ws, r + 1, 1, ['指標の説明']);
    merge(ws, r + 1, 2, r + 1, 9, b.desc);
    put(ws, r + 2, 1, ['区分', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
    merge(ws, r + 2, 8, r + 2, 9, '備　考');
    put(ws, r + 3, 1, ['実績値', ...b.actuals]);
    put(ws, r + 4, 1, ['期待値\n※R7は目標値', ...b.expects]);
    merge(ws, r + 3, 8, r + 4, 9, b.note || undefined);
    wrap(ws, r + 2, 1, r + 4, 7);
    box(ws, r, 1, r + 4, 9);
    r += 6;
  }
  const last = r;
  merge(ws, last, 1, last, 9, '※ 達成状況は、各指標の達成度（実績値÷期待値、減少を目指す指標は期待値÷実績値）を踏まえて記入する。');
}

const A_INDICATORS: ExpectedIndicator[] = [
  ind(A_SHEET, '18歳・19歳の投票率', '％', 40.0, 31.4), // 78.5 % → C
  ind(A_SHEET, '主権者教育出前授業の実施校数', '校', 8, 9), // A
  ind(A_SHEET, '若者会議への参加者数（延べ）', '人', 180, 146), // 81.1 % → B
  { ...ind(A_SHEET, '若者会議からの政策提案件数', '件', 10, 6), targetSource: 'final' }, // 60 % → C
  ind(A_SHEET, '市政に関心がないと答えた若者（18～29歳）の割合', '％', 40.0, 42.5, { direction: 'down' }), // 94.1 % → B
];

const policySheet: Holdout2Workbook = {
  name: 'h203-shisaku-wakamono',
  layout: 'A: policy sheet, five indicator blocks stacked down the sheet with 目指す方向 (one ↓), R2 現状値 … R7 目標値, one block with only the R7 目標値',
  build(wb) {
    buildPolicySheet(wb.addWorksheet(A_SHEET));
  },
  expected: {
    file: 'h203-shisaku-wakamono.xlsx',
    fiscalYear: 2023,
    indicators: A_INDICATORS,
    groups: [{ sheet: A_SHEET, cell: 'C6', grade: rollUp(A_INDICATORS.map((i) => i.grade)) }], // C A B C B → 2.8 → B
  },
};

// ---------------------------------------------------------------------------------------------
// B: 事業実績, targets and actuals as text, two measures in one cell, 未実施.
// ---------------------------------------------------------------------------------------------
const B_SHEET = '事業実績';

const B_ROWS: [string, string, string, string, string, string, string, string, string][] = [
  [
    '(1) 主権者教育出前授業\n市内の小・中・高等学校に選挙管理委員会職員と明るい選挙推進委員が出向き、選挙の仕組みの講義と模擬投票を行う。',
    '選挙管理委員会事務局',
    '実施校数 9校',
    '実施校数 10校',
    '実施校数 12校',
    'A',
    '特別支援学校からの依頼もあり、目標を上回った。',
    '小学校での実施が少ない。',
    '継続',
  ],
  [
    '(2) 高校生模擬選挙事業\n市議選に合わせ、市内高校で実際の候補者を題材とした模擬選挙を実施する。',
    '選挙管理委員会事務局',
    '参加生徒数 388人',
    '参加生徒数 600人',
    '参加生徒数 452人',
    'B',
    '4校で実施。',
    '定期考査と日程が重なり1校が不参加。',
    '継続',
  ],
  [
    '(3) 若者会議運営事業\n16～29歳の市民で構成する「みらい若者会議」を運営し、市政への提案をまとめる。',
    '企画政策課',
    '開催回数 5回\n参加者数 94人',
    '開催回数 6回\n参加者数 120人',
    '開催回数 6回\n参加者数 87人',
    'B',
    '分科会を新設し、提案6件を市長へ提出。',
    '大学生以外の参加者が少ない。',
    '拡充',
  ],
  [
    '(4) 大学キャンパス期日前投票所設置事業\n市内大学の構内に期日前投票所を設置する。',
    '選挙管理委員会事務局',
    '設置箇所数 1か所',
    '設置箇所数 2か所',
    '未実施',
    'D',
    '大学側との日程調整がつかず、令和5年度は設置を見送った。',
    '早期の協議開始が必要。',
    '見直し',
  ],
  [
    '(5) 若年層向け選挙啓発（SNS）事業\n市公式LINEで選挙日程・投票所情報を配信する。',
    '選挙管理委員会事務局',
    'LINE登録者数 842人',
    'LINE登録者数 1,500人',
    'LINE登録者数 1,623人',
    'A',
    '市議選の前に登録者が大きく増加した。',
    '選挙のない時期の配信内容。',
    '継続',
  ],
  [
    '(6) 若者政策提案発表会開催事業\n若者会議・高校生の提案を市長・市議会議員の前で発表する。',
    '企画政策課',
    '来場者数 176人',
    '来場者数 200人',
    '来場者数 158人',
    'B',
    'オンライン配信を併用（視聴回数412回）。',
    '会場来場者の減少。',
    '継続',
  ],
  [
    '(7) 子ども議会開催事業\n市内中学生が議場で市長等へ一般質問を行う。',
    '議会事務局',
    '開催回数 1回',
    '開催回数 1回',
    '開催回数 1回',
    'A',
    '中学生20人が参加し、質問12項目。',
    '質問への回答の事後周知。',
    '継続',
  ],
];

const measureInd = (name: string, measures: ExpectedIndicator['measures'], existing: string, grade: string | null): ExpectedIndicator => ({
  sheet: B_SHEET,
  name,
  measures,
  direction: 'up',
  existing,
  grade,
});

const projectTable: Holdout2Workbook = {
  name: 'h203-jigyo-jisseki',
  layout: 'B: 事業実績 rows, 数値目標 and 実績値 as text with labels, two measures in one cell, 未実施, a legend of the 自己評価 under the table',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 40, 14, 18, 18, 18, 8, 26, 22, 10]);
    merge(ws, 1, 1, 1, 9, '令和５年度　若者参画・主権者教育推進事業　実績一覧');
    put(ws, 1, 10, ['資料２']);
    put(ws, 3, 1, [
      'No.',
      '推進事業（事業名・概要）',
      '担当課',
      '令和4年度\n実績値',
      '令和5年度\n数値目標',
      '令和5年度\n実績値',
      '自己\n評価',
      '成果・効果',
      '課題',
      '今後の\n方向性',
    ]);
    B_ROWS.forEach((row, i) => put(ws, 4 + i, 1, [i + 1, ...row]));
    wrap(ws, 3, 1, 3 + B_ROWS.length, 10);
    box(ws, 3, 1, 3 + B_ROWS.length, 10);
    const n = 5 + B_ROWS.length;
    merge(ws, n, 1, n, 10, '※自己評価　A：目標を達成　B：概ね達成（80％以上）　C：やや不十分（60％以上80％未満）　D：不十分（60％未満）・未実施');
    merge(ws, n + 1, 1, n + 1, 10, '※実績値は令和6年3月31日現在。');
  },
  expected: {
    file: 'h203-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '主権者教育出前授業', '校', 10, 12, { existing: 'A' }), // A
      ind(B_SHEET, '高校生模擬選挙事業', '人', 600, 452, { existing: 'B' }), // 75.3 % → C
      measureInd(
        '若者会議運営事業',
        [
          { label: '開催回数', target: 6, actual: 6, unit: '回' },
          { label: '参加者数', target: 120, actual: 87, unit: '人' },
        ],
        'B',
        'C', // lowest: 87/120 = 72.5 %
      ),
      ind(B_SHEET, '大学キャンパス期日前投票所設置事業', 'か所', 2, null, { existing: 'D', actualStatus: 'not-implemented' }), // D
      ind(B_SHEET, '若年層向け選挙啓発（SNS）事業', '人', 1500, 1623, { existing: 'A' }), // A
      ind(B_SHEET, '若者政策提案発表会開催事業', '人', 200, 158, { existing: 'B' }), // 79 % → C
      ind(B_SHEET, '子ども議会開催事業', '回', 1, 1, { existing: 'A' }), // A
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// C: KPI × 年3月末 columns, 目標値 / 実績値 rows, values with units in the cell, "-" where none.
// ---------------------------------------------------------------------------------------------
const C_SHEET = 'KPI';

const C_KPIS: { policy?: string; name: string; targets: string[]; actuals: string[]; note: string }[] = [
  {
    policy: '(1) 若者の市政参画の推進',
    name: '若者会議への参加者数（年間延べ）',
    targets: ['40 人', '50 人', '55 人', '60 人'],
    actuals: ['32 人', '47 人', '58 人', '64 人'],
    note: '',
  },
  {
    name: '高校生・大学生による政策提案件数',
    targets: ['2 件', '3 件', '4 件', '5 件'],
    actuals: ['1 件', '3 件', '3 件', '4 件'],
    note: '',
  },
  {
    name: '若者の地域活動・ボランティア参加率',
    targets: ['-', '-', '-', '-'],
    actuals: ['21.5 %', '22.0 %', '23.4 %', '24.8 %'],
    note: '目標値は第３期戦略で設定予定',
  },
  {
    policy: '(2) 主権者教育の充実',
    name: '主権者教育を受けた児童生徒数（年間）',
    targets: ['800 人', '1,000 人', '1,100 人', '1,200 人'],
    actuals: ['652 人', '984 人', '1,190 人', '1,356 人'],
    note: '',
  },
  {
    name: '18～29歳の投票率（市長選・市議選）',
    targets: ['-', '-', '35.0 %', '-'],
    actuals: ['-', '-', '28.9 %', '-'],
    note: '市議選は令和5年4月執行。令和6年度は選挙の執行なし',
  },
  {
    name: '若者向け選挙情報LINE登録者数（年度末）',
    targets: ['-', '1,000 人', '1,500 人', '2,000 人'],
    actuals: ['-', '842 人', '1,623 人', '1,480 人'],
    note: '令和6年度はブロック等による減',
  },
];

const kpiTable: Holdout2Workbook = {
  name: 'h203-kpi-sogosenryaku',
  layout: 'C: 総合戦略 KPI, one 目標値 and one 実績値 row per KPI under 令和4年3月末 … 令和7年3月末, units in the cells, "-" for no target or no election',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [20, 34, 8, 13, 13, 13, 13, 30]);
    merge(ws, 1, 1, 1, 8, '第２期総合戦略　基本目標４「若い世代が活躍し、まちづくりに参画する」　重要業績評価指標（KPI）の達成状況');
    merge(ws, 2, 1, 2, 4, '令和７年５月　総合戦略推進会議　資料３');
    merge(ws, 2, 5, 2, 8, '評価対象：令和６年度実績（令和７年３月末時点）');
    put(ws, 4, 1, ['施策', 'KPI', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '備考']);
    let r = 5;
    let policyRow = 5;
    C_KPIS.forEach((k, i) => {
      if (k.policy) {
        policyRow = r;
        put(ws, r, 1, [k.policy]);
      }
      const nextHasPolicy = i + 1 >= C_KPIS.length || !!C_KPIS[i + 1].policy;
      if (nextHasPolicy && r + 1 > policyRow) ws.mergeCells(policyRow, 1, r + 1, 1);
      merge(ws, r, 2, r + 1, 2, k.name);
      put(ws, r, 3, ['目標値', ...k.targets]);
      put(ws, r + 1, 3, ['実績値', ...k.actuals]);
      merge(ws, r, 8, r + 1, 8, k.note || undefined);
      r += 2;
    });
    wrap(ws, 4, 1, r - 1, 8);
    box(ws, 4, 1, r - 1, 8);
    merge(ws, r + 1, 1, r + 1, 8, '※ 各年3月末時点の数値。投票率は当該年度に執行された市長選挙・市議会議員選挙のもの。');
  },
  expected: {
    file: 'h203-kpi-sogosenryaku.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(C_SHEET, '若者会議への参加者数（年間延べ）', '人', 60, 64), // A
      ind(C_SHEET, '高校生・大学生による政策提案件数', '件', 5, 4), // 80 % → B
      ind(C_SHEET, '若者の地域活動・ボランティア参加率', '%', null, 24.8), // no target → null
      ind(C_SHEET, '主権者教育を受けた児童生徒数（年間）', '人', 1200, 1356), // A
      ind(C_SHEET, '18～29歳の投票率（市長選・市議選）', '%', null, null, { actualStatus: 'not-applicable' }), // no election in R6
      ind(C_SHEET, '若者向け選挙情報LINE登録者数（年度末）', '人', 2000, 1480), // 74 % → C
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// D: plan indicators, 現況 with its year, 目標（R8）, 実績 with its year, one 集計中.
// ---------------------------------------------------------------------------------------------
const D_SHEET = '計画の指標';

const D_ROWS: [string, string, string, string, string, number, string, string][] = [
  [
    '1 主権者教育の充実',
    '主権者教育を実施した市内中学校・高等学校の割合',
    '市内中学校・高等学校（計22校）のうち、出前授業・模擬選挙等を実施した学校の割合',
    '％',
    '45.0\n（令和2年度）',
    100,
    '72.7\n（令和5年度）',
    '選挙管理委員会事務局調べ',
  ],
  [
    '',
    '若者会議の登録メンバー数',
    '「みらい若者会議」に登録している16～29歳の市民の数（年度末）',
    '人',
    '18\n（令和3年度）',
    40,
    '36\n（令和5年度）',
    '企画政策課調べ',
  ],
  [
    '2 若者の市政参画の推進',
    '若者の提案を反映した施策・事業数（累計）',
    '若者会議等の提案を受けて予算化・実施した施策・事業の数（計画期間の累計）',
    '件',
    '0\n（令和3年度）',
    15,
    '9\n（令和5年度）',
    '企画政策課調べ',
  ],
  [
    '',
    '20歳代の投票率（市議会議員一般選挙）',
    '直近の市議会議員一般選挙における20歳代の投票率',
    '％',
    '26.3\n（平成31年4月）',
    35.0,
    '29.8\n（令和5年4月）',
    '選挙管理委員会（年齢別投票率調査）',
  ],
  [
    '',
    '市政に関心があると答えた若者の割合',
    '市民意識調査で市政に「関心がある」「やや関心がある」と答えた18～29歳の割合',
    '％',
    '38.4\n（令和3年度）',
    50.0,
    '集計中',
    '市民意識調査（令和6年8月公表予定）',
  ],
  ['', '子ども・若者議会の開催回数', '子ども議会・若者議会の年間開催回数', '回', '1\n（令和3年度）', 2, '2\n（令和5年度）', '議会事務局調べ'],
];

const planIndicators: Holdout2Workbook = {
  name: 'h203-keikaku-shihyo',
  layout: 'D: plan indicators, 現況（計画策定時） and 実績 with their years in the cell, 目標（R8）, a 基本方針 column, one actual 集計中',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [18, 32, 38, 6, 14, 10, 14, 24]);
    merge(ws, 1, 1, 1, 8, '若者参画推進計画（令和4年度～令和8年度）　指標の点検評価（令和5年度）');
    put(ws, 3, 1, ['基本方針', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    D_ROWS.forEach((row, i) =>
      put(
        ws,
        4 + i,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      ),
    );
    ws.mergeCells(4, 1, 5, 1);
    ws.mergeCells(6, 1, 9, 1);
    wrap(ws, 3, 1, 3 + D_ROWS.length, 8);
    box(ws, 3, 1, 3 + D_ROWS.length, 8);
    merge(ws, 11, 1, 11, 8, '※ 目標は計画最終年度（令和8年度）の値。実績は令和5年度末現在（投票率は直近の選挙）。');
  },
  expected: {
    file: 'h203-keikaku-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(D_SHEET, '主権者教育を実施した市内中学校・高等学校の割合', '％', 100, 72.7), targetSource: 'final' }, // C
      { ...ind(D_SHEET, '若者会議の登録メンバー数', '人', 40, 36), targetSource: 'final' }, // B
      { ...ind(D_SHEET, '若者の提案を反映した施策・事業数（累計）', '件', 15, 9), targetSource: 'final' }, // 60 % → C
      { ...ind(D_SHEET, '20歳代の投票率（市議会議員一般選挙）', '％', 35.0, 29.8), targetSource: 'final' }, // 85.1 % → B
      { ...ind(D_SHEET, '市政に関心があると答えた若者の割合', '％', 50.0, null, { actualStatus: 'pending' }), targetSource: 'final' }, // null
      { ...ind(D_SHEET, '子ども・若者議会の開催回数', '回', 2, 2), targetSource: 'final' }, // A
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planIndicators];
