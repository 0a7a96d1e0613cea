/**
 * Hold-out 116, the four families, for 子ども・子育て支援: a 施策評価シート with tiled indicator blocks on two sheets, a 推進事業
 * 実績一覧 with text figures, a 総合戦略 KPI table per 3月末 and a 子ども・子育て支援事業計画 成果指標 table.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

const wrap = (ws: Worksheet, addr: string) => {
  ws.getCell(addr).alignment = { wrapText: true, vertical: 'middle' };
};

// ---------------------------------------------------------------------------------------------
// A: 基本施策事後評価シート, blocks two across, R1（現状値）〜R6, 期待値 row ("※R6は目標値"), 目指す方向 ↑／↓.

interface Block {
  no: string;
  name: string;
  desc: string;
  unit: string;
  way: '↑' | '↓';
  actuals: (number | string | null)[]; // R1..R6
  expected: (number | null)[]; // R1..R6
  note?: string;
}

function block(ws: Worksheet, row: number, col: number, b: Block): void {
  const c = (i: number) => ws.getColumn(col + i).letter;
  put(ws, row, col, [b.no, b.name]);
  ws.mergeCells(`${c(1)}${row}:${c(6)}${row}`);
  put(ws, row + 1, col, ['指標の説明', b.desc]);
  ws.mergeCells(`${c(1)}${row + 1}:${c(6)}${row + 1}`);
  wrap(ws, `${c(1)}${row + 1}`);
  put(ws, row + 2, col, ['単位', b.unit, '目指す方向', b.way]);
  put(ws, row + 3, col, ['区分', 'R1\n（現状値）', 'R2', 'R3', 'R4', 'R5', 'R6']);
  wrap(ws, `${c(1)}${row + 3}`);
  put(ws, row + 4, col, ['実績値', ...b.actuals]);
  put(ws, row + 5, col, ['期待値\n※R6は目標値', ...b.expected]);
  wrap(ws, `${c(0)}${row + 5}`);
  put(ws, row + 6, col, ['備考', b.note]);
  ws.mergeCells(`${c(1)}${row + 6}:${c(6)}${row + 6}`);
}

function policySheet(wb: Workbook, name: string, hoshin: string, shisaku: string, last: string, blocks: Block[], comment: string): void {
  const ws = wb.addWorksheet(name);
  ws.getColumn(1).width = 14;
  ws.getColumn(9).width = 14;
  put(ws, 1, 1, ['令和５年度　基本施策事後評価シート']);
  ws.mergeCells('A1:O1');
  put(ws, 2, 1, ['評価対象期間：令和５年度（令和5年4月1日～令和6年3月31日）']);
  ws.mergeCells('A2:H2');
  put(ws, 3, 1, ['基本方針', hoshin]);
  ws.mergeCells('B3:H3');
  put(ws, 3, 10, ['達成状況評価']);
  ws.mergeCells('J3:K3');
  // L3: this year's grade, left for the evaluation office; M3: last year's.
  put(ws, 3, 13, [last]);
  put(ws, 4, 1, ['基本施策', shisaku]);
  ws.mergeCells('B4:H4');
  put(ws, 4, 10, ['担当部等', 'こども家庭部　こども政策課']);
  ws.mergeCells('K4:O4');
  put(ws, 5, 1, ['※目指す方向　↑：数値の増加を目指す　↓：数値の減少を目指す']);
  put(ws, 6, 1, ['成果指標']);
  blocks.forEach((b, i) => block(ws, 7 + Math.floor(i / 2) * 8, i % 2 === 0 ? 1 : 9, b));
  const end = 7 + Math.ceil(blocks.length / 2) * 8;
  put(ws, end, 1, ['総合評価']);
  put(ws, end, 2, [comment]);
  ws.mergeCells(`B${end}:O${end}`);
  put(ws, end + 1, 1, ['今後の方向性', '継続']);
  ws.mergeCells(`B${end + 1}:O${end + 1}`);
}

const POLICY_23: Block[] = [
  {
    no: '指標 ①',
    name: '保育所等待機児童数（4月1日時点）',
    desc: '国の定義による各年4月1日時点の保育所等待機児童数',
    unit: '人',
    way: '↓',
    actuals: [18, 12, 9, 5, 3, null],
    expected: [null, 12, 8, 4, 2, 0],
  },
  {
    no: '指標 ②',
    name: '放課後児童クラブ登録児童数',
    desc: '5月1日時点の放課後児童クラブ登録児童数',
    unit: '人',
    way: '↑',
    actuals: [1210, 1250, 1318, 1362, 1405, null],
    expected: [null, 1260, 1300, 1350, 1400, 1450],
  },
  {
    no: '指標 ③',
    name: 'ファミリー・サポート・センター利用延べ人数',
    desc: '援助活動（送迎・預かり等）の利用延べ人数',
    unit: '人',
    way: '↑',
    actuals: [2010, 1320, 1655, 1790, 1872, null],
    expected: [null, 2100, 2200, 2300, 2400, 2500],
    note: '提供会員の高齢化により活動件数が伸び悩んでいる',
  },
  {
    no: '指標 ④',
    name: '一時預かり事業利用延べ人数',
    desc: '一時預かり事業（一般型）の年間利用延べ人数',
    unit: '人日',
    way: '↑',
    actuals: [5420, 3980, 4510, 4870, 5130, null],
    expected: [null, 5600, 5700, 5800, 6000, 6200],
  },
];

const POLICY_24: Block[] = [
  {
    no: '指標 ①',
    name: '乳幼児健康診査受診率',
    desc: '4か月児・1歳6か月児・3歳児健康診査の平均受診率',
    unit: '％',
    way: '↑',
    actuals: [95.8, 93.1, 95.0, 96.0, 96.2, null],
    expected: [null, 96.0, 96.3, 96.6, 97.0, 97.5],
  },
  {
    no: '指標 ②',
    name: '子育て世代包括支援センター相談件数',
    desc: '妊娠期から子育て期までの相談対応件数（延べ）',
    unit: '件',
    way: '↑',
    actuals: [1320, 1498, 1710, 1902, 2046, null],
    expected: [null, 1400, 1500, 1650, 1800, 2000],
  },
  {
    no: '指標 ③',
    name: '要保護児童対策地域協議会個別ケース検討会議開催回数',
    desc: '要保護児童等の個別ケースについて関係機関と協議した回数',
    unit: '回',
    way: '↑',
    actuals: [16, 11, 14, 15, 13, null],
    expected: [null, 18, 20, 22, 24, 24],
    note: '実務者会議での進行管理に重点を移したため回数は減少',
  },
];

const policyInds = (sheet: string, blocks: Block[]): ExpectedIndicator[] =>
  blocks.map((b) => ind(sheet, b.name, b.unit, b.expected[4], b.actuals[4] as number, { direction: b.way === '↓' ? 'down' : 'up' }));

const P23 = policyInds('2-3', POLICY_23);
const P24 = policyInds('2-4', POLICY_24);

const policy: Holdout2Workbook = {
  name: 'h116-shisaku-kosodate',
  layout:
    'A: two 基本施策 sheets (2-3 子育て支援, 2-4 母子保健・虐待防止), blocks two across, R1（現状値）〜R6, 期待値 row, 目指す方向 ↑／↓, L3 empty beside （B）',
  build(wb) {
    policySheet(
      wb,
      '2-3',
      '２　子どもを安心して産み育てられるまち',
      '2-3　子育て支援の充実',
      '（B）',
      POLICY_23,
      '待機児童数は減少したが、年度途中の入所希望の増加に保育士確保が追いつかず、目標には届かなかった。',
    );
    policySheet(
      wb,
      '2-4',
      '２　子どもを安心して産み育てられるまち',
      '2-4　母子保健の充実と児童虐待の防止',
      '（A）',
      POLICY_24,
      '相談件数は増加したが、個別ケース検討会議の開催回数は期待値を下回った。',
    );
  },
  expected: {
    file: 'h116-shisaku-kosodate.xlsx',
    fiscalYear: 2023,
    indicators: [...P23, ...P24],
    groups: [
      { sheet: '2-3', cell: 'L3', grade: rollUp(P23.map((i) => i.grade)) },
      { sheet: '2-4', cell: 'L3', grade: rollUp(P24.map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// B: 推進事業実績一覧, text figures, measures in one cell, one 未実施.

const S = '事業実績';
const JIGYO: [string, string, string, string, string, string][] = [
  [
    '【1-1】利用者支援事業\n子育て世代包括支援センター等で妊娠期から子育て期の相談に応じ、必要な支援につなぐ',
    '相談件数 1,902件',
    '相談件数 1,800件',
    '相談件数 2,046件',
    'A',
    '継続',
  ],
  [
    '【1-2】地域子育て支援拠点事業\n子育て親子の交流の場の提供、子育て相談、情報提供',
    '延べ利用者数 36,204人',
    '延べ利用者数 42,000人',
    '延べ利用者数 38,517人',
    'A',
    '継続',
  ],
  [
    '【1-3】一時預かり事業（一般型）\n保護者の疾病・冠婚葬祭・リフレッシュ等の際の一時預かり',
    '4,870人日',
    '延べ利用 6,000人日',
    '延べ利用 5,130人日',
    'B',
    '拡充',
  ],
  [
    '【1-4】ファミリー・サポート・センター事業\n子育ての援助を受けたい人と行いたい人の相互援助活動',
    '活動件数 1,790件',
    '活動件数 2,400件',
    '活動件数 1,872件',
    'B',
    '見直し',
  ],
  ['【1-5】病児・病後児保育事業\n病気の児童を医療機関併設施設で一時的に保育', '延べ 588人', '利用児童数 延べ1,100人', '利用児童数 延べ642人', 'C', '継続'],
  [
    '【1-6】子育て短期支援事業（ショートステイ）\n児童養護施設等で一時的に児童を養育',
    '－',
    '利用日数 120日',
    '未実施\n（受入施設の確保ができなかったため）',
    'D',
    '見直し',
  ],
  [
    '【2-1】乳幼児健康診査事業\n4か月児・1歳6か月児・3歳児等の健康診査',
    '4か月児：98.1％\n1歳6か月児：96.0％',
    '4か月児：98.0％\n1歳6か月児：97.0％',
    '4か月児：98.6％\n1歳6か月児：95.1％',
    'A',
    '継続',
  ],
  ['【2-2】養育支援訪問事業\n養育支援が特に必要な家庭を訪問し、指導・助言を行う', '訪問世帯数 58世帯', '訪問世帯数 60世帯', '訪問世帯数 64世帯', 'A', '継続'],
  ['【3-1】母子・父子自立支援員による就業相談\nひとり親家庭の就業に関する相談・情報提供', '相談件数 330件', '相談件数 350件', '相談件数 312件', 'B', '継続'],
  ['【3-2】高等職業訓練促進給付金事業\n看護師等の資格取得のための修業期間中の生活費を支給', '支給者数 10人', '支給者数 12人', '支給者数 9人', 'B', '継続'],
];

const jigyo: Holdout2Workbook = {
  name: 'h116-jigyo-jisseki',
  layout:
    'B: 推進事業実績一覧, 【code】name⏎概要 in one cell, 令和5年度（数値目標｜実績値）as text with labels, a 4か月児／1歳6か月児 pair, a 未実施 with its reason, 自己評価 after the figures',
  build(wb) {
    const ws = wb.addWorksheet(S);
    ws.getColumn(2).width = 48;
    put(ws, 1, 1, ['令和５年度　第２期子ども・子育て支援事業計画　推進事業実績一覧']);
    ws.mergeCells('A1:G1');
    put(ws, 2, 6, ['担当：こども家庭部']);
    put(ws, 3, 1, ['No.', '推進事業（事業名・概要）', '令和4年度\n実績値', '令和5年度', undefined, '自己評価', '今後の方向性']);
    put(ws, 4, 4, ['数値目標', '実績値']);
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:B4');
    ws.mergeCells('C3:C4');
    ws.mergeCells('D3:E3');
    ws.mergeCells('F3:F4');
    ws.mergeCells('G3:G4');
    JIGYO.forEach((r, i) => {
      put(ws, 5 + i, 1, [i + 1, ...r]);
      for (const c of ['B', 'C', 'D', 'E']) wrap(ws, `${c}${5 + i}`);
    });
    put(ws, 5 + JIGYO.length + 1, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：やや遅れ　D：遅れ・未実施']);
  },
  expected: {
    file: 'h116-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S, '利用者支援事業', '件', 1800, 2046, { existing: 'A' }),
      ind(S, '地域子育て支援拠点事業', '人', 42000, 38517, { existing: 'A' }),
      ind(S, '一時預かり事業（一般型）', '人日', 6000, 5130, { existing: 'B' }),
      ind(S, 'ファミリー・サポート・センター事業', '件', 2400, 1872, { existing: 'B' }),
      ind(S, '病児・病後児保育事業', '人', 1100, 642, { existing: 'C' }),
      ind(S, '子育て短期支援事業（ショートステイ）', '日', 120, null, { existing: 'D', actualStatus: 'not-implemented' }),
      {
        sheet: S,
        name: '乳幼児健康診査事業',
        measures: [
          { label: '4か月児', target: 98.0, actual: 98.6, unit: '％' },
          { label: '1歳6か月児', target: 97.0, actual: 95.1, unit: '％' },
        ],
        existing: 'A',
        grade: 'B',
      },
      ind(S, '養育支援訪問事業', '世帯', 60, 64, { existing: 'A' }),
      ind(S, '母子・父子自立支援員による就業相談', '件', 350, 312, { existing: 'B' }),
      ind(S, '高等職業訓練促進給付金事業', '人', 12, 9, { existing: 'B' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// C: 総合戦略 KPI, 目標値／実績値 rows per KPI, 3月末 columns, "50 人" text, "-" where none, 減少 in 備考.

const K = 'KPI';
const KPIS: [string, string, (string | null)[], (string | null)[], string][] = [
  ['保育所等待機児童数', '人', ['6 人', '4 人', '2 人', '0 人', '0 人'], ['12 人', '9 人', '5 人', '3 人', null], '減少を目指す（翌4月1日時点）'],
  ['放課後児童クラブ待機児童数', '人', ['30 人', '20 人', '15 人', '10 人', '0 人'], ['41 人', '33 人', '25 人', '14 人', null], '減少を目指す'],
  [
    '子育て世代包括支援センター相談件数',
    '件',
    ['1,400 件', '1,500 件', '1,600 件', '1,700 件', '1,800 件'],
    ['1,498 件', '1,710 件', '1,902 件', '1,985 件', null],
    '',
  ],
  [
    '一時預かり事業利用延べ人数',
    '人',
    ['5,000 人', '5,200 人', '5,400 人', '5,500 人', '5,600 人'],
    ['3,980 人', '4,510 人', '4,870 人', '5,130 人', null],
    '',
  ],
  ['ファミリー・サポート・センター会員数', '人', ['750 人', '800 人', '850 人', '900 人', '950 人'], ['702 人', '768 人', '811 人', '846 人', null], ''],
  [
    '子育てしやすいまちだと思う市民の割合',
    '％',
    ['-', '55.0 ％', '-', '60.0 ％', '-'],
    ['-', '51.3 ％', '-', '-', null],
    '市民意識調査（隔年実施、令和5年度は調査なし）',
  ],
  ['延長保育事業利用児童数', '人', ['-', '-', '-', '-', '-'], ['1,012 人', '1,064 人', '1,098 人', '1,120 人', null], '参考指標'],
];

const kpi: Holdout2Workbook = {
  name: 'h116-kpi-senryaku',
  layout:
    'C: 総合戦略 基本目標３ KPI, 目標値／実績値 rows per KPI under a merged KPI cell, 令和3年3月末〜令和7年3月末, "1,400 件" text, "-" cells, 減少 in 備考',
  build(wb) {
    const ws = wb.addWorksheet(K);
    ws.getColumn(1).width = 36;
    put(ws, 1, 1, ['第２期まち・ひと・しごと創生総合戦略　KPI進捗状況']);
    put(ws, 2, 1, ['基本目標３　結婚・出産・子育ての希望をかなえる']);
    put(ws, 3, 1, ['（令和５年度評価：令和6年3月末現在）']);
    put(ws, 5, 1, ['重要業績評価指標（KPI）', '区分', '令和3年3月末', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '備考']);
    KPIS.forEach(([name, , t, a, note], i) => {
      const r = 6 + i * 2;
      put(ws, r, 1, [name, '目標値', ...t.map((x) => x ?? undefined), note]);
      put(ws, r + 1, 2, ['実績値', ...a.map((x) => x ?? undefined)]);
      ws.mergeCells(`A${r}:A${r + 1}`);
      ws.mergeCells(`H${r}:H${r + 1}`);
    });
  },
  expected: {
    file: 'h116-kpi-senryaku.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K, '保育所等待機児童数', '人', 0, 3, { direction: 'down' }),
      ind(K, '放課後児童クラブ待機児童数', '人', 10, 14, { direction: 'down' }),
      ind(K, '子育て世代包括支援センター相談件数', '件', 1700, 1985),
      ind(K, '一時預かり事業利用延べ人数', '人', 5500, 5130),
      ind(K, 'ファミリー・サポート・センター会員数', '人', 900, 846),
      ind(K, '子育てしやすいまちだと思う市民の割合', '％', 60.0, null, { actualStatus: 'not-applicable' }),
      ind(K, '延長保育事業利用児童数', '人', null, 1120),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// D: 計画の成果指標, 現況 with its year, 目標（R6）, 実績 with its year; one 実績 of the year before.

const D = '計画の指標';
const PLAN: [string, string, string, string, string | number, string, string][] = [
  ['乳幼児健康診査の受診率', '％', '4か月児・1歳6か月児・3歳児健康診査の平均受診率', '95.8\n（平成30年度）', 98.0, '96.9\n（令和5年度）', '健康診査実績'],
  [
    '子育てに不安や負担を感じる保護者の割合',
    '％',
    '就学前児童の保護者のうち子育てに不安や負担を感じる割合（減少を目指す）',
    '38.5\n（平成30年度）',
    30.0,
    '33.2\n（令和5年度）',
    '子育て支援アンケート',
  ],
  [
    '放課後児童クラブの待機児童数',
    '人',
    '5月1日時点の待機児童数。待機児童の解消（減少）を目指す',
    '45\n（令和元年5月1日）',
    0,
    '12\n（令和5年5月1日）',
    '放課後児童クラブ実施状況調査',
  ],
  [
    'ファミリー・サポート・センターの提供会員数',
    '人',
    '援助を行う提供会員（両方会員を含む）の数',
    '210\n（平成30年度末）',
    300,
    '268\n（令和5年度末）',
    '事業実績',
  ],
  [
    'ひとり親家庭の就業支援による就職者数',
    '人',
    '自立支援員・就業支援センターの支援を受けて就職した人数',
    '18\n（平成30年度）',
    30,
    '22\n（令和4年度）',
    '県母子家庭等就業・自立支援センター集計（令和5年度分は公表前）',
  ],
  [
    '児童虐待相談対応件数',
    '件',
    '家庭児童相談室が対応した児童虐待相談の件数（件数の増減のみでは評価できないため目標値は設定しない）',
    '124\n（平成30年度）',
    '－',
    '186\n（令和5年度）',
    '福祉行政報告例',
  ],
  ['地域子育て支援拠点の設置数', 'か所', '地域子育て支援拠点事業の実施か所数', '8\n（平成31年4月1日）', 10, '10\n（令和5年度末）', '事業実績'],
];

const plan: Holdout2Workbook = {
  name: 'h116-keikaku-shihyo',
  layout:
    'D: 子ども・子育て支援事業計画 成果指標, 単位 column, 現況（計画策定時）「95.8⏎（平成30年度）」, 目標（R6）, 実績 with year notes (one 令和4年度), 目標 「－」 for 児童虐待相談対応件数',
  build(wb) {
    const ws = wb.addWorksheet(D);
    ws.getColumn(2).width = 34;
    ws.getColumn(4).width = 40;
    put(ws, 1, 1, ['第２期子ども・子育て支援事業計画　成果指標の点検・評価（令和５年度）']);
    ws.mergeCells('A1:H1');
    put(ws, 3, 1, ['No.', '指標', '単位', '指標の説明', '現況\n（計画策定時）', '目標\n（R6）', '実績', '現状把握の方法']);
    PLAN.forEach((r, i) => {
      put(ws, 4 + i, 1, [i + 1, ...r]);
      for (const c of ['D', 'E', 'G', 'H']) wrap(ws, `${c}${4 + i}`);
    });
  },
  expected: {
    file: 'h116-keikaku-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(D, '乳幼児健康診査の受診率', '％', 98.0, 96.9),
      ind(D, '子育てに不安や負担を感じる保護者の割合', '％', 30.0, 33.2, { direction: 'down' }),
      ind(D, '放課後児童クラブの待機児童数', '人', 0, 12, { direction: 'down' }),
      ind(D, 'ファミリー・サポート・センターの提供会員数', '人', 300, 268),
      ind(D, 'ひとり親家庭の就業支援による就職者数', '人', 30, 22),
      ind(D, '児童虐待相談対応件数', '件', null, 186),
      ind(D, '地域子育て支援拠点の設置数', 'か所', 10, 10),
    ].map((i) => ({ ...i, targetSource: 'final' })),
    groups: [],
    guesses: ['other-year'],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policy, jigyo, kpi, plan];
