/** Hold-out 190, the four known families as a 市民協働課 / 地域振興課 writes them (自治会・町内会・コミュニティ活動の支援). */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------
// A: 基本施策事後評価シート, indicator blocks stacked down the sheet, 実績値 / 期待値 per year R2 (現状値) … R7.
// ---------------------------------------------------------------------------------------------------------------

const A_SHEET = '施策2-3';

interface Block {
  no: string;
  name: string;
  desc: string;
  unit: string;
  way: string;
  actuals: (number | string | null)[];
  expects: (number | string | null)[];
  note: string;
}

const A_BLOCKS: Block[] = [
  {
    no: '成果指標①',
    name: '自治会加入率',
    desc: '市内の総世帯数に占める自治会加入世帯数の割合（各年度4月1日現在、自治会長からの報告による）',
    unit: '%',
    way: '増加 ↑',
    actuals: [72.4, 71.8, 71.0, 70.3, null, null],
    expects: ['－', 72.5, 72.6, 72.8, 72.9, 73.0],
    note: '集合住宅の新築による転入世帯の未加入が多い。',
  },
  {
    no: '成果指標②',
    name: '地域づくり活動補助金の交付団体数',
    desc: '地域づくり活動補助金（ソフト・ハード）の交付決定を受けた自治会・地域団体の数',
    unit: '団体',
    way: '増加 ↑',
    actuals: [29, 33, 36, 38, null, null],
    expects: ['－', 35, 40, 45, 48, 50],
    note: '',
  },
  {
    no: '成果指標③',
    name: '地域活動に参加したことがある市民の割合',
    desc: '市民意識調査で「この1年間に自治会・町内会などの地域活動に参加した」と回答した市民の割合',
    unit: '%',
    way: '増加 ↑',
    actuals: [44.1, 36.2, 37.9, 38.5, null, null],
    expects: ['－', 46.0, 48.0, 50.0, 52.0, 54.0],
    note: 'R3はコロナ禍による行事中止の影響あり',
  },
  {
    no: '成果指標④',
    name: '役員の担い手不足を課題とする自治会の割合',
    desc: '自治会長アンケートで「役員のなり手がいない」を課題に挙げた自治会の割合（低いほど良い）',
    unit: '%',
    way: '減少 ↓',
    actuals: [68.5, 67.2, 65.8, 64.0, null, null],
    expects: ['－', 62.0, 58.5, 55.0, 51.5, 48.0],
    note: '回答自治会数 R5：212／248',
  },
  {
    no: '成果指標⑤',
    name: '集会所の改修等支援件数',
    desc: '自治会集会所の新築・改修・バリアフリー化に対する補助の交付件数（単年度）',
    unit: '件',
    way: '増加 ↑',
    actuals: [7, 9, 8, 12, null, null],
    expects: ['－', 10, 10, 10, 10, 10],
    note: '',
  },
];

const A_GRADES = {
  kanyu: ind(A_SHEET, '自治会加入率', '%', 72.8, 70.3),
  hojokin: ind(A_SHEET, '地域づくり活動補助金の交付団体数', '団体', 45, 38),
  sanka: ind(A_SHEET, '地域活動に参加したことがある市民の割合', '%', 50.0, 38.5),
  yakuin: ind(A_SHEET, '役員の担い手不足を課題とする自治会の割合', '%', 55.0, 64.0, { direction: 'down' }),
  shukaijo: ind(A_SHEET, '集会所の改修等支援件数', '件', 10, 12),
};

const policySheet: Holdout2Workbook = {
  name: 'h190-shisaku-komyuniti',
  layout: 'A: 基本施策事後評価シート, five 成果指標 blocks stacked, 目指す方向 (増加/減少) per block, 達成状況評価 cell with last year (C) beside',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [14, 10, 10, 10, 10, 10, 10, 10, 10, 14]);
    merge(ws, 1, 1, 1, 10, '△△市総合計画 2021～2030　令和６年度基本施策事後評価シート　（評価対象期間：令和５年度）');
    put(ws, 3, 1, ['基本方針']);
    merge(ws, 3, 2, 3, 5, '２　市民と行政がともに創るまち');
    put(ws, 3, 6, ['担当部等']);
    merge(ws, 3, 7, 3, 10, '市民協働部 市民協働課');
    put(ws, 4, 1, ['基本施策']);
    merge(ws, 4, 2, 5, 5, '２－３　地域コミュニティ活動の支援\n（自治会・町内会の活動を支え、地域のつながりを育む）');
    merge(ws, 4, 6, 5, 6, '達成状況\n評　　価');
    merge(ws, 4, 7, 5, 7);
    merge(ws, 4, 8, 5, 8, '（C）');
    merge(ws, 4, 9, 5, 10, '※（　）内は前年度の評価');
    box(ws, 3, 1, 5, 10);
    let r = 7;
    for (const b of A_BLOCKS) {
      put(ws, r, 1, [b.no]);
      merge(ws, r, 2, r, 5, b.name);
      put(ws, r, 6, ['単位', b.unit, '目指す方向']);
      merge(ws, r, 9, r, 10, b.way);
      put(ws, r + 1, 1, ['指標の説明']);
      merge(ws, r + 1, 2, r + 1, 10, b.desc);
      put(ws, r + 2, 1, ['年度', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
      merge(ws, r + 2, 8, r + 2, 10, '備考');
      put(ws, r + 3, 1, ['実績値', ...b.actuals]);
      put(ws, r + 4, 1, ['期待値\n※R7は目標値', ...b.expects]);
      merge(ws, r + 3, 8, r + 4, 10, b.note || undefined);
      wrap(ws, r, 1, r + 4, 7);
      box(ws, r, 1, r + 4, 10);
      ws.getRow(r + 4).height = 30;
      r += 6;
    }
    merge(ws, r, 1, r + 1, 10, '【達成状況の分析】\n・加入率は低下傾向が続き、期待値を下回っている。集会所改修支援は期待値を上回った。');
    ws.getRow(r).height = 30;
  },
  expected: {
    file: 'h190-shisaku-komyuniti.xlsx',
    fiscalYear: 2023,
    indicators: Object.values(A_GRADES),
    groups: [{ sheet: A_SHEET, cell: 'G4', grade: rollUp(Object.values(A_GRADES).map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// B: 事業実績 (資料2): 推進事業 with code, name and 概要 in one cell, 数値目標 / 実績値 as text, two measures, 未実施.
// ---------------------------------------------------------------------------------------------------------------

const B_SHEET = '資料2';

const projectTable: Holdout2Workbook = {
  name: 'h190-jigyo-jisseki',
  layout: 'B: 推進事業 table, R5 数値目標 / 実績値 as text with labels, a cell of ソフト/ハード measures, 未実施, hidden 集計用 column',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 34, 18, 18, 18, 8, 10, 8, 24]);
    merge(ws, 1, 1, 1, 9, '令和５年度　地域コミュニティ推進計画　事業実績');
    put(ws, 2, 9, ['資料2']);
    put(ws, 3, 1, [
      'No.',
      '推進事業',
      'R4年度\n実績値',
      'R5年度\n数値目標',
      'R5年度\n実績値',
      '自己\n評価',
      '今後の\n方向性',
      '達成率\n(集計用)',
      '成果・課題',
    ]);
    wrap(ws, 3, 1, 3, 9);
    const rows: (string | number)[][] = [
      [
        1,
        '①-1 自治会活動相談窓口の運営\n（自治会の運営、役員の交代、会計処理などの相談に応じる）',
        '相談件数 342件',
        '相談件数 360件',
        '相談件数 318件',
        'B',
        '継続',
        0.883,
        '相談は役員改選期の4～5月に集中。',
      ],
      [
        2,
        '①-2 自治会加入促進リーフレットの配布\n（転入手続時に市民課窓口で配布）',
        '配布部数 1,130部',
        '配布部数 1,200部',
        '配布部数 1,054部',
        'A',
        '拡充',
        0.878,
        '不動産事業者を通じた配布を開始予定。',
      ],
      [
        3,
        '②-1 地域づくり活動補助金\n（自治会等の自主的な地域づくり活動に対する補助）',
        'ソフト事業:26団体 ハード事業:7団体',
        'ソフト事業:30団体 ハード事業:8団体',
        'ソフト事業:27団体 ハード事業:5団体',
        'B',
        '継続',
        0.625,
        'ハード事業は資材高騰により申請取下げ2件。',
      ],
      [
        4,
        '②-2 地域リーダー養成講座\n（自治会役員・次世代の担い手向け連続講座）',
        '受講者数 31人',
        '受講者数 40人',
        '未実施',
        'D',
        '見直し',
        0,
        '講師の調整がつかず令和6年度に延期。',
      ],
      [5, '③-1 集会所整備費補助金\n（集会所の新築・改修・修繕への補助）', '補助件数 5件', '補助件数 6件', '補助件数 7件', 'A', '継続', 1.167, ''],
      [
        6,
        '③-2 町内会長研修会\n（年2回、防災・個人情報保護等をテーマに開催）',
        '参加者数 138人',
        '参加者数 150人',
        '参加者数 96人',
        'C',
        '見直し',
        0.64,
        '第2回は台風接近のため規模を縮小。',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    for (let r = 4; r < 4 + rows.length; r++) ws.getCell(r, 8).numFmt = '0.0%';
    wrap(ws, 4, 1, 3 + rows.length, 9);
    box(ws, 3, 1, 3 + rows.length, 9);
    ws.getColumn(8).hidden = true;
    put(ws, 5 + rows.length, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：やや遅れている　D：遅れている（未実施を含む）']);
  },
  expected: {
    file: 'h190-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '自治会活動相談窓口の運営', '件', 360, 318, { existing: 'B' }),
      ind(B_SHEET, '自治会加入促進リーフレットの配布', '部', 1200, 1054, { existing: 'A' }),
      {
        sheet: B_SHEET,
        name: '地域づくり活動補助金',
        unit: '団体',
        direction: 'up',
        measures: [
          { label: 'ソフト事業', target: 30, actual: 27, unit: '団体' },
          { label: 'ハード事業', target: 8, actual: 5, unit: '団体' },
        ],
        existing: 'B',
        grade: 'C',
      },
      ind(B_SHEET, '地域リーダー養成講座', '人', 40, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, '集会所整備費補助金', '件', 6, 7, { existing: 'A' }),
      ind(B_SHEET, '町内会長研修会', '人', 150, 96, { existing: 'C' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// C: KPI table: 目標値 / 実績値 rows per KPI, period columns 令和4年3月末 … 令和8年3月末, values with units.
// ---------------------------------------------------------------------------------------------------------------

const C_SHEET = 'KPI';

const kpiTable: Holdout2Workbook = {
  name: 'h190-kpi-chiiki',
  layout: 'C: 地域再生計画 KPI, 目標値/実績値 rows per KPI under 令和N年3月末 columns, values as "12 組織", "-" where no target, R8 column targets only',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [30, 8, 14, 14, 14, 14, 14, 22]);
    merge(ws, 1, 1, 1, 8, '地域運営組織の形成による持続可能な地域づくり計画　KPI達成状況（令和6年度）');
    put(ws, 2, 1, ['評価対象：令和6年度（令和7年3月末時点の実績）']);
    put(ws, 4, 1, ['KPI', '', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '令和8年3月末', '備考']);
    const kpis: [string, (string | undefined)[], (string | undefined)[], string][] = [
      ['地域運営組織の設立数', ['2 組織', '4 組織', '8 組織', '12 組織', '15 組織'], ['2 組織', '5 組織', '7 組織', '10 組織', undefined], '累計'],
      [
        '地域活動ボランティア登録者数',
        ['1,200 人', '1,300 人', '1,400 人', '1,500 人', '1,600 人'],
        ['1,184 人', '1,352 人', '1,477 人', '1,612 人', undefined],
        '',
      ],
      ['自治会等への電子回覧板導入数', ['-', '-', '20 団体', '45 団体', '70 団体'], ['-', '3 団体', '14 団体', '31 団体', undefined], 'R5年度から導入支援開始'],
      [
        '地域交流拠点の年間利用者数',
        ['52,000 人', '54,000 人', '56,000 人', '58,000 人', '60,000 人'],
        ['41,870 人', '49,230 人', '51,066 人', '52,340 人', undefined],
        '',
      ],
      ['市民活動支援センター相談件数', ['420 件', '440 件', '460 件', '480 件', '500 件'], ['398 件', '431 件', '447 件', '455 件', undefined], ''],
    ];
    let r = 5;
    for (const [name, t, a, note] of kpis) {
      merge(ws, r, 1, r + 1, 1, name);
      put(ws, r, 2, ['目標値', ...t]);
      put(ws, r + 1, 2, ['実績値', ...a]);
      merge(ws, r, 8, r + 1, 8, note || undefined);
      r += 2;
    }
    box(ws, 4, 1, r - 1, 8);
    put(ws, r + 1, 1, ['※ 実績値は各年3月末現在。地域運営組織の設立数は計画期間の累計。']);
  },
  expected: {
    file: 'h190-kpi-chiiki.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(C_SHEET, '地域運営組織の設立数', '組織', 12, 10),
      ind(C_SHEET, '地域活動ボランティア登録者数', '人', 1500, 1612),
      ind(C_SHEET, '自治会等への電子回覧板導入数', '団体', 45, 31),
      ind(C_SHEET, '地域交流拠点の年間利用者数', '人', 58000, 52340),
      ind(C_SHEET, '市民活動支援センター相談件数', '件', 480, 455),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// D: 点検評価一覧 of the plan: 現況（計画策定時） with its year, 目標（R8）, 実績 with its year, 目指す方向.
// ---------------------------------------------------------------------------------------------------------------

const D_SHEET = '資料3';

const final = <T extends object>(i: T) => ({ ...i, targetSource: 'final' });

const planIndicators: Holdout2Workbook = {
  name: 'h190-keikaku-shihyo',
  layout: 'D: 協働のまちづくり推進計画 点検評価一覧, 現況 and 実績 with their year in the cell, 目標（R8）, a 目指す方向 column with one 減少',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [12, 26, 34, 7, 14, 10, 14, 9, 24]);
    merge(ws, 1, 1, 1, 9, '第2次△△市協働のまちづくり推進計画（令和4年度～令和8年度）　点検評価一覧（令和5年度）');
    put(ws, 3, 1, ['基本方針', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R8）', '実績', '目指す\n方向', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        '1 地域の絆づくり',
        '自治会加入率',
        '総世帯数に占める自治会加入世帯の割合',
        '%',
        '68.9\n（令和2年度）',
        72.0,
        '65.1\n（令和5年度）',
        '増加',
        '自治会長報告（4月1日現在）',
      ],
      [
        '',
        '地域活動に参加している市民の割合',
        '市民意識調査で地域活動に「参加している」と回答した割合',
        '%',
        '32.5\n（令和3年度）',
        40.0,
        '34.8\n（令和5年度）',
        '増加',
        '市民意識調査',
      ],
      ['', '地域運営組織数', '小学校区単位で設立された地域運営組織の数（累計）', '組織', '4\n（令和3年度）', 10, '7\n（令和5年度）', '増加', '市民協働課調べ'],
      [
        '2 協働の推進',
        '市民活動団体との協働事業数',
        '市の事業のうち市民活動団体と協働して実施した事業数',
        '事業',
        '48\n（令和2年度）',
        60,
        '63\n（令和5年度）',
        '増加',
        '協働事業調査',
      ],
      [
        '',
        '活動休止状態の自治会数',
        '総会・役員選出が2年以上行われていない自治会の数',
        '団体',
        '9\n（令和3年度）',
        5,
        '6\n（令和5年度）',
        '減少',
        '自治会長報告',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    merge(ws, 4, 1, 6, 1);
    merge(ws, 7, 1, 8, 1);
    wrap(ws, 3, 1, 8, 9);
    box(ws, 3, 1, 8, 9);
    put(ws, 10, 1, ['※ 実績欄の（　）は数値の時点。']);
  },
  expected: {
    file: 'h190-keikaku-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(D_SHEET, '自治会加入率', '%', 72.0, 65.1)),
      final(ind(D_SHEET, '地域活動に参加している市民の割合', '%', 40.0, 34.8)),
      final(ind(D_SHEET, '地域運営組織数', '組織', 10, 7)),
      final(ind(D_SHEET, '市民活動団体との協働事業数', '事業', 60, 63)),
      final(ind(D_SHEET, '活動休止状態の自治会数', '団体', 5, 6, { direction: 'down' })),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planIndicators];
