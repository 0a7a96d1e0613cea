/** Hold-out 33: form shapes (事務事業評価調書 per sheet, 指標カード, a label/value input form going down, two tables on a 施策 sheet, period columns). */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

type Row = (string | number | null)[];
const rows = (ws: Worksheet, at: number, col: number, data: Row[]) => data.forEach((r, i) => put(ws, at + i, col, r));

/** [指標名, 単位, R4 actual, R5 target, R5 actual (text allowed), note] */
type ChoshoRow = [string, string, number, number, number | string, string | null];
interface Chosho {
  sheet: string;
  project: string;
  section: string;
  activity: ChoshoRow[];
  outcome: ChoshoRow[];
}
const CHOSHO: Chosho[] = [
  {
    sheet: '01子育て支援センター',
    project: '地域子育て支援センター運営事業',
    section: 'こども家庭課',
    activity: [['子育て支援センター利用者数', '人', 15980, 18000, 16245, null]],
    outcome: [['子育てに不安を感じる保護者の割合', '％', 35.2, 30.0, 33.5, '数値が小さいほど良い指標']],
  },
  {
    sheet: '02放課後児童クラブ',
    project: '放課後児童健全育成事業',
    section: 'こども家庭課',
    activity: [['放課後児童クラブ設置数', 'か所', 13, 14, 14, null]],
    outcome: [['放課後児童クラブ待機児童数', '人', 5, 0, 3, '数値が小さいほど良い指標']],
  },
  {
    sheet: '03図書館',
    project: '図書館管理運営事業',
    section: '生涯学習課',
    activity: [
      ['図書館貸出冊数', '冊', 487020, 520000, 498312, null],
      ['読書ボランティア養成講座受講者数', '人', 28, 40, '未実施', '講師確保ができず未実施'],
    ],
    outcome: [['図書館利用登録者数', '人', 20880, 21000, 21450, null]],
  },
];

function choshoBlock(ws: Worksheet, at: number, title: string, data: ChoshoRow[]): number {
  put(ws, at, 1, [title]);
  put(ws, at + 1, 1, ['指標名', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績', '備考']);
  rows(ws, at + 2, 1, data);
  return at + 3 + data.length;
}

const choshoExpected = (c: Chosho): ExpectedIndicator[] =>
  [...c.activity, ...c.outcome].map(([name, unit, , t, a, note]) =>
    typeof a === 'string'
      ? ind(c.sheet, name, unit, t, null, { actualStatus: 'not-implemented' })
      : ind(c.sheet, name, unit, t, a, { direction: note?.includes('小さい') ? 'down' : 'up' }),
  );

/** 事務事業評価調書: one 事業 per sheet, label rows, then 活動指標 and 成果指標 blocks with 令和4年度実績 beside the R5 figures. */
const chosho: Holdout2Workbook = {
  name: 'h33-jimu-chosho',
  layout:
    '事務事業評価調書 one 事業 per sheet: ３つのラベル行, １ 活動指標 and ２ 成果指標 blocks (R4 actual, R5 target, R5 actual, 備考 saying 小さいほど良い), a 未実施, a filled 総合評価',
  build(wb) {
    for (const c of CHOSHO) {
      const ws = wb.addWorksheet(c.sheet);
      put(ws, 1, 1, ['令和５年度　事務事業評価調書']);
      ws.mergeCells('A1:F1');
      rows(ws, 3, 1, [
        ['事業名', c.project],
        ['担当課', c.section],
        ['評価対象年度', '令和５年度'],
      ]);
      let at = choshoBlock(ws, 7, '１　活動指標', c.activity);
      at = choshoBlock(ws, at, '２　成果指標', c.outcome);
      rows(ws, at, 1, [['３　総合評価'], ['今後の方向性', '現状維持'], ['担当課評価', 'B']]);
    }
  },
  expected: { file: 'h33-jimu-chosho.xlsx', fiscalYear: 2023, indicators: CHOSHO.flatMap(choshoExpected), groups: [] },
};

const CARD = '指標カード';
/** [指標名, 説明, 単位, 方向, 基準値, target, actual, 担当課評価] */
const CARDS: [string, string, string, '増加' | '減少', number, number, number, string][] = [
  ['空き家バンク登録件数', '市の空き家バンクに登録された物件数', '件', '増加', 45, 60, 52, 'B'],
  ['特定健康診査受診率', '国保加入者のうち特定健診を受けた人の割合', '％', '増加', 38.2, 50, 41.6, 'C'],
  ['観光入込客数', '市内観光地点の入込客数（延べ）', '万人', '増加', 210, 250, 262.4, 'A'],
  ['交通事故発生件数', '市内の人身事故件数', '件', '減少', 310, 250, 268, 'B'],
];

/** 指標カード: one bordered label/value card per indicator, two across and two down, 基準値 above 目標値. */
const cards: Holdout2Workbook = {
  name: 'h33-indicator-cards',
  layout:
    '指標カード: four label/value cards (No., 指標名, 指標の説明, 単位, 指標の方向, 基準値（令和元年度）, 目標値（令和５年度）, 実績値（令和５年度）, 担当課評価) two across, two down',
  build(wb) {
    const ws = wb.addWorksheet(CARD);
    put(ws, 1, 1, ['第２次総合計画　成果指標カード（令和５年度評価）']);
    CARDS.forEach(([name, desc, unit, dir, base, t, a, grade], i) => {
      const r = 3 + Math.floor(i / 2) * 11;
      const c = 1 + (i % 2) * 4;
      put(ws, r, c, [`指標カード　No.${i + 1}`]);
      ws.mergeCells(r, c, r, c + 2);
      const labels: [string, string | number][] = [
        ['指標名', name],
        ['指標の説明', desc],
        ['単位', unit],
        ['指標の方向', dir],
        ['基準値（令和元年度）', base],
        ['目標値（令和５年度）', t],
        ['実績値（令和５年度）', a],
        ['担当課評価', grade],
      ];
      labels.forEach(([l, v], k) => {
        put(ws, r + 1 + k, c, [l, v]);
        ws.mergeCells(r + 1 + k, c + 1, r + 1 + k, c + 2);
      });
    });
  },
  expected: {
    file: 'h33-indicator-cards.xlsx',
    fiscalYear: 2023,
    indicators: CARDS.map(([name, , unit, dir, , t, a, grade]) => ind(CARD, name, unit, t, a, { direction: dir === '減少' ? 'down' : 'up', existing: grade })),
    groups: [],
  },
};

const FORM = '入力票';

/** A printed input form: labels down column B, values in D (C a spacer), 【指標１】… headings, FY and full-width figures. */
const inputForm: Holdout2Workbook = {
  name: 'h33-input-form',
  layout:
    'label/value 入力票 going down (labels in B, values in D, C blank), 対象年度 "FY2023（令和5年度）", 【指標１】… headings, figures as text: "１，２００", "1,035人", "50.0%", 集計中',
  build(wb) {
    const ws = wb.addWorksheet(FORM);
    put(ws, 1, 2, ['健康づくり推進事業　実績入力票']);
    const lines: [string, string | number | null][] = [
      ['事業名', '健康づくり推進事業'],
      ['所管課', '健康増進課'],
      ['対象年度', 'FY2023（令和5年度）'],
      ['【指標１】', null],
      ['指標名', '健康づくり教室参加者数'],
      ['単位', '人'],
      ['目標値', '１，２００'],
      ['実績値', '1,035人'],
      ['【指標２】', null],
      ['指標名', 'がん検診受診率'],
      ['単位', '％'],
      ['目標値', '50.0%'],
      ['実績値', '43.2%'],
      ['【指標３】', null],
      ['指標名', '健康ポイント事業参加者数'],
      ['単位', '人'],
      ['目標値', 3000],
      ['実績値', '集計中'],
      ['備考', '健康ポイントの実績は7月に確定'],
    ];
    lines.forEach(([l, v], i) => put(ws, 3 + i, 2, [l, null, v]));
  },
  expected: {
    file: 'h33-input-form.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(FORM, '健康づくり教室参加者数', '人', 1200, 1035),
      ind(FORM, 'がん検診受診率', '％', 50, 43.2),
      ind(FORM, '健康ポイント事業参加者数', '人', 3000, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

const POL = '施策4-2';
const ACT: [string, string, number, number][] = [
  ['ICT支援員の配置校数', '校', 22, 22],
  ['学校図書館司書の配置人数', '人', 12, 10],
];
/** [指標名, actual, target, unit, note] — this table puts 実績値 before 目標値. */
const OUT: [string, number, number, string, string | null][] = [
  ['全国学力・学習状況調査の平均正答率', 62.1, 65, '％', null],
  ['不登校児童生徒数', 104, 90, '人', '少ないほど良い'],
];
const POL_IND = [
  ...ACT.map(([n, u, t, a]) => ind(POL, n, u, t, a)),
  ...OUT.map(([n, a, t, u, note]) => ind(POL, n, u, t, a, { direction: note ? 'down' : 'up' })),
];

/** A 施策評価シート with an empty 施策の達成度 cell and two tables side by side, the right one with 実績値 before 目標値. */
const twoTables: Holdout2Workbook = {
  name: 'h33-policy-two-tables',
  layout:
    '施策評価シート: empty 施策の達成度（A～D） cell at D4, ■活動指標 table at A7 and ■成果指標 table at H7 (blank spacer columns, 実績値 before 目標値, 備考 少ないほど良い)',
  build(wb) {
    const ws = wb.addWorksheet(POL);
    put(ws, 1, 1, ['令和5年度　施策評価シート']);
    rows(ws, 2, 1, [
      ['施策', '4-2 学校教育の充実'],
      ['主管課', '学校教育課'],
      ['施策の達成度（A～D）', null, null, null],
    ]);
    ws.mergeCells('A4:C4');
    put(ws, 6, 1, ['■活動指標']);
    put(ws, 7, 1, ['指標名', '単位', '目標値', '実績値']);
    rows(ws, 8, 1, ACT);
    put(ws, 6, 8, ['■成果指標']);
    put(ws, 7, 8, ['指標名', '実績値', '目標値', '単位', '備考']);
    rows(ws, 8, 8, OUT);
    put(ws, 11, 1, ['※数値は令和5年度の目標値及び実績値']);
  },
  expected: {
    file: 'h33-policy-two-tables.xlsx',
    fiscalYear: 2023,
    indicators: POL_IND,
    groups: [{ sheet: POL, cell: 'D4', grade: rollUp(POL_IND.map((i) => i.grade)) }],
  },
};

const KPI = 'KPI';
const ERA = ['平成30年度', '令和元年度', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度'];
/** [KPI, 単位, targets H30..R6 (null: －), actuals (null: blank; R6 is 見込)] */
const ERA_KPI: [string, string, (number | null)[], (number | null)[]][] = [
  ['認定こども園数', '園', [null, null, 5, 6, 7, 8, 9], [3, 4, 5, 6, 6, 7, 8]],
  ['子育て世帯の転入数', '世帯', [150, 155, 160, 170, 175, 180, 185], [142, 138, 171, 166, 190, 205, 199]],
  ['乳幼児健康診査受診率', '％', [97, 97, 97, 98, 98, 98, 98], [96.1, 95.8, 93.2, 96.9, 97.4, 96.4, 97]],
];

/** KPI × era-named period columns (平成30年度 … 令和6年度), 目標/実績 row pairs, R6 already with 見込 actuals. */
const eraColumns: Holdout2Workbook = {
  name: 'h33-era-columns',
  layout:
    'KPI table, KPI name merged over 目標/実績 row pairs, periods 平成30年度…令和6年度 across, "－" where no target, R6 actuals marked （見込）, 評価年度 in the title',
  build(wb) {
    const ws = wb.addWorksheet(KPI);
    put(ws, 1, 1, ['子ども・子育て支援事業計画　KPI達成状況（評価年度：令和5年度）']);
    put(ws, 3, 1, ['KPI', '単位', '区分', ...ERA]);
    ERA_KPI.forEach(([name, unit, ts, as], i) => {
      const r = 4 + i * 2;
      put(ws, r, 1, [name, unit, '目標', ...ts.map((t) => t ?? '－')]);
      put(ws, r + 1, 3, ['実績', ...as.map((a, k) => (k === 6 ? `${a}（見込）` : a))]);
      ws.mergeCells(r, 1, r + 1, 1);
      ws.mergeCells(r, 2, r + 1, 2);
    });
  },
  expected: {
    file: 'h33-era-columns.xlsx',
    fiscalYear: 2023,
    indicators: ERA_KPI.map(([name, unit, ts, as]) => ind(KPI, name, unit, ts[5], as[5])),
    groups: [],
  },
};

export const FORM_WORKBOOKS: Holdout2Workbook[] = [chosho, cards, inputForm, twoTables, eraColumns];
