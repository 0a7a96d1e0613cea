/** Hold-out 154, the four families as 地籍調査・土地利用・公有地管理 offices write them. */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { gradeOf, ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

/** One indicator block of the 施策評価シート (9 columns wide, 8 rows high). */
function block(
  ws: Worksheet,
  r: number,
  c: number,
  no: string,
  name: string,
  desc: string,
  unit: string,
  way: string,
  actuals: (string | number | undefined)[],
  expects: (string | number | undefined)[],
  note: string,
): void {
  put(ws, r, c, [no]);
  merge(ws, r, c + 1, r, c + 7, name);
  put(ws, r + 1, c, ['指標の説明']);
  merge(ws, r + 1, c + 1, r + 1, c + 7, desc);
  put(ws, r + 2, c, ['単位', unit, '目指す方向', undefined, way]);
  put(ws, r + 3, c, ['区分', 'R1', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
  put(ws, r + 4, c, ['実績値', ...actuals]);
  put(ws, r + 5, c, ['期待値\n※R7は目標値', ...expects]);
  put(ws, r + 6, c, ['備考']);
  merge(ws, r + 6, c + 1, r + 6, c + 7, note || undefined);
  box(ws, r, c, r + 6, c + 7);
  wrap(ws, r + 3, c, r + 5, c + 7);
}

const A_SHEET = '5-3';
const A_INDICATORS = [
  ind(A_SHEET, '地籍調査進捗率', '％', 41.0, 40.6),
  ind(A_SHEET, '地籍調査認証面積（累計）', 'k㎡', 111.0, 111.2),
  ind(A_SHEET, '未利用市有地の売却・貸付件数', '件', 8, 5),
  ind(A_SHEET, '低未利用の公有地面積', 'ha', 22.0, 23.1, { direction: 'down' }),
  { ...ind(A_SHEET, '公有財産台帳のデジタル化率', '％', 60.0, null), actualStatus: 'pending' as const },
];

const policySheet: Holdout2Workbook = {
  name: 'h154-a-tochi-shisaku',
  layout:
    'A: 令和５年度基本施策事後評価シート（評価対象期間：令和４年度）, 施策5-3 適正な土地利用と公有地の管理, five blocks tiled two across with R1…R7 (R2 現状値), 実績値／期待値 rows, 目指す方向 ↑／↓, a 集計中, an empty 達成状況評価 cell beside 「（B）」',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [12, 8, 9, 8, 8, 8, 8, 8, 3, 12, 8, 9, 8, 8, 8, 8, 8]);
    merge(ws, 1, 1, 1, 17, '○○市総合計画 2021～2030　令和５年度基本施策事後評価シート　（評価対象期間：令和４年度）');
    put(ws, 3, 1, ['基本方針']);
    merge(ws, 3, 2, 3, 8, '5.安全で快適な生活基盤の整備');
    put(ws, 4, 1, ['基本施策']);
    merge(ws, 4, 2, 4, 8, '5-3.適正な土地利用と公有地の管理');
    put(ws, 5, 1, ['担当部等']);
    merge(ws, 5, 2, 5, 8, '都市整備部（都市計画課・地籍調査課）、総務部（管財課）');
    merge(ws, 3, 10, 4, 12, '達成状況\n評　　価');
    merge(ws, 3, 13, 4, 14);
    put(ws, 3, 15, ['（B）']);
    put(ws, 5, 10, ['A 順調　B 概ね順調　C やや遅れている　D 遅れている']);
    box(ws, 3, 1, 5, 8);
    box(ws, 3, 10, 4, 15);
    put(ws, 7, 1, ['成果指標']);
    block(
      ws,
      8,
      1,
      '指標①',
      '地籍調査進捗率',
      '市域の調査対象面積に対する地籍調査完了面積の割合',
      '％',
      '↑（増加）',
      [38.2, 39.0, 39.9, 40.6],
      [undefined, undefined, 40.0, 41.0, 42.0, 43.0, 44.0],
      '国土調査法に基づく認証済み面積により算出',
    );
    block(
      ws,
      8,
      10,
      '指標②',
      '地籍調査認証面積（累計）',
      '地籍調査の成果が認証された面積の累計',
      'k㎡',
      '↑（増加）',
      [102.4, 105.1, 108.0, 111.2],
      [undefined, undefined, 108.0, 111.0, 114.0, 117.0, 120.0],
      '',
    );
    block(
      ws,
      16,
      1,
      '指標③',
      '未利用市有地の売却・貸付件数',
      '普通財産のうち未利用地を売却又は貸し付けた件数（単年度）',
      '件',
      '↑（増加）',
      [7, 6, 9, 5],
      [undefined, undefined, 8, 8, 9, 9, 10],
      '入札不調 3件',
    );
    block(
      ws,
      16,
      10,
      '指標④',
      '低未利用の公有地面積',
      '利用されていない市有地（普通財産）の面積',
      'ha',
      '↓（減少）',
      [25.3, 24.6, 23.9, 23.1],
      [undefined, undefined, 23.0, 22.0, 21.0, 20.0, 19.0],
      '',
    );
    block(
      ws,
      24,
      1,
      '指標⑤',
      '公有財産台帳のデジタル化率',
      '公有財産台帳のうち財産管理システムに登録済みの割合',
      '％',
      '↑（増加）',
      [undefined, 31.0, 44.5, '集計中'],
      [undefined, undefined, 45.0, 60.0, 75.0, 90.0, 100.0],
      '令和４年度分はシステム移行作業中のため集計中',
    );
  },
  expected: {
    file: 'h154-a-tochi-shisaku.xlsx',
    fiscalYear: 2022,
    indicators: A_INDICATORS,
    groups: [{ sheet: A_SHEET, cell: 'M3', grade: rollUp(A_INDICATORS.map((i) => i.grade)) }],
  },
};

const B_SHEET = '資料2';
const projectTable: Holdout2Workbook = {
  name: 'h154-b-jigyo-jisseki',
  layout:
    'B: 令和５年度 推進事業 実績一覧 of 地籍調査・公有地 projects, code+name+概要 in one cell, text figures 「調査面積 2.41k㎡」, full-width 「４．６k㎡」, two measures 「貸付件数 13件 貸付収入 7,980千円」, a 未実施',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 40, 18, 8, 22, 26, 10]);
    merge(ws, 1, 1, 1, 7, '令和５年度　推進事業 実績一覧（基本施策5-3 適正な土地利用と公有地の管理）');
    put(ws, 3, 1, ['No.', '推進事業', 'R4年度実績値', '自己評価', 'R5年度数値目標', 'R5年度実績値', '今後の方向性']);
    const rows: (string | number)[][] = [
      [
        1,
        '①-1 地籍調査事業\n国土調査法に基づき、一筆ごとの土地の所有者、地番、地目、境界及び面積を調査する。',
        '調査面積 2.35k㎡',
        'B',
        '調査面積 2.60k㎡',
        '調査面積 2.41k㎡',
        '継続',
      ],
      [
        2,
        '①-2 山村境界保全事業\n空中写真等のリモートセンシングデータを活用し、山村部の境界情報を保全する。',
        '境界調査面積 ３．８k㎡',
        'A',
        '境界調査面積 ４．０k㎡',
        '境界調査面積 ４．６k㎡',
        '拡充',
      ],
      [3, '②-1 未利用市有地売払事業\n利用予定のない市有地を一般競争入札により売却する。', '売却件数 4件', 'C', '売却件数 6件', '売却件数 3件', '見直し'],
      [
        4,
        '②-2 公有地貸付事業\n未利用市有地を駐車場・資材置場等として貸し付け、維持管理費を削減する。',
        '貸付件数 11件 貸付収入 8,120千円',
        'A',
        '貸付件数 12件 貸付収入 8,500千円',
        '貸付件数 13件 貸付収入 7,980千円',
        '継続',
      ],
      [5, '③-1 土地利用調整事業\n土地利用に関する関係課の調整と職員研修を行う。', '研修会開催 1回', 'D', '研修会開催 2回', '未実施', '見直し'],
      [
        6,
        '③-2 土地取引届出指導事業\n国土利用計画法に基づく土地売買等の届出を審査し、利用目的を指導する。',
        '届出審査件数 36件',
        'B',
        '届出審査件数 40件',
        '届出審査件数 38件',
        '継続',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    box(ws, 3, 1, 3 + rows.length, 7);
    wrap(ws, 3, 1, 3 + rows.length, 7);
  },
  expected: {
    file: 'h154-b-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '地籍調査事業', 'k㎡', 2.6, 2.41, { existing: 'B' }),
      ind(B_SHEET, '山村境界保全事業', 'k㎡', 4.0, 4.6, { existing: 'A' }),
      ind(B_SHEET, '未利用市有地売払事業', '件', 6, 3, { existing: 'C' }),
      {
        sheet: B_SHEET,
        name: '公有地貸付事業',
        measures: [
          { label: '貸付件数', target: 12, actual: 13, unit: '件' },
          { label: '貸付収入', target: 8500, actual: 7980, unit: '千円' },
        ],
        direction: 'up',
        existing: 'A',
        grade: gradeOf(8500, 7980),
      },
      ind(B_SHEET, '土地利用調整事業', '回', 2, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(B_SHEET, '土地取引届出指導事業', '件', 40, 38, { existing: 'B' }),
    ],
    groups: [],
  },
};

const C_SHEET = 'KPI';
const kpiTable: Holdout2Workbook = {
  name: 'h154-c-kpi-senryaku',
  layout:
    'C: 第2期総合戦略 KPI table, 目標値／実績値 rows per 令和3年3月末…令和5年3月末 with values 「17 件」「40.8 ％」「38 百万円」, 「-」 where no target; the period is not written (the latest year with actuals, a guess)',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [22, 30, 8, 14, 14, 14, 20]);
    merge(ws, 1, 1, 1, 7, '第２期○○市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況');
    put(ws, 3, 1, ['基本目標', 'KPI', '区分', '令和3年3月末', '令和4年3月末', '令和5年3月末', '備考']);
    const kpis: [string, string, (string | undefined)[], (string | undefined)[], string][] = [
      ['空き地・空き家バンク成約件数', '基本目標２ 移住・定住', ['15 件', '20 件', '25 件'], ['12 件', '17 件', undefined], ''],
      ['地籍調査進捗率', '基本目標４ 安全なまち', ['-', '41.0 ％', '42.0 ％'], ['39.9 ％', '40.8 ％', undefined], '認証済み面積による'],
      ['市有地売却による歳入額', '基本目標４ 安全なまち', ['50 百万円', '60 百万円', '60 百万円'], ['72 百万円', '38 百万円', undefined], ''],
      ['保留地売却区画数', '基本目標２ 移住・定住', ['10 区画', '10 区画', '10 区画'], ['11 区画', '12 区画', undefined], '土地区画整理事業'],
    ];
    kpis.forEach(([name, goal, targets, actuals, note], i) => {
      const r = 4 + 2 * i;
      merge(ws, r, 1, r + 1, 1, goal);
      merge(ws, r, 2, r + 1, 2, name);
      put(ws, r, 3, ['目標値', ...targets]);
      put(ws, r + 1, 3, ['実績値', ...actuals]);
      merge(ws, r, 7, r + 1, 7, note || undefined);
    });
    box(ws, 3, 1, 3 + 2 * kpis.length, 7);
  },
  expected: {
    file: 'h154-c-kpi-senryaku.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(C_SHEET, '空き地・空き家バンク成約件数', '件', 20, 17),
      ind(C_SHEET, '地籍調査進捗率', '％', 41.0, 40.8),
      ind(C_SHEET, '市有地売却による歳入額', '百万円', 60, 38),
      ind(C_SHEET, '保留地売却区画数', '区画', 10, 12),
    ],
    groups: [],
    guesses: ['period'],
  },
};

const D_SHEET = '資料3';
const planTable: Holdout2Workbook = {
  name: 'h154-d-kokudo-riyo',
  layout:
    'D: 第３次国土利用計画 成果指標 点検評価一覧（令和６年度実績）, 現況（計画策定時） with its year in the cell 「36.5⏎（令和2年度）」, 目標（R9）, 実績 with its year, 目指す方向 増加／減少, a blank 実績',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [16, 28, 30, 8, 8, 14, 10, 14, 24]);
    merge(ws, 1, 1, 1, 9, '第３次○○市国土利用計画　成果指標 点検評価一覧（令和６年度実績）');
    put(ws, 3, 1, ['基本方針', '指標', '指標の説明', '単位', '目指す方向', '現況（計画策定時）', '目標（R9）', '実績', '現状把握の方法']);
    const rows: (string | number | undefined)[][] = [
      [
        '1 土地の適正な管理',
        '地籍調査進捗率',
        '調査対象面積に対する地籍調査完了面積の割合',
        '％',
        '増加',
        '36.5\n（令和2年度）',
        45.0,
        '42.3\n（令和6年度）',
        '地籍調査課調べ',
      ],
      [
        '1 土地の適正な管理',
        '低未利用地面積',
        '市街化区域内の空き地・青空駐車場等の面積',
        'ha',
        '減少',
        '128.0\n（令和2年度）',
        110.0,
        '117.5\n（令和6年度）',
        '都市計画基礎調査',
      ],
      [
        '2 有効な土地利用',
        '市街化区域内の未利用地活用件数（累計）',
        '計画策定後に住宅・店舗等に転換された件数の累計',
        '件',
        '増加',
        '0\n（令和2年度）',
        50,
        '31\n（令和6年度）',
        '開発許可・建築確認の集計',
      ],
      [
        '2 有効な土地利用',
        '遊休公有地の利活用率',
        '遊休となった公有地のうち売却・貸付・転用した割合',
        '％',
        '増加',
        '62.0\n（令和元年度）',
        80.0,
        undefined,
        '管財課調べ（隔年調査）',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    box(ws, 3, 1, 3 + rows.length, 9);
    wrap(ws, 3, 1, 3 + rows.length, 9);
  },
  expected: {
    file: 'h154-d-kokudo-riyo.xlsx',
    fiscalYear: 2024,
    indicators: [
      { ...ind(D_SHEET, '地籍調査進捗率', '％', 45.0, 42.3), targetSource: 'final' },
      { ...ind(D_SHEET, '低未利用地面積', 'ha', 110.0, 117.5, { direction: 'down' }), targetSource: 'final' },
      { ...ind(D_SHEET, '市街化区域内の未利用地活用件数（累計）', '件', 50, 31), targetSource: 'final' },
      { ...ind(D_SHEET, '遊休公有地の利活用率', '％', 80.0, null, { actualStatus: 'missing' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planTable];
