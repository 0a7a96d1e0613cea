/** Hold-out 168, the four families as 浄化槽・し尿処理・生活排水対策 offices write them. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { gradeOf, ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const A_SHEET = '基本施策4-2';
const A_BLOCKS = [
  {
    no: '指標①',
    name: '汚水処理人口普及率',
    desc: '行政人口に占める下水道・農業集落排水・合併処理浄化槽等による汚水処理人口の割合',
    unit: '％',
    act: [84.6, 86.2, 87.9],
    exp: [86.8, 88.5, 90.0, 91.5, 93.0],
    note: '',
  },
  {
    no: '指標②',
    name: '合併処理浄化槽設置基数',
    desc: '市内に設置された合併処理浄化槽の基数（累計）',
    unit: '基',
    act: [4105, 4268, 4412],
    exp: [4230, 4350, 4470, 4590, 4700],
    note: '浄化槽台帳による',
  },
  {
    no: '指標③',
    name: '浄化槽法定検査受検率',
    desc: '浄化槽法第11条に基づく定期検査の受検率',
    unit: '％',
    act: [51.3, 53.0, 55.1],
    exp: [58.0, 62.0, 66.0, 70.0, 75.0],
    note: '県浄化槽協会調べ',
  },
  {
    no: '指標④',
    name: '単独処理浄化槽等からの転換基数',
    desc: '単独処理浄化槽・くみ取り便槽から合併処理浄化槽へ転換した基数（単年度）',
    unit: '基',
    act: [71, 64, 68],
    exp: [100, 120, 120, 120, 120],
    note: '',
  },
];
const A_INDS = A_BLOCKS.map((b) => ind(A_SHEET, b.name, b.unit, b.exp[1], b.act[2]));

const policySheet: Holdout2Workbook = {
  name: 'h168-a-seikatsu-haisui-policy',
  layout: '施策評価シート 令和４年度, four stacked indicator blocks R2（現状値）…R7 with 実績値／期待値 rows, an empty 達成状況 beside 「（B）」',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [2, 16, 11, 11, 11, 11, 11, 11, 18]);
    merge(ws, 1, 2, 1, 9, '施策評価シート');
    merge(ws, 2, 2, 2, 9, '評価対象期間：令和４年度');
    put(ws, 3, 2, ['基本方針']);
    merge(ws, 3, 3, 3, 9, '５　豊かな自然と共生する快適な生活環境のまち');
    put(ws, 4, 2, ['基本施策']);
    merge(ws, 4, 3, 4, 9, '4-2　生活排水対策の推進');
    put(ws, 5, 2, ['担当部等']);
    merge(ws, 5, 3, 5, 9, '環境部（環境保全課・下水道課）');
    put(ws, 6, 2, ['施策の達成状況', undefined, '（B）']);
    merge(ws, 6, 5, 6, 9, '※（　）は前年度の評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
    box(ws, 3, 2, 6, 9);
    let r = 8;
    for (const b of A_BLOCKS) {
      put(ws, r, 2, [b.no]);
      merge(ws, r, 3, r, 9, b.name);
      put(ws, r + 1, 2, ['指標の説明']);
      merge(ws, r + 1, 3, r + 1, 9, b.desc);
      put(ws, r + 2, 2, ['単位', b.unit]);
      put(ws, r + 3, 2, ['年度', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7', '備考']);
      put(ws, r + 4, 2, ['実績値', ...b.act]);
      put(ws, r + 4, 9, [b.note]);
      put(ws, r + 5, 2, ['期待値\n※R7は目標値', '－', ...b.exp]);
      wrap(ws, r + 3, 2, r + 5, 9);
      box(ws, r, 2, r + 5, 9);
      r += 7;
    }
  },
  expected: {
    file: 'h168-a-seikatsu-haisui-policy.xlsx',
    fiscalYear: 2022,
    indicators: A_INDS,
    groups: [{ sheet: A_SHEET, cell: 'C6', grade: rollUp(A_INDS.map((i) => i.grade)) }],
  },
};

const B_SHEET = '事業実績';
const measuresInd: ExpectedIndicator = {
  sheet: B_SHEET,
  name: '生活排水対策啓発事業',
  measures: [
    { label: '出前講座', target: 10, actual: 6, unit: '回' },
    { label: '参加者', target: 300, actual: 254, unit: '人' },
  ],
  direction: 'up',
  existing: 'C',
  grade: [gradeOf(10, 6), gradeOf(300, 254)].sort().reverse()[0],
};

const projectTable: Holdout2Workbook = {
  name: 'h168-b-jigyo-jisseki',
  layout: '令和元年度 生活排水対策推進事業 事業実績: code, name and 概要 in one cell, text figures 「補助基数 45基」, two measures in one cell, 未実施',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 40, 16, 16, 16, 8, 10, 20]);
    merge(ws, 1, 1, 1, 8, '令和元年度　生活排水対策推進事業　事業実績');
    put(ws, 2, 8, ['（環境保全課）']);
    put(ws, 3, 1, ['No.', '推進事業', 'H30年度実績値', 'R元年度数値目標', 'R元年度実績値', '自己評価', '今後の方向性', '備考']);
    const rows: (string | number)[][] = [
      [
        1,
        '(1)　浄化槽設置整備事業\n合併処理浄化槽を設置する者に対し、設置費の一部を補助する。',
        '補助基数 41基',
        '補助基数 45基',
        '補助基数 38基',
        'B',
        '継続',
        '新築分は対象外',
      ],
      [
        2,
        '(2)　浄化槽維持管理費補助事業\n保守点検・清掃・法定検査に要する費用の一部を補助する。',
        '交付件数 288件',
        '交付件数 300件',
        '交付件数 312件',
        'A',
        '継続',
        '',
      ],
      [
        3,
        '(3)　生活排水対策啓発事業\n出前講座や環境学習を通じて家庭でできる生活排水対策を周知する。',
        '出前講座 8回\n参加者 231人',
        '出前講座 10回\n参加者 300人',
        '出前講座 6回\n参加者 254人',
        'C',
        '見直し',
        '台風により2回中止',
      ],
      [
        4,
        '(4)　単独処理浄化槽撤去費補助事業\n合併処理浄化槽への転換に伴う単独処理浄化槽の撤去費を補助する。',
        '－',
        '撤去基数 20基',
        '未実施',
        'D',
        '見直し',
        '要綱制定が遅れたため',
      ],
      [5, '(5)　浄化槽保守点検業者指導事業\n登録保守点検業者への立入検査を実施する。', '立入検査 11件', '立入検査 12件', '立入検査 10件', 'A', '継続', ''],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 8, 8);
    box(ws, 3, 1, 8, 8);
  },
  expected: {
    file: 'h168-b-jigyo-jisseki.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind(B_SHEET, '浄化槽設置整備事業', '基', 45, 38, { existing: 'B' }),
      ind(B_SHEET, '浄化槽維持管理費補助事業', '件', 300, 312, { existing: 'A' }),
      measuresInd,
      ind(B_SHEET, '単独処理浄化槽撤去費補助事業', '基', 20, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, '浄化槽保守点検業者指導事業', '件', 12, 10, { existing: 'A' }),
    ],
    groups: [],
  },
};

const C_SHEET = 'KPI';
const kpiTable: Holdout2Workbook = {
  name: 'h168-c-kpi-seikatsu-haisui',
  layout: '第２期 生活排水処理基本計画 KPI 令和３年度: 目標値／実績値 rows per 令和元年度…令和5年度, 「83.6 ％」 text values, 「-」 targets, 中止',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [5, 30, 7, 9, 12, 12, 12, 12, 12, 12, 20]);
    merge(ws, 1, 1, 1, 11, '第２期生活排水処理基本計画　重要業績評価指標（ＫＰＩ）の進捗状況');
    put(ws, 2, 1, ['評価対象年度：令和３年度']);
    put(ws, 4, 1, [
      'No.',
      '重要業績評価指標（KPI）',
      '単位',
      '区分',
      '基準値（H30）',
      '令和元年度',
      '令和2年度',
      '令和3年度',
      '令和4年度',
      '令和5年度',
      '備考',
    ]);
    const kpis: [string, string, string, string[], string[], string][] = [
      ['生活排水処理率', '％', '78.1 ％', ['80.0 ％', '82.5 ％', '85.0 ％', '87.5 ％', '90.0 ％'], ['79.8 ％', '81.9 ％', '83.6 ％'], ''],
      [
        '河川のBOD環境基準達成率',
        '％',
        '75.0 ％',
        ['100 ％', '100 ％', '100 ％', '100 ％', '100 ％'],
        ['75.0 ％', '87.5 ％', '87.5 ％'],
        '8地点中の達成地点の割合',
      ],
      ['浄化槽設置補助基数', '基', '38 基', ['40 基', '40 基', '40 基', '40 基', '40 基'], ['36 基', '42 基', '27 基'], '単年度'],
      ['浄化槽管理者講習会参加者数', '人', '88 人', ['-', '-', '-', '-', '-'], ['92 人', '中止', '85 人'], 'R2は新型コロナウイルス感染症のため中止'],
    ];
    kpis.forEach(([name, unit, base, targets, actuals, note], i) => {
      const r = 5 + i * 2;
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, name);
      merge(ws, r, 3, r + 1, 3, unit);
      merge(ws, r, 5, r + 1, 5, base);
      merge(ws, r, 11, r + 1, 11, note);
      put(ws, r, 4, ['目標値', undefined, ...targets]);
      put(ws, r + 1, 4, ['実績値', undefined, ...actuals]);
    });
    box(ws, 4, 1, 12, 11);
  },
  expected: {
    file: 'h168-c-kpi-seikatsu-haisui.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(C_SHEET, '生活排水処理率', '％', 85.0, 83.6),
      ind(C_SHEET, '河川のBOD環境基準達成率', '％', 100, 87.5),
      ind(C_SHEET, '浄化槽設置補助基数', '基', 40, 27),
      ind(C_SHEET, '浄化槽管理者講習会参加者数', '人', null, 85),
    ],
    groups: [],
  },
};

const D_SHEET = '成果指標';
const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });
const planIndicators: Holdout2Workbook = {
  name: 'h168-d-plan-indicators',
  layout: '生活排水処理基本計画 成果指標 令和５年度: 現況 「82.3⏎（令和元年度）」, 目標（R9）, 実績 with its year, 目指す方向 ↑／↓, 集計中',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [14, 28, 34, 8, 11, 14, 12, 14, 24]);
    merge(ws, 1, 1, 1, 9, '生活排水処理基本計画　成果指標の点検・評価（令和５年度）');
    put(ws, 3, 1, ['基本目標', '指標', '指標の説明', '単位', '目指す方向', '現況（計画策定時）', '目標（R9）', '実績', '現状把握の方法']);
    merge(ws, 4, 1, 5, 1, '1 生活排水の適正処理');
    put(ws, 4, 2, [
      '汚水処理人口普及率',
      '下水道・農集排・合併処理浄化槽等の処理人口÷行政人口',
      '％',
      '↑（増加）',
      '82.3\n（令和元年度）',
      90.0,
      '86.1\n（令和5年度）',
      '汚水処理人口普及状況調査',
    ]);
    put(ws, 5, 2, [
      '単独処理浄化槽・くみ取り便槽使用世帯数',
      '単独処理浄化槽又はくみ取り便槽を使用している世帯数',
      '世帯',
      '↓（減少）',
      '3,420\n（令和元年度）',
      2000,
      '2,610\n（令和5年度）',
      'し尿収集台帳・浄化槽台帳',
    ]);
    merge(ws, 6, 1, 7, 1, '2 浄化槽の適正管理');
    put(ws, 6, 2, [
      '浄化槽法定検査受検率',
      '11条検査の受検基数÷浄化槽設置基数',
      '％',
      '↑（増加）',
      '48.5\n（令和元年度）',
      70.0,
      '集計中',
      '指定検査機関からの報告',
    ]);
    put(ws, 7, 2, [
      '生活排水処理施設整備人口',
      '生活排水処理施設により汚水を処理できる人口',
      '人',
      '↑（増加）',
      '52,310\n（令和元年度）',
      58000,
      '58,420\n（令和5年度）',
      '住民基本台帳・下水道台帳',
    ]);
    ws.getCell(4, 7).numFmt = '0.0';
    ws.getCell(6, 7).numFmt = '0.0';
    ws.getCell(5, 7).numFmt = '#,##0';
    ws.getCell(7, 7).numFmt = '#,##0';
    wrap(ws, 3, 1, 7, 9);
    box(ws, 3, 1, 7, 9);
  },
  expected: {
    file: 'h168-d-plan-indicators.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(D_SHEET, '汚水処理人口普及率', '％', 90.0, 86.1)),
      final(ind(D_SHEET, '単独処理浄化槽・くみ取り便槽使用世帯数', '世帯', 2000, 2610, { direction: 'down' })),
      final(ind(D_SHEET, '浄化槽法定検査受検率', '％', 70.0, null, { actualStatus: 'pending' })),
      final(ind(D_SHEET, '生活排水処理施設整備人口', '人', 58000, 58420)),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planIndicators];
