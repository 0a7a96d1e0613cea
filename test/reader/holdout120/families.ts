/**
 * Hold-out set 120, the four families, as offices in charge of 高齢者福祉・介護保険・地域包括ケア write them: a 施策評価シート
 * with indicator blocks tiled two across (two 施策, each its own sheet), a 地域支援事業 事業実績 table with text figures, a 第８期
 * 介護保険事業計画 取組目標 KPI table with 目標値／実績値 rows per 年度末, and a 高齢者保健福祉計画 点検評価一覧 (現況 and 実績 with
 * their year in the cell).
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 施策評価シート (family A): two 施策 on two sheets, blocks tiled two across, R2（現状値）…R7, 実績値 and 期待値 rows.

interface Block {
  no: string;
  name: string;
  desc: string;
  unit: string;
  /** 実績値 R2…R4 (R2 is the 現状値); a string is written as is. */
  actual: (number | string)[];
  /** 期待値 R3…R7 (R7 is the 目標値); null leaves the cell empty. */
  expect: (number | null)[];
  note: string;
  fmt?: string;
}

interface Policy {
  sheet: string;
  goal: string;
  policy: string;
  dept: string;
  lastYear: string;
  blocks: Block[];
  analysis: string;
}

const PERIODS = ['R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7'];

function writeBlock(ws: Worksheet, r: number, c: number, b: Block): void {
  put(ws, r, c, [`指　標 ${b.no}`]);
  merge(ws, r, c + 1, r, c + 3, b.name);
  put(ws, r, c + 4, ['指標の説明']);
  merge(ws, r, c + 5, r, c + 7, b.desc);
  put(ws, r + 1, c + 1, ['単位', ...PERIODS]);
  put(ws, r + 2, c, ['実績値']);
  merge(ws, r + 2, c + 1, r + 3, c + 1, b.unit);
  b.actual.forEach((v, i) => {
    const cell = ws.getCell(r + 2, c + 2 + i);
    cell.value = v;
    if (typeof v === 'number' && b.fmt) cell.numFmt = b.fmt;
  });
  put(ws, r + 3, c, ['期待値\n※R7は目標値']);
  b.expect.forEach((v, i) => {
    if (v === null) return;
    const cell = ws.getCell(r + 3, c + 3 + i);
    cell.value = v;
    if (b.fmt) cell.numFmt = b.fmt;
  });
  put(ws, r + 4, c, ['備　考']);
  merge(ws, r + 4, c + 1, r + 4, c + 7, b.note || undefined);
  wrap(ws, r + 1, c, r + 3, c + 7);
  box(ws, r, c, r + 4, c + 7);
}

function writePolicy(wb: Workbook, p: Policy): void {
  const ws = wb.addWorksheet(p.sheet);
  widths(ws, [11, 8, 8, 8, 8, 8, 8, 8, 3, 11, 8, 8, 8, 8, 8, 8, 8]);
  merge(ws, 1, 1, 1, 17, '第２次総合計画　令和５年度 施策評価シート　（評価対象年度：令和４年度）');
  put(ws, 3, 1, ['基本目標']);
  merge(ws, 3, 2, 3, 9, p.goal);
  put(ws, 4, 1, ['施　策']);
  merge(ws, 4, 2, 4, 9, p.policy);
  put(ws, 5, 1, ['担当課']);
  merge(ws, 5, 2, 5, 9, p.dept);
  merge(ws, 3, 10, 5, 11, '施策の達成状況\n（評価）');
  merge(ws, 3, 12, 5, 13);
  merge(ws, 3, 14, 5, 14, p.lastYear);
  merge(ws, 3, 15, 5, 17, 'A：順調\nB：概ね順調\nC：やや遅れている\nD：遅れている');
  box(ws, 3, 1, 5, 17);
  put(ws, 6, 1, ['※施策の達成状況欄の（　）内は昨年度の評価結果です。']);
  put(ws, 8, 1, ['成果指標']);
  p.blocks.forEach((b, i) => writeBlock(ws, 9 + Math.floor(i / 2) * 6, i % 2 === 0 ? 1 : 10, b));
  const after = 9 + Math.ceil(p.blocks.length / 2) * 6 + 1;
  put(ws, after, 1, ['達成状況分析']);
  merge(ws, after, 2, after + 2, 17, p.analysis);
  box(ws, after, 1, after + 2, 17);
}

const CARE: Policy = {
  sheet: '施策2-3',
  goal: '2　だれもが健やかに安心して暮らせるまち',
  policy: '2-3　地域包括ケアシステムの深化・推進',
  dept: '長寿福祉課、地域包括ケア推進室',
  lastYear: '（B）',
  blocks: [
    {
      no: '①',
      name: '地域包括支援センター総合相談件数',
      desc: '市内４か所の地域包括支援センターが受けた総合相談の延べ件数',
      unit: '件',
      actual: [5480, 5912, 6534],
      expect: [5800, 6200, 6500, 6800, 7000],
      note: '電話・来所・訪問の延べ件数',
      fmt: '#,##0',
    },
    {
      no: '②',
      name: '認知症サポーター養成者数（累計）',
      desc: '認知症サポーター養成講座の受講者数（平成18年度からの累計）',
      unit: '人',
      actual: [12340, 13105, 13912],
      expect: [13500, 14500, 15500, 16500, 17500],
      note: '',
      fmt: '#,##0',
    },
    {
      no: '③',
      name: '在宅医療・介護連携研修会参加者数',
      desc: '医療・介護の多職種を対象とした研修会の参加者数（延べ）',
      unit: '人',
      actual: [96, 118, 152],
      expect: [200, 240, 260, 280, 300],
      note: 'R4は集合研修２回・オンライン研修１回',
    },
    {
      no: '④',
      name: '特別養護老人ホーム入所待機者数',
      desc: '入所申込者のうち在宅で入所を待つ要介護３以上の人数（各年度末）。数値が小さいほど良い指標',
      unit: '人',
      actual: [118, 126, 142],
      expect: [100, 80, 60, 40, 20],
      note: '目標の方向：↓（減少）',
    },
  ],
  analysis: '総合相談件数は期待値を上回ったが、待機者数は施設整備の遅れにより増加した。在宅医療・介護連携研修会は集合研修の再開が遅れ、期待値を下回った。',
};

const PREVENTION: Policy = {
  sheet: '施策2-4',
  goal: '2　だれもが健やかに安心して暮らせるまち',
  policy: '2-4　介護予防と高齢者の生きがいづくりの推進',
  dept: '長寿福祉課',
  lastYear: '（A）',
  blocks: [
    {
      no: '①',
      name: '住民主体の通いの場の箇所数',
      desc: 'いきいき百歳体操など、住民が主体となって週１回以上開催する通いの場の数（年度末）',
      unit: 'か所',
      actual: [82, 90, 101],
      expect: [90, 95, 100, 105, 110],
      note: '',
    },
    {
      no: '②',
      name: '通いの場への参加率',
      desc: '通いの場の参加実人数 ÷ 65歳以上人口',
      unit: '％',
      actual: [6.2, 6.5, 7.1],
      expect: [7.0, 8.0, 9.0, 9.5, 10.0],
      note: '',
      fmt: '0.0',
    },
    {
      no: '③',
      name: 'シルバー人材センター会員数',
      desc: '公益社団法人シルバー人材センターの年度末会員数',
      unit: '人',
      actual: [562, 551, 548],
      expect: [null, null, null, null, 700],
      note: '期待値は最終年度（R7）の目標値のみ設定',
    },
    {
      no: '④',
      name: '主観的健康感が「よい」高齢者の割合',
      desc: '介護予防・日常生活圏域ニーズ調査で健康状態を「とてもよい」「まあよい」と答えた人の割合',
      unit: '％',
      actual: [75.8, '－', '集計中'],
      expect: [null, 78.0, null, null, 80.0],
      note: 'ニーズ調査は３年ごと（R4実施、結果は集計中）',
      fmt: '0.0',
    },
  ],
  analysis: '通いの場は新たに11か所が立ち上がり、期待値を上回った。シルバー人材センター会員数は定年延長の影響で横ばいとなっている。',
};

function policyFacts(p: Policy, rows: ExpectedIndicator[]): { indicators: ExpectedIndicator[]; group: { sheet: string; cell: string; grade: string | null } } {
  return { indicators: rows, group: { sheet: p.sheet, cell: 'L3', grade: rollUp(rows.map((r) => r.grade)) } };
}

const CARE_FACTS = policyFacts(CARE, [
  ind('施策2-3', '地域包括支援センター総合相談件数', '件', 6200, 6534),
  ind('施策2-3', '認知症サポーター養成者数（累計）', '人', 14500, 13912),
  ind('施策2-3', '在宅医療・介護連携研修会参加者数', '人', 240, 152),
  ind('施策2-3', '特別養護老人ホーム入所待機者数', '人', 80, 142, { direction: 'down' }),
]);

const PREVENTION_FACTS = policyFacts(PREVENTION, [
  ind('施策2-4', '住民主体の通いの場の箇所数', 'か所', 95, 101),
  ind('施策2-4', '通いの場への参加率', '％', 8.0, 7.1),
  { ...ind('施策2-4', 'シルバー人材センター会員数', '人', 700, 548), targetSource: 'final' },
  ind('施策2-4', '主観的健康感が「よい」高齢者の割合', '％', 78.0, null, { actualStatus: 'pending' }),
]);

const POLICY_SHEET: Holdout2Workbook = {
  name: 'h120-a-sesaku-hyoka-sheet',
  layout:
    '施策評価シート（評価対象年度：令和４年度）, two 施策 sheets, blocks tiled two across with R2（現状値）…R7, 期待値 only at R7 in one block, a ↓（減少） 待機者数, a 集計中 and empty 施策の達成状況 cells beside （B）／（A）',
  build(wb) {
    writePolicy(wb, CARE);
    writePolicy(wb, PREVENTION);
  },
  expected: {
    file: 'h120-a-sesaku-hyoka-sheet.xlsx',
    fiscalYear: 2022,
    indicators: [...CARE_FACTS.indicators, ...PREVENTION_FACTS.indicators],
    groups: [CARE_FACTS.group, PREVENTION_FACTS.group],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 事業実績 (family B): one row per 推進事業 of the 地域支援事業, text figures, two measures in one cell, one 未実施.

interface Project {
  code: string;
  name: string;
  outline: string;
  last: string;
  self: string;
  target: string;
  actual: string;
  remarks: string;
}

const PROJECTS: [string, Project[]][] = [
  [
    '基本方針 １　地域包括支援センターの機能強化',
    [
      {
        code: '1-1-1',
        name: '地域包括支援センター運営事業',
        outline: '高齢者の総合相談、権利擁護、包括的・継続的ケアマネジメント支援を行う地域包括支援センター（４か所）を運営する。',
        last: '総合相談件数 7,812件',
        self: 'A',
        target: '総合相談件数 7,500件',
        actual: '総合相談件数 ８，０４６件',
        remarks: '【成果・効果】相談件数は前年度を上回った。\n【課題】複合課題を抱える世帯の相談が増加している。\n【今後の方向性】継続',
      },
      {
        code: '1-1-2',
        name: '地域ケア会議推進事業',
        outline: '個別事例の検討を通じて、自立支援に資するケアマネジメントと地域課題の把握を行う。',
        last: '個別ケア会議 開催回数 21回',
        self: 'B',
        target: '個別ケア会議 開催回数 24回',
        actual: '個別ケア会議 開催回数 19回',
        remarks: '【成果・効果】リハビリ専門職の助言により事例の改善が図られた。\n【課題】事例提出の負担感がある。\n【今後の方向性】見直し',
      },
    ],
  ],
  [
    '基本方針 ２　認知症施策の推進',
    [
      {
        code: '1-2-1',
        name: '認知症初期集中支援推進事業',
        outline: '医療・介護の専門職による認知症初期集中支援チームが、認知症が疑われる人を訪問し初期の支援を包括的・集中的に行う。',
        last: '支援対象者数 26人',
        self: 'C',
        target: '支援対象者数 30人',
        actual: '支援対象者数 22人',
        remarks: '【成果・効果】支援終了者の８割が医療・介護サービスにつながった。\n【課題】早期の把握が難しい。\n【今後の方向性】継続',
      },
      {
        code: '1-2-2',
        name: '認知症カフェ運営支援事業',
        outline: '認知症の人とその家族、地域住民が集う認知症カフェの運営費を補助する。',
        last: '設置数 10か所',
        self: 'A',
        target: '設置数 12か所',
        actual: '設置数 12か所',
        remarks: '【成果・効果】新たに２か所が開設された。\n【今後の方向性】継続',
      },
      {
        code: '1-2-3',
        name: '認知症サポーター養成事業',
        outline: '認知症について正しく理解し、認知症の人や家族を温かく見守る認知症サポーターを養成する。',
        last: '受講者数 764人',
        self: 'A',
        target: '受講者数 800人',
        actual: '受講者数 1,046人\n（うち小中学生 412人）',
        remarks: '【成果・効果】市内全小学校で講座を実施した。\n【今後の方向性】拡充',
      },
    ],
  ],
  [
    '基本方針 ３　介護予防・日常生活支援総合事業の充実',
    [
      {
        code: '1-3-1',
        name: '短期集中予防サービス事業',
        outline: 'リハビリ専門職等が３～６か月の短期間で集中的に生活機能の改善を支援する（訪問型・通所型サービスＣ）。',
        last: '訪問型サービスＣ 14人\n通所型サービスＣ 35人',
        self: 'B',
        target: '訪問型サービスＣ 20人\n通所型サービスＣ 40人',
        actual: '訪問型サービスＣ 12人\n通所型サービスＣ 31人',
        remarks: '【成果・効果】利用者の７割がサービス終了後に通いの場へ移行した。\n【課題】ケアマネジャーへの周知。\n【今後の方向性】継続',
      },
      {
        code: '1-3-2',
        name: 'いきいき百歳体操普及事業',
        outline: '住民主体で週１回以上いきいき百歳体操を行う団体に、立ち上げ支援と体力測定を行う。',
        last: '実施団体数 92団体',
        self: 'B',
        target: '実施団体数 110団体',
        actual: '実施団体数 96団体',
        remarks: '【成果・効果】新たに４団体が立ち上がった。\n【課題】担い手の高齢化による休止団体がある。\n【今後の方向性】継続',
      },
    ],
  ],
  [
    '基本方針 ４　生活支援体制の整備と社会参加の促進',
    [
      {
        code: '1-4-1',
        name: '介護支援ボランティアポイント事業',
        outline: '介護施設等でボランティア活動を行った高齢者にポイントを付与し、換金できる仕組みを創設する。',
        last: '（新規）',
        self: 'D',
        target: '登録者数 350人',
        actual: '未実施',
        remarks: '【成果・効果】制度設計と受入施設との調整に時間を要し、実施に至らなかった。\n【今後の方向性】令和７年度から実施',
      },
      {
        code: '1-4-2',
        name: '生活支援体制整備事業',
        outline: '生活支援コーディネーターを配置し、協議体を通じて地域の支え合いの仕組みづくりを進める。',
        last: '協議体開催回数 12回',
        self: 'A',
        target: '協議体開催回数 12回',
        actual: '協議体開催回数 14回',
        remarks: '【成果・効果】第２層協議体から移動支援の取組が生まれた。\n【今後の方向性】継続',
      },
    ],
  ],
];

const PROJECT_TABLE: Holdout2Workbook = {
  name: 'h120-b-chiiki-shien-jisseki',
  layout:
    '令和６年度 地域支援事業 事業実績: No.｜推進事業（code, name, 【概要】）｜R5年度実績値｜自己評価｜R6年度数値目標｜R6年度実績値, text figures, a 訪問型Ｃ／通所型Ｃ pair, a 「うち」 note, one 未実施, full-width digits',
  build(wb) {
    const ws = wb.addWorksheet('事業実績');
    widths(ws, [5, 46, 20, 8, 22, 22, 50]);
    put(ws, 1, 1, ['令和６年度 事業実績（地域支援事業）']);
    put(ws, 1, 7, ['資料No.２']);
    put(ws, 2, 1, ['長寿福祉課・地域包括ケア推進室']);
    put(ws, 3, 1, ['No.', '推進事業', 'R5年度実績値', '自己評価', 'R6年度数値目標', 'R6年度実績値', '成果・効果、課題、今後の方向性']);
    let r = 4;
    let no = 1;
    for (const [policy, rows] of PROJECTS) {
      merge(ws, r, 1, r, 7, policy);
      r++;
      for (const p of rows) {
        put(ws, r, 1, [no++, `${p.code} ${p.name}\n【概要】${p.outline}`, p.last, p.self, p.target, p.actual, p.remarks]);
        wrap(ws, r, 1, r, 7);
        r++;
      }
    }
    box(ws, 3, 1, r - 1, 7);
    put(ws, r + 1, 1, ['※自己評価　A：目標を達成　B：概ね達成（80％以上）　C：やや不十分（60％以上）　D：不十分・未実施']);
  },
  expected: {
    file: 'h120-b-chiiki-shien-jisseki.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('事業実績', '地域包括支援センター運営事業', '件', 7500, 8046, { existing: 'A' }),
      ind('事業実績', '地域ケア会議推進事業', '回', 24, 19, { existing: 'B' }),
      ind('事業実績', '認知症初期集中支援推進事業', '人', 30, 22, { existing: 'C' }),
      ind('事業実績', '認知症カフェ運営支援事業', 'か所', 12, 12, { existing: 'A' }),
      ind('事業実績', '認知症サポーター養成事業', '人', 800, 1046, { existing: 'A' }),
      {
        sheet: '事業実績',
        name: '短期集中予防サービス事業',
        unit: '人',
        measures: [
          { label: '訪問型サービスＣ', target: 20, actual: 12, unit: '人' },
          { label: '通所型サービスＣ', target: 40, actual: 31, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind('事業実績', 'いきいき百歳体操普及事業', '団体', 110, 96, { existing: 'B' }),
      ind('事業実績', '介護支援ボランティアポイント事業', '人', 350, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind('事業実績', '生活支援体制整備事業', '回', 12, 14, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. KPI table (family C): 第８期介護保険事業計画 取組目標, 目標値／実績値 rows per KPI, 令和4年3月末…令和6年3月末, "16,000 人".

const KPIS: { name: string; targets: string[]; actuals: string[]; note: string }[] = [
  {
    name: '① 認知症サポーター養成数（累計）',
    targets: ['16,000 人', '17,000 人', '18,000 人'],
    actuals: ['16,240 人', '17,105 人', '17,630 人'],
    note: '平成18年度からの累計',
  },
  { name: '② 通いの場参加者数', targets: ['1,200 人', '1,350 人', '1,500 人'], actuals: ['980 人', '1,188 人', '1,402 人'], note: '実人数' },
  { name: '③ 生活支援コーディネーター配置数', targets: ['-', '6 人', '8 人'], actuals: ['5 人', '6 人', '8 人'], note: '第１層・第２層の合計' },
  { name: '④ 自立支援型地域ケア会議検討事例数', targets: ['36 件', '36 件', '36 件'], actuals: ['28 件', '31 件', '20 件'], note: '' },
  { name: '⑤ 介護人材確保支援事業による新規就労者数', targets: ['20 人', '20 人', '20 人'], actuals: ['14 人', '17 人', '集計中'], note: '事業所への照会中' },
];

const KPI_TABLE: Holdout2Workbook = {
  name: 'h120-c-8ki-torikumi-kpi',
  layout: '第８期介護保険事業計画 取組目標の達成状況: KPI × 令和4年3月末…令和6年3月末 with 目標値／実績値 rows, "16,000 人", "-" where no target, one 集計中',
  build(wb) {
    const ws = wb.addWorksheet('取組目標');
    widths(ws, [40, 10, 16, 16, 16, 24]);
    put(ws, 1, 1, ['第８期介護保険事業計画　自立支援・重度化防止等に関する取組目標の達成状況']);
    put(ws, 2, 1, ['評価対象：令和５年度（令和６年３月末現在）']);
    put(ws, 4, 1, ['取組目標（ＫＰＩ）', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '備考']);
    KPIS.forEach((k, i) => {
      const r = 5 + i * 2;
      merge(ws, r, 1, r + 1, 1, k.name);
      put(ws, r, 2, ['目標値', ...k.targets]);
      put(ws, r + 1, 2, ['実績値', ...k.actuals]);
      merge(ws, r, 6, r + 1, 6, k.note || undefined);
    });
    box(ws, 4, 1, 4 + KPIS.length * 2, 6);
  },
  expected: {
    file: 'h120-c-8ki-torikumi-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('取組目標', '認知症サポーター養成数（累計）', '人', 18000, 17630),
      ind('取組目標', '通いの場参加者数', '人', 1500, 1402),
      ind('取組目標', '生活支援コーディネーター配置数', '人', 8, 8),
      ind('取組目標', '自立支援型地域ケア会議検討事例数', '件', 36, 20),
      ind('取組目標', '介護人材確保支援事業による新規就労者数', '人', 20, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 4. Plan indicators (family D): 点検評価一覧, 現況（計画策定時） and 実績 with their year in the cell, 目標（R5）.

const PLAN_ROWS: (string | number)[][] = [
  [
    '１ 地域で支え合う体制づくり',
    '地域包括支援センターの認知度',
    '高齢者のうち地域包括支援センターを「知っている」と答えた人の割合',
    '３８．２％\n（令和元年度）',
    '50.0％',
    '－',
    '介護予防・日常生活圏域ニーズ調査',
    '調査は３年ごと（次回は令和４年度）',
  ],
  [
    '２ 認知症になっても安心して暮らせるまち',
    '認知症カフェ設置数',
    '市内で開設されている認知症カフェの数',
    '６か所\n（令和元年度）',
    '10か所',
    '8か所\n（令和3年度）',
    '長寿福祉課調べ',
    '',
  ],
  [
    '３ 介護予防と健康づくり',
    '住民主体の通いの場の数',
    '週１回以上開催される住民主体の通いの場の数',
    '62か所\n（令和元年度）',
    '90か所',
    '71か所\n（令和3年度）',
    '長寿福祉課調べ',
    '新型コロナにより休止中の12か所を含まない',
  ],
  [
    '４ 介護保険制度の適正な運営',
    'ケアプラン点検件数',
    '介護給付適正化事業として実施したケアプラン点検の件数',
    '40件\n（令和元年度）',
    '60件',
    '64件\n（令和3年度）',
    '介護保険課調べ',
    '',
  ],
  [
    '４ 介護保険制度の適正な運営',
    '介護職員初任者研修受講者数',
    '市の受講費助成を利用して初任者研修を修了した人数',
    '12人\n（令和元年度）',
    '30人',
    '9人\n（令和3年度）',
    '介護保険課調べ',
    '受講者の募集が定員に満たなかった',
  ],
];

const PLAN_TABLE: Holdout2Workbook = {
  name: 'h120-d-tenken-hyoka-ichiran',
  layout:
    '高齢者保健福祉計画・第８期介護保険事業計画 点検評価一覧（令和３年度実績）: 現況「６か所⏎（令和元年度）」, 目標（R5）, 実績「8か所⏎（令和3年度）」, one 「－」 (survey every three years), full-width digits',
  build(wb) {
    const ws = wb.addWorksheet('点検評価一覧');
    widths(ws, [22, 26, 34, 16, 12, 16, 22, 28]);
    put(ws, 1, 1, ['令和４年度　高齢者保健福祉計画・第８期介護保険事業計画　点検評価一覧（令和３年度実績）']);
    put(ws, 3, 1, ['基本目標', '指標', '指標の説明', '現況\n（計画策定時）', '目標\n（R5）', '実績', '現状把握の方法', '備考']);
    PLAN_ROWS.forEach((row, i) =>
      put(
        ws,
        4 + i,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      ),
    );
    wrap(ws, 3, 1, 3 + PLAN_ROWS.length, 8);
    box(ws, 3, 1, 3 + PLAN_ROWS.length, 8);
  },
  expected: {
    file: 'h120-d-tenken-hyoka-ichiran.xlsx',
    fiscalYear: 2021,
    indicators: [
      { ...ind('点検評価一覧', '地域包括支援センターの認知度', '％', 50.0, null, { actualStatus: 'not-applicable' }), targetSource: 'final' },
      { ...ind('点検評価一覧', '認知症カフェ設置数', 'か所', 10, 8), targetSource: 'final' },
      { ...ind('点検評価一覧', '住民主体の通いの場の数', 'か所', 90, 71), targetSource: 'final' },
      { ...ind('点検評価一覧', 'ケアプラン点検件数', '件', 60, 64), targetSource: 'final' },
      { ...ind('点検評価一覧', '介護職員初任者研修受講者数', '人', 30, 9), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [POLICY_SHEET, PROJECT_TABLE, KPI_TABLE, PLAN_TABLE];
