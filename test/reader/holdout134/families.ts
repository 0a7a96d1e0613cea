/** Hold-out 134: the four families as 統計調査・情報政策・行政DX offices write them. */
import type { Workbook } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

const A_SHEET = '5-2';
const A_BLOCKS: {
  no: string;
  name: string;
  desc: string;
  unit: string;
  dir: string;
  actual: (string | number)[];
  expect: (string | number)[];
  note: string;
}[] = [
  {
    no: '指標①',
    name: '行政手続のオンライン化率',
    desc: 'オンラインで申請・届出が完結する手続の割合',
    unit: '％',
    dir: '↑（増加）',
    actual: [28.0, 35.6, 44.1, 52.4, '', ''],
    expect: ['－', 35, 45, 60, 70, 80],
    note: '国の標準化対象手続を含む',
  },
  {
    no: '指標②',
    name: 'マイナンバーカード保有率',
    desc: '住民基本台帳人口に対するカード保有者の割合',
    unit: '％',
    dir: '↑（増加）',
    actual: [38.2, 61.5, 72.9, 78.1, '', ''],
    expect: ['－', 55, 70, 80, 85, 90],
    note: 'R6実績は令和7年3月末時点（総務省公表値）',
  },
  {
    no: '指標③',
    name: '窓口での平均待ち時間',
    desc: '市民課窓口の受付から呼出しまでの平均時間（抽出調査）',
    unit: '分',
    dir: '↓（減少）',
    actual: [24, 22, 19, 18, '', ''],
    expect: ['－', 22, 19, 15, 12, 10],
    note: '繁忙期（3月・4月）を除く',
  },
  {
    no: '指標④',
    name: '電子申請利用件数',
    desc: '電子申請システムによる申請の年間件数',
    unit: '件',
    dir: '↑（増加）',
    actual: [4210, 6830, 9945, '集計中', '', ''],
    expect: ['－', 6000, 9000, 12000, 15000, 18000],
    note: 'R6実績は決算確定後（6月頃）に確定',
  },
];
const A_IND: ExpectedIndicator[] = [
  ind(A_SHEET, '行政手続のオンライン化率', '％', 60, 52.4),
  ind(A_SHEET, 'マイナンバーカード保有率', '％', 80, 78.1),
  ind(A_SHEET, '窓口での平均待ち時間', '分', 15, 18, { direction: 'down' }),
  ind(A_SHEET, '電子申請利用件数', '件', 12000, null, { actualStatus: 'pending' }),
];

const policySheet: Holdout2Workbook = {
  name: 'h134-dx-seisaku-sheet',
  layout:
    'A: 施策評価シート 5-2, four stacked indicator blocks R3（現状値）…R8（目標値）, 実績値／期待値 rows, 目指す方向 ↑／↓, one 集計中, empty 施策の達成状況 beside 「（A）」',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [16, 12, 10, 10, 10, 10, 10, 12, 14]);
    merge(ws, 1, 1, 1, 9, '令和６年度 施策評価シート（評価対象期間：令和６年度）');
    put(ws, 3, 1, ['基本方針']);
    merge(ws, 3, 2, 3, 9, '５ 誰もが便利さを実感できるデジタル市役所');
    put(ws, 4, 1, ['基本施策']);
    merge(ws, 4, 2, 4, 9, '5-2 行政サービスのデジタル化');
    put(ws, 5, 1, ['担当部等']);
    merge(ws, 5, 2, 5, 9, '総務部 情報政策課、市民部 市民課');
    put(ws, 6, 1, ['施策の達成状況']);
    merge(ws, 6, 2, 6, 3);
    put(ws, 6, 4, ['（A）', '※（ ）は前年度評価']);
    box(ws, 3, 1, 6, 9);
    let r = 8;
    for (const b of A_BLOCKS) {
      put(ws, r, 1, [b.no]);
      merge(ws, r, 2, r, 9, b.name);
      put(ws, r + 1, 1, ['指標の説明']);
      merge(ws, r + 1, 2, r + 1, 9, b.desc);
      put(ws, r + 2, 1, ['単位', b.unit, '目指す方向', b.dir]);
      put(ws, r + 3, 1, ['', 'R3\n（現状値）', 'R4', 'R5', 'R6', 'R7', 'R8\n（目標値）']);
      put(ws, r + 4, 1, ['実績値', ...b.actual]);
      put(ws, r + 5, 1, ['期待値\n※R8は目標値', ...b.expect]);
      put(ws, r + 6, 1, ['備考']);
      merge(ws, r + 6, 2, r + 6, 9, b.note);
      wrap(ws, r + 3, 1, r + 5, 7);
      box(ws, r, 1, r + 6, 9);
      r += 8;
    }
    put(ws, r, 1, ['施策の総合評価']);
    merge(ws, r, 2, r + 1, 9, 'オンライン化は着実に進んでいるが、期待値には届いていない。');
  },
  expected: {
    file: 'h134-dx-seisaku-sheet.xlsx',
    fiscalYear: 2024,
    indicators: A_IND,
    groups: [{ sheet: A_SHEET, cell: 'B6', grade: rollUp(A_IND.map((i) => i.grade)) }],
  },
};

const B_SHEET = '事業実績';
const projectTable: Holdout2Workbook = {
  name: 'h134-r5-jigyo-jisseki',
  layout: 'B: 令和５年度 情報政策 推進事業 実績, code+name+概要 in one cell, text figures, two measures in one cell, one 未実施',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [6, 34, 20, 10, 24, 24, 30]);
    merge(ws, 1, 1, 1, 7, '令和５年度 推進事業の実績（基本方針５ デジタル化の推進）');
    put(ws, 2, 7, ['情報政策課']);
    put(ws, 3, 1, ['No.', '推進事業', 'R4年度実績値', '自己評価', 'R5年度数値目標', 'R5年度実績値', '成果・課題']);
    const rows: (string | number)[][] = [
      [
        1,
        '5-1-1 オープンデータ推進事業\n市保有データをオープンデータとして公開する',
        '公開データセット数 98件',
        'A',
        '公開データセット数 120件',
        '公開データセット数 134件',
        '防災・統計データを追加した',
      ],
      [
        2,
        '5-1-2 ＲＰＡ導入推進事業\n定型業務をRPAで自動化する',
        'RPA適用業務数 11業務',
        'B',
        'RPA適用業務数 25業務',
        'RPA適用業務数 18業務',
        'シナリオ作成人材が不足',
      ],
      [
        3,
        '5-1-3 デジタルデバイド対策事業\n高齢者向けスマホ教室を開催する',
        'スマホ教室 31回／受講者 402人',
        'A',
        'スマホ教室 40回／受講者 600人',
        'スマホ教室 42回／受講者 512人',
        '公民館での出張開催を拡大',
      ],
      [
        4,
        '5-1-4 統計調査員確保対策事業\n調査員の登録・研修を行う',
        '登録調査員数 131人',
        'D',
        '登録調査員数 150人',
        '未実施',
        '募集方法見直しのため実施を見送った',
      ],
      [
        5,
        '5-1-5 庁内ネットワーク強靱化事業\n情報セキュリティ研修を実施する',
        'セキュリティ研修受講率 91.0%',
        'A',
        'セキュリティ研修受講率 100%',
        'セキュリティ研修受講率 96.5%',
        '未受講者はe-ラーニングで補講',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 8, 7);
    box(ws, 3, 1, 8, 7);
    put(ws, 10, 1, ['※自己評価 A：順調 B：概ね順調 C：やや遅れている D：遅れている']);
  },
  expected: {
    file: 'h134-r5-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, 'オープンデータ推進事業', '件', 120, 134, { existing: 'A' }),
      ind(B_SHEET, 'ＲＰＡ導入推進事業', '業務', 25, 18, { existing: 'B' }),
      {
        sheet: B_SHEET,
        name: 'デジタルデバイド対策事業',
        measures: [
          { label: 'スマホ教室', target: 40, actual: 42, unit: '回' },
          { label: '受講者', target: 600, actual: 512, unit: '人' },
        ],
        direction: 'up',
        existing: 'A',
        grade: 'B',
      },
      ind(B_SHEET, '統計調査員確保対策事業', '人', 150, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, '庁内ネットワーク強靱化事業', '%', 100, 96.5, { existing: 'A' }),
    ],
    groups: [],
  },
};

const C_SHEET = 'KPI';
const C_PERIODS = ['令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度'];
const kpiTable: Holdout2Workbook = {
  name: 'h134-kpi-digital-senryaku',
  layout: 'C: デジタル田園都市 総合戦略 KPI, 目標値／実績値 rows per 令和3年度…令和7年度, values 「9,215 人」, 「-」 target, evaluated 令和4年度',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [30, 10, 14, 14, 14, 14, 14]);
    merge(ws, 1, 1, 1, 7, '第２期総合戦略（デジタル分野）ＫＰＩ 進捗状況');
    put(ws, 2, 1, ['評価対象：令和4年度実績（令和5年3月末）']);
    put(ws, 3, 1, ['重要業績評価指標（ＫＰＩ）', '区分', ...C_PERIODS]);
    const kpis: [string, (string | number)[], (string | number)[]][] = [
      ['テレワーク導入事業所数', ['10 社', '30 社', '45 社', '60 社', '75 社'], ['12 社', '27 社']],
      ['市公式ＬＩＮＥ登録者数', ['5,000 人', '8,000 人', '10,000 人', '12,000 人', '15,000 人'], ['6,102 人', '9,215 人']],
      ['公衆無線ＬＡＮ利用件数', ['-', '-', '-', '-', '80,000 件'], ['41,870 件', '52,300 件']],
      ['電子申請可能手続数', ['100 手続', '150 手続', '200 手続', '250 手続', '300 手続'], ['72 手続', '96 手続']],
    ];
    let r = 4;
    for (const [name, t, a] of kpis) {
      merge(ws, r, 1, r + 1, 1, name);
      put(ws, r, 2, ['目標値', ...t]);
      put(ws, r + 1, 2, ['実績値', ...a]);
      r += 2;
    }
    box(ws, 3, 1, r - 1, 7);
    put(ws, r + 1, 1, ['※令和5年度以降の実績は今後記入', '', '', '', '', '企画政策課']);
  },
  expected: {
    file: 'h134-kpi-digital-senryaku.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(C_SHEET, 'テレワーク導入事業所数', '社', 30, 27),
      ind(C_SHEET, '市公式ＬＩＮＥ登録者数', '人', 8000, 9215),
      ind(C_SHEET, '公衆無線ＬＡＮ利用件数', '件', null, 52300),
      ind(C_SHEET, '電子申請可能手続数', '手続', 150, 96),
    ],
    groups: [],
  },
};

const D_SHEET = '成果指標';
const planTable: Holdout2Workbook = {
  name: 'h134-joho-keikaku-shihyo',
  layout: 'D: 第３次情報化推進計画 成果指標, 現況「310⏎（令和3年度）」, 目標（R9）, 実績 with its year, a 減少 indicator, a 集計中, 現状把握の方法',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [30, 14, 34, 16, 12, 16, 24]);
    merge(ws, 1, 1, 1, 7, '第３次情報化推進計画 成果指標の状況（令和６年度 点検評価）');
    put(ws, 3, 1, ['指標', '単位', '指標の説明', '現況（計画策定時）', '目標（R9）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      ['市ホームページ年間アクセス数', '万件', 'トップページ及び各ページの年間閲覧数', '310\n（令和3年度）', 400, '352\n（令和6年度）', 'アクセス解析ツール'],
      [
        '行政手続のオンライン申請率',
        '%',
        'オンライン対応手続の申請のうち電子申請の割合',
        '12.5\n（令和3年度）',
        50.0,
        '31.8\n（令和6年度）',
        '電子申請システム集計',
      ],
      [
        '職員１人あたりコピー用紙使用枚数',
        '枚',
        '年間購入枚数÷職員数（減少を目指す指標）',
        '12,400\n（令和3年度）',
        8000,
        '9,100\n（令和6年度）',
        '契約課購入実績',
      ],
      ['統計情報ポータル掲載統計表数', '表', '市統計ポータルで公開する統計表の数', '180\n（令和3年度）', 300, '集計中', 'ポータル管理画面'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 7, 7);
    box(ws, 3, 1, 7, 7);
  },
  expected: {
    file: 'h134-joho-keikaku-shihyo.xlsx',
    fiscalYear: 2024,
    indicators: [
      { ...ind(D_SHEET, '市ホームページ年間アクセス数', '万件', 400, 352), targetSource: 'final' },
      { ...ind(D_SHEET, '行政手続のオンライン申請率', '%', 50, 31.8), targetSource: 'final' },
      { ...ind(D_SHEET, '職員１人あたりコピー用紙使用枚数', '枚', 8000, 9100, { direction: 'down' }), targetSource: 'final' },
      { ...ind(D_SHEET, '統計情報ポータル掲載統計表数', '表', 300, null, { actualStatus: 'pending' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planTable];
