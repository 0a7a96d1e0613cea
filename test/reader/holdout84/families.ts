/**
 * Hold-out 84, part 1: the four families from offices of an unusual size — a 特別区's 教育振興基本計画 施策評価シート (blocks
 * with 実績値 / 期待値 / 目標値 rows), a 水道企業団's (一部事務組合) 事業実績 with text targets, a 町's 総合戦略 KPI table with
 * 3月末 columns and a village's 地域福祉計画 indicator table with units in the names.
 */
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

type Cell = string | number | undefined;

// ---------------------------------------------------------------------------------------------------------------------
// A 特別区's 施策評価シート: four blocks stacked down, each with a 年度 row (令和3年度（基準値）…令和8年度（目標）), a 実績値 row,
// a 期待値 row for 令和4〜7年度 and a 目標値 row with the final year only. 評価対象年度 令和5年度: its 期待値 is the target.
const P1 = '施策2-1';
interface Block {
  no: string;
  name: string;
  unit: string;
  desc: string;
  way: '増加' | '減少';
  actuals: Cell[]; // 令和3年度（基準値）, 令和4年度, 令和5年度
  expects: Cell[]; // 令和4〜7年度
  final: number;
}
const blocks: Block[] = [
  {
    no: '指標①',
    name: '「授業の内容がよく分かる」と答えた児童・生徒の割合',
    unit: '％',
    desc: '区学習意識調査（小学5年生・中学2年生）で「よく分かる」「だいたい分かる」と回答した割合',
    way: '増加',
    actuals: [78.4, 80.1, 81.0],
    expects: [80.0, 82.0, 84.0, 86.0],
    final: 88.0,
  },
  {
    no: '指標②',
    name: '不登校児童・生徒の出現率',
    unit: '％',
    desc: '区立小・中学校の在籍者に占める年間30日以上欠席した不登校児童・生徒の割合',
    way: '減少',
    actuals: [2.1, 2.45, 2.71],
    expects: [2.0, 1.9, 1.8, 1.7],
    final: 1.6,
  },
  {
    no: '指標③',
    name: '区立図書館の児童書貸出冊数',
    unit: '千冊',
    desc: '区立図書館（中央館・地域館8館）における児童書の年間貸出冊数',
    way: '増加',
    actuals: [412, 438, 455],
    expects: [420, 430, 440, 450],
    final: 460,
  },
  {
    no: '指標④',
    name: '放課後学習支援教室の参加者数（延べ）',
    unit: '人',
    desc: '区立中学校10校で実施する放課後学習支援教室への年間延べ参加者数',
    way: '増加',
    actuals: [3120, 3540, 3388],
    expects: [3600, 3800, 4000, 4200],
    final: 4400,
  },
];
const F1_INDICATORS: ExpectedIndicator[] = blocks.map((b) =>
  ind(P1, b.name, b.unit, b.expects[1] as number, b.actuals[2] as number, { direction: b.way === '減少' ? 'down' : 'up' }),
);
const policySheet: Holdout2Workbook = {
  name: 'h84-ku-education-policy-sheet',
  layout:
    '特別区の教育振興基本計画（後期）施策評価シート: 指標ブロック4つを縦に積み、年度行・実績値行・期待値行（R4〜R7）・目標値行（R8のみ）、目指す方向「増加／減少」、達成状況は空欄で前年度（B）',
  build(wb) {
    const ws = wb.addWorksheet(P1);
    put(ws, 1, 1, ['みなと野区教育振興基本計画（後期：令和4年度～令和8年度）　令和6年度 施策評価シート（評価対象年度：令和5年度）']);
    ws.mergeCells('A1:H1');
    put(ws, 3, 1, ['基本目標', '2　確かな学力と豊かな心を育む']);
    put(ws, 4, 1, ['施策', '2-1　一人ひとりに応じた学びの推進']);
    put(ws, 5, 1, ['所管課', '教育指導課・学務課・中央図書館']);
    for (const r of [3, 4, 5]) ws.mergeCells(`B${r}:H${r}`);
    put(ws, 6, 1, ['達成状況', undefined, '（B）', '※（　）内は前年度の評価']);
    ws.mergeCells('D6:H6');
    put(ws, 7, 1, ['達成状況　A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
    let r = 9;
    for (const b of blocks) {
      put(ws, r, 1, [b.no, b.name, undefined, undefined, undefined, undefined, '単位', b.unit]);
      ws.mergeCells(`B${r}:F${r}`);
      put(ws, r + 1, 1, ['指標の説明', b.desc, undefined, undefined, undefined, undefined, '目指す方向', b.way]);
      ws.mergeCells(`B${r + 1}:F${r + 1}`);
      put(ws, r + 2, 1, ['年度', '令和3年度\n（基準値）', '令和4年度', '令和5年度', '令和6年度', '令和7年度', '令和8年度\n（目標）']);
      put(ws, r + 3, 1, ['実績値', ...b.actuals]);
      put(ws, r + 4, 1, ['期待値', undefined, ...b.expects]);
      put(ws, r + 5, 1, ['目標値', undefined, undefined, undefined, undefined, undefined, b.final]);
      r += 7;
    }
    ws.getColumn(1).width = 12;
    for (const c of [2, 3, 4, 5, 6, 7]) ws.getColumn(c).width = 12;
  },
  expected: {
    file: 'h84-ku-education-policy-sheet.xlsx',
    fiscalYear: 2023,
    indicators: F1_INDICATORS,
    groups: [{ sheet: P1, cell: 'B6', grade: rollUp(F1_INDICATORS.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// A 水道企業団 (一部事務組合)'s 事業実績: targets and actuals as text with a label (「更新延長　３．５km」), two measures in one cell,
// a 未実施, the 事業名 and its 概要 in one cell, 施策 merged down.
const S2 = '令和5年度事業実績';
const projects: [string, string, string, string, string, string][] = [
  ['安定した水の供給', '基幹管路更新事業\n老朽化した導水管・送水管を計画的に更新する。', '更新延長　３．５km', '更新延長　３．１２km', 'B', '継続'],
  ['安定した水の供給', '配水管布設替事業\n耐用年数を超えた配水管を耐震管に布設替えする。', '布設替延長 1,800m', '布設替延長 1,950m', 'A', '継続'],
  ['安定した水の供給', '漏水調査事業\n構成市町村の配水管路の漏水調査を行う。', '調査延長 120km', '調査延長 134km', 'A', '継続'],
  ['安全な水の供給', '鉛製給水管解消事業\n残存する鉛製給水管を取り替える。', '解消件数 400件', '解消件数 287件', 'B', '拡充'],
  ['安全な水の供給', '施設耐震化事業\n浄水場及び配水池の耐震補強を行う。', '浄水場 1か所\n配水池 2か所', '浄水場 1か所\n配水池 1か所', 'C', '継続'],
  ['安全な水の供給', '水質検査体制強化事業\n水質検査計画に基づく定期検査を行う。', '水質検査 年12回', '年12回', 'A', '継続'],
  ['健全な経営', '水道施設台帳システム更新事業\n台帳システムを更新し管路情報を一元化する。', 'システム更新', '未実施（令和6年度に延期）', 'D', '見直し'],
  ['健全な経営', 'お客様満足度向上事業\n窓口・電話対応の改善と利用者アンケートを行う。', '満足度 80％以上', '満足度 82.5％', 'A', '継続'],
  ['健全な経営', '広報活動推進事業\n広報紙「すいどうだより」を構成市町村に全戸配布する。', '広報紙発行 年4回', '年3回', 'B', '継続'],
];
const nameOf = (cell: string) => cell.split('\n')[0];
const projectResults: Holdout2Workbook = {
  name: 'h84-kigyodan-water-project-results',
  layout:
    '水道企業団（一部事務組合）の水道ビジョン後期実施計画 事業実績: 施策を縦に結合、事業名と概要を1セルに、数値目標・実績値を文字列（全角数字・km/m・「年12回」・2測定値）、未実施、自己評価A〜D',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['東部広域水道企業団　水道ビジョン後期実施計画（令和4年度～令和8年度）　令和5年度事業実績']);
    put(ws, 2, 1, ['構成団体：東山市・西川町・南野村', undefined, undefined, undefined, undefined, '企業団事務局 工務課・業務課']);
    put(ws, 4, 1, ['No.', '施策', '事業名・概要', '令和5年度\n数値目標', '令和5年度\n実績値', '自己評価', '今後の方向性']);
    projects.forEach(([policy, project, target, actual, grade, next], i) =>
      put(ws, 5 + i, 1, [i + 1, i % 3 === 0 ? policy : undefined, project, target, actual, grade, next]),
    );
    ws.mergeCells('B5:B7');
    ws.mergeCells('B8:B10');
    ws.mergeCells('B11:B13');
    put(ws, 15, 1, ['自己評価　A：計画どおり実施　B：概ね計画どおり　C：やや遅れ　D：遅れ・未実施']);
    ws.getColumn(3).width = 40;
    ws.getColumn(4).width = 20;
    ws.getColumn(5).width = 22;
  },
  expected: {
    file: 'h84-kigyodan-water-project-results.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S2, nameOf(projects[0][1]), 'km', 3.5, 3.12, { existing: 'B' }),
      ind(S2, nameOf(projects[1][1]), 'm', 1800, 1950, { existing: 'A' }),
      ind(S2, nameOf(projects[2][1]), 'km', 120, 134, { existing: 'A' }),
      ind(S2, nameOf(projects[3][1]), '件', 400, 287, { existing: 'B' }),
      {
        sheet: S2,
        name: nameOf(projects[4][1]),
        measures: [
          { label: '浄水場', target: 1, actual: 1, unit: 'か所' },
          { label: '配水池', target: 2, actual: 1, unit: 'か所' },
        ],
        direction: 'up',
        existing: 'C',
        grade: 'D',
      },
      ind(S2, nameOf(projects[5][1]), '回', 12, 12, { existing: 'A' }),
      { sheet: S2, name: nameOf(projects[6][1]), actualStatus: 'not-implemented', direction: 'up', existing: 'D', grade: 'D' },
      ind(S2, nameOf(projects[7][1]), '％', 80, 82.5, { existing: 'A' }),
      ind(S2, nameOf(projects[8][1]), '回', 4, 3, { existing: 'B' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// A 町's 第2期総合戦略 KPI: a 目標 row and a 実績 row per KPI, columns 基準値（令和2年3月末）, 令和4年3月末 … 令和7年3月末（目標年次）;
// 「令和6年3月末時点」 = fiscal 2023. One actual 「212（見込）」, one 「集計中」 with only a final target, one KPI added later.
const K3 = 'KPI';
type Kpi = [string, string, string, Cell[], Cell[]]; // 基本目標, KPI, 単位, 目標 (R4.3〜R7.3), 実績 (基準, R4.3〜R6.3)
const kpis: Kpi[] = [
  ['1 しごとをつくる', '町内での新規創業件数', '件', [3, 3, 4, 4], [1, 2, 5, 4]],
  ['1 しごとをつくる', '町内事業所の新規雇用者数', '人', [30, 35, 40, 45], [22, 28, 31, 33]],
  ['2 ひとの流れをつくる', '観光入込客数', '千人', [180, 190, 200, 210], [205, 165, 188, '212（見込）']],
  ['2 ひとの流れをつくる', '転入者数', '人', [420, 430, 440, 450], [412, 398, 441, 427]],
  ['2 ひとの流れをつくる', '移住相談件数', '件', [60, 70, 80, 90], [41, 72, 85, 63]],
  ['3 結婚・出産・子育ての希望をかなえる', '合計特殊出生率', '－', ['－', '－', '－', 1.5], [1.42, 1.38, 1.31, '集計中']],
  ['4 安心して暮らせるまちをつくる', '空き家バンクの成約件数', '件', ['－', 8, 8, 10], ['－', '－', 6, 9]],
];
const kpiTable: Holdout2Workbook = {
  name: 'h84-cho-sogosenryaku-kpi',
  layout:
    '町の第2期総合戦略KPI: KPIごとに目標・実績の2行、列は基準値（令和2年3月末）と令和4年3月末〜令和7年3月末（目標年次）、「令和6年3月末時点」、実績「212（見込）」「集計中」、目標「－」',
  build(wb) {
    const ws = wb.addWorksheet(K3);
    put(ws, 1, 1, ['みずなみ町 第2期まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況']);
    put(ws, 2, 1, ['令和6年3月末時点', undefined, undefined, undefined, undefined, undefined, undefined, '企画政策課']);
    put(ws, 4, 1, [
      '基本目標',
      'KPI',
      '単位',
      '区分',
      '基準値\n（令和2年3月末）',
      '令和4年3月末',
      '令和5年3月末',
      '令和6年3月末',
      '令和7年3月末\n（目標年次）',
    ]);
    kpis.forEach(([goal, name, unit, targets, actuals], i) => {
      const r = 5 + i * 2;
      put(ws, r, 1, [goal, name, unit, '目標', '－', ...targets]);
      put(ws, r + 1, 4, ['実績', ...actuals]);
      for (const c of ['A', 'B', 'C']) ws.mergeCells(`${c}${r}:${c}${r + 1}`);
    });
    put(ws, 20, 1, ['※令和7年3月末の目標値は計画期間（令和2年度～令和6年度）の最終目標。「－」は目標を設定していない年次。']);
    ws.getColumn(1).width = 22;
    ws.getColumn(2).width = 28;
  },
  expected: {
    file: 'h84-cho-sogosenryaku-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K3, '町内での新規創業件数', '件', 4, 4),
      ind(K3, '町内事業所の新規雇用者数', '人', 40, 33),
      ind(K3, '観光入込客数', '千人', 200, 212, { actualStatus: 'provisional' }),
      ind(K3, '転入者数', '人', 440, 427),
      ind(K3, '移住相談件数', '件', 80, 63),
      // No target of its own for 令和6年3月末: the final target (令和7年3月末) stands, as the README's targetSource final.
      { ...ind(K3, '合計特殊出生率', null, 1.5, null, { actualStatus: 'pending' }), targetSource: 'final' },
      ind(K3, '空き家バンクの成約件数', '件', 8, 9),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// A village's 地域福祉計画 indicators: units in brackets after the names (no 単位 column), 現況 and 実績 with their year in the
// cell, one final target (令和8年度), one indicator to reduce (欠員数, target 0), one 「－」 (next survey in 令和7年度).
const D4 = '計画の指標';
type PlanRow = [string, string, string, string, number, string];
const planRows: PlanRow[] = [
  ['1 ささえあう', 'ボランティア登録者数（人）', '村社会福祉協議会ボランティアセンターの登録者数', '186\n（令和2年度）', 220, '203\n（令和5年度）'],
  ['1 ささえあう', 'ふれあい・いきいきサロンの開設数（か所）', '地区住民が運営するサロンの数', '9\n（令和2年度）', 14, '12\n（令和5年度）'],
  [
    '1 ささえあう',
    '地域の支え合いが進んでいると感じる村民の割合（％）',
    '村民意識調査で「そう思う」「ややそう思う」の割合',
    '41.5\n（令和2年度）',
    50.0,
    '44.8\n（令和5年度）',
  ],
  ['2 まもる', '成年後見制度利用支援件数（件）', '村長申立て・報酬助成の件数', '3\n（令和2年度）', 8, '9\n（令和5年度）'],
  ['2 まもる', '個別避難計画の作成率（％）', '避難行動要支援者のうち個別避難計画を作成した人の割合', '12.0\n（令和3年度）', 100.0, '58.3\n（令和5年度）'],
  ['2 まもる', '民生委員・児童委員の欠員数（人）', '定数に対する欠員数（減少を目指す）', '4\n（令和2年度）', 0, '2\n（令和5年度）'],
  [
    '3 つながる',
    '福祉サービスの情報が入手しやすいと感じる村民の割合（％）',
    '村民意識調査（3年ごと）',
    '33.0\n（令和2年度）',
    45.0,
    '－\n（次回調査：令和7年度）',
  ],
];
const planIndicators: Holdout2Workbook = {
  name: 'h84-mura-fukushi-plan-indicators',
  layout:
    '村の地域福祉計画・地域福祉活動計画（後期）計画の指標: 単位は指標名の括弧内（単位列なし）、現況・実績の年をセル内に改行で、目標（令和8年度）、欠員数は「減少を目指す」、「－（次回調査：令和7年度）」',
  build(wb) {
    const ws = wb.addWorksheet(D4);
    put(ws, 1, 1, ['ひばり村 第2次地域福祉計画・地域福祉活動計画（後期：令和4年度～令和8年度）　計画の指標の状況']);
    put(ws, 2, 1, ['令和5年度 点検・評価', undefined, undefined, undefined, undefined, '保健福祉課・ひばり村社会福祉協議会']);
    put(ws, 4, 1, ['基本目標', '指標', '指標の説明', '現況\n（計画策定時）', '目標\n（令和8年度）', '実績', '現状把握の方法']);
    const how = ['社協登録台帳', '社協調べ', '村民意識調査', '保健福祉課調べ', '保健福祉課調べ', '保健福祉課調べ', '村民意識調査'];
    planRows.forEach(([goal, ...rest], i) => put(ws, 5 + i, 1, [i === 0 || goal !== planRows[i - 1][0] ? goal : undefined, ...rest, how[i]]));
    ws.mergeCells('A5:A7');
    ws.mergeCells('A8:A10');
    ws.getColumn(2).width = 40;
    ws.getColumn(3).width = 36;
  },
  expected: {
    file: 'h84-mura-fukushi-plan-indicators.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(D4, 'ボランティア登録者数', '人', 220, 203),
      ind(D4, 'ふれあい・いきいきサロンの開設数', 'か所', 14, 12),
      ind(D4, '地域の支え合いが進んでいると感じる村民の割合', '％', 50.0, 44.8),
      ind(D4, '成年後見制度利用支援件数', '件', 8, 9),
      ind(D4, '個別避難計画の作成率', '％', 100.0, 58.3),
      ind(D4, '民生委員・児童委員の欠員数', '人', 0, 2, { direction: 'down' }),
      ind(D4, '福祉サービスの情報が入手しやすいと感じる村民の割合', '％', 45.0, null, { actualStatus: 'not-applicable' }),
    ].map((i) => ({ ...i, targetSource: 'final' })),
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectResults, kpiTable, planIndicators];
