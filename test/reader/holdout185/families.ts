/**
 * Hold-out 185, the four families as 海岸保全・砂防・土砂災害対策 offices write them: a 施策評価シート with stacked indicator
 * blocks (令和４年度), a 砂防・海岸事業 事業実績 with text figures (令和５年度), a 国土強靱化 KPI table with 目標値／実績値 rows
 * per 年度 (令和６年度) and a 推進計画 成果指標 table with 現況／目標（R8）／実績 and their years in the cells (令和４年度).
 */
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put, rollUp } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';

const A_SHEET = '4-2';

const policySheet: Holdout2Workbook = {
  name: 'h185-kaigan-sesaku-sheet',
  layout: '施策評価シート: header rows, 施策の達成状況 cell with last year "（B）", four stacked blocks R2（現状値）…R7 with 実績値／期待値 rows, a 集計中',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [16, 11, 11, 11, 11, 11, 11, 24]);
    merge(ws, 1, 1, 1, 8, '令和４年度　施策評価シート（基本施策事後評価）');
    merge(ws, 2, 1, 2, 8, '評価対象期間：令和４年度（令和４年４月１日～令和５年３月３１日）');
    put(ws, 3, 1, ['基本方針']);
    merge(ws, 3, 2, 3, 8, '４　災害に強く安全・安心に暮らせるまち');
    put(ws, 4, 1, ['基本施策']);
    merge(ws, 4, 2, 4, 8, '4-2　海岸保全と土砂災害対策の推進');
    put(ws, 5, 1, ['担当部等']);
    merge(ws, 5, 2, 5, 8, '建設部（河川港湾課・砂防課）、総務部（危機管理課）');
    put(ws, 6, 1, ['施策の達成状況']);
    merge(ws, 6, 2, 6, 3);
    put(ws, 6, 4, ['（B）', '※（　）は前年度評価']);
    box(ws, 3, 1, 6, 8);
    const blocks: [string, string, string, string, (string | number)[], (string | number)[], string][] = [
      [
        '指標①',
        '海岸保全施設（堤防・護岸）の整備延長',
        '県・市管理海岸における堤防・護岸の整備済み延長',
        'km',
        [10.6, 11.5, 12.4],
        ['', 11.6, 12.8, 13.8, 14.6, 15.5],
        '津波・高潮対策として継続整備',
      ],
      [
        '指標②',
        '土砂災害警戒区域の指定箇所数',
        '県が基礎調査を経て指定した土砂災害警戒区域の箇所数',
        '箇所',
        [1084, 1190, 1250],
        ['', 1180, 1250, 1300, 1340, 1380],
        '基礎調査２巡目に着手',
      ],
      [
        '指標③',
        '土砂災害ハザードマップの認知度',
        '市民意識調査で「知っている」と回答した割合',
        '％',
        [62.0, 66.4, '集計中'],
        ['', 70.0, 75.0, 80.0, 85.0, 90.0],
        '市民意識調査はR5.6月に集計予定',
      ],
      [
        '指標④',
        '砂防えん堤の整備基数',
        '市内の土石流危険渓流に整備した砂防えん堤の基数（累計）',
        '基',
        [42, 44, 46],
        ['', 45, 48, 50, 52, 54],
        '用地交渉の遅れにより１基が翌年度へ繰越',
      ],
    ];
    let r = 8;
    for (const [no, name, desc, unit, actual, expected, note] of blocks) {
      put(ws, r, 1, [no]);
      merge(ws, r, 2, r, 8, name);
      put(ws, r + 1, 1, ['指標の説明']);
      merge(ws, r + 1, 2, r + 1, 8, desc);
      put(ws, r + 2, 1, ['単位', unit]);
      put(ws, r + 3, 1, ['', 'R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
      put(ws, r + 4, 1, ['実績値', ...actual]);
      ws.getCell(r + 5, 1).value = '期待値\n※R7は目標値';
      put(ws, r + 5, 2, expected);
      put(ws, r + 6, 1, ['備考']);
      merge(ws, r + 6, 2, r + 6, 8, note);
      box(ws, r, 1, r + 6, 8);
      wrap(ws, r + 5, 1, r + 5, 1);
      r += 8;
    }
  },
  expected: {
    file: 'h185-kaigan-sesaku-sheet.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(A_SHEET, '海岸保全施設（堤防・護岸）の整備延長', 'km', 12.8, 12.4),
      ind(A_SHEET, '土砂災害警戒区域の指定箇所数', '箇所', 1250, 1250),
      ind(A_SHEET, '土砂災害ハザードマップの認知度', '％', 75, null, { actualStatus: 'pending' }),
      ind(A_SHEET, '砂防えん堤の整備基数', '基', 48, 46),
    ],
    groups: [{ sheet: A_SHEET, cell: 'B6', grade: rollUp(['B', 'A', null, 'B']) }],
  },
};

const B_SHEET = '資料２';

const projectTable: Holdout2Workbook = {
  name: 'h185-sabo-jigyo-jisseki',
  layout: '事業実績: 【code】name＋概要 in one cell, 令和５年度数値目標／実績値 as text with full-width digits, two measures in one cell, 未実施',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 40, 18, 10, 22, 22, 16]);
    merge(ws, 1, 1, 1, 7, '令和５年度　砂防・海岸事業　推進事業の実績');
    put(ws, 2, 7, ['建設部砂防課']);
    put(ws, 3, 1, ['No.', '推進事業', '令和４年度実績値', '自己評価', '令和５年度数値目標', '令和５年度実績値', '担当課']);
    const rows: (string | number)[][] = [
      [
        1,
        '【4-2-1】急傾斜地崩壊対策事業\n概要：がけ崩れのおそれのある急傾斜地に擁壁等を整備する',
        '施工箇所数　３箇所',
        '',
        '施工箇所数　４箇所',
        '施工箇所数　４箇所',
        '砂防課',
      ],
      [
        2,
        '【4-2-2】海岸堤防等老朽化対策事業\n概要：長寿命化計画に基づき海岸堤防・護岸を補修する',
        '補修延長 2.6km',
        '',
        '補修延長　3.0km',
        '補修延長　2.1km',
        '河川港湾課',
      ],
      [
        3,
        '【4-2-3】がけ地近接等危険住宅移転事業\n概要：土砂災害特別警戒区域内の住宅の移転費用を補助する',
        '移転補助　１件',
        '',
        '移転補助　２件',
        '未実施',
        '建築住宅課',
      ],
      [
        4,
        '【4-2-4】土砂災害防災訓練事業\n概要：警戒区域を含む地区で住民避難訓練を実施する',
        '訓練実施地区　10地区\n参加者数　520人',
        '',
        '訓練実施地区　12地区\n参加者数　600人',
        '訓練実施地区　12地区\n参加者数　450人',
        '危機管理課',
      ],
      [
        5,
        '【4-2-5】砂防施設維持管理事業\n概要：砂防えん堤・流路工等の定期点検を行う',
        '点検施設数 33施設',
        '',
        '点検施設数　35施設',
        '点検施設数　38施設',
        '砂防課',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    box(ws, 3, 1, 8, 7);
    wrap(ws, 3, 1, 8, 7);
    put(ws, 10, 1, ['※自己評価欄は担当課が記入すること（Ａ～Ｄ）']);
  },
  expected: {
    file: 'h185-sabo-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '急傾斜地崩壊対策事業', '箇所', 4, 4),
      ind(B_SHEET, '海岸堤防等老朽化対策事業', 'km', 3.0, 2.1),
      ind(B_SHEET, 'がけ地近接等危険住宅移転事業', '件', 2, null, { actualStatus: 'not-implemented' }),
      {
        sheet: B_SHEET,
        name: '土砂災害防災訓練事業',
        measures: [
          { label: '訓練実施地区', target: 12, actual: 12, unit: '地区' },
          { label: '参加者数', target: 600, actual: 450, unit: '人' },
        ],
        direction: 'up',
        grade: 'C',
      },
      ind(B_SHEET, '砂防施設維持管理事業', '施設', 35, 38),
    ],
    groups: [],
  },
};

const C_SHEET = 'KPI';

const kpiTable: Holdout2Workbook = {
  name: 'h185-kyojinka-kpi',
  layout: '国土強靱化 KPI: 目標値／実績値 rows per KPI over 令和4年度…令和7年度, values "86.5 ％", 目指す方向 ↑/↓, 評価 ◎○△ without legend',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [5, 44, 8, 10, 8, 12, 12, 12, 12, 8]);
    merge(ws, 1, 1, 1, 10, '第２期　国土強靱化地域計画　重要業績指標（ＫＰＩ）の進捗状況');
    put(ws, 2, 1, ['評価年度：令和６年度']);
    put(ws, 4, 1, ['No.', 'ＫＰＩ', '単位', '目指す方向', '区分', '令和4年度', '令和5年度', '令和6年度', '令和7年度', '評価']);
    const kpis: [string, string, string, (string | number)[], (string | number)[], string][] = [
      ['土砂災害警戒区域内の要配慮者利用施設における避難確保計画の作成率', '％', '↑', [70, 80, 90, 100], ['72.4 ％', '79.0 ％', '86.5 ％'], '○'],
      ['砂防関係施設の点検実施箇所数', '箇所', '↑', [100, 110, 120, 130], ['104 箇所', '118 箇所', '132 箇所'], '◎'],
      ['海岸保全施設の耐震化率', '％', '↑', ['-', 50, 60, 70], ['33.0 ％', '38.2 ％', '41.0 ％'], '△'],
      ['土砂災害による人的被害者数', '人', '↓', [0, 0, 0, 0], ['0 人', '1 人', '0 人'], '◎'],
    ];
    kpis.forEach(([name, unit, dir, targets, actuals, mark], i) => {
      const r = 5 + i * 2;
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, name);
      merge(ws, r, 3, r + 1, 3, unit);
      merge(ws, r, 4, r + 1, 4, dir);
      put(ws, r, 5, ['目標値', ...targets]);
      put(ws, r + 1, 5, ['実績値', ...actuals]);
      merge(ws, r, 10, r + 1, 10, mark);
    });
    box(ws, 4, 1, 12, 10);
    put(ws, 14, 1, ['※令和７年度実績は令和８年５月に確定予定']);
  },
  expected: {
    file: 'h185-kyojinka-kpi.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(C_SHEET, '土砂災害警戒区域内の要配慮者利用施設における避難確保計画の作成率', '％', 90, 86.5, { existing: '○' }),
      ind(C_SHEET, '砂防関係施設の点検実施箇所数', '箇所', 120, 132, { existing: '◎' }),
      ind(C_SHEET, '海岸保全施設の耐震化率', '％', 60, 41, { existing: '△' }),
      ind(C_SHEET, '土砂災害による人的被害者数', '人', 0, 0, { direction: 'down', existing: '◎' }),
    ],
    groups: [],
  },
};

const D_SHEET = '成果指標';

const planTable: Holdout2Workbook = {
  name: 'h185-keikaku-seika-shihyo',
  layout: '推進計画 成果指標: 現況（計画策定時） "68.2⏎（令和元年度）", 目標（R8）, 実績 with its year, a blank 実績, 現状把握の方法',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 34, 36, 7, 16, 11, 16, 24]);
    merge(ws, 1, 1, 1, 8, '海岸保全・土砂災害対策推進計画　成果指標の進捗状況（令和４年度）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況（計画策定時）', '目標（R8）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [1, '海岸堤防の計画天端高確保率', '計画天端高を確保した海岸堤防延長の割合', '％', '68.2\n（令和元年度）', 85.0, '74.0\n（令和４年度）', '河川港湾課調べ'],
      [
        2,
        '土砂災害ハザードマップの公表率',
        '警戒区域を含む地区のうちハザードマップを公表した地区の割合',
        '％',
        '80.0\n（令和元年度）',
        100,
        '100.0\n（令和４年度）',
        '危機管理課調べ',
      ],
      [
        3,
        '自主防災組織による土砂災害避難訓練の実施率',
        '警戒区域内の自主防災組織のうち避難訓練を実施した組織の割合',
        '％',
        '21.5\n（令和元年度）',
        70,
        '38.5\n（令和４年度）',
        '自主防災組織活動報告',
      ],
      [4, '養浜による海岸侵食対策の実施延長', '養浜を実施した海岸の延長', 'm', '0\n（令和元年度）', 1200, '', '河川港湾課調べ（測量中）'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    box(ws, 3, 1, 7, 8);
    wrap(ws, 3, 1, 7, 8);
  },
  expected: {
    file: 'h185-keikaku-seika-shihyo.xlsx',
    fiscalYear: 2022,
    indicators: [
      { ...ind(D_SHEET, '海岸堤防の計画天端高確保率', '％', 85, 74), targetSource: 'final' },
      { ...ind(D_SHEET, '土砂災害ハザードマップの公表率', '％', 100, 100), targetSource: 'final' },
      { ...ind(D_SHEET, '自主防災組織による土砂災害避難訓練の実施率', '％', 70, 38.5), targetSource: 'final' },
      { ...ind(D_SHEET, '養浜による海岸侵食対策の実施延長', 'm', 1200, null, { actualStatus: 'missing' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planTable];
