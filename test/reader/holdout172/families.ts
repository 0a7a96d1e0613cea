/** Hold-out 172, the four families as 地域おこし協力隊・関係人口・二地域居住 offices write them. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const A_SHEET = '施策4-2';
const aInds = [
  ind(A_SHEET, '地域おこし協力隊員の定住率', '％', 65, 58.3),
  ind(A_SHEET, '関係人口創出事業への参加者数', '人', 1200, 1348),
  ind(A_SHEET, '移住相談件数', '件', 300, 176),
];

const policySheet: Holdout2Workbook = {
  name: 'h172-a-kankeijinko-shisaku',
  layout: "施策評価シート, stacked indicator blocks R2（現状値）…R6（目標値） with 期待値／実績値 rows, an empty 施策の達成状況 beside last year's 「（B）」",
  build(wb: Workbook) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [14, 12, 12, 12, 14, 12, 12, 12]);
    merge(ws, 1, 1, 1, 8, '令和４年度　施策評価シート');
    merge(ws, 2, 1, 2, 8, '評価対象期間：令和４年度（令和４年４月１日～令和５年３月31日）');
    put(ws, 3, 1, ['基本目標']);
    merge(ws, 3, 2, 3, 8, '４　ひとが集い、つながるまちをつくる');
    put(ws, 4, 1, ['施策']);
    merge(ws, 4, 2, 4, 4, '4-2　関係人口の創出と移住・定住の促進');
    put(ws, 4, 5, ['施策の達成状況', undefined, '（B）', '※（　）は前年度']);
    put(ws, 5, 1, ['担当課']);
    merge(ws, 5, 2, 5, 8, '企画政策課　地域づくり推進室');
    box(ws, 3, 1, 5, 8);
    const blocks: [string, string, string, (number | string | undefined)[], (number | string | undefined)[], string][] = [
      [
        '①',
        '地域おこし協力隊員の定住率',
        '％',
        [undefined, 55, 65, 75, 80],
        [52.4, 56.0, 58.3, undefined, undefined],
        '任期終了後も市内に定住した隊員の割合（累計の任期終了者数に対する割合）',
      ],
      [
        '②',
        '関係人口創出事業への参加者数',
        '人',
        [undefined, 1000, 1200, 1400, 1600],
        [640, 1105, 1348, undefined, undefined],
        'ふるさと応援団交流会・農業体験・ワーケーション事業の延べ参加者数',
      ],
      ['③', '移住相談件数', '件', [undefined, 250, 300, 350, 400], [212, 198, 176, undefined, undefined], '移住相談窓口及び首都圏相談会での相談件数'],
    ];
    let r = 7;
    for (const [no, name, unit, exp, act, note] of blocks) {
      put(ws, r, 1, [`成果指標${no}`]);
      merge(ws, r, 2, r, 4, name);
      put(ws, r, 5, ['単位', unit, '目指す方向', '↑']);
      put(ws, r + 1, 1, ['区分', 'R2（現状値）', 'R3', 'R4', 'R5', 'R6（目標値）']);
      put(ws, r + 2, 1, ['期待値\n※R6は目標値', ...exp]);
      put(ws, r + 3, 1, ['実績値', ...act]);
      put(ws, r + 4, 1, ['備考']);
      merge(ws, r + 4, 2, r + 4, 8, note);
      box(ws, r, 1, r + 4, 8);
      wrap(ws, r + 2, 1, r + 2, 1);
      r += 6;
    }
    put(ws, r, 1, ['成果と課題']);
    merge(ws, r, 2, r + 1, 8, '協力隊の定住率、関係人口創出事業の参加者数は増加したが、移住相談件数は首都圏相談会の縮小により減少した。');
  },
  expected: {
    file: 'h172-a-kankeijinko-shisaku.xlsx',
    fiscalYear: 2022,
    indicators: aInds,
    groups: [{ sheet: A_SHEET, cell: 'F4', grade: rollUp(aInds.map((i) => i.grade)) }],
  },
};

const B_SHEET = '事業実績';
const projectTable: Holdout2Workbook = {
  name: 'h172-b-jigyo-jisseki',
  layout: '令和５年度 推進事業の実績: name and 概要 in one cell, text figures 「新規着任隊員数　4人」, two measures in one cell, 未実施',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [6, 34, 18, 10, 24, 24, 12]);
    merge(ws, 1, 1, 1, 7, '令和５年度　移住・定住及び関係人口推進事業の実績（資料２）');
    put(ws, 2, 1, ['No.', '推進事業\n（事業名・概要）', 'R4年度実績値', '自己評価', 'R5年度数値目標', 'R5年度実績値', '今後の方向性']);
    const rows: (string | number)[][] = [
      [
        1,
        '地域おこし協力隊推進事業\n（隊員の募集・活動支援、任期後の起業支援）',
        '新規着任隊員数　3人',
        'B',
        '新規着任隊員数　5人',
        '新規着任隊員数　4人',
        '継続',
      ],
      [2, 'お試し移住住宅運営事業\n（短期滞在住宅２棟の貸出し）', '利用組数　22組', 'A', '利用組数　24組', '利用組数　31組', '拡充'],
      [
        3,
        '二地域居住推進事業\n（体験ツアーの実施、二地域居住者の登録制度）',
        '体験ツアー参加者 41人\n二地域居住登録者 15人',
        'A',
        '体験ツアー参加者 60人\n二地域居住登録者 20人',
        '体験ツアー参加者 48人\n二地域居住登録者 21人',
        '継続',
      ],
      [
        4,
        '関係人口創出事業（ふるさと応援団）\n（市外在住の応援団員への情報発信・交流会）',
        '応援団登録者数 455人',
        'A',
        '応援団登録者数 500人',
        '応援団登録者数 612人',
        '継続',
      ],
      [5, 'サテライトオフィス誘致事業\n（空き公共施設を活用した企業誘致）', '－', '－', '誘致企業数 3社', '未実施', '見直し'],
    ];
    rows.forEach((row, i) => put(ws, 3 + i, 1, row));
    box(ws, 2, 1, 7, 7);
    wrap(ws, 2, 1, 7, 7);
    put(ws, 8, 1, ['※自己評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
  },
  expected: {
    file: 'h172-b-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '地域おこし協力隊推進事業', '人', 5, 4, { existing: 'B' }),
      ind(B_SHEET, 'お試し移住住宅運営事業', '組', 24, 31, { existing: 'A' }),
      {
        sheet: B_SHEET,
        name: '二地域居住推進事業',
        unit: '人',
        measures: [
          { label: '体験ツアー参加者', target: 60, actual: 48, unit: '人' },
          { label: '二地域居住登録者', target: 20, actual: 21, unit: '人' },
        ],
        direction: 'up',
        existing: 'A',
        grade: 'B',
      },
      ind(B_SHEET, '関係人口創出事業（ふるさと応援団）', '人', 500, 612, { existing: 'A' }),
      ind(B_SHEET, 'サテライトオフィス誘致事業', '社', 3, null, { actualStatus: 'not-implemented' }),
    ],
    groups: [],
  },
};

const C_SHEET = 'KPI';
const kpiTable: Holdout2Workbook = {
  name: 'h172-c-kpi-sousei',
  layout: '第２期総合戦略 KPI, 目標値／実績値 rows per KPI over 令和3年度…令和7年度, 集計中, ◎○△× with a legend naming each band',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [30, 8, 8, 11, 11, 11, 11, 11, 8]);
    merge(ws, 1, 1, 1, 9, '第２期まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の達成状況（令和６年度）');
    put(ws, 2, 1, ['基本目標２　新しいひとの流れをつくる']);
    put(ws, 3, 1, ['KPI', '単位', '区分', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度', '評価']);
    const kpis: [string, string, number[], (number | string)[], string][] = [
      ['地域おこし協力隊の累計着任者数', '人', [20, 25, 30, 35, 40], [21, 24, 29, 33], '○'],
      ['ふるさと住民登録者数', '人', [800, 1000, 1200, 1400, 1600], [912, 1105, 1390, 1512], '◎'],
      ['二地域居住者数', '世帯', [10, 14, 18, 22, 26], [8, 11, 12, '集計中'], '－'],
      ['移住者数（行政の支援による）', '人', [60, 65, 70, 75, 80], [48, 52, 50, 44], '×'],
    ];
    let r = 4;
    for (const [name, unit, t, a, mark] of kpis) {
      merge(ws, r, 1, r + 1, 1, name);
      merge(ws, r, 2, r + 1, 2, unit);
      put(ws, r, 3, ['目標値', ...t]);
      put(ws, r + 1, 3, ['実績値', ...a]);
      merge(ws, r, 9, r + 1, 9, mark);
      r += 2;
    }
    box(ws, 3, 1, r - 1, 9);
    put(ws, r + 1, 1, ['評価　◎：達成（100％以上）　○：概ね達成（80％以上）　△：やや遅れ（60％以上）　×：遅れ（60％未満）　－：実績集計中']);
  },
  expected: {
    file: 'h172-c-kpi-sousei.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(C_SHEET, '地域おこし協力隊の累計着任者数', '人', 35, 33, { existing: 'B' }),
      ind(C_SHEET, 'ふるさと住民登録者数', '人', 1400, 1512, { existing: 'A' }),
      ind(C_SHEET, '二地域居住者数', '世帯', 22, null, { actualStatus: 'pending' }),
      ind(C_SHEET, '移住者数（行政の支援による）', '人', 75, 44, { existing: 'D' }),
    ],
    groups: [],
  },
};

const D_SHEET = '資料3';
const dInd = (name: string, unit: string, target: number, actual: number) => ({ ...ind(D_SHEET, name, unit, target, actual), targetSource: 'final' });
const planTable: Holdout2Workbook = {
  name: 'h172-d-keikaku-shihyo',
  layout: '過疎地域持続的発展計画 成果指標: 現況 「9⏎（令和2年度末）」, 目標（R7）, 実績 with its date in the cell, 現状把握の方法',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [30, 30, 8, 16, 12, 16, 22]);
    merge(ws, 1, 1, 1, 7, '令和５年度　過疎地域持続的発展計画　点検評価一覧（移住・定住・地域間交流）');
    put(ws, 2, 1, ['指標', '指標の説明', '単位', '現況（計画策定時）', '目標（R7）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        '地域おこし協力隊の任期終了後の定住者数（累計）',
        '任期を終えた隊員のうち市内に定住した人数',
        '人',
        '9\n（令和2年度末）',
        15,
        '13\n（令和5年度末）',
        '地域振興課調べ',
      ],
      [
        '関係人口ポータルサイト登録者数',
        '「ふるさと○○ネット」の会員登録者数',
        '人',
        '320\n（令和2年度末）',
        '1,000',
        '1,046\n（令和6年3月末）',
        'サイト管理システム',
      ],
      ['移住体験施設の利用者数', 'お試し暮らし住宅・体験農園の年間利用者数', '人', '85\n（令和元年度）', 150, '88\n（令和5年度）', '指定管理者報告'],
      [
        '空き家バンクを通じた移住世帯数',
        '空き家バンク成約物件に市外から転入した世帯数（単年度）',
        '世帯',
        '4\n（令和2年度）',
        10,
        '7\n（令和5年度）',
        '空き家バンク成約台帳',
      ],
    ];
    rows.forEach((row, i) => put(ws, 3 + i, 1, row));
    box(ws, 2, 1, 6, 7);
    wrap(ws, 2, 1, 6, 7);
  },
  expected: {
    file: 'h172-d-keikaku-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      dInd('地域おこし協力隊の任期終了後の定住者数（累計）', '人', 15, 13),
      dInd('関係人口ポータルサイト登録者数', '人', 1000, 1046),
      dInd('移住体験施設の利用者数', '人', 150, 88),
      dInd('空き家バンクを通じた移住世帯数', '世帯', 10, 7),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planTable];
