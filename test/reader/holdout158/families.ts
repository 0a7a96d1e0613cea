/**
 * Hold-out 158, the four families as 公立大学・高等教育・産学連携 offices write them: a 施策評価シート with tiled indicator
 * blocks (令和６年度), a 令和４年度 産学官連携 事業実績 with text figures, a 総合戦略 KPI table with 目標値／実績値 rows per
 * 年度 (令和５年度), and a 産学官連携推進計画 成果指標 table with 現況／目標／実績 (令和３年度実績).
 */
import type { Workbook, Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------
// A: 施策評価シート, four indicator blocks tiled two across, R2（現状値）… R7（目標値）, 実績値 and 期待値 rows.

interface Block {
  no: string;
  name: string;
  desc: string;
  unit: string;
  actuals: (string | number | null)[];
  expected: (number | null)[];
  note: string;
}

function block(ws: Worksheet, r: number, c: number, b: Block): void {
  merge(ws, r, c, r, c + 1, `成果指標${b.no}`);
  merge(ws, r, c + 2, r, c + 6, b.name);
  merge(ws, r + 1, c, r + 1, c + 1, '指標の説明');
  merge(ws, r + 1, c + 2, r + 1, c + 6, b.desc);
  merge(ws, r + 2, c, r + 2, c + 1, '単位');
  merge(ws, r + 2, c + 2, r + 2, c + 6, b.unit);
  put(ws, r + 3, c, ['年度', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）']);
  put(ws, r + 4, c, ['実績値', ...b.actuals]);
  put(ws, r + 5, c, ['期待値\n※R7は目標値', null, ...b.expected]);
  put(ws, r + 6, c, ['備考']);
  merge(ws, r + 6, c + 1, r + 6, c + 6, b.note);
  wrap(ws, r + 3, c, r + 5, c + 6);
  box(ws, r, c, r + 6, c + 6);
}

const A_SHEET = '施策3-2';

const kotokyoikuPolicy: Holdout2Workbook = {
  name: 'r6-shisaku-daigaku-renkei',
  layout:
    'A: 施策評価シート 令和６年度, four blocks tiled two across, R2（現状値）…R7（目標値）, 期待値 rows, a 集計中, an empty 達成状況 cell beside last year’s （A）',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [2, 12, 9, 9, 9, 9, 9, 9, 3, 12, 9, 9, 9, 9, 9, 9]);
    merge(ws, 1, 2, 1, 16, '令和６年度　施策評価シート（評価対象期間：令和６年度）');
    put(ws, 3, 2, ['基本方針']);
    merge(ws, 3, 3, 3, 16, '３　知と人材が循環するまち');
    put(ws, 4, 2, ['基本施策']);
    merge(ws, 4, 3, 4, 16, '３－２　公立大学と連携した地域人材の育成と産学連携の推進');
    put(ws, 5, 2, ['担当部等']);
    merge(ws, 5, 3, 5, 16, '企画政策部　大学連携推進課／産業振興部　商工労政課');
    put(ws, 6, 2, ['施策の達成状況\n（対象：R6）']);
    put(ws, 6, 4, ['（A）']);
    merge(ws, 6, 5, 6, 16, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている　※（　）内は前年度の評価');
    wrap(ws, 3, 2, 6, 2);
    box(ws, 3, 2, 6, 16);
    block(ws, 8, 2, {
      no: '①',
      name: '市内大学卒業生の市内就職率',
      desc: '市内の公立大学・短期大学の卒業生（就職者）のうち、市内に本社又は事業所のある企業等に就職した者の割合',
      unit: '％',
      actuals: [31.5, 32.8, 34.0, 33.6, 35.2, null],
      expected: [33.0, 34.5, 36.0, 38.0, 40.0],
      note: '各大学のキャリア支援センター調べ（5月1日現在）',
    });
    block(ws, 8, 10, {
      no: '②',
      name: '大学と市内企業との共同研究件数',
      desc: '市立大学及び市内高専が市内企業と締結した共同研究契約の件数（単年度）',
      unit: '件',
      actuals: [15, 17, 20, 22, 27, null],
      expected: [17, 19, 21, 24, 26],
      note: '地域連携センター調べ',
    });
    block(ws, 16, 2, {
      no: '③',
      name: '公開講座・リカレント講座の受講者数',
      desc: '市立大学が開講する市民向け公開講座及び社会人向けリカレント講座の延べ受講者数',
      unit: '人',
      actuals: [1210, 1385, 1540, 1702, '集計中', null],
      expected: [1400, 1550, 1700, 1800, 1900],
      note: 'R6はオンライン講座の受講ログを集計中',
    });
    block(ws, 16, 10, {
      no: '④',
      name: '大学発ベンチャー企業数（累計）',
      desc: '市立大学の教員・学生・卒業生が設立した企業の数（平成30年度からの累計）',
      unit: '社',
      actuals: [1, 2, 3, 4, 5, null],
      expected: [2, 4, 6, 8, 10],
      note: 'R6は学生起業１社',
    });
  },
  expected: {
    file: 'r6-shisaku-daigaku-renkei.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(A_SHEET, '市内大学卒業生の市内就職率', '％', 38.0, 35.2),
      ind(A_SHEET, '大学と市内企業との共同研究件数', '件', 24, 27),
      ind(A_SHEET, '公開講座・リカレント講座の受講者数', '人', 1800, null, { actualStatus: 'pending' }),
      ind(A_SHEET, '大学発ベンチャー企業数（累計）', '社', 8, 5),
    ],
    groups: [{ sheet: A_SHEET, cell: 'C6', grade: rollUp(['B', 'A', null, 'C']) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// B: 令和４年度 産学官連携推進事業 実績, text figures with labels, two measures in one cell, 未実施, 自己評価 A–D.

const B_SHEET = '事業実績';

const sangakuProjects: Holdout2Workbook = {
  name: 'r4-sangakukan-jigyo-jisseki',
  layout: 'B: 令和４年度 事業実績, 事業名＋概要 in one cell, text figures 「採択課題数 12件」, two measures in one cell, 「うち」 sub-figure, 未実施',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 42, 20, 22, 26, 8, 10]);
    merge(ws, 1, 1, 1, 7, '令和４年度　産学官連携推進事業　実績一覧');
    put(ws, 2, 6, ['（大学連携推進課）']);
    put(ws, 3, 1, ['No.', '推進事業', 'R3年度実績値', 'R4年度数値目標', 'R4年度実績値', '自己評価', '今後の方向性']);
    const rows: (string | number)[][] = [
      [
        1,
        '(1)-①　大学連携地域課題解決事業\n市内大学の研究室と地域課題の解決に取り組む共同プロジェクトを支援する',
        '採択課題数 9件',
        '採択課題数 12件',
        '採択課題数 10件',
        'B',
        '継続',
      ],
      [2, '(1)-②　インターンシップ推進事業\n市内企業での就業体験を大学生に斡旋する', '参加学生数 128人', '参加学生数 150人', '参加学生数 162人', 'A', '拡充'],
      [
        3,
        '(2)-①　産学連携コーディネーター配置事業\n企業の技術課題と大学のシーズを結び付けるコーディネーターを配置する',
        'マッチング 35件',
        'マッチング件数 40件',
        'マッチング 31件（うち成約 9件）',
        'B',
        '見直し',
      ],
      [
        4,
        '(2)-②　学生まちづくり参加事業\n学生が地域のまちづくり活動に参加する取組を支援する',
        '参加大学数:2校\n参加学生数:88人',
        '参加大学数:3校\n参加学生数:120人',
        '参加大学数:3校\n参加学生数:96人',
        'A',
        '継続',
      ],
      [5, '(3)-①　奨学金返還支援事業\n市内に就職した大学卒業者の奨学金返還を支援する', '－', '支援対象者 30人', '未実施', 'D', '見直し'],
      [
        6,
        '(3)-②　サテライトキャンパス運営事業\n駅前のサテライトキャンパスを大学と共同で運営する',
        '利用者数 2,204人',
        '利用者数 2,500人',
        '利用者数 2,813人',
        'A',
        '継続',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    wrap(ws, 3, 1, 9, 7);
    box(ws, 3, 1, 9, 7);
    put(ws, 11, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：やや遅れ　D：遅れ・未実施']);
  },
  expected: {
    file: 'r4-sangakukan-jigyo-jisseki.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(B_SHEET, '大学連携地域課題解決事業', '件', 12, 10, { existing: 'B' }),
      ind(B_SHEET, 'インターンシップ推進事業', '人', 150, 162, { existing: 'A' }),
      ind(B_SHEET, '産学連携コーディネーター配置事業', '件', 40, 31, { existing: 'B' }),
      {
        sheet: B_SHEET,
        name: '学生まちづくり参加事業',
        measures: [
          { label: '参加大学数', target: 3, actual: 3, unit: '校' },
          { label: '参加学生数', target: 120, actual: 96, unit: '人' },
        ],
        direction: 'up',
        existing: 'A',
        grade: 'B',
      },
      ind(B_SHEET, '奨学金返還支援事業', '人', 30, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, 'サテライトキャンパス運営事業', '人', 2500, 2813, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// C: 第２期総合戦略 KPI, 目標値／実績値 rows per KPI, 令和3年度…令和6年度 columns, values written with their units.

const C_SHEET = 'KPI進捗';

const kpiTable: Holdout2Workbook = {
  name: 'sogo-senryaku-kpi-wakamono-teichaku',
  layout:
    'C: 総合戦略 KPI, 目標値／実績値 rows per KPI, 令和3年度…令和6年度 (R6 targets only), 「4,118 人」 values, 「-」 where no target, 評価対象：令和５年度',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [16, 34, 10, 12, 12, 12, 12, 20]);
    merge(ws, 1, 1, 1, 8, '第２期まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況');
    put(ws, 2, 6, ['評価対象：令和５年度']);
    put(ws, 3, 1, ['基本目標', 'KPI', '区分', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '備考']);
    merge(ws, 4, 1, 13, 1, '２　若者が学び、とどまるまちをつくる');
    const kpis: [string, string[], string[], string][] = [
      ['市内高等教育機関の在学者数', ['4,000 人', '4,100 人', '4,200 人', '4,300 人'], ['3,987 人', '4,052 人', '4,118 人', ''], '各年5月1日現在'],
      ['県内就職率（市内大学卒業者）', ['42.0 ％', '43.5 ％', '45.0 ％', '46.5 ％'], ['41.2 ％', '44.0 ％', '47.3 ％', ''], ''],
      ['産学共同研究の件数', ['24 件', '27 件', '30 件', '33 件'], ['21 件', '19 件', '18 件', ''], '市立大学・高専の合計'],
      ['社会人の学び直し講座修了者数', ['-', '-', '-', '100 人'], ['42 人', '61 人', '85 人', ''], 'R6から目標設定'],
      ['大学等と連携した地域イベント数', ['10 回', '11 回', '12 回', '12 回'], ['8 回', '11 回', '12 回', ''], ''],
    ];
    kpis.forEach(([name, t, a, note], i) => {
      const r = 4 + 2 * i;
      merge(ws, r, 2, r + 1, 2, name);
      put(
        ws,
        r,
        3,
        ['目標値', ...t].map((v) => v || null),
      );
      put(
        ws,
        r + 1,
        3,
        ['実績値', ...a].map((v) => v || null),
      );
      merge(ws, r, 8, r + 1, 8, note || undefined);
    });
    box(ws, 3, 1, 13, 8);
  },
  expected: {
    file: 'sogo-senryaku-kpi-wakamono-teichaku.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C_SHEET, '市内高等教育機関の在学者数', '人', 4200, 4118),
      ind(C_SHEET, '県内就職率（市内大学卒業者）', '％', 45.0, 47.3),
      ind(C_SHEET, '産学共同研究の件数', '件', 30, 18),
      ind(C_SHEET, '社会人の学び直し講座修了者数', '人', null, 85),
      ind(C_SHEET, '大学等と連携した地域イベント数', '回', 12, 12),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// D: 産学官連携推進計画 成果指標, 現況（計画策定時） with its year, 目標（R7）, 実績 with its year, 目指す方向 ↑／↓.

const D_SHEET = '成果指標';

const planIndicators: Holdout2Workbook = {
  name: 'sangakukan-keikaku-seika-r3',
  layout: 'D: 産学官連携推進計画 成果指標, 「18⏎（令和元年度）」 現況, 目標（R7）, 実績 「24⏎（令和3年度）」, 目指す方向 ↑／↓, 現状把握の方法',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [34, 36, 8, 8, 16, 10, 16, 26]);
    merge(ws, 1, 1, 1, 8, '第２次産学官連携推進計画　成果指標の達成状況（令和３年度実績）');
    put(ws, 3, 1, ['指標', '指標の説明', '単位', '目指す方向', '現況\n（計画策定時）', '目標\n（R7）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        '企業と大学との共同研究・受託研究件数',
        '市内企業と市立大学・高専との共同研究及び受託研究の契約件数',
        '件',
        '↑',
        '18\n（令和元年度）',
        30,
        '24\n（令和3年度）',
        '地域連携センター実績報告',
      ],
      ['大学発ベンチャー数（累計）', '市立大学の研究成果を基に設立された企業数の累計', '社', '↑', '2\n（令和元年度）', 10, '4\n（令和3年度）', '大学への照会'],
      [
        '市内大学卒業者の市内就職者数',
        '市立大学・短大の卒業者のうち市内企業等に就職した者の数',
        '人',
        '↑',
        '210\n（令和元年度）',
        260,
        '233\n（令和3年度）',
        'キャリア支援センター調べ',
      ],
      [
        '特許出願件数（大学・高専）',
        '市立大学及び高専が単独又は企業と共同で出願した特許の件数',
        '件',
        '↑',
        '6\n（令和元年度）',
        12,
        '12\n（令和3年度）',
        '知的財産本部調べ',
      ],
      ['公立大学の中途退学率', '在籍者に占める年度内の退学者の割合', '％', '↓', '3.2\n（令和元年度）', 2.5, '2.8\n（令和3年度）', '学生課調べ'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    wrap(ws, 3, 1, 8, 8);
    box(ws, 3, 1, 8, 8);
    put(ws, 10, 1, ['※目指す方向　↑：増加を目指す　↓：減少を目指す']);
  },
  expected: {
    file: 'sangakukan-keikaku-seika-r3.xlsx',
    fiscalYear: 2021,
    indicators: [
      { ...ind(D_SHEET, '企業と大学との共同研究・受託研究件数', '件', 30, 24), targetSource: 'final' },
      { ...ind(D_SHEET, '大学発ベンチャー数（累計）', '社', 10, 4), targetSource: 'final' },
      { ...ind(D_SHEET, '市内大学卒業者の市内就職者数', '人', 260, 233), targetSource: 'final' },
      { ...ind(D_SHEET, '特許出願件数（大学・高専）', '件', 12, 12), targetSource: 'final' },
      { ...ind(D_SHEET, '公立大学の中途退学率', '％', 2.5, 2.8, { direction: 'down' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [kotokyoikuPolicy, sangakuProjects, kpiTable, planIndicators];
